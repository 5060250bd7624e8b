"""Readers: turn a file into text. This stage reads plain text; other formats come with issue 3.

``read(path)`` sniffs the bytes, not the extension, and raises ``ReadError`` with a message that
says what failed and what the user can do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024


class ReadError(ValueError):
    """A file could not be read as a document; ``str(error)`` is meant for the user."""


@dataclass(frozen=True)
class Text:
    text: str
    source: str
    format: str  # "text"
    encoding: str
    warnings: tuple[str, ...] = field(default=())


def decode(data: bytes, source: str = "<bytes>") -> Text:
    if not data.strip():
        raise ReadError(f"{source}: the file is empty; there is nothing to extract")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Text(data.decode("utf-16"), source, "text", "utf-16")
    if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(f"{source}: this is a PDF or Office file, not plain text; this version reads text files only")
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0D, 0x0C))
    if sample.count(b"\x00") > len(sample) // 100 or controls > len(sample) // 20:
        raise ReadError(f"{source}: the file is binary, not text; give a .txt, or the document it came from")
    try:
        return Text(data.decode("utf-8-sig"), source, "text", "utf-8")
    except UnicodeDecodeError:
        pass
    # Legacy Vietnamese Windows encoding; cp1258 decodes every byte, so check the result looks like text.
    text = data.decode("cp1258", errors="replace")
    bad = text.count("\ufffd")
    if bad > len(text) // 50:
        raise ReadError(f"{source}: the text is in an unknown encoding; save it as UTF-8 and try again")
    return Text(text, source, "text", "cp1258", ("decoded as Windows-1258 (not UTF-8)",))


def read(path: str | Path) -> Text:
    p = Path(path)
    if not p.exists():
        raise ReadError(f"{p}: no such file")
    if p.is_dir():
        raise ReadError(f"{p}: is a folder; give a file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ReadError(f"{p}: {size:,} bytes is over the limit of {MAX_BYTES:,}; split the document")
    return decode(p.read_bytes(), str(p))
