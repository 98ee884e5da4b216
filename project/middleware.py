"""Request bodies sent with `Transfer-Encoding: chunked` and no Content-Length.

Django and DRF take a missing Content-Length for an empty body, so a chunked POST reached the API
as "text: This field is required." gunicorn decodes the chunks and marks the input readable to its
end (`wsgi.input_terminated`); this middleware reads it there, up to the size cap, and gives the
request its Content-Length. A body over the cap is refused with 413; a chunked body the server
cannot end for us (no `wsgi.input_terminated`) with 411 rather than read as empty or waited on.
"""

import logging
from collections.abc import Callable
from io import BytesIO

from django.conf import settings
from django.core.handlers.wsgi import LimitedStream
from django.http import HttpRequest, HttpResponse

from statsapp.api.errors import error_response

logger = logging.getLogger(__name__)

READ_SIZE = 64 * 1024


def _is_chunked_without_length(meta: dict) -> bool:
    codings = [c.strip().lower() for c in meta.get("HTTP_TRANSFER_ENCODING", "").split(",")]
    return codings[-1] == "chunked" and not meta.get("CONTENT_LENGTH")


def read_capped(stream, cap: int | None) -> bytes | None:
    """The stream to its end, or None as soon as it holds more than `cap` bytes."""
    limit = None if cap is None else cap + 1
    parts: list[bytes] = []
    size = 0
    while limit is None or size < limit:
        part = stream.read(READ_SIZE if limit is None else min(READ_SIZE, limit - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    if cap is not None and size > cap:
        return None
    return b"".join(parts)


class ChunkedBodyMiddleware:
    """Reads a chunked request body before anything else looks at the request's body."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        meta = request.META
        if "wsgi.input" in meta and _is_chunked_without_length(meta):
            if not meta.get("wsgi.input_terminated"):
                message = "A chunked request body needs a Content-Length header on this server."
                return error_response(request, 411, "length_required", message)
            cap = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            try:
                body = read_capped(meta["wsgi.input"], cap)
            # A malformed chunk or a client gone away; servers raise their own classes for
            # these (gunicorn's ParseException, OSError), with no common base but Exception.
            except Exception as exc:
                logger.warning("Unreadable chunked request body on %s: %r", request.path, exc)
                message = "The chunked request body could not be read."
                return error_response(request, 400, "bad_request", message)
            if body is None:
                message = f"The request body is larger than {cap} bytes."
                return error_response(request, 413, "too_large", message)
            meta["CONTENT_LENGTH"] = str(len(body))
            meta["wsgi.input"] = BytesIO(body)
            # WSGIRequest sized its stream from the missing Content-Length (0) when it was
            # built; it reads the body from this stream, so it is replaced too.
            request._stream = LimitedStream(meta["wsgi.input"], len(body))
        return self.get_response(request)
