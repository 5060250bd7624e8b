"""Plain text: UTF-8, UTF-16, Windows-1258, and Vietnamese typed in the legacy TCVN3 or VNI fonts."""

from __future__ import annotations

from .base import CorruptFile, EmptyFile, ReadError, Text, UnsupportedFormat


def read_text(data: bytes, source: str) -> Text:
    if not data.strip():
        raise EmptyFile(f"{source}: the file is empty; there is nothing to extract")
    sample = data[:65536]
    utf16 = _utf16(data, sample)
    if utf16 is not None:
        try:
            return Text(data.decode(utf16), source, "text", "utf-16")
        except UnicodeDecodeError as e:
            raise CorruptFile(f"{source}: the UTF-16 text is cut or damaged ({e.reason}); save it again") from e
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


def _utf16(data: bytes, sample: bytes) -> str | None:
    """UTF-16 by its byte-order mark, or without one by its zero bytes (every other byte of
    Latin text), which would otherwise read as binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(sample) >= 8 and sample.count(b"\x00") > len(sample) // 4:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if odd > len(sample) // 4 and even < odd // 8:
            return "utf-16-le"
        if even > len(sample) // 4 and odd < even // 8:
            return "utf-16-be"
    return None


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
