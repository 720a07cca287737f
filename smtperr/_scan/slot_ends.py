"""Where a template's slot ends when a hard wrap or the user's text comes next: a reply that
ends its sentence ("The server responded: {server_response}" and the user's next line) and a
host that only a blank parts from the next slot ("Generating server: {server} {recipient}")."""

from __future__ import annotations

from collections.abc import Callable

import regex

from .._compile.phrases import phrase_table
from .._compile.text import LazyPattern
from .._compile.trie import squash
from .reply_text import LOG_LINE
from .shapes import CODE_AT

_BLANKS = r"\s++"  # the literal between two slots apart by blanks only
# A host's rest (mojibake too: "mÃ¼nchen"): no address, date, time, bracket or mark ('***').
_WORD = LazyPattern(r"[^\s'\"<>,;@/:*\[\]()#]{1,255}+(?=\s)")


def _wrapped_before_blank(
    shape: regex.Pattern[str],
    blanks: regex.Pattern[str],
    literal: regex.Pattern[str] | None,
    text: str,
    span: tuple[int, int],
    found: regex.Match[str],
    reach: int,
) -> regex.Match[str]:
    """The blanks that end a value of a shape (a host, at ``span[1]`` in the template from
    ``span[0]``) that only blanks part from the next slot ("Generating server: {server}
    {recipient} #..."), when the first is a line break: a wrap inside the value when the word
    after it is the rest of a host, not a word of the next slot ("pop.mail.yah" + wrap +
    "oo.co.uk Müller, Hans #", "smtp.example.co" + wrap + "m", "192.0.2.1" + wrap + "0", small
    letters after a line as full as the message's wrapped lines; twice at most) and the next
    slot holds text after it (a wrap that replaced the blank: "yahoo.co.uk" + wrap + "bob@x #")."""
    cur = span[1]
    width = _wrap_width(text, span[0], cur) if "\n" in found.group() else 0
    for first in (True, False):
        word = _WORD.match(text, found.end(), reach) if "\n" in found.group() else None
        if word is None:
            return found
        head, rest, at = text[cur : found.start()].strip(), word.group(), found.start()
        line = at - (text.rfind("\n", max(0, at - _LOOK_BACK), at) + 1)
        full = 0 < width <= line and not any(ch.isupper() for ch in rest)  # hosts: small
        tld = head.rsplit(".")[-1]  # no host ends so; a top-level domain has two letters+
        cut = "." in rest or "." not in head or head[-1] in ".-" or (tld.isalpha() and len(tld) < 2)
        cut = cut or ((tld + rest).isdigit() and int(tld + rest) < 256)  # an IPv4 address's end
        if not (cut or full or (len(rest) < 2 and first)) or not shape.fullmatch(
            text[cur : word.end()].strip()
        ):
            return found
        more = blanks.match(text, word.end())
        if more is None or "\n\n" in more.group() or (
            literal is not None and literal.match(text, more.end()) is not None
        ):
            return found
        found, width = more, width or line
    return found


_MAX_LINES = 30  # the most lines of a reply that ends its template
_LOOK_BACK = 300  # the longest line a hard wrap leaves


def _open_reply_end(
    text: str, head: int, cur: int, reach: int, depth: Callable[[int], int] | None = None
) -> int:
    """Where a server reply that ends its template ("The server responded: {server_response}")
    ends: at the end of its line, as a reply in a log or a bounce does, unless the next line
    goes on with it:

    - the reply holds no text yet ("550 5.7.1" or "<bob@example.com>:" alone on its line) or
      leaves a '<' or a redaction's "***" open;
    - the next line repeats its code ("550-5.7.1 ..." / "550 5.7.1 ...");
    - the next line does not start with a word that may open the user's own sentence (a
      capital, a letter of a script without case): a wrap inside the reply ("... Relay" /
      "access denied", "<bob@...>", "(#5.7.1)", an address);
    - the message is hard-wrapped (a line break inside the client's sentence, which the
      client writes on one line) and the reply's line is full at that wrap's width: with the
      next line's first word it would be as long as the longest line the wrap left.

    Else the next line is the user's ("Thanks in advance.", a signature's "--"; a line that
    starts with a redaction's "***" is no rule: ``_redaction``), and so is one that ``depth``
    (mail quote marks in the source) says is quoted otherwise."""
    m = CODE_AT.match(text, cur)
    code = m.group("code") if m is not None else None
    width = _wrap_width(text, head, cur)
    end = text.find("\n", cur, reach)
    angle, stars, start = 0, 0, cur  # '<' and "***" (a redaction) open on the lines so far
    quoted = depth(cur) if depth is not None else 0
    for _ in range(_MAX_LINES):
        if end < 0:
            return reach
        angle += text.count("<", start, end) - text.count("< ", start, end)  # a '<' alone: prose
        angle -= text.count(">", start, end)
        stars += text.count("***", start, end)
        start = nxt = end + 1
        if nxt >= reach or LOG_LINE.match(text, nxt) is not None:
            return end
        if depth is not None and depth(nxt) != quoted:
            return end  # (a quoted message, then the user's own line)
        lead = text[nxt : nxt + 8]
        at = nxt + len(lead) - len(lead.lstrip(" \t'\"*(["))
        coded = code is not None and text.startswith(code, at)
        if not coded or text[at + 3 : at + 4] not in ("-", " "):
            line = end - (text.rfind("\n", max(0, end - _LOOK_BACK), end) + 1)
            word = _FIRST_WORD.match(text, nxt)
            if word is None or (
                _RULE.match(word.group()) is not None
                and not (word.group().strip() == "***" and _redaction(text, nxt, stars, reach))
            ):
                return end
            first_ch = word.group().lstrip(" \t")[0]  # (str.lstrip() takes \x1c-\x1f too)
            sentence = first_ch.isalpha() and not first_ch.islower() and "@" not in word.group()
            bare = angle > 0 or stars % 2 or _NO_TEXT.fullmatch(text, cur, end) is not None
            full = width and line + 1 + len(word.group()) >= width
            caseless = sentence and not first_ch.isupper()
            if sentence and not bare and not full and not (
                caseless and _phrase_across(text, cur, end, reach)
            ):
                return end
        end = text.find("\n", nxt, reach)
    return end if end >= 0 else reach


def _redaction(text: str, at: int, stars: int, reach: int) -> bool:
    """Whether the "***" that starts the line at ``at`` is a redaction's, not a rule under
    the reply: it closes one the lines above left open, or words follow it on its line and
    another "***" closes them within the reply's reach ("*** Email address is removed for
    privacy ***", perhaps wrapped)."""
    if stars % 2:
        return True
    star = text.find("***", at)
    line_end = text.find("\n", star, reach)
    if not text[star + 3 : line_end if line_end >= 0 else reach].strip(" \t*"):
        return False
    return text.find("***", star + 3, reach) >= 0


_PHRASE_REACH = 200  # more than a phrase of the tables runs on either side of a break (89)


def _phrase_across(text: str, cur: int, brk: int, reach: int) -> bool:
    """Whether a phrase of the replies' tables, word for word, runs across the line break at
    ``brk`` in the reply that starts at ``cur`` (not a phrase with a gap: its gap could reach
    into the user's words after the reply)."""
    table = phrase_table()
    lo, hi = max(cur, brk - _PHRASE_REACH), min(reach, brk + _PHRASE_REACH)
    low = text[lo:hi].lower()
    at = brk - lo if len(low) == hi - lo else len(text[lo:brk].lower())  # ("İ" grows)
    for row, start, end in table.scan(low)[0]:
        found = low[start:end]
        literal = found in table.literals or squash(found) in table.literals
        if start < at < end and literal and not row[3]:
            return True
    return False


_FIRST_WORD = LazyPattern(r"[ \t]*+\S{1,80}+")
# A reply with no text yet: a code, a status, an address ("550 5.1.1", "<bob@example.com>:",
# a redacted "<*** Email address is removed for privacy ***>").
_NO_TEXT = LazyPattern(
    r"[\s'\"(#]*+(?:[45]\d\d[\s-]*+)?+(?:\(?#?[45]\.\d{1,3}\.\d{1,3}\)?\s*+)?+"
    r"(?:(?:<[^<>]{1,300}+>|[^\s<>@]{1,64}+@[^\s<>]{1,255}+)[.:,]*+)?+\s*+"
)
_RULE = LazyPattern(r"[ \t]*+(?:-{2,}|\*{3,}|={3,}|_{3,})\Z")  # a signature's "--", a rule


def _wrap_width(text: str, head: int, cur: int) -> int:
    """The width a hard wrap inside a template's sentence (before ``cur``, where its reply
    starts) shows: the longest line it left whole that holds a blank (a line with none, as a
    Japanese sentence, was broken where it could be, past the width); 0 when none."""
    first = text.find("\n", head, cur)
    if first < 0:
        return 0
    width = 0
    line = text.rfind("\n", max(0, head - _LOOK_BACK), head) + 1
    whole = (line > 0 or head < _LOOK_BACK) and not text[line:head].strip()
    start = line if whole else first + 1  # a line the message shares with prose: not whole
    nl = text.find("\n", start, cur)
    while 0 <= nl:
        if text.find(" ", start, nl) >= 0:
            width = max(width, nl - start)
        start = nl + 1
        nl = text.find("\n", start, cur)
    return width
