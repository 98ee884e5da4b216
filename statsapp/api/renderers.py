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

ROWS_PER_CHUNK = 500  # facts written per chunk of the stream: about 200 kB of CSV

COLUMNS = [
    # header, HXL hashtag, how to read it from a serialized fact
    ("id", "#meta+id", lambda f: f["id"]),
    ("category", "#indicator+category", lambda f: f["category"]),
    ("value", None, lambda f: f["value"]),
    ("value_low", "#indicator+value+min", lambda f: f["value_low"]),
    ("value_high", "#indicator+value+max", lambda f: f["value_high"]),
    ("qualifier", "#indicator+qualifier", lambda f: f["qualifier"]),
    ("unit", "#indicator+unit", lambda f: f["unit"]),
    ("place", "#loc+name", lambda f: (f["place"] or {}).get("name")),
    ("country", "#country+code", lambda f: (f["place"] or {}).get("country")),
    ("latitude", "#geo+lat", lambda f: (f["place"] or {}).get("latitude")),
    ("longitude", "#geo+lon", lambda f: (f["place"] or {}).get("longitude")),
    ("reported_by", "#meta+reported_by", lambda f: f["reported_by"]),
    ("status", "#status", lambda f: f["status"]),
    ("published", "#date+reported", lambda f: f["document"]["published"]),
    ("publisher", "#meta+source", lambda f: f["document"]["publisher"]),
    ("url", "#meta+url", lambda f: f["document"]["url"]),
    ("document", "#meta+document", lambda f: f["document"]["id"]),
    ("quote", "#description+quote", lambda f: f["quote"]),
    ("sentence", "#description+sentence", lambda f: f["sentence"]),
]

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
    fields = (
        "id", "category", "value", "value_low", "value_high", "qualifier", "unit", "place",
        "reported_by", "status", "document", "quote", "sentence",
    )  # fmt: skip

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
        return [[header for header, _, _ in COLUMNS]]

    def row(self, fact: dict) -> list:
        return [_cell(read(fact)) for _, _, read in COLUMNS]


def _take(out: io.StringIO) -> bytes:
    """The text written so far, as bytes; the buffer starts again empty."""
    chunk = out.getvalue().encode("utf-8")
    out.seek(0)
    out.truncate()
    return chunk


HXL_COLUMNS = [c for c in COLUMNS if c[1] is not None]


class HXLRenderer(CSVRenderer):
    """CSV whose second row holds HXL hashtags; each figure sits in the column of its kind."""

    format = "hxl"
    filename = "facts.hxl.csv"

    def header(self) -> list[list[str]]:
        kinds = list(HXL_VALUE_TAGS)
        return [
            [f"value_{kind}" for kind in kinds] + [h for h, _, _ in HXL_COLUMNS],
            [HXL_VALUE_TAGS[k] for k in kinds] + [tag for _, tag, _ in HXL_COLUMNS],
        ]

    def row(self, fact: dict) -> list:
        values = [fact["value"] if fact["category"] == k else "" for k in HXL_VALUE_TAGS]
        return values + [_cell(read(fact)) for _, _, read in HXL_COLUMNS]


class GeoJSONRenderer(ExportRenderer):
    """A FeatureCollection of the facts whose place has coordinates."""

    media_type = "application/geo+json"
    format = "geojson"
    # the facts a feature can be made of, chosen by the database rather than skipped here
    rows = Q(place_latitude__isnull=False, place_longitude__isnull=False) & ~Q(place_name="")
    fields = (
        "id", "category", "value", "value_low", "value_high", "qualifier", "unit",
        "original_unit", "quote", "start", "end", "sentence", "place", "reported_by", "parts",
        "mentions", "status", "reviewed_by", "reviewed_at", "note", "original",
        "extractor_version", "document",
    )  # fmt: skip

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
        if place.get("latitude") is None or place.get("longitude") is None:
            return None
        properties = {k: v for k, v in fact.items() if k not in ("place", "document")}
        properties["place"] = place.get("name")
        properties["country"] = place.get("country")
        properties["document"] = fact["document"]
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["longitude"], place["latitude"]]},
            "properties": properties,
        }


EXPORT_RENDERERS = [CSVRenderer, HXLRenderer, GeoJSONRenderer]
EXPORT_FORMATS = {r.format for r in EXPORT_RENDERERS}
