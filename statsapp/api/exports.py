"""Exports stream: the filtered facts are read from the database in chunks and written as they
are read, so a worker's memory stays bounded whatever the length of the list. How many facts
one export may hold depends on the caller (API_ANON_EXPORT_MAX_ROWS, API_USER_EXPORT_MAX_ROWS).

Rows are read with `.values()`, not as model instances through FactSerializer (the cost of an
export was mostly the serializer's), and shaped exactly as FactSerializer shows a fact: each
field of statsapp.fields names the columns it is read from and how it is shown.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings
from django.db.models import QuerySet
from django.http import StreamingHttpResponse

from statsapp.fields import FACT_FIELDS

from .errors import ExportTooLarge
from .renderers import ExportRenderer

CHUNK_SIZE = 2000  # rows fetched from the database at a time


def fact_records(queryset: QuerySet, fields: tuple[str, ...]) -> Iterator[dict]:
    """The facts as FactSerializer shows them, limited to `fields`, read CHUNK_SIZE rows at a
    time (a server-side cursor on PostgreSQL), in the queryset's order."""
    wanted = [field for field in FACT_FIELDS if field.api and field.name in fields]
    columns = [column for field in wanted for column in field.columns]
    for row in queryset.values(*columns).iterator(chunk_size=CHUNK_SIZE):
        yield {field.name: field.shown(row) for field in wanted}


def _signed_in(user) -> bool:
    return bool(user is not None and user.is_authenticated)


def max_rows(user) -> int | None:
    """The most facts this caller may export at once; None: no limit."""
    if _signed_in(user):
        return settings.API_USER_EXPORT_MAX_ROWS or None
    return settings.API_ANON_EXPORT_MAX_ROWS or None


def check_size(queryset: QuerySet, user) -> None:
    """Refuse, before a byte is sent, an export over the caller's limit: a truncated table
    would pass for the whole answer."""
    limit = max_rows(user)
    if limit is None or not queryset.order_by().values("pk")[limit : limit + 1].exists():
        return
    who, remedy = ("you", ".") if _signed_in(user) else ("an anonymous caller", ", or sign in.")
    raise ExportTooLarge(
        f"This export holds more than {limit} facts, the most {who} may export at once: "
        f"narrow the filters (category, country, place, published_after, ...){remedy}"
    )


def export(renderer: ExportRenderer, queryset: QuerySet, user) -> StreamingHttpResponse:
    """The filtered facts in the renderer's format, streamed."""
    queryset = queryset.filter(renderer.rows)
    check_size(queryset, user)
    response = StreamingHttpResponse(
        renderer.stream(fact_records(queryset, renderer.fields)),
        content_type=f"{renderer.media_type}; charset={renderer.charset}",
    )
    if renderer.filename:
        response["Content-Disposition"] = renderer.content_disposition()
    return response
