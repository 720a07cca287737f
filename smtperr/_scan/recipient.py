"""The rejected recipient, and host names and addresses that hard wraps split."""

from __future__ import annotations

import functools

import regex

from .._compile.text import QUOTES, LazyPattern
from .shapes import _ANGLE, _EMAIL, _PAIRS, _QSET, CODE_SRC, STATUS_SRC, _inner_apostrophe


def _recipient(region: str) -> str | None:
    """The rejected address in the text between the opening and the first label."""
    region = region.strip(" \n:：,.")
    flat = region.replace("\n", "")
    if "\n" in region and region.count("\n") <= 2 and _EMAIL.fullmatch(flat.strip("<>")):
        region = flat  # an address split by a hard wrap
    quotes = [i for i, ch in enumerate(region) if ch in _QSET]
    value: str | None = None
    if len(quotes) >= 2 and quotes[-1] > quotes[0] + 1:
        value = region[quotes[0] + 1 : quotes[-1]]
    if value is None or not value.strip():
        m = _ANGLE.search(region) or _EMAIL.search(region)
        value = m.group() if m else region.rstrip(" .。")
    if len(value) > 120:
        return None
    value = _unwrap(" ".join(value.split()).strip(QUOTES + " <>"))
    return value or None


# A host name holds no blank: a line break between two of its characters is a hard wrap.
_WRAP_IN_WORD = LazyPattern(r"(?<=[^\s])\n(?=[^\s])")

_HOSTLIKE = LazyPattern(r"[\w.@+-]{1,320}+")

_SERVERLIKE = LazyPattern(r"[<\[]?+[\w.:+-]{1,255}+[>\]]?+")


def _unwrap(value: str, *, host: bool = False) -> str:
    """An address or host name split by a hard wrap is joined without the space a wrap
    leaves (they never contain blanks); other text keeps single spaces.  A server field
    holds a host name (perhaps in brackets) even without a dot: "local host"."""
    if " " in value and (host or "@" in value or "." in value):
        joined = value.replace(" ", "")
        shaped = (_SERVERLIKE if host else _HOSTLIKE).fullmatch(joined) or (
            "@" in joined and _EMAIL.fullmatch(joined)
        )
        if shaped and value.count(" ") <= 2:
            return joined
    return value


def _recipient_before(region: str) -> str | None:
    """The address that ends the sentence before the field list (no known opening)."""
    region = region.rsplit("\n\n", 1)[-1].rstrip(" \n.。:")
    tail = len(region) - 12
    # (An apostrophe inside a word, "d'erreur", is no quote mark.)
    close = max(
        (i for i, ch in enumerate(region) if ch in _PAIRS and not _inner_apostrophe(region, i)),
        default=-1,
    )
    if close >= tail and close > 0:
        openers = _PAIRS[region[close]]
        start = max(
            (i for i in range(close) if region[i] in openers and not _inner_apostrophe(region, i)),
            default=-1,
        )
        if start >= 0 and close - start > 1:
            return _recipient(region[start : close + 1])
    for pattern in (_ANGLE, _EMAIL):
        found = [m for m in pattern.finditer(region) if m.end() >= tail]
        if found:
            return _recipient(found[-1].group())
    return None


@functools.cache
def _reply_address() -> regex.Pattern[str]:
    from .._data.reply_recipient import WORDS, WORDS_BEFORE

    def phrase(text: str) -> str:
        return r"\s++".join(map(regex.escape, text.split()))

    words = "|".join(regex.escape(after) + r"[ \t]*+" + phrase(text) for after, text in WORDS)
    before = "|".join(map(phrase, WORDS_BEFORE))
    # (its code and status, or the status alone: a client may drop the code)
    codes = rf"[\s'\"]*+(?:{CODE_SRC}[ \t-]++(?:{STATUS_SRC}[ \t]++)?+|{STATUS_SRC}[ \t]++)"
    return regex.compile(
        codes
        + r"(?:(?:<(?P<a>[^\s<>@]{1,64}@[^\s<>]{1,255})>|(?P<a>[^\s<>@'\"]{1,64}@[^\s<>:]{1,255}))"
        r"(?:" + words + ")"
        r"|(?:" + before + r")[ \t]++<?(?P<a>[^\s<>@'\"]{1,64}@[^\s<>'\",;]{1,255}?)>?"
        r"[.,;]?(?:\s|\Z))",
        regex.IGNORECASE,
    )


def reply_recipient(reply: str) -> str | None:
    """The address a reply starts with when its words make it the failed recipient
    ("550 5.1.1 <bob@example.com>: Recipient address rejected"; ``_data.reply_recipient``), in
    angle brackets or, as a bounce may show it, without ("554 5.7.1 bob@x: Relay access
    denied")."""
    m = _reply_address().match(reply)
    return m.group("a") if m is not None else None


# An address alone on a line ("<bob@x>", "** bob@x", "bob@x (reason)", "bob@x on <date>").
ADDRESS_LINE = LazyPattern(
    r"(?<![^\n])[ \t]*+(?:\*\*[ \t]*+)?[<\"]?+"
    r"(?P<a>[^\s<>'\"(),;:@]{1,64}@[^\s<>'\"(),;:]{1,255}?)[>\"]?+(?=[ \t]*+(?:[(:]|on[ \t]|\n|\Z))"
)


def last_address_line(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """The last line in text[start:stop] that is an address alone: tried at line starts
    from the last back (a pattern search would try every character of a long line)."""
    end = stop
    while True:
        nl = text.rfind("\n", start, end)
        at = nl + 1 if nl >= 0 else start
        found = ADDRESS_LINE.match(text, at, stop)
        if found is not None or nl < 0:
            return found
        end = nl
