"""A fact's fields, defined once: how each is read from the extractor's ExtractedFact into the
stored row, and where it is shown (the API, the extract command's JSON lines, the CSV and HXL
exports) or corrected (a reviewer's form and the API's review).

Everything else derives from the two tables below: FactSerializer's fields, the extract
command's keys, the exports' columns and HXL hashtags, the Fact built from an ExtractedFact and
its `original`, the fields a reviewer may correct; PLACE_FIELDS maps a place once, from an
extraction Place to the Fact's `place_*` columns and from those columns to the API's `place`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rest_framework import serializers

from statsapp.extraction import EXTRACTOR_VERSION, ExtractedFact, Place

# --- the place ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceField:
    key: str  # in the API's nested `place`
    column: str  # the Fact's column
    read: Callable[[Place], Any]  # from the extractor's (or the gazetteer's) Place
    empty: Any  # the column's value when the gazetteer does not know the place, or there is none
    header: str | None = None  # its column in the CSV export and property in GeoJSON; None: none
    hxl: str | None = None  # its HXL hashtag


PLACE_FIELDS: tuple[PlaceField, ...] = (
    PlaceField("name", "place_name", lambda p: p.name, "", "place", "#loc+name"),
    PlaceField("geonameid", "place_geonameid", lambda p: p.geonameid, None),
    PlaceField(
        "country", "place_country", lambda p: p.country_code or "", "", "country", "#country+code"
    ),
    PlaceField("latitude", "place_latitude", lambda p: p.latitude, None, "latitude", "#geo+lat"),
    PlaceField(
        "longitude", "place_longitude", lambda p: p.longitude, None, "longitude", "#geo+lon"
    ),
    # country, admin1 (province, state), admin2 (district), city, or unresolved (a name the
    # gazetteer lacks); the precision code event datasets give it: 1 a town ... 6 a country
    PlaceField("level", "place_level", lambda p: p.kind, "", "place_level", "#loc+type"),
    PlaceField("admin1", "place_admin1", lambda p: p.admin1, "", "admin1", "#adm1+name"),
    PlaceField(
        "precision",
        "place_precision",
        lambda p: p.precision,
        None,
        "place_precision",
        "#loc+precision",
    ),  # fmt: skip
)
PLACE: dict[str, PlaceField] = {f.key: f for f in PLACE_FIELDS}
PLACE_NAME = PLACE["name"]  # a fact without a place name has no place
PLACE_COLUMNS: tuple[str, ...] = tuple(f.column for f in PLACE_FIELDS)


def place_columns(place: Place | None, name: str = "") -> dict[str, Any]:
    """The Fact's place columns for a gazetteer place, or for a bare name it does not know."""
    if place is None and name:
        place = Place(name, kind="unresolved")  # a name the gazetteer does not know
    if place is None:
        return {f.column: f.empty for f in PLACE_FIELDS}
    return {f.column: f.read(place) for f in PLACE_FIELDS}


def place_shown(column: Callable[[str], Any]) -> dict | None:
    """The API's `place` from the Fact's place columns (`column` reads one by its name)."""
    if not column(PLACE_NAME.column):
        return None
    return {f.key: column(f.column) for f in PLACE_FIELDS}


# --- the document a fact comes from, as the API summarizes it ------------------------------------

DOCUMENT_SUMMARY = ("id", "title", "publisher", "url", "published")


def _document_column(name: str) -> str:
    return "document_id" if name == "id" else f"document__{name}"


def _document_shown(row: Mapping[str, Any]) -> dict:
    shown = {name: row[_document_column(name)] for name in DOCUMENT_SUMMARY}
    if shown["published"] is not None:
        shown["published"] = shown["published"].isoformat()
    return shown


# --- the fact ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column of the CSV export, read from the fact as the API shows it."""

    header: str
    hxl: str | None  # its HXL hashtag; None: left out of the HXL export
    read: Callable[[dict], Any]
    last: bool = False  # the long texts go after every short column


@dataclass(frozen=True)
class FactField:
    name: str  # the API's name; the model field's too, unless `columns` says otherwise
    # the columns the API's value is read from, as `.values()` names them
    columns: tuple[str, ...]
    # the stored columns' values, from an ExtractedFact; None: extraction does not set it
    stored: Callable[[ExtractedFact], dict[str, Any]] | None
    # the API's value from a `.values()` row of `columns`
    shown: Callable[[Mapping[str, Any]], Any]
    api: bool = True  # in FactSerializer's payload
    jsonl: bool = False  # a key of the extract command's JSON lines (ExtractedFact.as_dict())
    csv: tuple[Column, ...] = ()  # its columns in the CSV and HXL exports
    # the model field a reviewer corrects through it; `original` keeps the machine's value
    corrects: str | None = None
    reviewed: bool = False  # set by a reviewer beside the corrections (status, note)


_datetime = serializers.DateTimeField().to_representation  # DRF's own format: ISO 8601, "Z"


def _attribute(name: str) -> Callable[[ExtractedFact], dict[str, Any]]:
    return lambda fact: {name: getattr(fact, name)}


def _value(column: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: row[column]


def _number(column: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda row: None if row[column] is None else float(row[column])


def _plain(name: str, *, number: bool = False, stored: bool = True, **where) -> FactField:
    """A field stored in the model field of its name, from the ExtractedFact's attribute."""
    return FactField(
        name,
        (name,),
        _attribute(name) if stored else None,
        (_number if number else _value)(name),
        **where,
    )


def _csv(header: str, hxl: str | None, *, last: bool = False) -> Column:
    return Column(header, hxl, _value(header), last)


def _place_csv() -> tuple[Column, ...]:
    def read(key: str) -> Callable[[dict], Any]:
        return lambda fact: (fact["place"] or {}).get(key)

    return tuple(Column(f.header, f.hxl, read(f.key)) for f in PLACE_FIELDS if f.header)


def _document_csv(header: str, hxl: str, key: str) -> Column:
    return Column(header, hxl, lambda fact: fact["document"][key])


FACT_FIELDS: tuple[FactField, ...] = (
    _plain("id", stored=False, csv=(_csv("id", "#meta+id"),)),
    _plain(
        "category", jsonl=True, csv=(_csv("category", "#indicator+category"),), corrects="category"
    ),
    # the value's HXL column is the category's own (statsapp.api.renderers.HXL_VALUE_TAGS)
    _plain("value", number=True, jsonl=True, csv=(_csv("value", None),), corrects="value"),
    _plain(
        "value_low",
        number=True,
        jsonl=True,
        csv=(_csv("value_low", "#indicator+value+min"),),
        corrects="value_low",
    ),
    _plain(
        "value_high",
        number=True,
        jsonl=True,
        csv=(_csv("value_high", "#indicator+value+max"),),
        corrects="value_high",
    ),
    _plain(
        "qualifier",
        jsonl=True,
        csv=(_csv("qualifier", "#indicator+qualifier"),),
        corrects="qualifier",
    ),
    _plain("unit", jsonl=True, csv=(_csv("unit", "#indicator+unit"),)),
    _plain("original_unit", jsonl=True),
    _plain("quote", jsonl=True, csv=(_csv("quote", "#description+quote", last=True),)),
    _plain("start", jsonl=True),
    _plain("end", jsonl=True),
    _plain("sentence", jsonl=True, csv=(_csv("sentence", "#description+sentence", last=True),)),
    _plain("sentence_start", api=False),
    FactField(
        "place",
        PLACE_COLUMNS,
        lambda fact: place_columns(fact.place),
        lambda row: place_shown(row.__getitem__),
        jsonl=True,
        csv=_place_csv(),
        corrects=PLACE_NAME.column,  # the rest of the place is looked up in the gazetteer
    ),
    # why the place: its own sentence, an earlier one, the lead, the dateline (context.py)
    _plain("place_reason", jsonl=True, csv=(_csv("place_reason", "#meta+place_reason"),)),
    FactField(
        "reported_by",
        ("reported_by",),
        lambda fact: {"reported_by": fact.reported_by or ""},
        lambda row: row["reported_by"] or None,
        jsonl=True,
        csv=(_csv("reported_by", "#meta+reported_by"),),
    ),
    FactField("parts", ("parts",), lambda fact: {"parts": list(fact.parts)}, _value("parts")),
    FactField(
        "mentions",
        ("mentions",),
        lambda fact: {
            "mentions": [{"quote": m.quote, "start": m.start, "end": m.end} for m in fact.mentions]
        },
        _value("mentions"),
    ),
    _plain("status", stored=False, csv=(_csv("status", "#status"),), reviewed=True),
    FactField("reviewed_by", ("reviewed_by__username",), None, _value("reviewed_by__username")),
    FactField(
        "reviewed_at",
        ("reviewed_at",),
        None,
        lambda row: _datetime(row["reviewed_at"]) if row["reviewed_at"] else None,
    ),
    _plain("note", stored=False, reviewed=True),
    # the machine's values of the fields a reviewer corrects: made by stored_columns()
    _plain("original", stored=False),
    FactField(
        "extractor_version",
        ("extractor_version",),
        lambda fact: {"extractor_version": EXTRACTOR_VERSION},
        _value("extractor_version"),
    ),
    FactField(
        "document",
        tuple(_document_column(name) for name in DOCUMENT_SUMMARY),
        None,  # the document the facts were extracted from: services._fact_row sets it
        _document_shown,
        csv=(
            _document_csv("published", "#date+reported", "published"),
            _document_csv("publisher", "#meta+source", "publisher"),
            _document_csv("url", "#meta+url", "url"),
            _document_csv("document", "#meta+document", "id"),
        ),
    ),
)

BY_NAME: dict[str, FactField] = {f.name: f for f in FACT_FIELDS}
API_FIELDS: tuple[str, ...] = tuple(f.name for f in FACT_FIELDS if f.api)
JSONL_KEYS: tuple[str, ...] = tuple(f.name for f in FACT_FIELDS if f.jsonl)
CSV_COLUMNS: tuple[Column, ...] = tuple(
    column for last in (False, True) for f in FACT_FIELDS for column in f.csv if column.last == last
)
CSV_FIELDS: tuple[str, ...] = tuple(f.name for f in FACT_FIELDS if f.csv)
# the API's name of each correction -> the model field it corrects
CORRECTIONS: dict[str, str] = {f.name: f.corrects for f in FACT_FIELDS if f.corrects}
# the model fields a reviewer may correct, in order: the keys of a fact's `original`
CORRECTABLE: tuple[str, ...] = tuple(CORRECTIONS.values())
# everything a review may change: the corrections, then the status and the note
REVIEW_FIELDS: tuple[str, ...] = (*CORRECTABLE, *(f.name for f in FACT_FIELDS if f.reviewed))


def stored_columns(extracted: ExtractedFact) -> dict[str, Any]:
    """The Fact's columns for a fact the extractor found (its document aside), `original` too."""
    columns: dict[str, Any] = {}
    for field in FACT_FIELDS:
        if field.stored is not None:
            columns.update(field.stored(extracted))
    columns["original"] = {name: columns[name] for name in CORRECTABLE}
    return columns
