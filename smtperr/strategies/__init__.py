"""Hypothesis strategies for email-client error messages, with what a reader must get from them.

>>> from hypothesis import given
>>> from smtperr import parse
>>> from smtperr.strategies import client_errors
>>> @given(client_errors())
... def test_parse(pair):
...     text, expected = pair
...     assert parse(text) == expected

* `records` draws `ClientError` values that a client can show: realistic hosts, IPv4 literals,
  addresses (also internationalised), subjects with quotes and commas, server replies built
  from the phrases of ``smtperr._data.replies`` (real MTA texts) and the languages' translated
  relay phrases, the usual ports, Winsock errors and error numbers from ``ERRORS``.  The fields
  a reader derives (``error_name``, ``smtp_code``, ``enhanced_status``, ``reason``, a recipient
  quoted by the server) are filled in as the parser must derive them.
* `client_errors` renders such a record (`smtperr._render`) and damages the text the way real
  pastes are damaged (`NOISES`), and gives the record a correct reader returns for that text,
  ``span`` included; `messages` gives the text only; `parsed` tells what ``parse(render(r))``
  must return for a record ``r``.

Lists are ordered so that shrinking goes to English, the classic Outlook Express format, the
most common error (0x800CCC79, relaying denied) and no noise.  This package imports Hypothesis;
the core package never imports it.

Inside: `_values` (hosts, addresses, subjects, replies), `_drafts` (the fields a message
shows and the record a reader derives), `_noise` (the damage), `_cases` (both put together).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hypothesis import strategies as st

from .._records import ClientError
from ._cases import Case, _case, _noise_set
from ._drafts import NUMBERS, SOCKET_ERRORS, complete, parsed, records
from ._noise import NOISES, READABLE_NOISES
from ._values import Reply, addresses, hosts, ipv4, server_replies, subjects

__all__ = [
    "NOISES",
    "NUMBERS",
    "READABLE_NOISES",
    "SOCKET_ERRORS",
    "Case",
    "Reply",
    "addresses",
    "cases",
    "client_errors",
    "complete",
    "hosts",
    "ipv4",
    "messages",
    "parsed",
    "records",
    "server_replies",
    "subjects",
]


def cases(
    languages: Sequence[str] | None = None,
    formats: Sequence[str] | None = None,
    noise: bool | Iterable[str] = True,
) -> st.SearchStrategy[Case]:
    """`Case` values: what `client_errors` draws, with how each message was made."""
    return _case(languages, formats, _noise_set(noise), True)


def client_errors(
    languages: Sequence[str] | None = None,
    formats: Sequence[str] | None = None,
    noise: bool | Iterable[str] = True,
) -> st.SearchStrategy[tuple[str, ClientError]]:
    """``(text, expected)``: a client's message, damaged by a random subset of ``noise``
    (``True``: all of `NOISES`; ``False``: none; or names), and the record a correct reader
    returns for ``text`` -- ``parse(text) == expected``, span included."""
    return cases(languages, formats, noise).map(_pair_of)


def _pair_of(case: Case) -> tuple[str, ClientError]:
    assert case.expected is not None  # exact cases keep every message readable
    return case.text, case.expected


def messages(
    languages: Sequence[str] | None = None,
    formats: Sequence[str] | None = None,
    noise: bool | Iterable[str] = True,
) -> st.SearchStrategy[str]:
    """Client messages as text, damaged by ``noise``; unlike `client_errors`, mojibake is
    applied whatever the language (the text may then be unreadable), for fuzzing."""
    return _case(languages, formats, _noise_set(noise), False).map(lambda c: c.text)
