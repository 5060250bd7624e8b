"""Repairs of what OCR and hurried typing break, checked against the lexicons.

Every repair keeps the length of what it replaces, so offsets and pages stay valid, and is only
made when the repaired form is known: a code of a kind or an issuer ("ND" -> "NĐ" because NĐ is
the code of Nghị định), a kind's name ("Chỉ thi" -> "Chỉ thị").
"""

from __future__ import annotations

import functools
import re

import regex

from .lexicon import Lexicon, load
from .normalize import fold

# A code inside a symbol: capitals and digits, with at most one lowercase letter (TTg, CTr, QĐi).
CODE = r"[A-ZĐ][A-ZĐ0-9&]*[a-zđ]?[A-ZĐ0-9&]*"
_SYMBOLISH = regex.compile(rf"(?<![\w/.-])\d{{1,5}}(?:/(?:19|20)\d{{2}})?(?:[/-]{CODE})+(?![\w&])")


def known_code(lex: Lexicon, code: str) -> bool:
    return code in lex.kind_by_code or code in lex.body_by_code


_SEPARATOR = regex.compile(r"([/-])")
_ADMIN_WITH_SLASH = regex.compile(rf"(\d+)/({CODE})/({CODE}(?:-{CODE})*)")  # "19/CT/TTg"
_YEAR = regex.compile(r"(?:19|20)\d{2}")


def repair_symbol(lex: Lexicon, symbol: str) -> str | None:
    """ "91/2017/ND-CP" -> "91/2017/NĐ-CP"; "19/CT/TTg" -> "19/CT-TTg". None when nothing to repair."""
    parts = _SEPARATOR.split(symbol)
    first_code = next((i for i, p in enumerate(parts) if p not in ("/", "-") and not p.isdigit()), None)
    for i, part in enumerate(parts):
        if part in ("/", "-") or part.isdigit() or known_code(lex, part):
            continue
        with_d = part.replace("D", "Đ")
        if with_d != part and known_code(lex, with_d):
            parts[i] = with_d
            continue
        # Only the kind's place takes a near code: issuer codes are too many to guess among.
        near = _one_letter_off(lex, part) if i == first_code else None
        if near is not None:
            parts[i] = near
    fixed = "".join(parts)
    admin = _ADMIN_WITH_SLASH.fullmatch(fixed)
    if admin and admin.group(2) in lex.kind_by_code and known_code(lex, admin.group(3).split("-")[0]) \
            and not _YEAR.fullmatch(admin.group(1)):
        fixed = f"{admin.group(1)}/{admin.group(2)}-{admin.group(3)}"
    return fixed if fixed != symbol else None


def _one_letter_off(lex: Lexicon, code: str) -> str | None:
    """The one kind code that differs from ``code`` by one letter in the same place ("TIr" -> "TTr"),
    if exactly one does: OCR swaps a letter, it rarely adds or drops one inside a code."""
    if len(code) < 2:
        return None
    found = [k for k in lex.kind_by_code if len(k) == len(code) and sum(a != b for a, b in zip(k, code)) == 1
             and k[0] == code[0]]
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def _kind_words() -> tuple[regex.Pattern, dict[str, str]]:
    """Kind names written with wrong or missing marks ("Chỉ thi", "Quyet dinh"): the same letters."""
    lex = load()
    names = {fold(k.name): k.name for k in lex.kinds if " " in k.name}
    pattern = regex.compile(r"(?<![\w])(?:" + "|".join(
        r"[ \t]".join(r"\w{%d}" % len(w) for w in name.split()) for name in sorted({k.name for k in lex.kinds if " " in k.name}, key=len, reverse=True)
    ) + r")(?=[ \t]+(?:số|\d))", regex.IGNORECASE)
    return pattern, names


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Known phrases of two to four syllables (unit words, law names, award forms, kind names), by
    their accentless form: OCR that read "Thì đua" or "Cổ phân" meant "Thi đua", "Cổ phần"."""
    lex = load()
    out: dict[str, str] = {}
    candidates = list(lex.unit_words) + [k.name for k in lex.kinds] + [a.form for a in lex.award_forms]
    for law in lex.law_names:
        candidates += [p.strip() for p in law.split(",")]
    for phrase in candidates:
        words = phrase.split()
        if 2 <= len(words) <= 4:
            key = fold(phrase)
            if out.get(key, phrase).lower() != phrase.lower():
                out[key] = ""  # two known phrases share the letters: do not guess
            else:
                out.setdefault(key, phrase)
    return {k: v for k, v in out.items() if v}


_WORD = regex.compile(r"(?<![\w])[\w]+")


_RUNS = {n: regex.compile(r"[\w]+(?:[ ][\w]+){%d}(?![\w])" % (n - 1)) for n in (2, 3, 4)}


def _repair_phrases(text: str, chars: list, offset: int, repairs: list, Repair) -> None:
    known = _phrases()
    pos = 0
    while True:
        m = _WORD.search(text, pos)
        if m is None:
            return
        done = False
        for n in (4, 3, 2):
            span = _RUNS[n].match(text, m.start())
            if span is None:
                continue
            written = span.group()
            right = known.get(fold(written))
            if right and right.lower() != written.lower() and len(right) == len(written):
                fixed = "".join(r.upper() if w.isupper() else r for r, w in zip(right.lower(), written))
                start = m.start()
                chars[start : start + len(written)] = fixed
                repairs.append(Repair(offset + start, offset + start + len(written), written, fixed, "known phrase"))
                pos = start + len(written)
                done = True
                break
        if not done:
            pos = m.end()


def repair_ocr(text: str, offset: int = 0) -> tuple[str, list]:
    """Repair symbols and kind names in OCR text; the repairs, with offsets shifted by ``offset``."""
    from .readers.base import Repair

    lex = load()
    repairs: list[Repair] = []
    chars = list(text)
    for m in _SYMBOLISH.finditer(text):
        fixed = repair_symbol(lex, m.group())
        if fixed and len(fixed) == len(m.group()):
            chars[m.start() : m.end()] = fixed
            repairs.append(Repair(offset + m.start(), offset + m.end(), m.group(), fixed, "symbol code"))
    _repair_phrases("".join(chars), chars, offset, repairs, Repair)
    text = "".join(chars)
    pattern, names = _kind_words()
    for m in pattern.finditer(text):
        written = m.group()
        right = names.get(fold(written))
        if right and right != written and right.lower() != written.lower() and len(right) == len(written):
            fixed = right if written[0].isupper() else right.lower()
            chars[m.start() : m.end()] = fixed
            repairs.append(Repair(offset + m.start(), offset + m.end(), written, fixed, "kind name"))
    return "".join(chars), repairs


# ---- marks lost by OCR or by a keyboard without Vietnamese input ---------------------------------
# A run written without a single mark whose letters are those of a known name ("UBND tinh Ha Nam",
# "UY BAN NHAN DAN", "ngay 20 thang 9 nam 2010") had its marks lost: Vietnamese has no such phrase
# without marks. Only known phrases of two words or more are restored, and a few words that the
# next word makes certain ("tinh" before a place, "nam" before a year).
# Standard ``re`` scans these two plain patterns about twice as fast as ``regex`` (bench_extract.py).
# A run may go over a spaced dash, as names do ("Ban Thi dua - Khen thuong").
_ASCII_RUN = re.compile(r"\b[A-Za-z]+(?: +(?:- +)?[A-Za-z]+)+\b")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
# Lower case (or, for a level, a heading in capitals): "Việt Nam 20/11" and "Quan Sơn" are names.
_CONTEXT_WORDS = re.compile(
    r"\b(?:tinh|huyen|thanh pho|thi xa|thi tran|xa|phuong|quan|TINH|HUYEN|THANH PHO|THI XA|XA|PHUONG|ngay|thang|nam)\b")
_BODY_BEFORE = regex.compile(r"(?<![\w])(?:UBND|HĐND|MTTQ|UBMTTQ)[ ]+\Z")
# The end of a unit's name, marks restored: "Thi đua - Khen thưởng", "Ủy ban nhân dân", "Sở Nội vụ".
_UNIT_BEFORE = regex.compile(r"(?:Khen thưởng|nhân dân|Nội vụ|Tài chính|Công an|Quân sự|Tỉnh đoàn)[ ]+\Z")
_LEVEL_CLOSES = regex.compile(r"[ ]*(?:[).,;:\n]|$)")
_AFTER_CONTEXT = {"level": regex.compile(r"[ ]+\p{Lu}"), "date": regex.compile(r"[ ]+\d"),
                  "year": regex.compile(r"[ ]+(?:19|20)\d\d(?!\d)")}


def _context_certain(text: str, m: re.Match) -> bool:
    word = m.group()
    if word in ("ngay", "thang"):
        return _AFTER_CONTEXT["date"].match(text, m.end()) is not None
    if word == "nam":
        return _AFTER_CONTEXT["year"].match(text, m.end()) is not None
    if _AFTER_CONTEXT["level"].match(text, m.end()):
        return True
    if word in ("tinh", "huyen") and _LEVEL_CLOSES.match(text, m.end()) \
            and _UNIT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
        return True  # "(Ban Thi đua - Khen thưởng tinh)": the level that closes a unit's name
    return word in ("tinh", "huyen", "xa") and _BODY_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None


_CONTEXT_RIGHT = {"tinh": "tỉnh", "huyen": "huyện", "thanh pho": "thành phố", "thi xa": "thị xã",
                  "thi tran": "thị trấn", "xa": "xã", "phuong": "phường", "quan": "quận",
                  "ngay": "ngày", "thang": "tháng", "nam": "năm"}


@functools.lru_cache(maxsize=1)
def _marked_phrases() -> dict[str, str]:
    """Known names of two words or more, by their letters without marks; a spelling shared by two
    different names is left out."""
    lex = load()
    candidates = list(_phrases().values()) + [p.name for p in lex.provinces] + [h.head for h in lex.unit_heads]
    candidates += list(lex.positions) + [b.name for b in lex.bodies] + [k.name for k in lex.kinds]
    candidates += [full for full in lex.abbreviations.values()]
    out: dict[str, str] = {}
    for phrase in candidates:
        if " " not in phrase or phrase.isascii() or len(phrase.split()) > 8:
            continue
        key = fold(phrase)
        if len(key) != len(phrase):
            continue  # not one letter for one letter
        if out.get(key, phrase).lower() != phrase.lower():
            out[key] = ""
        elif key not in out or (out[key] and out[key].islower()):
            out[key] = phrase  # the capitalised spelling of a name ("Ủy ban") over the common word
    return {k: v for k, v in out.items() if v}


@functools.lru_cache(maxsize=1)
def _longest_phrase() -> int:
    return max((len(k.split()) for k in _marked_phrases()), default=0)


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in _marked_phrases())


def _with_case_of(written: str, right: str) -> str:
    return "".join(r.upper() if w.isupper() else r.lower() for r, w in zip(right, written))


def restore_marks(text: str) -> str:
    """The text with the marks of known phrases put back where a run has none (length kept)."""
    if not text:
        return text
    known = _marked_phrases()
    longest, firsts = _longest_phrase(), _first_words()
    chars: list[str] | None = None
    for run in _ASCII_RUN.finditer(text):
        words = list(_ASCII_WORD.finditer(run.group()))
        i = 0
        while i < len(words):
            done = False
            if words[i].group().lower() not in firsts:
                i += 1  # no known phrase starts with this word: the common case, skipped cheaply
                continue
            for n in range(min(longest, len(words) - i), 1, -1):
                start, end = run.start() + words[i].start(), run.start() + words[i + n - 1].end()
                written = text[start:end]
                right = known.get(fold(" ".join(written.split())))
                # A common phrase ("tiền phong") is no guide to a proper name written with capitals
                # ("xa Tien Phong" is the commune Tiên Phong): lowercase phrases restore lowercase runs.
                if right and right.islower() and not written.islower():
                    right = None
                if right and len(right) == len(written) and " " in written and "  " not in written:
                    chars = chars if chars is not None else list(text)
                    chars[start:end] = _with_case_of(written, right)
                    i += n
                    done = True
                    break
            if not done:
                i += 1
    if chars is not None:
        text = "".join(chars)
    out = None
    for m in _CONTEXT_WORDS.finditer(text):
        if not _context_certain(text, m):
            continue
        key = m.group().lower()
        right = _CONTEXT_RIGHT.get(" ".join(key.split()))
        if right and len(right) == len(m.group()):
            out = out if out is not None else list(text)
            out[m.start():m.end()] = _with_case_of(m.group(), right)
    return "".join(out) if out is not None else text
