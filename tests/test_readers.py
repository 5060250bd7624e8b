"""Readers: every format of every sample document, and every kind of bad file.

The formats are built from the project's own documents by corpus/build_formats.py (DOCX with the
header table, text PDF, scanned PDF at 300 dpi with noise and skew, HTML inside portal boilerplate,
a TCVN3 DOCX, a photo-like PNG), once per session, and read back with the real Tesseract.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT, shared_scorer
from extractor import extract
from extractor.readers import (CorruptFile, EncryptedFile, Limits, TooLarge, UnsupportedFormat, read, read_bytes,
                               sniff)

sys.path.insert(0, str(ROOT / "corpus"))
import build_formats  # noqa: E402

DOCUMENTS = sorted(p.stem for p in (CORPUS / "documents").glob("*.txt"))
FORMATS = ("docx", "pdf", "scan300.pdf", "html", "doc")


@pytest.fixture(scope="session")
def formats(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    build_formats.build(CORPUS / "documents", out, ["docx", "pdf", "scan300", "html", "tcvn3", "png", "doc"], None)
    return out


def _records(text: str) -> tuple[list, list]:
    result = extract(text).to_json()
    refs = sorted(r["key"] for r in result["references"])
    awards = sorted(f"{a['form']} -> {a['recipient']}" for a in result["awards"])
    return refs, awards


def _same(got: list, want: list, tolerance: float) -> bool:
    """The same records; with a tolerance, each may differ by a few characters (what OCR misreads
    on a noisy scan: "Cổ phân" for "Cổ phần"), one for one."""
    if tolerance == 0:
        return got == want
    from difflib import SequenceMatcher

    left = list(got)
    for w in want:
        match = next((g for g in left if SequenceMatcher(None, g, w).ratio() >= 1 - tolerance), None)
        if match is None:
            return False
        left.remove(match)
    return not left


@pytest.mark.parametrize("stem", DOCUMENTS)
@pytest.mark.parametrize("suffix", FORMATS)
def test_every_format_yields_the_same_references_and_awards(formats, stem, suffix):
    want = _records((CORPUS / "documents" / f"{stem}.txt").read_text(encoding="utf-8"))
    got = _records(read(formats / f"{stem}.{suffix}").text)
    tolerance = 0.05 if suffix.startswith("scan") else 0.0
    assert _same(got[0], want[0], tolerance), f"references from {suffix}: {got[0]} != {want[0]}"
    assert _same(got[1], want[1], tolerance), f"awards from {suffix}: {got[1]} != {want[1]}"


def test_sniffing_reads_content_not_extension(formats, tmp_path):
    fake = tmp_path / "really_a_docx.pdf"
    shutil.copy(formats / f"{DOCUMENTS[0]}.docx", fake)
    assert read(fake).format == "docx"
    assert sniff((formats / f"{DOCUMENTS[0]}.pdf").read_bytes()) == "pdf"
    assert sniff(b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"


def test_docx_header_table_is_read_column_by_column(formats):
    text = read(formats / "c01_qd_khen_thuong_binh_dinh.docx").text
    head = text[: text.index("QUYẾT ĐỊNH")]
    motto = max(head.find("CỘNG HÒA"), head.find("CỘNG HOÀ"))
    assert 0 <= head.index("TỈNH BÌNH ĐỊNH") < head.index("Số: 2187/QĐ-UBND") < motto
    header = extract(text).header
    assert (header.kind, header.symbol, header.issued) == ("QĐ", "2187/QĐ-UBND", "2009-08-25")


def test_text_pdf_pages_and_offsets(formats):
    doc = read(formats / "c15_qd_quy_dinh_tdkt_quang_ninh_2024.pdf")
    assert doc.method == "text layer"
    assert doc.pages and doc.pages[0].start == 0
    for page in doc.pages:
        assert doc.text[page.start : page.end].strip()


def test_scanned_pdf_is_read_by_ocr_with_confidence(formats):
    doc = read(formats / "c03_ct_ubnd_quang_ngai_thi_dua_2024.scan300.pdf")
    assert doc.method == "ocr"
    assert all(p.method == "ocr" and p.confidence and p.confidence > 70 for p in doc.pages)


def test_photo_of_a_page_is_read(formats):
    doc = read(formats / "c04_cv_ubnd_nghe_an_ngay_nha_giao_2022.png")
    assert doc.format == "image" and doc.method == "ocr"
    assert "7315/UBND-VX" in doc.text


def test_html_keeps_the_article_and_drops_the_portal(formats):
    doc = read(formats / "c10_news_huan_chuong_cap_nuoc_thanh_hoa_2023.html")
    assert "Huân chương Lao động" in doc.text
    for boilerplate in ("Lượt truy cập", "Tin liên quan", "Chia sẻ"):
        assert boilerplate not in doc.text
    assert extract(doc.text).header.issued == "2023-09-05"


def test_tcvn3_docx_is_converted_to_unicode(formats):
    doc = read(formats / "c01_qd_khen_thuong_binh_dinh.tcvn3.docx")
    assert "Quyết định" in doc.text or "QUYẾT ĐỊNH" in doc.text
    assert any("TCVN3" in w for w in doc.warnings)


def test_tcvn3_plain_text_is_detected_and_converted():
    from extractor.readers.legacy import to_tcvn3

    data = to_tcvn3("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022").encode("cp1252")
    doc = read_bytes(data, "old.txt")
    assert doc.encoding == "tcvn3"
    assert "Thi đua, khen thưởng" in doc.text


def test_rtf_and_odt(tmp_path):
    rtf = (r"{\rtf1\ansi\uc1 Quy\u7871?t \u273?\u7883?nh s\u7889? 12/Q\u272?-UBND}").encode()
    assert "Quyết định số 12/QĐ-UBND" in read_bytes(rtf, "x.rtf").text
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               '<text:p>Chỉ thị số 19/CT-TTg</text:p></office:text></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    assert read_bytes(buf.getvalue(), "x.odt").text.strip() == "Chỉ thị số 19/CT-TTg"


def test_a_scanned_pdf_is_written_back_with_a_text_layer(formats, tmp_path):
    from extractor.readers.archive import add_text_layer

    out = add_text_layer(formats / "c04_cv_ubnd_nghe_an_ngay_nha_giao_2022.scan300.pdf", tmp_path / "searchable.pdf")
    doc = read(out)
    assert doc.method.startswith("text layer")
    assert "7315/UBND-VX" in doc.text


# ---- bad files -------------------------------------------------------------------------------

def test_encrypted_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(100, 700, "Quyet dinh")
    c.save()
    with pytest.raises(EncryptedFile, match="password"):
        read(path)


def test_truncated_pdf(formats):
    data = (formats / f"{DOCUMENTS[0]}.pdf").read_bytes()
    with pytest.raises(CorruptFile):
        read_bytes(data[: len(data) // 3], "cut.pdf")


def test_pdf_with_thousands_of_pages_is_refused_quickly(tmp_path):
    import time

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(1500):
        pdf.new_page(595, 842)
    path = tmp_path / "bomb.pdf"
    pdf.save(str(path))
    start = time.perf_counter()
    with pytest.raises(TooLarge, match="pages"):
        read(path, Limits(max_pages=1000))
    assert time.perf_counter() - start < 10


def test_docx_zip_bomb_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * 300_000_000)
    with pytest.raises(TooLarge, match="zip bomb|unpacks"):
        read_bytes(buf.getvalue(), "bomb.docx")


def test_huge_image_is_refused(tmp_path):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (20000, 20000), 1).save(buf, format="PNG")
    with pytest.raises(TooLarge):
        read_bytes(buf.getvalue(), "big.png", Limits(max_page_pixels=50_000_000))


def test_random_zip_and_garbage(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    with pytest.raises(UnsupportedFormat):
        read_bytes(buf.getvalue(), "a.zip")


# ---- the seeds, scanned ----------------------------------------------------------------------

score = shared_scorer()
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


@pytest.mark.skipif(score is None or not SEEDS.exists(), reason="../shared (seeds and scorer) is not beside this checkout")
def test_scanned_seeds_score(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_scans")
    build_formats.build(SEEDS, out, ["pdf", "scan300"], None)
    refs, named, dates = score.Tally(), score.Tally(), score.Tally()
    for gold_file in sorted((ROOT.parent / "shared" / "eval" / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pred = extract(read(out / f"{gold_file.stem}.scan300.pdf").text).to_json()
        log: list[str] = []
        score.score_refs(gold.get("references", []), pred["references"], refs, named, log)
        score.score_dates(gold.get("dates", []), pred["dates"], dates, log)
    assert refs.prf()[2] >= 0.95 and dates.prf()[2] >= 0.95, (refs.prf(), dates.prf())
