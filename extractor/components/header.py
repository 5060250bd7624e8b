"""Read a document's own header: the parts Nghị định 30/2020/NĐ-CP (Điều 8, Phụ lục I) fixes.

Official documents: issuing body and its parent (the uppercase lines top left), "Số: 57/KH-UBND"
(a draft's "Số:   /KH-STTTT" too), "Vĩnh Phúc, ngày 11 tháng 4 năm 2019" (place and date; a
blank day leaves a partial date "2019-04"), the kind line ("KẾ HOẠCH") and the trích yếu under
it, "V/v ..." for a công văn, "Kính gửi:", and at the end the signature block (TM./KT./Q./TL./TUQ.,
position, name) and "Nơi nhận:". A text with none of these is a news article: its title is the
first heading-like line and its date the timestamp near the top ("(09:56 | 02/05/2019)").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..patterns import rx
from ..lexicon import Lexicon, alternation
from ..normalize import match_key
from .dates import parse_day
from .references import SYMBOL
from .units import UnitFinder

_MOTTO = regex.compile(
    r"CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM",
    regex.IGNORECASE,
)
# Header cells: the header is a two-column table; as text its columns are separated by a wide gap.
_CELL = regex.compile(r"[^\n\t]+?(?=[ ]{3,}|\t|\n|$)")
_NUMBER_LINE = regex.compile(r"(?m)(?:^|(?<=[ ]{3}|\t))[ \t]*(?:Số|S[ôốồổoó6]|SỐ|SO)[ \t]*:?[ \t]*(?P<num>\d*)[ \t]*(?P<rest>[/-][^\s,;]*)")
_PLACE_DATE = regex.compile(
    r"(?m)(?:^|(?<=[ ]{3}|\t))[ \t]*(?P<place>\p{Lu}[^\n,;:\t]{1,40}?),[ \t]*ngày[ \t.…_]*(?P<d>\d{1,2})?[ \t.…_]*"
    r"tháng[ \t.…_]*(?P<m>\d{1,2})?[ \t.…_]*năm[ \t]*(?P<y>\d{4})"
)
# A line that goes on with the name above it: "BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN".
_CONTINUES_NAME = regex.compile(r"(?:VÀ|&|-|–)[ ]")
# A header name complete with its level and place: "UBND TỈNH QUẢNG NAM", "SỞ Y TẾ TỈNH AN GIANG".
_ENDS_WITH_PLACE = regex.compile(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|TP\.?)[ ]+\S+(?:[ ]+\S+){0,3}$")
# "TỈNH BÌNH ĐỊNH" under "ỦY BAN NHÂN DÂN" continues it; "HUYỆN ỦY ĐĂK HÀ" under "TỈNH ỦY KON TUM"
# is a body of its own.
_LEVEL_START = regex.compile(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\b(?![ ]+(?:ỦY|ĐOÀN)\b)")
_PLACE_TAIL = regex.compile(
    r"((?:^|[ ])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|[Tt]ỉnh ủy|[Tt]hành ủy|[Hh]uyện ủy|[Qq]uận ủy"
    r"|[Tt]hị ủy|[Đđ]ảng ủy)[ ]+)(\p{Ll}+(?:[ ]\p{Ll}+){0,3})$"
)
# A news page's date line: "(09:56 | 02/05/2019)", "Thứ Ba, 18/11/2025 | 11:30", "Cập nhật lúc: 15:42 -
# 28/12/2018 | Lượt xem: 1.204", "Cập nhật: 16:30, Thứ Tư, ngày 19 tháng 8 năm 2020".
_NEWS_TIME = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?"
_NEWS_DATE_LINE = regex.compile(
    r"(?m)^[ \t(]*(?:(?:Cập nhật(?:[ \t]+(?:ngày|lúc))?|Ngày đăng|Đăng lúc|Đăng ngày|Ngày cập nhật|Ngày xuất bản|Xuất bản|Thời gian)[ \t]*:?[ \t]*)?"
    rf"(?:{_NEWS_TIME}[ \t]*(?:\||-|,)?[ \t]*)?(?:(?:Thứ[ \t]+\w+|Chủ[ \t]+nhật|Thứ[ \t]+\d)[ \t]*,?[ \t]*)?(?:ngày[ \t]+)?"
    rf"(?:{_NEWS_TIME}[ \t]*(?:\||-|,)?[ \t]*)?"
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})"
    rf"(?:[ \t]*(?:\||-|,)?[ \t]*{_NEWS_TIME})?[ \t]*(?:GMT[+\d:]*|\(GMT[+\d:]*\)|AM|PM)?[ \t)]*"
    r"(?:\|[ \t]*(?:Lượt xem|Lượt đọc|Lượt truy cập|Bình luận|Views?)[^\n]{0,40})?$"  # "| Lượt xem: 1.204"
)
_AUTHORITY_PREFIX = regex.compile(r"^(?P<p>TM\.|T/M|KT\.|K/T|Q\.|TL\.|T/L|TUQ\.)[ \t]*(?P<rest>.*)$")
_NAME_LINE = regex.compile(r"^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}*){1,4}$")

_RECIPIENT_NOTE = regex.compile(r"\s*\((?:[^()]{1,30})\)\s*$")


@dataclass
class HeaderMatch:
    official: bool = False
    kind: str | None = None
    kind_name: str | None = None
    symbol: str | None = None
    symbol_span: tuple[int, int] | None = None
    number: str | None = None
    issuer: str | None = None
    issuer_parent: str | None = None
    place: str | None = None
    issued: str | None = None
    issued_span: tuple[int, int] | None = None
    title: str | None = None
    summary: str | None = None
    signer_name: str | None = None
    signer_position: str | None = None
    signer_authority: str | None = None
    recipients: list[str] = field(default_factory=list)
    span: tuple[int, int] | None = None  # the header block, excluded from reference finding
    title_span: tuple[int, int] | None = None
    authority: str | None = None  # who decides (Nghị định 30/2020, "thẩm quyền ban hành"): "Bộ trưởng Bộ ..."
    issuer_lines: list[tuple[str, int, int]] = field(default_factory=list)  # proper-cased, with spans

    @property
    def year(self) -> int | None:
        return int(self.issued[:4]) if self.issued else None


class HeaderReader:
    def __init__(self, lex: Lexicon, units: UnitFinder) -> None:
        self.lex = lex
        self.units = units
        upper_kinds = {k.name.upper(): k for k in lex.kinds if not k.generic}
        # Spellings to give back to a lowercased heading, longest first.
        spellings = [*(b.name for b in lex.bodies), *(h.head for h in lex.unit_heads), *(p.name for p in lex.provinces)]
        self._spelling = {match_key(x): x for x in spellings}
        self._casing = [regex.compile(r"(?<![\wÀ-ỹ])" + alternation(spellings) + r"(?![\wÀ-ỹ])", regex.IGNORECASE)]
        self._upper_kinds = upper_kinds
        self._boilerplate = regex.compile(r"A\+|" + alternation(list(lex.portal_phrases)), regex.IGNORECASE)
        self._kind_line = regex.compile(
            r"(?m)^[ \t]*(?P<kind>" + "|".join(sorted(map(regex.escape, upper_kinds), key=len, reverse=True))
            # "BÁO CÁO THÀNH TÍCH", "BÁO CÁO TỔNG KẾT": the kind, then more of the title in capitals.
            + r")(?P<more>[ \t]+[\p{Lu}\d][\p{Lu}\d \t,()-]*)?[ \t]*$"
        )

    def read(self, text: str) -> HeaderMatch:
        h = HeaderMatch()
        top = text[:4000]
        number = _NUMBER_LINE.search(top[:2500])
        if number is not None:
            symbol = number["num"] + number["rest"].rstrip(".")
            if SYMBOL.fullmatch(symbol) or symbol.startswith("/"):
                h.symbol, h.number = symbol, number["num"] or None
                h.symbol_span = (number.start(), number.end())
        place_date = _PLACE_DATE.search(top)
        kind_line = self._kind_line.search(top)
        motto = _MOTTO.search(top[:1500])
        h.official = bool(h.symbol or motto or (kind_line and place_date))
        if h.official:
            self._official(text, h, number, place_date, kind_line)
        else:
            self._news(text, h)
        return h

    # ---- official documents ---------------------------------------------------------------
    def _official(self, text, h: HeaderMatch, number, place_date, kind_line) -> None:
        if place_date is not None:
            h.place = place_date["place"].strip()
            y, m, d = int(place_date["y"]), place_date["m"], place_date["d"]
            if m and d and parse_day(f"{int(d)}/{int(m)}/{y}"):
                h.issued = f"{y:04d}-{int(m):02d}-{int(d):02d}"
            elif m and 1 <= int(m) <= 12:
                h.issued = f"{y:04d}-{int(m):02d}"
            else:
                h.issued = f"{y:04d}"
            h.issued_span = (place_date.start("place"), place_date.end())
        code_kind = None
        if h.symbol:
            codes = rx(r"[/-]").split(h.symbol.lstrip("/").split("/", 1)[-1] if h.symbol[0].isdigit() else h.symbol.lstrip("/"))
            parts = [c for c in rx(r"[/-]").split(h.symbol) if c and not c.isdigit()]
            # The kind's code comes first after the number ("57/KH-UBND", "91/2017/NĐ-CP"); a công văn's
            # symbol ends with its drafting unit's code, which may spell a kind ("127/LĐLĐ-TC").
            code_kind = self.lex.kind_by_code.get(parts[0]) if parts else None
            issuer_codes = [c for c in parts if c in self.lex.body_by_code]
            if issuer_codes and not h.issuer:
                h.issuer = self.lex.body_by_code[issuer_codes[0]].name
        if kind_line is not None:
            kind = self._upper_kinds[kind_line["kind"]]
            h.kind, h.kind_name = kind.abbr, kind.name
            h.title, h.title_span = self._block_after(text, kind_line.end())
            if kind_line["more"]:
                more = " ".join(kind_line["more"].split())
                h.title = h.title or f"{more[:1]}{more[1:].lower()}"
                h.title_span = (kind_line.start("more"), h.title_span[1] if h.title_span else kind_line.end())
            h.authority = self._authority_line(text, h.title_span[1] if h.title_span else kind_line.end())
        elif code_kind is not None:
            h.kind, h.kind_name = code_kind.abbr, code_kind.name
        elif h.symbol:
            h.kind, h.kind_name = "CV", "Công văn"
        vv = rx(r"(?m)^[ \t]*(?:V/v|v/v|Về việc)[ \t:]*(?P<s>[^\n]+(?:\n(?![ \t]*\n)[^\n]+){0,2})").search(text[:3000])
        if vv is not None:
            h.summary = " ".join(vv["s"].split())
            h.title_span = h.title_span or (vv.start("s"), vv.end("s"))
            if h.kind is None:
                h.kind, h.kind_name = "CV", "Công văn"
        if h.title is None and h.summary:
            h.title = h.summary
        issuer_lines = self._issuer_lines(text, number.start() if number else (kind_line.start() if kind_line else 0))
        h.issuer_lines = issuer_lines
        if issuer_lines:
            h.issuer = issuer_lines[-1][0]
            h.issuer_parent = issuer_lines[-2][0] if len(issuer_lines) > 1 else None
        self._signature(text, h)
        h.recipients = self._recipients(text)
        ends = [e for e in (number.end() if number else None, place_date.end() if place_date else None,
                            kind_line.end() if kind_line else None) if e]
        h.span = (0, max(ends)) if ends else None

    def _block_after(self, text: str, pos: int) -> tuple[str | None, tuple[int, int] | None]:
        """The trích yếu: the lines under the kind line, up to a blank line."""
        lines = []
        start = end = None
        offset = pos
        for line in text[pos:pos + 1200].split("\n"):
            line_start = offset
            offset += len(line) + 1
            if not line.strip():
                if lines:
                    break
                continue
            if rx(r"[ \t]*(?:Căn cứ|Thực hiện|Kính gửi|I\.|1\.|-{3,}|_{3,})").match(line):
                break
            start = line_start if start is None else start
            end = line_start + len(line)
            lines.append(line.strip())
        return (" ".join(lines) or None), ((start, end) if start is not None else None)

    def _authority_line(self, text: str, pos: int) -> str | None:
        """The uppercase line under the trích yếu, before "Căn cứ": the authority that decides."""
        for line in text[pos : pos + 600].split("\n"):
            line = line.strip()
            if not line:
                continue
            if line.isupper() and 3 <= len(line) <= 120 and not _MOTTO.search(line):
                return self.proper_case(line)
            if not line.startswith("-"):
                return None
        return None

    def _issuer_lines(self, text: str, limit: int) -> list[tuple[str, int, int]]:
        """The uppercase lines of the left column above "Số:": parent body, then issuing body, each
        proper-cased with its span. A line that starts with a level ("TỈNH BÌNH ĐỊNH") continues
        the line above it."""
        lines: list[tuple[str, int, int]] = []
        offset = 0
        for line in text[:limit].split("\n"):
            line_start, offset = offset, offset + len(line) + 1
            raw = rx(r"[ ]{3,}|\t").split(line.lstrip())[0]
            cell = raw.strip().strip("-_ ")
            if not cell or _MOTTO.search(cell) or not rx(r"[A-ZĐ]").search(cell):
                continue
            if cell.isupper() and len(cell) >= 3:
                start = line_start + line.index(cell)
                if lines and (_LEVEL_START.match(cell) or _CONTINUES_NAME.match(cell)
                              or self._goes_on(lines[-1][0], cell)):
                    lines[-1] = (f"{lines[-1][0]} {cell}", lines[-1][1], start + len(cell))
                else:
                    lines.append((cell, start, start + len(cell)))
        return [(self._as_the_text_writes(text, self.proper_case(line), end), start, end) for line, start, end in lines]

    def _as_the_text_writes(self, text: str, name: str, after: int) -> str:
        """A name the header writes in capitals, cased as the text writes it elsewhere ("TRƯỜNG ĐẠI
        HỌC VINH" -> "Trường Đại học Vinh"): the capitals alone cannot tell a proper name. A name the
        lexicon knows keeps its spelling ("Sở Y tế", however a text writes it)."""
        if self.lex.body(name) is not None:
            return name
        for m in regex.finditer(regex.escape(name), text, regex.IGNORECASE, pos=after):
            written = m.group()
            # Only more capitals (a proper name the lexicon does not know), never fewer.
            if not written.isupper() and written[:1].isupper() \
                    and sum(c.isupper() for c in written) > sum(c.isupper() for c in name):
                return written
        return name

    def _goes_on(self, above: str, cell: str) -> bool:
        """A header line that begins no unit goes on with the name above it ("TẬP ĐOÀN CÔNG NGHIỆP" /
        "CAO SU VIỆT NAM", "BAN THI ĐUA - KHEN THƯỞNG" / "TRUNG ƯƠNG"), unless that name is complete
        with its level and place ("UBND TỈNH QUẢNG NAM" / "BQL CÁC KHU CÔNG NGHIỆP" are two units)."""
        if _ENDS_WITH_PLACE.search(above):
            return False
        cased = self.proper_case(cell)
        return self.units.match_at(cased, 0) is None and self.units.head_at(cased, 0) is None \
            and self.lex.body(cased) is None

    def proper_case(self, line: str) -> str:
        """ "UBND TỈNH VĨNH PHÚC" -> "Ủy ban nhân dân tỉnh Vĩnh Phúc", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
        GIA LAI" -> "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai": lowercase, then give back their spelling
        to abbreviations, positions, unit heads, known bodies and provinces."""
        body = self.lex.body(line)
        if body is not None:
            return body.name
        words = [w if w in self.lex.abbreviations else w.lower() for w in line.split()]
        out = self.lex.expand(" ".join(words))
        for pattern in self._casing:
            out = pattern.sub(lambda m: self._spelling[match_key(m.group())], out)
        out = out[:1].upper() + out[1:]
        # What follows a level at the end of a heading is a place ("HUYỆN ỦY NGA SƠN"): capitalised,
        # whether or not the gazetteer knows it.
        out = _PLACE_TAIL.sub(lambda m: m[1] + " ".join(w[:1].upper() + w[1:] for w in m[2].split()), out)
        unit = self.units.match_at(out, 0)
        if unit is not None and unit.end >= len(out) - 1:
            return f"{unit.name} {unit.locality}" if unit.locality and unit.locality not in unit.name else unit.name
        return out

    def _signature(self, text: str, h: HeaderMatch) -> None:
        tail_start = max(0, len(text) - 2500)
        lines = [(l.strip()) for l in text[tail_start:].split("\n")]
        positions = {match_key(p): p for p in self.lex.positions}
        for i in range(len(lines) - 1, -1, -1):
            line = lines[i]
            if not _NAME_LINE.match(line) or line.isupper():
                continue
            above = [l for l in lines[max(0, i - 6) : i] if l and not rx(r"\(?(?:Đã ký|đã ký|Ký)").match(l)]
            if not above:
                continue
            pos_line = above[-1]
            key = match_key(pos_line)
            position = positions.get(key)
            if position is None and not (pos_line.isupper() and len(pos_line.split()) <= 6):
                continue
            h.signer_name = line
            h.signer_position = position or pos_line.capitalize()
            if len(above) >= 2:
                prefix = _AUTHORITY_PREFIX.match(above[-2])
                if prefix is not None:
                    rest = prefix["rest"]
                    rest_proper = self.proper_case(rest) if rest.isupper() else rest
                    h.signer_authority = f"{prefix['p'].replace('T/M', 'TM.').replace('K/T', 'KT.')} {rest_proper}"
            return

    def _recipients(self, text: str) -> list[str]:
        out: list[str] = []
        for label in ("Kính gửi", "Nơi nhận"):
            for m in rx(rf"(?m)^[ \t]*{label}[ \t]*:[ \t]*(?P<inline>[^\n]*)").finditer(text):
                if m["inline"].strip() and not m["inline"].strip().startswith("-"):
                    out.append(self._clean_recipient(m["inline"]))
                    continue
                for line in text[m.end() :].split("\n")[1:30]:
                    if not rx(r"[ \t]*[-+•]").match(line):
                        if line.strip():
                            break
                        continue
                    item = self._clean_recipient(line.strip().lstrip("-+• "))
                    if item and not rx(r"Lưu\b").match(item):
                        out.append(item)
        return out

    def _clean_recipient(self, item: str) -> str:
        item = item.strip().rstrip(";.,")
        item = _RECIPIENT_NOTE.sub("", item)
        return self.lex.expand(item.strip())

    # ---- news ------------------------------------------------------------------------------
    def _news(self, text: str, h: HeaderMatch) -> None:
        h.kind = "NEWS"
        top = text[:2500]
        date_line = _NEWS_DATE_LINE.search(top)
        if date_line is not None:
            day = parse_day(date_line["date"])
            if day is not None:
                h.issued = day.value
                h.issued_span = (date_line.start("date"), date_line.end("date"))
        lines = top.split("\n")
        candidates = []
        offset = 0
        for line in lines:
            stripped = line.strip()
            words = stripped.split()
            if (5 <= len(words) <= 40 and not self._boilerplate.search(stripped) and not stripped.endswith(".")
                    and not stripped.isupper()):
                candidates.append((offset, stripped))
            offset += len(line) + 1
        chosen = None
        if date_line is not None:
            before = [c for c in candidates if c[0] < date_line.start()]
            if before:
                chosen = before[-1]
        if chosen is None and candidates:
            chosen = candidates[0]
        if chosen is not None:
            h.title = chosen[1]
            start = text.find(chosen[1], chosen[0])
            h.title_span = (start, start + len(chosen[1]))
