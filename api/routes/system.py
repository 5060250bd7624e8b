from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from .. import queries
from ..deps import ArchiveDep, Conn, Reader
from ..errors import ApiError

router = APIRouter(tags=["system"])


@router.get("/health", summary="Is the service up and its database reachable?")
def health(archive: ArchiveDep) -> dict:
    try:
        with archive.db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as e:  # noqa: BLE001 - health reports, it does not raise
        raise ApiError(503, f"the database is unreachable: {type(e).__name__}") from e
    return {"status": "ok", "database": archive.db.dialect}


@router.get("/stats", summary="How much the archive holds", dependencies=[Reader])
def stats(conn: Conn) -> dict:
    return queries.stats(conn)
