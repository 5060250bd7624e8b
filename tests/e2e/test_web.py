"""The web page, driven as a user would in headless Chromium against a real vanban server.

The server starts with the sample corpus minus two documents; the first test uploads those two
through the page (one as DOCX, one as a scanned PDF that goes through OCR)."""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from openpyxl import load_workbook

from .harness import API_KEY

try:
    from playwright.sync_api import expect
except ImportError:
    if os.environ.get("CI"):
        raise  # CI must run these tests: the test extra installs playwright
    pytest.skip("the playwright package is missing (pip install -e '.[test]')", allow_module_level=True)

PHONE = {"width": 390, "height": 844}
OCR_TIMEOUT_MS = 300_000  # a two-page scan takes ~5 s of OCR; a loaded CI machine much longer


def fold(text: str) -> str:
    """Lower case without Vietnamese accents (đ → d), as the server's search compares words."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def document_id(server, symbol: str) -> int:
    hits = server.get(f"/search?q={quote(symbol)}&limit=20")["items"]
    return next(item["id"] for item in hits if item["symbol"] == symbol)


def upload_item(page, name: str):
    return page.locator(".upload-item", has=page.locator(".upload-name", has_text=name))


# ---------------------------------------------------------------------------------------------
# Upload


def test_upload_docx_and_scan_asks_for_the_key_and_follows_the_ocr_job(open_page, server, samples, tmp_path):
    unreadable = tmp_path / "bang-tinh.bin"
    unreadable.write_bytes(bytes(range(256)) * 8)
    page = open_page("#/upload")  # no key stored: the server (VANBAN_API_KEY set) answers 401
    page.set_input_files("#upload-input", [samples["docx"], samples["scan300"], unreadable])

    dialog = page.locator("#key-dialog")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Khóa API").fill(API_KEY)
    dialog.get_by_role("button", name="Lưu và tiếp tục").click()
    expect(dialog).to_be_hidden()
    assert page.evaluate("localStorage.getItem('vanban.apiKey')") == API_KEY

    docx = upload_item(page, samples["docx"].name)
    expect(docx).to_have_attribute("data-phase", "stored", timeout=60_000)
    assert docx.locator("progress.upload-progress").evaluate("p => p.value") == 1
    expect(docx.get_by_role("link", name="Mở văn bản")).to_be_visible()

    bad = upload_item(page, unreadable.name)
    expect(bad).to_have_attribute("data-phase", "failed", timeout=60_000)
    expect(bad.locator(".upload-status")).to_contain_text("Không phải loại tệp được hỗ trợ")
    expect(bad.get_by_role("alert")).to_be_visible()

    # The scan becomes a job: its progress bar shows until OCR is done, then a link.
    scan = upload_item(page, samples["scan300"].name)
    expect(scan.locator("progress.job-progress")).to_be_attached(timeout=60_000)
    expect(scan.locator(".job-message")).to_contain_text(re.compile("Nhận dạng chữ|Đang"), timeout=60_000)
    expect(scan).to_have_attribute("data-phase", "done", timeout=OCR_TIMEOUT_MS)
    assert scan.locator("progress.job-progress").evaluate("p => p.value") == 1
    scan.get_by_role("link", name="Mở văn bản").click()
    expect(page.locator(".doc-header h1")).to_contain_text("Cờ thi đua")
    expect(page.locator(".doc-header")).to_contain_text("nhận dạng chữ (OCR)")
    assert page.locator(".doc-text .hl-award").count() > 0

    # The uploaded DOCX is found by an accentless search of its accented title.
    page.goto(f"{server.url}/#/search")
    page.get_by_label("Từ khóa").fill("van hoa the thao lao cai")
    page.get_by_label("Từ khóa").press("Enter")
    first = page.locator(".result").first
    expect(first).to_contain_text("Lào Cai")
    marks = [fold(m) for m in first.locator(".snippet mark").all_inner_texts()]
    assert {"lao", "cai"} <= set(marks), marks


def test_dropping_files_uploads_them_and_explains_an_empty_one(open_page):
    page = open_page("#/upload", api_key=API_KEY)
    # A real drop event, with files made in the page (Playwright cannot drag from the desktop).
    page.locator("[data-dropzone]").evaluate("""zone => {
        const data = new DataTransfer();
        data.items.add(new File([""], "trong.txt", {type: "text/plain"}));
        data.items.add(new File(["CÔNG VĂN\\nVề việc thử kéo thả tệp vào trang tải lên của vanban.\\n"],
                                "keo-tha.txt", {type: "text/plain"}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true, cancelable: true}));
    }""")
    empty = upload_item(page, "trong.txt")
    expect(empty).to_have_attribute("data-phase", "failed")
    expect(empty.locator(".upload-status")).to_contain_text("Tệp rỗng")
    dropped = upload_item(page, "keo-tha.txt")
    expect(dropped).to_have_attribute("data-phase", "stored")
    dropped.get_by_role("link", name="Mở văn bản").click()
    expect(page.locator(".doc-text")).to_contain_text("thử kéo thả tệp")


# ---------------------------------------------------------------------------------------------
# Search


def test_accentless_search_finds_accented_text_and_filters_by_facet(open_page, server):
    page = open_page("#/search")
    box = page.get_by_label("Từ khóa")
    box.fill("chien si thi dua")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"#/search\?q=chien\+si\+thi\+dua"))
    expect(page.locator(".results-heading")).to_contain_text("Tìm thấy")
    api = server.get("/search?q=chien+si+thi+dua&limit=10")
    assert page.locator(".result").count() == min(10, api["total"]) > 0
    marks = page.locator(".snippet mark").all_inner_texts()
    assert any(m != fold(m) for m in marks), f"no accented word highlighted: {marks}"
    assert {fold(m) for m in marks} <= {"chien", "si", "thi", "dua"}

    # A kind facet narrows the results to its count, and shows as a removable chip.
    facet = next(f for f in api["facets"]["kind"] if f["value"])
    page.locator(f".facet-item a[data-facet='kind'][data-value='{facet['value']}']").click()
    expect(page.locator(".chips .chip")).to_contain_text(facet["value"])
    expect(page.locator(".results-heading")).to_contain_text(f"Tìm thấy {facet['count']} văn bản")
    for meta in page.locator(".result .meta").all_inner_texts():
        assert meta.startswith(facet["value"])
    page.locator(".chips .chip").click()
    expect(page.locator(".results-heading")).to_contain_text(f"Tìm thấy {api['total']} văn bản")


def test_search_pages_through_results(open_page, server):
    total = server.get("/search?q=thi+dua&limit=1")["total"]
    assert total > 10, "the corpus should give more than one page for 'thi dua'"
    page = open_page("#/search?q=thi%20dua")
    pager = page.get_by_role("navigation", name="Phân trang")
    expect(pager).to_contain_text(f"Trang 1 / {-(-total // 10)}")
    first_page = page.locator(".result h3").all_inner_texts()
    pager.get_by_role("link", name="Trang sau ›").click()
    expect(pager).to_contain_text("Trang 2 /")
    assert page.locator(".result-list").get_attribute("start") == "11"
    assert not set(page.locator(".result h3").all_inner_texts()) & set(first_page)


# ---------------------------------------------------------------------------------------------
# Document view


def test_document_view_highlights_every_record_type_with_hover_details(open_page, server):
    doc_id = document_id(server, "04/CT-UBND")
    doc = server.get(f"/documents/{doc_id}")
    page = open_page(f"#/documents/{doc_id}")
    expect(page.locator(".doc-header h1")).to_have_text(doc["title"])
    expect(page.locator(".doc-header .fields")).to_contain_text("Ủy ban nhân dân tỉnh Quảng Ngãi")
    expect(page.locator(".doc-header .fields")).to_contain_text("29/02/2024")
    text = page.locator(".doc-text")
    assert text.inner_text() == doc["text"], "the highlighter must not lose or repeat text"

    # Every record is drawn, with its type: the first segment of each carries its anchor.
    for type_, key in (("reference", "references"), ("date", "dates"), ("unit", "units"), ("award", "awards")):
        assert doc[key], f"04/CT-UBND should have {key}"
        anchors = page.evaluate(f"""() => [...document.querySelectorAll('.doc-text .hl-{type_}[data-anchors]')]
            .flatMap(el => el.dataset.anchors.split(' ')).filter(a => a.startsWith('rec-{type_}-'))""")
        assert len(set(anchors)) == len(doc[key]), (type_, anchors)
        expect(page.locator(f".records .group-{type_} .count")).to_have_text(str(len(doc[key])))
        first = doc[key][0]
        covered = page.evaluate(f"""() => [...document.querySelectorAll('.doc-text .hl-{type_}')]
            .map(el => el.textContent).join('')""")
        assert first["evidence"] in covered or doc["text"][first["start"]:first["end"]] in covered

    # A reference links to the cited document when it is stored, else to who cites it.
    for ref in doc["references"]:
        anchor = page.locator(f".doc-text a.hl[data-anchors~='rec-reference-{doc['references'].index(ref)}']")
        href = anchor.get_attribute("href")
        if ref["cited_document_id"]:
            assert href == f"#/documents/{ref['cited_document_id']}"
        else:
            assert href.startswith("#/cites?"), href
            assert parse_qs(urlsplit(href).fragment.split("?", 1)[1])["ref"] == [ref["symbol"] or ref["name"] or ref["evidence"]]

    # Hovering a reference shows its record.
    ct19 = text.locator("a.hl-reference", has_text="19/CT-TTg").first
    ct19.hover()
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Trích dẫn văn bản")
    expect(tooltip).to_contain_text("16/07/2021")
    expect(tooltip).to_contain_text("Thủ tướng Chính phủ")

    # The side list jumps to a record in the text.
    award = doc["awards"][0]
    page.locator(".records .group-award .record-item button").first.click()
    target = text.locator("[data-anchors~='rec-award-0']")
    expect(target).to_be_focused()
    expect(target).to_contain_text(award["evidence"][:10])

    # Following the reference leads to the who-cites view of 19/CT-TTg.
    ct19.click()
    expect(page).to_have_url(re.compile(r"#/cites\?ref=19%2FCT-TTg"))
    expect(page.locator(".cite-group").first).to_be_visible()


def test_nested_records_are_layered_not_lost(open_page, server):
    """A record inside another (a date or unit inside a reference or an award) keeps both types."""
    for item in server.get("/documents?limit=200")["items"]:
        doc = server.get(f"/documents/{item['id']}")
        spans = [(r["start"], r["end"], t) for t, k in (("reference", "references"), ("date", "dates"),
                                                       ("unit", "units"), ("award", "awards")) for r in doc[k]]
        nested = [(outer, inner) for outer in spans for inner in spans
                  if outer[2] != inner[2] and outer[0] <= inner[0] and inner[1] <= outer[1] and outer != inner]
        if nested:
            break
    else:
        pytest.skip("no document of the sample corpus has nested records")
    (_, _, outer_type), (start, end, inner_type) = nested[0]
    page = open_page(f"#/documents/{doc['id']}")
    layered = page.locator(f".doc-text .hl-{outer_type}.hl-{inner_type}")
    expect(layered.first).to_be_visible()
    assert doc["text"][start:end] in "".join(layered.all_text_contents())
    assert layered.first.get_attribute("data-top") == inner_type


# ---------------------------------------------------------------------------------------------
# Who cites


def test_who_cites_groups_19_ct_ttg_by_the_cited_year(open_page, server):
    page = open_page("#/cites")
    page.get_by_label("Văn bản được trích dẫn").fill("chỉ thị số 19/ct-ttg")
    page.get_by_role("button", name="Tra cứu").click()
    api = server.get("/citations?ref=19%2FCT-TTg")
    expect(page.get_by_role("heading", level=2)).to_contain_text(f"{api['total']} văn bản trích dẫn")
    expect(page.locator(".notice-warning")).to_contain_text("2020, 2021")
    for year in (2020, 2021):
        group = page.locator(f".cite-group[data-year='{year}']")
        expect(group.get_by_role("heading", level=3)).to_have_text(f"19/CT-TTg năm {year}")
        api_group = next(g for g in api["groups"] if g["year"] == year)
        expect(group.locator(".citing")).to_have_count(len(api_group["documents"]))
        sentences = group.locator("blockquote").all_inner_texts()
        assert all(re.search(r"19/CT[-/]TTg|Chỉ thị", s) for s in sentences), sentences
        assert group.locator("blockquote mark").count() >= len(api_group["documents"])
    expect(page.locator(".cite-group[data-year='2021']")).to_contain_text("16/07/2021")

    page.locator(".cite-group[data-year='2021'] .citing a").first.click()
    expect(page).to_have_url(re.compile(r"#/documents/\d+$"))
    expect(page.locator(".doc-text a.hl-reference", has_text=re.compile("19/CT.TTg")).first).to_be_visible()


def test_who_cites_explains_a_query_that_names_nothing(open_page):
    page = open_page("#/cites?ref=%21%21%21")
    expect(page.get_by_role("alert")).to_contain_text("không giống tên hay số ký hiệu")
    page.get_by_label("Văn bản được trích dẫn").fill("xin chào")  # a name, but nobody cites it
    page.get_by_label("Văn bản được trích dẫn").press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Chưa văn bản nào trong kho trích dẫn “xin chào”")


# ---------------------------------------------------------------------------------------------
# Award register


def test_award_register_filters_sorts_charts_and_exports(open_page, server, tmp_path):
    page = open_page("#/awards")
    total = server.get("/awards?limit=1")["total"]
    expect(page.locator("#register-heading")).to_have_text(f"{total} khen thưởng")
    bars = page.locator("svg.chart rect.bar")
    expect(bars.first).to_be_attached()
    assert sum(int(c) for c in bars.evaluate_all("rs => rs.map(r => r.dataset.count)")) == total

    # Filter: accentless form, a status.
    page.get_by_label("Hình thức khen thưởng").fill("bang khen")
    page.get_by_label("Trạng thái", exact=True).select_option("conferred")
    page.get_by_role("button", name="Lọc").click()
    expect(page).to_have_url(re.compile(r"form=bang\+khen.*status=conferred"))
    expected = server.get("/awards?form=bang+khen&status=conferred&limit=1000")
    assert 0 < expected["total"] < total
    expect(page.locator("#register-heading")).to_have_text(f"{expected['total']} khen thưởng")
    rows = page.locator(".awards-table tbody tr")
    expect(rows).to_have_count(min(25, expected["total"]))
    for form, status in zip(rows.locator("td[data-label='Hình thức']").all_inner_texts(),
                            rows.locator("td[data-label='Trạng thái']").all_inner_texts()):
        assert "Bằng khen" in form and status == "đã tặng", (form, status)
    chart_sum = sum(int(c) for c in bars.evaluate_all("rs => rs.map(r => r.dataset.count)"))
    assert chart_sum == expected["total"]

    # Sort by year: newest first, then oldest first.
    year_header = page.locator("th[data-sort='year']")
    expect(year_header).to_have_attribute("aria-sort", "descending")
    year_header.get_by_role("link").click()
    expect(year_header).to_have_attribute("aria-sort", "ascending")
    years = [int(y) for y in rows.locator("td[data-label='Năm']").all_inner_texts() if y.isdigit()]
    assert years == sorted(years) and years

    # Export: the links carry the filters; the XLSX opens with the expected rows.
    csv_href = page.get_by_role("link", name="Tải về dạng CSV").get_attribute("href")
    assert parse_qs(urlsplit(csv_href).query) == {"form": ["bang khen"], "status": ["conferred"],
                                                  "sort": ["year"], "format": ["csv"]}
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải về dạng Excel (XLSX)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    sheet = load_workbook(path, read_only=True).active
    header, *data = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert "Đối tượng" in header and "Hình thức khen thưởng" in header
    assert len(data) == expected["total"]
    award_col, status_col = header.index("Hình thức khen thưởng"), header.index("Trạng thái")
    assert all("Bằng khen" in row[award_col] and row[status_col] == "đã tặng" for row in data)
    assert sorted(r["recipient"] or "" for r in expected["items"]) == sorted(row[header.index("Đối tượng")] or "" for row in data)


def test_export_with_a_stored_key_sends_it(open_page, server):
    """A link cannot send the X-API-Key header: with a key stored, the page fetches the export itself."""
    page = open_page("#/awards?year=2025", api_key=API_KEY)
    expected = server.get("/awards?year=2025&limit=1")["total"]
    expect(page.locator("#register-heading")).to_have_text(f"{expected} khen thưởng")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải về dạng CSV").click()
    download = download_info.value
    assert download.suggested_filename == "khen-thuong.csv"
    with open(download.path(), encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert header[0] == "Đối tượng" and len(rows) == expected


# ---------------------------------------------------------------------------------------------
# Phone width, labels


@pytest.mark.parametrize("address", ["#/search?q=thi%20dua", "#/upload", "#/cites?ref=19%2FCT-TTg", "#/awards",
                                     "DOCUMENT"])
def test_phone_width_has_no_horizontal_overflow(open_page, server, address):
    if address == "DOCUMENT":
        address = f"#/documents/{document_id(server, '04/CT-UBND')}"
    page = open_page(address, viewport=PHONE)
    page.locator("main h1").wait_for()
    page.wait_for_load_state("networkidle")
    widths = page.evaluate("""() => ({doc: document.documentElement.scrollWidth, body: document.body.scrollWidth,
                                      viewport: document.documentElement.clientWidth})""")
    assert widths["doc"] <= widths["viewport"] and widths["body"] <= widths["viewport"], widths
    for link in page.locator(".nav a").all():  # every main link is reachable without scrolling sideways
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    if address == "#/awards":  # the table turns into cards; sorting moves into a menu
        assert page.locator(".awards-table thead").bounding_box()["height"] <= 1
        expect(page.get_by_label("Sắp xếp theo", exact=True)).to_be_visible()


def test_every_control_has_a_label_and_the_interface_is_vietnamese(open_page, server):
    page = open_page("#/search?q=thi%20dua")
    assert page.evaluate("document.documentElement.lang") == "vi"
    for address in ("#/search?q=thi%20dua", "#/upload", "#/cites", "#/awards",
                    f"#/documents/{document_id(server, '04/CT-UBND')}"):
        page.goto(f"{server.url}/{address}")
        page.locator("main h1").wait_for()
        page.wait_for_load_state("networkidle")
        unlabelled = page.evaluate("""() => [...document.querySelectorAll('main input, main select, main button')]
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
            .map(el => el.outerHTML)""")
        assert not unlabelled, (address, unlabelled)
        assert page.locator("main h1").count() == 1, address
