"""PDF: pypdfium2 reads the text layer (hundreds of pages a second); pages without one are scanned
images and go to OCR, page by page. The first page of an official document is read again with
pdfplumber's layout mode, which keeps the two columns of its header apart the way a typed text does.
"""

from __future__ import annotations

import os
import tempfile
from io import BytesIO
from pathlib import Path

from .base import CorruptFile, EncryptedFile, Limits, Page, Text, TooLarge
from .ocr import _PDFIUM, PageJob, ocr_pages

# A page whose text layer has fewer letters than this is treated as a scanned image.
MIN_LETTERS = 25


def read_pdf(data: bytes | Path, source: str, limits: Limits) -> Text:
    """``data``: the PDF's bytes, or its path (then it is read page by page from the file)."""
    import pypdfium2 as pdfium

    # pdfium is not thread-safe: the text-layer pass and the OCR threads' rendering take turns.
    with _PDFIUM:
        texts, scanned, count, metadata = _text_layer(pdfium, data, source, limits)
    return _assemble(data, source, limits, texts, scanned, count, metadata)


def _text_layer(pdfium, data, source: str, limits: Limits):
    try:
        pdf = pdfium.PdfDocument(str(data) if isinstance(data, Path) else data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise EncryptedFile(f"{source}: the PDF is password-protected; save an unprotected copy") from e
        raise CorruptFile(f"{source}: the PDF is damaged or truncated ({e}); export it again") from e
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptFile(f"{source}: the PDF has no pages")
        if count > limits.max_pages:
            raise TooLarge(f"{source}: {count:,} pages is over the limit of {limits.max_pages:,}; "
                           "split the PDF or raise VANBAN_MAX_PAGES")
        texts: dict[int, str] = {}
        scanned: list[int] = []
        for i in range(count):
            try:
                page = pdf[i]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as e:
                raise CorruptFile(f"{source}: page {i + 1} of the PDF is damaged ({e}); export it again") from e
            # pdfium marks a hyphen that ends a line with U+FFFE ("TT\ufffeBVHTTDL").
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-")
            textpage.close()
            page.close()
            if sum(c.isalpha() for c in text) >= MIN_LETTERS:
                texts[i] = text
            else:
                scanned.append(i)
        metadata = {k.lower(): v for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
    finally:
        pdf.close()
    return texts, scanned, count, metadata


def _assemble(data, source: str, limits: Limits, texts: dict, scanned: list, count: int, metadata: dict) -> Text:
    if 0 in texts and _official_header(texts[0]):
        texts[0] = _with_layout_header(data, texts[0])
    warnings: list[str] = []
    ocr_results = {}
    if scanned:
        if isinstance(data, Path):
            path, temporary = str(data), False
        else:
            with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as tmp:
                tmp.write(data)
                path, temporary = tmp.name, True
        try:
            jobs = [PageJob("pdf", path, i, limits.ocr_dpi, limits.max_page_pixels, limits.ocr_page_seconds)
                    for i in scanned]
            for i, r in zip(scanned, ocr_pages(jobs, limits.ocr_workers)):
                ocr_results[i] = r
                if r.confidence is not None and r.confidence < 70:
                    warnings.append(f"page {i + 1}: low OCR confidence ({r.confidence})")
        finally:
            if temporary:
                os.unlink(path)
    parts, pages, offset = [], [], 0
    repairs = []
    from ..repair import repair_ocr

    from .layout import reflow

    for i in range(count):
        if i in texts:
            text, method, confidence = reflow(texts[i]), "text layer", None
        else:
            text, confidence = reflow(ocr_results[i].text), ocr_results[i].confidence
            text, page_repairs = repair_ocr(text, offset)
            repairs.extend(page_repairs)
            method = "ocr"
        parts.append(text)
        pages.append(Page(i + 1, offset, offset + len(text), method, confidence))
        offset += len(text) + 2
    method = "ocr" if not texts else "text layer" if not scanned else "text layer + ocr"
    return Text("\n\n".join(parts), source, "pdf", None, method, tuple(pages), metadata, tuple(warnings),
                tuple(repairs))


def _official_header(text: str) -> bool:
    import unicodedata

    head = unicodedata.normalize("NFC", text[:1500]).upper()
    return "CỘNG HÒA" in head or "CỘNG HOÀ" in head or "ĐẢNG CỘNG SẢN" in head


_KIND_LINE = __import__("regex").compile(
    r"(?m)^[ \t]*(?:" + "|".join(w.replace(" ", "[ ]+") for w in (
        "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "BÁO CÁO", "THÔNG BÁO", "TỜ TRÌNH", "HƯỚNG DẪN", "NGHỊ QUYẾT",
        "CHƯƠNG TRÌNH", "KẾT LUẬN", "QUY ĐỊNH", "CÔNG ĐIỆN", "V/v")) + r")\b")


def _with_layout_header(data: bytes, text: str) -> str:
    """The header from layout mode (its two columns kept apart), the rest from the text layer."""
    layout = _layout_first_page(data)
    if not layout:
        return text
    # Layout mode spaces letters out ("QUYẾT  ĐỊNH"); a column gap is wider than two spaces.
    layout = __import__("regex").sub(r"(?<=\S) {2}(?=\S)", " ", layout)
    head_end = _KIND_LINE.search(layout)
    body_start = _KIND_LINE.search(text)
    if head_end is None or body_start is None:
        return text
    return layout[: head_end.start()] + text[body_start.start() :]


def _layout_first_page(data: bytes) -> str | None:
    """The first page with its columns kept apart by spaces (pdfplumber's layout mode)."""
    try:
        import pdfplumber

        with pdfplumber.open(str(data) if isinstance(data, Path) else BytesIO(data)) as pdf:
            text = pdf.pages[0].extract_text(layout=True) or ""
    except Exception:  # layout is a nicety: the text layer read by pdfium stands
        return None
    # Layout mode pads with blank lines for vertical space; keep one blank line at most.
    out: list[str] = []
    for line in (line.rstrip() for line in text.split("\n")):
        if line.strip() or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")
