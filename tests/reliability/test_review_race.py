"""A review made while a document is extracted again is never lost.

Extraction runs outside any transaction; the write that follows locks the document's facts and
decides from the locked rows what is reviewed. A review that commits first is kept with its
history; a review that comes after the lock finds its fact gone and says so (404 from the API).
"""

from __future__ import annotations

import threading
import time

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test import Client
from rest_framework.test import APIClient

from statsapp import services
from statsapp.models import Fact, ReviewEvent

pytestmark = pytest.mark.django_db(transaction=True)

postgres_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'",
    reason="row locks that make a concurrent review wait exist on PostgreSQL only",
)


def in_thread(work) -> dict:
    """Run work() on its own thread and database connection, as a concurrent request would."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except Exception as exc:  # noqa: BLE001 - the test inspects what the thread raised
            outcome["error"] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    outcome["thread"] = thread
    return outcome


def approve(fact_pk: int, user: User):
    return services.fact_review(fact=Fact(pk=fact_pk), user=user, status="approved")


def assert_kept_with_history(fact_pk: int, user: User) -> None:
    fact = Fact.objects.get(pk=fact_pk)
    assert (fact.status, fact.reviewed_by_id) == ("approved", user.pk)
    events = list(ReviewEvent.objects.filter(fact_id=fact_pk).values_list("status", "changes"))
    assert events == [("approved", {"status": ["pending", "approved"]})]


def test_a_review_landing_while_the_extractor_runs_is_kept(seed_text, reviewer, monkeypatch):
    document = services.document_ingest(text=seed_text).document
    target = document.facts.get(category="killed").pk
    real_extract = services.extract_facts

    def extract_while_reviewing(text, **kwargs):
        facts = real_extract(text, **kwargs)
        review = in_thread(lambda: approve(target, reviewer))
        review["thread"].join()
        assert "error" not in review
        return facts

    monkeypatch.setattr(services, "extract_facts", extract_while_reviewing)
    result = services.document_reextract(document=document)

    assert (result.kept, result.replaced, result.added) == (1, 6, 6)
    assert_kept_with_history(target, reviewer)
    assert document.facts.count() == 7  # the reviewed fact is not stored a second time


@postgres_only
def test_a_review_waiting_on_the_lock_finds_its_fact_gone(seed_text, reviewer, monkeypatch):
    document = services.document_ingest(text=seed_text).document
    target = document.facts.get(category="killed").pk
    real_unique_spans = services._unique_spans
    started: list[dict] = []

    def unique_spans_while_reviewing(rows):
        # Called inside the locked write: the review starts now and must wait for the commit.
        started.append(in_thread(lambda: approve(target, reviewer)))
        time.sleep(0.3)
        assert started[0]["thread"].is_alive()  # it is waiting on the row lock
        return real_unique_spans(rows)

    monkeypatch.setattr(services, "_unique_spans", unique_spans_while_reviewing)
    services.document_reextract(document=document)
    review = started[0]
    review["thread"].join()

    assert isinstance(review["error"], services.FactGone)
    assert not Fact.objects.filter(pk=target).exists()
    assert not ReviewEvent.objects.filter(fact_id=target).exists()
    assert document.facts.filter(category="killed", status="pending").count() == 1


@postgres_only
def test_many_races_of_review_and_extraction_lose_no_review(seed_text, reviewer):
    kept = gone = 0
    for round_ in range(40):
        document = services.document_ingest(text=f"{seed_text}\nUpdate {round_}.").document
        target = document.facts.get(category="killed").pk
        start = threading.Barrier(2)

        def reextract(document=document, start=start):
            start.wait()
            return services.document_reextract(document=document)

        def review(target=target, start=start, delay=(round_ % 8) * 0.002):
            start.wait()
            time.sleep(delay)  # spread the reviews across the extraction
            return approve(target, reviewer)

        extraction, reviewing = in_thread(reextract), in_thread(review)
        extraction["thread"].join()
        reviewing["thread"].join()

        assert "error" not in extraction
        if "error" in reviewing:
            assert isinstance(reviewing["error"], services.FactGone)
            assert not Fact.objects.filter(pk=target).exists()
            assert not ReviewEvent.objects.filter(fact_id=target).exists()
            gone += 1
        else:
            assert_kept_with_history(target, reviewer)
            kept += 1
        assert document.facts.count() == 7  # nothing doubled, nothing missing
    assert kept + gone == 40


def test_the_api_answers_404_for_a_fact_replaced_under_it(seed_text, monkeypatch):
    user = User.objects.create_user("ruth")
    user.user_permissions.add(Permission.objects.get(codename="change_fact"))
    client = APIClient()
    client.force_authenticate(user)
    document = services.document_ingest(text=seed_text).document
    target = document.facts.get(category="killed").pk
    real_review = services.fact_review

    def review_after_reextraction(*, fact, **kwargs):
        services.document_reextract(document=document)  # lands between lookup and lock
        return real_review(fact=fact, **kwargs)

    monkeypatch.setattr(services, "fact_review", review_after_reextraction)
    response = client.patch(f"/api/facts/{target}/", {"status": "approved"}, format="json")

    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "error": "not_found",
        "message": f"fact {target} no longer exists: its document was extracted again and the "
        "fact, which nobody had reviewed, was replaced; reload the document",
    }
    assert not ReviewEvent.objects.exists()


def test_the_admin_says_the_fact_was_replaced_instead_of_saved(seed_text, monkeypatch):
    user = User.objects.create_superuser("ada", password="x")
    client = Client()
    client.force_login(user)
    document = services.document_ingest(text=seed_text).document
    killed = document.facts.get(category="killed")
    real_review = services.fact_review

    def review_after_reextraction(*, fact, **kwargs):
        services.document_reextract(document=document)
        return real_review(fact=fact, **kwargs)

    monkeypatch.setattr(services, "fact_review", review_after_reextraction)
    form = {
        "category": "killed", "value": 8, "value_low": 8, "value_high": 8, "qualifier": "exact",
        "place_name": killed.place_name, "status": "approved", "note": "",
        "reviews-TOTAL_FORMS": 0, "reviews-INITIAL_FORMS": 0,
        "reviews-MIN_NUM_FORMS": 0, "reviews-MAX_NUM_FORMS": 1000,
    }  # fmt: skip
    response = client.post(f"/admin/statsapp/fact/{killed.pk}/change/", form, follow=True)

    assert response.redirect_chain == [(f"/admin/statsapp/document/{document.pk}/change/", 302)]
    shown = [(m.level_tag, m.message) for m in response.context["messages"]]
    assert shown == [
        (
            "error",
            f"fact {killed.pk} no longer exists: its document was extracted again and the fact, "
            "which nobody had reviewed, was replaced; reload the document",
        )
    ]
    assert not ReviewEvent.objects.exists()
