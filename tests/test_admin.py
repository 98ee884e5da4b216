"""The admin lists and shows documents and facts without a query per row."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statsapp.extraction import extract_facts
from statsapp.models import Document, Fact
from statsapp.services import ingest

pytestmark = pytest.mark.django_db

TEXTS = [
    "At least 12 people were killed in Kyiv on Tuesday, officials said.",
    "Some 300 people were evacuated from Irpin.",
    "Shelling killed six adults and two children in Izyum.",
]


@pytest.fixture
def documents() -> list[Document]:
    return [ingest(text, title=f"report {i}").document for i, text in enumerate(TEXTS)]


def changelist(admin_client, model: str) -> tuple[int, int]:
    """The changelist's result count, and the number of queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(reverse(f"admin:statsapp_{model}_changelist"))
    assert response.status_code == 200
    return response.context["cl"].result_count, len(queries)


def test_fact_changelist_query_count_does_not_grow_with_rows(admin_client):
    ingest(TEXTS[0])
    one_document = changelist(admin_client, "fact")
    for text in TEXTS[1:]:
        ingest(text)
    three_documents = changelist(admin_client, "fact")

    assert one_document[0] == len(extract_facts(TEXTS[0]))
    assert three_documents[0] == sum(len(extract_facts(text)) for text in TEXTS)
    assert three_documents[1] == one_document[1]


def test_document_changelist_and_change_page(admin_client, documents):
    assert changelist(admin_client, "document")[0] == len(TEXTS)
    document = documents[0]
    response = admin_client.get(reverse("admin:statsapp_document_change", args=[document.pk]))
    assert response.status_code == 200
    assert [
        fact.quote for fact in response.context["inline_admin_formsets"][0].formset.queryset
    ] == [fact.quote for fact in document.facts.all()]


def test_fact_change_page(admin_client, documents):
    fact = Fact.objects.first()
    response = admin_client.get(reverse("admin:statsapp_fact_change", args=[fact.pk]))
    assert response.status_code == 200
    assert response.context["original"] == fact
    assert response.context["adminform"].form["quote"].value() == fact.quote
