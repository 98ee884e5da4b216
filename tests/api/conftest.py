"""API test data: the seed's facts as the API shows them, the feed account, and the seed's
facts by category (the documents, users and clients are in tests/conftest.py)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from statsapp.models import Document, Fact

# The seed article's facts as the API shows them, in text order:
# category, value, value_low, value_high, qualifier, place name
SEED_FACTS = [
    ("casualties", 2000, 2000, 9999, "vague", None),
    ("refugees", 1_000_000, 1_000_000, None, "at_least", "Ukraine"),
    ("distance", 30, 30, None, "at_least", None),
    ("distance", 58, 58, 58, "exact", "Borodyanka"),
    ("population", 1_500_000, 1_500_000, 1_500_000, "exact", "Kharkiv"),
    ("killed", 8, 8, 8, "exact", "Izyum"),
    ("distance", 120, None, None, "approximate", "Kharkiv"),
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
def ingester(django_user_model):
    """A feed account: may add documents (statsapp.add_document), may not review."""
    ingester = django_user_model.objects.create_user("feed", password="not-used")
    ingester.user_permissions.add(
        Permission.objects.get(content_type__app_label="statsapp", codename="add_document")
    )
    return ingester


@pytest.fixture
def ingester_client(ingester) -> APIClient:
    client = APIClient()
    client.force_authenticate(ingester)
    return client


@pytest.fixture
def seed_fact(seed_document):
    """The seed's fact of a category (the first one, in text order)."""

    def find(category: str, value: float | None = None) -> Fact:
        facts = seed_document.facts.filter(category=category).order_by("start")
        if value is not None:
            facts = facts.filter(value=value)
        return facts.first()

    return find
