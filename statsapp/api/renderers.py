"""Exports of a fact list: CSV, CSV with an HXL hashtag row, and GeoJSON."""

import csv
import io
import json

from rest_framework.renderers import BaseRenderer

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
HXL_VALUE_TAGS = {
    "killed": "#affected+killed",
    "injured": "#affected+injured",
    "casualties": "#affected+casualties",
    "missing": "#affected+missing",
    "displaced": "#affected+idps",
    "refugees": "#affected+refugees",
    "evacuated": "#affected+evacuated",
    "population": "#population",
    "distance": "#indicator+distance+km",
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """Text a spreadsheet would run as a formula is written with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _facts(data) -> list[dict]:
    return data["results"] if isinstance(data, dict) and "results" in data else data


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"
    filename = "facts.csv"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if response is not None and response.status_code == 200:
            response["Content-Disposition"] = f'attachment; filename="{self.filename}"'
        out = io.StringIO()
        writer = csv.writer(out)
        self.write(writer, _facts(data))
        return out.getvalue().encode("utf-8")

    def write(self, writer, facts: list[dict]) -> None:
        writer.writerow([header for header, _, _ in COLUMNS])
        for fact in facts:
            writer.writerow([_cell(read(fact)) for _, _, read in COLUMNS])


class HXLRenderer(CSVRenderer):
    """CSV whose second row holds HXL hashtags; each figure sits in the column of its kind."""

    format = "hxl"
    filename = "facts.hxl.csv"

    def write(self, writer, facts: list[dict]) -> None:
        kinds = list(HXL_VALUE_TAGS)
        columns = [c for c in COLUMNS if c[1] is not None]
        writer.writerow([f"value_{kind}" for kind in kinds] + [h for h, _, _ in columns])
        writer.writerow([HXL_VALUE_TAGS[k] for k in kinds] + [tag for _, tag, _ in columns])
        for fact in facts:
            values = [fact["value"] if fact["category"] == k else "" for k in kinds]
            writer.writerow(values + [_cell(read(fact)) for _, _, read in columns])


class GeoJSONRenderer(BaseRenderer):
    """A FeatureCollection of the facts whose place has coordinates."""

    media_type = "application/geo+json"
    format = "geojson"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        features = []
        for fact in _facts(data):
            place = fact["place"] or {}
            if place.get("latitude") is None or place.get("longitude") is None:
                continue
            properties = {k: v for k, v in fact.items() if k not in ("place", "document")}
            properties["place"] = place.get("name")
            properties["country"] = place.get("country")
            properties["document"] = fact["document"]
            features.append(
                {
                    "type": "Feature",
                    "geometry": {
                        "type": "Point",
                        "coordinates": [place["longitude"], place["latitude"]],
                    },
                    "properties": properties,
                }
            )
        collection = {"type": "FeatureCollection", "features": features}
        return json.dumps(collection, ensure_ascii=False).encode("utf-8")


EXPORT_RENDERERS = [CSVRenderer, HXLRenderer, GeoJSONRenderer]
EXPORT_FORMATS = {r.format for r in EXPORT_RENDERERS}
