"""A hard wrap inside the server's reply (``smtperr._scan.reply_wraps``): in the real
messages of tests/corpus whose record says relaying was denied, a hard wrap cut anywhere
inside the reply (in a word, an address or the status) keeps the record's
reason, code and recipient (a wrap in "Relaying" hid the phrase: "auth_required")."""

from __future__ import annotations

from pathlib import Path

import pytest

import smtperr

CORPUS = Path(__file__).parent / "corpus"


def _relay_samples() -> list[tuple[Path, str]]:
    out = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        recs = list(smtperr.scan(text))
        if len(recs) != 1 or recs[0].reason is None or recs[0].reason.value != "relay_denied":
            continue
        reply = recs[0].server_response
        # (a reply that starts its line with a status, no code and no address, is read by its
        # phrase: a wrap before the phrase ends the line's reply, which then has none)
        if not reply or (not reply[:3].isdigit() and "@" not in reply):
            continue
        if "\n" not in reply and text.count(reply) == 1:
            out.append((path, reply))
    return out


SAMPLES = _relay_samples()

def _not_repaired(stem: str, reply: str, cut: int) -> bool:
    """Wraps left as they are: any in a reply inside an inline code span, which ends the
    reply at its line (mutt's sample); an address without brackets cut before its '@' (a
    word and an address look the same); Sendmail's dots before a CJK reason."""
    token_start = reply.rfind(" ", 0, cut) + 1
    token_end = reply.find(" ", cut)
    token = reply[token_start : token_end if token_end >= 0 else len(reply)]
    return (
        stem == "mutt-emailwiz-relay-denied"
        or ("@" in token and "<" not in token and "@" not in reply[token_start:cut])
        or ("@" in token and "<" not in token and _tld_cut(reply[token_start:cut]))
        or (reply[cut - 1] == "." and reply[cut] == ".")
    )


def _tld_cut(before: str) -> bool:
    last = before.rsplit(".", 1)
    return len(last) == 2 and "@" in last[0] and len(last[1]) >= 2


def test_there_are_relay_samples_to_wrap() -> None:
    assert len(SAMPLES) >= 15


@pytest.mark.parametrize(("path", "reply"), SAMPLES, ids=lambda v: getattr(v, "stem", ""))
def test_a_hard_wrap_inside_the_reply_keeps_its_reason(path: Path, reply: str) -> None:
    text = path.read_text(encoding="utf-8")
    (alone,) = smtperr.scan(text)
    at = text.index(reply)
    # (past the code: "5" + wrap + "50" is no reply; a reply without a code is found by its
    # enhanced status, past which the wraps start: "5.7." + wrap + "1" is none)
    first = 4 if reply[:3].isdigit() else reply.index(" ") + 1
    # (in a quoted paste, a wrap before a '>' leaves it at a line's start: mail quoting)
    quoted = text[text.rfind("\n", 0, at) + 1 : at].lstrip().startswith(">")
    for cut in range(first, len(reply)):
        if reply[cut - 1] == " " or reply[cut] == " " or _not_repaired(path.stem, reply, cut):
            continue
        if quoted and reply[cut] == ">":
            continue
        wrapped = text[: at + cut] + "\n" + text[at + cut :]
        recs = list(smtperr.scan(wrapped))
        assert len(recs) == 1, (cut, [r.to_dict() for r in recs])
        rec = recs[0]
        assert (rec.reason, rec.smtp_code, rec.recipient) == (
            alone.reason, alone.smtp_code, alone.recipient), (cut, rec.to_dict())
        # No character lost or added; where the wrap stood a blank may stay (between
        # letters the words stay as shown, unless a phrase needs them joined) ...
        assert "".join((rec.server_response or "").split()) == "".join(reply.split()), cut
        if reply[cut - 1] in "0123456789." or _in_address(reply, cut):
            # ... but not inside the status or an address: joined by their shape.
            assert rec.server_response == alone.server_response, (cut, rec.server_response)


def _in_address(reply: str, cut: int) -> bool:
    lt, gt = reply.rfind("<", 0, cut), reply.find(">", cut)
    return lt >= 0 and gt >= 0 and "@" in reply[lt:gt] and " " not in reply[lt:gt]
