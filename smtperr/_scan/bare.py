"""Stage 3c: replies pasted alone ("550 5.1.1 <x@y>: Recipient address rejected").

Without a framing a reply line is a record only with more evidence than its shape: an
enhanced status after the code, a multi-line reply (``550-`` continuation lines), an address,
or a phrase the classifier knows.  Lines of a log (a time stamp, ``prog[pid]:``) are never
read here: a log line is read by its framing or not at all.
"""

from __future__ import annotations

import regex

from .._compile.grammar import Grammar
from .._compile.phrases import phrase_table
from .._compile.text import LazyPattern
from .._records import ClientError
from .build import _record
from .gate import LOG_STAMP
from .recipient import last_address_line, reply_recipient
from .reply_text import (
    LOG_LINE,
    line_start,
    lines_matching,
    paragraph_start,
    reply_end,
    reply_value,
)
from .reply_wraps import rejoined, repaired
from .report import NAMED_BACK, server_before
from .shapes import (
    _EMAIL,
    _EMAIL_IN_PROSE,
    _LAST_QUOTE,
    _PAIRS,
    CODE_SRC,
    CODE_STATUS_SEP,
    STATUS_SRC,
    _Spans,
)
from .window import Normalized

__all__ = ["quoted_reply", "read_after_colon", "read_bare"]

# A reply at the start of a line, perhaps after a transcript's "S: " / "<<< ".
# (The line break is matched, not looked behind for: the engine then skips to line breaks.)
# (A line may also start with the enhanced status of a reply without its code, "5.1.1 <x@y>:
# Recipient address rejected: ...", as Postfix's diagnostics and clients that drop the code
# show it: then a phrase or an address must stand in it too, not only the status: "4.2.1
# Setting up" is a heading.)
_BARE = LazyPattern(
    r"(?:\A|\n)[ \t]*+(?P<p>S:[ \t]*+|<<<[ \t]*+)?+"
    rf"(?:(?P<r>[45]\d\d[ -](?=\S))|(?P<s>{STATUS_SRC}[ \t](?=\S)))"
)
# A reply after a colon inside a line, perhaps quoted: the wording before it is none that the
# framings know ("Il server ha risposto: 550 5.7.1 ..."; .NET's "Mailbox unavailable. The
# server response was: 5.7.1 Unable to relay", an enhanced status without a code; Exchange's
# "#550 5.1.1 ... ##" after a user's "Error is:"); the same evidence is wanted.  Not a host's
# port ("yt3.ggpht.com:443 open through proxy ...", a real proxy log line).  A code with a colon
# is one before an enhanced status ("smtp_error": "530: 5.7.0 Must issue ...", Mailpile's log,
# GitHub mailpile/Mailpile#2251).
_AFTER_COLON = LazyPattern(
    r"[:\uff1a](?!(?<=\.[A-Za-z][A-Za-z0-9-]{0,62}[:\uff1a])\d)"
    r"[ \t\xa0]{0,3}+(?:\n[ \t]{0,8}+)?+['\"\u00ab\u201c\u2018]?+(?:\n[ \t]{0,8}+)?+"
    rf"#?+(?P<r>{CODE_SRC}[ -](?=\S)|{CODE_SRC}:[ \t]{STATUS_SRC}[ \t](?=\S)"
    rf"|(?<!#){STATUS_SRC}[ \t](?=\S))"
)
# A reply in quotes inside a sentence, its code and enhanced status right after the opening
# quote: Exchange 2013 and later localize "Remote Server returned '550 5.1.1 ...'" in every
# language ("远程服务器返回了“550 5.1.1 ...”", "Remoteserver hat „550 5.1.1 ...“ zurückgegeben");
# the quote and the status are the evidence whatever the wording around them.  French puts a
# no-break space inside its guillemets ("«\xa0550 5.1.10 ...\xa0»").
_OPENERS = frozenset(ch for kinds in _PAIRS.values() for ch in kinds)
# The quotes that never close anything, and what closes each (not "‘": an apostrophe, "’" or
# "'", closes it, and a reply's words hold those: "doesn’t").
_FIRST_CLOSES = {
    o: closers
    for o in _OPENERS
    if o not in _PAIRS
    and "'" not in (closers := "".join(c for c, kinds in _PAIRS.items() if o in kinds))
}
_INNER_BLANKS = " \xa0\u202f"  # inside a quote, before its text
_QUOTED = LazyPattern(
    f"[{regex.escape(''.join(sorted(_OPENERS)))}][{_INNER_BLANKS}]?+"
    rf"(?P<r>{CODE_SRC}{CODE_STATUS_SEP}{STATUS_SRC}[ \t](?=\S))"
)
# Exchange 2007/2010's "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##" on its line, below
# the recipient, whatever the report's language.
_HASHED = LazyPattern(rf"(?<![^\n])[ \t]*+#(?P<r>{CODE_SRC}[ -]{STATUS_SRC}[ \t](?=\S))")
# ... and its "#< #5.7.1 smtp; 550 5.7.1 ...> #SMTP#" about a remote server's reply (RFC 3464's
# diagnostic type "smtp;" before it, in any language); Exchange 2000/2003 put the status
# before it, the code alone after it: "<mx.example.com #5.1.1 SMTP; 550 sorry, no mailbox ...>".
_DIAGNOSTIC = LazyPattern(
    rf"(?:(?i:smtp);[ \t]{{0,3}}+(?P<r>{CODE_SRC}[ -]{STATUS_SRC}[ \t](?=\S))"
    rf"|#{STATUS_SRC}[ \t]{{1,3}}+(?i:smtp);[ \t]{{0,3}}+(?P<r>{CODE_SRC}[ -](?=\S)))"
)
_ENDS = {"#": " ##", ";": "> #SMTP#"}  # what closes a reply after "#", after "smtp;"
# The host and status of that older form, before its reply (read back from the reply's start).
_BEFORE_DIAGNOSTIC = LazyPattern(
    rf"(?:<(?P<h>[A-Za-z0-9][A-Za-z0-9.-]{{0,253}}+)[ \t]++)?+#(?P<s>{STATUS_SRC})"
    r"[ \t]{1,3}+(?i:smtp);[ \t]{0,3}+\Z"
)
DIAGNOSTIC_BACK = 300  # how far before its reply that form's host and status may start
# How a reply no framing knows starts, each with a character it needs (a text without it
# does not compile the pattern: the first parse pays for none it does not use).
_IN_REPORT = ((_QUOTED, ""), (_HASHED, "#"))  # a report's own reply line in any wording
_UNFRAMED = ((_AFTER_COLON, ""), *_IN_REPORT, (_DIAGNOSTIC, ";"))
_STATUS = LazyPattern(rf"(?:{CODE_SRC}{CODE_STATUS_SEP})?+{STATUS_SRC}")


def _evidence(value: str, strict: bool = False) -> bool:
    if (_STATUS.match(value) and not strict) or _EMAIL.search(value):
        return True
    if value[3:4] == "-" and regex.search(r"\n\s*+" + value[:3] + r"[ -]", value):
        return True  # a multi-line reply
    # (a status alone wants its phrase, which a hard wrap may cut: "not pe" + wrap + "rmitted")
    for reading in (value, *rejoined(value)) if strict else (value,):
        hits, _mta, _command, _refused = phrase_table().scan(reading.lower())
        if any(not row[3] for row, _a, _b in hits):
            return True
    return False


REPEAT_REACH = 600  # how far from a framed record a reply line may be its transcript's
_CODES = LazyPattern(rf"(?:{CODE_SRC}(?:[ -]++|;))?+(?:#?+{STATUS_SRC}[ \t]++)?+")


def _words(reply: str) -> str:
    """A reply's words without its code and status, in lower case, blanks made one."""
    m = _CODES.match(reply)
    return " ".join(reply[m.end() if m else 0 :].lower().split())


def _repeated(
    value: str, span: tuple[int, int], framed: list[tuple[ClientError, tuple[int, int]]]
) -> bool:
    """Whether a framed record near the reply line gives the same reply: the line is the
    transcript of the failure the client reports ("500 5.5.1 Command unrecognized" in a log,
    then "SMTP Last Response: 5.5.1 Command unrecognized"), one failure, one record."""
    words = _words(value)
    return bool(words) and any(
        max(s[0] - span[1], span[0] - s[1]) <= REPEAT_REACH
        and _words(r.server_response or "") == words
        for r, s in framed
    )


# A quote that closes the sentence around a reply, then its punctuation, at the reply's end.
_TRAILING_QUOTE = LazyPattern(
    "(?r)([" + regex.escape("".join(_PAIRS)) + r"])[.,;:!?)\]]*+[ \t]*+\Z"
)


def _closed_at(text: str, end: str, a: int, b: int) -> int:
    """Where the first ``end`` that ends its line closes the reply in text[a:b] (Exchange's
    " ##" after "#550 ...", lines that follow it being another part), else ``b``."""
    cut = text.find(end, a, b)
    while cut >= 0:
        line = text.find("\n", cut, b)
        if not text[cut + len(end) : b if line < 0 else line].strip():
            return cut
        cut = text.find(end, cut + 1, b)
    return b


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    """A quoted reply ends at its closing quote (the last one before the reply's end that
    closes the one before it: the reply's own words may hold an apostrophe); a reply quoted
    with the words before it ends before the quote that closes them ("the error 'address
    not found: 550 5.2.0 No such mailbox'."); one after Exchange's "#" or "smtp;" before the end
    Exchange writes (``_ENDS``)."""
    opener = text[a - 1] if a else ""
    if opener in _INNER_BLANKS and a > 1 and text[a - 2] in _OPENERS:
        opener = text[a - 2]  # "«\xa0550 ...\xa0»"
    if text[max(0, a - 8) : a].rstrip(" \t")[-1:] == ";":
        opener = ";"
    if opener in _ENDS:
        end = _ENDS[opener]
        b = _closed_at(text, end, a, b)
        while b > a and text[b - 1] in " \t\n":
            b -= 1
        if opener == ";" and text.count(">", a, b) > text.count("<", a, b):
            b = text.rfind(">", a, b)  # Exchange 2003's "<host #5.1.1 SMTP; 550 ...>"
    elif opener in _FIRST_CLOSES:
        # A quote that only opens ("„", "«", "「") is closed by the first of its closers: the
        # sentence around the reply may be quoted too („... „550 5.1.8 ...“ zurückgegeben.“).
        cut = min((i for c in _FIRST_CLOSES[opener] if (i := text.find(c, a, b)) >= 0), default=-1)
        if cut < 0:
            return a, b
        b = cut
    elif opener and (opener in _PAIRS or opener in _OPENERS):
        m = _LAST_QUOTE.search(text, a + 1, b + 1)
        while m is not None and opener not in _PAIRS.get(m.group(), ""):
            m = _LAST_QUOTE.search(text, a + 1, m.start())
        if m is None:
            return a, b
        b = m.start()
    else:
        m = _TRAILING_QUOTE.search(text, a, b)
        if m is None or text.count(m.group(1), a, b) % 2 == 0:
            return a, b
        b = m.start()
    while b > a and text[b - 1] in " \t\n":
        b -= 1
    return a, b


# A reply whose enhanced status is about the recipient's address or mailbox (RFC 3463 X.1.x
# addressing but not X.1.7 / X.1.8, the sender's; X.2.x mailbox): "550 5.1.1 User unknown".
_ABOUT_MAILBOX = LazyPattern(rf"(?:{CODE_SRC}[ -]++#?+)?+[45]\.(?:1\.(?![78](?!\d))|2\.)\d")


def _named_before(n: Normalized, text: str, start: int, value: str, floor: int) -> str | None:
    """The recipient a report names before its reply, in any language: an address alone on
    a line of the reply's paragraph (Exchange: the address, then "<words> '550 5.1.1 ...'");
    else, for a reply about the mailbox, the one address of the NAMED_BACK characters before
    it, after ``floor`` (Gmail's "Votre message n'est pas parvenu à bob@x, car ..." above
    "La réponse était : 550 5.1.1 ...").  A relay or policy refusal names no recipient so:
    the address before it is as likely the sender's; nor does a log's line before the report."""
    line = line_start(text, start)
    found = last_address_line(text, max(floor, paragraph_start(text, line)), line)
    if found is not None:
        return n.text[found.start("a") : found.end("a")]
    if _ABOUT_MAILBOX.match(value) is None:
        return None
    lo = max(floor, start - NAMED_BACK)
    # (after the last line of a log before the reply: the report starts there)
    logged = [m.start() for m in lines_matching(LOG_STAMP, text, lo, line)]
    if logged:
        lo = max(lo, text.find("\n", logged[-1], line) + 1)
    named = {
        m.group().rstrip(".").lower(): m.group().rstrip(".")
        for m in _EMAIL_IN_PROSE.finditer(text, lo, start)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def quoted_reply(n: Normalized, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the first reply in text[lo:hi] quoted, or after Exchange's "#", with its
    code and enhanced status (``_QUOTED``, ``_HASHED``), without its quotes."""
    text = n.struct
    starts = sorted(
        m.start("r")
        for p, needs in _IN_REPORT
        if needs in text
        for m in p.finditer(text, lo, hi)
    )
    for a in starts:
        got = reply_end(n, a, None)
        if got is not None:
            return _unquoted(text, got[0], got[1])
    return None


def read_bare(
    g: Grammar,
    n: Normalized,
    taken: list[tuple[int, int]],
    framed: list[tuple[ClientError, tuple[int, int]]],
) -> list[tuple[ClientError, tuple[int, int]]]:
    """Records of the reply lines in window ``n`` that no framing or template read, and that
    no record in ``framed`` repeats."""
    text = n.struct
    starts = []
    strict = set()
    for m in _BARE.finditer(text):
        at = m.start("r") if m.group("r") else m.start("s")
        line = line_start(text, at)
        if not _after_colon_line(text, line) and not _continues(text, line):
            starts.append((at, m.group("p") or ""))
            if not m.group("r"):
                strict.add(at)
    return _read(g, n, starts, taken, framed, strict)


COLON_LINE_BACK = 8  # how many characters after its colon a line that ends in one may hold


_CONTINUED = LazyPattern(r"[ \t]*+(?:S:[ \t]*+|<<<[ \t]*+)?+[45]\d\d-")


def _continues(text: str, line: int) -> bool:
    """Whether the line before ``line`` is a multi-line reply's ("550-..."): this line is
    part of that reply, read from its first line (after a colon, by ``read_after_colon``)."""
    if line < 2:
        return False
    return _CONTINUED.match(text, line_start(text, line - 1), line) is not None


def _after_colon_line(text: str, line: int) -> bool:
    """Whether the line before ``line`` ends in a colon (and perhaps a quote): the reply is
    that label's or sentence's value ("Server Response: '" + wrap + "550 ..."), read after
    the label lists by ``read_after_colon``."""
    if line < 2:
        return False
    tail = text[max(0, line - 1 - COLON_LINE_BACK) : line - 1].rstrip(" \t'\"\u2018\u201c\u00ab")
    return tail.endswith((":", "\uff1a"))


def read_after_colon(
    g: Grammar,
    n: Normalized,
    taken: list[tuple[int, int]],
    framed: list[tuple[ClientError, tuple[int, int]]],
) -> list[tuple[ClientError, tuple[int, int]]]:
    """Records of the replies after a colon inside a line that no reader took (``taken``:
    every record's span, label lists' included), read last: a label's value is its list's."""
    text = n.struct
    starts = sorted(
        {(m.start("r"), "") for p, needs in _UNFRAMED if needs in text for m in p.finditer(text)}
    )
    return _read(g, n, starts, taken, framed) if starts else []


def _read(
    g: Grammar,
    n: Normalized,
    starts: list[tuple[int, str]],
    taken: list[tuple[int, int]],
    framed: list[tuple[ClientError, tuple[int, int]]],
    strict: set[int] | None = None,
) -> list[tuple[ClientError, tuple[int, int]]]:
    """The records of the replies at ``starts`` (those in ``strict`` need a phrase or an
    address besides their status)."""
    text = n.struct
    out: list[tuple[ClientError, tuple[int, int]]] = []
    done = -1
    spans = _Spans(taken)
    for a, prefix in starts:
        if a < done or spans.hits(a, a + 1):
            continue
        line = line_start(text, a)
        if LOG_LINE.match(text, line) is not None:
            continue
        got = reply_end(n, a, None, prefix)
        if got is None:
            continue
        span = _unquoted(text, got[0], got[1])
        done = span[1]
        if spans.hits(span[0], span[1]):
            continue
        value = reply_value(n, span, prefix)
        if not _evidence(value, strict is not None and a in strict) or _repeated(
            value, span, framed
        ):
            continue
        floor = spans.end_before(span[0])  # a report's names are after the record before it
        values: dict[str, str | None] = {"server_response": value, **_diagnostic_before(n, a)}
        # (a report's generating server before the host its diagnostic names)
        values["server"] = server_before(n, text, span[0], floor) or values.get("server")
        rec = _record(
            g,
            n,
            span,
            fmt="server-reply",
            language=None,
            number=None,
            values=values,
            recipient=_reply_recipient(value) or _named_before(n, text, span[0], value, floor),
        )
        out.append((rec, span))
        spans.add(*span)
    return out


def _reply_recipient(value: str) -> str | None:
    """The address the reply's own words make the recipient, a hard wrap in them joined."""
    fixed = repaired(value)
    return reply_recipient(fixed) or next(
        (got for joined in rejoined(fixed) if (got := reply_recipient(joined))), None
    )


def _diagnostic_before(n: Normalized, a: int) -> dict[str, str]:
    """The host and enhanced status that Exchange 2000/2003 write before a reply ("<mx.example.com
    #5.1.1 SMTP; 550 ..."), when the reply at ``a`` follows them."""
    text = n.struct
    if not text[max(0, a - 8) : a].rstrip(" \t").endswith(";"):
        return {}
    m = _BEFORE_DIAGNOSTIC.search(text, max(0, a - DIAGNOSTIC_BACK), a)
    if m is None:
        return {}
    out = {"enhanced_status": m.group("s")}
    if m.group("h") and "." in m.group("h"):
        out["server"] = n.text[m.start("h") : m.end("h")]
    return out
