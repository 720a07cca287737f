"""Knowledge as data: literal tables only, no logic.  See each subpackage's docstring."""
