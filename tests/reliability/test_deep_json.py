"""JSON nested beyond 100 levels is refused as a parse error (400), before json.loads meets
Python's recursion limit (a RecursionError, once a 500 HTML page)."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Group, User
from rest_framework.test import APIClient

from statsapp.api.parsers import nested_deeper_than
from statsapp.models import Document

pytestmark = pytest.mark.django_db

URL = "/api/documents/"
TEXT = "Shelling killed 12 people in Izyum on Monday, officials said."
TOO_DEEP = {
    "status": 400,
    "error": "parse_error",
    "message": "JSON parse error - nested deeper than 100 levels.",
}


@pytest.fixture
def client(db) -> APIClient:
    user = User.objects.create_user("feed")
    user.groups.add(Group.objects.get(name="ingester"))
    client = APIClient(raise_request_exception=False)
    client.force_authenticate(user)
    return client


def arrays(levels: int) -> str:
    return "[" * levels + "]" * levels


def post(client: APIClient, body: str):
    return client.post(URL, body, content_type="application/json")


@pytest.mark.parametrize("levels", [101, 943, 5_000, 100_000])
def test_deep_arrays_are_400(client, levels):
    response = post(client, arrays(levels))

    assert (response.status_code, response.json()) == (400, TOO_DEEP)


def test_a_document_with_a_deep_field_is_400(client):
    """943 levels: the object and 942 arrays in its text field."""
    response = post(client, '{"text": ' + arrays(942) + "}")

    assert (response.status_code, response.json()) == (400, TOO_DEEP)
    assert Document.objects.count() == 0


def test_deep_objects_are_400(client):
    body = '{"a": ' * 943 + "1" + "}" * 943

    response = post(client, body)

    assert (response.status_code, response.json()) == (400, TOO_DEEP)


def test_100_levels_are_parsed_and_validated_as_usual(client):
    response = post(client, '{"text": ' + arrays(99) + "}")

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "error": "invalid",
        "message": "text: Not a valid string.",
        "fields": {"text": ["Not a valid string."]},
    }


def test_50_levels_in_an_unknown_field_leave_ingest_as_usual(client):
    body = json.dumps({"text": TEXT, "extra": json.loads(arrays(49))})

    response = post(client, body)

    assert response.status_code == 201
    assert response.json()["text"] == TEXT
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    "data, limit, deeper",
    [
        ([], 1, False),
        ([[]], 1, True),
        ({"a": [1, {"b": []}]}, 4, False),
        ({"a": [1, {"b": []}]}, 3, True),
        ("text", 0, False),
    ],
)
def test_nested_deeper_than(data, limit, deeper):
    assert nested_deeper_than(data, limit) is deeper
