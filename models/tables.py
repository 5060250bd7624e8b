"""The archive's tables and the shapes the API shows of them, in one place.

Naming follows one rule: ``XBase`` holds the fields users see, ``X`` is the table, ``XPublic`` is
what the API returns. Records (references, dates, units, awards) keep their span in the stored,
normalised text (``start``/``end``) and the evidence as written, so a page can highlight them.

Folded columns (``*_folded``: lower case, marks stripped, đ -> d, offsets unchanged) serve
accentless queries: "thi dua khen thuong", "chi thi 19/ct-ttg".
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _document_fk() -> Any:
    # Records go with their document: deleting it deletes them, in the database itself.
    return Field(sa_column=Column(Integer, ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True))


# ---------------------------------------------------------------------------------------------
# Documents


class DocumentBase(SQLModel):
    source_name: str = Field(description="the file's name as uploaded (shown, never used as a path)")
    format: str = Field(description="text, docx, pdf, image, html, doc, rtf, odt")
    media_type: str
    size_bytes: int
    method: str = Field(description="how the text was read: text, text layer, ocr, conversion ...")
    encoding: str | None = None
    pages: int = 0
    kind: str | None = Field(default=None, index=True, description="KH, CT, QĐ, CV ... or NEWS")
    kind_name: str | None = None
    symbol: str | None = None
    number: str | None = None
    issuer: str | None = Field(default=None, index=True)
    issuer_parent: str | None = None
    place: str | None = None
    issued: str | None = Field(default=None, index=True, description="ISO date, partial allowed")
    year: int | None = Field(default=None, index=True)
    title: str | None = None
    summary: str | None = None
    signer_name: str | None = None
    signer_position: str | None = None
    signer_authority: str | None = None


class Document(DocumentBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, index=True, max_length=64)
    symbol_key: str | None = Field(default=None, index=True, description="canonical key of its own symbol")
    text: str = Field(sa_column=Column(Text, nullable=False))
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    read_info: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    warnings: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    extractor_version: str
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (Index("ix_document_symbol_key_year", "symbol_key", "year"),)


class DocumentPublic(DocumentBase):
    id: int
    sha256: str
    recipients: list[str]
    warnings: list[str]
    extractor_version: str
    created_at: datetime
    counts: dict[str, int] = {}


# ---------------------------------------------------------------------------------------------
# Records


class SpanFields(SQLModel):
    start: int
    end: int
    evidence: str


class ReferenceBase(SpanFields):
    kind: str | None = None
    number: str | None = None
    symbol: str | None = None
    key: str = Field(description="canonical key: 19/ct-ttg, chỉ thị 105, a folded law name")
    year: int | None = None
    issued: str | None = None
    issuer: str | None = None
    issuer_source: str | None = None
    name: str | None = None
    named: bool = False
    subject: str | None = None
    relation: str
    resolved_from: str | None = None
    sentence: str = Field(default="", description="the citing sentence")


class Reference(ReferenceBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = _document_fk()
    key_folded: str
    name_folded: str | None = Field(default=None, description="the name's words, folded")
    # The cited document when it is itself in the archive, matched on key and year.
    cited_document_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("document.id", ondelete="SET NULL"), index=True))

    # Who-cites looks up by key, name or kind and number, then groups by year and counts documents:
    # each index covers all of it, so counting 70,000 citations never reads the references' rows.
    __table_args__ = (Index("ix_reference_key_cover", "key_folded", "year", "document_id"),
                      Index("ix_reference_name_cover", "name_folded", "year", "document_id"),
                      Index("ix_reference_number_cover", "number", "kind", "year", "document_id"))


class ReferencePublic(ReferenceBase):
    id: int
    document_id: int
    cited_document_id: int | None


class DateMentionBase(SpanFields):
    value: str
    precision: str
    role: str | None = None
    year_inferred: bool = False


class DateMention(DateMentionBase, table=True):
    __tablename__ = "date_mention"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = _document_fk()


class PeriodBase(SpanFields):
    first: int
    last: int
    label: str


class Period(PeriodBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = _document_fk()


class UnitBase(SQLModel):
    name: str
    locality: str | None = None
    level: str | None = None
    canonical: bool = False


class Unit(UnitBase, table=True):
    """One row per unit (name and place) across the archive; mentions point to it."""

    id: int | None = Field(default=None, primary_key=True)
    name_folded: str = Field(index=True)
    # "" stands for no place, so the pair is unique on every database (NULLs never collide).
    locality_key: str = ""

    __table_args__ = (UniqueConstraint("name", "locality_key", name="uq_unit_name_locality"),)


class UnitPublic(UnitBase):
    id: int
    documents: int = 0
    mentions: int = 0


class UnitMention(SpanFields, table=True):
    __tablename__ = "unit_mention"
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = _document_fk()
    unit_id: int = Field(sa_column=Column(Integer, ForeignKey("unit.id", ondelete="CASCADE"), nullable=False,
                                          index=True))


class AwardBase(SpanFields):
    award: str = Field(index=True)
    form: str
    category: str | None = None
    award_class: str | None = None
    conferred_by: str | None = Field(default=None, index=True)
    recipient: str | None = None
    recipient_kind: str | None = None
    year: int | None = Field(default=None, index=True)
    status: str
    count: int | None = None


class Award(AwardBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # The register's sorts walk an index and stop after a page: by year (within a status too)
    # and by recipient.
    __table_args__ = (Index("ix_award_status_year", "status", "year"), Index("ix_award_recipient", "recipient"))
    document_id: int = _document_fk()
    # Folded copies for accentless substring filters (trigram indexes on both databases).
    recipient_folded: str = ""
    # Forms and authorities are searched by how they start first: indexed.
    award_folded: str = Field(default="", index=True)
    conferred_by_folded: str = Field(default="", index=True)


class AwardPublic(AwardBase):
    id: int
    document_id: int
    document_symbol: str | None = None
    document_issued: str | None = None


# ---------------------------------------------------------------------------------------------
# Jobs: long reads (OCR) run in the background; their state lives here so any worker can serve it.


class JobBase(SQLModel):
    status: str = Field(default="queued", index=True, description="queued, running, done, failed")
    source_name: str
    size_bytes: int = 0
    progress: float = Field(default=0.0, description="0 to 1")
    message: str = ""
    document_id: int | None = None
    error: str | None = None
    reason: str | None = Field(default=None, description="why it failed: empty, damaged, encrypted, ...")


class Job(JobBase, table=True):
    id: str = Field(primary_key=True, max_length=32)
    sha256: str = Field(max_length=64, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class JobPublic(JobBase):
    id: str
    created_at: datetime
    updated_at: datetime


RECORD_TABLES = (Reference, DateMention, Period, UnitMention, Award)
