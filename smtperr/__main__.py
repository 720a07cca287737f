"""``python -m smtperr``: the command line."""

from ._cli import main

raise SystemExit(main())
