"""Admin test data: the seed article, a second report, and a client for each role."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from statsapp.models import Document, Fact
from statsapp.services import document_ingest

SECOND_TEXT = (
    "Floods killed 40 people in Pakistan, officials said. "
    "About 4,000 people were evacuated from <b>Sukkur</b> <script>alert(1)</script>."
)


@pytest.fixture
def seed_document(db, seed_text) -> Document:
    return document_ingest(text=seed_text).document


@pytest.fixture
def second_document(db) -> Document:
    return document_ingest(text=SECOND_TEXT, title="Floods <i>report</i>", publisher="AP",
                  published=date(2023, 8, 2)).document  # fmt: skip


def fact(document: Document, category: str, value: float | None = None) -> Fact:
    facts = document.facts.filter(category=category)
    if value is not None:
        facts = facts.filter(value=value)
    return facts.get()


def _staff(username: str, group: str | None) -> User:
    user = User.objects.create_user(username, password="pw-" + username, is_staff=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reviewer(db) -> User:
    return _staff("rita", "reviewer")


@pytest.fixture
def analyst(db) -> User:
    return _staff("ana", "analyst")


@pytest.fixture
def reviewer_client(reviewer) -> Client:
    client = Client()
    client.force_login(reviewer)
    return client


@pytest.fixture
def analyst_client(analyst) -> Client:
    client = Client()
    client.force_login(analyst)
    return client
