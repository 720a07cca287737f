"""Where each value of a label list ends (which labels make one message: ``_scan.groups``)."""

from __future__ import annotations

import bisect
import unicodedata

from .._compile.grammar import grammar
from .._compile.text import QUOTES, compact
from .shapes import (
    _CODE,
    _ENDS,
    _HEX,
    _HOSTLIKE_PART,
    _INT,
    _MAX,
    _PAIRS,
    _PROTO,
    _QSET,
    _SEP,
    _SEP_OPEN,
    _TRAIL,
    _WORD,
    _inner_apostrophe,
    _Label,
    host_rest,
)
from .window import Normalized


def _last_kept(text: str, start: int, end: int) -> str:
    """The last character of text[start:end] that is not a separator or "(" ("" if none):
    ``text[start:end].rstrip(_SEP + "(")[-1:]`` without copying the slice (a value may be
    tested against many labels)."""
    i = end
    while i > start and text[i - 1] in _SEP_OPEN:
        i -= 1
    return text[i - 1] if i > start else ""


class Closing:
    """A window's labels, indexed once for ``_quoted_end``: for each ``k``, the first label
    at or after it that a quote mark stands before (separators aside), the first that
    follows an error number, and where each starts.  Asked for every open-quoted value, a
    walk over the labels within its reach would cost that many steps a value: quadratic on
    text that repeats a label and an open quote."""

    __slots__ = ("ends", "quoted", "starts")

    def __init__(self, text: str, labels: list[_Label]) -> None:
        n = len(labels)
        self.starts = [lab.start for lab in labels]
        self.quoted = [n] * (n + 1)
        self.ends = [n] * (n + 1)
        for k in range(n - 1, 0, -1):
            # (the walk back stops at the letter that starts labels[k - 1], so its bound
            # is the same as from any earlier label's end)
            quoted = _last_kept(text, labels[k - 1].start, labels[k].start) in _QSET
            self.quoted[k] = k if quoted else self.quoted[k + 1]
            self.ends[k] = k if labels[k - 1].field in _ENDS else self.ends[k + 1]


def _quoted_end(
    n: Normalized, lab: _Label, labels: list[_Label], j: int, closing: Closing
) -> int:
    """For a value that opens with a quote, the index of the label after its closing quote
    (labels in between are words inside the value); ``j`` when there is none."""
    text = n.struct
    body = text[lab.end : labels[j].start] if j < len(labels) else text[lab.end :]
    if body.lstrip(" \n")[:1] not in _QSET:
        return j
    closed = body.rstrip(_SEP + "(")
    if closed[-1:] in _QSET and (
        len(body.strip(_TRAIL)) > 0 or sum(c in _QSET for c in closed) > 1
    ) and not _inner_before_wrap(body, closed):
        return j
    limit = lab.end + _MAX.get(lab.field or "server_response", 3000)
    blank = text.find("\n\n", lab.end, limit)
    if blank >= 0:
        limit = min(limit, blank + 1)  # a chunk that holds the blank line ends the search
    if j + 1 < len(labels):
        # The first later label after an error number (the message ended: no close), past
        # the reach (past a blank line: says nothing of this value), or after a quote mark.
        ended = closing.ends[j + 1]
        far = bisect.bisect_right(closing.starts, limit, j + 1)
        quoted = closing.quoted[j + 1]
        first = min(ended, far, quoted)
        if first < len(labels) and first == ended:
            return j
        if first < len(labels) and first != far:
            return quoted
    # No later label within reach closes it: the value may close by the end of its paragraph
    # (a paste cut after it), before the stump of a cut-off label or prose, at its last quote
    # mark, when that mark can close the one that opened it (not a quotation's '"' around
    # the whole message after an open "'<reply>").  What lies past the paragraph does not
    # decide it, so it is read the same whatever text follows.
    para = text.find("\n\n", lab.end, limit + 2)  # within reach, or not at all
    if para < 0 and len(text) > limit:
        return j
    para = len(text) if para < 0 else para
    after = bisect.bisect_left(closing.starts, para, j)
    chunk = text[lab.end : para].rstrip(_SEP + "(")
    if j < after and labels[after - 1].field not in _ENDS:
        opening = len(chunk) - len(chunk.lstrip(" \n"))
        quotes = [i for i, ch in enumerate(chunk) if ch in _QSET]
        last = max((i for i in quotes if not _inner_apostrophe(chunk, i)), default=-1)
        if last > opening and chunk[opening] in _PAIRS.get(chunk[last], chunk[opening]):
            return after
    return j


def _inner_before_wrap(body: str, closed: str) -> bool:
    """Whether the quote mark that ends ``closed`` (``body`` up to the next label, without
    its trailing separators) is one inside the value before a hard wrap, not its close: a
    kind that cannot close the one the value opened with (``_PAIRS``), a line break after
    it ('Re: the "budget"' + wrap + 'report Re: Q3', ...: the words before a colon on the
    next line look like a label there)."""
    opener = body.lstrip(" \n")[:1]
    return "\n" in body[len(closed) :] and opener not in _PAIRS.get(closed[-1], opener)


def _typed_stop(n: Normalized, field: str | None, start: int, end: int) -> int:
    """Where a value of ``field`` in text[start:end] ends."""
    text = n.struct
    body = text[start:end]
    lead = len(body) - len(body.lstrip(" \n" + QUOTES))
    if field in ("port", "socket_error"):
        m = _INT.match(text, start + lead, end)
        return m.end() if m else start
    if field in ("server_error",):
        m = _CODE.match(text, start + lead, end)
        return m.end() if m else start
    if field in ("error_number", "wlm_error_id", "wm_error_id"):
        m = _HEX.match(text, start + lead, end) or _CODE.match(text, start + lead, end)
        return m.end() if m else start
    if field in ("protocol", "ssl"):
        m = _WORD.match(text, start + lead, end)
        if m is None:
            return start
        if "\n" in body[:lead] and not (
            _PROTO.fullmatch(m.group()) or compact(m.group()) in grammar().yes_no
        ):
            return start  # the next line is not this field's value
        stop = m.end()
        if stop + 1 < end and text[stop] == "\n":
            # A hard wrap inside the word ("SM\nTP", "N\no"): join it when that makes one.
            more = _WORD.match(text, stop + 1, end)
            if (
                more is not None
                and _wordlike(more.group())
                and _wordlike(m.group())
                # not a word after a word: "Ne" + "I have ..." (a capital after small letters)
                and not (m.group()[-1].islower() and more.group()[0].isupper())
            ):
                joined = m.group() + more.group()
                if _PROTO.fullmatch(joined) or compact(joined) in grammar().yes_no:
                    stop = more.end()
        if stop < end and text[stop] in _QSET:
            stop += 1
        return stop
    # Free text: a quoted value ends at its closing quote; else at the line's end when the
    # next label is far or the paragraph ends.
    stripped = body.rstrip(_SEP + "(")
    opens = body.lstrip(" \n")[:1] in _QSET
    para = body.find("\n\n")
    if opens and para >= 0:
        stripped = body[:para].rstrip(_SEP + "(")  # a quoted value ends with its paragraph
    if opens and stripped[-1:] in _QSET and (len(stripped) > lead or lead > 1):
        return start + len(stripped)
    if opens:
        # A closed quote followed only by the stump of a cut-off label ("...denied', Por").
        last = max(
            (
                i
                for i, ch in enumerate(stripped)
                if ch in _QSET
                and not (stripped[i - 1 : i].isalpha() and stripped[i + 1 : i + 2].isalpha())
            ),
            default=-1,
        )
        fence = _fence(n, start + lead, start + len(stripped))
        if fence is not None and (last <= lead or start + last >= fence):
            # A code fence ends the pasted block: the paste was cut before the value closed
            # ("'550 5.7.1 Relaying den``` Thanks"; the window has dropped the marks).
            return start + len(text[start:fence].rstrip(_SEP + "("))
        tail = stripped[last + 1 :].lstrip(" \t").split("\n", 1)[0].strip(_TRAIL)
        cut_label = len(tail) <= 12 and " " not in tail
        rest = stripped[last + 1 :]
        after = rest.lstrip(" \t")[:1]
        if last > lead and (
            (cut_label and after in (",", ";"))
            or rest.lstrip(" \t,;")[:1] == "\n"
            or start + len(body) >= len(text)
        ):
            # ... or the quote (and a comma) ends its line and prose follows, or only prose
            # follows up to the end: the message was cut there.
            return start + last + 1
    limit = _MAX.get(field or "server_response", 3000)
    if field in ("subject", "account", "server", None):
        # Unquoted, these (and values of labels smtperr does not know) end with their line
        # (which may be the next one, after the label's), unless a hard wrap split one word
        # (a host, an address): the rest of it is alone on the next line, before the next
        # label, the stump of a cut-off label, or (shaped like a host) the end of the text.
        nl = body.find("\n", lead if "\n\n" not in body[:lead] else 0)
        if field == "server" and not opens:
            # A host name holds no blank: prose may follow it on its line.
            blank = body.find(" ", lead, nl if nl >= 0 else len(body))
            if blank >= 0:
                return start + len(body[:blank].rstrip(_SEP + "("))
        if nl >= 0:
            at_end = start + len(body) >= len(text)
            wrapped = None if opens else _wrapped_word(body, lead, nl, at_end)
            return start + (wrapped or len(body[:nl].rstrip(_SEP + "(")))
    if field == "server_response" and not opens:
        # An unquoted reply (Windows Live Mail prints it so) keeps its final period; it may
        # be wrapped, so it runs to the next label.
        kept = body.rstrip(" \t\n,;")
        limit = _MAX["server_response"]
        cut = kept.find("\n\n")
        if cut >= 0:
            kept = kept[:cut].rstrip(" \t\n,;")
        # A line after the first that is only the stump of a label: the paste was cut
        # inside the next field's label, and what follows it is not the message's.
        nl = kept.find("\n", lead) if start + len(body) >= len(text) else -1
        while 0 <= nl < limit:
            line_end = kept.find("\n", nl + 1)
            line = kept[nl + 1 : line_end if line_end >= 0 else len(kept)]
            if " ".join(line.split()) in grammar().label_stumps:
                kept = kept[:nl].rstrip(" \t\n,;")
                break
            nl = line_end
        return start + min(len(kept), limit)
    cut = body.find("\n\n")
    if cut >= 0:
        return start + cut
    if len(stripped) > limit:
        nl = body.find("\n", 0, limit)
        return start + (nl if nl >= 0 else limit)
    return start + len(stripped)


def _fence(n: Normalized, a: int, b: int) -> int | None:
    """Where in window text [a, b) a Markdown code fence ("```") stood, if one did: the first
    character at or after it (the window has dropped the marks), else None."""
    src_a, src_b = n.to_source(a, b)
    fence = n.source.find("```", src_a, src_b)
    if fence < 0:
        return None
    return n.from_source(fence, a, b)


def _wrapped_word(body: str, lead: int, nl: int, at_end: bool) -> int | None:
    """Where an unquoted one-word value (a host, an address) on the line ``body[lead:nl]``
    ends when hard wraps split it: the rest of it stands alone on the next lines (three at
    most), and after it comes the next label (nothing in ``body``) or, when the text or the
    paragraph ends (``at_end``), the stump of a cut-off label; ``None`` when it does not go
    on."""
    head = body[lead:nl].strip(" ")
    if not head or any(ch.isspace() for ch in head):
        return None
    para = body.find("\n\n", nl)
    if para >= 0:  # the paragraph ends before the next label
        body, at_end = body[:para], True
    stumps = grammar().label_stumps
    end: int | None = None
    pos = nl
    for _ in range(3):
        line_end = body.find("\n", pos + 1)
        line = body[pos + 1 : line_end if line_end >= 0 else len(body)]
        piece = line.strip(" \t")
        word = piece.rstrip(",;、(")  # a dot may stand inside a host, before a wrap
        if not word.rstrip(_SEP) or any(ch.isspace() for ch in word):
            break
        if at_end and (
            not _HOSTLIKE_PART.fullmatch(word) or word in stumps or not host_rest(head, word)
        ):
            break
        end = pos + 1 + len(line) - len(line.lstrip(" \t")) + len(word.rstrip(_SEP + "("))
        head += word
        if line_end < 0 or piece != word:  # a separator after it ends the value
            break
        pos = line_end
    if end is None:
        return None
    after = body[end:].strip(_SEP + "(\t ").split()  # (split() drops \x1c-\x1f: none left)
    if after and not (at_end and after[0] in stumps):
        return None
    return end


def _wordlike(text: str) -> bool:
    """Letters, digits and combining marks only (Thai and Indic words carry marks)."""
    return all(unicodedata.category(ch)[0] in "LMN" for ch in text)
