"""API test data: a client per kind of user, the seed article and a second small report."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from statsapp.models import Document, Fact
from statsapp.services import document_ingest

# The seed article's facts as the API shows them, in text order:
# category, value, value_low, value_high, qualifier, place name
SEED_FACTS = [
    ("casualties", 2000, 2000, 9999, "vague", None),
    ("refugees", 1_000_000, 1_000_000, None, "at_least", "Ukraine"),
    ("distance", 30, 30, None, "at_least", None),
    ("distance", 58, 58, 58, "exact", None),
    ("population", 1_500_000, 1_500_000, 1_500_000, "exact", "Kharkiv"),
    ("killed", 8, 8, 8, "exact", "Izyum"),
    ("distance", 120, None, None, "approximate", None),
]

# A later report from another publisher: another Izyum death toll, and people displaced.
SECOND_TEXT = (
    "Shelling killed 12 people in Izyum on Monday, officials said. "
    "About 4,000 people fled Mariupol."
)
SECOND_FACTS = [
    ("killed", 12, 12, 12, "exact", "Izyum"),
    ("displaced", 4000, None, None, "approximate", "Mariupol"),
]


def fact_rows(facts: list[dict]) -> list[tuple]:
    """The facts of a payload in the shape of SEED_FACTS."""
    return [
        (
            f["category"],
            f["value"],
            f["value_low"],
            f["value_high"],
            f["qualifier"],
            f["place"]["name"] if f["place"] else None,
        )
        for f in facts
    ]


def stored_rows() -> tuple[int, int]:
    return Document.objects.count(), Fact.objects.count()


@pytest.fixture
def api_client() -> APIClient:
    """Anonymous."""
    return APIClient()


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("reader", password="not-used")


@pytest.fixture
def reviewer(django_user_model):
    reviewer = django_user_model.objects.create_user("reviewer", password="not-used")
    reviewer.user_permissions.add(
        Permission.objects.get(content_type__app_label="statsapp", codename="change_fact")
    )
    return reviewer


@pytest.fixture
def ingester(django_user_model):
    """A feed account: may add documents (statsapp.add_document), may not review."""
    ingester = django_user_model.objects.create_user("feed", password="not-used")
    ingester.user_permissions.add(
        Permission.objects.get(content_type__app_label="statsapp", codename="add_document")
    )
    return ingester


@pytest.fixture
def user_client(user) -> APIClient:
    """Signed in, without the permission to ingest or to review facts."""
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def ingester_client(ingester) -> APIClient:
    client = APIClient()
    client.force_authenticate(ingester)
    return client


@pytest.fixture
def reviewer_client(reviewer) -> APIClient:
    client = APIClient()
    client.force_authenticate(reviewer)
    return client


@pytest.fixture
def seed_document(db, seed_text) -> Document:
    """The seed article: Reuters, published 2022-03-03 (read from its dateline)."""
    return document_ingest(text=seed_text).document


@pytest.fixture
def second_document(db) -> Document:
    return document_ingest(
        text=SECOND_TEXT, title="Izyum update", publisher="AP", published=date(2022, 3, 10)
    ).document


@pytest.fixture
def seed_fact(seed_document):
    """The seed's fact of a category (the first one, in text order)."""

    def find(category: str, value: float | None = None) -> Fact:
        facts = seed_document.facts.filter(category=category).order_by("start")
        if value is not None:
            facts = facts.filter(value=value)
        return facts.first()

    return find
