"""Admin test data: a report with markup in it, an analyst, and a document's fact by category
(the seed article, the second report, the reviewer and their clients are in tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from statsapp.models import Document, Fact
from statsapp.services import document_ingest

MARKUP_TEXT = (
    "Floods killed 40 people in Pakistan, officials said. "
    "About 4,000 people were evacuated from <b>Sukkur</b> <script>alert(1)</script>."
)


@pytest.fixture
def markup_document(db) -> Document:
    """A report whose text and title hold markup, which the admin must show escaped."""
    return document_ingest(text=MARKUP_TEXT, title="Floods <i>report</i>", publisher="AP",
                  published=date(2023, 8, 2)).document  # fmt: skip


def fact(document: Document, category: str, value: float | None = None) -> Fact:
    facts = document.facts.filter(category=category)
    if value is not None:
        facts = facts.filter(value=value)
    return facts.get()


@pytest.fixture
def analyst(db) -> User:
    user = User.objects.create_user("ana", password="pw-ana", is_staff=True)
    user.groups.add(Group.objects.get(name="analyst"))
    return user


@pytest.fixture
def analyst_client(analyst) -> Client:
    client = Client()
    client.force_login(analyst)
    return client
