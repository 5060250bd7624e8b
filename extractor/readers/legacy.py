"""The two legacy Vietnamese encodings, TCVN3 (ABC, fonts .VnTime ...) and VNI (VNI-Windows, fonts VNI-Times ...).

Before Unicode, Vietnamese text was typed with 8-bit fonts that draw Vietnamese letters at the
positions of Western ones. Read with any ordinary code page such text is gibberish ("Céng hßa",
"Coäng hoøa"). Here "legacy text" means exactly that gibberish: the legacy bytes decoded as
Windows-1252, which is also what a DOCX run in such a font contains.

    from_tcvn3 / to_tcvn3     TCVN3 legacy text <-> Unicode (one character per letter)
    from_vni / to_vni         VNI legacy text <-> Unicode (a base letter and a mark character)
    decode_tcvn3 / decode_vni raw bytes of a plain-text file -> Unicode
    detect                    "tcvn3", "vni" or None, from character statistics
    font_encoding             which encoding a font name implies

The tables are data: ``extractor/data/encodings/tcvn3.tsv`` and ``vni.tsv`` (their headers say
where the mapping comes from). TCVN3 has no codes for capitals with tone marks: documents use an
all-capital font (.VnTimeH) that draws the lowercase codes as capitals, so ``from_tcvn3`` gives
lowercase letters unless told ``upper=True``, and ``to_tcvn3`` writes such capitals with the
lowercase code (what .VnTimeH expects). Everything returned is NFC.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

__all__ = ["from_tcvn3", "to_tcvn3", "from_vni", "to_vni", "decode_tcvn3", "decode_vni", "detect",
           "font_encoding", "is_uppercase_font", "table"]

_ENCODINGS = ("tcvn3", "vni")


@lru_cache(maxsize=None)
def table(encoding: str) -> tuple[tuple[str, str], ...]:
    """The (Unicode letter, legacy form) pairs of ``encoding`` ("tcvn3" or "vni"), as in its TSV file."""
    if encoding not in _ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {', '.join(_ENCODINGS)}")
    text = resources.files("extractor.data").joinpath(f"encodings/{encoding}.tsv").read_text(encoding="utf-8")
    pairs = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0] or not fields[1]:
            raise ValueError(f"{encoding}.tsv line {number}: expected 'letter<TAB>legacy form', got {line!r}")
        unicode_letter, legacy_form = fields
        pairs.append((unicodedata.normalize("NFC", unicode_letter), legacy_form))
    return tuple(pairs)


# --- TCVN3 -------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _tcvn3_maps() -> tuple[dict[int, str], dict[str, str]]:
    decode: dict[int, str] = {}
    encode: dict[str, str] = {}
    for letter, legacy_form in table("tcvn3"):
        if len(legacy_form) != 1:
            raise ValueError(f"tcvn3.tsv: {letter!r} must map to one character, not {legacy_form!r}")
        decode[ord(legacy_form)] = letter
        encode[letter] = legacy_form
    # Capitals TCVN3 has no code for are written with the lowercase code (in an all-capital font).
    for letter, legacy_form in list(encode.items()):
        capital = letter.upper()
        if capital != letter and capital not in encode:
            encode[capital] = legacy_form
    return decode, encode


def from_tcvn3(text: str, *, upper: bool = False) -> str:
    """Unicode for TCVN3 legacy text. ``upper``: the text is in an all-capital font (.VnTimeH ...),
    so the Vietnamese letters it shows are capitals; ASCII is left as typed."""
    decode, _ = _tcvn3_maps()
    if upper:
        decode = {code: letter.upper() for code, letter in decode.items()}
        return unicodedata.normalize("NFC", text.translate(decode))
    converted = unicodedata.normalize("NFC", text.translate(decode))
    # TCVN3 has no codes for capitals with marks: typed in a normal font, "QUYẾT" comes back
    # "QUYếT". A word whose Latin letters are all capitals is a capitalised word.
    return _CAPITAL_WORD.sub(lambda m: m.group().upper() if _all_caps(m.group()) else m.group(), converted)


_CAPITAL_WORD = re.compile(r"\w+")


def _all_caps(word: str) -> bool:
    ascii_letters = [c for c in word if c.isascii() and c.isalpha()]
    return len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters)


def to_tcvn3(text: str) -> str:
    """TCVN3 legacy text for Unicode ``text``. Capitals with tone marks get the lowercase code (see the
    module note); characters TCVN3 cannot write are left as they are."""
    _, encode = _tcvn3_maps()
    return "".join(encode.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# --- VNI ---------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _vni_maps() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    decode: dict[str, str] = {}
    encode: dict[str, str] = {}
    for letter, legacy_form in table("vni"):
        if legacy_form in decode:
            raise ValueError(f"vni.tsv: {legacy_form!r} is given for both {decode[legacy_form]!r} and {letter!r}")
        decode[legacy_form] = letter
        encode[letter] = legacy_form
    # Longest match first: "ôù" (ớ) before "ô" (ơ), "aâ" (â) before nothing.
    forms = sorted(decode, key=lambda form: (-len(form), form))
    pattern = re.compile("|".join(re.escape(form) for form in forms))
    return decode, encode, pattern


def from_vni(text: str) -> str:
    """Unicode for VNI legacy text (two-character forms are matched before one-character ones)."""
    decode, _, pattern = _vni_maps()
    return unicodedata.normalize("NFC", pattern.sub(lambda match: decode[match.group()], text))


def to_vni(text: str) -> str:
    """VNI legacy text for Unicode ``text``; characters VNI cannot write are left as they are."""
    _, encode, _ = _vni_maps()
    return "".join(encode.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# --- raw bytes ---------------------------------------------------------------------------------


def _as_1252(data: bytes) -> str:
    # Windows-1252, except that its five unassigned bytes (0x81 0x8D 0x8F 0x90 0x9D) become the
    # C1 control characters of the same value instead of an error: legacy files are full of bytes
    # Windows-1252 never meant as text.
    return data.decode("cp1252", errors="_vanban_latin1")


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return bytes(bad).decode("latin-1"), error.end


codecs.register_error("_vanban_latin1", _latin1_fallback)


def decode_tcvn3(data: bytes) -> str:
    """Unicode for the raw bytes of a plain-text file typed in TCVN3."""
    return from_tcvn3(_as_1252(data))


def decode_vni(data: bytes) -> str:
    """Unicode for the raw bytes of a plain-text file typed in VNI."""
    return from_vni(_as_1252(data))


# --- fonts -------------------------------------------------------------------------------------


def font_encoding(font_name: str) -> str | None:
    """"tcvn3" for the ABC fonts (".VnTime", ".VnTimeH", ".VnArial", ...), "vni" for "VNI-Times" and
    the other VNI- fonts, None for anything else (Unicode fonts)."""
    name = (font_name or "").strip()
    if name[:3].lower() == ".vn":
        return "tcvn3"
    if name[:4].lower() in ("vni-", "vni "):
        return "vni"
    return None


def is_uppercase_font(font_name: str) -> bool:
    """Whether a TCVN3 font is an all-capital one (".VnTimeH", ".VnArialH", ...): its lowercase
    codes show as capitals, so pass ``upper=True`` to ``from_tcvn3``."""
    name = (font_name or "").strip()
    return font_encoding(name) == "tcvn3" and name.endswith("H")


# --- detection ---------------------------------------------------------------------------------

# A Vietnamese syllable: onset, vowel group, final consonant, and at most one tone mark. Loose on
# purpose (it accepts some non-words); it only has to tell Vietnamese from mojibake of Vietnamese.
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_VOWELS = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy "
           "ưa ưi ưu ươ yê iêu yêu oai oay oeo uây uôi ươi ươu uya uyê uyu")
_VOWEL = "(?:" + "|".join(sorted(_VOWELS.split(), key=len, reverse=True)) + ")"
_CODA = "(?:ch|ng|nh|c|m|n|p|t)?"
_SYLLABLE = re.compile(f"{_ONSET}{_VOWEL}{_CODA}")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SHAPES = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn (đ is a letter of its own)

# Letters only Unicode can hold (not in Windows-1252): text with them is not legacy gibberish.
_UNICODE_ONLY = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_MIN_EVIDENCE = 3  # legacy-looking words needed before deciding


def _is_vietnamese_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    if any(not ("a" <= ch <= "z" or ch in "ăâđêôơư") for ch in bare):
        return False
    return _SYLLABLE.fullmatch(bare) is not None


def _has_marks(word: str) -> bool:
    return any(ch in _TONES or ch in _SHAPES or ch in "đĐ" for ch in unicodedata.normalize("NFD", word))


@lru_cache(maxsize=None)
def _token_pattern() -> re.Pattern[str]:
    legacy_chars = {ch for encoding in _ENCODINGS for _, form in table(encoding) for ch in form}
    unicode_letters = {ch for encoding in _ENCODINGS for letter, _ in table(encoding) for ch in letter}
    extra = "".join(sorted(legacy_chars | unicode_letters))
    return re.compile("[A-Za-z" + re.escape(extra) + "]+")


@lru_cache(maxsize=65536)
def _verdict(token: str, encoding: str) -> int:
    """What converting one word does: 0 nothing, 1 it becomes Vietnamese, -1 it stops being
    Vietnamese, 2 it changes either way. Cached: the same few thousand syllables recur in every
    document, and every plain-text file is checked."""
    converted = from_tcvn3(token) if encoding == "tcvn3" else from_vni(token)
    if converted == token:
        return 0
    after = len(converted) >= 2 and _has_marks(converted) and _is_vietnamese_syllable(converted)
    before = _is_vietnamese_syllable(token)
    if after and not before:
        return 1
    if before and not after:
        return -1
    return 2


def _evidence(tokens: Counter[str], encoding: str) -> int:
    """How many more words read as Vietnamese after converting from ``encoding`` than before,
    counting only the words it changes; 0 unless most changed words read as Vietnamese only after it."""
    changed = gained = lost = 0
    for token, count in tokens.items():
        verdict = _verdict(token, encoding)
        if verdict == 0:
            continue
        changed += count
        if verdict == 1:
            gained += count
        elif verdict == -1:
            lost += count
    if changed == 0 or gained * 2 < changed:
        return 0
    return gained - lost


def detect(text: str) -> str | None:
    """"tcvn3" or "vni" when ``text`` (decoded as Windows-1252) reads as Vietnamese only after that
    conversion, else None. Needs several such words; Unicode Vietnamese, English and other Latin-1
    text give None."""
    sample = text[:200_000]
    tokens = Counter(_token_pattern().findall(sample))
    if not tokens:
        return None
    scores = {"tcvn3": _evidence(tokens, "tcvn3"), "vni": _evidence(tokens, "vni")}
    best = max(scores, key=scores.get)
    score = scores[best]
    if score < _MIN_EVIDENCE or list(scores.values()).count(score) > 1:
        return None
    # Real Unicode Vietnamese (ơ, ư, đ, ạ, ...) outweighing the evidence: the text is not legacy.
    if len(_UNICODE_ONLY.findall(sample)) >= score:
        return None
    return best
