"""GET /search, /citations, /awards (with exports), /units, /stats, /health; closed reads; errors."""

from __future__ import annotations

import csv
import io

from tests.store.factories import award_decision, citing, directive_19_2021

from .conftest import KEY


def test_search_route(client, stored):
    (hit, _) = stored(citing("Nghị định số 91/2017/NĐ-CP", title="Đẩy mạnh chuyển đổi số"),
                      award_decision(["Sở Y tế tỉnh Ninh Bình"]))
    body = client.get("/search", params={"q": "chuyen doi so"}).json()
    assert body["total"] == 1 and body["items"][0]["id"] == hit and "<mark>" in body["items"][0]["snippet"]
    assert set(body["facets"]) == {"kind", "issuer", "year"}
    assert client.get("/search", params={"q": "  "}).status_code == 422
    assert client.get("/search").json()["error"]["message"] == "query.q: Field required"


def test_citations_route_groups_by_year(client, stored):
    stored(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ", year=2022),
           citing("Chỉ thị số 19/CT-TTg ngày 24/4/2020 của Thủ tướng Chính phủ", year=2020), directive_19_2021())
    body = client.get("/citations", params={"ref": "chi thi 19/ct-ttg"}).json()
    assert body["ambiguous"] and [g["year"] for g in body["groups"]] == [2020, 2021]
    assert body["groups"][1]["cited_document_id"] is not None
    bad = client.get("/citations", params={"ref": "!!!"})
    assert bad.status_code == 422 and "names no reference" in bad.json()["error"]["message"]


def test_award_register_json_csv_and_xlsx(client, stored):
    stored(award_decision(["Sở Y tế tỉnh Ninh Bình", "Trường Trung học phổ thông Lương Văn Tụy"], year=2023))
    body = client.get("/awards", params={"recipient": "so y te", "sort": "recipient"}).json()
    assert body["total"] == 1 and body["items"][0]["recipient"] == "Sở Y tế tỉnh Ninh Bình"

    exported = client.get("/awards", params={"format": "csv"})
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Đối tượng" and {r[0] for r in rows[1:]} == {"Sở Y tế tỉnh Ninh Bình",
                                                                      "Trường Trung học phổ thông Lương Văn Tụy"}
    from openpyxl import load_workbook

    # The year of an award is the year of the achievement ("thành tích ... năm 2022").
    book = load_workbook(io.BytesIO(client.get("/awards", params={"format": "xlsx", "year": 2022}).content))
    sheet = book.active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Đối tượng" and len(values) == 3
    assert {v[6] for v in values[1:]} == {2022} and {v[7] for v in values[1:]} == {"đã tặng"}
    assert client.get("/awards", params={"sort": "drop table"}).status_code == 422
    assert client.get("/awards/summary").json() == [{"year": 2022, "form": "Bằng khen", "count": 2}]


def test_units_stats_health_openapi(client, stored):
    stored(citing("Nghị định số 91/2017/NĐ-CP"))
    units = client.get("/units", params={"q": "noi vu"}).json()
    assert any(u["name"] == "Sở Nội vụ" and u["documents"] == 1 for u in units["items"])
    assert client.get("/stats").json()["documents"] == 1
    assert client.get("/health").json() == {"status": "ok", "database": "sqlite"}
    spec = client.get("/openapi.json").json()
    assert {"/documents", "/search", "/citations", "/awards", "/units", "/jobs/{job_id}"} <= set(spec["paths"])


def test_errors_have_one_shape(client):
    for response, status in ((client.get("/nowhere"), 404), (client.put("/documents"), 405),
                             (client.get("/documents/abc"), 422)):
        assert response.status_code == status
        assert set(response.json()["error"]) >= {"status", "code", "message"}


def test_reads_can_be_closed(tmp_path):
    from fastapi.testclient import TestClient

    from api.main import create_app
    from api.settings import Settings

    with TestClient(create_app(Settings(data_dir=tmp_path / "d", api_key=KEY, closed_reads=True))) as c:
        assert c.get("/search", params={"q": "x"}).status_code == 401
        assert c.get("/search", params={"q": "x"}, headers={"X-API-Key": KEY}).status_code == 200
        assert c.get("/health").status_code == 200  # health stays open for monitors
