"""POST/GET/DELETE /documents and /jobs."""

from __future__ import annotations

import io
import time

from tests.store.factories import award_decision, citing

from .conftest import KEY


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and {"status", "code", "message"} <= set(body["error"])
    assert body["error"]["status"] == response.status_code
    return body["error"]


def test_upload_needs_the_key(upload):
    response = upload(("a.txt", citing("Chỉ thị số 19/CT-TTg").bytes()), key=None)
    assert response.status_code == 401 and error_of(response)["code"] == "api_key_required"
    assert upload(("a.txt", b"x"), key="wrong").status_code == 401


def test_without_a_key_configured_only_this_machine_may_write(tmp_path):
    from fastapi.testclient import TestClient

    from api.main import create_app
    from api.settings import Settings

    app = create_app(Settings(data_dir=tmp_path / "open"))
    data = {"files": ("a.txt", citing("Chỉ thị số 19/CT-TTg").bytes())}
    with TestClient(app, client=("203.0.113.9", 5000)) as remote:
        response = remote.post("/documents", files=data)
        assert response.status_code == 403 and "VANBAN_API_KEY" in error_of(response)["message"]
    with TestClient(app, client=("127.0.0.1", 5000)) as local:
        assert local.post("/documents", files=data).status_code == 201


def test_upload_many_files_each_with_its_own_result(upload):
    good = citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ").bytes()
    response = upload(("kế hoạch.txt", good), ("empty.txt", b"  \n"), ("archive.zip", b"PK\x03\x04not a docx"))
    assert response.status_code == 201
    stored, empty, zipped = response.json()["results"]
    assert stored["status"] == "stored" and stored["document_id"] and stored["source"] == "kế hoạch.txt"
    assert empty["status"] == "failed" and empty["reason"] == "empty" and "empty" in empty["message"]
    assert zipped["status"] == "failed" and zipped["reason"] == "unsupported" and ".docx" in zipped["message"]
    again = upload(("copy.txt", good))
    assert again.status_code == 200 and again.json()["results"][0]["status"] == "duplicate"


def test_upload_where_nothing_can_be_read_is_an_error(upload):
    response = upload(("x.docx", b"PK\x03\x04\x14\x00broken zip"))
    assert response.status_code == 422
    error = error_of(response)
    assert error["details"][0]["source"] == "x.docx"


def test_upload_over_the_size_limit(client, settings, upload):
    settings.max_upload_bytes = 1000
    response = upload(("big.txt", "Thi đua khen thưởng. ".encode() * 100))
    assert response.status_code == 413 and error_of(response)["code"] == "too_large"


def test_a_file_name_never_reaches_the_file_system(client, settings, upload):
    response = upload(("../../../../tmp/evil.txt", citing("Chỉ thị số 34-CT/TW").bytes()))
    result = response.json()["results"][0]
    assert result["source"] == "evil.txt"
    kept = [p for p in settings.files_dir.rglob("*") if p.is_file()]
    assert [p.name for p in kept] == [result["sha256"]]


def test_document_detail_file_and_delete(client, stored):
    doc = award_decision(["Sở Y tế tỉnh Ninh Bình"])
    (document_id,) = stored(doc)
    detail = client.get(f"/documents/{document_id}").json()
    assert detail["symbol"] == doc.symbol and detail["kind"] == "QĐ"
    award = detail["awards"][0]
    assert detail["text"][award["start"]:award["end"]] == award["evidence"]
    original = client.get(f"/documents/{document_id}/file")
    assert original.content == doc.bytes() and original.headers["content-type"].startswith("text/plain")
    assert client.delete(f"/documents/{document_id}").status_code == 401
    assert client.delete(f"/documents/{document_id}", headers={"X-API-Key": KEY}).status_code == 204
    assert error_of(client.get(f"/documents/{document_id}"))["code"] == "not_found"
    assert client.delete(f"/documents/{document_id}", headers={"X-API-Key": KEY}).status_code == 404


def test_documents_list_filters_and_pages(client, stored):
    ids = stored(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021", year=2021),
                 citing("Chỉ thị số 19/CT-TTg ngày 24/4/2020", year=2020),
                 award_decision(["Sở Tư pháp tỉnh Ninh Bình"], year=2022))
    page = client.get("/documents", params={"limit": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 2
    assert [d["id"] for d in client.get("/documents", params={"cites": "CT 19 năm 2020"}).json()["items"]] == [ids[1]]
    assert [d["id"] for d in client.get("/documents", params={"kind": "QĐ"}).json()["items"]] == [ids[2]]
    assert {d["id"] for d in client.get("/documents", params={"issued_from": "2021-01-01"}).json()["items"]} == \
        {ids[0], ids[2]}
    assert client.get("/documents", params={"limit": 0}).status_code == 422


def test_reextract_route(client, stored):
    (document_id,) = stored(citing("Nghị định số 91/2017/NĐ-CP"))
    assert client.post(f"/documents/{document_id}/reextract").status_code == 401
    response = client.post(f"/documents/{document_id}/reextract", headers={"X-API-Key": KEY})
    assert response.status_code == 200 and response.json()["status"] == "reextracted"


def _scan_png(text_lines: list[str]) -> bytes:
    """A page image of typed text, as a phone photo of a letter would give (300 dpi-like size)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 40)
    image = Image.new("L", (2000, 120 + 70 * len(text_lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(text_lines):
        draw.text((100, 60 + 70 * i), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_scan_becomes_a_job_that_ends_with_a_stored_document(client, upload):
    png = _scan_png(["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Số: 15/KH-UBND      Ninh Bình, ngày 10 tháng 3 năm 2022",
                     "KẾ HOẠCH", "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ."])
    response = upload(("scan.png", png))
    assert response.status_code == 201
    result = response.json()["results"][0]
    assert result["status"] == "queued" and result["job_id"]
    deadline = time.monotonic() + 90
    seen = set()
    while time.monotonic() < deadline:
        job = client.get(f"/jobs/{result['job_id']}").json()
        seen.add(job["status"])
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.2)
    assert job["status"] == "done", job
    assert job["progress"] == 1.0 and job["document_id"]
    detail = client.get(f"/documents/{job['document_id']}").json()
    assert detail["method"] == "ocr"
    assert any(r["symbol"] == "19/CT-TTg" for r in detail["references"])
    assert [j["id"] for j in client.get("/jobs").json()][0] == result["job_id"]


def test_a_job_for_an_unreadable_scan_fails_with_the_reason(client, upload):
    response = upload(("scan.pdf", b"%PDF-1.4\n%garbage that is not a PDF body"))
    job_id = response.json()["results"][0]["job_id"]
    for _ in range(100):
        job = client.get(f"/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["status"] == "failed" and job["reason"] == "damaged" and "damaged" in job["error"]
    assert "/files/" not in job["error"]  # where files are kept is not the user's business
    assert error_of(client.get("/jobs/nope"))["code"] == "not_found"
