"""The decoding front door: which encoding bytes are in, decided once, before any reading.

``sniff`` looks at the first bytes of a file or stream: a byte-order mark (UTF-32, UTF-8,
UTF-16) names the encoding and is skipped; without one, UTF-16 and UTF-32 are known by their
NUL bytes (what Notepad's "Unicode" and PowerShell 5's ``>`` write is UTF-16 with a BOM, other
tools drop it); anything else is read as UTF-8 with the per-message legacy code pages and
mojibake repair of ``reading``.  An encoding given by the caller wins, and its own BOM is
skipped.  ``decode_input`` reads a whole buffer (``smtperr explain -``) the same way.
"""

from __future__ import annotations

import codecs
import re

from .reading import read

__all__ = ["HEAD", "WIDE", "decode_input", "sniff", "unit"]

_ESCAPE = re.compile("[\udc80-\udcff]")
HEAD = 4096  # bytes looked at to tell UTF-16 and UTF-32 without a BOM

# Longest first: UTF-32 LE's mark begins with UTF-16 LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The codecs whose code units are wider than a byte: no legacy code page is read in them, and
# a byte offset into them must fall on a code unit.
WIDE = {"utf-16-le": 2, "utf-16-be": 2, "utf-32-le": 4, "utf-32-be": 4}

# Codecs that write their own BOM: read as their BOM-less byte order once the BOM is seen.
_ORDERED = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}


def _nul_pattern(head: bytes) -> str | None:
    """UTF-32 or UTF-16 known by where its NUL bytes fall: every ASCII character (spaces,
    digits, the error number) has a NUL high byte, while UTF-8 and the legacy code pages have
    no NUL at all.  One byte order must have them and the other almost none."""
    for width, names in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        units = [head[i : i + width] for i in range(0, len(head) - width + 1, width)]
        if not units:
            continue
        half = width // 2
        zero = b"\0" * half
        le = sum(u[half:] == zero and u[:half] != zero for u in units)
        be = sum(u[:half] == zero and u[half:] != zero for u in units)
        empty = sum(u == b"\0" * width for u in units)
        for hits, other, name in ((le, be, names[0]), (be, le, names[1])):
            if hits * 20 >= len(units) and other * 10 <= hits and empty * 20 < len(units):
                return name
    return None


def sniff(head: bytes, encoding: str | None = None) -> tuple[str, int]:
    """``(codec, skip)``: the codec to read bytes beginning with ``head`` in, and how many
    bytes of BOM to skip.  ``codec`` is a BOM-less name (``utf-16-le``, not ``utf-16``), so
    that a piece of text's byte length is the length of its encoding."""
    if encoding is not None:
        name = codecs.lookup(encoding).name
        plain = _ORDERED.get(name, name)
        for bom, bom_codec in _BOMS:
            if head.startswith(bom) and (bom_codec == plain or bom_codec.startswith(name + "-")):
                return bom_codec, len(bom)
        if name in ("utf-16", "utf-32"):  # no BOM: the byte order its NULs show
            found = _nul_pattern(head[:HEAD])
            return (found if found and found.startswith(name) else plain), 0
        return plain, 0
    for bom, bom_codec in _BOMS:
        if head.startswith(bom) and _plausible(head[len(bom) : HEAD], bom_codec):
            return bom_codec, len(bom)
    return _nul_pattern(head[:HEAD]) or "utf-8", 0


def _plausible(rest: bytes, codec: str) -> bool:
    """Whether bytes after a BOM can be in its codec: UTF-16 text of any length has a NUL
    (every space, digit and line end has one), so "\xff\xfe" before NUL-less bytes is junk
    or cp1252 "ÿþ", not a BOM."""
    return codec not in WIDE or len(rest) < 64 or b"\0" in rest


def unit(codec: str) -> int:
    """Bytes per code unit of ``codec`` (1 but for UTF-16 and UTF-32)."""
    return WIDE.get(codec, 1)


def decode_input(data: bytes, encoding: str | None = None) -> str:
    """Text of a whole buffer, read as ``scan_file`` reads it: BOM or NUL pattern, then the
    legacy code page of each line that is not UTF-8, and mojibake repaired."""
    codec, skip = sniff(data, encoding)
    text = codecs.decode(data[skip:], codec, "replace" if codec in WIDE else "surrogateescape")
    reading = read(text, codec)
    # Bytes no reading decodes are shown as U+FFFD, as in records.
    return _ESCAPE.sub("\ufffd", reading.text) if reading.undecodable else reading.text
