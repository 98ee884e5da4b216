"""Who may read and write, by session or token, and how fast anonymous callers may go."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from statsapp.models import Document

from ..conftest import SECOND_TEXT

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/api/facts/", "/api/documents/", "/api/facts/aggregate/", "/api/facts/?format=csv"]
)
def test_reads_can_require_login(api_client, user_client, seed_document, settings, url):
    settings.API_READ_REQUIRES_LOGIN = True

    refused = api_client.get(url)

    assert refused.status_code == 401
    assert refused.json() == {
        "status": 401,
        "error": "not_authenticated",
        "message": "Authentication credentials were not provided.",
    }
    assert user_client.get(url).status_code == 200


def test_reads_are_open_by_default(api_client, seed_document):
    assert api_client.get("/api/facts/").status_code == 200
    assert api_client.get(f"/api/facts/{seed_document.facts.first().pk}/").status_code == 200


def test_token_authentication(ingester):
    token = Token.objects.create(user=ingester)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")

    response = client.post("/api/documents/", {"text": SECOND_TEXT}, format="json")

    assert response.status_code == 201
    assert Document.objects.count() == 1


def test_a_wrong_token_is_401(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-key")

    response = client.post("/api/documents/", {"text": SECOND_TEXT}, format="json")

    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "error": "authentication_failed",
        "message": "Invalid token.",
    }
    assert Document.objects.count() == 0


def test_session_authentication(ingester):
    client = APIClient()
    client.force_login(ingester)

    response = client.post("/api/documents/", {"text": SECOND_TEXT}, format="json")

    assert response.status_code == 201


def test_a_reviewers_token_may_review(reviewer, seed_fact):
    token = Token.objects.create(user=reviewer)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    killed = seed_fact("killed")

    response = client.patch(f"/api/facts/{killed.pk}/", {"status": "approved"}, format="json")

    assert response.status_code == 200
    assert response.json()["reviewed_by"] == "reviewer"


@pytest.fixture
def three_a_minute(monkeypatch):
    """Anonymous callers may make three requests a minute (the cache is emptied around every
    test by tests/conftest.py)."""
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})


def test_anonymous_callers_are_throttled(api_client, user_client, seed_document, three_a_minute):
    statuses = [api_client.get("/api/facts/").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    throttled = api_client.get("/api/documents/")
    assert throttled.status_code == 429
    assert throttled.json() == {
        "status": 429,
        "error": "throttled",
        "message": "Request was throttled. Expected available in 60 seconds.",
    }
    assert throttled["Retry-After"] == "60"
    # Signed-in callers are not counted with anonymous ones.
    assert user_client.get("/api/facts/").status_code == 200


def test_the_throttle_starts_from_zero_in_every_test(api_client, seed_document, three_a_minute):
    assert [api_client.get("/api/facts/").status_code for _ in range(3)] == [200] * 3
