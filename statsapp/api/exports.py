"""Exports stream: the filtered facts are read from the database in chunks and written as they
are read, so a worker's memory stays bounded whatever the length of the list. How many facts
one export may hold depends on the caller (API_ANON_EXPORT_MAX_ROWS, API_USER_EXPORT_MAX_ROWS).

Rows are read with `.values()`, not as model instances through FactSerializer (the cost of an
export was mostly the serializer's), and shaped here exactly as FactSerializer shows a fact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from rest_framework import serializers

from .errors import ExportTooLarge
from .renderers import ExportRenderer

CHUNK_SIZE = 2000  # rows fetched from the database at a time

_datetime = serializers.DateTimeField().to_representation  # DRF's own format: ISO 8601, "Z"


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _place(row: dict) -> dict | None:
    if not row["place_name"]:
        return None
    return {
        "name": row["place_name"],
        "geonameid": row["place_geonameid"],
        "country": row["place_country"],
        "latitude": row["place_latitude"],
        "longitude": row["place_longitude"],
    }


def _document(row: dict) -> dict:
    published = row["document__published"]
    return {
        "id": row["document_id"],
        "title": row["document__title"],
        "publisher": row["document__publisher"],
        "url": row["document__url"],
        "published": published.isoformat() if published is not None else None,
    }


def _column(name: str) -> Callable[[dict], Any]:
    return lambda row: row[name]


def _number(name: str) -> Callable[[dict], Any]:
    return lambda row: _float(row[name])


PLACE_COLUMNS = (
    "place_name", "place_geonameid", "place_country", "place_latitude", "place_longitude",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "document_id", "document__title", "document__publisher", "document__url",
    "document__published",
)  # fmt: skip

# FactSerializer's fields, in its order: the columns each is read from, and how.
FIELDS: dict[str, tuple[tuple[str, ...], Callable[[dict], Any]]] = {
    "id": (("id",), _column("id")),
    "category": (("category",), _column("category")),
    "value": (("value",), _number("value")),
    "value_low": (("value_low",), _number("value_low")),
    "value_high": (("value_high",), _number("value_high")),
    "qualifier": (("qualifier",), _column("qualifier")),
    "unit": (("unit",), _column("unit")),
    "original_unit": (("original_unit",), _column("original_unit")),
    "quote": (("quote",), _column("quote")),
    "start": (("start",), _column("start")),
    "end": (("end",), _column("end")),
    "sentence": (("sentence",), _column("sentence")),
    "place": (PLACE_COLUMNS, _place),
    "reported_by": (("reported_by",), lambda row: row["reported_by"] or None),
    "parts": (("parts",), _column("parts")),
    "mentions": (("mentions",), _column("mentions")),
    "status": (("status",), _column("status")),
    "reviewed_by": (("reviewed_by__username",), _column("reviewed_by__username")),
    "reviewed_at": (
        ("reviewed_at",),
        lambda row: _datetime(row["reviewed_at"]) if row["reviewed_at"] else None,
    ),
    "note": (("note",), _column("note")),
    "original": (("original",), _column("original")),
    "extractor_version": (("extractor_version",), _column("extractor_version")),
    "document": (DOCUMENT_COLUMNS, _document),
}


def fact_records(queryset: QuerySet, fields: tuple[str, ...]) -> Iterator[dict]:
    """The facts as FactSerializer shows them, limited to `fields`, read CHUNK_SIZE rows at a
    time (a server-side cursor on PostgreSQL), in the queryset's order."""
    wanted = [(name, read) for name, (_, read) in FIELDS.items() if name in fields]
    columns = [column for name, _ in wanted for column in FIELDS[name][0]]
    for row in queryset.values(*columns).iterator(chunk_size=CHUNK_SIZE):
        yield {name: read(row) for name, read in wanted}


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
