"""What routes depend on: the archive, a database connection, the settings, and who may write."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import Connection

from .archive import Archive
from .errors import ApiError
from .jobs import JobRunner
from .settings import Settings

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_archive(request: Request) -> Archive:
    return request.app.state.archive


def get_jobs(request: Request) -> JobRunner:
    return request.app.state.jobs


def get_conn(archive: Annotated[Archive, Depends(get_archive)]) -> Iterator[Connection]:
    with archive.db.engine.connect() as conn:
        yield conn


def _key_ok(settings: Settings, given: str | None) -> bool:
    return bool(settings.api_key and given and hmac.compare_digest(given.encode(), settings.api_key.encode()))


def _given_key(x_api_key: str | None, authorization: str | None) -> str | None:
    if x_api_key:
        return x_api_key
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def require_writer(request: Request, settings: Annotated[Settings, Depends(get_settings)],
                   x_api_key: Annotated[str | None, Header()] = None,
                   authorization: Annotated[str | None, Header()] = None) -> None:
    """Uploads and deletes need the API key; with no key set, only this machine may write."""
    if settings.api_key:
        if not _key_ok(settings, _given_key(x_api_key, authorization)):
            raise ApiError(401, "this needs the API key: send it in the X-API-Key header", code="api_key_required")
        return
    host = request.client.host if request.client else None
    if host not in LOOPBACK:
        raise ApiError(403, "writes from other machines need VANBAN_API_KEY to be set on the server")


def require_reader(settings: Annotated[Settings, Depends(get_settings)],
                   x_api_key: Annotated[str | None, Header()] = None,
                   authorization: Annotated[str | None, Header()] = None) -> None:
    if settings.closed_reads and not _key_ok(settings, _given_key(x_api_key, authorization)):
        raise ApiError(401, "reading this archive needs the API key (X-API-Key header)", code="api_key_required")


Conn = Annotated[Connection, Depends(get_conn)]
ArchiveDep = Annotated[Archive, Depends(get_archive)]
JobsDep = Annotated[JobRunner, Depends(get_jobs)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
Writer = Depends(require_writer)
Reader = Depends(require_reader)
