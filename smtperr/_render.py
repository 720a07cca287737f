"""Render a `ClientError` as the text the client shows, from the language tables.

The inverse of the parser, built from the same tables: every label, opening sentence, template
and yes/no word comes from ``smtperr/_data/locales``, so ``parse(render(r))`` reading back ``r``
checks the tables and the parser against each other, and fuzzers get realistic client text in
every language without hand-written samples.

Only the fields a message *shows* are rendered.  ``error_name``, ``smtp_code``,
``enhanced_status``, ``reason`` and ``span`` are what a reader derives from the shown text and
are ignored.  ``recipient`` is shown where the client shows it (an opening sentence or a template
slot); when the tables have no such place it is left out (a reader may still find it in the
server's reply).
"""

from __future__ import annotations

import functools

import regex

from ._records import ClientError
from ._tables import LANGUAGES, Locale, load_locale

__all__ = [
    "LIST_FORMATS",
    "TEMPLATE_FORMATS",
    "Piece",
    "all_formats",
    "choose_opening",
    "choose_template",
    "formats",
    "pieces",
    "render",
]

# Label-list formats first: the classic comma-separated form is the one most pastes hold.
LIST_FORMATS = ("outlook-express", "windows-live-mail", "windows-mail")
# Template formats in the order to prefer them; any other format a table names comes after.
TEMPLATE_FORMATS = ("outlook-task", "thunderbird", "exchange-ndr")

# The field lists, in the order each client prints them.  Outlook Express (and Outlook 2000-2003)
# prints one comma-separated line; Windows Live Mail and Windows Mail print one field per line
# with the server's reply unquoted (tests/corpus/pt-PT/hx-056-wlm-0x800CCC79).
_CLASSIC_ORDER = (
    "subject", "account", "server", "protocol", "server_response", "port", "ssl",
    "server_error", "socket_error", "error_number",
)
_LINES_ORDER = (
    "subject", "account", "server_error", "server_response", "server", "error_number",
    "protocol", "port", "ssl", "socket_error",
)
_ID_LABEL = {"windows-live-mail": "wlm_error_id", "windows-mail": "wm_error_id"}
_QUOTED_CLASSIC = frozenset({"subject", "account", "server", "server_response"})
_QUOTED_LINES = frozenset({"subject", "account", "server"})
# Fields a template can show (its slots); the rest of a record cannot be put in a sentence.
_SLOT_FIELDS = ("subject", "account", "server", "server_response", "recipient", "error_number")
_SHOWN_FIELDS = frozenset(_CLASSIC_ORDER) | {"recipient"}
# Text for a template's skip slots, ``{_}`` (within a line) and ``{...}`` (across lines): the
# date of Outlook's non-delivery report.
SKIP_TEXT = "15/07/2019 16:33"
_SKIPS = frozenset({"_", "..."})
# French typography puts a space before the colon (tests/corpus/fr/kb290842_relay).
_COLON = {"fr": " : "}
_SLOT = regex.compile(r"\{([a-z_]+|\.\.\.)\}")


class Piece:
    """One run of rendered text.

    ``kind`` is ``"text"`` (words of the client: opening, separators, template text),
    ``"label"`` (a field's label, without its colon), ``"quote"`` (a quote mark around a value)
    or ``"value"`` (the value of ``field`` exactly as the record holds it).  Noise transforms
    need to know which is which: a value may be redacted or garbled, a label may not.
    ``label_key`` is the table key of a label (``wlm_error_id`` for Windows Live Mail's error
    ID); the words of an opening sentence have ``field="opening"`` and its error ``number``.
    """

    __slots__ = ("field", "kind", "label_key", "number", "text")

    def __init__(
        self,
        kind: str,
        text: str,
        field: str | None = None,
        *,
        label_key: str | None = None,
        number: str | None = None,
    ) -> None:
        self.kind = kind
        self.text = text
        self.field = field
        self.label_key = label_key
        self.number = number

    def __repr__(self) -> str:
        return f"Piece({self.kind!r}, {self.text!r}, {self.field!r})"


def _locale(language: str) -> Locale:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    return load_locale(language)


def _template_order(names: set[str]) -> list[str]:
    known = [f for f in TEMPLATE_FORMATS if f in names]
    return known + sorted(names - set(TEMPLATE_FORMATS))


@functools.cache
def all_formats() -> tuple[str, ...]:
    """Every format `render` knows: the label lists, then every template format of the tables."""
    names = {fmt for tag in LANGUAGES for fmt, _ in load_locale(tag).templates}
    return LIST_FORMATS + tuple(_template_order(names))


def formats(language: str) -> tuple[str, ...]:
    """The formats the tables of ``language`` can render so that the text names its client:
    the classic form always; Windows Live Mail / Windows Mail only with their "Error ID" label
    (without it their text is indistinguishable from a wrapped classic message); a template
    format when the language has a template for it."""
    loc = _locale(language)
    out = ["outlook-express"]
    out += [fmt for fmt, key in _ID_LABEL.items() if loc.labels.get(key)]
    out += _template_order({fmt for fmt, _ in loc.templates})
    return tuple(out)


def render(record: ClientError, *, language: str = "en", format: str = "outlook-express") -> str:
    """The exact text the client shows for ``record`` in ``language`` and ``format``.

    ``ValueError`` when the language has no table, the format is unknown, the language lacks
    the format (no template of that kind), or a shown field has no label in the language.
    """
    return "".join(p.text for p in pieces(record, language=language, format=format))


def pieces(
    record: ClientError, *, language: str = "en", format: str = "outlook-express"
) -> list[Piece]:
    """`render`'s text as labelled pieces (see `Piece`)."""
    loc = _locale(language)
    if format in LIST_FORMATS:
        return _list_pieces(record, loc, format)
    if format in all_formats():
        return _template_pieces(record, loc, format)
    raise ValueError(f"unknown format {format!r}; known: {', '.join(all_formats())}")


def _value(record: ClientError, loc: Locale, field: str) -> str | None:
    value = getattr(record, field)
    if value is None:
        return None
    if field == "ssl":
        words = loc.yes if value else loc.no
        if not words:
            raise ValueError(f"language {loc.tag!r} has no word for SSL {value}")
        return words[0]
    return str(value)


def _label(loc: Locale, field: str, fmt: str) -> tuple[str, str]:
    """(first spelling, table key) of the label of ``field``."""
    keys: tuple[str, ...] = (field,)
    if field == "error_number" and fmt in _ID_LABEL:
        keys = (_ID_LABEL[fmt], field)
    for key in keys:
        spellings = loc.labels.get(key)
        if spellings:
            return spellings[0], key
    raise ValueError(f"language {loc.tag!r} has no label for {field!r}")


def _fill(
    sentence: str, values: dict[str, str], quote: frozenset[str], opening: str | None = None
) -> list[Piece]:
    """A sentence with its ``{slots}`` filled; slots in ``quote`` get quote marks.  In an
    opening sentence (``opening``: its error number) only the recipient is a field of the
    record: the server and the sender's address there are words of the sentence."""
    out: list[Piece] = []
    words_field = "opening" if opening is not None else None
    pos = 0
    for m in _SLOT.finditer(sentence):
        if m.start() > pos:
            out.append(Piece("text", sentence[pos : m.start()], words_field, number=opening))
        name = m.group(1)
        if name in _SKIPS:
            out.append(Piece("text", SKIP_TEXT, name))
        else:
            field = name if opening is None or name == "recipient" else None
            if name in quote:
                out.append(Piece("quote", "'"))
            out.append(Piece("value", values[name], field))
            if name in quote:
                out.append(Piece("quote", "'"))
        pos = m.end()
    if pos < len(sentence):
        out.append(Piece("text", sentence[pos:], words_field, number=opening))
    return out


def _opening_values(record: ClientError) -> dict[str, str]:
    values: dict[str, str] = {}
    if record.recipient is not None:
        values["recipient"] = record.recipient
    if record.server is not None:
        values["server"] = record.server
    if record.account is not None and "@" in record.account:
        values["address"] = record.account  # the sender: the account's own address
    return values


def choose_opening(record: ClientError, loc: Locale) -> str | None:
    """The opening sentence for the record's error number, if the tables have one whose slots
    the record can fill; one that names the recipient is preferred when there is one."""
    values = _opening_values(record)
    candidates = [
        sentence
        for number, sentence in loc.openings
        if number == record.error_number and all(s in values for s in _SLOT.findall(sentence))
    ]
    if not candidates:
        return None
    # Without a recipient, sentences that name one are not candidates.
    named = [s for s in candidates if "{recipient}" in s]
    return (named or candidates)[0]


def _list_pieces(record: ClientError, loc: Locale, fmt: str) -> list[Piece]:
    classic = fmt == "outlook-express"
    order = _CLASSIC_ORDER if classic else _LINES_ORDER
    quoted = _QUOTED_CLASSIC if classic else _QUOTED_LINES
    colon = _COLON.get(loc.tag, ": ")
    out: list[Piece] = []
    sentence = choose_opening(record, loc)
    if sentence is not None:
        out = _fill(
            sentence, _opening_values(record), frozenset({"recipient", "address"}),
            opening=record.error_number,
        )
        out.append(Piece("text", " " if classic else "\n\n"))
    first = True
    for field in order:
        value = _value(record, loc, field)
        if value is None:
            continue
        if not first:
            out.append(Piece("text", ", " if classic else "\n"))
        first = False
        label, key = _label(loc, field, fmt)
        out.append(Piece("label", label, field, label_key=key))
        # Outlook Express writes the subject without a colon: "Subject 'Test', Account: ...".
        out.append(Piece("text", " " if field == "subject" else colon))
        if field in quoted:
            out += [Piece("quote", "'"), Piece("value", value, field), Piece("quote", "'")]
        else:
            out.append(Piece("value", value, field))
    if first:
        raise ValueError("the record shows no field")
    return out


def choose_template(record: ClientError, loc: Locale, fmt: str) -> str:
    """The first ``fmt`` template of the language whose slots are exactly the fields the record
    shows (a recipient is shown where a template has a place for it)."""
    extra = [f for f in _SHOWN_FIELDS - set(_SLOT_FIELDS) if getattr(record, f) is not None]
    if extra:
        raise ValueError(f"the {fmt} format cannot show {', '.join(sorted(extra))}")
    shown = {f for f in _SLOT_FIELDS if getattr(record, f) is not None}
    sentences = [s for f, s in loc.templates if f == fmt]
    if not sentences:
        raise ValueError(f"language {loc.tag!r} has no {fmt!r} template")
    fits = [
        s for s in sentences
        if (slots := set(_SLOT.findall(s)) - _SKIPS) <= shown & set(_SLOT_FIELDS)
        and slots - {"recipient"} == shown - {"recipient"}
    ]
    if not fits:
        raise ValueError(
            f"no {fmt!r} template of {loc.tag!r} shows exactly {', '.join(sorted(shown))}"
        )
    named = [s for s in fits if "{recipient}" in s]
    return (named or fits)[0]


def _template_pieces(record: ClientError, loc: Locale, fmt: str) -> list[Piece]:
    sentence = choose_template(record, loc, fmt)
    values = {f: str(getattr(record, f)) for f in _SLOT_FIELDS if getattr(record, f) is not None}
    return _fill(sentence, values, frozenset())
