"""What every reader returns, the errors they raise, and the limits they keep."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

# Who wants to hear about long reads: a job runner sets it around read(); OCR calls it after each
# page. A context variable, so concurrent reads in other threads each report to their own job.
progress_listener: ContextVar[Callable[[int, int], None] | None] = ContextVar("vanban_progress", default=None)


def report_progress(done: int, total: int) -> None:
    listener = progress_listener.get()
    if listener is not None:
        listener(done, total)


class ReadError(ValueError):
    """A file could not be read as a document. ``str(error)`` says what failed and what to do."""


class EmptyFile(ReadError):
    pass


class UnsupportedFormat(ReadError):
    pass


class CorruptFile(ReadError):
    pass


class EncryptedFile(ReadError):
    pass


class TooLarge(ReadError):
    pass


class ToolMissing(ReadError):
    """A converter the format needs (Tesseract, antiword) is not installed on this machine."""


class ReadTimeout(ReadError):
    pass


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may cost. Every one can be set from the environment."""

    max_bytes: int = field(default_factory=lambda: _env_int("VANBAN_MAX_BYTES", 500 * 1024 * 1024))
    max_pages: int = field(default_factory=lambda: _env_int("VANBAN_MAX_PAGES", 1000))
    max_page_pixels: int = field(default_factory=lambda: _env_int("VANBAN_MAX_PAGE_PIXELS", 60_000_000))
    max_unzipped_bytes: int = field(default_factory=lambda: _env_int("VANBAN_MAX_UNZIPPED", 200 * 1024 * 1024))
    ocr_dpi: int = field(default_factory=lambda: _env_int("VANBAN_OCR_DPI", 300))
    ocr_page_seconds: int = field(default_factory=lambda: _env_int("VANBAN_OCR_PAGE_SECONDS", 120))
    ocr_workers: int = field(default_factory=lambda: _env_int("VANBAN_OCR_WORKERS", os.cpu_count() or 1))
    convert_seconds: int = field(default_factory=lambda: _env_int("VANBAN_CONVERT_SECONDS", 120))


@dataclass(frozen=True)
class Page:
    number: int  # from 1
    start: int  # character range of the page in Text.text
    end: int
    method: str  # "text layer", "ocr"
    confidence: float | None = None  # mean word confidence of OCR, 0-100


@dataclass(frozen=True)
class Repair:
    """A correction made to what OCR read, kept so users can see it."""

    start: int
    end: int
    before: str
    after: str
    rule: str


@dataclass(frozen=True)
class Text:
    text: str
    source: str
    format: str  # text, docx, pdf, image, html, doc, rtf, odt
    encoding: str | None = None  # for plain text: utf-8, utf-16, cp1258, tcvn3, vni
    method: str = "text"  # how it was read: text, text layer, ocr, text layer + ocr, conversion, parse
    pages: tuple[Page, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    repairs: tuple[Repair, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.source, "format": self.format, "encoding": self.encoding, "method": self.method,
            "pages": [p.__dict__ for p in self.pages], "metadata": self.metadata,
            "warnings": list(self.warnings), "repairs": [r.__dict__ for r in self.repairs],
        }
