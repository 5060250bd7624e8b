"""The archive: files in, documents and records stored; the one path every write takes.

    analyse(bytes or path)  read + extract, no database: runs in worker processes
    Archive.store(analysis) one transaction: the document, its records, its units, its citations

A document is identified by the SHA-256 of its file: storing the same file again is a no-op that
says so. Re-extraction (after an extractor upgrade) replaces a document's records in one
transaction, from the stored text, without reading the file again.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import regex
from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from extractor import ExtractionError, ReadError, extract
from extractor.components.references import canonical_key
from extractor.normalize import fold_aligned
from extractor.records import Extraction
from extractor.version import extractor_version
from models import Database
from models.fulltext import index_document, unindex_document
from models.tables import (RECORD_TABLES, Award, DateMention, Document, Period, Reference, Unit, UnitMention,
                           utcnow)

MEDIA_TYPES = {
    "text": "text/plain; charset=utf-8", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf", "html": "text/html", "doc": "application/msword", "rtf": "application/rtf",
    "odt": "application/vnd.oasis.opendocument.text",
}


# The statements of the write path, built once: building a statement per document cost more than
# running it. Core tables skip the ORM's per-row bookkeeping.
DOCUMENT = Document.__table__
_ID_BY_SHA = select(DOCUMENT.c.id).where(DOCUMENT.c.sha256 == bindparam("sha"))
_INSERT_DOCUMENT = insert(DOCUMENT).returning(DOCUMENT.c.id)
_INSERTS = {name: insert(table.__table__) for name, table in (
    ("references", Reference), ("dates", DateMention), ("periods", Period), ("awards", Award),
    ("units", UnitMention))}
# key_folded and year lead the index; key keeps the match exact (nđ-cp, not nd-cp).
_LINK_INCOMING = (update(Reference.__table__)
                  .where(Reference.__table__.c.key_folded == bindparam("kf"),
                         Reference.__table__.c.year == bindparam("y"), Reference.__table__.c.key == bindparam("k"),
                         Reference.__table__.c.document_id != bindparam("d"))
                  .values(cited_document_id=bindparam("d")))
_DOCUMENTS_BY_KEYS = (select(DOCUMENT.c.id, DOCUMENT.c.symbol_key, DOCUMENT.c.year)
                      .where(DOCUMENT.c.symbol_key.in_(bindparam("keys", expanding=True)),
                             DOCUMENT.c.id != bindparam("d")))
_UNIT_ID = select(Unit.__table__.c.id).where(Unit.__table__.c.name == bindparam("n"),
                                             Unit.__table__.c.locality_key == bindparam("l"))


class NotFound(LookupError):
    pass


@dataclass(frozen=True)
class Outcome:
    """What became of one file."""

    source: str
    status: str  # stored | duplicate | reextracted | failed | queued
    message: str
    document_id: int | None = None
    sha256: str | None = None
    job_id: str | None = None
    # Why a file failed, as a stable code a page can translate: empty, unsupported, damaged,
    # encrypted, too_large, tool_missing, timeout, unreadable, internal.
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def reason_of(error: Exception) -> str:
    from extractor.readers import (CorruptFile, EmptyFile, EncryptedFile, ReadTimeout, ToolMissing, TooLarge,
                                   UnsupportedFormat)

    for cls, code in ((EmptyFile, "empty"), (UnsupportedFormat, "unsupported"), (CorruptFile, "damaged"),
                      (EncryptedFile, "encrypted"), (TooLarge, "too_large"), (ToolMissing, "tool_missing"),
                      (ReadTimeout, "timeout")):
        if isinstance(error, cls):
            return code
    return "unreadable"


@dataclass(frozen=True)
class Analysis:
    """A read and extracted file, ready to store: plain data, so it crosses process boundaries."""

    sha256: str
    source_name: str
    size_bytes: int
    document: dict[str, Any]
    text: str
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def sha256_of(data: bytes | Path) -> str:
    if isinstance(data, bytes):
        return hashlib.sha256(data).hexdigest()
    digest = hashlib.sha256()
    with open(data, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def display_name(name: str) -> str:
    """A file name as shown to users: its last component, no control characters, at most 200."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip() or "document"
    return name[:200]


def analyse(source: bytes | Path, source_name: str, sha256: str | None = None) -> Analysis:
    """Read and extract one file. Raises ``ReadError`` or ``ExtractionError`` with a clear message."""
    from extractor.readers import read, read_bytes

    name = display_name(source_name)
    if isinstance(source, bytes):
        read_text, size = read_bytes(source, name), len(source)
    else:
        try:
            read_text, size = read(source), source.stat().st_size
        except ReadError as e:  # the message names the file as the user knows it, not where it is kept
            raise type(e)(str(e).replace(str(source), name)) from e
    result = extract(read_text.text)
    facts = {"format": read_text.format, "method": read_text.method, "encoding": read_text.encoding,
             "pages": len(read_text.pages), "warnings": list(read_text.warnings),
             "read_info": {k: v for k, v in read_text.to_json().items() if k != "name"}}
    return analysis_of(facts, result, sha256 or sha256_of(source), name, size)


def analysis_of(facts: dict[str, Any], result: Extraction, sha256: str, name: str, size: int) -> Analysis:
    """``facts``: how the file was read (format, method, encoding, pages, warnings, read_info)."""
    h = result.header
    issued_year = int(h.issued[:4]) if h.issued else None
    symbol_year = _year_in_symbol(h.symbol)
    document = {
        "source_name": name, "format": facts["format"], "size_bytes": size,
        "media_type": MEDIA_TYPES.get(facts["format"]) or mimetypes.guess_type(name)[0] or "application/octet-stream",
        "method": facts["method"], "encoding": facts["encoding"], "pages": facts["pages"],
        "kind": h.kind, "kind_name": h.kind_name, "symbol": h.symbol, "number": h.number,
        "issuer": h.issuer, "issuer_parent": h.issuer_parent, "place": h.place, "issued": h.issued,
        "year": issued_year or symbol_year, "title": h.title, "summary": h.summary,
        "signer_name": h.signer.name if h.signer else None,
        "signer_position": h.signer.position if h.signer else None,
        "signer_authority": h.signer.authority if h.signer else None,
        "symbol_key": canonical_key(h.symbol) if h.symbol and h.number else None,
        "recipients": list(h.recipients),
        "read_info": facts["read_info"],
        "warnings": list(facts["warnings"]) + list(result.warnings),
    }
    return Analysis(sha256, name, size, document, result.text, records_of(result))


def records_of(result: Extraction) -> dict[str, list[dict[str, Any]]]:
    text = result.text

    def span(s) -> dict[str, Any]:
        return {"start": s.start, "end": s.end, "evidence": s.text}

    references = [{
        "kind": r.kind, "number": r.number, "symbol": r.symbol, "key": r.key, "key_folded": fold_aligned(r.key),
        "name_folded": name_key(r.name),
        "year": r.year, "issued": r.issued, "issuer": r.issuer, "issuer_source": r.issuer_source, "name": r.name,
        "named": r.named, "subject": r.subject, "relation": r.relation, "resolved_from": r.resolved_from,
        "sentence": sentence_around(text, r.span.start, r.span.end), **span(r.span),
    } for r in result.references]
    dates = [{"value": d.value, "precision": d.precision, "role": d.role, "year_inferred": d.year_inferred,
              **span(d.span)} for d in result.dates]
    periods = [{"first": p.start, "last": p.end, "label": p.label, **span(p.span)} for p in result.periods]
    units = [{"name": u.name, "locality": u.locality, "level": u.level, "canonical": u.canonical, **span(u.span)}
             for u in result.units]
    awards = [{
        "award": a.award, "form": a.form, "category": a.category, "award_class": a.award_class,
        "conferred_by": a.conferred_by, "recipient": a.recipient, "recipient_kind": a.recipient_kind,
        "year": a.year, "status": a.status, "count": a.count, "recipient_folded": fold_aligned(a.recipient or ""),
        "award_folded": fold_aligned(a.award), "conferred_by_folded": fold_aligned(a.conferred_by or ""),
        **span(a.span),
    } for a in result.awards]
    return {"references": references, "dates": dates, "periods": periods, "units": units, "awards": awards}


def name_key(name: str | None) -> str | None:
    """A name by its words alone, folded: "Luật Thi đua, Khen thưởng" -> "luat thi dua khen thuong"."""
    return " ".join(regex.findall(r"\w+", fold_aligned(name))) if name else None


_SENTENCE_END = regex.compile(r"[.;!?](?=\s+[\p{Lu}\d])|\n")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence (or list item, or line) holding ``text[start:end]``, at most ``limit`` characters."""
    left = max(0, start - limit)
    begin = left
    for m in _SENTENCE_END.finditer(text, left, start):
        begin = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    finish = m.end() if m and m.group() != "\n" else (m.start() if m else min(len(text), end + limit))
    return " ".join(text[begin:finish].split())


def _year_in_symbol(symbol: str | None) -> int | None:
    m = regex.search(r"/((?:19|20)\d\d)/", symbol or "")
    return int(m.group(1)) if m else None


class Archive:
    """Documents stored in a database, their files kept by hash in ``files_dir``."""

    def __init__(self, db: Database, files_dir: Path) -> None:
        self.db = db
        self.files_dir = Path(files_dir)
        self._units: dict[tuple[str, str], int] = {}
        self._units_lock = threading.Lock()

    # -- files ------------------------------------------------------------------------------

    def file_path(self, sha256: str) -> Path:
        if not regex.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("not a SHA-256")
        return self.files_dir / sha256[:2] / sha256

    def keep_file(self, source: bytes | Path, sha256: str) -> Path:
        """Store the original under its hash (user names never reach the file system)."""
        target = self.file_path(sha256)
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                if isinstance(source, bytes):
                    out.write(source)
                else:
                    with open(source, "rb") as f:
                        while chunk := f.read(1 << 20):
                            out.write(chunk)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    # -- writes -----------------------------------------------------------------------------

    def find(self, sha256: str) -> int | None:
        with self.db.engine.connect() as conn:
            return conn.execute(_ID_BY_SHA, {"sha": sha256}).scalar()

    def ingest(self, source: bytes | Path, source_name: str) -> Outcome:
        """Read, extract and store one file, in this process."""
        name = display_name(source_name)
        try:
            sha = sha256_of(source)
        except OSError as e:
            return Outcome(name, "failed", f"cannot be read: {e.strerror}", reason="unreadable")
        existing = self.find(sha)
        if existing is not None:
            return Outcome(name, "duplicate", f"already stored as document {existing}", existing, sha)
        try:
            analysis = analyse(source, name, sha)
        except (ReadError, ExtractionError) as e:
            return Outcome(name, "failed", str(e), sha256=sha, reason=reason_of(e))
        return self.store(analysis, source)

    def store(self, analysis: Analysis, source: bytes | Path | None = None) -> Outcome:
        """Store an analysed file: all of it in one transaction, or nothing."""
        return self.store_many([(analysis, source)])[0]

    def store_many(self, items: list[tuple[Analysis, bytes | Path | None]]) -> list[Outcome]:
        """Store several analysed files in one transaction (a bulk writer's batch). If anything
        fails, the batch is rolled back and each file is stored on its own, so one bad document
        costs only itself and nothing is ever half-written."""
        for analysis, source in items:
            if source is not None:
                self.keep_file(source, analysis.sha256)
        try:
            with self.db.engine.begin() as conn:
                return [self._insert(conn, analysis) for analysis, _ in items]
        except Exception as e:
            self.forget_cache()
            if len(items) > 1:
                return [self._store_alone(item) for item in items]
            if _is_unique_violation(e):  # another worker stored the same file a moment ago
                return [self._duplicate(items[0][0])]
            raise

    def _store_alone(self, item: tuple[Analysis, bytes | Path | None]) -> Outcome:
        try:
            return self.store_many([item])[0]
        except Exception as e:  # noqa: BLE001 - this document is not stored; the batch goes on
            return Outcome(item[0].source_name, "failed", f"internal error while storing: {type(e).__name__}: {e}",
                           sha256=item[0].sha256, reason="internal")

    def _insert(self, conn: Connection, analysis: Analysis) -> Outcome:
        if conn.execute(_ID_BY_SHA, {"sha": analysis.sha256}).scalar() is not None:
            return self._duplicate(analysis, conn)
        doc = dict(analysis.document, sha256=analysis.sha256, text=analysis.text,
                   extractor_version=extractor_version(), created_at=utcnow(), updated_at=utcnow())
        document_id = conn.execute(_INSERT_DOCUMENT, doc).scalar_one()
        self._write_records(conn, document_id, analysis, doc)
        return Outcome(analysis.source_name, "stored", _summary(analysis), document_id, analysis.sha256)

    def _duplicate(self, analysis: Analysis, conn: Connection | None = None) -> Outcome:
        existing = conn.execute(_ID_BY_SHA, {"sha": analysis.sha256}).scalar() if conn else self.find(analysis.sha256)
        return Outcome(analysis.source_name, "duplicate", f"already stored as document {existing}", existing,
                       analysis.sha256)

    def reextract(self, document_id: int) -> Outcome:
        """Extract a stored document again (after an upgrade) and replace its records atomically."""
        with self.db.engine.connect() as conn:
            row = conn.execute(select(Document).where(Document.id == document_id)).mappings().first()
        if row is None:
            raise NotFound(f"no document {document_id}")
        # The stored text is already normalised (normalising is idempotent), so spans keep their place.
        result = extract(row["text"])
        read_warnings = list((row["read_info"] or {}).get("warnings", []))
        facts = {"format": row["format"], "method": row["method"], "encoding": row["encoding"],
                 "pages": row["pages"], "warnings": read_warnings, "read_info": row["read_info"]}
        analysis = analysis_of(facts, result, row["sha256"], row["source_name"], row["size_bytes"])
        fields = dict(analysis.document, text=analysis.text, extractor_version=extractor_version(),
                      updated_at=utcnow())
        try:
            self._replace(document_id, analysis, fields)
        except Exception:
            self.forget_cache()
            raise
        return Outcome(row["source_name"], "reextracted", _summary(analysis), document_id, row["sha256"])

    def _replace(self, document_id: int, analysis: Analysis, fields: dict[str, Any]) -> None:
        with self.db.engine.begin() as conn:
            for table in RECORD_TABLES:
                conn.execute(delete(table).where(table.document_id == document_id))
            conn.execute(update(Reference).where(Reference.cited_document_id == document_id)
                         .values(cited_document_id=None))
            unindex_document(conn, document_id)
            conn.execute(update(Document).where(Document.id == document_id).values(**fields))
            self._write_records(conn, document_id, analysis, fields)

    def stale(self) -> list[int]:
        with self.db.engine.connect() as conn:
            return list(conn.execute(select(Document.id).where(Document.extractor_version != extractor_version())
                                     .order_by(Document.id)).scalars())

    def delete(self, document_id: int) -> None:
        with self.db.engine.begin() as conn:
            sha = conn.execute(select(Document.sha256).where(Document.id == document_id)).scalar()
            if sha is None:
                raise NotFound(f"no document {document_id}")
            unindex_document(conn, document_id)
            conn.execute(delete(Document).where(Document.id == document_id))
        self.file_path(sha).unlink(missing_ok=True)

    # -- inside the transaction ---------------------------------------------------------------

    def _write_records(self, conn: Connection, document_id: int, analysis: Analysis, doc: dict[str, Any]) -> None:
        records = analysis.records
        if records["references"]:
            refs = [dict(r, document_id=document_id, cited_document_id=None) for r in records["references"]]
            self._resolve_outgoing(conn, document_id, refs)
            conn.execute(_INSERTS["references"], refs)
        for name in ("dates", "periods", "awards"):
            if records[name]:
                conn.execute(_INSERTS[name], [dict(r, document_id=document_id) for r in records[name]])
        if records["units"]:
            mentions = []
            for u in records["units"]:
                unit_id = self._unit_id(conn, u)
                mentions.append({"document_id": document_id, "unit_id": unit_id, "start": u["start"],
                                 "end": u["end"], "evidence": u["evidence"]})
            conn.execute(_INSERTS["units"], mentions)
        # Earlier documents citing this one (same key, same year) now point to it.
        if doc.get("symbol_key") and doc.get("year"):
            conn.execute(_LINK_INCOMING, {"kf": fold_aligned(doc["symbol_key"]), "k": doc["symbol_key"],
                                          "y": doc["year"], "d": document_id})
        index_document(conn, document_id, " ".join(filter(None, (doc.get("title"), doc.get("symbol")))),
                       analysis.text, doc.get("kind_name"), doc.get("issuer"), doc.get("year"), doc.get("issued"))

    def _resolve_outgoing(self, conn: Connection, document_id: int, refs: list[dict[str, Any]]) -> None:
        """Link references to stored documents: same canonical key and same year, never key alone."""
        wanted = {(r["key"], r["year"]) for r in refs if r["year"] and r["symbol"]}
        if not wanted:
            return
        rows = conn.execute(_DOCUMENTS_BY_KEYS, {"keys": sorted({k for k, _ in wanted}), "d": document_id})
        found = {(key, year): id_ for id_, key, year in rows if (key, year) in wanted}
        for r in refs:
            r["cited_document_id"] = found.get((r["key"], r["year"]))

    def _unit_id(self, conn: Connection, u: dict[str, Any]) -> int:
        key = (u["name"], u["locality"] or "")
        cached = self._units.get(key)
        if cached is not None:
            return cached
        values = {"name": u["name"], "locality": u["locality"], "locality_key": key[1], "level": u["level"],
                  "canonical": u["canonical"], "name_folded": fold_aligned(u["name"])}
        dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
        conn.execute(dialect.insert(Unit).values(**values).on_conflict_do_nothing())
        unit_id = conn.execute(_UNIT_ID, {"n": key[0], "l": key[1]}).scalar_one()
        with self._units_lock:
            self._units[key] = unit_id
        return unit_id

    def forget_cache(self) -> None:
        """After a rollback the cached unit ids may name rows that were never committed."""
        with self._units_lock:
            self._units.clear()



def _is_unique_violation(e: Exception) -> bool:
    text = str(getattr(e, "orig", e)).lower()
    return "unique" in text and "sha256" in text


def _summary(analysis: Analysis) -> str:
    r = analysis.records
    d = analysis.document
    what = " ".join(filter(None, (d.get("kind_name"), d.get("symbol")))) or d.get("title") or "document"
    return (f"{what}: {len(r['references'])} references, {len(r['dates'])} dates, "
            f"{len(r['units'])} unit mentions, {len(r['awards'])} awards")
