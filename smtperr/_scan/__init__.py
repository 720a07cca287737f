"""The pipeline: gate -> bounded windows -> readers -> the one record builder.

``scan`` looks for anchors with the gate (``_scan.gate``: a few literal passes, checked in
their neighbourhood), normalizes a bounded window around each cluster of hits, and reads
records there:

* templates (Outlook's task error, Thunderbird, NDRs, ...): sentences with slots
  (``_scan.templates``);
* label lists (the classic comma-separated tail and Windows Live Mail's one field per line):
  labels found from their colons (``_scan.labels``), grouped into messages
  (``_scan.groups``), each value cut by its type (``_scan.values``), labels of unknown
  languages given a field by shape (``_scan.unknown``);
* replies with the wording that frames them, bounces and log lines (``_scan.replies``), and
  reply lines alone (``_scan.bare``);
* last, over what no reader took: Outlook's task error by its shape
  (``_scan.task_shape``) and a reply after a colon of unknown wording (``_scan.bare``);

and every record is made by ``_scan.build``, the only caller of ``classify``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from .._compile.gate import table_gate
from .._compile.grammar import Grammar, grammar
from .._records import ClientError
from . import accel
from .bare import read_after_colon
from .build import Seen, _build
from .gate import AFTER, BEFORE, around, clusters
from .gate import tight as tight_window
from .groups import _group
from .labels import _find_labels, _find_openings
from .replies import read_replies
from .task_shape import read_task_shapes
from .templates import _read_templates
from .values import Closing
from .window import Normalized, _folded, normalize


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
TIGHT = 400  # the first reading takes this much before the first hit and after the last

_OVERLAP = 16384  # pieces overlap by more than the longest message


def _scan(text: str) -> Iterator[ClientError]:
    g = grammar()
    last_end = -1
    find = accel.hits if accel.available() else None  # the same hits, found in C
    for run in clusters(table_gate(), text, find):
        for rec in _read_cluster(g, text, run):
            if rec.span[0] >= last_end:
                last_end = rec.span[1]
                yield rec


def _read_cluster(g: Grammar, text: str, run: list[int]) -> list[ClientError]:
    """The records around a run of hits: read in a tight window first (most of a wide
    window is the log text around a message); read again in the wide one when a record
    reaches the tight window's first or last line, or none is found there."""
    first, last = run[0], run[-1]
    lo, hi = around(text, first, last, BEFORE, AFTER)
    tight = tight_window(text, first, last, TIGHT)
    if (tight[1] - tight[0]) * 5 < (hi - lo) * 4:
        found, reach = _read(g, text, *tight, run)
        head = text.find("\n", tight[0], tight[1])
        tail = text.rfind("\n", tight[0], tight[1])
        # (``reach``: a bounce whose parts run on to the last line may hold its best reply
        # past the tight window, though the reply read so far ends well inside it)
        if (
            found
            and all(
                (head < 0 or r.span[0] > head) and (tail < 0 or r.span[1] <= tail) for r in found
            )
            and (tail < 0 or reach <= tail)
        ):
            return found
    return _read(g, text, lo, hi, run)[0]


def _read(
    g: Grammar, text: str, lo: int, hi: int, run: list[int]
) -> tuple[list[ClientError], int]:
    """The records of text[lo:hi], read in overlapping pieces when it is long, and how far
    the messages the readers found reach (``run``: the gate's hits there, sorted)."""
    out: list[ClientError] = []
    last_end = -1
    reach = -1
    for start, end, final in _pieces(text, lo, hi):
        keep_before = end if final else end - _OVERLAP // 2
        n = normalize(text, start, end)
        # The hits whose records this piece keeps: not those of the overlaps, read whole by
        # the piece before or after (a message cut at a piece's edge holds none of its hits).
        keep_from = start + _OVERLAP // 2 if start > lo else start
        held_hits = run[bisect_left(run, keep_from) : bisect_left(run, keep_before)]
        found, held = _read_window(g, n, held_hits)
        if held > 0:
            reach = max(reach, n.to_source(held - 1, held)[1])
        for rec in found:
            if rec.span[0] >= last_end and rec.span[1] <= keep_before:
                last_end = rec.span[1]
                out.append(rec)
    return out, reach


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


def _read_window(
    g: Grammar, n: Normalized, hits: list[int]
) -> tuple[list[ClientError], int]:
    """The records of a window, and where the bounces the reply reader found there end.

    The readers run in turn; once the records read hold every hit of the gate in the
    window (``hits``, source offsets), the rest is skipped: every message yields a hit, so
    no other message stands there (most windows of a log hold one message and log lines).
    Label lists are read before replies: a classic message's window then needs no reply
    reader (nor its framings compiled, in a first ``parse``); what a label list holds is
    no reply's (the records of every real sample are the same in both orders)."""
    records: list[ClientError] = []
    taken: list[tuple[int, int]] = []
    lower = _folded(n.struct)
    for rec, span in _read_templates(g, n, lower):
        records.append(rec)
        taken.append(span)
    if records and _holds(records, hits):
        return records, 0
    framed = list(zip(records, taken))
    openings = _find_openings(g, n, lower)
    labels = _find_labels(g, n, taken, openings, lower)
    seen = Seen(taken, openings)
    closing = Closing(n.struct, labels)
    pos = 0
    while pos < len(labels):
        group, pos = _group(n, labels, pos, closing)
        built = _build(g, n, group, seen)
        if built is not None:
            records.append(built)
            taken.append((group[0].start, max(max(lab.stop, lab.end) for lab in group)))
    if records and _holds(records, hits):
        records.sort(key=lambda r: r.span)
        return records, 0
    before = len(records)
    covered = read_replies(g, n, lower, records, taken)
    held = min(n.size, max((end for _start, end in covered), default=0))
    framed += list(zip(records[before:], taken[before:]))
    if records and _holds(records, hits):
        records.sort(key=lambda r: r.span)
        return records, held
    for rec, span in read_task_shapes(g, n, taken + covered):
        records.append(rec)
        taken.append(span)
    for rec, _span in read_after_colon(g, n, taken + covered, framed):
        records.append(rec)
    records.sort(key=lambda r: r.span)
    return records, held


def _holds(records: list[ClientError], hits: list[int]) -> bool:
    """Whether every hit stands inside the span of one of ``records``."""
    spans = sorted(r.span for r in records)
    i = 0
    for pos in hits:
        while i < len(spans) and spans[i][1] <= pos:
            i += 1
        if i == len(spans) or spans[i][0] > pos:
            return False
    return True
