"""The language tables: schema, coverage, and no ambiguity between languages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from smtperr._compile.gate import table_gate
from smtperr._compile.grammar import FIELDS, grammar
from smtperr._compile.text import compact
from smtperr._tables import LANGUAGES, load_locale, module_name

DATA = Path(__file__).parent.parent / "smtperr" / "_data" / "locales"
CORPUS = Path(__file__).parent / "corpus"
ALLOWED = {
    "LANGUAGE", "VERIFIED", "BASIS", "LABELS", "YES", "NO", "OPENINGS", "TEMPLATES",
    "SERVER_PHRASES",
}
FORMATS = {"outlook-express", "outlook-task", "windows-live-mail", "windows-mail",
           "exchange-ndr", "outlook-ndr", "thunderbird", "apple-mail", "windows-mail-app",
           "outlook-test", "ndr", "squirrelmail", "airmail"}
REQUIRED = ("subject", "account", "server", "protocol", "port", "ssl", "error_number")


@pytest.mark.parametrize("tag", LANGUAGES)
def test_module_is_plain_data(tag: str) -> None:
    """A language module holds literals only: adding a language is a data change."""
    path = DATA / f"{module_name(tag)}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # docstring
        assert isinstance(node, ast.Assign), f"{path.name}: only assignments allowed"
        names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        assert names and set(names) <= ALLOWED, names
        ast.literal_eval(node.value)


@pytest.mark.parametrize("tag", LANGUAGES)
def test_schema(tag: str) -> None:
    loc = load_locale(tag)
    assert loc.tag == tag
    assert isinstance(loc.verified, bool)
    assert loc.basis, "say what the table rests on"
    assert set(loc.labels) <= set(FIELDS)
    for field in REQUIRED:
        assert loc.labels.get(field), f"{tag}: no label for {field}"
    for spellings in loc.labels.values():
        assert isinstance(spellings, tuple) and all(isinstance(s, str) and s for s in spellings)
    assert loc.no, "the No word is what most messages show"
    assert not {compact(w) for w in loc.yes} & {compact(w) for w in loc.no}
    for number, sentence in loc.openings:
        assert number.startswith("0x") and number == number[:2] + number[2:].upper()
        assert sentence.count("{recipient}") <= 1
    for fmt, _sentence in loc.templates:
        assert fmt in FORMATS


@pytest.mark.parametrize("tag", LANGUAGES)
def test_verified_languages_have_a_real_sample(tag: str) -> None:
    loc = load_locale(tag)
    samples = list((CORPUS / tag).glob("*.txt"))
    if loc.verified:
        assert samples, f"{tag} is marked verified but has no sample in tests/corpus/{tag}"
    else:
        assert len(loc.basis) > 60, f"{tag}: say what the unverified labels rest on"


def test_no_two_languages_claim_the_same_opening() -> None:
    owner: dict[str, str] = {}
    for tag in LANGUAGES:
        for _number, sentence in load_locale(tag).openings:
            key = compact(sentence.partition("{")[0])
            assert owner.setdefault(key, tag) == tag, f"{tag} and {owner[key]} share {sentence!r}"


def test_yes_and_no_never_collide_across_languages() -> None:
    meaning: dict[str, bool] = {}
    for tag in LANGUAGES:
        loc = load_locale(tag)
        for words, value in ((loc.yes, True), (loc.no, False)):
            for w in words:
                assert meaning.setdefault(compact(w), value) is value, (tag, w)


def test_grammar_compiles_every_language() -> None:
    g = grammar()
    assert set(g.locales) == set(LANGUAGES)
    assert g.label_fields["errornumber"] == "error_number"
    assert g.openings and g.templates and table_gate().pivots


def test_template_heads_are_the_whole_templates_heads() -> None:
    """A template's head is compiled alone first and its whole template only once the head
    has matched: the two must agree, for every template of every language."""
    from smtperr._compile.sentences import _template

    g = grammar()
    sentences = [(tag, fmt, s) for tag, loc in g.locales.items() for fmt, s in loc.templates]
    assert len(sentences) == len(g.templates)
    for i, sentence in enumerate(sentences):
        whole = _template(*sentence)  # (compiled here on its own: its head too)
        assert g.template_heads[i].pattern == whole.head.pattern, sentence
        assert g.template_slot_first[i] is whole.slot_first, sentence
        assert g.templates[i].head is g.template_heads[i]


def _numbered_openings() -> list[tuple[str, str, str, str]]:
    """(language, opening, error-number label, number) for every opening without a slot."""
    out = []
    for tag in LANGUAGES:
        try:
            loc = load_locale(tag)
        except ModuleNotFoundError:
            continue
        labels = loc.labels.get("error_number", ())
        for number, opening in loc.openings:
            if labels and "{" not in opening:
                out.append((tag, opening, labels[0], number))
    return out


@pytest.mark.parametrize(("tag", "opening", "label", "number"), _numbered_openings())
def test_an_opening_and_its_error_number_alone_are_a_message(
    tag: str, opening: str, label: str, number: str
) -> None:
    # A ticket's or a FAQ's headline: the client's sentence and the number, no other field
    # (text made from the tables; a real one: tests/corpus is asked by the golden tests).
    import smtperr

    recs = list(smtperr.scan(f"{opening} {label}: {number}"))
    got = [(r.error_number, r.format, r.language) for r in recs]
    assert got == [(number, "outlook-express", tag)]
    # ... while the label alone, or the sentence alone, is none (no number: no record).
    assert list(smtperr.scan(f"{label}: {number}")) == []
