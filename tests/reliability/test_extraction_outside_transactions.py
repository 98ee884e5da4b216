"""The extractor never runs inside a write transaction, whichever door a text comes through.

On SQLite a transaction holds the database's one write lock; an extractor working inside it
would make every other writer wait for it, and fail once the wait passes the lock timeout.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from rest_framework.test import APIClient

from statsapp import services
from statsapp.extraction import parallel
from statsapp.models import Document

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = "Shelling killed 12 people in Izyum on Monday, officials said."


@pytest.fixture
def inside_transaction(monkeypatch) -> list[bool]:
    """For each extraction, whether it ran inside a transaction."""
    seen: list[bool] = []

    def watch(real):
        def extract_facts(text, **kwargs):
            seen.append(connection.in_atomic_block)
            return real(text, **kwargs)

        return extract_facts

    monkeypatch.setattr(services, "extract_facts", watch(services.extract_facts))
    monkeypatch.setattr(parallel, "extract_facts", watch(parallel.extract_facts))
    return seen


@pytest.fixture
def admin_user() -> User:
    return User.objects.create_superuser("ada", password="x")


def test_service_ingest_and_reextract(inside_transaction):
    document = services.document_ingest(text=TEXT).document
    services.document_reextract(document=document)
    items = [services.IngestItem(TEXT + " Again.")]
    results = list(services.documents_ingest(items=items, workers=1))
    assert results[0].created
    assert inside_transaction == [False, False, False]


def test_api_ingest_and_reextract(inside_transaction, admin_user):
    client = APIClient()
    client.force_authenticate(admin_user)
    assert client.post("/api/documents/", {"text": TEXT}, format="json").status_code == 201
    document = Document.objects.get()
    assert client.post(f"/api/documents/{document.pk}/extract/").status_code == 200
    assert inside_transaction == [False, False]


def test_admin_ingest_and_extract_again(inside_transaction, admin_user):
    client = Client()
    client.force_login(admin_user)
    response = client.post("/admin/statsapp/document/ingest/", {"text": TEXT})
    assert response.status_code == 302
    document = Document.objects.get()
    client.post(f"/admin/statsapp/document/{document.pk}/extract/")
    client.post(
        "/admin/statsapp/document/",
        {"action": "extract_again", "_selected_action": [document.pk]},
    )
    assert inside_transaction == [False, False, False]
