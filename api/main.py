"""The FastAPI application: ``create_app(settings)``; ``vanban serve`` runs it with uvicorn.

Also serves the web page (``api/web``) at ``/``, so one process is all a user needs.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from models import Database

from . import errors
from .archive import Archive
from .jobs import JobRunner
from .routes import awards, documents, jobs, search, system
from .settings import Settings, get_settings

WEB = Path(__file__).parent / "web"
log = logging.getLogger("vanban")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    db = Database(settings.database)
    db.migrate()
    archive = Archive(db, settings.files_dir)
    runner = JobRunner(archive, settings.job_workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        resumed = runner.resume()
        if resumed:
            log.info("took up %d unfinished jobs", resumed)
        if not settings.api_key:
            log.warning("VANBAN_API_KEY is not set: only clients on this machine may upload or delete")
        yield
        runner.shutdown()
        db.dispose()

    app = FastAPI(
        title="vanban", lifespan=lifespan,
        description="Document intelligence for Vietnamese official texts: legal references, dates, units, awards "
                    "and headers, stored and searchable. Errors always come as "
                    '`{"error": {"status", "code", "message", "details"}}`.',
    )
    app.state.settings, app.state.archive, app.state.jobs = settings, archive, runner
    errors.install(app)
    for module in (documents, jobs, search, awards, system):
        app.include_router(module.router)
    if (WEB / "index.html").exists():
        app.mount("/static", StaticFiles(directory=WEB / "static", check_dir=False), name="static")

        @app.get("/", include_in_schema=False)
        def page() -> FileResponse:
            return FileResponse(WEB / "index.html")
    return app
