"""Find the documents a text cites, and resolve what each citation says about them.

Stages, in the way of eyecite:

1. *find* — symbol-shaped tokens (the shapes of Nghị định 30/2020/NĐ-CP: normative
   ``91/2017/NĐ-CP``, administrative ``57/KH-UBND``, công văn ``7250/UBND-TH2``, Party
   ``34-CT/TW``), a kind with a bare number ("Chỉ thị số 105"), and named documents (laws,
   Party resolutions);
2. *read around* each mention — the kind before it (or inherited from the list it belongs to),
   the date, issuer and subject after it, the relation phrase before it;
3. *resolve* — an issuer written once after a list applies to the list; a short form links to
   an earlier full mention; mentions of one document merge under one canonical key, the year
   keeping apart documents that share a number ("19/CT-TTg" of 2020 and of 2021).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import re

import regex

from ..patterns import Prefiltered, rx, starting_words
from ..lexicon import Kind, Lexicon, alternation
from ..normalize import fold, match_key
from ..repair import CODE, repair_symbol
from .dates import DateMatch, parse_day
from .units import UnitFinder

SYMBOL = regex.compile(
    rf"""(?<![\w/.-])
    (?P<symbol>
      (?P<number>\d{{1,5}}[a-z]?)
      (?: /(?P<year>(?:19|20)\d{{2}})/(?P<ncodes>{CODE}(?:-{CODE})*)
        | -(?P<pkind>{CODE})/(?P<pcodes>{CODE}(?:-{CODE})*)
        | /(?P<acodes>{CODE}(?:-{CODE})*)
      )
    )(?![\w&]|-\w)""",
    regex.VERBOSE,
)
# Whitespace inside a citation: spaces, or one line break (titles wrap), never a blank line.
WS = r"(?:[ \t]*\n[ \t]*(?!\n)|[ \t]+)"
_SO = r"(?:số|Số|SỐ)[ \t]*:?[ \t]*"
_STOP_NAME = (
    r"(?:và|của|ngày|năm|số|đã|được|quy|hướng|có|thì|về|tại|trong|để|này|theo|với|cho|các|những|"
    r"nhằm|sửa|bổ|thay|đến|từ|là|đối|khi|hiện|do|ban|thi hành)"
)
_CONGRESS = regex.compile(
    # "lần thứ" may be left out: "Nghị quyết Đại hội XIII của Đảng".
    rf"Nghị quyết{WS}(?:của{WS})?(?P<body>Đại hội(?:[^;.\n]|\n(?!\s*\n)){{0,70}}?){WS}(?:lần{WS}(?:thứ{WS})?)?(?P<ord>[IVXLC]+)(?![\w])"
    rf"(?P<tail>{WS}của{WS}Đảng(?:{WS}bộ{WS}(?:tỉnh|thành phố)(?:{WS}[A-ZĐ][\w]*){{0,3}})?)?",
)
# A congress named by its level and term, without an ordinal: "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2005-2010".
_CONGRESS_TERM = regex.compile(
    rf"Nghị quyết{WS}Đại hội{WS}(?:đại biểu{WS})?Đảng bộ{WS}(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
    rf"(?:{WS}\p{{Lu}}[\wÀ-ỹ]*){{0,3}}(?!{WS}lần)(?:,?{WS}nhiệm kỳ{WS}(?P<a>\d{{4}})[ ]*-[ ]*(?P<b>\d{{4}}))?"
)
_PLENUM = regex.compile(
    rf"Nghị quyết{WS}(?:Hội nghị{WS}(?:lần{WS}thứ{WS}\w+{WS})?)?(?:Ban Chấp hành{WS})?Trung ương{WS}"
    rf"(?:Đảng{WS})?(?:lần{WS}thứ{WS})?(?P<n>\d{{1,2}}|[IVX]+)[ \t]*,?{WS}khóa{WS}(?P<term>[IVXLC]+)(?![\w])"
)
_SUBJECT = regex.compile(r"[ \t]*,?[ \t]*(?:về việc|về|V/v|v/v)[ \t]+(?P<subject>[^;\n]{3,220})")
_SENTENCE_END = regex.compile(r"[.!?](?=\s+[\p{Lu}\d\"“(]|\s*$)|\n")


@dataclass
class _Mention:
    start: int
    end: int  # end of the citation itself
    kind: Kind | None
    kind_source: str  # "text", "code", "list", None
    number: str | None
    symbol: str | None
    year: int | None
    name: str | None = None
    named_key: str | None = None
    issued: DateMatch | None = None
    issuer: str | None = None
    issuer_source: str | None = None
    pre_issuer: str | None = None  # "các Kế hoạch của Sở ... số": applies to the whole list
    subject: str | None = None
    relation: str | None = None
    tail_end: int = 0  # end of date/issuer/subject read after it
    has_so: bool = False
    resolved_from: str | None = None
    nested: bool = False
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReferenceMatch:
    """One cited document, with all its mentions in the text."""

    kind: str | None
    number: str | None
    symbol: str | None
    key: str
    year: int | None
    issued: str | None
    issued_span: tuple[int, int] | None
    issuer: str | None
    issuer_source: str | None
    name: str | None
    named: bool
    subject: str | None
    relation: str
    start: int
    end: int
    mentions: tuple[tuple[int, int], ...] = field(default=())
    resolved_from: str | None = None


def canonical_key(symbol: str) -> str:
    """Search key of a symbol: case, Đ/Ð, dashes and leading zeros unified ("08/2017/TT-BNV" -> "8/2017/tt-bnv")."""
    s = match_key(symbol).replace(" ", "")
    return rx(r"^0+(?=\d)").sub("", s)


def number_key(kind: str, number: str) -> str:
    return f"{match_key(kind)} {int(number) if number.isdigit() else number}"


class ReferenceFinder:
    def __init__(self, lex: Lexicon, units: UnitFinder) -> None:
        self.lex = lex
        self.units = units
        kinds = alternation([k.name for k in lex.kinds])
        kind_before = regex.compile(
            rf"(?:(?P<kind>{kinds})(?:[ \t]+(?P<inline_issuer>(?:{CODE}))(?=[ \t]+số))?{WS})?(?P<so>{_SO})?\Z",
            regex.IGNORECASE,
        )
        # Tried at the places where a kind or "số" starts, not at every character before a symbol.
        self._kind_before = Prefiltered(kind_before, starting_words(
            [regex.split(r"[\s-]", k.name)[0] for k in lex.kinds] + ["số"], ignore_case=True))
        self._kind_issuer_before = regex.compile(
            rf"(?P<kind>{kinds})[ \t]+(?P<pre>(?:của|do)[ \t]+[^;:\n]{{2,120}}?)[ \t]+{_SO}\Z", regex.IGNORECASE
        )
        # Kind names start with one of a few words: scan for those, try the full pattern there.
        # The standard ``re`` engine skips to the letters those words start with.
        first_words = sorted({k.name.split()[0] for k in lex.kinds}, key=len, reverse=True)
        initials = "".join(sorted({c for w in first_words for c in (w[0].lower(), w[0].upper())}))
        self._kind_starts = re.compile(
            rf"(?=[{re.escape(initials)}])(?<!\w)(?:" + "|".join(map(re.escape, first_words)) + r")(?!\w)", re.IGNORECASE)
        self._number_ref = regex.compile(
            rf"(?<!\w)(?P<kind>{kinds})[ \t]+(?P<so>{_SO})?(?P<number>\d{{1,5}})(?![\w/.-]|[.,]\d|[ \t]*%)",
            regex.IGNORECASE,
        )
        self._more_numbers = regex.compile(
            rf"[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*(?P<so>{_SO})(?P<number>\d{{1,5}})(?![\w/.-]|[.,]\d)")
        laws = alternation(list(lex.law_names))
        self._law = regex.compile(
            rf"(?<!\w)(?P<kw>Bộ luật|Luật)[ \t]+(?:(?P<known>{laws})(?![\w])"
            rf"|(?P<generic>\p{{Lu}}[\w]*(?:[ \t]+(?!{_STOP_NAME}(?!\w))[\w]+){{0,6}}))"
            rf"(?:[ \t]+(?:năm[ \t]+)?(?P<year>(?:19|20)\d{{2}})(?!\d))?"
        )
        self._law_known_ci = regex.compile(rf"(?<!\w)(?P<kw>Bộ luật|Luật){WS}(?P<known>{laws})(?![\w])", regex.IGNORECASE)
        one_law = rf"(?:Bộ luật|Luật){WS}(?:(?i:{laws})(?!\w)|\p{{Lu}}[\w]*(?:{WS}(?!{_STOP_NAME}(?!\w))[\w]+){{0,6}})"
        # "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": a document of its own.
        self._amending_law = regex.compile(
            rf"(?<!\w)Luật{WS}sửa đổi,?{WS}bổ sung{WS}(?:một{WS}số{WS}điều{WS}của{WS})?(?:các{WS})?"
            rf"{one_law}(?:,?{WS}(?:và{WS})?{one_law})*"
        )
        self._named_documents = [(kind, regex.compile(r"(?<!\w)" + alternation([name]) + r"(?!\w)", regex.IGNORECASE))
                                 for kind, name in lex.named_documents]
        self._constitution = regex.compile(r"(?<!\w)Hiến pháp(?:[ \t]+(?:năm[ \t]+)?(?P<year>(?:19|20)\d{2}))?")
        self._relation = lex.patterns["relation"]

    # ---- public ----------------------------------------------------------------------------
    def find(self, text: str, exclude: list[tuple[int, int]] = (), own_key: str | None = None) -> list[ReferenceMatch]:
        mentions = self._find_symbols(text, exclude)
        mentions += self._find_numbers(text, mentions, exclude)
        mentions += self._find_named(text, mentions)
        mentions.sort(key=lambda m: m.start)
        self._read_kinds_from_lists(text, mentions)
        for m in mentions:
            self._read_tail(text, m)
        self._mark_nested(mentions)
        self._issuer_closes_list(text, mentions)
        self._relations(text, mentions)
        self._link_short_forms(mentions)
        return self._merge(text, mentions, own_key)

    # ---- find ------------------------------------------------------------------------------
    def _find_symbols(self, text: str, exclude) -> list[_Mention]:
        out = []
        for m in SYMBOL.finditer(text):
            if _inside(m.start(), m.end(), exclude):
                continue
            repaired = self._repair(text, m)
            if repaired is not None:
                m = repaired
            codes: tuple[str, ...]
            kind = None
            if m["ncodes"]:
                codes = tuple(m["ncodes"].split("-"))
                kind = self.lex.kind_by_code.get(codes[0])
                if kind is None and codes[0].startswith("QH"):
                    kind = self.lex.kind("Luật")
                issuer_codes = codes[1:] if kind and codes[0] in kind.codes else codes
            elif m["pkind"]:
                kind = self.lex.kind_by_code.get(m["pkind"])
                if kind is None:
                    continue
                codes = (m["pkind"], *m["pcodes"].split("-"))
                issuer_codes = codes[1:]
            else:
                codes = tuple(m["acodes"].split("-"))
                kind = self.lex.kind_by_code.get(codes[0])
                issuer_codes = codes[1:] if kind else codes
                if kind is None:
                    # No kind code: a công văn, if its first code names an issuer we know.
                    if codes[0] not in self.lex.body_by_code and not self._looks_like_issuer(codes[0]):
                        continue
                    kind = self.lex.kind("Công văn")
            year = int(m["year"]) if m["year"] else None
            mention = _Mention(m.start(), m.end(), kind, "code" if kind else None, m["number"], m["symbol"], year,
                               codes=issuer_codes)
            self._read_head(text, mention)
            out.append(mention)
        return out

    def _repair(self, text: str, m: regex.Match):
        """Slips of OCR and typing in a symbol: "ND-CP" for "NĐ-CP", "19/CT/TTg" for "19/CT-TTg".
        Only codes that the lexicons know after the repair are repaired."""
        symbol = m["symbol"]
        end = m.end()
        slash = rx(rf"/({CODE})(?![\w&])").match(text, end) if m["acodes"] and "-" not in m["acodes"] else None
        if slash is not None:
            symbol, end = symbol + slash.group(), slash.end()
        fixed = repair_symbol(self.lex, symbol) or symbol
        if fixed == symbol:
            return None
        return SYMBOL.fullmatch(fixed) and _Repaired(SYMBOL.fullmatch(fixed), m.start(), end)

    @staticmethod
    def _looks_like_issuer(code: str) -> bool:
        # Issuer codes are short capitals: UBND, SNV, BNV, STTTT ... (not "COVID").
        return 2 <= len(code) <= 8 and code not in {"COVID", "SARS", "ASEAN", "WTO"}

    def _read_head(self, text: str, m: _Mention) -> None:
        """The kind (and "số") written before a symbol."""
        window = text[max(0, m.start - 160) : m.start]
        # No match and the empty match at the window's end (nothing written before) say the same.
        before = self._kind_before.search(window)
        if before is not None and before["kind"]:
            kind = self.lex.kind(before["kind"])
            if kind is not None and not (kind.generic and m.kind):
                m.kind, m.kind_source = kind, "text"
            m.has_so = bool(before["so"])
            m.start -= len(window) - before.start()
            # "đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV": the issuer comes first.
            at = rx(r"(?:của|và)[ \t]+(?P<who>[^,;:\n]{3,100}?)[ \t]+tại[ \t]+\Z").search(text[max(0, m.start - 120) : m.start])
            if at is not None:
                who = at["who"]
                offset = max(0, m.start - 120) + at.start("who")
                name, end = self.units.authority_at(text, offset)
                if name and end >= offset + len(who) - 1:
                    m.pre_issuer = name
            return
        if before is not None and before["so"]:
            m.has_so = True
            with_issuer = self._kind_issuer_before.search(window)
            if with_issuer is not None:
                kind = self.lex.kind(with_issuer["kind"])
                if kind is not None:
                    m.kind, m.kind_source = kind, "text"
                m.pre_issuer = self.units.authority_at(with_issuer["pre"].split(None, 1)[1], 0)[0]
                m.start -= len(window) - with_issuer.start()
            else:
                m.start -= len(window) - before.start()

    def _find_numbers(self, text: str, symbols: list[_Mention], exclude) -> list[_Mention]:
        out = []
        for start in self._kind_starts.finditer(text):
            m = self._number_ref.match(text, start.start())
            if m is None:
                continue
            if _inside(m.start(), m.end(), exclude) or any(s.start <= m.start() < s.end for s in symbols):
                continue
            kind = self.lex.kind(m["kind"])
            if kind is None or kind.generic or (not m["so"] and not m["kind"][0].isupper()):
                continue
            after = text[m.end() : m.end() + 20]
            # "Kế hoạch 05 năm", "Quyết định 2 lần": a count, not a number of a document.
            if rx(r"[ \t]*(?:năm(?![ \t]+(?:19|20)\d{2})|lần|tháng|ngày(?![ \t]+\d)|người|đơn vị)").match(after):
                continue
            if not m["so"] and rx(r"[ \t]*năm(?![ \t]+(?:19|20)\d{2})").match(after):
                continue
            mention = _Mention(m.start(), m.end(), kind, "text", m["number"], None, None, has_so=bool(m["so"]))
            year = rx(r"[ \t]+năm[ \t]+((?:19|20)\d{2})(?!\d)").match(after)
            if year:
                mention.year = int(year.group(1))
                mention.end += year.end()
            out.append(mention)
            # "các Quyết định số 2115, số 2116 của UBND tỉnh": the list goes on with the same kind.
            pos = mention.end
            while (more := self._more_numbers.match(text, pos)) is not None:
                out.append(_Mention(more.start("so"), more.end(), kind, "list", more["number"], None, None, has_so=True))
                pos = more.end()
        return out

    def _find_named(self, text: str, found: list[_Mention]) -> list[_Mention]:
        out: list[_Mention] = []
        law = self.lex.kind("Luật")
        resolution = self.lex.kind("Nghị quyết")
        for m in self._amending_law.finditer(text):
            self._add_named(out, found, m.start(), m.end(), law, self._trim_name(m.group()), text)
        for kind, pattern in self._named_documents:
            for m in pattern.finditer(text):
                self._add_named(out, found, m.start(), m.end(), self.lex.kind(kind), m.group(), text)
        for m in self._law_known_ci.finditer(text):
            if not m["kw"][0].isupper():
                continue
            self._add_named(out, found, m.start(), m.end(), self.lex.kind(m["kw"]) or law,
                            f"{m['kw']} {m['known']}", text)
        for m in self._law.finditer(text):
            if m["known"] or any(n.start <= m.start() < n.end for n in out):
                continue
            name = self._trim_name(m["generic"])
            if not name or rx(r"(?:này|đó|sửa đổi|số)\b", regex.IGNORECASE).match(name):
                continue
            end = m.start("generic") + len(name)
            self._add_named(out, found, m.start(), end, self.lex.kind(m["kw"]) or law, f"{m['kw']} {name}", text)
        for m in self._constitution.finditer(text):
            name = "Hiến pháp" + (f" năm {m['year']}" if m["year"] else "")
            self._add_named(out, found, m.start(), m.end(), self.lex.kind("Hiến pháp"), name, text)
        for m in _CONGRESS.finditer(text):
            body = fold(m["body"])
            national = "toan quoc" in body or (body.strip() == "dai hoi" and m["tail"] and "bộ" not in m["tail"])
            level = "toàn quốc" if national else ("tỉnh" if "tinh" in body else
                                                            "thành phố" if "thanh pho" in body else body)
            if body.strip() == "dai hoi" and not national:
                level = ""  # "Nghị quyết Đại hội VI": nothing tells which congress but its number
            self._add_named(out, found, m.start(), m.end(), resolution, text[m.start() : m.end()], text,
                            key=" ".join(f"nghị quyết đại hội {level} {m['ord']}".split()))
        for m in _CONGRESS_TERM.finditer(text):
            name = text[m.start() : m.end()].strip()
            name = rx(r",?\s*nhiệm kỳ.*$").sub("", name)
            term = f" {m['a']}-{m['b']}" if m["a"] else ""
            self._add_named(out, found, m.start(), m.end(), resolution, name, text,
                            key=f"nghị quyết đại hội {m['level']}{term}")
        for m in _PLENUM.finditer(text):
            name = text[m.start() : m.end()].strip()
            self._add_named(out, found, m.start(), m.end(), resolution, name, text,
                            key=f"nghị quyết trung ương {m['n']} khóa {m['term']}")
        return out

    def _add_named(self, out, found, start, end, kind, name, text, key=None) -> None:
        if any(f.start <= start < max(f.end, f.start + 1) for f in found + out):
            return
        # "Luật ... số 06/2022/QH15": the name belongs to the symbol that follows.
        for f in found:
            if 0 <= f.start - end <= 12 and rx(r"[ \t]*(?:số)?[ \t]*$").match(text[end : f.start]):
                f.name = f.name or name
                return
        name = " ".join(name.split())
        year = rx(r"(?:19|20)\d{2}$").search(name)
        out.append(_Mention(start, end, kind, "text", None, None, int(year.group()) if year else None,
                            name=name, named_key=key or _named_key(name)))

    @staticmethod
    def _trim_name(name: str) -> str:
        words = name.split()
        while words and not rx(r"[\w]").match(words[-1][-1]):
            words[-1] = words[-1][:-1] or ""
            if not words[-1]:
                words.pop()
        return " ".join(words)

    # ---- read around -----------------------------------------------------------------------
    def _read_kinds_from_lists(self, text: str, mentions: list[_Mention]) -> None:
        """ "các Kế hoạch ... số 08/KH-STTTT ...; số 55/KH-STTTT": the kind and issuer of a list head."""
        for i, m in enumerate(mentions):
            if m.symbol is None or m.kind_source == "text" or not m.has_so:
                continue
            for prev in reversed(mentions[:i]):
                if _SENTENCE_END.search(text, prev.end, m.start) is not None:
                    break
                if prev.kind_source == "text" and prev.symbol is not None:
                    if m.kind is None or m.kind_source != "code" or m.kind == prev.kind or m.kind.name == "Công văn":
                        m.kind, m.kind_source = prev.kind, "list"
                    if prev.pre_issuer and m.pre_issuer is None:
                        m.pre_issuer = prev.pre_issuer
                    break

    def _read_tail(self, text: str, m: _Mention) -> None:
        pos = m.end
        date = rx(r"[ \t]*,?[ \t]*(?:được[ \t]+)?(?:ban hành[ \t]+)?(?=ngày)").match(text[pos : pos + 40])
        if date is not None:
            start = pos + date.end()
            day = parse_day(text, start)
            if day is None:
                after_word = rx(r"ngày[ \t]+").match(text, start)
                day = parse_day(text, after_word.end()) if after_word else None
            if day is not None:
                m.issued = day
                pos = day.end
        if m.issued is None and m.symbol is not None:
            m.issued = self._date_before(text, m.start)
        if m.year is None and m.issued is not None:
            m.year = m.issued.year
        issuer = rx(r"[ \t]*,?[ \t]*(?:của|do)[ \t]+").match(text[pos : pos + 20])
        if issuer is not None:
            name, end = self.units.authority_at(text, pos + issuer.end())
            if name:
                m.issuer, m.issuer_source = name, "text"
                pos = end
        if m.issuer is None and m.pre_issuer:
            m.issuer, m.issuer_source = m.pre_issuer, "list"
        m.tail_end = pos
        subject = _SUBJECT.match(text, pos)
        if subject is not None:
            s = _cut_subject(subject["subject"])
            if s:
                m.subject = s
                m.tail_end = subject.start("subject") + len(s)
        elif m.named_key is None:
            # "Quyết định số 04/2020/QĐ-UBND ... ban hành Quy định về ...": the subject is what follows.
            plain = rx(r"[ \t]+(?P<subject>(?:ban hành|quy định|hướng dẫn|phê duyệt|sửa đổi)[^;\n]{3,200})").match(text, pos)
            if plain is not None:
                m.subject = _cut_subject(plain["subject"])
        if m.issuer is None and m.codes:
            m.issuer, m.issuer_source = self._issuer_from_codes(m.codes), "symbol"
            if m.issuer is None:
                m.issuer_source = None

    def _date_before(self, text: str, start: int):
        """ "Ngày 18/8/2023, Chủ tịch nước đã ký Quyết định số 885/QĐ-CTN": the date opens the clause."""
        window = text[max(0, start - 140) : start]
        m = rx(
            r"(?:^|[.;:\n]\s*|,\s*)[Nn]gày[ \t]+(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})"
            r"[ \t]*,?[ \t]+(?:[^,;.\n]{0,70}?[ \t]+)?(?:đã[ \t]+)?(?:ký|ban hành|ký ban hành)(?:[ \t]+ban hành)?[ \t]+\Z"
        ).search(window)
        if m is None:
            return None
        pos = max(0, start - 140) + m.start("date")
        if "tháng" not in m["date"]:
            return parse_day(text, pos)
        day = parse_day(f"ngày {m['date']}")  # the verbal form is parsed with its "ngày"; offsets are the text's
        return None if day is None else replace(day, start=pos, end=pos + len(m["date"]))

    def _issuer_from_codes(self, codes: tuple[str, ...]) -> str | None:
        for code in codes:
            body = self.lex.body_by_code.get(code)
            if body is not None:
                return body.name
        return None

    def _mark_nested(self, mentions: list[_Mention]) -> None:
        """A mention inside another's subject ("Chỉ thị 73 ... về việc triển khai Chỉ thị 19")."""
        for i, m in enumerate(mentions):
            for prev in mentions[:i]:
                if prev.end <= m.start < prev.tail_end or (prev.subject and prev.end <= m.start <= prev.tail_end):
                    m.nested = True
                    break

    def _issuer_closes_list(self, text: str, mentions: list[_Mention]) -> None:
        """ "Thông tư A ngày ..., Thông tư B ngày ... của Bộ Nội vụ": the issuer is A's too."""
        for i in range(len(mentions) - 1, 0, -1):
            m = mentions[i]
            if m.issuer_source != "text":
                continue
            j = i - 1
            nxt = m
            while j >= 0:
                prev = mentions[j]
                gap = text[prev.tail_end : nxt.start]
                if not rx(r"[ \t]*(?:,|và|,[ \t]*và)[ \t]*").fullmatch(gap) or prev.issuer_source == "text":
                    break
                prev.issuer, prev.issuer_source = m.issuer, "list"
                nxt = prev
                j -= 1

    def _relations(self, text: str, mentions: list[_Mention]) -> None:
        previous: _Mention | None = None
        for m in mentions:
            lo = max(0, m.start - 160)
            if previous is not None:
                lo = max(lo, previous.tail_end if previous.tail_end <= m.start else previous.end)
            window = text[lo : m.start]
            cut = max(window.rfind(";"), window.rfind("\n"), _last_sentence_end(window))
            clause = window[cut + 1 :]
            found = list(self._relation.finditer(clause))
            if found:
                m.relation = self.lex.relations[match_key(found[-1].group())]
            elif (previous is not None and previous.relation and
                  _SENTENCE_END.search(text, previous.end, m.start) is None):
                m.relation = previous.relation
            else:
                m.relation = "nhắc đến"
            if not m.nested:
                previous = m

    @staticmethod
    def _link_short_forms(mentions: list[_Mention]) -> None:
        for i, m in enumerate(mentions):
            if m.symbol is not None or m.number is None:
                continue
            for full in reversed(mentions[:i]):
                if (full.symbol and full.kind == m.kind and full.number and full.number.isdigit()
                        and m.number.isdigit() and int(full.number) == int(m.number)
                        and (m.year is None or m.year == full.year)):
                    m.symbol, m.year, m.codes = full.symbol, full.year, full.codes
                    m.issued = m.issued or full.issued
                    if m.issuer is None:
                        m.issuer, m.issuer_source = full.issuer, full.issuer_source
                    m.resolved_from = "short form"
                    break

    # ---- resolve ---------------------------------------------------------------------------
    def _merge(self, text: str, mentions: list[_Mention], own_key: str | None) -> list[ReferenceMatch]:
        groups: dict[tuple[str, int | None], list[_Mention]] = {}
        years_by_key: dict[str, set[int]] = {}
        for m in mentions:
            key = self._key(m)
            if m.year is not None:
                years_by_key.setdefault(key, set()).add(m.year)
        for m in mentions:
            key = self._key(m)
            if own_key is not None and key == own_key:
                continue
            year = m.year
            if year is None and len(years_by_key.get(key, ())) == 1:
                year = next(iter(years_by_key[key]))  # one document with this key: the undated mention is it
            groups.setdefault((key, year), []).append(m)
        out = []
        for (key, year), group in groups.items():
            first = group[0]
            main = next((g for g in group if not g.nested), first)
            issued = next((g.issued for g in group if g.issued), None)
            by_text = next((g for g in group if g.issuer_source in ("text", "list")), None)
            issuer_m = by_text or next((g for g in group if g.issuer), None)
            kind = next((g.kind for g in group if g.kind_source in ("text", "list")), first.kind)
            out.append(ReferenceMatch(
                kind=kind.name if kind else None,
                number=first.number,
                symbol=first.symbol,
                key=key,
                year=year,
                issued=issued.value if issued else None,
                issued_span=(issued.start, issued.end) if issued else None,
                issuer=issuer_m.issuer if issuer_m else None,
                issuer_source=issuer_m.issuer_source if issuer_m else None,
                name=next((g.name for g in group if g.name), None),
                named=first.named_key is not None,
                subject=next((g.subject for g in group if g.subject), None),
                relation=main.relation or "nhắc đến",
                start=first.start,
                end=first.end,
                mentions=tuple((g.start, g.end) for g in group),
                resolved_from=first.resolved_from,
            ))
        return out

    @staticmethod
    def _key(m: _Mention) -> str:
        if m.named_key is not None:
            return m.named_key
        if m.symbol is not None:
            return canonical_key(m.symbol)
        return number_key(m.kind.name if m.kind else "", m.number or "")


class _Repaired:
    """A symbol match read from its repaired spelling, with the offsets of what was written."""

    def __init__(self, match: regex.Match, start: int, end: int) -> None:
        self._match, self._start, self._end = match, start, end

    def __getitem__(self, group: str):
        return self._match[group]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _named_key(name: str) -> str:
    key = match_key(name)
    key = rx(r"\blần thứ\b").sub("lần", key)
    key = rx(r"[,\-]").sub(" ", key)
    return " ".join(key.split())


_SUBJECT_END = regex.compile(r"\.(?=\s|$)|;|(?<=\S)[ \t]*(?:,[ \t]*)?(?=(?:Nghị định|Thông tư|Quyết định|Chỉ thị|"
                             r"Công văn|Kế hoạch|Luật|Nghị quyết|Hướng dẫn)[ \t]+số)")


def _cut_subject(subject: str) -> str:
    """A subject ends at a sentence end or where the next citation begins."""
    m = _SUBJECT_END.search(subject)
    s = subject[: m.start()] if m else subject
    return s.strip(" ,")


def _last_sentence_end(window: str) -> int:
    ends = [m.start() for m in rx(r"[.!?](?=\s)").finditer(window)]
    return ends[-1] if ends else -1
