"""Background reads: a file that needs OCR (or is large) becomes a job, run by a pool of threads.

The job's state lives in the database (``Job``), so any API worker can answer ``GET /jobs/{id}``,
and jobs left queued or running by a stopped service are taken up again when it starts. Threads
suffice: the heavy part, Tesseract, runs in its own processes.
"""

from __future__ import annotations

import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select, update

from extractor import ExtractionError, ReadError
from extractor.readers.base import progress_listener
from models.tables import Job, utcnow

from .archive import Archive, analyse, reason_of

log = logging.getLogger("vanban.jobs")


class JobRunner:
    def __init__(self, archive: Archive, workers: int = 1) -> None:
        self.archive = archive
        self.pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="vanban-job")
        self._closed = False

    def submit(self, sha256: str, source_name: str, size: int) -> str:
        """Queue a file already kept in the archive's file store."""
        job_id = uuid.uuid4().hex
        with self.archive.db.engine.begin() as conn:
            conn.execute(Job.__table__.insert().values(
                id=job_id, sha256=sha256, source_name=source_name, size_bytes=size, status="queued",
                progress=0.0, message="waiting", created_at=utcnow(), updated_at=utcnow()))
        self.pool.submit(self._run, job_id)
        return job_id

    def resume(self) -> int:
        """Take up jobs a stopped service left behind."""
        with self.archive.db.engine.connect() as conn:
            ids = list(conn.execute(select(Job.id).where(Job.status.in_(("queued", "running")))
                                    .order_by(Job.created_at)).scalars())
        for job_id in ids:
            self.pool.submit(self._run, job_id)
        return len(ids)

    def shutdown(self) -> None:
        self._closed = True
        self.pool.shutdown(wait=False, cancel_futures=True)

    # -- one job ----------------------------------------------------------------------------

    def _set(self, job_id: str, **values) -> None:
        with self.archive.db.engine.begin() as conn:
            conn.execute(update(Job).where(Job.id == job_id).values(updated_at=utcnow(), **values))

    def _run(self, job_id: str) -> None:
        with self.archive.db.engine.connect() as conn:
            job = conn.execute(select(Job).where(Job.id == job_id)).mappings().first()
        if job is None or self._closed:
            return
        self._set(job_id, status="running", progress=0.02, message="reading")
        last = [0.0]

        def on_page(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.5 or done == total:  # at most two writes a second
                last[0] = now
                self._set(job_id, progress=round(0.05 + 0.85 * done / max(total, 1), 3),
                          message=f"OCR: page {done} of {total}")

        token = progress_listener.set(on_page)
        try:
            existing = self.archive.find(job["sha256"])
            if existing is not None:
                self._set(job_id, status="done", progress=1.0, document_id=existing,
                          message=f"already stored as document {existing}")
                return
            path = self.archive.file_path(job["sha256"])
            analysis = analyse(path, job["source_name"], job["sha256"])
            self._set(job_id, progress=0.95, message="storing")
            outcome = self.archive.store(analysis)
            self._set(job_id, status="done", progress=1.0, document_id=outcome.document_id, message=outcome.message)
        except (ReadError, ExtractionError) as e:
            self._set(job_id, status="failed", progress=1.0, error=str(e), reason=reason_of(e),
                      message="could not be read")
            self._discard_file(job["sha256"])
        except Exception as e:  # a defect of ours: the job says so, the service goes on
            log.exception("job %s failed", job_id)
            self._set(job_id, status="failed", progress=1.0, message="internal error", reason="internal",
                      error=f"internal error: {type(e).__name__}: {e}. This is a bug in vanban; please report it.")
        finally:
            progress_listener.reset(token)

    def _discard_file(self, sha256: str) -> None:
        # The file is kept only for a stored document; one that cannot be read is not kept.
        if self.archive.find(sha256) is None:
            self.archive.file_path(sha256).unlink(missing_ok=True)


