"""Hypothesis plugin: ``st.from_type(ClientError)`` draws realistic client errors.

Registered through the ``hypothesis`` entry point, so any project with smtperr installed gets
`smtperr.strategies.records` for ``ClientError`` without importing it; the import of
Hypothesis stays out of the core package.  Hypothesis runs this hook while it is itself being
imported -- possibly by ``smtperr.strategies``, half-initialised at that moment -- so the
strategy is looked up lazily, on first use.
"""

from __future__ import annotations

__all__ = ["_setup"]


def _setup() -> None:
    """Register the strategy for ``ClientError`` (called by Hypothesis at start-up)."""
    from hypothesis import strategies as st

    from ._records import ClientError

    def records() -> st.SearchStrategy[ClientError]:
        from .strategies import records as make

        return make()

    st.register_type_strategy(ClientError, st.deferred(records))
