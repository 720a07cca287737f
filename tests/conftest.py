"""Test configuration: on CI, Hypothesis draws the same examples every run.

Locally, every run explores new examples (and keeps failures in its database); a CI run must
judge the code, not the luck of the draw, so it is derandomized.  A failure found locally is
turned into a reproducer in ``tests/_known_bugs.py`` or fixed.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
