"""Shared test data: the seed article and small factories for rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_path() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    with open(seed_path, encoding="utf-8") as handle:
        return handle.read()


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
