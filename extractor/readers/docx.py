"""DOCX (python-docx): paragraphs and tables in document order.

The header of an official document is a two-column table (Nghị định 30/2020/NĐ-CP, Phụ lục I):
issuing body and "Số:" on the left, Quốc hiệu and "place, date" on the right. It is written out
column by column, so the issuer's lines come before "Số:" and the date has a line of its own, the
same reading order as a typed text. Other tables come out one row a line, cells separated by a tab.
Numbered paragraphs get their number written ("1.", "a)", "-"), since Word keeps it out of the
text. Runs in a TCVN3 or VNI font (.VnTime, VNI-Times) are converted to Unicode.
"""

from __future__ import annotations

import unicodedata
import zipfile
from io import BytesIO

from .base import CorruptFile, EncryptedFile, Limits, Text, TooLarge

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(data: bytes, source: str, limits: Limits) -> None:
    """Refuse zip bombs before any XML is parsed."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except zipfile.BadZipFile as e:
        raise CorruptFile(f"{source}: the DOCX is damaged ({e}); open it in Word and save it again") from e
    if "EncryptedPackage" in archive.namelist():
        raise EncryptedFile(f"{source}: the DOCX is password-protected; save an unprotected copy")
    total = sum(i.file_size for i in infos)
    if len(infos) > 10_000 or total > limits.max_unzipped_bytes:
        raise TooLarge(f"{source}: the DOCX unpacks to {total:,} bytes in {len(infos):,} parts, over the limit of "
                       f"{limits.max_unzipped_bytes:,}; it may be a zip bomb, or raise VANBAN_MAX_UNZIPPED")
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > 200 and info.file_size > 10_000_000:
            raise TooLarge(f"{source}: part {info.filename} expands {info.file_size // info.compress_size}-fold; "
                           "refused as a likely zip bomb")


def read_docx(data: bytes, source: str, limits: Limits) -> Text:
    _check_zip(data, source, limits)
    try:
        return _read_docx(data, source)
    except (CorruptFile, TooLarge, EncryptedFile):
        raise
    except Exception as e:  # python-docx raises many kinds on damaged parts, at open or while walking
        raise CorruptFile(f"{source}: the DOCX cannot be read ({type(e).__name__}: {e}); "
                          "open it in Word and save it again") from e


def _read_docx(data: bytes, source: str) -> Text:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(BytesIO(data))
    except Exception as e:  # python-docx raises many kinds on damaged parts
        raise CorruptFile(f"{source}: the DOCX cannot be opened ({type(e).__name__}: {e}); "
                          "open it in Word and save it again") from e
    numbering = _Numbering(document)
    lines: list[str] = []
    converted: set[str] = set()
    blocks = list(document.element.body.iterchildren())
    for index, block in enumerate(blocks):
        if block.tag == f"{_W}p":
            lines.append(numbering.prefix(block) + _paragraph_text(Paragraph(block, document), converted))
        elif block.tag == f"{_W}tbl":
            table = Table(block, document)
            header = index < 4 and _looks_like_header(table)
            lines.extend(_table_lines(table, converted, by_column=header))
            lines.append("")
    for section in document.sections[:1]:
        for part in (section.header, section.footer):
            extra = [p.text for p in part.paragraphs if p.text.strip()] if not part.is_linked_to_previous else []
            lines.extend(extra)
    text = "\n".join(lines)
    props = document.core_properties
    metadata = {k: v for k, v in {
        "title": props.title or None, "author": props.author or None,
        "created": props.created.isoformat() if props.created else None,
        "modified": props.modified.isoformat() if props.modified else None,
    }.items() if v}
    warnings = tuple(f"converted runs in {kind.upper()} fonts to Unicode" for kind in sorted(converted))
    return Text(text, source, "docx", None, "parse", metadata=metadata, warnings=warnings)


def _paragraph_text(paragraph, converted: set[str]) -> str:
    from . import legacy

    parts = []
    style_font = paragraph.style.font.name if paragraph.style is not None and paragraph.style.font else None
    for run in paragraph.runs:
        font = run.font.name or style_font or ""
        kind = legacy.font_encoding(font)
        text = _run_text(run)
        if kind and _UNICODE_ONLY.search(text):
            kind = None  # a legacy font name on a run that already holds Unicode Vietnamese
        if kind == "tcvn3":
            parts.append(legacy.from_tcvn3(text, upper=legacy.is_uppercase_font(font)))
            converted.add(kind)
        elif kind == "vni":
            parts.append(legacy.from_vni(text))
            converted.add(kind)
        else:
            parts.append(text)
    text = "".join(parts)
    return text if text or not paragraph.text else paragraph.text


# Letters only Unicode has (TCVN3 and VNI text shows none of them).
_UNICODE_ONLY = __import__("regex").compile(r"[ơưđƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _run_text(run) -> str:
    """A run's text with the characters Word stores as elements: TCVN3 writes "ư" as a soft hyphen,
    which Word saves as <w:softHyphen/> and python-docx's run.text drops."""
    out = []
    for child in run._r.iterchildren():
        tag = child.tag
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}softHyphen":
            out.append("\u00ad")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
    return "".join(out)


def _looks_like_header(table) -> bool:
    if len(table.columns) != 2:
        return False
    joined = unicodedata.normalize("NFC", " ".join(_paragraph_text(p, set()) for row in table.rows
                                                   for cell in row.cells for p in cell.paragraphs)).upper()
    return "CỘNG HÒA" in joined or "CỘNG HOÀ" in joined or "SỐ:" in joined or "ĐẢNG CỘNG SẢN" in joined


def _table_lines(table, converted: set[str], by_column: bool) -> list[str]:
    if by_column:
        out = []
        for col in range(len(table.columns)):
            seen = set()
            for row in table.rows:
                cell = row.cells[col]
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                out.extend(_paragraph_text(p, converted) for p in cell.paragraphs if p.text.strip())
        return out
    out = []
    for row in table.rows:
        cells = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(_paragraph_text(p, converted) for p in cell.paragraphs).strip())
        out.append("\t".join(cells))
    return out


class _Numbering:
    """Word's automatic numbers for list paragraphs: decimal, letters or bullets, per list and level."""

    def __init__(self, document) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, str], int] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part
            return
        abstract = {}
        for a in root.iterchildren(f"{_W}abstractNum"):
            levels = {}
            for lvl in a.iterchildren(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                levels[lvl.get(f"{_W}ilvl")] = fmt.get(f"{_W}val") if fmt is not None else "decimal"
            abstract[a.get(f"{_W}abstractNumId")] = levels
        for num in root.iterchildren(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                for level, fmt in abstract.get(ref.get(f"{_W}val"), {}).items():
                    self.formats[(num.get(f"{_W}numId"), level)] = fmt

    def prefix(self, p) -> str:
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            return ""
        num_id = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        key = (num_id.get(f"{_W}val") if num_id is not None else "0", ilvl.get(f"{_W}val") if ilvl is not None else "0")
        fmt = self.formats.get(key, "decimal")
        if fmt == "bullet":
            return "- "
        n = self.counters[key] = self.counters.get(key, 0) + 1
        if fmt in ("lowerLetter", "upperLetter"):
            letter = "abcdefghiklmnopqrstuvxy"[(n - 1) % 23]
            return f"{letter.upper() if fmt == 'upperLetter' else letter}) "
        if fmt in ("upperRoman", "lowerRoman"):
            roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][min(n, 10) - 1]
            return f"{roman if fmt == 'upperRoman' else roman.lower()}. "
        return f"{n}. "
