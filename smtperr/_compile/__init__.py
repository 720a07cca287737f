"""The one compiler: literal tables in ``smtperr._data`` -> patterns, built lazily on first use."""
