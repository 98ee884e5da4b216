"""Point Django at a benchmark database and set it up."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import django

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
# Never the development database: a bench run without DATABASE_URL gets its own file.
DEFAULT_DATABASE_URL = f"sqlite:///{OUT / 'bench.sqlite3'}"
# Benchmarks measure the API, not its throttle (which costs cache queries per request).
UNTHROTTLED = "off"


def database_url() -> str:
    return os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://", "pgsql://"))


def create_postgres_database(url: str, *, drop: bool = False) -> None:
    """Create the database a postgres:// URL names, if missing (or afresh with `drop`)."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as conn:
        if drop:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup() -> str:
    """Configure Django for the benchmark database; returns its URL."""
    url = database_url()
    os.environ.setdefault("API_ANON_THROTTLE", UNTHROTTLED)
    os.environ.setdefault("API_USER_THROTTLE", UNTHROTTLED)
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    django.setup()
    return url
