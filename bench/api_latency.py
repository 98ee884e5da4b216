"""API latency on the loaded benchmark database, next to the same queries as raw SQL.

    .venv/bin/python -m bench.api_latency [--requests 50] [--warmup 5] [--place NAME] [--show-sql]

Run bench.load_facts first (same DATABASE_URL). One process, no network: Django's test Client
for the API, django.db.connection.cursor() for the raw SQL. DEBUG and throttling are off.
Goals: list p50 < 50 ms, aggregate p50 < 300 ms, API p50 / raw SQL p50 <= 1.5.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from dataclasses import dataclass
from urllib.parse import urlencode

from bench import django_env

django_env.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.timing import Latency, time_calls  # noqa: E402
from statsapp.models import Fact  # noqa: E402

OVERHEAD_GOAL = 1.5
# Static files are not collected for a benchmark; WhiteNoise's warning about it is noise here.
warnings.filterwarnings("ignore", message="No directory at")
Query = tuple[str, list]


@dataclass
class Endpoint:
    name: str
    url: str
    sql: list[Query]  # what the database must do for one request
    goal_ms: float


def list_endpoint(place: str) -> Endpoint:
    where = "f.category IN (%s) AND f.place_key = LOWER(%s)"  # place_key: lower(place_name)
    page = (
        "SELECT f.*, d.*, u.* FROM statsapp_fact f"
        " INNER JOIN statsapp_document d ON d.id = f.document_id"
        " LEFT OUTER JOIN auth_user u ON u.id = f.reviewed_by_id"
        f" WHERE {where} ORDER BY f.document_id, f.start LIMIT 50"
    )
    count = f"SELECT COUNT(*) FROM statsapp_fact f WHERE {where}"
    url = "/api/facts/?" + urlencode({"category": "killed", "place": place})
    return Endpoint("list", url, [(count, ["killed", place]), (page, ["killed", place])], 50)


def aggregate_endpoint() -> Endpoint:
    group = (
        "SELECT category, place_name, COUNT(*), COUNT(DISTINCT document_id), SUM(value),"
        " SUM(COALESCE(value_low, 0.0)), SUM(value_high),"
        " COUNT(CASE WHEN value_high IS NULL THEN 1 END)"
        " FROM statsapp_fact WHERE NOT (status = %s)"
        " GROUP BY category, place_name ORDER BY category, place_name"
    )
    url = "/api/facts/aggregate/?group_by=category,place&stat=sum"
    return Endpoint("aggregate", url, [(group, ["rejected"])], 300)


def run_sql(queries: list[Query]) -> list[list[tuple]]:
    with connection.cursor() as cursor:
        results = []
        for sql, params in queries:
            cursor.execute(sql, params)
            results.append(cursor.fetchall())
        return results


def get_json(client: Client, url: str) -> dict:
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"GET {url}: {response.status_code} {response.content[:300]!r}")
    return response.json()


def check_same_answer(endpoint: Endpoint, payload: dict) -> None:
    """The raw SQL must answer what the API answers, or the comparison means nothing."""
    results = run_sql(endpoint.sql)
    if endpoint.name == "list":
        page_ids = [fact["id"] for fact in payload["results"]]
        same = payload["count"] == results[0][0][0] and page_ids == [row[0] for row in results[1]]
    else:
        same = len(payload["rows"]) == len(results[0])
    if not same:
        raise SystemExit(f"{endpoint.name}: the raw SQL does not answer what the API answers")


def most_common_place(category: str) -> str:
    top = (
        Fact.objects.filter(category=category)
        .exclude(place_name="")
        .values("place_name")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    if top is None:
        raise SystemExit("no facts: run `python -m bench.load_facts` first")
    return top["place_name"]


def measure(endpoint: Endpoint, client: Client, args: argparse.Namespace) -> tuple[Latency, ...]:
    with CaptureQueriesContext(connection) as captured:
        payload = get_json(client, endpoint.url)
    check_same_answer(endpoint, payload)
    size = payload["count"] if endpoint.name == "list" else len(payload["rows"])
    print(f"\n{endpoint.name}: GET {endpoint.url}")
    print(f"  {size:,} {'facts' if endpoint.name == 'list' else 'rows'};", end=" ")
    print(f"{len(captured)} queries per request (raw: {len(endpoint.sql)})")
    if args.show_sql:
        for query in captured.captured_queries:
            print(f"    [{query['time']} s] {query['sql']}")
    api = time_calls(
        lambda: get_json(client, endpoint.url), warmup=args.warmup, repeat=args.requests
    )
    raw = time_calls(lambda: run_sql(endpoint.sql), warmup=args.warmup, repeat=args.requests)
    print(f"  API      {api}")
    print(f"  raw SQL  {raw}")
    print(f"  API/raw  {api.p50 / raw.p50:.2f}x (p50)   {api.p95 / raw.p95:.2f}x (p95)")
    return api, raw


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per endpoint")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--place", help="place for the list (default: the most common)")
    parser.add_argument("--show-sql", action="store_true", help="print the API's SQL")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)

    call_command("migrate", verbosity=0)  # the API may have moved on since the load
    facts = Fact.objects.count()
    place = args.place or most_common_place("killed")
    conn_max_age = settings.DATABASES["default"]["CONN_MAX_AGE"]
    print(f"database: {connection.vendor}, {facts:,} facts, CONN_MAX_AGE={conn_max_age}")
    client = Client(HTTP_ACCEPT="application/json")
    missed = []
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        for endpoint in (list_endpoint(place), aggregate_endpoint()):
            api, raw = measure(endpoint, client, args)
            ratio = api.p50 / raw.p50
            speed_ok, overhead_ok = api.p50 < endpoint.goal_ms, ratio <= OVERHEAD_GOAL
            print(f"  goal p50 < {endpoint.goal_ms:g} ms: {verdict(speed_ok)};", end=" ")
            print(f"goal overhead <= {OVERHEAD_GOAL}x: {verdict(overhead_ok)}")
            missed += [f"{endpoint.name} p50"] * (not speed_ok)
            missed += [f"{endpoint.name} overhead"] * (not overhead_ok)
    print(f"\nmissed: {', '.join(missed)}" if missed else "\nall goals met")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
