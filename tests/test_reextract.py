"""Extracting again never loses a reviewer's work: reviewed facts stay as they are, with their
review history; only unreviewed facts are replaced; nothing is duplicated."""

from __future__ import annotations

import copy

import pytest
from django.contrib.auth.models import User

from statsapp import services
from statsapp.extraction import pipeline
from statsapp.extraction.lang import build_language, load_language
from statsapp.models import Fact, ReviewEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def newer_lexicon(monkeypatch):
    """Call it to switch to an edited lexicon: "fled" and "a city of" no longer count, so the
    refugees and population figures disappear from the extractor's output."""

    def switch() -> None:
        tables = copy.deepcopy(dict(load_language("en").tables))
        tables["triggers"]["after"]["strong"].pop("flee")
        tables["triggers"]["before"]["categories"]["population"] = ["population:"]
        edited = build_language("en", tables)  # compiled again from the edited tables
        monkeypatch.setattr(pipeline, "load_language", lambda code: edited)

    return switch


def snapshot(fact: Fact) -> tuple:
    return (fact.pk, fact.category, fact.value, fact.value_low, fact.value_high, fact.status,
            fact.note, fact.reviewed_by_id, fact.reviewed_at, fact.original)  # fmt: skip


def test_reviewed_facts_survive_a_new_extraction(seed_text, newer_lexicon):
    reviewer = User.objects.create_user("rita")
    document = services.document_ingest(text=seed_text).document
    facts = {(f.category, f.value): f for f in document.facts.all()}

    services.facts_set_status(
        facts=Fact.objects.filter(pk__in=[facts["killed", 8].pk, facts["population", 1.5e6].pk]),
        status="approved", user=reviewer, via="admin bulk",
    )  # fmt: skip
    services.fact_review(fact=facts["casualties", 2000], user=reviewer, value=3000,
                         value_low=3000, note="ministry figure")  # fmt: skip
    services.fact_review(fact=facts["distance", 58], user=reviewer, status="rejected")
    reviewed_ids = [
        facts[k].pk
        for k in [("killed", 8), ("population", 1.5e6), ("casualties", 2000), ("distance", 58)]
    ]
    before = [snapshot(f) for f in Fact.objects.filter(pk__in=reviewed_ids).order_by("pk")]
    history_before = list(
        ReviewEvent.objects.order_by("pk").values_list("pk", "fact_id", "changes")
    )
    unreviewed_ids = set(document.facts.exclude(pk__in=reviewed_ids).values_list("pk", flat=True))

    newer_lexicon()
    result = services.document_reextract(document=document)

    after = [snapshot(f) for f in Fact.objects.filter(pk__in=reviewed_ids).order_by("pk")]
    assert after == before  # the four reviewed facts, untouched
    assert list(ReviewEvent.objects.order_by("pk").values_list("pk", "fact_id", "changes")) == (
        history_before
    )
    assert (result.kept, result.replaced, result.added) == (4, 3, 2)
    rows = sorted((f.category, f.value, f.status) for f in document.facts.all())
    assert rows == [
        ("casualties", 3000, "pending"),  # corrected, not yet approved: kept as corrected
        ("distance", 30, "pending"),  # unreviewed: extracted again
        ("distance", 58, "rejected"),
        ("distance", 120, "pending"),  # unreviewed: extracted again
        ("killed", 8, "approved"),
        ("population", 1_500_000, "approved"),  # gone from the new output, kept for its review
    ]  # the unreviewed refugees figure is gone with the edited lexicon; nothing is doubled
    new_ids = set(document.facts.exclude(pk__in=reviewed_ids).values_list("pk", flat=True))
    assert not new_ids & unreviewed_ids  # the unreviewed rows were replaced, not kept


def test_extracting_again_with_the_same_extractor_changes_nothing_reviewed(seed_text):
    document = services.document_ingest(text=seed_text).document
    killed = document.facts.get(category="killed")
    services.fact_review(fact=killed, user=None, status="approved")
    first = services.document_reextract(document=document)
    second = services.document_reextract(document=document)
    assert (first.kept, first.replaced, first.added) == (1, 6, 6)
    assert (second.kept, second.replaced, second.added) == (1, 6, 6)
    assert document.facts.count() == 7
    assert document.facts.get(category="killed").pk == killed.pk
