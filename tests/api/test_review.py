"""GET and PATCH /api/facts/{id}/: reviewers approve, reject and correct facts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from statsapp.models import Fact

pytestmark = pytest.mark.django_db


def url(fact: Fact) -> str:
    return f"/api/facts/{fact.pk}/"


def patch(client, fact: Fact, changes):
    return client.patch(url(fact), changes, format="json")


MACHINE_KILLED = {
    "category": "killed",
    "value": 8,
    "value_low": 8,
    "value_high": 8,
    "qualifier": "exact",
    "place_name": "Izyum",
}


def test_anyone_reads_a_fact(api_client, seed_document, seed_fact):
    killed = seed_fact("killed")

    response = api_client.get(url(killed))

    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["category"], body["value"], body["quote"]) == (
        killed.pk,
        "killed",
        8,
        "killed six adults and two children",
    )
    assert body["document"]["id"] == seed_document.pk
    assert body["original"] == MACHINE_KILLED
    assert body["mentions"] == []


def test_unknown_fact_is_404_json(api_client, seed_document):
    response = api_client.get("/api/facts/987654/")

    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "error": "not_found",
        "message": "No Fact matches the given query.",
    }


def test_reviewer_approves(reviewer_client, seed_fact):
    killed = seed_fact("killed")
    before = timezone.now()

    response = patch(reviewer_client, killed, {"status": "approved", "note": "checked"})

    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["reviewed_by"], body["note"]) == (
        "approved",
        "reviewer",
        "checked",
    )
    reviewed_at = datetime.fromisoformat(body["reviewed_at"].replace("Z", "+00:00"))
    assert before <= reviewed_at <= timezone.now() + timedelta(seconds=1)
    assert (body["value"], body["original"]) == (8, MACHINE_KILLED)
    killed.refresh_from_db()
    assert (killed.status, killed.reviewed_by.username, killed.note) == (
        "approved",
        "reviewer",
        "checked",
    )


def test_reviewer_rejects(reviewer_client, seed_fact):
    response = patch(reviewer_client, seed_fact("casualties"), {"status": "rejected"})

    assert response.status_code == 200
    assert (response.json()["status"], response.json()["reviewed_by"]) == ("rejected", "reviewer")


def test_reviewer_corrects_values_category_and_place(reviewer_client, seed_fact):
    distance = seed_fact("distance", 58)

    response = patch(
        reviewer_client,
        distance,
        {"category": "killed", "value": 60, "value_low": 50, "value_high": 70, "place": "Kiev"},
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["category"], body["value"], body["value_low"], body["value_high"]) == (
        "killed",
        60,
        50,
        70,
    )
    assert body["place"] == {
        "name": "Kyiv",
        "geonameid": 703448,
        "country": "UA",
        "latitude": 50.45466,
        "longitude": 30.5238,
        "level": "city",
        "admin1": "Kyiv",
        "precision": 1,
    }
    assert body["status"] == "pending"  # corrected, not yet approved
    assert body["reviewed_by"] == "reviewer"
    assert body["original"] == {
        "category": "distance",
        "value": 58,
        "value_low": 58,
        "value_high": 58,
        "qualifier": "exact",
        "place_name": "Borodyanka",
    }
    distance.refresh_from_db()
    assert (distance.category, distance.value, distance.place_name, distance.place_country) == (
        "killed",
        60,
        "Kyiv",
        "UA",
    )


def test_a_place_the_gazetteer_does_not_know_is_kept_without_coordinates(
    reviewer_client, seed_fact
):
    response = patch(reviewer_client, seed_fact("killed"), {"place": "Nowhereville"})

    assert response.status_code == 200
    assert response.json()["place"] == {
        "name": "Nowhereville",
        "geonameid": None,
        "country": "",
        "latitude": None,
        "longitude": None,
        "level": "unresolved",
        "admin1": "",
        "precision": None,
    }
    assert response.json()["place_reason"] == "reviewer"


def test_clearing_the_place(reviewer_client, seed_fact):
    response = patch(reviewer_client, seed_fact("killed"), {"place": ""})

    assert response.status_code == 200
    assert response.json()["place"] is None
    assert response.json()["place_reason"] == ""
    assert response.json()["original"]["place_name"] == "Izyum"


def test_clearing_the_bounds(reviewer_client, seed_fact):
    response = patch(
        reviewer_client, seed_fact("killed"), {"value": 9, "value_low": None, "value_high": None}
    )

    assert response.status_code == 200
    assert (response.json()["value"], response.json()["value_low"]) == (9, None)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"value_low": 9}, "value_low 9 is above value 8"),
        ({"value": 10}, "value_high 8 is below value 10"),
        ({"value": 5, "value_low": 6, "value_high": 7}, "value_low 6 is above value 5"),
    ],
)
def test_inconsistent_bounds_are_400(reviewer_client, seed_fact, changes, message):
    killed = seed_fact("killed")

    response = patch(reviewer_client, killed, changes)

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "error": "invalid",
        "message": message,
        "fields": {"non_field_errors": [message]},
    }
    killed.refresh_from_db()
    assert (killed.value, killed.value_low, killed.value_high, killed.reviewed_at) == (
        8,
        8,
        8,
        None,
    )


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"quote": "killed eight"}, "quote: This field cannot be changed."),
        ({"status": "approved", "start": 0}, "start: This field cannot be changed."),
        (
            {"status": "done"},
            'status: "done" is not a valid choice.',
        ),
        ({"category": "wounded"}, 'category: "wounded" is not a valid choice.'),
        ({"qualifier": "roughly"}, 'qualifier: "roughly" is not a valid choice.'),
        ({"value": "eight"}, "value: A valid number is required."),
        ({"value": -1}, "value: Ensure this value is greater than or equal to 0."),
        ({"value": None}, "value: This field may not be null."),
        ({}, "Nothing to change: give a status, values or a note."),
    ],
)
def test_invalid_reviews_are_400_and_change_nothing(reviewer_client, seed_fact, changes, message):
    killed = seed_fact("killed")

    response = patch(reviewer_client, killed, changes)

    assert response.status_code == 400
    assert response.json()["message"] == message
    killed.refresh_from_db()
    assert (killed.status, killed.reviewed_at) == ("pending", None)


def test_signed_in_non_reviewer_is_403(user_client, seed_fact):
    killed = seed_fact("killed")

    response = patch(user_client, killed, {"status": "approved"})

    assert response.status_code == 403
    assert response.json() == {
        "status": 403,
        "error": "permission_denied",
        "message": "Only reviewers (permission statsapp.change_fact) may change facts.",
    }
    killed.refresh_from_db()
    assert killed.status == "pending"


def test_anonymous_review_is_401(api_client, seed_fact):
    killed = seed_fact("killed")

    response = patch(api_client, killed, {"status": "approved"})

    assert response.status_code == 401
    assert response.json()["error"] == "not_authenticated"
    killed.refresh_from_db()
    assert killed.status == "pending"


@pytest.mark.parametrize("method", ["delete", "put", "post"])
def test_facts_cannot_be_deleted_replaced_or_created(reviewer_client, seed_fact, method):
    killed = seed_fact("killed")

    response = getattr(reviewer_client, method)(url(killed), {"status": "approved"}, format="json")

    assert response.status_code == 405
    assert response.json()["message"] == f'Method "{method.upper()}" not allowed.'
    assert Fact.objects.filter(pk=killed.pk, status="pending").exists()


def test_facts_cannot_be_posted_to_the_list(reviewer_client, seed_document):
    response = reviewer_client.post("/api/facts/", {"category": "killed"}, format="json")

    assert response.status_code == 405
    assert Fact.objects.count() == 7
