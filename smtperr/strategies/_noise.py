"""The damage real pastes do to a message, applied to rendered pieces and characters.

Each transform keeps track of what it did (`_Doc` maps every character back to the rendered
message) so that the expected record and span can be told exactly, not guessed.
"""

from __future__ import annotations

from typing import Any

import attrs
import regex
from hypothesis import strategies as st

from .._records import ClientError
from .._render import Piece
from ._drafts import _derive, _Draft, _opening_number
from ._values import QUOTES

# What each noise keeps (the expected record follows from it; see ``_cases._make_case``):
#
# redact     every address (recipient, an address-like account, the one in the server reply)
#            becomes a placeholder such as "[email protected]": fields hold the placeholder
#            (blanks folded), a recipient quoted by the server is found only if it has an "@".
# truncate   the paste ends after the k-th field (k >= 4), possibly inside the next label but
#            never after its colon: only the fields before the cut remain; the error number then
#            comes from the opening sentence, if any; a Windows (Live) Mail message whose
#            "Error ID" label was cut off no longer names its client (format outlook-express).
#            Not applied to templates (a cut sentence is no longer the client's text).
# quotes     the quote marks around values become curly, guillemets, „low“, 「corner」, double
#            or none; "none" only for one-word values (hosts, addresses), never for the subject
#            (without a colon after its label, its quote marks are what makes it a field).
# mojibake   the text was UTF-8 read as cp1252 ("Ã©" for "é"): values are garbled the same way
#            and read as garbled.  Drawn only when the words of the client (labels, openings,
#            templates, the yes/no word) are ASCII and no garbled value holds a quote mark, so
#            the fields stay readable.
# wrap       a hard wrap at a column (20-120).  A break on a blank replaces it; a break inside
#            a word is inserted in labels, numbers, host names and addresses, but never inside a
#            word of free text (subject, account, reply: it would read as a blank, which no
#            reader can undo) or of the client's sentences (then the blank before the word
#            breaks); no line is made to start like a bullet or a mail quote.  Values unchanged.
# markdown   a bullet before the message, bold labels, or the message in a code block / inline
#            code.  Unchanged values.
# mail-quote every line quoted with "> " (or ">", "> > ").  Unchanged values.
# crlf       line breaks as CRLF.  Unchanged values.
# prose      text before and after the message (greetings, "Outlook Express says:", a mail
#            header block, signatures), on the same line, the next, or after a blank line.
#            Unchanged values; the span moves.
NOISES: tuple[str, ...] = (
    "prose", "mail-quote", "crlf", "markdown", "wrap", "quotes", "redact", "truncate",
    "mojibake",
)
# Noise after which every field the message shows is still there, unchanged.
READABLE_NOISES: tuple[str, ...] = ("prose", "mail-quote", "crlf", "markdown", "wrap", "quotes")


class _Doc:
    """Rendered text as characters that remember where they came from: ``orig`` is the index
    of the character in the rendered message (-1 for inserted noise), ``tags`` what it is
    ("text", "sentence", "label", "quote", "value:<field>", "noise") and ``protect`` whether
    a wrap may not break inside its word (see `_wrap`)."""

    def __init__(self, parts: list[Piece], *, sentences: bool = False) -> None:
        self.chars: list[str] = []
        self.orig: list[int] = []
        self.tags: list[str] = []
        self.protect: list[bool] = []
        self.split: set[str] = set()  # what a wrap broke inside a word
        pos = 0
        for p in parts:
            tag = f"value:{p.field}" if p.kind == "value" else p.kind
            if p.kind == "text" and p.field == "_":
                tag = "skip"  # a template's {_}: text skipped within its line, never broken
            elif p.kind == "text" and (sentences or any(c.isalpha() for c in p.text)):
                tag = "sentence"
            # Free text, sentences, and values with blanks (a redaction placeholder).
            protect = tag in _PROTECTED or (
                p.kind == "value" and any(c.isspace() for c in p.text)
            )
            for ch in p.text:
                self.chars.append(ch)
                self.orig.append(-1 if p.kind == "noise" else pos)
                self.tags.append(tag)
                self.protect.append(protect)
                pos += 1

    def text(self) -> str:
        return "".join(self.chars)

    def insert(self, index: int, text: str, tag: str = "noise") -> None:
        self.chars[index:index] = list(text)
        self.orig[index:index] = [-1] * len(text)
        self.tags[index:index] = [tag] * len(text)
        self.protect[index:index] = [False] * len(text)

    def broken(self) -> frozenset[str]:
        """Where line breaks are: ``<field>`` for one inside a value, ``edge:<field>`` for one
        next to a value, ``label:<field>`` for one between a label and its value, ``in-label``
        inside a label, ``skip`` inside a template's skipped text, ``head`` among the first
        two words of the message."""
        out = set()
        n = len(self.chars)
        for i, ch in enumerate(self.chars):
            if ch != "\n" or not 0 < i < n - 1:
                continue
            left, right = self.tags[i - 1], self.tags[i + 1]
            if self.tags[i] == "label" or left == right == "label":
                out.add("in-label")
            if self.tags[i] == "skip" or left == right == "skip":
                out.add("skip")
            if self.tags[i].startswith("value:"):
                out.add(self.tags[i][6:])
            elif left == right and left.startswith("value:"):
                out.add(left[6:])
            for side in (left, right):
                if side.startswith("value:"):
                    out.add("edge:" + side[6:])
            j = i - 1
            while j > 0 and self.tags[j] in ("text", "noise"):
                j -= 1
            k = i + 1
            while k < n - 1 and self.tags[k] in ("text", "noise", "quote"):
                k += 1
            if self.tags[j] == "label" and self.tags[k].startswith("value:"):
                out.add("label:" + self.tags[k][6:])
        own = [i for i, o in enumerate(self.orig) if o >= 0]
        words = 0
        for i in range(own[0], own[-1] + 1) if own else ():
            if self.chars[i] == "\n" and words < 2:
                out.add("head")
            if self.chars[i].isspace() and i > own[0] and not self.chars[i - 1].isspace():
                words += 1
            if words >= 2:
                break
        return frozenset(out)

    def span(self) -> tuple[int, int]:
        """Where the message is: from its first to its last own character."""
        own = [i for i, o in enumerate(self.orig) if o >= 0]
        before = sum(len(ch) for ch in self.chars[: own[0]])
        inside = sum(len(ch) for ch in self.chars[own[0] : own[-1] + 1])
        return before, before + inside


# Where a break inside a word would change what is read: free text (a break there reads as a
# blank, which no reader can undo) and the client's sentences (openings, templates).
_PROTECTED = frozenset({"value:subject", "value:account", "value:server_response",
                        "value:None", "sentence"})


def _wrap(doc: _Doc, width: int) -> None:
    """Hard-wrap at ``width``: a break on a blank replaces it, a break inside a word is
    inserted -- except next to protected text, where the blank before the word (on this
    line) is replaced instead, or no break is made."""
    chars: list[str] = []
    orig: list[int] = []
    tags: list[str] = []
    protect: list[bool] = []
    col = 0
    for i, (ch, o, tag, prot) in enumerate(
        zip(doc.chars, doc.orig, doc.tags, doc.protect, strict=True)
    ):
        if ch != "\n" and col >= width:
            nxt = doc.chars[i + 1 : i + 4]
            if tag == "skip" or tags[-1] == "skip":
                pass  # a template's {_} is skipped within its line: no break in it
            elif ch == " ":
                if not _marker("".join(nxt)):
                    ch = "\n"  # a break on a blank replaces it
            elif chars[-1] == " ":
                if not _marker(ch + "".join(nxt[:2])):
                    chars[-1] = "\n"
                    col = 0
            elif prot or protect[-1]:
                blank = len(chars) - 1
                while blank >= 0 and (chars[blank] not in " \n" or tags[blank] == "skip"):
                    blank -= 1
                if (blank >= 0 and chars[blank] == " " and len(chars) - blank <= col
                        and not _marker("".join([*chars[blank + 1 : blank + 4], ch])[:3])):
                    chars[blank] = "\n"
                    col = len(chars) - blank - 1
            elif not _marker(ch + "".join(nxt[:2])):
                if tags[-1] == tag and tag not in ("text", "noise"):
                    doc.split.add(tag)
                    if tag == "label" and (ch in QUOTES or chars[-1] in QUOTES):
                        doc.split.add("label-at-quote")
                chars.append("\n")
                orig.append(-1)
                tags.append("noise")
                protect.append(False)
                col = 0
        chars.append(ch)
        orig.append(o)
        tags.append(tag)
        protect.append(prot)
        col = 0 if ch == "\n" else col + 1
    doc.chars, doc.orig, doc.tags, doc.protect = chars, orig, tags, protect


def _marker(line_start: str) -> bool:
    """Whether a line starting so reads as paste markup (a bullet, a mail quote) that a reader
    drops: a wrap must not put text there, or no reader could tell it from markup."""
    return (line_start[:1] in (">", "\u2022", "\u00b7")
            or line_start[:2] in ("- ", "* ", "-", "*")
            or _NUMBERING.match(line_start) is not None)


_NUMBERING = regex.compile(r"[0-9]{1,2}[.)]")  # "1. ", "12) ": a numbered list


def _cp1252(ch: str) -> list[str]:
    """One character as UTF-8 read as Windows-1252 (undefined bytes as C1 controls, as
    Windows' own conversion does)."""
    out = []
    for byte in ch.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return out


def _mojibake(doc: _Doc) -> None:
    chars: list[str] = []
    orig: list[int] = []
    tags: list[str] = []
    protect: list[bool] = []
    for ch, o, tag, prot in zip(doc.chars, doc.orig, doc.tags, doc.protect, strict=True):
        for part in _cp1252(ch):
            chars.append(part)
            orig.append(o)
            tags.append(tag)
            protect.append(prot)
    doc.chars, doc.orig, doc.tags, doc.protect = chars, orig, tags, protect


def _garble(text: str) -> str:
    return "".join("".join(_cp1252(ch)) for ch in text)


_QUOTE_STYLES = (("\u2018", "\u2019"), ("\u201c", "\u201d"), ("\u00ab ", " \u00bb"),
                 ("\u201e", "\u201c"), ('"', '"'), ("\u300c", "\u300d"), ("", ""))
_REDACTIONS = ("[email\u00a0protected]", "xxx@xxx.com", "***@***.com", "email address",
               "*** Email address is removed for privacy ***", "user@domain")


def _structure_ascii(parts: list[Piece]) -> bool:
    """Whether the client's own words (and the yes/no word) are ASCII."""
    return all(p.text.isascii() for p in parts if p.kind != "value" or p.field == "ssl")


def _redact(draw: Any, draft: _Draft) -> bool:
    """Replace every address of the message by a placeholder (in place); False if none."""
    targets = {v for k, v in draft.fields.items()
               if k in ("recipient", "account") and isinstance(v, str) and "@" in v}
    if draft.rcpt:
        targets.add(draft.rcpt)
    if not targets:
        return False
    token = draw(st.sampled_from(_REDACTIONS))
    for target in sorted(targets, key=len, reverse=True):
        for k, v in draft.fields.items():
            if isinstance(v, str) and target in v:
                draft.fields[k] = v.replace(target, token)
        if draft.rcpt == target:
            draft.rcpt = token if "@" in token else None
    return True


def _garble_ok(parts: list[Piece]) -> bool:
    """Mojibake keeps a message readable when the client's words are ASCII and no garbled
    value holds a quote mark (a reader could not tell it from the quotes around it)."""
    if not _structure_ascii(parts):
        return False
    return not any(
        any(q in _garble(p.text) for q in QUOTES) for p in parts if p.kind == "value"
    )


def _garbled_record(draft: _Draft, parts: list[Piece], expected: ClientError) -> ClientError:
    garbled = [
        Piece(p.kind, _garble(p.text) if p.kind == "value" else p.text, p.field,
              label_key=p.label_key, number=p.number)
        for p in parts
    ]
    rcpt = _garble(draft.rcpt) if draft.rcpt else None
    again = _derive(attrs.evolve(draft, rcpt=rcpt), garbled,
                    number_from_opening=_opening_number(parts))
    return attrs.evolve(again, language=expected.language)


def _truncate(draw: Any, parts: list[Piece]) -> list[Piece]:
    """Cut after the k-th field (k >= 4), anywhere before the colon of the next label."""
    ends: list[int] = []  # index of the piece after each field's value (and closing quote)
    seen_label = False
    for i, p in enumerate(parts):
        if p.kind == "label":
            seen_label = True
        elif p.kind == "value" and seen_label:
            j = i + 1
            if j < len(parts) and parts[j].kind == "quote":
                j += 1
            ends.append(j)
    if len(ends) < 5:
        return parts
    k = draw(st.integers(4, len(ends) - 1))
    stop = ends[k - 1]
    nxt = next(i for i in range(stop, len(parts)) if parts[i].kind == "label")
    dangling = "".join(p.text for p in parts[stop : nxt + 1])
    keep = draw(st.integers(0, len(dangling) - 1))
    cut = parts[:stop]
    if keep:
        cut.append(Piece("noise", dangling[:keep]))
    return cut


def _restyle(draw: Any, parts: list[Piece]) -> list[Piece]:
    opening, closing = draw(st.sampled_from(_QUOTE_STYLES))
    out: list[Piece] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if p.kind == "quote" and i + 2 < len(parts) and parts[i + 2].kind == "quote":
            value = parts[i + 1]
            plain = not any(c.isspace() or c in QUOTES or c in ",;:" for c in value.text)
            if opening or (plain and value.field not in ("subject", "server_response")):
                out += [Piece("quote", opening), value, Piece("quote", closing)]
            else:
                out += [p, value, parts[i + 2]]
            i += 3
            continue
        out.append(p)
        i += 1
    return out


def _markdown(draw: Any, doc: _Doc) -> None:
    style = draw(st.sampled_from(("bullet", "bold-labels", "code-block", "inline-code")))
    if style == "bullet":
        doc.insert(0, draw(st.sampled_from(("- ", "* ", "\u2022 ", "1. "))))
    elif style == "bold-labels":
        # "**Server:** 'x'": the emphasis takes the label (across a wrap) and its colon.
        i = len(doc.chars) - 1
        while i >= 0:
            if doc.tags[i] != "label":
                i -= 1
                continue
            end = i + 1
            if doc.chars[end : end + 2] == [" ", ":"]:
                end += 1
            if doc.chars[end : end + 1] == [":"]:
                end += 1
            start = i
            while start > 0 and (doc.tags[start - 1] == "label" or (
                    doc.chars[start - 1] == "\n" and doc.tags[start - 1] == "noise"
                    and start > 1 and doc.tags[start - 2] == "label")):
                start -= 1
            doc.insert(end, "**")
            doc.insert(start, "**")
            i = start - 1
    elif style == "code-block":
        doc.insert(0, "```\n")
        doc.insert(len(doc.chars), "\n```")
    else:
        doc.insert(0, "`")
        doc.insert(len(doc.chars), "`")
