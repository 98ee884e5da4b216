"""fixtures/seed_article.json loads, and says what ingesting seeds/ says today."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from statsapp.models import Document, Fact

from .conftest import ROOT, SEEDS

FIXTURE = ROOT / "fixtures" / "seed_article.json"
DOCUMENT_FIELDS = ("content_hash", "title", "publisher", "published", "url", "text")
FACT_FIELDS = (
    "category",
    "value",
    "value_low",
    "value_high",
    "qualifier",
    "place_name",
    "place_level",
    "place_admin1",
    "place_precision",
    "place_reason",
    "quote",
    "start",
    "end",
)


def stored_documents() -> list[tuple]:
    return list(Document.objects.order_by("content_hash").values_list(*DOCUMENT_FIELDS))


def stored_facts() -> list[tuple]:
    facts = Fact.objects.order_by("document__content_hash", "start", "category")
    return list(facts.values_list("document__content_hash", *FACT_FIELDS))


@pytest.mark.django_db
def test_the_fixture_matches_a_fresh_ingest_of_the_seeds():
    call_command("loaddata", FIXTURE, verbosity=0)
    loaded_documents, loaded_facts = stored_documents(), stored_facts()

    Document.objects.all().delete()
    call_command("ingest", str(SEEDS), stdout=io.StringIO())

    assert loaded_documents == stored_documents()
    assert loaded_facts == stored_facts()
    assert len(loaded_documents) == len(list(SEEDS.glob("**/*.txt")))
