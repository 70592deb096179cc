"""The HTTP API and the analysts' page: ``create_app(db_path)`` gives the FastAPI app."""

from allegiance.api._app import create_app
from allegiance.api._errors import ApiError, error_body
from allegiance.api._state import AnalyzerLike

__all__ = ["AnalyzerLike", "ApiError", "create_app", "error_body"]
