"""Find dates in every written form, and periods.

Forms (each a named pattern compiled once):

- ``numeric``: 16/7/2021, 04-11-2019, 02.05.2019 (one separator throughout);
- ``verbal``: "ngày 16 tháng 7 năm 2021" (also "ngày 05 tháng 8, năm 2022");
- ``month``: "tháng 11 năm 2021", and the blank day of a draft "ngày    tháng 11 năm 2021";
- ``year``: "năm 2019";
- ``yearless``: "ngày 20/11", "Sáng 13/12": a day and month after a word that announces a date,
  completed with the document's year when it has one;
- periods: "giai đoạn 2021-2025", "năm học 2022-2023", "nhiệm kỳ 2020-2025", "(2016-2020)".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

_NUMERIC = regex.compile(
    r"(?<![\w/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/]|[.-]\d)"
)
# Between the words of a written date: spaces, or one line break where a PDF or a scan wrapped the
# line ("ngày 16 tháng 7\nnăm 2021").
_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"
_VERBAL = regex.compile(
    rf"(?<!\w)ngày{_GAP}(?P<d>\d{{1,2}}){_GAP}tháng{_GAP}(?P<m>\d{{1,2}})[ \t]*,?{_GAP}năm{_GAP}(?P<y>\d{{4}})(?!\d)",
    regex.IGNORECASE,
)
_MONTH = regex.compile(
    rf"(?<!\w)(?:ngày[ \t.…_]*)?tháng{_GAP}(?P<m>\d{{1,2}})[ \t]*,?{_GAP}năm{_GAP}(?P<y>\d{{4}})(?!\d)",
    regex.IGNORECASE,
)
_YEAR = regex.compile(r"(?<!\w)năm[ \t]+(?P<y>(?:19|20)\d{2})(?![\d/-])", regex.IGNORECASE)
# Yearless days and periods are found from their digits, then the words before them are read:
# scanning for the digits is several times quicker than trying the words at every character.
_DAY_MONTH = regex.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?![\w/]|[.-]\d)")
_YEARLESS_CUE = regex.compile(
    r"(?<!\w)(?P<cue>ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới)[ \t]+(?:nay,?[ \t]+)?\Z"
    # "trong hai ngày 10 và 11-12", "các ngày 9, 10 và 11/12/2025": days that share the month after them.
    r"|(?<!\w)(?P<cue>ngày)[ \t]+(?P<days>\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*)[ \t]*,?[ \t]*(?:và|đến)[ \t]+\Z",
    regex.IGNORECASE)
_SHARED_MONTH = regex.compile(
    r"(?<!\w)ngày[ \t]+(?P<days>\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*)[ \t]*,?[ \t]*(?:và|đến)[ \t]+\Z", regex.IGNORECASE)
_YEAR_RANGE = regex.compile(r"(?P<a>(?:19|20)\d{2})[ \t]*-[ \t]*(?P<b>(?:19|20)\d{2})(?!\d)")
_PERIOD_LABEL = regex.compile(
    r"(?:(?P<label>giai đoạn|nhiệm kỳ|năm học|niên khóa|niên độ)[ \t]+|(?P<paren>\())\Z", regex.IGNORECASE)
_BEFORE = 64  # characters read before the digits for a cue or a label


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    precision: str  # day | month | year
    form: str  # numeric | verbal | month | year | yearless

    @property
    def value(self) -> str | None:
        if self.year is None:
            return None
        if self.precision == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class PeriodMatch:
    start: int
    end: int
    first: int
    last: int
    label: str


def _valid(y: int, m: int, d: int) -> bool:
    if not 1900 <= y <= 2100:
        return False
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def parse_day(text: str, pos: int = 0) -> DateMatch | None:
    """A full date (numeric or verbal) starting at ``pos``: used after symbols and in headers."""
    for pattern, form in ((_VERBAL, "verbal"), (_NUMERIC, "numeric")):
        m = pattern.match(text, pos)
        if m is not None:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if _valid(y, mo, d):
                return DateMatch(m.start(), m.end(), y, mo, d, "day", form)
    return None


def find_dates(text: str, year_hint: int | None = None) -> list[DateMatch]:
    """Every date mention, longest form first, without overlaps, in text order."""
    found: list[DateMatch] = []
    taken = bytearray(len(text) + 1)  # characters already inside a date found by a longer form

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def add(match: DateMatch) -> None:
        found.append(match)
        taken[match.start : match.end] = b"\x01" * (match.end - match.start)

    for m in _VERBAL.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            add(DateMatch(m.start(), m.end(), y, mo, d, "day", "verbal"))
    for m in _NUMERIC.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d) and free(m.start(), m.end()):
            add(DateMatch(m.start(), m.end(), y, mo, d, "day", "numeric"))
    for m in _MONTH.finditer(text):
        y, mo = int(m["y"]), int(m["m"])
        if 1 <= mo <= 12 and 1900 <= y <= 2100 and free(m.start(), m.end()):
            add(DateMatch(m.start(), m.end(), y, mo, None, "month", "month"))
    for m in _DAY_MONTH.finditer(text):
        cue = _YEARLESS_CUE.search(text, max(0, m.start() - _BEFORE), m.start())
        if cue is None:
            continue
        mo, d = int(m["m"]), int(m["d"])
        if not free(cue.start(), m.end()):
            continue
        if year_hint is not None and _valid(year_hint, mo, d):
            add(DateMatch(m.start("d"), m.end(), year_hint, mo, d, "day", "yearless"))
        elif year_hint is None and 1 <= mo <= 12 and 1 <= d <= 31:
            add(DateMatch(m.start("d"), m.end(), None, mo, d, "day", "yearless"))
    for m in _YEAR.finditer(text):
        if free(m.start(), m.end()):
            add(DateMatch(m.start(), m.end(), int(m["y"]), None, None, "year", "year"))
    for d in [d for d in found if d.precision == "day" and d.form in ("numeric", "yearless")]:
        shared = _SHARED_MONTH.search(text, max(0, d.start - _BEFORE), d.start)
        if shared is None:
            continue
        for day in regex.finditer(r"\d{1,2}", shared["days"]):
            start = shared.start("days") + day.start()
            value = int(day.group())
            if free(start, start + len(day.group())) and (d.year is None or _valid(d.year, d.month, value)) \
                    and 1 <= value <= 31:
                add(DateMatch(start, start + len(day.group()), d.year, d.month, value, "day", d.form))
    found.sort(key=lambda d: d.start)
    return found


def find_periods(text: str) -> list[PeriodMatch]:
    out = []
    for m in _YEAR_RANGE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if not (a < b <= a + 10):
            continue
        before = _PERIOD_LABEL.search(text, max(0, m.start() - _BEFORE), m.start())
        label = ((before["label"] or "") if before else "").lower() or "giai đoạn"
        out.append(PeriodMatch(before.start() if before else m.start(), m.end(), a, b, label))
    return out
