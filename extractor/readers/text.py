"""Plain text: UTF-8, UTF-16, Windows-1258, and Vietnamese typed in the legacy TCVN3 or VNI fonts."""

from __future__ import annotations

from .base import EmptyFile, ReadError, Text, UnsupportedFormat


def read_text(data: bytes, source: str) -> Text:
    if not data.strip():
        raise EmptyFile(f"{source}: the file is empty; there is nothing to extract")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Text(data.decode("utf-16"), source, "text", "utf-16")
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0D, 0x0C))
    if sample.count(b"\x00") > len(sample) // 100 or controls > len(sample) // 20:
        raise UnsupportedFormat(f"{source}: the file is binary, not text, and of no format vanban reads; "
                                "give a .txt, .docx, .pdf, .html, .doc, .rtf, .odt or an image")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _single_byte(data, source)
    return _legacy_fonts(text, source, encoding)


def _single_byte(data: bytes, source: str) -> tuple[str, str]:
    from . import legacy

    # Old files typed with TCVN3 or VNI fonts are single-byte: try those before Windows-1258.
    as_1252 = data.decode("cp1252", errors="replace")
    kind = legacy.detect(as_1252)
    if kind is not None:
        return as_1252, "cp1252"
    text = data.decode("cp1258", errors="replace")
    if text.count("\ufffd") > len(text) // 50:
        raise ReadError(f"{source}: the text is in an unknown encoding; save it as UTF-8 and try again")
    return text, "cp1258"


def _legacy_fonts(text: str, source: str, encoding: str) -> Text:
    from . import legacy

    kind = legacy.detect(text)
    if kind == "tcvn3":
        return Text(legacy.from_tcvn3(text), source, "text", "tcvn3", warnings=("converted from TCVN3 (.VnTime)",))
    if kind == "vni":
        return Text(legacy.from_vni(text), source, "text", "vni", warnings=("converted from VNI",))
    warnings = ("decoded as Windows-1258 (not UTF-8)",) if encoding == "cp1258" else ()
    return Text(text, source, "text", encoding, warnings=warnings)
