"""One error shape for the whole API: {"status", "error", "message", "fields"}.

Every failure under /api/ answers it: errors DRF knows (exception_handler), bugs in a view
(exception_handler again: logged with their traceback, answered without their details), and
what happens outside the views, in middleware or URL resolution (Django's error handlers,
pointed here by project/urls.py). The admin keeps Django's HTML pages.
"""

import logging

from django.core import signals
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.log import log_response
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound, PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

API_PREFIX = "/api/"
SERVER_ERROR_MESSAGE = "An unexpected error occurred on the server; it has been logged."

request_logger = logging.getLogger("django.request")


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "too_large"


class ExportTooLarge(APIException):
    status_code = status.HTTP_403_FORBIDDEN
    default_detail = "This export holds more facts than you may export at once."
    default_code = "export_too_large"


def error_body(status_code: int, error: str, message: str) -> dict:
    return {"status": status_code, "error": error, "message": message}


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PREFIX)


def error_response(request: HttpRequest, status_code: int, error: str, message: str):
    """The JSON shape for the API; plain text elsewhere (the admin has no use for JSON)."""
    if is_api(request):
        return JsonResponse(error_body(status_code, error, message), status=status_code)
    return HttpResponse(message, status=status_code, content_type="text/plain; charset=utf-8")


def _flatten(detail, prefix: str = "") -> list[str]:
    if isinstance(detail, dict):
        out = []
        for key, value in detail.items():
            name = key if key != "non_field_errors" else ""
            out += _flatten(value, f"{prefix}{name}: " if name else prefix)
        return out
    if isinstance(detail, list):
        return [m for item in detail for m in _flatten(item, prefix)]
    return [f"{prefix}{detail}"]


def exception_handler(exc, context):
    # Django's own exceptions become DRF's here (as DRF's handler does), so that their code
    # and message are read like any other APIException's.
    if isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
    elif isinstance(exc, Http404):
        exc = NotFound(*exc.args)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = PermissionDenied(*exc.args)
    response = drf_exception_handler(exc, context)
    if response is None:
        return _unexpected(exc, context)
    detail = exc.detail if isinstance(exc, APIException) else response.data
    body = {
        "status": response.status_code,
        "error": getattr(exc, "default_code", "error")
        if not isinstance(exc, APIException)
        else (exc.get_codes() if isinstance(exc.get_codes(), str) else exc.default_code),
        "message": "; ".join(_flatten(detail)),
    }
    if isinstance(exc, ValidationError) and isinstance(exc.detail, dict):
        body["fields"] = exc.detail
    return Response(body, status=response.status_code, headers=_headers(response))


def _unexpected(exc: Exception, context: dict) -> Response:
    """A bug: logged as Django logs an unhandled exception (django.request, with the
    traceback, and the got_request_exception signal), answered without its details."""
    set_rollback()
    response = Response(error_body(500, "server_error", SERVER_ERROR_MESSAGE), status=500)
    request = getattr(context.get("request"), "_request", None)
    signals.got_request_exception.send(sender=None, request=request)
    path = request.path if request is not None else "?"
    log_response(
        "Internal Server Error: %s", path, response=response, request=request, exception=exc
    )
    return response


def _headers(response: Response) -> dict:
    return {k: v for k, v in response.items() if k in ("Allow", "Retry-After", "WWW-Authenticate")}


@csrf_exempt  # it changes nothing, and must answer JSON to a POST with a session cookie too
def not_found(request, *args, **kwargs):
    """Any /api/ address that names no endpoint: a JSON 404, not an HTML page."""
    message = f"No endpoint at {request.path}; see /api/docs/."
    return JsonResponse(error_body(404, "not_found", message), status=404)


# Django's error handlers (handler400 ... handler500 in project/urls.py): they answer what fails
# outside a DRF view (middleware, URL resolution, rendering). JSON under /api/, HTML elsewhere.


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    if is_api(request):
        return error_response(request, 400, "bad_request", "The request is malformed.")
    return defaults.bad_request(request, exception)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    if is_api(request):
        message = "You do not have permission to perform this action."
        return error_response(request, 403, "permission_denied", message)
    return defaults.permission_denied(request, exception)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if is_api(request):
        return error_response(request, 404, "not_found", "The requested resource was not found.")
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    """Django has logged the exception with its traceback before calling this."""
    if is_api(request):
        return error_response(request, 500, "server_error", SERVER_ERROR_MESSAGE)
    return defaults.server_error(request)
