"""Every error leaves the API in one JSON shape:

    {"error": {"status": 404, "code": "not_found", "message": "no document 12", "details": ...}}

and never as a traceback: a defect of ours is logged and answered with a plain 500.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("vanban.api")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 415: "unsupported_type", 422: "invalid", 500: "internal_error",
         503: "unavailable"}


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: Any | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class ApiError(Exception):
    def __init__(self, status: int, message: str, details: Any = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.details = status, message, details
        self.code = code or CODES.get(status, "error")


def error_response(status: int, message: str, details: Any = None, code: str | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, e: ApiError):
        return error_response(e.status, e.message, e.details, e.code)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, e: StarletteHTTPException):
        message = e.detail if isinstance(e.detail, str) else CODES.get(e.status_code, "error").replace("_", " ")
        return error_response(e.status_code, message, headers=getattr(e, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, e: RequestValidationError):
        problems = [{"where": ".".join(str(p) for p in err["loc"]), "problem": err["msg"]} for err in e.errors()]
        first = problems[0] if problems else {"where": "request", "problem": "invalid"}
        return error_response(422, f"{first['where']}: {first['problem']}", problems)

    @app.exception_handler(Exception)
    async def _defect(request: Request, e: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error: this is a bug in vanban; the details are in the service's log")


RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorResponse, "description": CODES[s].replace("_", " ")} for s in (401, 404, 422)
}
