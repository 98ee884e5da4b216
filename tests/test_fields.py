"""statsapp.fields: every column of a fact is defined there once, and what derives from it
(the admin's review form, the API's review, the place's columns and `place`) agrees with it."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets

from statsapp import fields
from statsapp.api.serializers import FactReviewSerializer, FactSerializer, PlaceSerializer
from statsapp.extraction import ExtractedFact, Mention, Place
from statsapp.models import Fact

KHARKIV = Place("Kharkiv", 706483, "UA", 49.98177, 36.25475, "city", "Kharkiv")


def _model_field(column: str) -> str:
    """The model field a `.values()` name reads: document__title -> document."""
    return column.split("__")[0].removesuffix("_id")


def test_every_column_of_a_fact_is_a_field():
    model = {field.name for field in Fact._meta.concrete_fields}
    defined = {_model_field(c) for field in fields.FACT_FIELDS for c in field.columns}

    assert model - defined == {"place_key"}  # the database keeps it, from the place's name
    assert defined - model == set()


def test_the_place_mapping_has_every_place_column():
    place_columns = {f.name for f in Fact._meta.concrete_fields if f.name.startswith("place_")}

    # place_key: the database's, from the name; place_reason: the fact's, why this place
    assert set(fields.PLACE_COLUMNS) == place_columns - {"place_key", "place_reason"}


def test_a_place_goes_to_the_columns_and_back_to_the_apis_place():
    columns = fields.place_columns(KHARKIV)

    assert columns == {
        "place_name": "Kharkiv",
        "place_geonameid": 706483,
        "place_country": "UA",
        "place_latitude": 49.98177,
        "place_longitude": 36.25475,
        "place_level": "city",
        "place_admin1": "Kharkiv",
        "place_precision": 1,
    }
    assert fields.place_shown(columns.__getitem__) == {
        "name": "Kharkiv",
        "geonameid": 706483,
        "country": "UA",
        "latitude": 49.98177,
        "longitude": 36.25475,
        "level": "city",
        "admin1": "Kharkiv",
        "precision": 1,
    }
    assert fields.place_shown(fields.place_columns(None).__getitem__) is None


def test_no_place_leaves_every_place_column_empty():
    assert fields.place_columns(None) == {
        "place_name": "",
        "place_geonameid": None,
        "place_country": "",
        "place_latitude": None,
        "place_longitude": None,
        "place_level": "",
        "place_admin1": "",
        "place_precision": None,
    }


def test_a_name_the_gazetteer_does_not_know_is_unresolved():
    assert fields.place_columns(None, "Nowhereville") == {
        "place_name": "Nowhereville",
        "place_geonameid": None,
        "place_country": "",
        "place_latitude": None,
        "place_longitude": None,
        "place_level": "unresolved",
        "place_admin1": "",
        "place_precision": None,
    }


def test_the_schemas_place_has_the_mappings_keys_and_columns():
    assert {name: field.source for name, field in PlaceSerializer().fields.items()} == {
        f.key: f.column for f in fields.PLACE_FIELDS
    }


def test_a_stored_row_keeps_the_machines_values_of_every_correctable_field():
    extracted = ExtractedFact(
        category="killed", value=8, value_low=8, value_high=8, qualifier="exact", unit="people",
        original_unit="people", quote="killed eight", start=10, end=22, sentence="s",
        sentence_start=0, place=KHARKIV, reported_by=None, parts=(5, 3),
        mentions=[Mention("eight killed", 40, 52, "s")],
    )  # fmt: skip

    columns = fields.stored_columns(extracted)

    assert columns["original"] == {
        "category": "killed", "value": 8, "value_low": 8, "value_high": 8,
        "qualifier": "exact", "place_name": "Kharkiv",
    }  # fmt: skip
    assert (columns["reported_by"], columns["parts"], columns["mentions"]) == (
        "",
        [5, 3],
        [{"quote": "eight killed", "start": 40, "end": 52}],
    )
    Fact(**columns).full_clean(exclude=["document"], validate_constraints=False)


def test_the_review_form_edits_exactly_the_review_fields():
    fact_admin = admin.site._registry[Fact]
    editable = set(flatten_fieldsets(fact_admin.fieldsets)) - set(fact_admin.readonly_fields)

    assert fact_admin.form._meta.fields == fields.REVIEW_FIELDS
    assert editable == set(fields.REVIEW_FIELDS)


def test_the_apis_review_takes_the_corrections_by_their_api_names():
    assert fields.CORRECTIONS == {
        "category": "category", "value": "value", "value_low": "value_low",
        "value_high": "value_high", "qualifier": "qualifier", "place": "place_name",
    }  # fmt: skip
    assert set(FactReviewSerializer().fields) == {*fields.CORRECTIONS, "status", "note"}


def test_the_api_shows_the_fields_in_their_order():
    assert FactSerializer.Meta.fields == [
        "id", "category", "value", "value_low", "value_high", "qualifier", "unit",
        "original_unit", "quote", "start", "end", "sentence", "place", "place_reason",
        "reported_by", "parts", "mentions", "status", "reviewed_by", "reviewed_at", "note",
        "original", "extractor_version", "document",
    ]  # fmt: skip
