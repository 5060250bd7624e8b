"""The store suite runs on both databases: SQLite (always) and PostgreSQL.

PostgreSQL: ``VANBAN_TEST_POSTGRES_URL`` names a server (``.ci/run`` sets it; default
postgresql://postgres@127.0.0.1:5432/postgres); each test run creates a database of its own and
drops it at the end. In CI an unreachable server fails these tests; elsewhere they skip, saying why.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ADMIN_URL = os.environ.get("VANBAN_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _postgres_database():
    """Create this run's PostgreSQL database; return (url, drop) or raise the reason it cannot."""
    import psycopg

    name = f"vanban_test_{uuid.uuid4().hex[:12]}"
    conninfo = ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = conninfo.rpartition("/")

    def drop() -> None:
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{base}/{name}", drop


@pytest.fixture(scope="session")
def postgres_url():
    try:
        url, drop = _postgres_database()
    except Exception as e:  # noqa: BLE001 - the reason is reported
        reason = f"PostgreSQL at {ADMIN_URL} is unreachable ({type(e).__name__}: {e})"
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL for the store tests: {reason}")
        pytest.skip(reason)
    yield url
    drop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'vanban.db'}"
    url = request.getfixturevalue("postgres_url")
    _empty_postgres(url)
    return url


def _empty_postgres(url: str) -> None:
    """Each test starts from an empty schema in the run's database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def archive(database_url, tmp_path):
    from api.archive import Archive
    from models import Database

    db = Database(database_url)
    db.migrate()
    yield Archive(db, tmp_path / "files")
    db.dispose()


@pytest.fixture
def store(archive):
    """Store a factory document; return its id."""
    def run(document, name: str | None = None) -> int:
        outcome = archive.ingest(document.bytes(), name or f"{document.symbol.replace('/', '_')}.txt")
        assert outcome.status == "stored", outcome
        return outcome.document_id

    return run


@pytest.fixture
def conn(archive):
    with archive.db.engine.connect() as c:
        yield c


CORPUS = Path(__file__).resolve().parents[2] / "corpus"
