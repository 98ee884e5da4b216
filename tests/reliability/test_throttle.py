"""The throttle counts each real client once, in a cache every worker shares.

A client's own X-Forwarded-For is not an identity (rotating it escaped the throttle), and a
per-process memory cache multiplied the rate by the number of gunicorn workers.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.db import connection, connections
from rest_framework.settings import api_settings
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from statsapp.api.throttling import SignedInRateThrottle

ROOT = Path(__file__).resolve().parents[2]
URL = "/api/facts/"
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
THROTTLED = {
    "status": 429,
    "error": "throttled",
    "message": "Request was throttled. Expected available in 60 seconds.",
}


@pytest.fixture
def three_a_minute(monkeypatch):
    """Three requests a minute per anonymous client, and per signed-in user."""
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    monkeypatch.setattr(SignedInRateThrottle, "THROTTLE_RATES", {"user": "3/minute"})


@pytest.fixture
def behind_one_proxy(settings):
    """API_TRUSTED_PROXIES=1: one proxy appends the address it saw to X-Forwarded-For."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    assert api_settings.NUM_PROXIES == 1


def statuses(client: APIClient, forwarded_for: list[str], **extra) -> list[int]:
    return [client.get(URL, HTTP_X_FORWARDED_FOR=f, **extra).status_code for f in forwarded_for]


def in_another_worker(path: str) -> int:
    """A request from a thread of its own, as another worker would make it: the thread gets
    cache and database connection objects of its own."""
    answer: dict[str, object] = {}

    def run() -> None:
        try:
            answer["cache"] = caches["default"]
            answer["status"] = APIClient().get(path).status_code
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert answer["cache"] is not caches["default"]
    return answer["status"]


@pytest.mark.django_db
def test_the_forwarded_header_is_not_trusted_by_default():
    assert api_settings.NUM_PROXIES == 0


@pytest.mark.django_db
def test_rotating_x_forwarded_for_from_one_address_is_throttled_at_the_rate(three_a_minute):
    client = APIClient()

    assert statuses(client, [f"203.0.113.{i}" for i in range(1, 4)]) == [200, 200, 200]
    throttled = client.get(URL, HTTP_X_FORWARDED_FOR="203.0.113.4")

    assert throttled.status_code == 429
    assert throttled.json() == THROTTLED
    assert throttled["Retry-After"] == "60"


@pytest.mark.django_db
def test_behind_a_trusted_proxy_each_client_is_counted_apart(three_a_minute, behind_one_proxy):
    proxy = APIClient(REMOTE_ADDR="10.0.0.1")

    assert statuses(proxy, ["198.51.100.1"] * 3) == [200, 200, 200]
    # The proxy appends the address it saw: what the client wrote before it is ignored.
    assert statuses(proxy, ["192.0.2.77, 198.51.100.1"]) == [429]
    assert statuses(proxy, ["198.51.100.2"] * 4) == [200, 200, 200, 429]


@pytest.mark.django_db
def test_signed_in_callers_are_throttled_per_user(three_a_minute, django_user_model):
    ann, bob = (django_user_model.objects.create_user(name) for name in ("ann", "bob"))
    clients = {user: APIClient() for user in (ann, bob)}
    for user, client in clients.items():
        client.force_authenticate(user)

    assert [clients[ann].get(URL).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert clients[ann].get(URL).json() == THROTTLED
    assert clients[bob].get(URL).status_code == 200
    # Anonymous callers from the same address are counted apart from the users.
    assert APIClient().get(URL).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_every_worker_counts_in_the_same_shared_cache(three_a_minute):
    cache = caches["default"]
    assert not isinstance(cache, LocMemCache), "a per-process cache multiplies the rate"
    client = APIClient()

    assert [client.get(URL).status_code for _ in range(2)] == [200, 200]
    assert in_another_worker(URL) == 200  # the third request of 127.0.0.1
    assert in_another_worker(URL) == 429
    assert client.get(URL).status_code == 429

    key = cache.make_key("throttle_anon_127.0.0.1")
    if isinstance(cache, DatabaseCache):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT cache_key FROM {cache._table}")  # noqa: S608
            assert key in {row[0] for row in cursor.fetchall()}
    elif isinstance(cache, RedisCache):
        assert cache._cache.get_client(key).exists(key)


@pytest.fixture
def redis_cache(settings):
    """The default cache in the Redis at REDIS_URL (database 5), under a prefix of this test's
    own; its keys, and only they, are deleted afterwards."""
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=2)
    try:
        client.ping()
    except redis.exceptions.RedisError as exc:
        pytest.skip(f"Redis does not answer at {REDIS_URL} ({exc}); set TEST_REDIS_URL")
    prefix = f"statsapp-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    yield client, prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.mark.django_db(transaction=True)
def test_in_redis_the_count_is_shared_and_expires(three_a_minute, redis_cache):
    redis, prefix = redis_cache
    client = APIClient()

    assert statuses(client, ["203.0.113.1", "203.0.113.2"]) == [200, 200]
    key = f"{prefix}:1:throttle_anon_127.0.0.1"
    assert redis.exists(key)
    assert 0 < redis.ttl(key) <= 60
    assert in_another_worker(URL) == 200
    assert in_another_worker(URL) == 429
    assert client.get(URL).status_code == 429


def _settings_from(**environment: str) -> subprocess.CompletedProcess:
    """The project's settings as a fresh process reads them from this environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "API_TRUSTED_PROXIES")}
    env.update(environment, DJANGO_SETTINGS_MODULE="project.settings")
    code = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps([s.CACHES['default'], s.REST_FRAMEWORK['NUM_PROXIES']]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_the_cache_is_redis_when_redis_url_is_set_and_the_database_otherwise():
    redis = _settings_from(REDIS_URL="redis://cache.internal:6379/2", API_TRUSTED_PROXIES="2")
    default = _settings_from()

    assert redis.returncode == 0, redis.stderr
    cache, proxies = json.loads(redis.stdout)
    assert (cache["BACKEND"], cache["LOCATION"], proxies) == (
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache.internal:6379/2",
        2,
    )
    cache, proxies = json.loads(default.stdout)
    assert (cache["BACKEND"], cache["LOCATION"], proxies) == (
        "django.core.cache.backends.db.DatabaseCache",
        "statsapp_cache",
        0,
    )


def test_a_bad_number_of_trusted_proxies_is_refused():
    result = _settings_from(API_TRUSTED_PROXIES="-1")

    assert result.returncode != 0
    assert "API_TRUSTED_PROXIES must be a whole number, 0 or more (got '-1')" in result.stderr


def test_migrate_creates_the_cache_table_on_a_fresh_database(tmp_path):
    database = tmp_path / "fresh.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    env.pop("REDIS_URL", None)

    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert "statsapp_cache" in tables
