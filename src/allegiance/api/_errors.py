"""One JSON error shape for every API failure: ``{"ok": false, "error": "...", "status": N}``.

Every path that can fail ends here: routing (404, 405), request validation (FastAPI's 422,
malformed JSON as 400), our own ``ApiError``, allegiance errors (``InputError`` 422,
``StoreError``, ``ModelError`` and ``KnowledgeBaseError`` 503) and anything unexpected (500,
without internals in the message).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from allegiance.errors import InputError, KnowledgeBaseError, ModelError, StoreError

log = logging.getLogger("allegiance.api")

MAX_REPORTED_PROBLEMS = 3
_UNION_TAGS = frozenset({"article", "batch"})
"""Tags of the POST /articles body union: pydantic puts them in error locations; noise to users."""


class ApiError(Exception):
    """A failure the API answers with ``status`` and a one-line ``message``."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_body(status: int, message: str) -> dict[str, object]:
    return {"ok": False, "error": message, "status": status}


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


def describe_validation(errors: Sequence[Any]) -> tuple[int, str]:
    """Status and one line for FastAPI's validation errors: 400 for unreadable JSON, else 422."""
    if any(err.get("type") == "json_invalid" for err in errors):
        first = next(err for err in errors if err.get("type") == "json_invalid")
        context = first.get("ctx") or {}
        reason = context.get("error", "malformed JSON")
        return 400, f"request body is not valid JSON ({reason})"
    problems = []
    for err in errors[:MAX_REPORTED_PROBLEMS]:
        where = ".".join(str(part) for part in err.get("loc", ()) if part not in _UNION_TAGS)
        problems.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg")))
    more = len(errors) - MAX_REPORTED_PROBLEMS
    if more > 0:
        problems.append(f"and {more} more")
    return 422, "; ".join(problems) or "invalid request"


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


async def _on_http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if message == _reason(exc.status_code):
        message = message.lower()  # "Not Found" -> "not found", like our own messages
    return error_response(exc.status_code, message, dict(exc.headers or {}) or None)


async def _on_validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    status, message = describe_validation(exc.errors())
    return error_response(status, message)


async def _on_api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.headers)


async def _on_input_error(_: Request, exc: Exception) -> JSONResponse:
    return error_response(422, str(exc))


async def _on_store_error(_: Request, exc: Exception) -> JSONResponse:
    log.error("store error: %s", exc)
    return error_response(503, f"store unavailable: {exc}")


async def _on_analyzer_error(_: Request, exc: Exception) -> JSONResponse:
    log.error("analyzer unavailable: %s", exc)
    return error_response(503, f"analyzer unavailable: {exc}")


async def _on_unexpected(_: Request, exc: Exception) -> JSONResponse:
    # The details go to the log, never to the client.
    log.exception("internal error", exc_info=exc)
    return error_response(500, "internal error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(InputError, _on_input_error)
    app.add_exception_handler(StoreError, _on_store_error)
    app.add_exception_handler(ModelError, _on_analyzer_error)
    app.add_exception_handler(KnowledgeBaseError, _on_analyzer_error)
    app.add_exception_handler(Exception, _on_unexpected)
