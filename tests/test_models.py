"""The database itself refuses facts that break the model's invariants."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from statsapp.models import Document, Fact

pytestmark = pytest.mark.django_db


@pytest.fixture
def document() -> Document:
    return Document.objects.create(text="Five people were killed.", content_hash="a" * 64)


def fact_fields(**overrides) -> dict:
    fields = {
        "category": "killed",
        "value": 5,
        "value_low": 5,
        "value_high": 5,
        "qualifier": "exact",
        "unit": "people",
        "original_unit": "people",
        "quote": "Five people were killed",
        "start": 0,
        "end": 23,
        "sentence": "Five people were killed.",
        "sentence_start": 0,
    }
    return fields | overrides


def test_a_valid_fact_is_stored_with_its_defaults(document):
    fact = Fact.objects.create(document=document, **fact_fields())
    stored = Fact.objects.get(pk=fact.pk)
    assert (stored.status, stored.parts, stored.mentions) == ("pending", [], [])
    assert stored.original == {}
    assert str(stored) == "killed 5"


def test_open_bounds_are_allowed(document):
    Fact.objects.create(
        document=document, **fact_fields(value_low=None, value_high=None, qualifier="vague")
    )
    Fact.objects.create(
        document=document, **fact_fields(category="injured", value_high=None, qualifier="at_least")
    )
    assert Fact.objects.count() == 2


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"value_low": 6}, id="value_low above value"),
        pytest.param({"value_high": 4}, id="value above value_high"),
        pytest.param({"start": 24, "end": 23}, id="start after end"),
        pytest.param({"category": "wounded"}, id="unknown category"),
        pytest.param({"status": "maybe"}, id="unknown status"),
    ],
)
def test_check_constraints_reject_bad_rows(document, overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        Fact.objects.create(document=document, **fact_fields(**overrides))
    assert Fact.objects.count() == 0


def test_one_fact_per_category_and_span(document):
    Fact.objects.create(document=document, **fact_fields())
    with pytest.raises(IntegrityError), transaction.atomic():
        Fact.objects.create(document=document, **fact_fields(value=6, value_high=6))
    Fact.objects.create(document=document, **fact_fields(category="casualties"))
    assert list(Fact.objects.values_list("category", flat=True)) == ["killed", "casualties"]


def test_content_hash_is_unique(document):
    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.create(text="Other text.", content_hash=document.content_hash)


def test_facts_are_ordered_by_document_then_start(document):
    later = Document.objects.create(text="x", content_hash="b" * 64)
    Fact.objects.create(document=later, **fact_fields())
    Fact.objects.create(document=document, **fact_fields(start=10, end=20))
    Fact.objects.create(document=document, **fact_fields(start=2, end=20))
    assert list(Fact.objects.values_list("document_id", "start")) == [
        (document.pk, 2),
        (document.pk, 10),
        (later.pk, 0),
    ]


def test_deleting_a_document_deletes_its_facts(document):
    Fact.objects.create(document=document, **fact_fields())
    document.delete()
    assert Fact.objects.count() == 0


def test_document_str_is_title_or_first_words():
    assert str(Document(title="Kyiv update", text="ignored")) == "Kyiv update"
    assert str(Document(text="one two three")) == "one two three"
    assert str(Document(text="a b c d e f g h i j")) == "a b c d e f g h…"


def test_no_index_duplicates_the_leading_column_of_another():
    """An index on a column alone is dropped when a composite index leads with that column: the
    composite serves its lookups, and each index costs every insert."""
    table = Fact._meta.db_table
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    # (a unique constraint is an index too; PostgreSQL's "_like" twins share their columns)
    indexes = {
        tuple(c["columns"])
        for c in constraints.values()
        if (c["index"] or c["unique"]) and not c["primary_key"]
    }
    leading = {columns[0] for columns in indexes if len(columns) > 1}
    alone = {columns[0] for columns in indexes if len(columns) == 1}

    assert alone == {"place_name", "place_country", "reviewed_by_id"}
    assert alone & leading == set()
    assert sorted(columns for columns in indexes if len(columns) > 1) == [
        ("category", "place_key", "document_id", "start"),
        ("category", "place_name", "status", "document_id", "value", "value_low", "value_high"),
        ("document_id", "category", "start", "end"),  # the unique span
        ("document_id", "start"),
        ("status", "category"),
    ]
