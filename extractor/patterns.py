"""Compiled-once regular expressions for patterns written inline in the components.

``rx(pattern, flags)`` compiles a pattern the first time it is used and returns the same object
after: the ``regex`` module's own cache is a dictionary look-up plus argument checks on every call,
which inline ``regex.match(r"...", text)`` pays in the hot loops.

``Prefiltered`` scans a whole text for a pattern that starts with one of a few words: the standard
``re`` engine finds the places, the pattern decides there.
"""

from __future__ import annotations

import functools
import re

import regex


@functools.lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, flags)


class Prefiltered:
    """``pattern``'s matches, found by a faster scan first.

    The ``regex`` module tries a pattern at every position of the text; the standard ``re`` engine
    skips ahead to the characters a match can start with when its pattern begins with a character
    set. ``prefilter`` (an ``re`` pattern) finds every place where ``pattern`` could start, and maybe
    more; ``pattern`` itself decides at each, so the matches are exactly those of ``pattern.search``
    and ``pattern.finditer`` (for patterns that never match the empty string).
    """

    def __init__(self, pattern: regex.Pattern, prefilter: re.Pattern) -> None:
        self.pattern = pattern
        self.prefilter = prefilter

    def search(self, text: str, pos: int = 0) -> regex.Match | None:
        while (candidate := self.prefilter.search(text, pos)) is not None:
            m = self.pattern.match(text, candidate.start())
            if m is not None:
                return m
            pos = candidate.start() + 1
        return None

    def finditer(self, text: str):
        pos = 0
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = m.end()


def starting_words(words, ignore_case: bool = False) -> re.Pattern:
    """An ``re`` prefilter for phrases that start with one of ``words``: as written, or in any case."""
    words = sorted(set(words), key=len, reverse=True)
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE if ignore_case else 0)
