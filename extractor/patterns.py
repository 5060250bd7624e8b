"""Compiled-once regular expressions for patterns written inline in the components.

``rx(pattern, flags)`` compiles a pattern the first time it is used and returns the same object
after: the ``regex`` module's own cache is a dictionary look-up plus argument checks on every call,
which inline ``regex.match(r"...", text)`` pays in the hot loops.
"""

from __future__ import annotations

import functools

import regex


@functools.lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, flags)
