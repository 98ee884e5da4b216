"""Shared test data: the seed article, a second report, users and their clients; the cache
emptied around every test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from rest_framework.test import APIClient

from statsapp.models import Document
from statsapp.services import document_ingest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_path() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    with open(seed_path, encoding="utf-8") as handle:
        return handle.read()


# A later report from another publisher: another Izyum death toll, and people displaced.
SECOND_TEXT = (
    "Shelling killed 12 people in Izyum on Monday, officials said. "
    "About 4,000 people fled Mariupol."
)
# Its facts as the API shows them, in text order:
# category, value, value_low, value_high, qualifier, place name
SECOND_FACTS = [
    ("killed", 12, 12, 12, "exact", "Izyum"),
    ("displaced", 4000, None, None, "approximate", "Mariupol"),
]


@pytest.fixture
def seed_document(db, seed_text) -> Document:
    """The seed article: Reuters, published 2022-03-03 (read from its dateline)."""
    return document_ingest(text=seed_text).document


@pytest.fixture
def second_document(db) -> Document:
    """SECOND_TEXT: "Izyum update", AP, published 2022-03-10."""
    return document_ingest(
        text=SECOND_TEXT, title="Izyum update", publisher="AP", published=date(2022, 3, 10)
    ).document


@pytest.fixture
def reviewer(django_user_model):
    """Staff in the reviewer group: reviews and ingests, in the API and in the admin."""
    reviewer = django_user_model.objects.create_user("reviewer", password="not-used", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="reviewer"))
    return reviewer


@pytest.fixture
def reviewer_client(reviewer) -> APIClient:
    """Signed in as the reviewer with a session: the API and the admin both know it."""
    client = APIClient()
    client.force_login(reviewer)
    return client


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("reader", password="not-used")


@pytest.fixture
def api_client() -> APIClient:
    """Anonymous."""
    return APIClient()


@pytest.fixture
def user_client(user) -> APIClient:
    """Signed in, without the permission to ingest or to review facts."""
    client = APIClient()
    client.force_authenticate(user)
    return client


def clear_cache() -> None:
    """Empty the default cache. In Redis only this site's keys (CACHE_KEY_PREFIX) go: the
    database number may be shared."""
    cache = caches["default"]
    if isinstance(cache, RedisCache):
        client = cache._cache.get_client(write=True)
        for key in client.scan_iter(cache.make_key("*")):
            client.delete(key)
    else:
        cache.clear()


@pytest.fixture(autouse=True)
def empty_cache(request):
    """The throttle counts requests in the cache (a database table, or Redis): every test that
    reaches the database starts from zero and leaves nothing behind."""
    if request.node.get_closest_marker("django_db") is None:
        names = [n for n in ("transactional_db", "db") if n in request.fixturenames]
        if not names:
            yield  # no database: no request reaches the throttle
            return
        request.getfixturevalue(names[0])  # set up before this fixture, torn down after it
    clear_cache()
    yield
    clear_cache()
