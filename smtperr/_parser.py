"""Finding client error messages in text and reading their fields.

``scan`` looks for anchors (an error number, a label only these messages carry, an opening
sentence, the head of a template) with one compiled pattern over the raw text, normalizes a
window around each, and reads records there:

* label lists (the classic comma-separated tail and Windows Live Mail's one field per line):
  labels are found by the compiled label pattern, each value is the text up to the next label,
  cut by its type (a port is digits, a quoted value ends at its closing quote);
* templates (Outlook's task error, Thunderbird, ...): sentences with slots.

Labels in a language smtperr does not know are found by shape (a few words and a colon after
a separator) and given a field by their value and position.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from ._compiler import QUOTES, Grammar, compact, grammar, host_rest, match_template
from ._compiler import spaceless as _spaceless_char
from ._normalize import FULLWIDTH, Normalized, normalize
from ._reason import Reason
from ._records import ClientError

__all__ = ["parse", "scan"]

_BEFORE = 2500  # how far before a prefilter hit a message may start
_AFTER = 3000  # how far after a hit it may end
_SEP = " \t\n,;.、。"
_TRAIL = _SEP + QUOTES
_SEP_OPEN = frozenset(_SEP + "(")
# The longest a value of each field may run before it is cut at the end of its line.
_MAX = {
    "subject": 400,
    "account": 300,
    "server": 300,
    "protocol": 40,
    "server_response": 3000,
    "port": 20,
    "ssl": 40,
    "server_error": 40,
    "socket_error": 40,
    "error_number": 40,
}
_PROTOCOLS = ("SMTP", "POP3", "POP", "IMAP", "IMAP4", "NNTP", "HTTP", "HTTPMAIL", "LDAP", "SSL")
_HEX = regex.compile(r"0\n?+[xX](?:\n?+[0-9A-Fa-f]){8}+(?![0-9A-Fa-f])")
_INT = regex.compile(r"[0-9](?:\n?+[0-9]){0,5}+(?![0-9])")
_CODE = regex.compile(
    r"(?:0\n?+[xX](?:\n?+[0-9A-Fa-f]){1,8}+|[0-9](?:\n?+[0-9]){0,5}+)(?![0-9A-Za-z])"
)
_WORD = regex.compile(r"[^\s,;.、。:'\"]{1,30}+")
_ANGLE = regex.compile(r"<[^<>]{1,300}+>")
# An apostrophe may stand inside the local part (RFC 5322 atext: o'brien@...), not first.
_EMAIL = regex.compile(r"[^\s<>'\"(),;:@][^\s<>\"(),;:@]{0,63}+@[^\s<>'\"(),;:]{1,255}+")
_Q = "[" + regex.escape(QUOTES) + "]"
_LAST_QUOTE = regex.compile("(?r)[" + regex.escape(QUOTES) + "]")  # searched backwards
_QSET = frozenset(QUOTES)  # membership of one character (an empty slice is never in it)
_SUBJECT_BEFORE = regex.compile(
    r"(?:(?<=[.] )|(?<=\n))[^\W\d_][^\W\d_]{1,25}+ ?+(?P<v>"
    + _Q
    + r"[^\n]{0,300}?"
    + _Q
    + r")[ ,;]*+\Z"
)
_ENDS = ("error_number", "wlm_error_id", "wm_error_id")
_PROTO = regex.compile(
    r"(?<![A-Za-z])(?:SMTP|POP3|POP|IMAP4|IMAP|NNTP|HTTPMail|HTTP|LDAP)(?![A-Za-z0-9])",
    regex.IGNORECASE,
)
# A colon that may end a label: after a letter, a mark or a closing bracket (blanks
# between); never after a digit (times, addresses) or ASCII punctuation (URLs).
_LABEL_COLON = re.compile(r"(?:[^\W\d_]|[)\]]|[^\x00-\x7f])[ \t\n]{0,4}:")
_STOP_IN_LABEL = re.compile(r"[,.;:]")
# A label written without its colon is followed by a quoted value or a number.
# (A hard wrap may stand for the blank before a quoted value.)
_COLONLESS = regex.compile(
    r"(?<=[^\s] )(?=[" + regex.escape(QUOTES) + r"<0-9])"
    r"|(?<=[^\s]\n)(?=[" + regex.escape(QUOTES) + r"])"
)
_COLONLESS_FIELDS = frozenset(
    {"subject", "port", "server", "account", "server_error", "error_number"}
)
_TEMPLATE_FORMATS = frozenset(
    {
        "outlook-task",
        "thunderbird",
        "exchange-ndr",
        "apple-mail",
        "outlook-test",
        "windows-mail-app",
    }
)
_ALIAS = {"wlm_error_id": "error_number", "wm_error_id": "error_number"}


@attrs.define(slots=True)
class _Label:
    start: int
    end: int  # after the colon
    field: str | None  # None: a label of an unknown language
    key: str  # compact spelling, for the language vote
    stop: int = -1  # where this label's value ends (set while reading)


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"smtperr expects text as str, not {type(text).__name__}; decode bytes first "
            "(for example data.decode('utf-8', 'replace'))"
        )
    return text


def parse(text: str) -> ClientError | None:
    """The first client error message found anywhere in ``text``, or ``None``."""
    return next(scan(text), None)


def scan(text: str) -> Iterator[ClientError]:
    """Every client error message in ``text``, in order, each with its ``span``."""
    return _scan(_check(text))


_PIECE = 1 << 18  # the most text normalized at once: memory stays bounded on dense input
_OVERLAP = 16384  # pieces overlap by more than the longest message


def _scan(text: str) -> Iterator[ClientError]:
    g = grammar()
    last_end = -1
    for lo, hi in _windows(g, text):
        for start, end, final in _pieces(text, lo, hi):
            keep_before = end if final else end - _OVERLAP // 2
            for rec in _read_window(g, normalize(text, start, end)):
                if rec.span[0] >= last_end and rec.span[1] <= keep_before:
                    last_end = rec.span[1]
                    yield rec


def _pieces(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, bool]]:
    """A long window (dense messages) cut into overlapping pieces at line starts; a record
    is kept from the first piece that holds it whole."""
    start = lo
    while hi - start > _PIECE:
        end = start + _PIECE
        nl = text.find("\n", end, end + 2000)
        end = nl if nl >= 0 else end
        yield start, end, False
        nxt = end - _OVERLAP
        nl = text.rfind("\n", nxt - 2000, nxt)
        start = nl + 1 if nl >= 0 else nxt
    yield start, hi, True


def _hits(g: Grammar, text: str) -> list[int]:
    """Positions of the prefilter's literals: ``str.find`` runs at memory speed, so text
    that cannot hold a client error costs a few passes and no pattern at all."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two; positions drift
        lower = "".join(ch.lower()[:1] or ch for ch in text)
    # Looked for without line breaks (and the mail quoting after them), so a hard wrap inside
    # a literal ("protoco\nle") or in place of its blank ("error\nnumber") cannot hide it;
    # positions are mapped back.
    joined = _GAP.sub("", lower) if ("\n" in lower or "\r" in lower) else lower
    out: list[int] = []
    for kw in g.wrap_keywords:
        pos = joined.find(kw)
        while pos >= 0:
            out.append(pos)
            pos = joined.find(kw, pos + _AFTER)
    out.sort()
    return out if len(joined) == len(lower) else _unjoin(lower, out)


_GAP = regex.compile(r"[\r\n][\r\n \t>]*+")  # a line break and the quoting after it
_GAP_REST = regex.compile(r"[\r\n \t>]*+")


def _unjoin(text: str, positions: list[int]) -> list[int]:
    """Positions in ``_GAP.sub("", text)`` (sorted) as positions in ``text``: segments of
    the text are joined in turn (C speed) until as many characters are kept as needed."""
    out: list[int] = []
    j = o = 0  # the same place in the joined text and in ``text``
    for target in positions:
        while True:
            m = _GAP.match(text, o)
            if m is not None:
                o = m.end()
            if j >= target or o >= len(text):
                break
            seg = text[o : o + target - j]
            j += len(_GAP.sub("", seg))
            o += len(seg)
            trailing = seg[len(seg.rstrip(" \t>\r\n")) :]
            if "\n" in trailing or "\r" in trailing:  # a gap that goes on after the segment
                rest = _GAP_REST.match(text, o)
                o = rest.end() if rest is not None else o
        out.append(min(o, len(text)))
    return out


def _windows(g: Grammar, text: str) -> Iterator[tuple[int, int]]:
    from ._compile.gate import table_gate
    from ._scan.gate import windows

    yield from windows(table_gate(), text)


def _old_windows(g: Grammar, text: str) -> Iterator[tuple[int, int]]:
    """Merged regions around prefilter hits, cut at line starts where possible."""
    cur: list[int] | None = None
    for pos in _hits(g, text):
        lo = max(0, pos - _BEFORE)
        hi = min(len(text), pos + _AFTER)
        if cur is not None and lo <= cur[1]:
            cur[1] = hi
            continue
        if cur is not None:
            yield _snap(text, cur[0], cur[1])
        cur = [lo, hi]
    if cur is not None:
        yield _snap(text, cur[0], cur[1])


def _snap(text: str, lo: int, hi: int) -> tuple[int, int]:
    if lo > 0:
        nl = text.rfind("\n", max(0, lo - 200), lo)
        lo = nl + 1 if nl >= 0 else lo
    if hi < len(text):
        nl = text.find("\n", hi, hi + 200)
        hi = nl if nl >= 0 else hi
    return lo, hi


# --------------------------------------------------------------------------- windows


def _positions(lower: str, key: str) -> Iterator[int]:
    pos = lower.find(key)
    while pos >= 0:
        yield pos
        pos = lower.find(key, pos + 1)


def _folded(text: str) -> str:
    """Lower case, line breaks as blanks, one character for one (offsets are kept)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(ch.lower()[:1] or ch for ch in text)
    return lower.replace("\n", " ")


def _find_openings(g: Grammar, n: Normalized, lower: str) -> list[tuple[int, int, int]]:
    """Every opening sentence in the window: (start, end, index), by start."""
    found: list[tuple[int, int, int]] = []
    for key, indices in g.opening_keys.items():
        for pos in _positions(lower, key):
            for idx in indices:
                m = g.opening_patterns[idx].match(n.struct, pos)
                if m is not None:
                    found.append((m.start(), m.end(), idx))
                    break
    found.sort()
    return found


def _read_window(g: Grammar, n: Normalized) -> list[ClientError]:
    records: list[ClientError] = []
    taken: list[tuple[int, int]] = []
    lower = _folded(n.struct)
    for rec, span in _read_templates(g, n, lower):
        records.append(rec)
        taken.append(span)
    openings = _find_openings(g, n, lower)
    labels = _find_labels(g, n, taken, openings, lower)
    pos = 0
    while pos < len(labels):
        group, pos = _group(n, labels, pos)
        built = _build(g, n, group, records, openings)
        if built is not None:
            records.append(built)
    records.sort(key=lambda r: r.span)
    return records


_STOPS = frozenset(",;:.<>=|[]{}/\\#")
_RUN = 48  # the longest a label (with a wrap or two) may be


def _run_start(text: str, end: int, words: int = 8) -> int:
    """Where the run of label-like text that ends at ``end`` begins: the nearest separator,
    quote (not an apostrophe inside a word) or blank line before it."""
    i = end
    limit = max(0, end - _RUN)
    while i > limit:
        ch = text[i - 1]
        if ch in _STOPS:
            break
        if ch in _QSET and not _inner_apostrophe(text, i - 1):
            break
        if ch == "\n" and i >= 2 and text[i - 2] == "\n":
            break
        if ch.isspace():
            words -= 1
            if words <= 0:
                break
        i -= 1
    return i


def _closing_quote(text: str, i: int) -> str:
    """What follows the quote mark at ``i``: "," when a separator or the end of the text does
    (the quote closes a value: "« Bob's account », Server: ..."), "\n" for a line end (it may
    close a value, or a wrap may follow an opening one), "" otherwise."""
    if text[i : i + 1] not in _QSET:
        return ""
    j = i + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or text[j] in ",;":
        return ","
    return "\n" if text[j] == "\n" else ""


def _closes(text: str, i: int) -> bool:
    """Whether the quote mark at ``i``, of a kind that differs from its opening one ("»"),
    closes one opened before it (within a value's reach)."""
    openers = _PAIRS.get(text[i], "")
    if not openers or text[i] in openers:
        return False
    lo = max(0, i - 400)
    opened = max(text.rfind(o, lo, i) for o in openers)
    return opened >= 0 and opened > text.rfind(text[i], lo, i)


def _inner_apostrophe(text: str, i: int) -> bool:
    """Whether the quote mark at ``i`` stands inside a word ("d'erreur"), a hard wrap on
    either side of it or not ("d\n'erreur", "d'\nerror")."""
    before = i - 2 if i >= 2 and text[i - 1] == "\n" else i - 1
    after = i + 2 if i + 2 < len(text) and text[i + 1] == "\n" else i + 1
    if before == i - 2 and after == i + 2:
        return False  # a quote alone on its line
    return before >= 0 and after < len(text) and text[before].isalpha() and text[after].isalpha()


def _lookup(g: Grammar, text: str, start: int, end: int) -> tuple[int, str, str] | None:
    """The longest known label that ends at ``end`` and begins at a word start in
    text[start:end]: (label start, field, key).  The folded key is built from the end, one
    word (or, in scripts without blanks, one character) at a time."""
    best: tuple[int, str, str] | None = None
    key = ""
    j = end
    limit = max(start, end - g.longest_label)
    while j > limit:
        # the next candidate start, going left: a word start, or any letter in CJK/Thai
        k = j - 1
        if _spaceless_char(text[k]):
            piece = text[k]
        else:
            while k > limit and not text[k - 1].isspace() and text[k - 1] != "(" and not (
                _spaceless_char(text[k - 1])
            ):
                k -= 1
            piece = text[k:j]
        key = compact(piece) + key
        j = k
        while j > limit and text[j - 1].isspace():
            j -= 1
        if key and text[k].isalpha():
            field = g.label_fields.get(key)
            if field is not None:
                best = (k, field, key)
    return best


@functools.cache
def label_pattern() -> re.Pattern[str]:
    """The reversed trie of every label spelling (see ``_compile.labels``)."""
    from ._compile.labels import reversed_label_pattern

    g = grammar()
    keys = set()
    for loc in g.locales.values():
        for spellings in loc.labels.values():
            for spelling in spellings:
                # folded as the window's view is (lower case, one character for one)
                letters = "".join(
                    ch.lower()[:1] for ch in spelling.translate(FULLWIDTH) if ch.isalnum()
                )
                if letters:
                    keys.add((letters, _spaceless_char(letters[0])))
    return reversed_label_pattern(keys)


def _find_labels(
    g: Grammar,
    n: Normalized,
    taken: list[tuple[int, int]],
    openings: list[tuple[int, int, int]],
    lower: str,
) -> list[_Label]:
    """Labels are found from their colons: one anchored match of the reversed label trie
    per colon that follows a letter or a bracket (so wraps, case and spacing inside a label
    do not matter); labels written without a colon from the quote or digit after them.
    Labels of unknown languages and colonless labels are looked for only near known labels
    (or before an error number), so log text around a message costs one pass."""
    text = n.struct
    out: list[_Label] = []
    seen: set[int] = set()
    inside = _Spans(taken)
    misses: list[int] = []
    rev = lower[::-1]
    size = len(lower)
    label_re = label_pattern()
    for m in _LABEL_COLON.finditer(text):
        colon = m.end() - 1
        if inside.hits(colon, colon + 1):
            continue
        r = label_re.match(rev, size - colon)
        if r is not None:
            a, b = size - r.end("label"), size - r.start("label")
            if text[a].isalpha() and not _STOP_IN_LABEL.search(text, a, b):
                key = compact(text[a:b])
                field = g.label_fields.get(key)
                if field is not None:
                    out.append(_Label(a, colon + 1, field, key))
                    seen.add(a)
                    continue
        misses.append(colon)
    if out:
        near = _Spans([(lab.start - 400, lab.end + 400) for lab in out])
    else:
        near = _Spans(
            [(m.end() - 3000, m.end()) for m in _HEX.finditer(text)]
            + [(a, b + 3000) for a, b, _i in openings]
        )
    unknown: list[_Label] = []
    for colon in misses:
        if not near.hits(colon, colon + 1):
            continue
        end = colon
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        start = _run_start(text, end)
        nl = text.rfind("\n", start, end)
        if nl >= 0:
            start = nl + 1
        label = text[start:end].strip()
        words = label.split()
        if (
            label
            and 1 <= len(words) <= 4
            and len(label) <= 34
            and label[0].isalpha()
            # after a separator or at a line start; not after a colon ("<x@y>: Recipient")
            and (start == 0 or text[start - 1] in ",\n"
                 # after a sentence or ';' only before a quoted value ("...'. Ämne: '<x>'")
                 or (text[start - 1] in ";." and text[colon + 1 : colon + 3].strip()[:1] in _QSET))
        ):
            s0 = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            unknown.append(_Label(s0, colon + 1, None, compact(label)))
    for m in _COLONLESS.finditer(text):
        end = m.start()
        if inside.hits(end, end + 1) or not near.hits(end, end + 1):
            continue
        start = _run_start(text, end, words=4)
        closes = _closing_quote(text, m.end())
        if closes == "," or (
            closes == "\n" and ((start > 0 and text[start - 1] in _QSET) or _closes(text, m.end()))
        ):
            continue  # words inside a quoted value, before its closing quote
        hit = _lookup(g, text, start, end)
        if hit is not None and hit[0] not in seen and hit[1] in _COLONLESS_FIELDS:
            out.append(_Label(hit[0], m.end(), hit[1], hit[2]))
            seen.add(hit[0])
    # Labels in unknown languages: only near a known label (or before an error number when
    # there is none), and never inside an opening sentence.
    if out:
        near = _Spans([(lab.start - 400, lab.end + 400) for lab in out])
    else:
        near = _Spans([(m.end() - 3000, m.end()) for m in _HEX.finditer(text)])
    known = _Spans([(lab.start, lab.end) for lab in out] + [(a, b) for a, b, _i in openings])
    for lab in unknown:
        if near.hits(lab.start, lab.start + 1) and not known.hits(lab.start, lab.end):
            out.append(lab)
    out.sort(key=lambda lab: lab.start)
    return out


class _Spans:
    """Sorted spans, asked whether any overlaps [start, end): O(log n) a question."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _b in merged]
        self.ends = [b for _a, b in merged]

    def hits(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def _last_kept(text: str, start: int, end: int) -> str:
    """The last character of text[start:end] that is not a separator or "(" ("" if none):
    ``text[start:end].rstrip(_SEP + "(")[-1:]`` without copying the slice (a value may be
    tested against many labels)."""
    i = end
    while i > start and text[i - 1] in _SEP_OPEN:
        i -= 1
    return text[i - 1] if i > start else ""


def _quoted_end(n: Normalized, lab: _Label, labels: list[_Label], j: int) -> int:
    """For a value that opens with a quote, the index of the label after its closing quote
    (labels in between are words inside the value); ``j`` when there is none."""
    text = n.struct
    body = text[lab.end : labels[j].start] if j < len(labels) else text[lab.end :]
    if body.lstrip(" \n")[:1] not in _QSET:
        return j
    closed = body.rstrip(_SEP + "(")
    if closed[-1:] in _QSET and (
        len(body.strip(_TRAIL)) > 0 or sum(c in _QSET for c in closed) > 1
    ):
        return j
    limit = lab.end + _MAX.get(lab.field or "server_response", 3000)
    blank = text.find("\n\n", lab.end, limit)
    if blank >= 0:
        limit = min(limit, blank + 1)  # a chunk that holds the blank line ends the search
    for k in range(j + 1, len(labels)):
        if labels[k].start > limit or labels[k - 1].field in _ENDS:
            break
        if _last_kept(text, lab.end, labels[k].start) in _QSET:
            return k
    else:
        # No later label: the value may close by the end of its paragraph (a paste cut
        # after it).
        para = text.find("\n\n", lab.end)
        para = len(text) if para < 0 else para
        chunk = text[lab.end : para].rstrip(_SEP + "(")
        if j < len(labels) and para <= limit and labels[-1].field not in _ENDS:
            # ... before the stump of a cut-off label or prose: at its last quote mark
            opening = len(chunk) - len(chunk.lstrip(" \n"))
            quotes = [i for i, ch in enumerate(chunk) if ch in _QSET]
            last = max((i for i in quotes if not _inner_apostrophe(chunk, i)), default=-1)
            if last > opening:
                return len(labels)
    return j


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
    after = body[end:].strip(_SEP + "(\t ")
    if after and not (at_end and after.split()[0] in stumps):
        return None
    return end


def _wordlike(text: str) -> bool:
    """Letters, digits and combining marks only (Thai and Indic words carry marks)."""
    return all(unicodedata.category(ch)[0] in "LMN" for ch in text)


def _group(n: Normalized, labels: list[_Label], i: int) -> tuple[list[_Label], int]:
    """The labels of one message, starting at ``labels[i]``."""
    text = n.struct
    group = [labels[i]]
    seen = {_ALIAS.get(labels[i].field or "", labels[i].field or "")} - {""}
    j = i + 1
    while True:
        cur = group[-1]
        if len(group) == 1 and cur.field and j < len(labels) and labels[j].field == cur.field:
            return group, j  # the same label again: one label is never a message
        k = _quoted_end(n, cur, labels, j)
        nxt = labels[k].start if k < len(labels) else len(text)
        cur.stop = _typed_stop(n, cur.field, cur.end, nxt)
        if k >= len(labels):
            return group, k
        between = text[cur.stop : nxt]
        gap = between.strip(_TRAIL)
        field = _ALIAS.get(labels[k].field or "", labels[k].field or "")
        if "\n\n" in between:
            # After a blank line, a line that holds several labels starts another message
            # (one label a line is Windows Live Mail's layout, blank lines or not); so does
            # any label after an unquoted subject, account or server (a mail header's
            # "Subject: ..." before the pasted error: clients quote these values).
            line_end = text.find("\n", labels[k].end)
            several = k + 1 < len(labels) and (line_end < 0 or labels[k + 1].start < line_end)
            header = cur.field in ("subject", "account", "server") and (
                text[cur.end : cur.stop].lstrip(" \n")[:1] not in _QSET
            )
            if several or header:
                return group, k
        if len(gap) > 40 or (field and field in seen) or cur.field == "error_number":
            # The classic form ends with its error number (Windows Live Mail's own label,
            # which stands among the others, is "wlm_error_id").
            return group, k
        if field:
            seen.add(field)
        group.append(labels[k])
        j = k + 1


# --------------------------------------------------------------------------- records


def _clean(value: str) -> str | None:
    value = " ".join(value.split())
    while value[:1] in _QSET and value:
        value = value[1:].lstrip()
    while value[-1:] in _QSET and value:
        value = value[:-1].rstrip()
    return value or None


def _values(n: Normalized, group: list[_Label]) -> dict[str, str]:
    """field -> raw value (from the unfolded text, so values keep their punctuation)."""
    out: dict[str, str] = {}
    unknown: list[tuple[int, str]] = []
    for idx, lab in enumerate(group):
        raw = n.text[lab.end : lab.stop]
        if lab.field is None:
            unknown.append((idx, raw))
        elif lab.field not in out:
            out[lab.field] = raw
    if unknown:
        _assign_unknown(group, unknown, out)
        for idx, _raw in unknown:
            lab = group[idx]
            if lab.field is not None:
                lab.stop = _typed_stop(n, lab.field, lab.end, lab.stop)
                out[lab.field] = n.text[lab.end : lab.stop]
    return out


def _assign_unknown(
    group: list[_Label], unknown: list[tuple[int, str]], out: dict[str, str]
) -> None:
    """Give labels of unknown languages a field by the shape of their value and their place
    in the fixed order (subject, account, server, protocol, response, port, ssl, errors)."""
    proto_at = next((i for i, lab in enumerate(group) if lab.field == "protocol"), None)
    if proto_at is None:
        for i, raw in unknown:
            if (_clean(raw) or "").upper() in _PROTOCOLS:
                proto_at = i
                out.setdefault("protocol", raw)
                group[i].field = "protocol"
                break
    before: list[tuple[int, str]] = []
    last = group[-1]
    for i, raw in unknown:
        if group[i].field is not None:
            continue
        value = (_clean(raw) or "").rstrip(".。")
        quoted = raw.strip()[:1] in _QSET
        if not quoted:
            value = value.split(",", 1)[0].strip()
        if _HEX.fullmatch(value):
            field = (
                "error_number" if group[i] is last and "error_number" not in out else "server_error"
            )
        elif value.isdigit():
            if "port" not in out and (proto_at is None or i > proto_at):
                field = "port"
            elif len(value) == 3 and value[0] in "2345":
                field = "server_error"
            else:
                field = "socket_error"
        elif proto_at is not None and i < proto_at:
            if quoted:  # subject, account and server values are always quoted
                before.append((i, raw))
            continue
        elif quoted and proto_at is not None and i > proto_at and "server_response" not in out:
            field = "server_response"
        elif proto_at is not None and i > proto_at and "ssl" not in out and " " not in value:
            field = "ssl"
        else:
            continue
        if field not in out:
            out[field] = raw
            group[i].field = field
    free = [f for f in ("server", "account", "subject") if f not in out]
    for field, (i, raw) in zip(free, reversed(before)):
        out[field] = raw
        group[i].field = field


def _build(
    g: Grammar,
    n: Normalized,
    group: list[_Label],
    done: list[ClientError],
    openings: list[tuple[int, int, int]],
) -> ClientError | None:
    if len(group) < 2:
        return None  # one label is never a message (a record needs two fields)
    values = _values(n, group)
    # Words with a colon that no field claimed are prose around the message, not part of it.
    while group and group[0].field is None:
        group = group[1:]
    while group and group[-1].field is None:
        group = group[:-1]
    if not group:
        return None
    fields = [lab.field for lab in group if lab.field is not None]
    known = [
        lab for lab in group if lab.field is not None and (lab.field, lab.key) in g.label_langs
    ]
    number = _number(values)
    prev_end = _floor_end(n, done, group[0].start)
    opening = _opening(openings, group[0].start, prev_end)
    if opening is not None and number is None:
        number = g.openings[opening[2]][1]
    distinct = set(fields)
    tail = {
        "protocol",
        "port",
        "server_response",
        "error_number",
        "wlm_error_id",
        "wm_error_id",
        "socket_error",
    }
    if not distinct & tail and opening is None:
        return None
    if number is not None:
        # An error number plus another field, or a full tail read by shape.
        if len(distinct - {"error_number", "wlm_error_id", "wm_error_id"}) < 1:
            return None
        if not known and (len(distinct) < 4 or not distinct & {"protocol", "port"}):
            return None
    elif opening is not None:
        if len(known) < 2:
            return None
    elif len({lab.field for lab in known}) < 4 or not (
        _PROTO.fullmatch((_clean(values.get("protocol") or "") or "").replace(" ", ""))
        or _yes_no(g, values.get("ssl")) is not None
        or _clean(values.get("server_response") or "")
    ):
        # A fragment without number or opening: only with a field no log line has.
        return None
    langs = _vote(g, group, opening)
    language = langs
    recipient = None
    if opening is not None and g.openings[opening[2]][3]:
        recipient = _recipient(n.text[opening[1] : group[0].start])
    head_end = group[0].start
    if "subject" not in values:
        # A subject label without a colon, in a language smtperr does not know.
        m = _SUBJECT_BEFORE.search(n.struct, max(prev_end, head_end - 400), head_end)
        if m is not None:
            values["subject"] = n.text[m.start("v") : m.end("v")]
            head_end = m.start()
    if opening is not None and g.openings[opening[2]][3]:
        recipient = _recipient(n.text[opening[1] : head_end])
    elif opening is None and number == "0x800CCC79":
        recipient = _recipient_before(n.text[max(prev_end, head_end - 400) : head_end])
    fmt = "outlook-express"
    if "wlm_error_id" in fields:
        fmt = "windows-live-mail"
    elif "wm_error_id" in fields:
        fmt = "windows-mail"
    start = opening[0] if opening is not None else group[0].start
    end = max(lab.stop for lab in group)
    return _record(
        g,
        n,
        (start, end),
        fmt=fmt,
        language=language,
        number=number,
        values=values,
        recipient=recipient,
    )


def _floor_end(n: Normalized, done: list[ClientError], first: int) -> int:
    """Where the last message read before ``first`` ends (normalized offsets); the records
    of templates come first in ``done``, then those of label lists in text order."""
    best = 0
    for rec in reversed(done):
        end = bisect.bisect_left(n.offsets, rec.span[1])
        if end <= first:
            best = max(best, end)
            if rec.format not in _TEMPLATE_FORMATS:
                break
    return best


def _number(values: dict[str, str]) -> str | None:
    for key in ("error_number", "wlm_error_id", "wm_error_id"):
        raw = values.get(key)
        if raw:
            m = _HEX.search(raw)
            if m:
                return "0x" + "".join(m.group().split())[2:].upper()
    return None


def _opening(
    openings: list[tuple[int, int, int]], first: int, floor: int
) -> tuple[int, int, int] | None:
    """The opening sentence that ends shortly before the first label: (start, end, index)."""
    best: tuple[int, int, int] | None = None
    for start, end, idx in openings:
        if start >= first:
            break
        if start >= floor and end <= first and first - end <= 700:
            best = (start, end, idx)
    return best


def _vote(g: Grammar, group: list[_Label], opening: tuple[int, int, int] | None) -> str | None:
    """The language that explains the labels (and the opening), or ``None``."""
    if opening is not None:
        return g.openings[opening[2]][0]
    candidates: frozenset[str] | None = None
    for lab in group:
        if lab.field is None:
            continue
        langs = g.label_langs.get((lab.field, lab.key))
        if langs is None:
            return None
        candidates = langs if candidates is None else candidates & langs
    if not candidates:
        return None
    return min(candidates, key=lambda tag: g.order.get(tag, 999))


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


_HOSTLIKE_PART = regex.compile(r"[\w.:@<>\[\]-]{1,255}+")
# A host name holds no blank: a line break between two of its characters is a hard wrap.
_WRAP_IN_WORD = regex.compile(r"(?<=[^\s])\n(?=[^\s])")
_HOSTLIKE = regex.compile(r"[\w.@+-]{1,320}+")
_SERVERLIKE = regex.compile(r"[<\[]?+[\w.:+-]{1,255}+[>\]]?+")


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


_PAIRS = {
    "'": "'\u2018\u2019",
    '"': '"\u201c\u201e',
    "\u2019": "'\u2018\u2019",
    "\u201d": '"\u201c\u201e\u201d',
    "\u00bb": "\u00ab",
    "\u300d": "\u300c",
    "\u300f": "\u300e",
    "\u203a": "\u2039",
}


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


def _yes_no(g: Grammar, raw: str | None) -> bool | None:
    if not raw:
        return None
    hit = g.yes_no.get(compact(raw))
    return hit[0] if hit else None


def _int(raw: str | None) -> int | None:
    if not raw:
        return None
    m = _INT.search(raw)
    return int("".join(m.group().split())) if m else None


def _record(
    g: Grammar,
    n: Normalized,
    span: tuple[int, int],
    *,
    fmt: str,
    language: str | None,
    number: str | None,
    values: dict[str, Any],
    recipient: str | None,
) -> ClientError:
    from ._classify import classify
    from ._errors import lookup_name

    response = _clean(values.get("server_response") or "")
    server_error = _clean(values.get("server_error") or "")
    if server_error is not None and _CODE.fullmatch("".join(server_error.split())):
        server_error = "".join(server_error.split())
    smtp_code: int | None = None
    if (
        server_error
        and server_error.isdigit()
        and len(server_error) == 3
        and server_error[0] in "2345"
    ):
        smtp_code = int(server_error)
    protocol = _clean(values.get("protocol") or "")
    if protocol is not None:
        # A wrap inside the name ("POP\n3") leaves a blank: the joined name, if it is one.
        m = (
            _PROTO.fullmatch(protocol.replace(" ", ""))
            or _PROTO.search(protocol)
            or _PROTO.search(protocol.replace(" ", ""))
        )
        protocol = m.group() if m else protocol
    verdict = classify(response or "", error_number=number)
    if smtp_code is None and response:
        smtp_code = verdict.smtp_code
    if recipient is None and response and number == "0x800CCC79":
        # The rejected address, as the server quoted it ("<x@y>: Relay access denied").
        m = _EMAIL.search(response)
        recipient = m.group().strip("<>.") if m else None
    reason: Reason | None = verdict.reason
    if not response and number is None:
        reason = None
    return ClientError(
        format=fmt,
        language=language,
        error_number=number,
        error_name=lookup_name(number),
        subject=_clean(values.get("subject") or ""),
        account=_clean(values.get("account") or ""),
        server=_unwrap(_clean(_WRAP_IN_WORD.sub("", values.get("server") or "")) or "", host=True)
        or None,
        protocol=protocol,
        server_response=response,
        port=_int(values.get("port")),
        ssl=_yes_no(g, values.get("ssl")),
        smtp_code=smtp_code,
        enhanced_status=verdict.enhanced_status if response else None,
        recipient=recipient,
        reason=reason,
        span=n.to_source(*span),
        server_error=server_error,
        socket_error=_int(values.get("socket_error")),
    )


# --------------------------------------------------------------------------- templates


def _opening_quotes(text: str, pos: int, floor: int) -> list[int]:
    """Where a value that ends at ``pos`` may open: the quote marks before it on its line,
    nearest first (at most three, within a slot's reach); else ``pos`` itself."""
    line = text.rfind("\n", 0, pos) + 1
    lo = max(line, floor, pos - 200)
    found: list[int] = []
    while len(found) < 3:
        m = _LAST_QUOTE.search(text, lo, found[-1] if found else pos)
        if m is None:
            break
        found.append(m.start())
    return found or [pos]


def _read_templates(
    g: Grammar, n: Normalized, lower: str
) -> Iterator[tuple[ClientError, tuple[int, int]]]:
    text = n.struct
    starts = sorted(
        (pos, tuple(indices))
        for key, indices in g.template_keys.items()
        for pos in _positions(lower, key)
    )
    memo: dict[tuple[int, int], tuple[int, int, int | None]] = {}
    end = -1
    for pos, indices in starts:
        if pos < end:
            continue  # inside the message just read
        best: tuple[int, int, int, dict[str, tuple[int, int]]] | None = None
        # The template may open with a quote or bracket before its first word; a template
        # that opens with a slot starts at the quote that opens the slot's value.
        for idx in indices:
            template = g.templates[idx]
            if template.slot_first:
                tries: Iterable[int] = _opening_quotes(text, pos, max(end, 0))
            else:
                tries = range(pos, max(end - 1, pos - 3), -1)
            for at in tries:
                got = match_template(template, text, at, memo)
                if got is not None and (best is None or (got[0], -got[1]) < (best[0], -best[1])):
                    best = (got[0], got[1], idx, got[2])
                if got is not None and template.slot_first:
                    break  # the nearest quote that reads: farther ones take in prose
        if best is None:
            continue
        start, end, idx, spans = best
        lang, fmt = g.templates[idx].language, g.templates[idx].format
        groups = {k: n.text[a:b] for k, (a, b) in spans.items()}
        digits = "".join(groups.get("error_number", "").split())
        number = "0x" + digits[2:].upper() if digits else None
        recipient = _recipient(groups["recipient"]) if "recipient" in groups else None
        rec = _record(
            g,
            n,
            (start, end),
            fmt=fmt,
            language=lang,
            number=number,
            values=groups,
            recipient=recipient,
        )
        yield rec, (start, end)
