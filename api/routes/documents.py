from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from sqlalchemy import select

from extractor.readers import sniff
from models.tables import Document

from .. import queries
from ..archive import NotFound, Outcome, display_name, sha256_of
from ..deps import ArchiveDep, Conn, JobsDep, Reader, SettingsDep, Writer
from ..errors import RESPONSES, ApiError

router = APIRouter(prefix="/documents", tags=["documents"], responses=RESPONSES)

READABLE = {"text", "docx", "pdf", "image", "html", "doc", "rtf", "odt"}


@router.post("", summary="Upload one or more files", dependencies=[Writer], status_code=201,
             responses={200: {"description": "every file was already stored"},
                        422: {"description": "no file could be read"}})
def upload(archive: ArchiveDep, jobs: JobsDep, settings: SettingsDep,
           files: Annotated[list[UploadFile], File(description="documents: txt, docx, pdf, images, html, "
                                                               "doc, rtf, odt")]):
    """Small files are read in the request; scans (OCR) and large files become jobs: poll
    ``/jobs/{id}``. Each file gets its own result; one bad file does not stop the others."""
    results = [_one(archive, jobs, settings, f).to_json() for f in files]
    statuses = {r["status"] for r in results}
    if statuses <= {"failed"}:
        too_large = all(r["reason"] == "too_large" for r in results)
        raise ApiError(413 if too_large else 422, results[0]["message"] if len(results) == 1 else
                       "none of the files could be read", results, code="too_large" if too_large else "unreadable")
    code = 201 if statuses & {"stored", "queued"} else 200
    return JSONResponse({"results": results}, status_code=code)


def _one(archive, jobs, settings, upload: UploadFile) -> Outcome:
    name = display_name(upload.filename or "document")
    limit = settings.max_upload_bytes
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        return Outcome(name, "failed", f"too large: the limit for one upload is {limit:,} bytes",
                       reason="too_large")
    if not data.strip():
        return Outcome(name, "failed", "the file is empty; there is nothing to extract", reason="empty")
    fmt = sniff(data)
    if fmt not in READABLE:
        return Outcome(name, "failed", "not a document vanban reads: send .txt, .docx, .pdf, .html, .doc, .rtf, "
                                       ".odt or an image (PNG, JPEG, TIFF)", reason="unsupported")
    sha = sha256_of(data)
    existing = archive.find(sha)
    if existing is not None:
        return Outcome(name, "duplicate", f"already stored as document {existing}", existing, sha)
    if fmt == "image" or len(data) > settings.inline_max_bytes or (fmt == "pdf" and _needs_ocr(data)):
        archive.keep_file(data, sha)
        job_id = jobs.submit(sha, name, len(data))
        return Outcome(name, "queued", "reading in the background; follow the job", sha256=sha, job_id=job_id)
    return archive.ingest(data, name)


def _needs_ocr(data: bytes) -> bool:
    """A PDF some page of which has no text layer (a scan) will need OCR."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception:  # noqa: BLE001 - the reader will say what is wrong with it, in a job
        return True
    try:
        if len(pdf) > 50:
            return True
        for page in pdf:
            if page.get_textpage().count_chars() < 20:
                return True
        return False
    finally:
        pdf.close()


@router.get("", summary="Documents, filtered and paged", dependencies=[Reader])
def list_documents(conn: Conn, kind: str | None = None, issuer: str | None = None, unit: str | None = None,
                   year: int | None = None, issued_from: str | None = None, issued_to: str | None = None,
                   cites: Annotated[str | None, Query(description="a reference in any form: 19/CT-TTg")] = None,
                   order: Annotated[str, Query(pattern="^(issued|created|symbol)$")] = "issued",
                   limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Annotated[int, Query(ge=0)] = 0) -> dict:
    filters = queries.DocumentFilters(kind=kind, issuer=issuer, unit=unit, year=year, issued_from=issued_from,
                                      issued_to=issued_to, cites=cites)
    return queries.list_documents(conn, filters, limit, offset, order)


@router.get("/{document_id}", summary="One document with its header, text and every record", dependencies=[Reader])
def get_document(conn: Conn, document_id: int) -> dict:
    doc = queries.document_detail(conn, document_id)
    if doc is None:
        raise ApiError(404, f"no document {document_id}")
    return doc


@router.get("/{document_id}/file", summary="The original file", dependencies=[Reader])
def get_file(conn: Conn, archive: ArchiveDep, document_id: int):
    row = conn.execute(select(Document.sha256, Document.source_name, Document.media_type)
                       .where(Document.id == document_id)).first()
    if row is None:
        raise ApiError(404, f"no document {document_id}")
    path = archive.file_path(row.sha256)
    if not path.exists():
        raise ApiError(404, f"the original file of document {document_id} is not in the file store")
    return FileResponse(path, media_type=row.media_type, filename=row.source_name)


@router.delete("/{document_id}", summary="Delete a document, its records and its file", dependencies=[Writer],
               status_code=204)
def delete_document(archive: ArchiveDep, document_id: int) -> None:
    try:
        archive.delete(document_id)
    except NotFound as e:
        raise ApiError(404, str(e)) from e


@router.post("/{document_id}/reextract", summary="Extract again with the current extractor", dependencies=[Writer])
def reextract(archive: ArchiveDep, document_id: int) -> dict:
    try:
        return archive.reextract(document_id).to_json()
    except NotFound as e:
        raise ApiError(404, str(e)) from e
