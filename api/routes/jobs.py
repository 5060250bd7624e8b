from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from models.tables import Job, JobPublic

from ..deps import Conn, Reader
from ..errors import RESPONSES, ApiError

router = APIRouter(prefix="/jobs", tags=["jobs"], dependencies=[Reader], responses=RESPONSES)


@router.get("/{job_id}", summary="A background read: status, progress, the stored document or the error",
            response_model=JobPublic)
def get_job(conn: Conn, job_id: str):
    job = conn.execute(select(Job).where(Job.id == job_id)).mappings().first()
    if job is None:
        raise ApiError(404, f"no job {job_id}")
    return dict(job)


@router.get("", summary="Recent jobs", response_model=list[JobPublic])
def list_jobs(conn: Conn, status: str | None = None, limit: Annotated[int, Query(ge=1, le=200)] = 50):
    stmt = select(Job).order_by(Job.created_at.desc()).limit(limit)
    if status:
        stmt = stmt.where(Job.status == status)
    return [dict(r) for r in conn.execute(stmt).mappings()]
