"""Normalisation of Vietnamese official text, keeping a map back to the original offsets.

Every later stage works on ``NormalizedText.text``; records keep offsets into it, and
``to_original`` turns them back into offsets of the text as the user wrote it, so the
evidence shown to users is always their own characters.

What changes, and why:

- Unicode NFC, because the same letter arrives composed or decomposed (NFD from Mac files,
  some web pages) and regexes must see one form.
- Odd spaces (NBSP, thin spaces) become a space; zero-width characters and soft hyphens go;
  CR/CRLF become LF.
- Dash variants (en dash, em dash, minus ...) become "-": ``NĐ–CP`` and ``NĐ-CP`` are one code.
- ``Ð`` (U+00D0, Icelandic eth) becomes ``Đ`` (U+0110): they look the same and old fonts mix them.
- Cyrillic look-alikes inside Latin words and symbols (``СТ`` typed with Cyrillic letters)
  become Latin.
- The tone mark of the open syllables oa/oe/uy goes on the first vowel (``hoá`` -> ``hóa``,
  ``uỷ`` -> ``ủy``), the placement most official texts use, so lexicons need one spelling.
- Spaces inside symbols are removed: ``TT- BVHTTDL`` -> ``TT-BVHTTDL``, ``19 /CT-TTg``.

Tone placement, dashes, ``Ð`` and Cyrillic keep the length; the other steps change it and are
recorded as edits, from which any offset maps back in O(log n).
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass, field

import regex

# --- length-changing edits (pass 1) -------------------------------------------------------
_PASS1 = regex.compile(
    r"(?P<cluster>[^\p{M}\s\u200b-\u200d\u2060\ufeff\u00ad]\p{M}+)"  # a base letter with combining marks: NFC it
    r"|(?P<space>[\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    r"|(?P<zero>[\u200b-\u200d\u2060\ufeff\u00ad])"
    r"|(?P<newline>\r\n?)"
    r"|(?P<mark>\p{M}+)",  # stray combining marks with no base: drop
    regex.V1,
)

# --- length-keeping replacements (pass 2) -------------------------------------------------
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"
_SAME_LENGTH = str.maketrans({**dict.fromkeys(_DASHES, "-"), "\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})
# ``str.translate`` looks up every character of a text in the table; the characters to replace are
# few, so finding them and replacing only those is far cheaper on a whole document.
_SAME_LENGTH_CHARS = regex.compile("[" + "".join(regex.escape(chr(c)) for c in _SAME_LENGTH) + "]")

_CYRILLIC_TO_LATIN = str.maketrans(
    "АВЕКМНОРСТХУаеорсухіІЅѕЈј", "ABEKMHOPCTXYaeopcyxiISsJj"
)
# A word mixing Cyrillic with Latin letters or digits: a look-alike typed by mistake.
_MIXED_SCRIPT_WORD = regex.compile(r"[\w/&-]*\p{Cyrillic}[\w/&-]*")
_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9\u00c0-\u1ef9]")

_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}


def _tone_table() -> dict[str, str]:
    """'oá' -> 'óa', 'uỷ' -> 'ủy' ... for every case and tone, built from Unicode itself."""
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                new_style = f + unicodedata.normalize("NFC", s + tone)
                old_style = unicodedata.normalize("NFC", f + tone) + s
                table[new_style] = old_style
    return table


_TONE_TABLE = _tone_table()
# Only at the end of a syllable, and never after q ("quý" is right as it is).
_NEW_STYLE_TONE = regex.compile(
    r"(?<![qQ])(?:" + "|".join(sorted(_TONE_TABLE, key=len, reverse=True)) + r")(?!\w)"
)

# --- spaces inside symbols (pass 3) -------------------------------------------------------
# A code is two or more capitals (digits, & and a lowercase letter allowed after):
# TTg, CTr, QĐi, TH2, BVHTTDL, TT&TT. A capitalised word ("Khen") is not a code.
_CODE = r"(?:[A-ZĐ](?=[A-ZĐ0-9&]|[a-zđ][A-ZĐ0-9])[A-ZĐa-zđ0-9&]*)"
# Spaces (or one line break, where a PDF wrapped the line) around the separators of a symbol.
_GAP = r"[ \t]*\n?[ \t]*"
_SPACED_SYMBOL = regex.compile(
    rf"(?<![\w/])\d{{1,5}}(?:{_GAP}/{_GAP}\d{{4}})?{_GAP}[/-]{_GAP}{_CODE}(?:{_GAP}[/-]{_GAP}{_CODE})*"
)
_SEPARATOR_SPACES = regex.compile(r"[ \t]*\n?[ \t]*([/-])[ \t]*\n?[ \t]*")

# Cheap look-outs that let most texts skip a pass.
_HAS_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_HAS_NEW_STYLE_TONE = regex.compile(r"[oOuU][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ]")
_NEEDS_PASS1 = regex.compile(r"[\p{M}\u00a0\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad\r]")


@dataclass(frozen=True)
class _Edits:
    """Replacements made by one pass: output [out_start, out_end) came from input [in_start, in_end)."""

    out_starts: tuple[int, ...] = ()
    out_ends: tuple[int, ...] = ()
    in_starts: tuple[int, ...] = ()
    in_ends: tuple[int, ...] = ()

    def back(self, pos: int, end: bool = False) -> int:
        """Input offset of output offset ``pos``; an ``end`` offset maps to the end of its edit."""
        i = bisect.bisect_right(self.out_starts, pos) - 1
        if i < 0:
            return pos
        o_start, o_end, i_start, i_end = self.out_starts[i], self.out_ends[i], self.in_starts[i], self.in_ends[i]
        if pos >= o_end:
            return i_end + (pos - o_end)
        if pos == o_start:
            return i_start
        # Inside a replaced stretch: an end offset covers the whole source stretch.
        return i_end if end else min(i_start + (pos - o_start), i_end)


def _apply(pattern: regex.Pattern, text: str, replace) -> tuple[str, _Edits]:
    parts: list[str] = []
    out_starts, out_ends, in_starts, in_ends = [], [], [], []
    last = out_len = 0
    for m in pattern.finditer(text):
        new = replace(m)
        if new == m.group():
            continue
        parts.append(text[last : m.start()])
        out_len += m.start() - last
        out_starts.append(out_len)
        out_len += len(new)
        out_ends.append(out_len)
        in_starts.append(m.start())
        in_ends.append(m.end())
        parts.append(new)
        last = m.end()
    if not out_starts:
        return text, _Edits()
    parts.append(text[last:])
    return "".join(parts), _Edits(tuple(out_starts), tuple(out_ends), tuple(in_starts), tuple(in_ends))


def _pass1_replacement(m: regex.Match) -> str:
    kind = m.lastgroup
    if kind == "cluster":
        # A Cyrillic look-alike carrying a mark ("С́") is read as the Latin letter it imitates.
        return unicodedata.normalize("NFC", m.group().translate(_CYRILLIC_TO_LATIN))
    if kind == "space":
        return " "
    if kind == "newline":
        return "\n"
    return ""  # zero-width characters and stray marks


def _fix_mixed_script(m: regex.Match) -> str:
    word = m.group()
    return word.translate(_CYRILLIC_TO_LATIN) if _LATIN_OR_DIGIT.search(word) else word


def tone_key(text: str) -> str:
    """The same text with old-style tone placement (length kept): for matching keys."""
    return _NEW_STYLE_TONE.sub(lambda m: _TONE_TABLE[m.group()], text)


@dataclass(frozen=True)
class NormalizedText:
    """The working text of a document and the way back to the characters the user wrote."""

    text: str
    original: str
    _edits: tuple[_Edits, ...] = field(default=(), repr=False)

    def to_original(self, pos: int, end: bool = False) -> int:
        for edits in reversed(self._edits):
            pos = edits.back(pos, end)
        return pos

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, end=True)

    def original_text(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.original[s:e]


def normalize(original: str) -> NormalizedText:
    """Normalise ``original`` for extraction; see the module docstring for what changes."""
    edits: list[_Edits] = []
    text = original
    if _NEEDS_PASS1.search(text):
        text, e1 = _apply(_PASS1, text, _pass1_replacement)
        edits.append(e1)
    # Length-keeping steps need no map.
    text = _SAME_LENGTH_CHARS.sub(lambda m: _SAME_LENGTH[ord(m.group())], text)
    if not text.isascii():
        if _HAS_NEW_STYLE_TONE.search(text):
            text = _NEW_STYLE_TONE.sub(lambda m: _TONE_TABLE[m.group()], text)
        if _HAS_CYRILLIC.search(text):
            text = _MIXED_SCRIPT_WORD.sub(_fix_mixed_script, text)
    text, e3 = _apply(_SPACED_SYMBOL, text, lambda m: _SEPARATOR_SPACES.sub(r"\1", m.group()))
    if e3.out_starts:
        edits.append(e3)
    return NormalizedText(text, original, tuple(edits))


_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Accentless, case-folded form for accent-insensitive matching: "Đường" -> "duong"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _aligned_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        c = chr(code)
        folded = fold(c)
        if len(folded) == 1 and folded != c:
            table[code] = folded
    return table


_ALIGNED_FOLD = _aligned_fold_table()


def fold_aligned(text: str) -> str:
    """``fold`` that keeps every character in place (one in, one out), so offsets found in the
    folded text are offsets in ``text``: the search index is folded, its snippets are not."""
    return text.translate(_ALIGNED_FOLD)


@functools.lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """Key for lexicon look-ups: NFC, old-style tones, Đ for Ð, one dash, one space, case-folded."""
    text = unicodedata.normalize("NFC", text).translate(_SAME_LENGTH)
    text = tone_key(text)
    return " ".join(text.split()).casefold()
