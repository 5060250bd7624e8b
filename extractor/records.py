"""The records vanban extracts: frozen dataclasses, one per kind, and their JSON form.

Offsets (``start``, ``end``) are into the normalised text; ``text`` is the evidence as the user
wrote it (mapped back through the normaliser). ``Extraction.to_json()`` is the contract read by
``../shared/eval/score.py`` and described in ``GUIDELINES.md``, plus what users need besides.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str  # evidence, in the user's own characters


@dataclass(frozen=True)
class Reference:
    kind: str | None  # "Nghị định", "Chỉ thị" ...
    number: str | None  # "91", "19"; None for named references
    symbol: str | None  # "91/2017/NĐ-CP"; None for a bare number or a name
    key: str  # canonical key for search: "91/2017/nđ-cp", "chỉ thị 105", a folded name
    year: int | None  # year of the cited document (from the symbol or its date)
    issued: str | None  # ISO date of the cited document
    issuer: str | None  # expanded: "Thủ tướng Chính phủ"
    issuer_source: str | None  # "text" (written "của ..."), "symbol" (from the issuer code), "list"
    name: str | None  # the name of a named reference ("Luật Thi đua, Khen thưởng")
    named: bool
    subject: str | None  # "về việc ..." / what it is about
    relation: str  # căn cứ, thực hiện, hướng dẫn, sửa đổi, thay thế, bãi bỏ, theo, nhắc đến
    span: Span
    resolved_from: str | None = None  # "short form" when a bare number was linked to a full mention


@dataclass(frozen=True)
class DateMention:
    value: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year
    role: str | None  # "document" for the document's own date, "reference" after a symbol
    year_inferred: bool  # a day without a year, completed from the document's date
    span: Span


@dataclass(frozen=True)
class Period:
    start: int  # first year
    end: int  # last year
    label: str  # "giai đoạn", "năm học", "nhiệm kỳ", "niên khóa", "niên độ"
    span: Span


@dataclass(frozen=True)
class Unit:
    name: str  # full name without its place: "Sở Thông tin và Truyền thông"
    locality: str | None  # "Vĩnh Phúc"
    level: str | None  # tỉnh, huyện, xã ... when the name carries one
    canonical: bool  # found in the gazetteer (bodies.yaml)
    span: Span


@dataclass(frozen=True)
class Award:
    award: str  # as users would search it: "Cờ thi đua của Chính phủ"
    form: str  # bare form with class: "Huân chương Lao động hạng Nhì"
    category: str | None  # order, medal, emulation_title, certificate, honorary_title ...
    award_class: str | None  # "Nhì" (hạng Nhì = hạng II = hạng 2)
    conferred_by: str | None
    recipient: str | None
    recipient_kind: str | None  # individual | collective
    year: int | None
    status: str  # conferred | proposed | planned
    count: int | None
    span: Span


@dataclass(frozen=True)
class Signer:
    name: str | None
    position: str | None  # "Phó Chủ tịch"
    authority: str | None  # "TM. Ủy ban nhân dân", "KT. Chủ tịch"


@dataclass(frozen=True)
class Header:
    kind: str | None  # KH, CT, QĐ, CV ... or NEWS
    kind_name: str | None  # "Kế hoạch"
    symbol: str | None
    number: str | None
    issuer: str | None
    issuer_parent: str | None
    place: str | None
    issued: str | None  # ISO, partial allowed ("2021-11")
    title: str | None
    summary: str | None  # trích yếu ("V/v ...", the line under the kind)
    signer: Signer | None
    recipients: tuple[str, ...] = ()
    span: Span | None = None


@dataclass(frozen=True)
class Extraction:
    header: Header
    references: tuple[Reference, ...]
    dates: tuple[DateMention, ...]
    periods: tuple[Period, ...]
    units: tuple[Unit, ...]
    awards: tuple[Award, ...]
    text_length: int
    warnings: tuple[str, ...] = field(default=())
    # The normalised text every span points into (what a store keeps to show highlights).
    text: str = field(default="", repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The JSON contract: the fields the scorer reads, plus spans, evidence and relations."""
        header = asdict(self.header)
        header["recipients"] = list(self.header.recipients)
        return {
            "document": header,
            "references": [_ref_json(r) for r in self.references],
            "dates": [_date_json(d) for d in _unique_dates(self.dates)],
            "date_mentions": [_date_json(d) for d in self.dates],
            "periods": [asdict(p) for p in self.periods],
            "units": _units_json(self.units),
            "awards": [_award_json(a) for a in self.awards],
            "text_length": self.text_length,
            "warnings": list(self.warnings),
        }


def _span_json(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _ref_json(r: Reference) -> dict[str, Any]:
    out = asdict(r)
    out["span"] = _span_json(r.span)
    return out


def _date_json(d: DateMention) -> dict[str, Any]:
    out = asdict(d)
    out["span"] = _span_json(d.span)
    return out


def _unique_dates(dates: tuple[DateMention, ...]) -> list[DateMention]:
    seen: dict[str, DateMention] = {}
    for d in dates:
        seen.setdefault(d.value, d)
    return list(seen.values())


def _units_json(units: tuple[Unit, ...]) -> list[dict[str, Any]]:
    """One entry per (name, locality), with every mention's span."""
    grouped: dict[tuple[str, str | None], dict[str, Any]] = {}
    for u in units:
        entry = grouped.get((u.name, u.locality))
        if entry is None:
            entry = grouped[(u.name, u.locality)] = {
                "name": u.name, "locality": u.locality, "level": u.level,
                "canonical": u.canonical, "mentions": [],
            }
        entry["mentions"].append(_span_json(u.span))
    return list(grouped.values())


def _award_json(a: Award) -> dict[str, Any]:
    out = asdict(a)
    out["class"] = out.pop("award_class")
    out["span"] = _span_json(a.span)
    return out
