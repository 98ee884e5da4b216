"""Every failure under /api/ answers the API's JSON error shape, bugs included; a bug's
traceback is logged, never sent. Outside /api/, Django's HTML pages stay."""

from __future__ import annotations

import logging

import pytest
from rest_framework.renderers import JSONRenderer
from rest_framework.test import APIClient

from statsapp.api.views import DocumentViewSet

pytestmark = pytest.mark.django_db

SERVER_ERROR = {
    "status": 500,
    "error": "server_error",
    "message": "An unexpected error occurred on the server; it has been logged.",
}


@pytest.fixture
def client() -> APIClient:
    """Answers a bug as a server would, instead of raising it into the test."""
    return APIClient(raise_request_exception=False)


def _boom(*args, **kwargs):
    raise RuntimeError("a detail the caller must not see")


def test_a_bug_in_a_view_is_500_json_and_its_traceback_is_logged(client, monkeypatch, caplog):
    monkeypatch.setattr(DocumentViewSet, "list", _boom)

    with caplog.at_level(logging.ERROR):
        response = client.get("/api/documents/")

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == SERVER_ERROR
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.name == "django.request"
    assert record.getMessage() == "Internal Server Error: /api/documents/"
    assert record.exc_info[0] is RuntimeError
    assert "a detail the caller must not see" in caplog.text  # the traceback, in the log
    assert "Traceback" in caplog.text


def test_a_bug_in_a_view_asked_for_csv_is_500_json(client, monkeypatch):
    from statsapp.api.views import FactViewSet

    monkeypatch.setattr(FactViewSet, "list", _boom)

    response = client.get("/api/facts/?format=csv")

    assert (response.status_code, response.json()) == (500, SERVER_ERROR)


def test_a_bug_after_the_view_is_500_json(client, monkeypatch, caplog):
    """Rendering happens after the view returned, outside DRF: Django's handler500 answers."""
    monkeypatch.setattr(JSONRenderer, "render", _boom)

    with caplog.at_level(logging.ERROR):
        response = client.get("/api/documents/")

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == SERVER_ERROR
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.name == "django.request"
    assert record.exc_info[0] is RuntimeError


def test_a_refused_host_is_400_json(client):
    """DisallowedHost is raised in middleware, before any view."""
    response = client.get("/api/facts/", HTTP_HOST="evil.example.org")

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "error": "bad_request",
        "message": "The request is malformed.",
    }


def test_an_unknown_api_address_is_404_json(client):
    response = client.post("/api/nothing/here/", {"a": 1}, format="json")

    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "error": "not_found",
        "message": "No endpoint at /api/nothing/here/; see /api/docs/.",
    }


API_FAILURES = {
    "suspicious": (400, "bad_request", "The request is malformed."),
    "forbidden": (403, "permission_denied", "You do not have permission to perform this action."),
    "missing": (404, "not_found", "The requested resource was not found."),
    "bug": (500, "server_error", SERVER_ERROR["message"]),
}


@pytest.mark.urls("tests.reliability.urls")
@pytest.mark.parametrize("kind", list(API_FAILURES))
def test_failures_outside_drf_under_api_answer_json(client, kind):
    status, error, message = API_FAILURES[kind]

    response = client.get(f"/api/test-fail/{kind}/")

    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": status, "error": error, "message": message}


@pytest.mark.urls("tests.reliability.urls")
@pytest.mark.parametrize(
    "kind, status, heading",
    [
        ("suspicious", 400, "<h1>Bad Request (400)</h1>"),
        ("forbidden", 403, "<h1>403 Forbidden</h1>"),
        ("missing", 404, "<h1>Not Found</h1>"),
        ("bug", 500, "<h1>Server Error (500)</h1>"),
    ],
)
def test_failures_outside_the_api_keep_djangos_html_pages(client, kind, status, heading):
    response = client.get(f"/elsewhere/test-fail/{kind}/")

    assert response.status_code == status
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert heading in response.content.decode()


def test_the_admin_keeps_its_html_404(admin_client):
    response = admin_client.get("/admin/statsapp/document/999999/change/")

    assert response.status_code == 302  # the admin redirects a missing object to its list
    missing = admin_client.get("/admin/no-such-page/")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "text/html; charset=utf-8"


def test_the_schema_documents_the_500_in_the_error_shape(client):
    schema = client.get("/api/schema/?format=json").json()

    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            answer = operation["responses"]["500"]["content"]["application/json"]["schema"]
            assert answer == {"$ref": "#/components/schemas/Error"}, (method, path)
