"""Readers: turn a file of any format users have into text, pages and metadata.

``read(path)`` sniffs the bytes, not the extension, and hands them to one reader per format:

    text (UTF-8/16, Windows-1258, TCVN3, VNI) · DOCX · PDF (text layer, OCR for scanned pages)
    · images (OCR) · HTML (the article, without the portal around it) · .doc · RTF · ODT

Every failure is a ``ReadError`` subclass whose message says what failed and what the user can
do; limits (bytes, pages, pixels, seconds) come from ``Limits`` and the environment.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

from .base import (CorruptFile, EmptyFile, EncryptedFile, Limits, Page, ReadError, ReadTimeout, Repair, Text,
                   ToolMissing, TooLarge, UnsupportedFormat)

__all__ = ["read", "read_bytes", "decode", "sniff", "Text", "Page", "Repair", "Limits", "ReadError", "EmptyFile",
           "UnsupportedFormat", "CorruptFile", "EncryptedFile", "TooLarge", "ToolMissing", "ReadTimeout"]


def sniff(data: bytes) -> str:
    """The format of ``data`` from its content: text, docx, odt, pdf, image, html, doc, rtf."""
    head = data[:4096]
    if b"%PDF" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            return "odt"
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")) or \
            (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or (b"<body" in lowered and b"<p" in lowered):
        return "html"
    return "text"


def read_bytes(data: bytes, source: str = "<bytes>", limits: Limits | None = None) -> Text:
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise TooLarge(f"{source}: {len(data):,} bytes is over the limit of {limits.max_bytes:,}; "
                       "split the document or raise VANBAN_MAX_BYTES")
    if not data.strip():
        raise EmptyFile(f"{source}: the file is empty; there is nothing to extract")
    kind = sniff(data)
    if kind == "text":
        from .text import read_text

        return read_text(data, source)
    if kind == "docx":
        from .docx import read_docx

        return read_docx(data, source, limits)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, source, limits)
    if kind == "image":
        from .ocr import read_image

        return read_image(data, source, limits)
    if kind == "html":
        from .html import read_html

        return read_html(data, source)
    if kind in ("doc", "rtf", "odt"):
        from . import office

        return getattr(office, f"read_{kind}")(data, source, limits)
    raise UnsupportedFormat(f"{source}: a zip archive that is neither DOCX nor ODT; vanban reads .txt, .docx, "
                            ".pdf, .html, .doc, .rtf, .odt and images")


def decode(data: bytes, source: str = "<bytes>") -> Text:
    """Plain text only (kept for callers that know they hold text)."""
    from .text import read_text

    return read_text(data, source)


def read(path: str | Path, limits: Limits | None = None) -> Text:
    p = Path(path)
    if not p.exists():
        raise ReadError(f"{p}: no such file")
    if p.is_dir():
        raise ReadError(f"{p}: is a folder; give a file")
    limits = limits or Limits()
    size = p.stat().st_size
    if size > limits.max_bytes:
        raise TooLarge(f"{p}: {size:,} bytes is over the limit of {limits.max_bytes:,}; "
                       "split the document or raise VANBAN_MAX_BYTES")
    try:
        with p.open("rb") as f:
            head = f.read(4096)
        if size and b"%PDF" in head[:1024]:
            # A PDF is opened from its file: pdfium reads pages as it needs them, and OCR reopens
            # the same file, so a scan of hundreds of pages is never held in memory whole.
            from .pdf import read_pdf

            return read_pdf(p, str(p), limits)
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(f"{p}: cannot be read ({e.strerror}); check that the file exists and may be read") from e
    return read_bytes(data, str(p), limits)
