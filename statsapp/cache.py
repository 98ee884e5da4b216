"""The database cache's table, made by `migrate`, so no setup step is ever forgotten."""

from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS


def create_cache_table(using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """The throttle counts in the database cache unless REDIS_URL is set; without its table
    every anonymous request would fail. Does nothing when the table exists or no cache is a
    DatabaseCache."""
    call_command("createcachetable", database=using, verbosity=0)
