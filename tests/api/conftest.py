"""API tests through FastAPI's client, on SQLite, with an API key set; factories from tests/store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

KEY = "test-key-7f3a"


@pytest.fixture
def settings(tmp_path):
    from api.settings import Settings

    return Settings(data_dir=tmp_path / "data", api_key=KEY, inline_max_bytes=2 * 1024 * 1024)


@pytest.fixture
def client(settings):
    from api.main import create_app

    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def upload(client):
    """POST files (name, bytes) with the key; return the response."""
    def run(*files: tuple[str, bytes], key: str | None = KEY):
        headers = {"X-API-Key": key} if key else {}
        return client.post("/documents", files=[("files", f) for f in files], headers=headers)

    return run


@pytest.fixture
def stored(upload):
    """Upload factory documents; return their ids."""
    def run(*documents) -> list[int]:
        response = upload(*((f"{i}.txt", d.bytes()) for i, d in enumerate(documents)))
        assert response.status_code == 201, response.text
        return [r["document_id"] for r in response.json()["results"]]

    return run
