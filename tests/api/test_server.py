"""One real service: `vanban serve` in its own process, on a real port, spoken to over HTTP."""

from __future__ import annotations

import httpx
import pytest

from tests.server import Server
from tests.store.factories import award_decision, citing, directive_19_2021


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "plan.txt").write_bytes(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ").bytes())
    (folder / "directive.txt").write_bytes(directive_19_2021().bytes())
    running = Server(tmp_path / "server", ingest=folder, api_key="k-123")
    try:
        yield running.wait_ready(timeout=60).url
    finally:
        running.stop()


def test_real_server_answers_the_three_questions(server):
    cites = httpx.get(f"{server}/citations", params={"ref": "Chỉ thị 19/CT-TTg"}).json()
    assert cites["total"] == 1 and cites["groups"][0]["cited_document_id"] is not None
    upload = httpx.post(f"{server}/documents", headers={"X-API-Key": "k-123"},
                        files={"files": ("qd.txt", award_decision(["Sở Y tế tỉnh Ninh Bình"]).bytes())})
    assert upload.status_code == 201
    found = httpx.get(f"{server}/search", params={"q": "so y te"}).json()
    assert found["total"] >= 1
    xlsx = httpx.get(f"{server}/awards", params={"format": "xlsx"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    page = httpx.get(f"{server}/")
    assert page.status_code == 200 and "<html" in page.text.lower()  # the web page, from the same process
