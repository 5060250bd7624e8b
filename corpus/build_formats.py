"""Render the plain-text sample documents in every format users send, for tests and benchmarks.

    python corpus/build_formats.py [--src corpus/documents] [--out corpus/formats]
                                   [--only STEM ...] [--formats docx,pdf,...] [--force]

Each ``STEM.txt`` in ``--src`` (UTF-8; an official document starts with a two-column header
flattened into lines whose columns are separated by runs of 3+ spaces, a news article has none)
becomes, in ``--out``:

    STEM.docx          Word document; the header as a borderless 2-column table      (format "docx")
    STEM.pdf           text PDF, DejaVu font embedded, A4, header in two columns      ("pdf")
    STEM.scan300.pdf   image-only "scan" of STEM.pdf at 300 dpi, grayscale            ("scan300")
    STEM.scan200.pdf   the same at 200 dpi                                            ("scan200")
    STEM.png           "phone photo" of page 1 at 200 dpi                             ("png")
    STEM.html          the text inside provincial-portal boilerplate                  ("html")
    STEM.tcvn3.docx    the DOCX in the legacy .VnTime font, text in TCVN3 (ABC)       ("tcvn3")
    STEM.doc           Word 97 .doc converted from STEM.docx by LibreOffice           ("doc")

Output is deterministic: every random choice is seeded from the file stem, and dates written into
the files are fixed (the document's own date where the library lets us set one). A file is skipped
when it is newer than its ``.txt`` unless ``--force``. One file failing does not stop the others;
the run ends with a summary and exits 1 only if something failed. A format whose tool is missing
(DejaVu font, ``extractor.readers.legacy.to_tcvn3``, ``soffice``) is skipped with a one-line reason.

Tests call :func:`build`.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import html
import importlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("docx", "pdf", "scan300", "scan200", "png", "html", "tcvn3", "doc")
SUFFIX = {
    "docx": ".docx",
    "pdf": ".pdf",
    "scan300": ".scan300.pdf",
    "scan200": ".scan200.pdf",
    "png": ".png",
    "html": ".html",
    "tcvn3": ".tcvn3.docx",
    "doc": ".doc",
}
AUTHOR = "vanban corpus"
FIXED_DATE = dt.datetime(2000, 1, 1, 0, 0, 0)  # when a document has no date of its own
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
UMASK = os.umask(0o022)
os.umask(UMASK)

# ----------------------------------------------------------------------------------------------
# Reading the plain text: header, title, date
# ----------------------------------------------------------------------------------------------

KINDS = {
    "QUYẾT ĐỊNH", "CHỈ THỊ", "KẾ HOẠCH", "BÁO CÁO", "THÔNG BÁO", "TỜ TRÌNH", "HƯỚNG DẪN",
    "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ", "QUY ĐỊNH", "QUY CHẾ", "CHƯƠNG TRÌNH", "ĐỀ ÁN",
    "BIÊN BẢN", "KẾT LUẬN", "CÔNG ĐIỆN", "CÔNG VĂN", "PHƯƠNG ÁN", "GIẤY MỜI", "LUẬT",
    "PHÁP LỆNH", "THÔNG TRI", "QUY CHẾ", "ĐIỀU LỆ", "HIỆP ĐỊNH",
}
MOTTO_RE = re.compile(r"CỘNG H(?:OÀ|ÒA) XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập - Tự do")
SO_RE = re.compile(r"^Số\b")
GAP_RE = re.compile(r" {3,}")
COLUMN_GAP_END = 20  # a run of 3+ spaces ending at or after this column separates the columns
VN_DATE_RE = re.compile(r"ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
NUM_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
CLOCK_RE = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def is_caps(text: str) -> bool:
    """True for a line written in capitals (ignoring digits and punctuation)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def split_columns(line: str) -> tuple[str, str] | None:
    """Split a flattened header line at the gap between its columns, or None when there is none.

    The first run of 3+ spaces that ends at column 20 or later is the gap, so gaps inside a column
    (the blank number of a draft, "Số:      /KH-SNV") stay where they are."""
    expanded = line.expandtabs(8).rstrip()
    for m in GAP_RE.finditer(expanded):
        if m.end() >= COLUMN_GAP_END and m.end() < len(expanded):
            return expanded[: m.start()].strip(), expanded[m.end():].strip()
    return None


def seed_for(*parts: str) -> int:
    """A stable 32-bit seed (Python's hash() changes between runs)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big")


@dataclass
class Document:
    """One source text and what the renderers need to know about its layout.

    Text is kept exactly as written (an NFD source stays NFD in the DOCX and HTML); derived
    metadata (title, portal name) is NFC. The PDF and its images are drawn from NFC text because
    the font has precomposed glyphs only and the PDF's text layer should read back as NFC."""

    stem: str
    path: Path
    text: str
    lines: list[str] = field(init=False)
    header: list[tuple[str, str]] = field(init=False, default_factory=list)  # (left, right) rows
    vv_rows: set[int] = field(init=False, default_factory=set)  # header rows of a "V/v" trích yếu
    body_start: int = field(init=False, default=0)
    title_lines: set[int] = field(init=False, default_factory=set)  # indexes of kind + trích yếu
    kind: str | None = field(init=False, default=None)
    kind_line: int | None = field(init=False, default=None)
    summary: str = field(init=False, default="")  # trích yếu, one line
    date_iso: str | None = field(init=False, default=None)  # "2009-08-25", "2024-03", "...T14:20"
    date_line: int | None = field(init=False, default=None)  # index in lines (-1-row: header row)
    date_text: str | None = field(init=False, default=None)
    news_title_line: int | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.text = self.text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        self.lines = [line.rstrip() for line in self.text.split("\n")]
        self._read_header()
        self._read_title()
        self._read_date()
        if not self.official:
            self._read_headline()

    # -- structure -----------------------------------------------------------------------------

    @property
    def official(self) -> bool:
        return bool(self.header) or self.kind is not None

    def _read_header(self) -> None:
        lines = self.lines
        i = 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        first = split_columns(lines[i]) if i < len(lines) else None
        if not first or not MOTTO_RE.search(nfc(first[1])):
            return
        start, rows, seen_so, in_vv, last_right = i, [], False, False, 0
        while i < len(lines) and i - start < 14:
            line = lines[i]
            if not line.strip():
                if seen_so:
                    break
                rows.append(("", ""))
                i += 1
                continue
            if seen_so:  # only the "V/v ..." trích yếu of a công văn follows the "Số" row
                if in_vv or nfc(line).strip().startswith("V/v"):
                    in_vv = True
                    self.vv_rows.add(len(rows))
                    rows.append((line.strip(), ""))
                    i += 1
                    continue
                break
            cols = split_columns(line)
            left, right = cols if cols else (line.strip(), "")
            rows.append((left, right))
            if right:
                last_right = len(rows)
            if SO_RE.match(nfc(left)):
                seen_so = True
            i += 1
        if not seen_so:  # no "Số" row: the header is what has a right column
            rows = rows[:last_right]
            i = start + last_right
        while rows and rows[-1] == ("", ""):
            rows.pop()
        self.header, self.body_start = rows, i

    def _read_title(self) -> None:
        """Official documents: the kind line ("QUYẾT ĐỊNH") and the trích yếu lines under it, or
        the "V/v" lines of a công văn."""
        lines = self.lines
        seen = 0
        for i in range(self.body_start, len(lines)):
            stripped = nfc(lines[i]).strip()
            if not stripped:
                continue
            seen += 1
            if seen > (6 if self.header else 12):
                break
            if stripped in KINDS:
                self.kind, self.kind_line = stripped, i
                self.title_lines.add(i)
                summary = []
                j = i + 1
                while j < len(lines) and lines[j].strip():
                    self.title_lines.add(j)
                    summary.append(nfc(lines[j]).strip())
                    j += 1
                if not summary:  # text with blank lines between all paragraphs (web copies)
                    while j < len(lines) and not lines[j].strip():
                        j += 1
                    nxt = nfc(lines[j]).strip() if j < len(lines) else ""
                    if nxt and len(nxt) < 250 and not nxt.endswith((";", ":", ".")) and not re.match(
                            r"(Căn cứ|Thực hiện|Kính gửi|Theo|Xét|Để|Nhằm|[IVX]+\.|\d+\.)", nxt):
                        self.title_lines.add(j)
                        summary.append(nxt)
                self.summary = " ".join(summary)
                return
        vv = [nfc(left) for left, _ in self.header if nfc(left).startswith("V/v")]
        if vv:
            idx = next(k for k, (left, _) in enumerate(self.header) if nfc(left).startswith("V/v"))
            parts = [nfc(left) for left, _ in self.header[idx:] if left]
            self.kind = "CÔNG VĂN"
            self.summary = "về việc " + re.sub(r"^V/v\s*", "", " ".join(parts))

    def _read_date(self) -> None:
        if self.official:
            for r, (_, right) in enumerate(self.header):
                m = VN_DATE_RE.search(nfc(right))
                if m:
                    self.date_iso, self.date_line, self.date_text = _iso(m), -1 - r, right
                    return
            for i in range(self.body_start, min(len(self.lines), self.body_start + 15)):
                line = nfc(self.lines[i])
                m = VN_DATE_RE.search(line)
                if m and "," in line[: m.start()]:
                    self.date_iso, self.date_line, self.date_text = _iso(m), i, self.lines[i]
                    return
            return
        for i, line in enumerate(self.lines[:15]):
            m = NUM_DATE_RE.search(line)
            if not m or len(line.strip()) > 60:
                continue
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            try:
                stamp = dt.date(year, month, day).isoformat()
            except ValueError:
                continue
            clock = CLOCK_RE.search(line)
            if clock:
                stamp += f"T{int(clock.group(1)):02d}:{clock.group(2)}"
            self.date_iso, self.date_line, self.date_text = stamp, i, line.strip()
            return

    def _read_headline(self) -> None:
        """News: the headline is the line just before the date line, else the first line that
        looks like one (not a breadcrumb, menu, share bar or all-caps section name)."""
        if self.date_line is not None:
            for k in range(self.date_line - 1, -1, -1):
                if self.lines[k].strip():
                    if len(self.lines[k].strip()) >= 15 and not is_caps(self.lines[k]):
                        self.news_title_line = k
                        return
                    break
        for k, line in enumerate(self.lines[:20]):
            s = nfc(line).strip()
            if (20 <= len(s) <= 250 and not is_caps(s) and not s.startswith(("•", "-", "*"))
                    and " > " not in s and "|" not in s):
                self.news_title_line = k
                return

    # -- derived -------------------------------------------------------------------------------

    @cached_property
    def title(self) -> str:
        """Document title, NFC: "Quyết định về việc tặng ..." or the headline of a news text."""
        if self.kind:
            summary = self.summary
            if summary[:1].isupper() and not summary[:2].isupper():
                summary = summary[0].lower() + summary[1:]
            return re.sub(r"\s+", " ", f"{self.kind.capitalize()} {summary}").strip()
        if self.news_title_line is not None:
            return nfc(self.lines[self.news_title_line]).strip()
        return self.stem

    @cached_property
    def date(self) -> dt.datetime:
        """The document's date as a datetime (for file metadata), or a fixed one."""
        if not self.date_iso:
            return FIXED_DATE
        day = self.date_iso[:10] if len(self.date_iso) >= 10 else self.date_iso + "-01"
        clock = self.date_iso[11:16] if "T" in self.date_iso else "08:00"
        return dt.datetime.fromisoformat(f"{day}T{clock}:00")

    def header_bold(self, row: int) -> bool:
        """Left-column lines in bold: the issuing body; a parent body above it ("UBND TỈNH X"
        over "SỞ ...", "TỈNH ỦY X" over "BAN ...") stays regular."""
        left = [nfc(l) for l, _ in self.header]
        text = left[row]
        if not is_caps(text) or SO_RE.match(text) or text == "*":
            return False
        issuers = [k for k, t in enumerate(left) if t and is_caps(t) and t != "*" and not SO_RE.match(t)]
        if row == issuers[0] and len(issuers) > 1 and re.match(r"(UBND|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|BỘ )", text):
            return False
        return True

    @cached_property
    def closing(self) -> tuple[int, list[int], list[int]] | None:
        """(index of "Nơi nhận:", its "- ..." lines, the signature lines) when the text has a
        signature block: printed side by side, recipients left and signer right."""
        for i, role in sorted(self._list_roles.items()):
            if role == "sign":
                label = max(k for k in range(self.body_start, i)
                            if nfc(self.lines[k]).strip().startswith("Nơi nhận"))
                recipients = [k for k, r in self._list_roles.items() if r == "recipient" and label < k < i]
                signs = [k for k, r in self._list_roles.items() if r == "sign" and k > label]
                return label, sorted(recipients), sorted(signs)
        return None

    def body(self, closing: bool = False) -> list[tuple[int, str]]:
        """(line index, text) for the paragraphs after the header, in order: one per non-blank
        line, except that the trích yếu lines under the kind line make one paragraph (the .txt
        breaks it like the printed page) and, in an official text, two blank lines (an appendix
        follows) give a page break, text "\f". With ``closing``, the Nơi nhận list and the
        signature become one entry, text "\v", at the "Nơi nhận:" line (see ``closing``)."""
        lines, out, blank, i = self.lines, [], 0, self.body_start
        skip: set[int] = set()
        if closing and self.closing:
            label, recipients, signs = self.closing
            skip = {label, *recipients, *signs}
        while i < len(lines):
            text = lines[i].strip()
            if not text:
                blank, i = blank + 1, i + 1
                continue
            if i in skip:
                if i == self.closing[0]:
                    out.append((i, "\v"))
                blank, i = 0, i + 1
                continue
            if blank >= 2 and out and self.official:
                out.append((i, "\f"))
            blank = 0
            if i in self.title_lines and i != self.kind_line:
                j = i
                while j < len(lines) and j in self.title_lines:
                    j += 1
                out.append((i, " ".join(lines[k].strip() for k in range(i, j))))
                i = j
                continue
            out.append((i, text))
            i += 1
        return out

    @cached_property
    def _list_roles(self) -> dict[int, str]:
        """Lines laid out by position: the "- ..." items under "Kính gửi:"/"Nơi nhận:" are
        "recipient", and the signature block after the Nơi nhận list (TM./KT., title, "(Đã ký)",
        name) is "sign"."""
        roles: dict[int, str] = {}
        lines = self.lines
        for i in range(self.body_start, len(lines)):
            label = nfc(lines[i]).strip()
            if not label.startswith(("Nơi nhận", "Kính gửi")):
                continue
            j = i + 1
            while j < len(lines) and nfc(lines[j]).strip().startswith(("-", "+", "•")):
                roles[j] = "recipient"
                j += 1
            if not label.startswith("Nơi nhận"):
                continue
            signed = False
            for k in range(j, min(len(lines), j + 12)):
                text = nfc(lines[k]).strip()
                if not text:
                    if k + 1 < len(lines) and not lines[k + 1].strip():
                        break  # two blank lines: an appendix follows
                    continue
                if len(text) > 60:
                    break
                roles[k] = "sign"
                if signed or (not is_caps(text) and not text.startswith("(") and k > j):
                    break  # the signer's name ends the block
                signed = signed or text.lower().startswith(("(đã ký", "(ký"))
        return roles

    def role_label(self, i: int) -> str:
        """The "Kính gửi:"/"Nơi nhận:" line a recipient line belongs to."""
        for k in range(i - 1, self.body_start - 1, -1):
            text = nfc(self.lines[k]).strip()
            if text.startswith(("Nơi nhận", "Kính gửi")):
                return text
        return ""

    def role(self, i: int, text: str) -> str:
        """How a body line is laid out: title, heading, centered caps, label, recipient, sign,
        or body."""
        n = nfc(text)
        if i in self.title_lines:
            return "title"
        if i in self._list_roles:
            return self._list_roles[i]
        if n.startswith(("Nơi nhận", "Kính gửi")):
            return "label"
        if is_caps(n) and len(n) < 90:
            if re.match(r"^([IVXLC]+|\d+)\.\s", n) or n.endswith(":") and not n.startswith("QUYẾT"):
                return "heading"
            return "caps"
        return "body"


def _iso(m: re.Match) -> str | None:
    day, month, year = m.group(1), int(m.group(2)), int(m.group(3))
    try:
        if day:
            return dt.date(year, month, int(day)).isoformat()
        dt.date(year, month, 1)
        return f"{year:04d}-{month:02d}"
    except ValueError:
        return None


# ----------------------------------------------------------------------------------------------
# DOCX (and its TCVN3 twin)
# ----------------------------------------------------------------------------------------------


def stable_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps, so the same input gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def _set_font(run_or_style, name: str, size: float | None = None, bold: bool | None = None,
              italic: bool | None = None) -> None:
    """Set a font on a run or style for every script slot (ascii, hAnsi, cs, eastAsia), so Word
    does not substitute another font for Vietnamese letters."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = run_or_style.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), name)


def _borderless_table(container, widths: tuple) -> object:
    """A one-row, two-column table without borders (how Vietnamese documents lay out the header
    and the signature block), with fixed column widths."""
    from docx.oxml.ns import qn

    table = container.add_table(rows=1, cols=2)
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"}))
    # schema order matters to Word: tblBorders comes before shd, tblLayout, tblCellMar, tblLook
    tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                 "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths):
        column.width = cell.width = width
    return table


def docx_bytes(doc: Document, font: str = "Times New Roman",
               encode: Callable[[str], list[tuple[str, str]]] | None = None) -> bytes:
    """Build the Word document in memory. ``encode`` turns a line into (text, font) runs (the
    TCVN3 twin); without it each line is one run in ``font``."""
    from docx import Document as Word
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Mm, Pt

    runs = encode or (lambda text: [(text, font)])
    word = Word()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _set_font(word.styles["Normal"], font, 14)
    normal = word.styles["Normal"].paragraph_format
    normal.space_before, normal.space_after, normal.line_spacing = Pt(0), Pt(6), 1.1

    def add(par, text: str, size: float = 14, bold: bool = False, italic: bool = False) -> None:
        for piece, piece_font in runs(text):
            _set_font(par.add_run(piece), piece_font, size, bold, italic)

    if doc.header:
        table = _borderless_table(word, (Cm(6.2), Cm(10.3)))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for col, cell in enumerate(table.rows[0].cells):
            texts = [row[col] for row in doc.header]
            while texts and not texts[-1]:
                texts.pop()
            first = True
            for k, text in enumerate(texts):
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.paragraph_format.space_after = Pt(0)
                if not text:
                    continue
                n = nfc(text)
                if col == 0:
                    if k in doc.vv_rows:
                        add(par, text, 12)
                    else:
                        add(par, text, 13, bold=doc.header_bold(k))
                elif MOTTO_RE.search(n):
                    add(par, text, 13 if n.startswith(("CỘNG", "ĐẢNG")) else 14, bold=True)
                else:
                    add(par, text, 14, italic=True)
        word.add_paragraph()

    def line(container, i: int, text: str) -> None:
        role = doc.role(i, text)
        par = container.add_paragraph()
        fmt = par.paragraph_format
        if role == "title":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(0) if i == doc.kind_line else Pt(12)
            add(par, text, 14, bold=True)
        elif role == "caps":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_before = Pt(6)
            add(par, text, 14, bold=True)
        elif role == "heading":
            add(par, text, 14, bold=True)
        elif role == "label":
            fmt.space_after = Pt(0)
            add(par, text, 12, bold=True, italic=True)
        elif role == "recipient":
            fmt.space_after = Pt(0)
            fmt.left_indent = Cm(1) if doc.role_label(i).startswith("Kính gửi") else None
            add(par, text, 11 if not doc.role_label(i).startswith("Kính gửi") else 14)
        elif role == "sign":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(0)
            if text.startswith("("):
                fmt.space_before = fmt.space_after = Pt(18)
            add(par, text, 14, bold=is_caps(nfc(text)), italic=text.startswith("("))
        else:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = Cm(1)
            add(par, text, 14)

    for i, text in doc.body(closing=True):
        if text == "\f":
            word.add_page_break()
        elif text == "\v":  # Nơi nhận (left) and signature (right), a borderless table
            label, recipients, signs = doc.closing
            left, right = _borderless_table(word, (Cm(7.5), Cm(9))).rows[0].cells
            for cell, rows in ((left, [label, *recipients]), (right, signs)):
                for k in rows:
                    line(cell, k, doc.lines[k].strip())
                first = cell.paragraphs[0]  # a new cell starts with an empty paragraph
                first._element.getparent().remove(first._element)
        else:
            line(word, i, text)

    props = word.core_properties
    props.title = doc.title
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.created = props.modified = props.last_printed = doc.date
    props.revision = 1
    props.language = "vi-VN"
    props.comments = f"Rendered from {doc.stem}.txt by corpus/build_formats.py"
    buf = io.BytesIO()
    word.save(buf)
    return stable_zip(buf.getvalue())


def write_docx(doc: Document, dest: Path, ctx: "Context") -> None:
    """STEM.docx: what most offices send. The header is a borderless 2-column table (issuing body
    and "Số" on the left, national motto and place/date on the right), as in real Word files, so
    a DOCX reader has to put the table cells back in reading order; body lines are paragraphs,
    Times New Roman 13/14, A4. Core properties: title, author "vanban corpus", the document's
    own date as created/modified."""
    atomic_write(dest, ctx.docx(doc))


def tcvn3_runs(text: str, to_tcvn3: Callable[[str], str]) -> list[tuple[str, str]]:
    """(TCVN3 text, font) runs for one line, as a typist of the 1990s-2000s would have made them.

    TCVN3 has no codes for capitals with tone marks (Ủ, Ấ, ...): they are typed with the lowercase
    code in the all-capital font ".VnTimeH" (see extractor/readers/legacy.py). So an all-caps line
    ("QUYẾT ĐỊNH", "CỘNG HÒA ...") is one .VnTimeH run, and in mixed text each such capital gets
    a .VnTimeH run of its own; everything else is ".VnTime"."""
    # U+00D0/U+00F0 (Icelandic eth) stand in for Đ/đ in some Unicode texts; no TCVN3 typist could
    # produce them, and their byte is the TCVN3 code of "é", so write the letter they imitate.
    line = nfc(text).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    if is_caps(line):
        return [(to_tcvn3(line), ".VnTimeH")]
    out: list[tuple[str, str]] = []
    for ch in line:
        needs_h = ch != ch.lower() and to_tcvn3(ch) == to_tcvn3(ch.lower())
        font = ".VnTimeH" if needs_h else ".VnTime"
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + ch, font)
        else:
            out.append((ch, font))
    return [(to_tcvn3(piece), font) for piece, font in out]


def write_tcvn3(doc: Document, dest: Path, ctx: "Context") -> None:
    """STEM.tcvn3.docx: a pre-Unicode document, still common in archives. The runs are in the
    legacy fonts ".VnTime" (and ".VnTimeH" for capitals TCVN3 cannot encode, see ``tcvn3_runs``)
    and hold TCVN3 (ABC) text as Windows-1252 characters ("Céng hßa"), mojibake unless a reader
    recognises the font and converts back. Conversion: ``extractor.readers.legacy.to_tcvn3`` on
    NFC text (TCVN3 is precomposed only). Characters TCVN3 cannot write stay as they are."""
    to_tcvn3 = ctx.to_tcvn3
    atomic_write(dest, docx_bytes(doc, font=".VnTime", encode=lambda text: tcvn3_runs(text, to_tcvn3)))


# ----------------------------------------------------------------------------------------------
# Text PDF
# ----------------------------------------------------------------------------------------------

_FONTS: dict[str, str] = {}


def find_fonts() -> dict[str, Path] | None:
    """DejaVu Serif (or Sans) regular, bold and italic from Debian's fonts-dejavu-core, or None."""
    for family in ("DejaVuSerif", "DejaVuSans"):
        regular = FONT_DIR / f"{family}.ttf"
        if regular.exists():
            bold = FONT_DIR / f"{family}-Bold.ttf"
            italic = FONT_DIR / (f"{family}-Italic.ttf" if family == "DejaVuSerif"
                                 else f"{family}-Oblique.ttf")
            return {"regular": regular, "bold": bold if bold.exists() else regular,
                    "italic": italic if italic.exists() else regular}
    return None


def register_fonts() -> dict[str, str]:
    """Register the DejaVu TTFs with reportlab once; returns {"regular"|"bold"|"italic": name}."""
    if _FONTS:
        return _FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    paths = find_fonts()
    if paths is None:
        raise RuntimeError(f"no DejaVu font in {FONT_DIR} (apt-get install fonts-dejavu-core)")
    for style, path in paths.items():
        name = f"vb-{path.stem}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        _FONTS[style] = name
    return _FONTS


def pdf_bytes(doc: Document) -> bytes:
    """Lay the document out on A4 with reportlab platypus and return the PDF bytes."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = register_fonts()
    size = 12  # DejaVu is wider than Times New Roman: 12 pt here looks like 13-14 pt TNR
    body = ParagraphStyle("body", fontName=fonts["regular"], fontSize=size, leading=size * 1.38,
                          alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=4)
    centered = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0,
                              fontName=fonts["bold"], spaceAfter=0)
    summary = ParagraphStyle("summary", parent=centered, leftIndent=8 * mm, rightIndent=8 * mm,
                             spaceAfter=10)
    heading = ParagraphStyle("heading", parent=body, alignment=TA_LEFT, firstLineIndent=0,
                             fontName=fonts["bold"])
    label = ParagraphStyle("label", parent=heading, fontSize=10.5, leading=14,
                           fontName=fonts["italic"], spaceAfter=0)
    recipient = ParagraphStyle("recipient", parent=body, fontSize=9.5, leading=12,
                               firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0)
    addressee = ParagraphStyle("addressee", parent=body, firstLineIndent=0, leftIndent=10 * mm,
                               alignment=TA_LEFT, spaceAfter=0)
    sign = ParagraphStyle("sign", parent=body, firstLineIndent=0, alignment=TA_CENTER, spaceAfter=0)
    sign_caps = ParagraphStyle("sign_caps", parent=sign, fontName=fonts["bold"], fontSize=11.5)
    sign_italic = ParagraphStyle("sign_italic", parent=sign, fontName=fonts["italic"],
                                 spaceBefore=14, spaceAfter=14)

    left_margin, right_margin = 30 * mm, 18 * mm
    frame_width = A4[0] - left_margin - right_margin
    col_widths = (frame_width * 0.41, frame_width * 0.59)

    def p(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(xml_escape(nfc(text)), style)

    def fitted(text: str, width: float, font: str, start: float) -> ParagraphStyle:
        s = start
        while s > 8 and stringWidth(nfc(text), font, s) > width - 8:
            s -= 0.5
        return ParagraphStyle(f"h{s}", fontName=font, fontSize=s, leading=s * 1.3,
                              alignment=TA_CENTER)

    vv_style = ParagraphStyle("vv", fontName=fonts["regular"], fontSize=9.5, leading=12,
                              alignment=TA_CENTER)
    story: list = []
    if doc.header:
        rows = []
        for k, (left, right) in enumerate(doc.header):
            cells = []
            for col, text in enumerate((left, right)):
                n = nfc(text)
                if not text:
                    cells.append(Spacer(1, size * 0.7) if not left and not right else "")
                    continue
                if k in doc.vv_rows:
                    cells.append(p(text, vv_style))  # trích yếu of a công văn: small, wraps
                    continue
                if col == 0:
                    font = fonts["bold"] if doc.header_bold(k) else fonts["regular"]
                    start = 11
                else:
                    font = fonts["bold"] if MOTTO_RE.search(n) else fonts["italic"]
                    start = 11 if n.startswith(("CỘNG", "ĐẢNG")) else 11.5
                cells.append(p(text, fitted(text, col_widths[col], font, start)))
            rows.append(cells)
        table = Table(rows, colWidths=col_widths, hAlign="CENTER")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        story += [table, Spacer(1, 8 * mm)]

    def flow(i: int, text: str) -> list:
        role = doc.role(i, text)
        if role == "title":
            return [p(text, centered if i == doc.kind_line else summary)]
        if role == "caps":
            return [Spacer(1, 6), p(text, centered), Spacer(1, 4)]
        if role == "heading":
            return [p(text, heading)]
        if role == "label":
            return [p(text, label)]
        if role == "recipient":
            return [p(text, addressee if doc.role_label(i).startswith("Kính gửi") else recipient)]
        if role == "sign":
            n = nfc(text)
            return [p(text, sign_caps if is_caps(n) else sign_italic if n.startswith("(") else sign)]
        return [p(text, body)]

    # a table row cannot split across pages: very long Nơi nhận lists stay in the running text
    as_table = bool(doc.closing) and len(doc.closing[1]) <= 25
    for i, text in doc.body(closing=as_table):
        if text == "\f":
            story.append(PageBreak())
        elif text == "\v":  # Nơi nhận (left) and signature (right) side by side
            label_i, recipients, signs = doc.closing
            left_cell = [f for k in [label_i, *recipients] for f in flow(k, doc.lines[k].strip())]
            right_cell = [f for k in signs for f in flow(k, doc.lines[k].strip())]
            closing = Table([[left_cell, right_cell]], colWidths=(frame_width * 0.45, frame_width * 0.55))
            closing.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [Spacer(1, 6), closing]
        else:
            story += flow(i, text)

    def page_number(canvas, _doc):  # Vietnamese convention: number from page 2, top centre
        canvas.saveState()
        canvas.setFont(fonts["regular"], 10)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()

    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=left_margin, rightMargin=right_margin,
        topMargin=20 * mm, bottomMargin=20 * mm, title=doc.title, author=AUTHOR,
        creator="vanban corpus/build_formats.py", subject=doc.stem, invariant=1,
    )
    template.build(story, onLaterPages=page_number)
    return buf.getvalue()


def write_pdf(doc: Document, dest: Path, ctx: "Context") -> None:
    """STEM.pdf: a born-digital PDF with a real text layer (reportlab, DejaVu embedded as a subset
    with a ToUnicode map, so the text extracts as NFC Vietnamese). A4, wrapped and justified,
    several pages for long texts, page numbers from page 2; the header is drawn as two columns
    whose lines sit side by side, which is what makes PDF text extraction interleave them."""
    atomic_write(dest, ctx.pdf(doc))


# ----------------------------------------------------------------------------------------------
# Images: scans and a phone photo
# ----------------------------------------------------------------------------------------------


def render_pages(pdf: bytes, dpi: int, grayscale: bool, first_only: bool = False) -> list:
    """Rasterise PDF pages with pypdfium2 into Pillow images."""
    import pypdfium2 as pdfium

    images = []
    document = pdfium.PdfDocument(pdf)
    try:
        count = 1 if first_only else len(document)
        for index in range(count):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=grayscale)
            image = bitmap.to_pil()
            images.append(image.convert("L" if grayscale else "RGB"))
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def scanned_page(image, dpi: int, rng, angle: float):
    """Make a clean page raster look scanned: grey paper with a faint uneven tone, ink not quite
    black, slightly rotated, a little optical blur, sensor noise and a few dust specks."""
    import numpy as np
    from PIL import Image, ImageFilter

    page = np.asarray(image, dtype=np.float32) / 255.0
    h, w = page.shape
    yy = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None]
    xx = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :]
    tilt = rng.uniform(-1, 1, size=2).astype(np.float32)
    paper = 236.0 + 5.0 * (tilt[0] * (xx - 0.5) + tilt[1] * (yy - 0.5))
    ink = 28.0
    page = ink + page * (paper - ink)
    paper_level = int(round(float(paper.mean())))
    img = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=paper_level)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.45 * dpi / 300))
    arr = np.asarray(img, dtype=np.float32)
    arr += rng.standard_normal(arr.shape, dtype=np.float32) * 4.0
    specks = rng.random(arr.shape, dtype=np.float32) < 0.00004
    arr[specks] = rng.uniform(40, 140, size=int(specks.sum())).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def write_scan(doc: Document, dest: Path, ctx: "Context", dpi: int) -> None:
    """STEM.scanDPI.pdf: what a scanner's "scan to PDF" button produces. The pages of STEM.pdf are
    rasterised at ``dpi`` in grayscale, degraded (faint grey background, ~0.4-0.9 degree rotation
    seeded per document, blur, noise) and stored as JPEG images, one per page, with the dpi kept
    so the pages stay A4. There is no text layer: a reader needs OCR."""
    import numpy as np

    rng = np.random.default_rng(seed_for(doc.stem, "scan", str(dpi)))
    base = np.random.default_rng(seed_for(doc.stem, "scan-angle"))
    angle = float(base.choice([-1, 1]) * base.uniform(0.4, 0.9))
    pages = [scanned_page(img, dpi, rng, angle + float(rng.uniform(-0.15, 0.15)))
             for img in render_pages(ctx.pdf(doc), dpi, grayscale=True)]
    stamp = time.gmtime(calendar.timegm(doc.date.timetuple()))
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                  quality=72, title=f"{doc.stem} (scan {dpi} dpi)", author=AUTHOR,
                  creator="vanban corpus/build_formats.py", producer="simulated scanner",
                  creationDate=stamp, modDate=stamp)
    atomic_write(dest, buf.getvalue())


def write_png(doc: Document, dest: Path, ctx: "Context") -> None:
    """STEM.png: page 1 photographed with a phone, as people send on Zalo: 200 dpi colour, the
    sheet on a darker desk, rotated 1.5 degrees, lit unevenly (bright corner, dim opposite edge),
    warm paper, sensor noise, then softened by a blur and a JPEG round trip; saved as PNG."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed_for(doc.stem, "photo"))
    page = render_pages(ctx.pdf(doc), 200, grayscale=False, first_only=True)[0]
    arr = np.asarray(page, dtype=np.float32) * np.array([1.0, 0.975, 0.92], dtype=np.float32)
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    sign = 1 if rng.random() < 0.5 else -1
    page = page.rotate(1.5 * sign, resample=Image.Resampling.BICUBIC, expand=True,
                       fillcolor=(96, 84, 72))
    margin_x, margin_y = page.width // 30, page.height // 40
    photo = Image.new("RGB", (page.width + 2 * margin_x, page.height + 2 * margin_y), (96, 84, 72))
    photo.paste(page, (margin_x, margin_y))
    arr = np.asarray(photo, dtype=np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.4) * w, rng.uniform(0.05, 0.3) * h  # the light is top-left-ish
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(w, h)
    light = 1.05 - 0.45 * dist - 0.06 * (xx / w)
    arr = arr * light[..., None]
    arr += rng.standard_normal(arr.shape, dtype=np.float32) * 3.5
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    photo = photo.filter(ImageFilter.GaussianBlur(radius=0.9))
    jpeg = io.BytesIO()
    photo.save(jpeg, "JPEG", quality=78)
    jpeg.seek(0)
    photo = Image.open(jpeg).convert("RGB")
    buf = io.BytesIO()
    photo.save(buf, "PNG", dpi=(200, 200), compress_level=6)
    atomic_write(dest, buf.getvalue())


# ----------------------------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------------------------

PLACE_RE = re.compile(r"\b(TỈNH|THÀNH PHỐ)\s+(?:[ỦU]Ỷ?Y?\s+)?([A-ZÀ-Ỹ][A-ZÀ-Ỹ ]+?)\s*$")
BODY_PLACE_RE = re.compile(r"\b(tỉnh|Thành phố|thành phố)\s+((?:[A-ZĐÂ][\wÀ-ỹ]+)(?:\s+[A-ZĐÂ][\wÀ-ỹ]+){0,2})")
AGENCY_RE = re.compile(r"^(SỞ|BỘ|BAN|CỤC|TỔNG CỤC)\b")
GENERIC_RELATED = [
    "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024",
    "Hướng dẫn xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
    "Phát động phong trào thi đua yêu nước giai đoạn 2025-2030",
    "Công bố danh sách tập thể, cá nhân được đề nghị khen thưởng",
    "Tập huấn nghiệp vụ công tác thi đua, khen thưởng cho cơ sở",
]


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", nfc(text).replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:80]


def portal_place(doc: Document) -> str | None:
    """"tỉnh Bình Định": the province or city in the header, else the first one the text names."""
    caps = [left for left, _ in doc.header] or [l for l in doc.lines[:3] if is_caps(l)]
    for left in caps:  # header, or a portal name the copied text starts with
        m = PLACE_RE.search(nfc(left))
        if m:
            return f"{m.group(1).lower()} {m.group(2).title()}"
    found = [f"{m.group(1).lower()} {m.group(2)}" for m in BODY_PLACE_RE.finditer(nfc(doc.text))]
    return max(found, key=lambda p: (found.count(p), -found.index(p))) if found else None


def agency_case(caps: str) -> str:
    """"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" -> "Sở Văn hóa, Thể thao và Du lịch"."""
    head, _, rest = caps.partition(" ")
    parts = re.split(r"(, | VÀ )", rest)
    return " ".join([head.capitalize(), "".join(
        part.lower() if part in (", ", " VÀ ") else part.capitalize() for part in parts)]).strip()


def portal_names(doc: Document) -> tuple[str, str, str | None]:
    """(site name, owner, place) for the page: a Sở or Bộ that issued the text gets its own site
    ("Trang thông tin điện tử Sở Nội vụ tỉnh Đồng Tháp"), everything else the provincial portal."""
    place = portal_place(doc)
    issuers = [nfc(left) for k, (left, _) in enumerate(doc.header) if doc.header_bold(k)]
    if issuers and AGENCY_RE.match(issuers[-1]):
        written = [m.group(0) for m in re.finditer(re.escape(issuers[-1]), nfc(doc.text), re.IGNORECASE)
                   if not is_caps(m.group(0))]  # as the text writes it: "Sở Nội vụ"
        agency = written[0] if written else agency_case(issuers[-1])
        if agency.startswith("Bộ"):
            return f"Cổng Thông tin điện tử {agency}", agency, None
        where = f"{agency} {place}" if place else agency
        return f"Trang thông tin điện tử {where}", where, place
    if place:
        return f"Cổng Thông tin điện tử {place}", f"Văn phòng UBND {place}", place
    return "Cổng Thông tin điện tử", "Văn phòng Ủy ban nhân dân", None


def html_page(doc: Document, related: list[str]) -> str:
    """The page as a string; ``related`` are titles of other documents for "Tin liên quan"."""
    rng_seed = seed_for(doc.stem, "html")
    portal, owner, place = portal_names(doc)
    visits = f"{100_000 + rng_seed % 900_000:,}".replace(",", ".")
    today = f"{rng_seed % 900 + 100:,}".replace(",", ".")
    phone = f"0{200 + rng_seed % 90}.{3800 + rng_seed % 200}.{100 + rng_seed % 900:03d}"
    e = html.escape
    section = "Văn bản chỉ đạo điều hành" if doc.official else "Tin tức - Sự kiện"
    article_id = 10_000 + rng_seed % 90_000

    def time_tag(text: str) -> str:
        return f'<time datetime="{doc.date_iso}">{e(text)}</time>'

    out: list[str] = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="vi">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{e(doc.title)} - {e(portal)}</title>")
    w(f'<meta name="description" content="{e(doc.title[:160])}">')
    w(f'<link rel="canonical" href="https://example.gov.vn/{slug(section)}/{slug(doc.title)}-{article_id}.html">')
    w("<style>body{font-family:Arial,sans-serif;margin:0}nav ul{list-style:none;display:flex;gap:1em}"
      ".doc-header td{text-align:center;vertical-align:top}.share a{margin-right:.5em}"
      "footer{background:#8b0000;color:#fff;padding:1em}</style>")
    w("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
      "gtag('js',new Date());gtag('config','G-VANBAN000');</script>")
    w("</head>")
    w("<body>")
    w('<header class="site-header">')
    w(f'<div class="logo"><a href="/"><img src="/images/logo.png" alt="Quốc huy"> {e(portal.upper())}</a></div>')
    w('<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>')
    w("</header>")
    w('<nav class="menu"><ul>')
    for item in ("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo điều hành",
                 "Thủ tục hành chính", "Thi đua - Khen thưởng", "Hỏi đáp", "Liên hệ"):
        w(f'<li><a href="/{slug(item)}">{e(item)}</a></li>')
    w("</ul></nav>")
    w('<div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; '
      f'<a href="/{slug(section)}">{e(section)}</a> &rsaquo; '
      '<a href="/thi-dua-khen-thuong">Thi đua - Khen thưởng</a></div>')
    w('<main class="container">')
    w('<div class="share"><a href="#" class="fb">Chia sẻ</a><a href="#" class="zalo">Zalo</a>'
      '<a href="javascript:window.print()" class="print">In bài</a>'
      '<span class="font-size">Cỡ chữ: <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></span></div>')
    w("<article>")
    if doc.news_title_line is None:
        w(f"<h1>{e(doc.title)}</h1>")
    body_date_line = doc.date_line if doc.date_line is not None and doc.date_line >= 0 else None
    if doc.header:
        w('<table class="doc-header"><tr>')
        for col in (0, 1):
            cells = []
            for r, row in enumerate(doc.header):
                text = row[col]
                if not text:
                    continue
                if col == 1 and doc.date_line == -1 - r and doc.date_iso:
                    cells.append(f"<em>{time_tag(text)}</em>")
                elif col == 0 or not MOTTO_RE.search(nfc(text)):
                    cells.append(e(text))
                else:
                    cells.append(f"<strong>{e(text)}</strong>")
            w(f"<td>{'<br>'.join(cells)}</td>")
        w("</tr></table>")
    for i, text in doc.body():
        if text == "\f":
            continue
        if i == body_date_line and doc.date_iso:
            w(f'<p class="date">{time_tag(text)}</p>')
        elif i == doc.news_title_line:
            w(f"<h1>{e(text)}</h1>")
        elif doc.news_title_line is not None and i < doc.news_title_line:
            w(f'<p class="kicker">{e(text)}</p>')
        elif i in doc.title_lines or doc.role(i, text) == "caps":
            w(f'<p style="text-align:center"><strong>{e(text)}</strong></p>')
        else:
            w(f"<p>{e(text)}</p>")
    w("</article>")
    w('<div class="counter">')
    w(f"<p>Lượt truy cập: {visits}</p>")
    w(f"<p>Hôm nay: {today}</p>")
    w("</div>")
    w('<aside class="related"><h2>Tin liên quan</h2><ul>')
    for k, title in enumerate(related):
        w(f'<li><a href="/{slug(section)}/{slug(title)}-{article_id - 7 * (k + 1)}.html">{e(title)}</a></li>')
    w("</ul></aside>")
    w("</main>")
    w("<footer>")
    w(f"<p><strong>{e(portal.upper())}</strong></p>")
    w(f"<p>Cơ quan chủ quản: {e(owner)}</p>")
    w(f"<p>Địa chỉ: Số {1 + rng_seed % 120} đường Trần Hưng Đạo, {e(place or 'Việt Nam')}</p>")
    w(f"<p>Điện thoại: {phone} - Email: banbientap@example.gov.vn</p>")
    w(f"<p>© Bản quyền thuộc {e(owner)}. Ghi rõ nguồn \"{e(portal)}\" khi phát hành lại thông tin từ website này.</p>")
    w("</footer>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def write_html(doc: Document, dest: Path, ctx: "Context") -> None:
    """STEM.html: the document as a provincial portal publishes it: <nav> menu, site header,
    breadcrumb, share/print buttons, a visitor counter, "Tin liên quan" (5 other titles), footer,
    a <script> and a <style>; the text itself is in <article> with an <h1> title (kind + trích
    yếu for official texts, the headline for news), the official header as a two-cell table, a
    <time datetime> on the date and one <p> per line. A reader must keep the article and drop the
    rest. UTF-8 with <meta charset>."""
    atomic_write(dest, html_page(doc, ctx.related(doc)).encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# Legacy .doc through LibreOffice
# ----------------------------------------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_doc(doc: Document, dest: Path, ctx: "Context") -> None:
    """STEM.doc: Word 97-2003 binary, the other format offices still send, converted from
    STEM.docx by LibreOffice headless (a private profile per call, so parallel runs do not clash).
    Not byte-for-byte deterministic: LibreOffice stamps its own metadata."""
    exe = soffice()
    with tempfile.TemporaryDirectory(prefix="vanban-doc-") as tmp:
        source = Path(tmp) / f"{doc.stem}.docx"
        source.write_bytes(ctx.docx(doc))
        cmd = [exe, f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
               "--convert-to", "doc", "--outdir", tmp, str(source)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
        made = Path(tmp) / f"{doc.stem}.doc"
        if done.returncode != 0 or not made.exists():
            raise RuntimeError(f"soffice failed ({done.returncode}): {(done.stderr or done.stdout).strip()[:300]}")
        atomic_write(dest, made.read_bytes())


# ----------------------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------------------


def atomic_write(dest: Path, data: bytes) -> None:
    """Write through a temporary file, so a failure never leaves half a file that looks fresh."""
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~UMASK)  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Context:
    """Per-run state: intermediate renderings shared between formats (the PDF feeds the scans and
    the photo, the DOCX feeds the .doc) and the time spent making them, charged to pdf/docx."""

    def __init__(self, docs: list[Document], seconds: dict[str, float]):
        self.docs = docs
        self.seconds = seconds
        self._pdf: dict[str, bytes] = {}
        self._docx: dict[str, bytes] = {}
        self.shared = 0.0  # seconds spent on shared renderings during the current writer call
        self.to_tcvn3: Callable[[str], str] | None = None

    def _cached(self, cache: dict, fmt: str, doc: Document, make: Callable[[Document], bytes]) -> bytes:
        if doc.stem not in cache:
            start = time.perf_counter()
            cache[doc.stem] = make(doc)
            spent = time.perf_counter() - start
            self.seconds[fmt] += spent
            self.shared += spent
        return cache[doc.stem]

    def pdf(self, doc: Document) -> bytes:
        return self._cached(self._pdf, "pdf", doc, pdf_bytes)

    def docx(self, doc: Document) -> bytes:
        return self._cached(self._docx, "docx", doc, docx_bytes)

    def forget(self, doc: Document) -> None:
        self._pdf.pop(doc.stem, None)
        self._docx.pop(doc.stem, None)

    def related(self, doc: Document) -> list[str]:
        others = sorted((d for d in self.docs if d.stem != doc.stem and d.title != doc.title),
                        key=lambda d: seed_for(doc.stem, d.stem))
        titles = [d.title for d in others[:5]]
        return titles + GENERIC_RELATED[: 5 - len(titles)]


WRITERS: dict[str, Callable[[Document, Path, Context], None]] = {
    "docx": write_docx,
    "pdf": write_pdf,
    "scan300": lambda doc, dest, ctx: write_scan(doc, dest, ctx, 300),
    "scan200": lambda doc, dest, ctx: write_scan(doc, dest, ctx, 200),
    "png": write_png,
    "html": write_html,
    "tcvn3": write_tcvn3,
    "doc": write_doc,
}


def unavailable_formats(formats: list[str], ctx: Context) -> dict[str, str]:
    """{format: reason} for formats whose tool is missing; they are skipped, not failed."""
    reasons: dict[str, str] = {}
    if any(f in formats for f in ("pdf", "scan300", "scan200", "png")) and find_fonts() is None:
        reason = (f"no DejaVu TTF in {FONT_DIR} (Debian package fonts-dejavu-core); "
                  "PDF, scans and photo need a Unicode font with Vietnamese glyphs")
        for f in ("pdf", "scan300", "scan200", "png"):
            if f in formats:
                reasons[f] = reason
    if "tcvn3" in formats:
        try:
            if str(ROOT) not in sys.path:
                sys.path.insert(0, str(ROOT))
            ctx.to_tcvn3 = getattr(importlib.import_module("extractor.readers.legacy"), "to_tcvn3")
        except Exception as exc:  # not written yet, or broken mid-edit
            reasons["tcvn3"] = f"extractor.readers.legacy.to_tcvn3 is not available ({type(exc).__name__}: {exc})"
    if "doc" in formats and soffice() is None:
        reasons["doc"] = "LibreOffice (soffice) is not on PATH"
    return reasons


def build(src: str | Path = ROOT / "corpus" / "documents", out: str | Path = ROOT / "corpus" / "formats",
          formats: list[str] | tuple[str, ...] | str | None = None, only: list[str] | None = None,
          force: bool = False, log: Callable[[str], None] | None = None) -> dict:
    """Render every ``*.txt`` in ``src`` (or the stems in ``only``) in ``formats`` into ``out``.

    Returns ``{"written": {fmt: [path]}, "skipped": {fmt: [path]} (up to date),
    "failed": {fmt: [(stem, message)]}, "failed_sources": [(stem, message)] (unreadable or
    missing sources), "unavailable": {fmt: reason}, "seconds": {fmt: float}, "documents": int}``. Never raises for one bad file; raises ValueError for an unknown format."""
    src, out = Path(src), Path(out)
    say = log or (lambda _msg: None)
    if formats is None:
        formats = list(FORMATS)
    elif isinstance(formats, str):
        formats = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    formats = [f for f in FORMATS if f in formats]
    result: dict = {
        "written": {f: [] for f in formats},
        "skipped": {f: [] for f in formats},
        "failed": {f: [] for f in formats},
        "unavailable": {},
        "seconds": {f: 0.0 for f in FORMATS},
        "documents": 0,
    }
    failed_sources: list[tuple[str, str]] = []
    sources = sorted(src.glob("*.txt"))
    if only:
        wanted = {Path(s).name.removesuffix(".txt") for s in only}
        missing = wanted - {p.stem for p in sources}
        for stem in sorted(missing):
            failed_sources.append((stem, f"no {stem}.txt in {src}"))
        sources = [p for p in sources if p.stem in wanted]
    out.mkdir(parents=True, exist_ok=True)

    docs: list[Document] = []
    for path in sources:
        try:
            docs.append(Document(path.stem, path, path.read_text(encoding="utf-8")))
        except Exception as exc:
            failed_sources.append((path.stem, f"cannot read: {type(exc).__name__}: {exc}"))
    if only:  # "Tin liên quan" still shows titles of the whole folder
        all_docs = list(docs)
        for path in sorted(src.glob("*.txt")):
            if path.stem not in {d.stem for d in docs}:
                try:
                    all_docs.append(Document(path.stem, path, path.read_text(encoding="utf-8")))
                except Exception:
                    pass
    else:
        all_docs = docs
    ctx = Context(all_docs, result["seconds"])
    result["unavailable"] = unavailable_formats(formats, ctx)
    for fmt, reason in result["unavailable"].items():
        say(f"skip {fmt}: {reason}")
    result["failed_sources"] = failed_sources
    for stem, message in failed_sources:
        say(f"FAILED {stem}: {message}")
    result["documents"] = len(docs)

    for doc in docs:
        source_time = doc.path.stat().st_mtime
        for fmt in formats:
            if fmt in result["unavailable"]:
                continue
            dest = out / f"{doc.stem}{SUFFIX[fmt]}"
            if not force and dest.exists() and dest.stat().st_mtime >= source_time:
                result["skipped"][fmt].append(str(dest))
                continue
            start = time.perf_counter()
            ctx.shared = 0.0
            try:
                WRITERS[fmt](doc, dest, ctx)
                result["written"][fmt].append(str(dest))
            except Exception as exc:
                result["failed"][fmt].append((doc.stem, f"{type(exc).__name__}: {exc}"))
                say(f"FAILED {doc.stem}{SUFFIX[fmt]}: {type(exc).__name__}: {exc}")
            finally:  # the shared PDF/DOCX rendering is charged to pdf/docx, not to this format
                result["seconds"][fmt] += time.perf_counter() - start - ctx.shared
        ctx.forget(doc)
    return result


def summary(result: dict) -> str:
    lines = [f"{result['documents']} document(s)",
             f"{'format':<9} {'written':>7} {'skipped':>7} {'failed':>6} {'seconds':>8}"]
    for fmt in result["written"]:
        if fmt in result["unavailable"]:
            lines.append(f"{fmt:<9} {'-':>7} {'-':>7} {'-':>6} {'-':>8}  skipped: {result['unavailable'][fmt]}")
            continue
        lines.append(f"{fmt:<9} {len(result['written'][fmt]):>7} {len(result['skipped'][fmt]):>7} "
                     f"{len(result['failed'][fmt]):>6} {result['seconds'][fmt]:>8.2f}")
    for stem, message in result["failed_sources"]:
        lines.append(f"FAILED {stem}.txt: {message}")
    for fmt, failures in result["failed"].items():
        for stem, message in failures:
            lines.append(f"FAILED {stem}{SUFFIX[fmt]}: {message}")
    lines.append("(skipped: newer than its .txt, --force rebuilds; pdf/docx seconds include the "
                 "PDF/DOCX that the scans, png and doc are made from)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", default=str(ROOT / "corpus" / "documents"), help="folder of *.txt")
    parser.add_argument("--out", default=str(ROOT / "corpus" / "formats"), help="output folder")
    parser.add_argument("--only", nargs="+", metavar="STEM", help="render only these stems")
    parser.add_argument("--formats", default=",".join(FORMATS),
                        help=f"comma-separated subset of {','.join(FORMATS)}")
    parser.add_argument("--force", action="store_true", help="rebuild files that look up to date")
    args = parser.parse_args(argv)
    try:
        result = build(args.src, args.out, args.formats, args.only, force=args.force,
                       log=lambda msg: print(msg, file=sys.stderr, flush=True))
    except ValueError as exc:
        parser.error(str(exc))
    print(summary(result))
    return 1 if any(result["failed"].values()) or result["failed_sources"] else 0


if __name__ == "__main__":
    sys.exit(main())
