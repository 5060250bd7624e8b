"""What a user means by a reference they type: "Chỉ thị 19/CT-TTg", "chi thi 19/ct-ttg",
"CT 19 năm 2021", "Nghị định 91/2017/NĐ-CP", "Luật Thi đua, Khen thưởng".

``CitationQuery.parse`` turns any of these into the fields references are stored with: the
folded canonical key of a symbol, or a kind and a number, or a name; and a year when one is given.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from . import lexicon
from .components.references import canonical_key
from .normalize import fold_aligned, normalize
from .repair import repair_symbol

# A symbol as users type it: a number, an optional year, and letter codes joined by / or -.
_SYMBOL = regex.compile(r"(?<![\w/])(\d{1,5})(?:/((?:19|20)\d\d))?([/-][\p{L}&]+\d*(?:[/-][\p{L}&]+\d*)*)")
_YEAR = regex.compile(r"(?:năm|nam|/|\.|-|\s)\s*((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class CitationQuery:
    raw: str
    key_folded: str | None = None  # "19/ct-ttg"
    kind: str | None = None  # "Chỉ thị"
    number: str | None = None  # "19"
    year: int | None = None
    name_folded: str | None = None  # "luat thi dua, khen thuong"

    @property
    def empty(self) -> bool:
        return not (self.key_folded or self.number or self.name_folded)

    @classmethod
    def parse(cls, q: str) -> "CitationQuery":
        text = normalize(q.strip()).text
        text = regex.sub(r"\s+", " ", text)
        if not text:
            return cls(q)
        m = _SYMBOL.search(text)
        if m:
            symbol = repair_symbol(lexicon.load(), m.group()) or m.group()  # "19/CT/TTg" slips
            key = fold_aligned(canonical_key(symbol))
            year = int(m.group(2)) if m.group(2) else _year_after(text, m.end())
            kind = _kind_in(text[:m.start()])
            return cls(q, key_folded=key, kind=kind, number=str(int(m.group(1))), year=year)
        folded = fold_aligned(text)
        for pattern, kind in _kind_number_patterns():
            km = pattern.search(folded)
            if km:
                return cls(q, kind=kind, number=str(int(km.group("number"))), year=_year_after(folded, km.end()))
        # Names are keyed by their words alone: "Luật Thi đua, Khen thưởng" -> "luat thi dua khen thuong".
        return cls(q, name_folded=" ".join(regex.findall(r"\w+", folded)))


def _year_after(text: str, start: int) -> int | None:
    m = _YEAR.search(text, start)
    return int(m.group(1)) if m else None


def _kind_in(text: str) -> str | None:
    """The kind written just before a symbol: "Chỉ thị (số)", "CT"."""
    folded = fold_aligned(text).rstrip()
    for spelling, kind in _kind_spellings():
        if regex.search(rf"(?<!\w){regex.escape(spelling)}(?:\s+so)?$", folded):
            return kind
    return None


@functools.cache
def _kind_spellings() -> tuple[tuple[str, str], ...]:
    """(folded spelling, kind name), longest first: "chi thi", "ct" (one-letter codes are too ambiguous)."""
    out = set()
    for k in lexicon.load().kinds:
        out.add((fold_aligned(k.name), k.name))
        if len(k.abbr) > 1:
            out.add((fold_aligned(k.abbr), k.name))
    return tuple(sorted(out, key=lambda x: len(x[0]), reverse=True))


@functools.cache
def _kind_number_patterns() -> tuple[tuple[regex.Pattern, str], ...]:
    """A kind followed by a number: "chi thi 19", "ct 19", "chi thi so 19"."""
    return tuple((regex.compile(rf"(?<!\w){regex.escape(spelling)}\s*(?:so\s*)?(?P<number>\d{{1,5}})(?!\d)"), kind)
                 for spelling, kind in _kind_spellings())
