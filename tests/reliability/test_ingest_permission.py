"""Ingest is one permission, statsapp.add_document, in the API, the admin and the groups."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from rest_framework.test import APIClient

from statsapp.models import Document

pytestmark = pytest.mark.django_db

URL = "/api/documents/"
TEXT = "Shelling killed 12 people in Izyum on Monday, officials said."
FORBIDDEN = {
    "status": 403,
    "error": "permission_denied",
    "message": "Only ingesters (permission statsapp.add_document) may add documents.",
}


def _user(username: str, group: str | None, **extra) -> User:
    user = User.objects.create_user(username, password="pw-" + username, **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def _api(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.mark.parametrize("group", ["analyst", None])
def test_signed_in_users_without_add_document_are_403(group):
    response = _api(_user("someone", group)).post(URL, {"text": TEXT}, format="json")

    assert response.status_code == 403
    assert response.json() == FORBIDDEN
    assert Document.objects.count() == 0


@pytest.mark.parametrize("group", ["ingester", "reviewer"])
def test_ingesters_and_reviewers_add_documents(group):
    response = _api(_user("someone", group)).post(URL, {"text": TEXT}, format="json")

    assert response.status_code == 201
    assert response.json()["text"] == TEXT
    assert Document.objects.count() == 1


def test_superusers_add_documents():
    admin = _user("root", None, is_superuser=True, is_staff=True)

    assert _api(admin).post(URL, {"text": TEXT}, format="json").status_code == 201


def test_anonymous_callers_are_401():
    response = _api(None).post(URL, {"text": TEXT}, format="json")

    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "error": "not_authenticated",
        "message": "Authentication credentials were not provided.",
    }
    assert Document.objects.count() == 0


def test_a_refused_post_does_not_read_the_body():
    """The permission is checked before the body: a forbidden caller's bad JSON is a 403."""
    client = _api(_user("ana", "analyst"))

    response = client.post(URL, '{"text": ', content_type="application/json")

    assert (response.status_code, response.json()) == (403, FORBIDDEN)


def test_ingesters_may_not_review(seed_text):
    from statsapp.services import document_ingest

    killed = document_ingest(text=seed_text).document.facts.get(category="killed")
    client = _api(_user("feed", "ingester"))

    response = client.patch(f"/api/facts/{killed.pk}/", {"status": "approved"}, format="json")

    assert response.status_code == 403
    assert response.json() == {
        "status": 403,
        "error": "permission_denied",
        "message": "Only reviewers (permission statsapp.change_fact) may change facts.",
    }


@pytest.mark.parametrize(
    "group, status", [("analyst", 403), (None, 403), ("ingester", 200), ("reviewer", 200)]
)
def test_the_admins_ingest_form_asks_the_same_permission(group, status):
    client = Client()
    client.force_login(_user("staff", group, is_staff=True))

    assert client.get("/admin/statsapp/document/ingest/").status_code == status


def test_an_ingester_ingests_through_the_admin():
    client = Client()
    client.force_login(_user("feed", "ingester", is_staff=True))

    response = client.post("/admin/statsapp/document/ingest/", {"text": TEXT})

    document = Document.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/statsapp/document/{document.pk}/change/"
