"""Find agencies and organisations: gazetteer names first, then the grammar of unit names.

A unit name is a type word (a *head*: Sở, Cục, Vụ, Ủy ban nhân dân ...) followed by phrases
that each start with a capital (Nghị định 30/2020/NĐ-CP, Phụ lục II): "Vụ Hợp tác quốc tế",
"Sở Thông tin và Truyền thông". Capitalised words always continue a name; a lowercase word
continues it only when it belongs to the vocabulary of unit names (``unit_words.txt``), which is
what stops "Sở Nội vụ triển khai ..." before the verb. After the name may come an
administrative level and a place ("tỉnh Vĩnh Phúc"): the place goes to ``locality``; the level
stays in the name only for bodies named by level ("Ủy ban nhân dân tỉnh").
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, replace

import regex

from ..patterns import Prefiltered, rx, starting_words
from ..lexicon import Lexicon, UnitHead, alternation
from ..normalize import match_key

LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
LEVEL_ALTERNATION = "|".join(sorted(LEVEL_WORDS, key=len, reverse=True))  # "thị xã" before "xã"
_LEVEL = regex.compile(
    r"[ ]{1,2}(?:(?P<scope>cấp|các)[ ]+)?(?P<level>thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|TP\.?|Tp\.)"
    r"(?![\w]|[ ]+ủy)",
    regex.IGNORECASE,
)
_LEVEL_NAMES = {"tp": "thành phố", "tp.": "thành phố"}
# A level written at a position: "thị xã" must stop a name at "thị", not after it.
_LEVEL_AT = regex.compile(rf"(?:{LEVEL_ALTERNATION})(?!\w)", regex.IGNORECASE)
_PLACE = regex.compile(r"[ ]{1,2}(?P<place>(?:\p{Lu}[\wÀ-ỹ]*(?:[ ]|(?=[^\w])|$))+|\d{1,2}(?!\w))")
# Words of a name are one or two spaces apart: a wider gap is a column of a flattened table.
# A word, with the dashes and unspaced commas of abbreviations ("LĐ-TB&XH", "VH,TT&DL"), or a mark.
_TOKEN = regex.compile(r"[ ]{0,2}(?:(?P<word>\w[\w&]*(?:-(?=[A-ZĐ])[\w&]+|(?<=[A-ZĐ]),(?=[A-ZĐ]{2})[\w&]+)*)|(?P<punct>[-&,]))")
# "phòng, chống" (prevent and fight) is written with a comma, in names too.
_PREVENT_AND_FIGHT = regex.compile(r"(?P<p>[Pp]hòng),[ ]+chống(?!\w)")
# The staff of a body listed after "và" ("... và công chức, viên chức, người lao động"): the
# sentence's enumeration, not a field of the name before it.
_STAFF_LIST = regex.compile(r"[ ]+(?:cán bộ|công chức|viên chức|người lao động|đoàn viên|hội viên|đảng viên)[ ]*,")
_THI_DUA_KHEN_THUONG = regex.compile(r"thi đua[ \t]*[,-][ \t]*khen thưởng", regex.IGNORECASE)
_LOWER_SYLLABLE = regex.compile(r"[ ](?P<s>\p{Ll}+)(?![\wÀ-ỹ])")
# Words after which a proper name names the unit ("chuyên Lê Quý Đôn", "khu vực Cai Lậy").
_NAMESAKE_BEFORE = regex.compile(r"(?:^|[ ])(?:chuyên|khu vực|Trung ương)$")
_CAPITALISED_WORD = regex.compile(r"\p{Lu}[\w'À-ỹ]*")
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\wÀ-ỹ']*(?:[ ]\p{Lu}[\wÀ-ỹ']*){0,3}")
# The capitalised words that end right before a position: a person's full name, when one of them
# is a surname ("Trường THPT Lê Quý Đôn| phát biểu").
_CAPITALS_BEFORE = regex.compile(r"(?:\p{Lu}[\wÀ-ỹ]*[ ]+)+$")
# "Đảng ủy Khối các cơ quan tỉnh", "Công đoàn các Khu công nghiệp": the body of a sector.
_SECTOR = regex.compile(r"các[ ]+(?:cơ quan|[Kk]hu công nghiệp|[Kk]hu kinh tế|doanh nghiệp)(?![\w])")
_LOWER_WORDS = regex.compile(r"\p{Ll}+(?:[ ]\p{Ll}+){1,6}(?=[;.\n]|$)")
_TAIL_END = regex.compile(r"[ ]*(?:;|\.?[ ]*(?:\n|$))")
_LIST_ITEM_START = regex.compile(r"(?:^|\n)[ \t]*(?:[-–•+*]|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)])[ \t]*\Z")
# A lowercase field right before a comma ("Phòng Công tác học sinh,| sinh viên").
_LOWER_BEFORE_COMMA = regex.compile(r"(?<![\w])\p{Ll}[\wÀ-ỹ]*,[ ]*$")
_CLEAN_END = regex.compile(r"[ ]*(?:[,;.:()\n\t]|[ ]-[ ]|[ ]{3}|$)")
# Where a cell begins: a line (after its list mark or number), a tab, a wide gap, or a colon.
_CELL_START = regex.compile(r"(?:(?:^|\n)[ \t]*(?:[-–•+*][ \t]*|\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]+|[a-zđ][.)][ \t]+)?|\t[ \t]*|[ ]{2,}|:[ \t]*|\|[ \t]*)\Z")
# Where it ends: a tab, a wide gap, a semicolon or colon, the end of the line.
_TABLE_CELL_START = regex.compile(r"(?:\t|\|)[ \t]*\Z")
_CELL_END = regex.compile(r"(?:\t|[ ]{2,}|[ ]?[;:|]|[ ]?\.?[ ]*(?:\n|\Z))")
_HEAD_IN_TITLE = regex.compile(r"(?<!\w)(?:[Pp]hó[ ]+)?(?:Trưởng|trưởng)[ ]+(?P<head>phòng|khoa|ban|đội|trạm)[ ]+(?=\p{Lu})")
_FILING_LINE = regex.compile(r"[ \t]*[-+•]?[ \t]*Lưu[ \t]*:")
_ENDS_WITH_LEVEL = regex.compile(rf"[ ](?:{LEVEL_ALTERNATION})$")
# Where a name visibly ends, a comma and a full stop excepted (they end sentences too: "Sở Nội vụ
# tổng hợp, báo cáo"): a semicolon, a bracket, a dash between spaces, a tab, the end of the line.
_COMMA_GAP = regex.compile(r"[ ]*,[ ]*(?:và[ ]+)?")
_NAME_EDGE = regex.compile(r"[ ]*(?:[;:)\t]|[ ]-[ ]|\n|$)")
_TITLE_BEFORE = regex.compile(r"(?:Bí thư|Chủ tịch|Ủy viên)[ ]+\Z")
_CAPITAL_NEXT = regex.compile(r"[ ]{1,2}\p{Lu}")
_NUMBER_GOES_ON = regex.compile(r"[/.,:\-]?\w")  # "2/2024", "4.5", "3-4": not a unit's number
# A residential area below the commune, named by a number or a proper name: it ends the name of the
# grassroots unit it belongs to ("Ban Công tác Mặt trận thôn 3", "Chi hội Phụ nữ tổ dân phố 5").
_HAMLET = regex.compile(
    r"(?:tổ dân phố|khu phố|tổ dân cư|khu dân cư|thôn|buôn|bản|ấp|khóm|xóm|làng|plei|bon)"
    r"[ ]+(?:số[ ]+)?(?:\d{1,3}[A-Z]?(?!\w)|\p{Lu}[\w'À-ỹ]*(?:[ ]\p{Lu}[\w'À-ỹ]*){0,3})")
_NUMBER_IN_NAME = regex.compile(r"số[ ]+\d{1,3}(?!\w)")
_CLUSTER_NUMBER = regex.compile(r"[ \t]+(?:số[ \t]+)?(?P<n>\d{1,3}|[IVX]{1,5})(?!\w)")
# Where the name of an award begins: the type words of awards.yaml's orders, medals, certificates and
# flags, never the rest of a unit's name. (Titles are left out: "Lao động tiên tiến" begins with words
# that unit names hold too, "Sở Lao động - Thương binh và Xã hội".)
_AWARD_START = regex.compile(r"(?:Huân chương|Huy chương|Bằng khen|Giấy khen|Cờ thi đua|Kỷ niệm chương|Chiến sĩ thi đua)(?![\w])")
# Between the bodies of a run that shares one level ("HĐND, UBND tỉnh", "HĐND và UBND huyện").
_RUN_JOINT = regex.compile(r"(?:[ ]*,[ ]*|[ ]+và[ ]+)")
# The words around an abbreviation, to tell a heading in capitals ("TỔNG LĐLĐ VIỆT NAM") from codes
# in prose ("TT HĐND", "UBND TP HCM"): a word has a vowel, a code may not.
_VOWEL = regex.compile(r"[AEIOUY]")
_WORD_BEFORE = regex.compile(r"(?P<w>[\w&]+)[ ]+$")
_WORD_AFTER = regex.compile(r"[ ]+(?P<w>[\w&]+)")
# The mass organisations whose central committee is written "Trung ương ..." ("Trung ương Hội Liên
# hiệp Phụ nữ Việt Nam"); the Party's and the Youth Union's are known bodies (bodies.yaml).
_CENTRAL = regex.compile(r"(?:Trung ương|TW|T\.Ư)[ ]+")
_CENTRAL_COMMITTEE_OF = ("Hội ", "Đoàn Thanh niên", "Công đoàn ", "Liên minh ")
# The types a parent is named by alone ("Hội đồng Thi đua - Khen thưởng Sở"), to be resolved to the one
# the document names in full; of _BARE_PARENTS, "Chính phủ" and "Quốc hội" are whole names already.
_BARE_PARENT_WORDS = frozenset({"Sở", "Bộ", "Cục", "Viện", "Trường", "Tập đoàn"})
_BARE_PARENTS = ("Bộ", "Sở", "Cục", "Tổng cục", "Viện", "Trường", "Công ty", "Tổng công ty", "Tập đoàn", "Chính phủ", "Quốc hội",
                 "Trung ương")


@dataclass(frozen=True)
class UnitMatch:
    start: int
    end: int
    name: str
    locality: str | None
    level: str | None
    canonical: bool
    place_written: bool = False  # the place was written with the mention ("Sở TT&TT Quảng Ninh")


def _in_table_cell(text: str, start: int | None) -> bool:
    """Does a name starting at ``start`` open a table's cell (a '|' or a tab before it)?"""
    return start is not None and _TABLE_CELL_START.search(text, max(0, start - 4), start) is not None


def _with_councils_of_standing_bodies(units: list[UnitMatch]) -> list[UnitMatch]:
    """ "Thường trực Hội đồng Thi đua - Khen thưởng huyện": the standing members act for the council,
    which the mention names too; both are units."""
    out = []
    for u in units:
        out.append(u)
        if u.name.startswith(_STANDING + "Hội đồng Thi đua - Khen thưởng"):
            out.append(replace(u, start=u.start + len(_STANDING), name=u.name[len(_STANDING):]))
    return out


_STANDING = "Thường trực "


def _as_named_elsewhere(text: str, units: list[UnitMatch]) -> list[UnitMatch]:
    """A name the document writes in full where it visibly fills a cell ("| Phòng Quản lý vận tải,
    phương tiện và người lái |") is the same name where prose cuts it short: a mention that is the
    start of a longer name found elsewhere, and is followed by the rest of it, is that name."""
    longer = sorted({text[u.start : u.end]: u for u in units if " " in u.name}.items(), key=lambda kv: -len(kv[0]))
    out = []
    for u in units:
        written = text[u.start : u.end]
        for name, known in longer:
            if len(name) > len(written) and text.startswith(name, u.start) \
                    and not text[u.start + len(name) : u.start + len(name) + 1].isalnum():
                u = replace(known, start=u.start, end=u.start + len(name))
                break
        out.append(u)
    # "Hội đồng Thi đua - Khen thưởng Sở" after "Hội đồng Thi đua - Khen thưởng Sở GD&ĐT": a parent
    # named by its type alone is the one the document named in full, when it named just one.
    names = sorted({k.name: k for k in units}.items())  # by name, so the names a prefix begins are in one run
    for i, u in enumerate(out):
        if any(u.name.endswith(" " + word) for word in _BARE_PARENT_WORDS):
            prefix = u.name + " "
            first = bisect.bisect_left(names, (prefix,))
            full = {}
            for name, k in names[first:]:
                if not name.startswith(prefix):
                    break
                full[name] = k
            if len(full) == 1:
                known = next(iter(full.values()))
                out[i] = replace(u, name=known.name, locality=u.locality or known.locality, canonical=known.canonical)
    # A mention swallowed by the longer one it now is ("..., phương tiện" read apart) is dropped.
    out = [u for u in out if not any(o.start <= u.start and u.end <= o.end and o is not u
                                     and (o.start, o.end) != (u.start, u.end) for o in out)]
    # A long name written again where the grammar alone reads nothing ("cho Ban Quản lý dự án đầu tư
    # xây dựng công trình thủy lợi."): the document itself is the gazetteer.
    added = []
    for name, known in longer:
        if len(name.split()) < 4:
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(o.start < end and at < o.end for o in out + added) \
                    and not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                added.append(replace(known, start=at, end=end))
            at = text.find(name, end)
    return sorted(out + added, key=lambda u: u.start) if added else out


class FirstWordIndex:
    """A case-insensitive alternation of many names, tried at one position by the names that share
    the first word written there.

    ``match(text, pos)`` answers as the whole alternation would: a name can only match where its
    first word is written (in any case), so only that word's names are tried, in the alternation's
    order. Where first words of two lengths are both written at ``pos`` ("Bộ" and "Bội"), the whole
    alternation decides.
    """

    def __init__(self, names: list[str], suffix: str) -> None:
        self._names, self._suffix = names, suffix
        self._groups: dict[str, list[str]] = {}
        for name in names:
            self._groups.setdefault(regex.split(r"[\s\-]", name, maxsplit=1)[0].lower(), []).append(name)
        self._lengths = sorted({len(word) for word in self._groups}, reverse=True)
        # Compiled when first needed: most groups are never tried, and compiling them all would
        # add to the pipeline's load time. (Two threads may compile one twice; the result is the same.)
        self._compiled: dict[str | None, regex.Pattern] = {}

    def _pattern(self, word: str | None) -> regex.Pattern:
        """The alternation of the names starting with ``word``; of every name for None."""
        pattern = self._compiled.get(word)
        if pattern is None:
            names = self._names if word is None else self._groups[word]
            pattern = self._compiled[word] = regex.compile(alternation(names) + self._suffix, regex.IGNORECASE)
        return pattern

    def match(self, text: str, pos: int):
        found = None
        for length in self._lengths:
            word = text[pos : pos + length].lower()
            if word in self._groups:
                if found is not None:
                    return self._pattern(None).match(text, pos)  # the whole alternation decides
                found = word
        return None if found is None else self._pattern(found).match(text, pos)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


class UnitFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        gazetteer = [b.name for b in lex.bodies] + [a for b in lex.bodies for a in b.aliases]
        head_abbr = [a for a, full in lex.abbreviations.items() if lex.head_by_key.get(match_key(full))]
        self._gazetteer = FirstWordIndex(gazetteer, r"(?![\w&])")
        self._heads = regex.compile(
            # One alternation, longest first: "Công ty CP" (an abbreviation) before "Công ty".
            r"(?:" + alternation([h.head for h in lex.unit_heads] + head_abbr) + r")(?![\w&])",
            regex.IGNORECASE,
        )
        # A person's title ending where a unit's name begins ("Phó Giám đốc |Trung tâm ...").
        self._position_end = regex.compile(r"(?:" + alternation(list(lex.positions)) + r")[ ]+$", regex.IGNORECASE)
        # The heads whose name holds another unit ("Văn phòng", "Thường trực"), ending where one begins.
        self._parent_heads_before = regex.compile(
            r"(?<![\w])(?:" + alternation([h.head for h in lex.unit_heads if h.parent]) + r")[ ]+$")
        starts = [b.name for b in lex.bodies] + [a for b in lex.bodies for a in b.aliases]
        starts += [h.head for h in lex.unit_heads if not h.nested_only] + head_abbr
        # Candidates are found by their first word, as written (a unit starts with a capital): a
        # short case-sensitive alternation is far cheaper to scan than every name ignoring case.
        first_words = {w.split()[0] for w in starts if w[:1].isupper()}
        start = regex.compile(r"(?<![\w&])(?:" + "|".join(map(regex.escape, sorted(first_words, key=len, reverse=True)))
                              + r")(?![\w&])")
        self._start = Prefiltered(start, starting_words(first_words))
        self._positions = sorted(set(lex.positions), key=len, reverse=True)
        # Stop words are phrases: "báo cáo" stops a name, the "báo" of "Công báo" does not.
        stops = "|".join(regex.escape(w).replace(r"\ ", "[ ]+") for w in sorted(lex.name_stopwords, key=len, reverse=True))
        self._stop = regex.compile(rf"(?:{stops})(?![\w])")
        self._stop_any_case = regex.compile(rf"(?:{stops})(?![\w])", regex.IGNORECASE)
        self._stop_phrases = regex.compile(rf"(?:{stops})(?:[ ]+(?:{stops}))*")
        # Names that end with a level-bound head keep their level ("... Đảng bộ" + "tỉnh").
        self._level_bound_end = regex.compile(
            "(?:" + "|".join(regex.escape(match_key(h.head)) for h in lex.unit_heads if h.level) + ")$")

    # ---- public ----------------------------------------------------------------------------
    def find_all(self, text: str) -> list[UnitMatch]:
        out = _as_named_elsewhere(text, [u for u in self._find_written(text) if not self._filing_code(text, u)])
        out = _with_councils_of_standing_bodies(out)
        # "Trưởng phòng Tổ chức cán bộ", "Phó Trưởng khoa Nội thận - Lọc máu": a title that holds
        # its unit's head in lower case names that unit.
        titled = []
        for m in _HEAD_IN_TITLE.finditer(text):
            at = m.start("head")
            if text.startswith(m["head"].capitalize() + " ", m.end()):
                continue  # "Trưởng ban Ban Thi đua - Khen thưởng": the unit is written out after the title
            if any(u.start <= at < u.end for u in out):
                continue
            capitalised = f"{text[:at]}{text[at].upper()}{text[at + 1:]}"
            unit = self.match_at(capitalised, at)
            if unit is not None and unit.name.split()[0].lower() == m["head"].lower() and " " in unit.name:
                titled.append(unit)
        if not titled:
            return out
        kept = [u for u in out if not any(t.start <= u.start and u.end <= t.end for t in titled)]
        return sorted(kept + titled, key=lambda u: u.start)

    def _in_capitals(self, text: str, start: int, end: int) -> bool:
        """An abbreviation between words in capitals is part of a heading ("TỔNG LĐLĐ VIỆT NAM")."""
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _WORD_AFTER.match(text, end)
        # A word, not a code: "TT HĐND thị xã", "UBND TP HCM" are abbreviations in prose.
        return any(w is not None and w["w"].isupper() and len(w["w"]) > 1 and w["w"] not in self.lex.abbreviations
                   and _VOWEL.search(unicodedata.normalize("NFD", w["w"])) for w in (before, after))

    def _filing_code(self, text: str, unit: UnitMatch) -> bool:
        """ "Lưu: VT, Ban TC-KT.": the archive line names the issuer's own departments by filing
        codes; a name left with a code nobody can expand is no record of a unit."""
        if not _FILING_LINE.match(text, text.rfind("\n", 0, unit.start) + 1):
            return False
        return any(w.isupper() and len(w) > 1 and w not in self.lex.abbreviations
                   for w in regex.split(r"[ \-&]+", unit.name)[1:])

    def _find_written(self, text: str) -> list[UnitMatch]:
        out: list[UnitMatch] = []
        pos = 0
        while True:
            m = self._start.search(text, pos)
            if m is None:
                return out
            inside_symbol = m.start() > 0 and text[m.start() - 1] in "/-" and text[m.start() - 2 : m.start() - 1].isalnum()
            first_word = m.group()
            # Uppercase lines ("SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI ...") are headings: the header reader reads them.
            shouting = first_word.isupper() and len(first_word) > 1 and (
                first_word not in self.lex.abbreviations or self._in_capitals(text, m.start(), m.end())) \
                and not self._gazetteer.match(text, m.start())
            unit = self.match_at(text, m.start()) if text[m.start()].isupper() and not inside_symbol and not shouting else None
            if unit is not None:
                out.append(unit)
                pos = unit.end
            else:
                pos = m.end()

    def match_at(self, text: str, pos: int, ignore_case: bool = False, nested: bool = False) -> UnitMatch | None:
        """The unit whose name starts exactly at ``pos``, if any."""
        unit = self._match_at(text, pos, ignore_case, nested)
        if unit is not None and unit.name.endswith("ủy") and rx(r"[ ]+viên(?!\w)").match(text, unit.end):
            return None  # "Tỉnh ủy viên" is a person's title, not the committee
        return unit

    def _match_at(self, text: str, pos: int, ignore_case: bool, nested: bool) -> UnitMatch | None:
        if not ignore_case and not text[pos : pos + 1].isupper():
            return None
        gaz = self._gazetteer.match(text, pos)
        if gaz is not None:
            longer = self._head_at(text, pos)
            if longer is not None and longer[2] > gaz.end():
                gaz = None  # "Đảng ủy Khối ...": a longer type word than the known name "Đảng ủy"
        if gaz is not None and (ignore_case or text[pos].isupper()):
            body = self.lex.body(gaz.group())
            if body is not None and gaz.group().endswith("Trung ương") and text.startswith(" ", gaz.end()):
                # "Ban Chấp hành Trung ương Hội Nông dân Việt Nam": the central committee of a body
                # other than the Party.
                inner = self.match_at(text, gaz.end() + 1, ignore_case, nested=True)
                if inner is not None:
                    return replace(inner, start=pos, name=f"{gaz.group()} {inner.name}", canonical=False)
            if body is not None:
                # A known name wins: what follows it is a place, a level, or the rest of the sentence;
                # unless the name is a parent's type word and a unit follows ("Hội đồng Thi đua - Khen
                # thưởng Bộ Y tế": the ministry's council, not the central one).
                head = self._head_at(body.name, 0)
                if head is not None and head[0].parent and head[2] == len(body.name) \
                        and self._parent_child(text, gaz.end(), ignore_case) is not None:
                    return self._generic(text, pos, ignore_case, nested)
                return self._with_place(text, gaz.end(), pos, body.name, True, head=head[0] if head else None)
        central = _CENTRAL.match(text, pos)
        if central is not None:
            # "Trung ương Hội Liên hiệp Phụ nữ Việt Nam": the central committee of a mass organisation.
            inner = self.match_at(text, central.end(), ignore_case, nested=True)
            if inner is not None and inner.name.startswith(_CENTRAL_COMMITTEE_OF):
                return replace(inner, start=pos, name=f"Trung ương {inner.name}", canonical=False)
        return self._generic(text, pos, ignore_case, nested)

    def authority_at(self, text: str, pos: int) -> tuple[str | None, int]:
        """An issuing or conferring authority at ``pos``: a unit ("Bộ Nội vụ"), or a position and
        its unit ("Bộ trưởng Bộ TT&TT" -> "Bộ trưởng Bộ Thông tin và Truyền thông")."""
        unit = self.match_at(text, pos)
        if unit is not None:
            return with_locality(unit), unit.end
        if not text[pos : pos + 1].isupper():
            return None, pos
        # "Trưởng Ban Thi đua - Khen thưởng tỉnh": try each position written here, longest first,
        # since a title may end with the head of the unit that follows ("Trưởng ban" / "Ban ...").
        for position in self._positions:
            if text[pos : pos + len(position)].lower() != position.lower():
                continue
            gap = rx(r"[ \t]+").match(text, pos + len(position))
            if gap is None:
                continue
            unit = self.match_at(text, gap.end())
            if unit is not None:
                title = text[pos : pos + len(position)]
                return f"{title[:1].upper()}{title[1:]} {with_locality(unit)}", unit.end
        return None, pos

    # ---- grammar ---------------------------------------------------------------------------
    def head_at(self, text: str, pos: int) -> tuple[UnitHead, str, int] | None:
        """The unit type word at ``pos`` ("Sở", "Ủy ban nhân dân"): its head, as written, its end."""
        return self._head_at(text, pos)

    def _head_at(self, text: str, pos: int) -> tuple[UnitHead, str, int] | None:
        m = self._heads.match(text, pos)
        if m is None:
            return None
        written = m.group()
        full = self.lex.abbreviations.get(written, written)
        head = self.lex.head_by_key.get(match_key(full))
        if head is None:
            return None
        return head, head.head, m.end()

    def _generic(self, text: str, pos: int, ignore_case: bool, nested: bool) -> UnitMatch | None:
        found = self._head_at(text, pos)
        if found is None:
            return None
        head, head_name, end = found
        if head.child_required and _TITLE_BEFORE.search(text, max(0, pos - 20), pos):
            return None  # "Phó Bí thư Thường trực Tỉnh ủy": part of a title; the unit is what follows
        parts: list[str] = [head_name]

        if head.parent:
            # "Đảng bộ Sở Tài chính": the Party organisation of a unit is a unit, even of a head that
            # alone names an electorate.
            inner = self._parent_child(text, end, ignore_case)
            if inner is not None and not (head.nested_only and inner.start == end + 1 and inner.name in _BARE_PARENTS):
                name = f"{head_name} {inner.name}"
                return UnitMatch(pos, inner.end, name, inner.locality, inner.level, False, inner.place_written)
        if head.nested_only and not nested:
            return None

        if head.head in ("Cụm thi đua", "Khối thi đua"):
            m = _CLUSTER_NUMBER.match(text, end)
            if m is None:
                return None
            return UnitMatch(pos, m.end(), f"{head_name} số {m['n']}", None, None, False)

        if not head.level_required:
            end, words = self._name_words(text, end, ignore_case, head, start=pos)
            parts.extend(words)
        if len(parts) == 1 and not (head.standalone or head.level or head.place_in_name):
            return None
        if head.child_required:
            return None  # "Thường trực" alone is nobody's name
        name = _THI_DUA_KHEN_THUONG.sub("Thi đua - Khen thưởng", " ".join(parts))
        unit = self._with_place(text, end, pos, name, False, head=head, bare=len(parts) == 1)
        if unit is not None and head.place_in_name and unit.locality is None:
            # "Báo Kiên Giang": the place is part of the name and still the unit's locality.
            for province in self.lex.patterns["province"].finditer(name):
                p = self.lex.province(province.group())
                if p is not None and province.end() == len(name):
                    unit = replace(unit, locality=p.name, place_written=True)
        return unit

    def _parent_child(self, text: str, end: int, ignore_case: bool) -> UnitMatch | None:
        """The unit inside a parent head: "Văn phòng Sở", "Ban Chấp hành Đảng bộ tỉnh"."""
        m = rx(r"[ \t]+").match(text[end : end + 3])
        if m is None:
            return None
        start = end + m.end()
        inner = self.match_at(text, start, ignore_case, nested=True)
        if inner is not None:
            return inner
        if text.startswith("Trung ương ", start):
            # "Ban Chấp hành Trung ương Hội Nông dân Việt Nam": the central committee of a body.
            body = self.match_at(text, start + len("Trung ương "), ignore_case, nested=True)
            if body is not None:
                return replace(body, start=start, name=f"Trung ương {body.name}")
        for bare in _BARE_PARENTS:
            if text.startswith(bare, start) and not rx(r"[ \t]+[A-ZĐ]").match(text, start + len(bare)):
                if rx(r"[\w&]").match(text[start + len(bare) : start + len(bare) + 1]):
                    continue
                return UnitMatch(start, start + len(bare), bare, None, None, False)
        return None

    def _name_words(self, text: str, pos: int, ignore_case: bool, head: UnitHead,
                    start: int | None = None) -> tuple[int, list[str]]:
        words: list[str] = []
        end = pos
        while True:
            m = _TOKEN.match(text, end)
            if m is None:
                return end, words
            if m["punct"]:
                if m["punct"] == ",":
                    run = self._field_enumeration(text, m.end())
                    in_table = _in_table_cell(text, start)
                    field = _TOKEN.match(text, m.end())
                    lower_field = field is not None and bool(field["word"]) and not field["word"][:1].isupper()
                    cell = self._cell_rest(text, start, m.end()) if run is None and in_table and lower_field and words else None
                    if cell is not None:
                        words[-1] += ","  # "| Phòng Quản lý vận tải, phương tiện và người lái |"
                        words.append(cell[1])
                        return cell[0], words
                    if run is None:
                        return end, words
                    words[-1] += ","
                    words.extend(run[1])
                    end = run[0]
                    continue
                connector = " - " if m["punct"] == "-" else " và "
                nxt = _TOKEN.match(text, m.end())
                if nxt is None or not nxt["word"] or not self._continues(text, nxt, ignore_case,
                                                                         dash=m["punct"] == "-"):
                    return end, words
                words.append(connector.strip())
                end = m.end()
                continue
            word = m["word"]
            word_start = m.start("word")
            fixed = _PREVENT_AND_FIGHT.match(text, word_start) if words else None
            if fixed is not None:
                # "Ban Chỉ huy Phòng, chống thiên tai ...": the comma of "phòng, chống" parts no names.
                words.append(f"{fixed['p']}, chống")
                end = fixed.end()
                continue
            if word in self.lex.abbreviations:
                words.append(self.lex.abbreviations[word])
                end = m.end()
                continue
            if word == "và":
                if not words or _STAFF_LIST.match(text, m.end()):
                    return end, words  # "Trung tâm Phát triển quỹ đất| và công chức, viên chức thuộc Sở"
                nxt = _TOKEN.match(text, m.end())
                if nxt is None or not nxt["word"] or not self._continues(text, nxt, ignore_case):
                    return end, words
                words.append("và")
                end = m.end()
                continue
            if not words and head.proper_name and not _is_capitalised(word) and word not in self.lex.abbreviations:
                return end, words  # "Quỹ thi đua, khen thưởng": a budget line, not the "Quỹ Bảo trợ trẻ em"
            tdkt = _THI_DUA_KHEN_THUONG.match(text, word_start)
            if tdkt is not None:
                words.append("Thi đua - Khen thưởng")
                end = tdkt.end()
                continue
            if words and _is_capitalised(word) and _NAMESAKE_BEFORE.search(words[-1]):
                # "Trường THPT chuyên Hà Giang", "Bệnh viện Đa khoa khu vực Hoàng Su Phì": the proper
                # name after "chuyên" or "khu vực" is the unit's namesake, not its locality.
                run_end = _CAPITALISED_RUN.match(text, word_start).end()
                for later in _CAPITALISED_WORD.finditer(text, word_start, run_end):
                    if later.start() > word_start and (self._stops_name(text, later.start(), ignore_case, head)):
                        run_end = later.start() - 1  # "khu vực Cai Lậy Tiền Giang": the province is the place
                        break
                words.append(" ".join(text[word_start:run_end].split()))
                end = run_end
                continue
            if _is_capitalised(word) and not (ignore_case and word.isupper() and self._vocab_len(text, word_start)):
                city = rx(r"Thành phố[ ]+").match(text, word_start) if head.place_in_name and words else None
                if city is not None and self.lex.province(self._place_at(text, city.end()) or ""):
                    # "Trường Đại học Công nghiệp Thành phố Hồ Chí Minh": the city, with its level, names it.
                    place = self._place_at(text, city.end())
                    words.append(f"Thành phố {place}")
                    return city.end() + len(place), words
                dash_field = bool(words) and words[-1] == "-" and self._bare_head(text, word_start)
                if words and not dash_field and self._stops_name(text, word_start, ignore_case, head):
                    party = rx(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)[ ]ủy(?!\w)").match(text, word_start)
                    if party is not None:
                        # "Ban Tuyên giáo Tỉnh ủy": an organ of the Party committee, one unit.
                        words.append(party.group())
                        return party.end(), words
                    # "Bệnh viện Đa khoa khu vực Hoàng Su Phì;": a proper name that fills the cell
                    # is the unit's, not a person after it.
                    cell = None if (self._head_at(text, word_start) or self._place_at(text, word_start)
                                    or self.lex.patterns["kind_name"].match(text, word_start)) \
                        else self._cell_rest(text, start, word_start) if start is not None else None
                    if cell is not None:
                        words.append(cell[1])
                        return cell[0], words
                    return end, words
                place = self._place_at(text, word_start)
                if not words and self.lex.province(place or "") and not head.place_in_name:
                    return end, words
                if head.place_in_name and place and self.lex.province(place) \
                        and not _CAPITAL_NEXT.match(text, word_start + len(place)):
                    words.append(place)  # "Báo và Phát thanh, Truyền hình Lạng Sơn mở ...": the place ends it
                    return word_start + len(place), words
                n = self._vocab_len(text, word_start)
                if n:
                    phrase_end, phrase = n
                    words.append(phrase)
                    end = phrase_end
                else:
                    words.append(word)
                    end = m.end()
                    second = self._second_syllable(text, end)
                    if second is not None:
                        words[-1] = f"{word} {second[1]}"
                        end = second[0]
                continue
            if head.numbered and word.isdigit() and len(word) <= 3 and not _NUMBER_GOES_ON.match(text, m.end()):
                words.append(word)  # "Hải đội Biên phòng 2", "Quân khu 4"
                end = m.end()
                continue
            sector = _SECTOR.match(text, word_start) if not words else None
            if sector is not None:
                # "Đảng ủy Khối các cơ quan tỉnh", "Công đoàn các Khu công nghiệp": the body of a sector.
                words.append(" ".join(sector.group().split()))
                end = sector.end()
                continue
            if not words and not text.startswith("ngành ", word_start):
                # A name goes on with a capital or an abbreviation ("Công đoàn ngành Y tế"), unless it
                # fills a cell of its own ("| Ban Quản lý dự án đầu tư xây dựng công trình giao thông |").
                # The first word must be one unit names are made of: "Ban Quản lý dự án ...", not
                # "Đội ngũ", "Trường hợp", "Phòng chống", "Ban hành", "Trạm trưởng".
                # A list item's line is a cell too ("- Ban Quản lý dự án đầu tư xây dựng ...;").
                in_cell = (_in_table_cell(text, start) or _LIST_ITEM_START.search(text, max(0, start - 12), start)) \
                    and self._vocab_len(text, word_start) and not self._stops_at(text, word_start)
                cell = self._cell_rest(text, start, word_start) if in_cell else None
                if cell is not None:
                    words.append(cell[1])
                    return cell[0], words
                return end, words
            hamlet = _HAMLET.match(text, word_start) if words else None
            if hamlet is not None:
                words.append(" ".join(hamlet.group().split()))
                return hamlet.end(), words
            number = _NUMBER_IN_NAME.match(text, word_start)
            if number is not None:
                words.append(" ".join(number.group().split()))
                end = number.end()
                continue
            n = self._vocab_len(text, word_start)
            # A unit named after a person ends with the name ("Trường Tiểu học Nguyễn Du| tuyên
            # dương"), unless its level or place follows.
            after_person = self._person_name_before(text, word_start)
            if n and after_person and not (self._name_goes_on(text, n[0], head) or self._another_unit_follows(text, n[0])):
                n = None
            if n and (not self._verb_like(n[1]) or self._name_goes_on(text, n[0], head)
                      or self._name_ends_with_verb_word(text, n[0]) or self._another_unit_follows(text, n[0])):
                words.append(n[1])
                end = n[0]
                continue
            run = self._unknown_run(text, word_start)
            joined = self._and_last_field(text, run[0]) if run is not None and words \
                and _is_capitalised(words[-1]) and match_key(words[-1]) in self.lex.unit_words else None
            if joined is not None:
                # "Cục An toàn bức xạ và hạt nhân, Viện ...": after a field word of the name, two fields
                # joined by "và", then the name visibly ends.
                words.append(f"{run[1]} và {joined[1]}")
                end = joined[0]
                continue
            if run is not None and (self._name_goes_on(text, run[0], head)
                                    or (_CLEAN_END.match(text, run[0]) and _is_capitalised(words[-1].split()[-1])
                                        and not after_person)
                                    or self._another_unit_follows(text, run[0])):
                # "Cục Sở hữu trí tuệ.": unknown words right after a capitalised one, up to where the
                # name visibly ends (punctuation, a cell's edge), belong to it.
                words.append(run[1])
                end = run[0]
                continue
            tail = self._lower_tail(text, word_start) if run is not None and words and not after_person \
                and start is not None and _is_capitalised(words[-1].split()[-1]) \
                and self._position_end.search(text, max(0, start - 40), start) else None
            if tail is not None:
                # "- Ông A, Phó Giám đốc Trung tâm Sát hạch lái xe cơ giới đường bộ;": the unit a title
                # names at the end of a list item runs, after a capitalised field word, through the
                # lowercase words up to the item's end, none of them a word of a sentence.
                words.append(tail[1])
                end = tail[0]
                continue
            cell = self._cell_rest(text, start, word_start) if start is not None and words and not after_person else None
            if cell is not None:
                words.append(cell[1])
                return cell[0], words
            return end, words

    def _person_name_before(self, text: str, pos: int) -> bool:
        """A person's full name ends right before ``pos`` ("Trường THPT Lê Quý Đôn| phát biểu"): a
        unit named after a person ends with the name, so lowercase words after it are the sentence's
        ("Cục Sở hữu trí tuệ": one capitalised word, no surname, is a field of the name)."""
        run = _CAPITALS_BEFORE.search(text, max(0, pos - 60), pos)
        if run is None:
            return False
        words = run.group().split()
        return any(w in self.lex.surnames for w in words[-4:-1])

    def _cell_rest(self, text: str, start: int, pos: int) -> tuple[int, str] | None:
        """The rest of a name that fills a cell of its own: a list item, a table cell, the part
        after "Sở Y tế:" ("Chi cục Trồng trọt và Bảo vệ thực vật", "Phòng Cảnh sát hình sự;").

        Words a unit name is made of (Nghị định 30, Phụ lục II) need no vocabulary when the name
        visibly begins and ends a cell: everything up to the cell's edge, or up to a level and a
        place, belongs to it, unless a stop word (a verb, a function word) shows a sentence; a
        verb that is also a unit word ("xây dựng") does not."""
        if not _CELL_START.search(text, max(0, start - 40), start):
            return None
        # In a table's cell a comma lists the unit's fields ("Phòng Quản lý vận tải, phương tiện và
        # người lái"); in a list item it may end the name.
        table = _in_table_cell(text, start)
        end = pos
        words: list[str] = []
        while len(words) < 14:
            m = _TOKEN.match(text, end)
            if m is None or m.start() > end + 1 or (m["punct"] and m["punct"] not in ("-", ",") if table
                                                     else m["punct"] and m["punct"] != "-"):
                break
            if m["punct"]:
                if m["punct"] == ",":
                    field = _TOKEN.match(text, m.end())
                    if not words or field is None or not field["word"] or field["word"][:1].isupper():
                        break  # "Phòng Kế hoạch - Tài chính, Sở Nông nghiệp": the unit it belongs to
                    words[-1] += ","
                else:
                    words.append("-")
                end = m.end()
                continue
            word = m["word"]
            if word != "và" and self._stops_at(text, m.start("word")) and not self._vocab_len(text, m.start("word")) \
                    or _LEVEL_AT.match(text, m.start("word")):
                break  # a verb shows a sentence; one that is also a unit word ("xây dựng") may name a field
            words.append(word)
            end = m.end()
        if not words or words[-1] in ("và", "-"):
            return None
        level = _LEVEL.match(text, end)
        after = end
        if level is not None:
            place = _PLACE.match(text, level.end())
            after = place.start("place") + len(place["place"].rstrip()) if place is not None else level.end()
        if not _CELL_END.match(text, after):
            return None
        return end, " ".join(words)

    def _bare_head(self, text: str, pos: int) -> bool:
        """A type word alone at the end of a name, after a dash: a field of the name ("Trung tâm
        Thông tin - Thư viện"), not another unit ("Văn phòng Sở - Thường trực Hội đồng")."""
        head = self._head_at(text, pos)
        if head is None:
            return False
        # It ends the name where punctuation or a word of the sentence ("theo", "tổ chức") follows.
        gap = rx(r"[ ]+").match(text, head[2])
        ends = _CLEAN_END.match(text, head[2]) is not None or (gap is not None and self._stops_at(text, gap.end()))
        return ends and self.match_at(text, pos) is None

    def _stops_at(self, text: str, pos: int) -> bool:
        """Does a stop word or phrase begin at ``pos``?"""
        return self._stop.match(text, pos) is not None

    def _second_syllable(self, text: str, pos: int) -> tuple[int, str] | None:
        """A capitalised syllable begins a word that often has a second, lowercase syllable
        ("Hậu cần", "Tuyên huấn", "Ung bướu"): take it when it is no stop word and the name ends or
        goes on cleanly after it."""
        m = _LOWER_SYLLABLE.match(text, pos)
        if m is None:
            return None
        syllable = m["s"]
        if self._stops_at(text, m.start("s")) or _LEVEL_AT.match(text, m.start("s")) or syllable == "và":
            return None
        after = m.end()
        if _CLEAN_END.match(text, after) or self._name_goes_on(text, after, None):
            return after, syllable
        return None

    def _verb_like(self, phrase: str) -> bool:
        """ "tổ chức", "xây dựng": unit-name words that are also the verbs of the sentence."""
        return self._stop_phrases.fullmatch(match_key(phrase)) is not None

    def _sentence_word_at(self, text: str, pos: int) -> bool:
        """A stop word (a verb, a function word) or a level begins at ``pos``: no word of a name."""
        return self._stops_at(text, pos) or _LEVEL_AT.match(text, pos) is not None

    def _lower_tail(self, text: str, pos: int) -> tuple[int, str] | None:
        """Up to seven lowercase words from ``pos``, none a stop word or a level, then a clean end."""
        m = _LOWER_WORDS.match(text, pos)
        if m is None:
            return None
        offset = pos
        for w in m.group().split(" "):
            if self._sentence_word_at(text, offset):
                return None
            offset += len(w) + 1
        return (m.end(), m.group()) if _TAIL_END.match(text, m.end()) else None

    def _and_last_field(self, text: str, pos: int) -> tuple[int, str] | None:
        """ "và hạt nhân" at ``pos`` and then a clean end: the last field of a name."""
        m = rx(r"[ ]+và[ ]+").match(text, pos)
        if m is None:
            return None
        run = self._vocab_len(text, m.end()) or self._unknown_run(text, m.end())
        if run is None or not _CLEAN_END.match(text, run[0]) or self._stops_at(text, m.end()):
            return None
        return run

    def _unknown_run(self, text: str, pos: int) -> tuple[int, str] | None:
        """Up to three lowercase words that are neither unit vocabulary nor stop words."""
        m = rx(r"\p{Ll}+(?:[ ]\p{Ll}+){0,2}").match(text[pos : pos + 40])
        if m is None:
            return None
        kept = []
        offset = pos
        for w in m.group().split(" "):
            if self._sentence_word_at(text, offset):
                break
            if kept and self._vocab_len(text, offset):
                break  # "công trình thủy lợi": the run ends where known vocabulary takes over
            kept.append(w)
            offset += len(w) + 1
        if not kept:
            return None
        phrase = " ".join(kept)
        return pos + len(phrase), phrase

    def _name_goes_on(self, text: str, pos: int, head: UnitHead | None) -> bool:
        """After an uncertain word, does the name visibly continue: a level, a place, a proper name,
        more unit vocabulary, "số 1"?"""
        if _LEVEL.match(text, pos):
            return True
        m = _TOKEN.match(text, pos)
        if m is None or not m["word"] or m.start("word") - pos > 2:
            return False
        word, start = m["word"], m.start("word")
        if _NUMBER_IN_NAME.match(text, start):
            return True
        if word == "và":
            # "Cục Nhà giáo và Cán bộ quản lý giáo dục": "và" and a capitalised field go on with it.
            nxt = _TOKEN.match(text, m.end())
            return nxt is not None and bool(nxt["word"]) and _is_capitalised(nxt["word"]) \
                and self._continues(text, nxt, False)
        if word in self.lex.abbreviations:
            return True
        if _is_capitalised(word):
            if self._place_at(text, start):
                return True
            if self.lex.patterns["kind_name"].match(text, start) or self._stop_any_case.match(text, start):
                return False
            return not self._stops_name(text, start, False, head)
        n = self._vocab_len(text, start)
        return bool(n) and (not self._verb_like(n[1]) or self._name_ends_with_verb_word(text, n[0]))

    def _name_ends_with_verb_word(self, text: str, pos: int) -> bool:
        """ "Phòng Quản lý chất lượng công trình xây dựng;": a word that is also a verb ends the name
        when the name visibly ends after it. (Not when another verb follows: Vietnamese runs verbs
        together, "Phòng Nội vụ tham mưu triển khai ...".)"""
        return _NAME_EDGE.match(text, pos) is not None

    def _another_unit_follows(self, text: str, pos: int) -> bool:
        """ "Phòng Kế hoạch tổng hợp, Phòng Tổ chức cán bộ": a comma, then another unit's head. In an
        enumeration of units, what stands before the comma is all the name's."""
        comma = _COMMA_GAP.match(text, pos)
        return comma is not None and text[comma.end() : comma.end() + 1].isupper() \
            and self._head_at(text, comma.end()) is not None

    def _field_enumeration(self, text: str, pos: int) -> tuple[int, list[str]] | None:
        """ "Cục Phát thanh, truyền hình và thông tin điện tử": after a comma, a run of unit-name
        words that ends with "và" and one more field continues the name (fields of activity are
        listed this way); anything else after a comma ends it."""
        words: list[str] = []
        end = pos
        seen_and = False
        while True:
            m = _TOKEN.match(text, end)
            if m is None or not m["word"]:
                break
            if m["word"] == "và":
                if seen_and or not words:
                    return None
                seen_and = True
                words.append("và")
                end = m.end()
                continue
            if self._head_at(text, m.start("word")) is not None and self.match_at(text, m.start("word")) is not None:
                return None
            n = self._vocab_len(text, m.start("word"))
            if not n:
                break
            end, phrase = n
            words.append(phrase)
        if not seen_and and len(words) == 1 and _LOWER_BEFORE_COMMA.search(text, max(0, pos - 20), pos) \
                and not words[0][:1].isupper() and self.lex.head_by_key.get(match_key(words[0])) is None \
                and _CLEAN_END.match(text, end) and not rx(r"[ ]*\(").match(text, end):
            # "Phòng Công tác học sinh, sinh viên,": two lowercase fields apart by a comma.
            return end, words
        if not seen_and or words[-1] == "và":
            return None
        return end, words

    def _continues(self, text: str, tok: regex.Match, ignore_case: bool, dash: bool = False) -> bool:
        word = tok["word"]
        if word in self.lex.abbreviations:
            return True
        if self._head_at(text, tok.start("word")) is not None and _is_capitalised(word):
            # "Tập đoàn Dầu khí Việt Nam và Đảng bộ ...": "và" joins two bodies, not a name; after a
            # dash, a type word that names no unit of its own is a field ("Trung tâm Thông tin - Thư viện").
            return dash and self._bare_head(text, tok.start("word"))
        if not _is_capitalised(word) and not ignore_case:
            return bool(self._vocab_len(text, tok.start("word")))
        return not self._stops_name(text, tok.start("word"), ignore_case)

    def _stops_name(self, text: str, pos: int, ignore_case: bool, head: UnitHead | None = None) -> bool:
        """A capitalised word that begins something else: another unit, a place, a person, an award."""
        if _AWARD_START.match(text, pos):
            return True  # "Trường Đại học Hồng Đức và Huân chương Lao động hạng Ba cho ..."
        if self._place_at(text, pos) and self.lex.province(self._place_at(text, pos) or ""):
            return True
        other = self._head_at(text, pos)
        if other is not None and not other[0].nested_only:
            # A head of two words or more ("Thường trực", "Trung tâm") begins another unit; a one-word
            # head only if a unit parses there ("Trung tâm Báo chí": "Báo" names no paper).
            if " " in other[0].head or other[0].child_required or self.match_at(text, pos, ignore_case) is not None:
                return True
        word = rx(r"[\w]+").match(text, pos)
        if word and word.group() in self.lex.surnames and not (head is not None and head.person_names):
            run = rx(r"(?:\p{Lu}[\wÀ-ỹ]*[ \t]+){1,3}\p{Lu}[\wÀ-ỹ]*").match(text, pos)
            if run and len(run.group().split()) >= 2:
                return True
        return False

    def _vocab_len(self, text: str, pos: int) -> tuple[int, str] | None:
        """The longest unit-name word (1-4 syllables) starting at ``pos``: (end, as written)."""
        syllables = rx(r"[\wÀ-ỹ]+(?:[ \t]+[\wÀ-ỹ]+){0,3}").match(text[pos : pos + 60])
        if syllables is None:
            return None
        parts = syllables.group().split()
        for k in range(len(parts), 0, -1):
            phrase = " ".join(parts[:k])
            if match_key(phrase) in self.lex.unit_words:
                # Find the end in the original spacing.
                m = rx(r"[\wÀ-ỹ]+(?:[ \t]+[\wÀ-ỹ]+){%d}" % (k - 1)).match(text, pos)
                return m.end(), phrase
        return None

    def _place_at(self, text: str, pos: int) -> str | None:
        m = self.lex.patterns["province"].match(text, pos)
        if m is not None and not rx(r"[\w]").match(text[m.end() : m.end() + 1]):
            return m.group()
        return None

    def _with_place(self, text: str, end: int, start: int, name: str, canonical: bool,
                    head: UnitHead | None, bare: bool = False) -> UnitMatch | None:
        """Read what follows a name: a level word and a place ("tỉnh Vĩnh Phúc"), or a province."""
        keeps_level = self._keeps_level(name, head)
        level = locality = None
        m = _LEVEL.match(text, end)
        if m is not None:
            level = _LEVEL_NAMES.get(m["level"].lower(), m["level"])
            end_level = m.end()
            place = _PLACE.match(text, end_level)
            if place is not None and not m["scope"]:
                locality = self._clean_place(place["place"])
                if locality:
                    end_level = place.start("place") + len(locality)
            # The level stays in the name of bodies named by level ("Ủy ban nhân dân tỉnh"), and of
            # other units when no place follows it ("Trung tâm Kiểm soát bệnh tật tỉnh"); agencies
            # such as a Sở are named without it ("Sở Nội vụ", locality apart).
            plural = m["scope"] is not None and m["scope"].lower() == "các"
            if keeps_level or (locality is None and not plural and not (head is not None and head.drop_level)):
                name = f"{name} {level}"
                keeps_level = True
            end = end_level
        elif _ENDS_WITH_LEVEL.search(name) and (place := _PLACE.match(text, end)) is not None \
                and not self._place_at(text, place.start("place")) and self._clean_place(place["place"]):
            # "Ủy ban nhân dân huyện Mai Châu": a known name that ends with its level, then a place the
            # gazetteer does not know (a district, a commune).
            locality = self._clean_place(place["place"])
            end = place.start("place") + len(locality)
        else:
            place = rx(r"[ \t]+").match(text, end)
            if place is not None:
                p = self._place_at(text, place.end())
                if p is not None:
                    locality = self.lex.province(p).name
                    end = place.end() + len(p)
                    if head is not None and head.place_in_name:
                        name = f"{name} {p}"
        if head is not None and bare and head.level_required and level is None and locality is None:
            shared = None if self._parent_head_before(text, start) else self._level_shared(text, end)
            if shared is None:
                return None
            # "Tỉnh ủy, HĐND, UBND tỉnh": the level written once after a run of bodies is each one's.
            return UnitMatch(start, end, f"{name} {shared}", None, shared, canonical, place_written=False)
        if head is not None and bare and not head.standalone and not head.place_in_name and level is None:
            if not (head.level and level):
                return None
        if head is not None and head.place_in_name and bare and locality is None:
            return None
        if locality is not None and self.lex.province(locality):
            locality = self.lex.province(locality).name
        return UnitMatch(start, end, name, locality, level if keeps_level else None, canonical,
                         place_written=locality is not None)

    def _parent_head_before(self, text: str, start: int) -> bool:
        """Is the body named inside a parent's name ("Văn phòng| HĐND và UBND xã")?"""
        return self._parent_heads_before.search(text, max(0, start - 40), start) is not None

    def _level_shared(self, text: str, end: int) -> str | None:
        """The level of the next body in a run ("HĐND, UBND tỉnh"; "HĐND và UBND huyện"), if it
        is one that requires a level too."""
        joint = _RUN_JOINT.match(text, end)
        if joint is None:
            return None
        found = self._head_at(text, joint.end())
        if found is None or not found[0].level_required:
            return None
        level = _LEVEL.match(text, found[2])
        if level is not None and level.group().strip().startswith(("các", "những")):
            return None  # "HĐND, UBND các huyện": many bodies, none named
        if level is None:
            return self._level_shared(text, found[2])  # "HĐND, UBND, UBMTTQ tỉnh"
        return level.group().strip()

    def _keeps_level(self, name: str, head: UnitHead | None) -> bool:
        if head is not None and head.level:
            return True
        return self._level_bound_end.search(match_key(name)) is not None

    @staticmethod
    def _clean_place(place: str) -> str | None:
        words = place.split()
        kept = []
        for w in words[:4]:
            if not w[:1].isupper() and not w.isdigit():
                break
            kept.append(w)
        return " ".join(kept) or None


def with_locality(unit: UnitMatch) -> str:
    """The unit's name with the place written in the mention: "Sở Thông tin và Truyền thông Quảng Ninh"."""
    if unit.place_written and unit.locality and not unit.name.endswith(unit.locality):
        return f"{unit.name} {unit.locality}"
    return unit.name


def resolve_initials(units: list[UnitMatch]) -> list[UnitMatch]:
    """Replace an unknown acronym in a name by the full name it abbreviates, when the document
    writes that full name too: "Học viện CNBCVT" -> "Học viện Công nghệ Bưu chính Viễn thông"."""
    full_names = [u.name for u in units]
    out = []
    for u in units:
        m = rx(r"\b([A-ZĐ]{3,})\b").search(u.name)
        if m is None:
            out.append(u)
            continue
        prefix = u.name[: m.start()].strip()
        acronym = m.group(1)
        for full in full_names:
            if full == u.name or not full.startswith(prefix + " "):
                continue
            rest = full[len(prefix) + 1 :].replace(" - ", " ").replace(" và ", " ").split()
            initials = "".join(w[0] for w in rest).upper()
            if initials == acronym:
                u = replace(u, name=full)
                break
        out.append(u)
    return out


def resolve_levels(units: list[UnitMatch]) -> list[UnitMatch]:
    """A bare mention of a unit the document also names with its level is that unit: "Ban Thi đua -
    Khen thưởng" beside "Ban Thi đua - Khen thưởng tỉnh" (one body, written short the second time).
    Only when the document writes one level with that name and the bare mention has no place of
    its own."""
    levels: dict[str, set[str]] = {}
    for u in units:
        if u.level and u.name.endswith(" " + u.level):
            levels.setdefault(u.name[: -len(u.level) - 1], set()).add(u.level)
    if not levels:
        return units
    out = []
    for u in units:
        written = levels.get(u.name)
        if u.level is None and not u.place_written and written and len(written) == 1:
            level = next(iter(written))
            u = replace(u, name=f"{u.name} {level}", level=level)
        out.append(u)
    return out


def with_issuers(units: list[UnitMatch], issuer_lines: list[tuple[str, int, int]],
                 finder: UnitFinder) -> list[UnitMatch]:
    """The issuing body and its parent, read off the header's uppercase lines ("SỞ NÔNG NGHIỆP VÀ
    PHÁT TRIỂN NÔNG THÔN", proper-cased by the header reader), are units of the document even when
    the text never names them again."""
    names = {u.name for u in units}
    added = []
    for proper, start, end in issuer_lines:
        unit = finder.match_at(proper, 0)
        if unit is None or unit.name in names:
            continue
        locality, rest = unit.locality, proper[unit.end:].strip(" .")
        if rest:
            # "Huyện ủy Nga Sơn": a place the gazetteer does not know (districts, communes) is still
            # a place when the heading ends with it; anything else means the line is not one unit.
            if locality is not None or not all(w[:1].isupper() for w in rest.split()) or len(rest.split()) > 4:
                continue
            locality = rest
        names.add(unit.name)
        added.append(UnitMatch(start, end, unit.name, locality, unit.level, unit.canonical, locality is not None))
    return sorted(units + added, key=lambda u: u.start) if added else units
