"""One real service: `vanban serve` in its own process, on a real port, spoken to over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.store.factories import award_decision, citing, directive_19_2021

VANBAN = Path(sys.executable).with_name("vanban")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "plan.txt").write_bytes(citing("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ").bytes())
    (folder / "directive.txt").write_bytes(directive_19_2021().bytes())
    port = free_port()
    env = dict(os.environ, VANBAN_DATA_DIR=str(tmp_path / "data"), VANBAN_API_KEY="k-123")
    process = subprocess.Popen([str(VANBAN), "serve", "--port", str(port), "--ingest", str(folder)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"vanban serve exited: {process.stdout.read()}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("vanban serve did not answer /health within 60 s")
    yield base
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("vanban serve did not stop on SIGINT")


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
    assert page.status_code in (200, 404)  # the web page is served once it is built (api/web)
