"""Stage 3b: the labels of label-list messages (the classic comma-separated tail, Windows Live
Mail's one field per line), found from their colons, and the opening sentences before them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._compile.grammar import Grammar
from .._compile.labels import colon_labels
from .._compile.text import compact, spaceless
from .gate import LOG_STAMP
from .reply_text import line_start
from .shapes import _COLONLESS_FIELDS, _HEX, _PAIRS, _QSET, _inner_apostrophe, _Label, _Spans
from .unknown import error_id_field
from .window import Normalized, _positions

_STOP_IN_LABEL = re.compile(r"[,.;:]")
_COLON = re.compile(r":")
OPENING_LEAD = 8  # blanks and quotes between a colon and the opening sentence it introduces

_STOPS = frozenset(",;:.<>=|[]{}/\\#")  # a label's run of text stops at these
UNKNOWN_LABEL = 34  # the longest label of a language without a table, in characters
NAMED_LABEL = 48  # ... and of one that names the client ("Код ошибки программы Почта Windows Live")
NAMED_LABEL_WORDS = 8

# Where a label of an unknown language may end: a colon after a run of label characters that
# starts after a line start or a separator and ends in a letter or ')' (what the reader then
# checks in Python: ``_run_start`` and the conditions below).  Matched backwards from each
# colon on the reversed window: a forward search would try every separator of a message, each
# with up to NAMED_LABEL steps of backtracking.
_UNKNOWN_RUN_BACK = re.compile(
    r":[ \t\n]{0,4}"
    r"(?:(?=[^\W\d_)]|[^\x00-\x7f])"
    rf"[^{re.escape(''.join(sorted(_STOPS)))}\n]{{0,{NAMED_LABEL - 1}}})?"
    r"[^\W\d_][ \t]*(?![^,;.\n])"
)

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
        if spaceless(text[k]):
            piece = text[k]
        else:
            while (
                k > limit
                and not text[k - 1].isspace()
                and text[k - 1] != "("
                and not (spaceless(text[k - 1]))
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


def _after_separator(text: str, start: int) -> bool:
    """Whether a label written without its colon stands where a field list puts a label:
    at a line start or after punctuation, not after a word ("Please use port 587")."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or not text[i - 1].isalnum()


_EMBED_BACK = 60  # how far before a label the words of a longer label it ends may start


def _embedded(text: str, a: int) -> int:
    """Where the word before the known label at ``a`` ends, when the label ends a longer
    label of words no table knows (else -1): words stand before it back to a separator or the
    line's start ("..., Respuesta del servidor:" is no "Servidor:" when Spanish has no table,
    "Error del servidor:" neither).  Not when a colon comes first: those words are a value
    ("Протокол: SMTP Порт: 465", a paste that lost its line breaks).  In scripts written
    without blanks this cannot be told."""
    i = a
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == a or i == 0 or not text[i - 1].isalpha() or spaceless(text[i - 1]):
        return -1
    lo = max(0, a - _EMBED_BACK)
    stop = max(text.rfind(ch, lo, i) for ch in ",;\n'\"»)")
    colon = max(text.rfind(":", lo, i), text.rfind("\uff1a", lo, i))
    return i if stop >= colon else -1


def _known(g: Grammar, text: str, a: int, b: int) -> tuple[str, str] | None:
    """(field, key) of the label text[a:b] matched by the trie, if it is one: it starts
    with a letter and holds no separator."""
    if not text[a].isalpha() or _STOP_IN_LABEL.search(text, a, b):
        return None
    key = compact(text[a:b])
    field = g.label_fields.get(key)
    return None if field is None else (field, key)


def _colons(text: str, near: _Spans) -> Iterator[tuple[int, int]]:
    """(start of its stretch, position) of each colon inside the stretches of ``near``."""
    for lo, hi in zip(near.starts, near.ends):
        colon = text.find(":", max(0, lo), min(len(text), hi))
        while colon >= 0:
            yield lo, colon
            colon = text.find(":", colon + 1, min(len(text), hi))


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
    rev = lower[::-1]
    size = len(lower)
    found: set[int] = set()  # colons that end a known label
    recheck: list[int] = []  # colons inside a match that held a separator
    colonless: list[re.Match[str]] = []  # the blanks a label without its colon may end at
    label_re = colon_labels(lower)
    # (an opening sentence may run on into the first label: "... refusé votre connexion Compte :")
    sentences = _Spans([(a, b) for a, b, _i in openings])
    for r in label_re.finditer(rev):
        if r.group("colon") is None:
            colonless.append(r)
            continue
        colon = size - r.start() - 1
        if taken and inside.hits(colon, colon + 1):
            continue
        a, b = size - r.end("label"), size - r.start("label")
        known = _known(g, text, a, b)
        if known is None:
            recheck.extend(m.start() for m in _COLON.finditer(text, a, colon))
            continue
        word_end = _embedded(text, a)
        if word_end > 0 and not sentences.hits(word_end - 1, word_end):
            continue  # (the unknown labels' pass reads it, its field by its value's shape)
        out.append(_Label(a, colon + 1, known[0], known[1]))
        seen.add(a)
        found.add(colon)
    for colon in recheck:  # matched alone, each colon's label cannot take in a separator
        again = label_re.match(rev, size - 1 - colon)
        if again is not None and colon not in found:
            a, b = size - again.end("label"), size - again.start("label")
            known = _known(g, text, a, b)
            if known is not None:
                out.append(_Label(a, colon + 1, known[0], known[1]))
                seen.add(a)
                found.add(colon)
    if out:
        near = _Spans([(lab.start - 400, lab.end + 400) for lab in out])
    else:
        near = _Spans(
            [(m.end() - 3000, m.end()) for m in _HEX.finditer(text)]
            + [(a, b + 3000) for a, b, _i in openings]
        )
    unknown: list[_Label] = []
    back = text[::-1]
    for lo, colon in _colons(text, near):
        if colon in found or (taken and inside.hits(colon, colon + 1)):
            continue
        run = _UNKNOWN_RUN_BACK.match(back, size - 1 - colon)
        if run is None or size - run.end() < lo - _RUN:
            continue  # (a run may begin before the stretch its colon is near, not far before)
        end = colon
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        start = _run_start(text, end)
        nl = text.rfind("\n", start, end)
        if nl >= 0:
            start = nl + 1
        label = text[start:end].strip()
        words = label.split()
        # (a label that names the client is longer: "ID de Erro do Windows Live Mail")
        long = error_id_field(compact(label)) is not None
        if (
            label
            and 1 <= len(words) <= (NAMED_LABEL_WORDS if long else 4)
            # not in a log's line ("... I StackScrollAlgorithm: overlapAmount:164.0, ...")
            and LOG_STAMP.match(text, line_start(text, start)) is None
            and len(label) <= (NAMED_LABEL if long else UNKNOWN_LABEL)
            and label[0].isalpha()
            # after a separator or at a line start; not after a colon ("<x@y>: Recipient")
            and (
                start == 0
                or text[start - 1] in ",\n"
                # after a sentence or ';' only before a quoted value ("...'. Ämne: '<x>'"),
                # or when it names the client (its words say what it is)
                or (
                    text[start - 1] in ";."
                    and (long or text[colon + 1 : colon + 3].strip()[:1] in _QSET)
                )
            )
        ):
            s0 = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            unknown.append(_Label(s0, colon + 1, None, compact(label)))
    # A label written without its colon ends where the reversed trie matches from a blank
    # before a quote or a digit: only there is it read (``_lookup``: the longest label).
    for r in reversed(colonless):
        end = size - r.start()  # the value's first character
        if text[end - 1] == "\n" and text[end] not in _QSET:
            continue  # after a wrap only a quoted value
        if inside.hits(end, end + 1) or not near.hits(end, end + 1):
            continue
        start = _run_start(text, end, words=4)
        closes = _closing_quote(text, end)
        if closes == "," or (
            closes == "\n" and ((start > 0 and text[start - 1] in _QSET) or _closes(text, end))
        ):
            continue  # words inside a quoted value, before its closing quote
        hit = _lookup(g, text, start, end)
        if (
            hit is not None
            and hit[0] not in seen
            and hit[1] in _COLONLESS_FIELDS
            and _after_separator(text, hit[0])
        ):
            out.append(_Label(hit[0], end, hit[1], hit[2]))
            seen.add(hit[0])
    # Labels in unknown languages: only near a known label (or before an error number when
    # there is none), and never inside an opening sentence.
    if out:
        near = _Spans([(lab.start - 400, lab.end + 400) for lab in out])
    else:
        near = _Spans([(m.end() - 3000, m.end()) for m in _HEX.finditer(text)])
    claimed = _Spans([(lab.start, lab.end) for lab in out] + [(a, b) for a, b, _i in openings])
    # A word and a colon right before an opening sentence is prose that introduces the
    # message ("Error below:"), not a label of it.
    heads = _Spans([(a - OPENING_LEAD, a) for a, _b, _i in openings])
    for lab in unknown:
        if (
            near.hits(lab.start, lab.start + 1)
            and not claimed.hits(lab.start, lab.end)
            and not heads.hits(lab.end, lab.end + 1)
        ):
            out.append(lab)
    out.sort(key=lambda lab: lab.start)
    return out


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
