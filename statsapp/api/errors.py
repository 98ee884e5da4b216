"""One error shape for the whole API: {"status", "error", "message", "fields"}."""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.http import Http404
from django.views.decorators.csrf import csrf_exempt
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound, PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "too_large"


class ExportTooLarge(APIException):
    status_code = status.HTTP_403_FORBIDDEN
    default_detail = "This export holds more facts than you may export at once."
    default_code = "export_too_large"


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
        return None  # a real bug: Django's 500 handling and logging take over
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


def _headers(response: Response) -> dict:
    return {k: v for k, v in response.items() if k in ("Allow", "Retry-After", "WWW-Authenticate")}


@csrf_exempt  # it changes nothing, and must answer JSON to a POST with a session cookie too
def not_found(request, *args, **kwargs):
    """Any /api/ address that names no endpoint: a JSON 404, not an HTML page."""
    from django.http import JsonResponse

    message = f"No endpoint at {request.path}; see /api/docs/."
    return JsonResponse({"status": 404, "error": "not_found", "message": message}, status=404)
