"""Exports of a fact list: CSV, CSV with an HXL hashtag row, and GeoJSON.

Each renderer writes facts (dicts shaped as FactSerializer shows them) as a stream of byte
chunks, so an export of any length is never held whole in memory (statsapp.api.exports feeds
them row by row). `render` joins the stream, for a Response that already holds the list.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator

from django.db.models import Q
from rest_framework.renderers import BaseRenderer

from statsapp.extraction.registry import REGISTRY
from statsapp.fields import (
    API_FIELDS,
    CSV_COLUMNS,
    CSV_FIELDS,
    PLACE,
    PLACE_FIELDS,
    PLACE_NAME,
)

ROWS_PER_CHUNK = 500  # facts written per chunk of the stream: about 200 kB of CSV

# header, HXL hashtag, how to read it from a serialized fact: given per field by statsapp.fields
COLUMNS = CSV_COLUMNS

# HXL puts each figure in a column of its own kind.
HXL_VALUE_TAGS = {category.name: category.hxl for category in REGISTRY}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """Text a spreadsheet would run as a formula is written with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _facts(data) -> list[dict]:
    return data["results"] if isinstance(data, dict) and "results" in data else data


class ExportRenderer(BaseRenderer):
    """What an export declares: the facts it can show (`rows`, a filter), the serializer
    fields it reads (`fields`), and how it writes them (`stream`)."""

    charset = "utf-8"
    filename: str | None = None  # set: the export is an attachment of this name
    rows = Q()
    fields: tuple[str, ...] = ()

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if self.filename and response is not None and response.status_code == 200:
            response["Content-Disposition"] = self.content_disposition()
        return b"".join(self.stream(_facts(data)))

    def content_disposition(self) -> str:
        return f'attachment; filename="{self.filename}"'

    def stream(self, facts: Iterable[dict]) -> Iterator[bytes]:
        raise NotImplementedError


class CSVRenderer(ExportRenderer):
    media_type = "text/csv"
    format = "csv"
    filename = "facts.csv"
    fields = CSV_FIELDS

    def stream(self, facts: Iterable[dict]) -> Iterator[bytes]:
        out = io.StringIO()
        writer = csv.writer(out)
        for row in self.header():
            writer.writerow(row)
        for count, fact in enumerate(facts, 1):
            writer.writerow(self.row(fact))
            if count % ROWS_PER_CHUNK == 0:
                yield _take(out)
        if out.tell():
            yield _take(out)

    def header(self) -> list[list[str]]:
        return [[column.header for column in COLUMNS]]

    def row(self, fact: dict) -> list:
        return [_cell(column.read(fact)) for column in COLUMNS]


def _take(out: io.StringIO) -> bytes:
    """The text written so far, as bytes; the buffer starts again empty."""
    chunk = out.getvalue().encode("utf-8")
    out.seek(0)
    out.truncate()
    return chunk


HXL_COLUMNS = [column for column in COLUMNS if column.hxl is not None]


class HXLRenderer(CSVRenderer):
    """CSV whose second row holds HXL hashtags; each figure sits in the column of its kind."""

    format = "hxl"
    filename = "facts.hxl.csv"

    def header(self) -> list[list[str]]:
        kinds = list(HXL_VALUE_TAGS)
        return [
            [f"value_{kind}" for kind in kinds] + [column.header for column in HXL_COLUMNS],
            [HXL_VALUE_TAGS[k] for k in kinds] + [column.hxl for column in HXL_COLUMNS],
        ]

    def row(self, fact: dict) -> list:
        values = [fact["value"] if fact["category"] == k else "" for k in HXL_VALUE_TAGS]
        return values + [_cell(column.read(fact)) for column in HXL_COLUMNS]


GEOMETRY = ("longitude", "latitude")  # the keys of the API's `place` a Point is made of


class GeoJSONRenderer(ExportRenderer):
    """A FeatureCollection of the facts whose place has coordinates."""

    media_type = "application/geo+json"
    format = "geojson"
    # the facts a feature can be made of, chosen by the database rather than skipped here
    rows = Q(**{f"{PLACE[key].column}__isnull": False for key in GEOMETRY}) & ~Q(
        **{PLACE_NAME.column: ""}
    )
    fields = API_FIELDS

    def stream(self, facts: Iterable[dict]) -> Iterator[bytes]:
        # the bytes json.dumps gives for {"type": "FeatureCollection", "features": [...]}
        chunk = ['{"type": "FeatureCollection", "features": [']
        separator = ""
        for fact in facts:
            feature = self.feature(fact)
            if feature is None:
                continue
            chunk.append(separator + json.dumps(feature, ensure_ascii=False))
            separator = ", "
            if len(chunk) >= ROWS_PER_CHUNK:
                yield "".join(chunk).encode("utf-8")
                chunk = []
        chunk.append("]}")
        yield "".join(chunk).encode("utf-8")

    def feature(self, fact: dict) -> dict | None:
        place = fact["place"] or {}
        coordinates = [place.get(key) for key in GEOMETRY]
        if None in coordinates:
            return None
        properties = {k: v for k, v in fact.items() if k not in ("place", "document")}
        # the place as the CSV has it, flat, but for the coordinates: they are the geometry
        for field in PLACE_FIELDS:
            if field.header and field.key not in GEOMETRY:
                properties[field.header] = place.get(field.key)
        properties["document"] = fact["document"]
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": coordinates},
            "properties": properties,
        }


EXPORT_RENDERERS = [CSVRenderer, HXLRenderer, GeoJSONRenderer]
EXPORT_FORMATS = {r.format for r in EXPORT_RENDERERS}
