"""The admin's fact changelist (the reviewers' workbench), timed on a loaded database.

    .venv/bin/python -m bench.admin_changelist [--facts 100000] [--requests 20] [--warmup 3]
        [--documents N] [--reset] [--show-sql] [--explain] [--strict]

DATABASE_URL chooses the database; by default a SQLite file of its own,
bench/out/admin_changelist_<facts>.sqlite3. A PostgreSQL database is created if missing. The
database is filled through bench.load_facts when it does not hold exactly --facts facts (one
that holds other data is emptied only with --reset).

A superuser is logged in with Django's test Client (force_login); one process, no network,
DEBUG off. Each view is requested --warmup times untimed (counting its SQL queries with
CaptureQueriesContext), then --requests times timed. Goal: every p50 under 1 s, and the
same number of queries for page 1 and page 100 (no query per row).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import warnings
from dataclasses import dataclass
from urllib.parse import urlencode

from bench import django_env

GOAL_MS = 1000.0
CHANGELIST = "/admin/statsapp/fact/"
PAGINATOR = re.compile(r'<p class="paginator">.*?(\d+) facts?\b', re.S)
ROW = 'name="_selected_action"'


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument(
        "--documents", type=int, help="documents to spread the facts over (default: facts / 50)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--reset", action="store_true", help="empty a database that holds some other data"
    )
    parser.add_argument("--requests", type=int, default=20, help="timed requests per view")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests per view")
    parser.add_argument("--publisher", default="Reuters")
    parser.add_argument("--status", default="pending")
    parser.add_argument("--search", default="Kyiv")
    parser.add_argument("--show-sql", action="store_true", help="print every view's SQL")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN every view's slowest query")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    if args.facts < 1 or args.requests < 2 or args.warmup < 1:
        parser.error("--facts must be positive, --requests at least 2, --warmup at least 1")
    args.documents = args.documents or max(1, args.facts // 50)
    return args


# Parsed before Django is set up: the default database's name depends on --facts.
ARGS = parse_args(None) if __name__ == "__main__" else None
os.environ.setdefault(
    "DATABASE_URL",
    f"sqlite:///{django_env.OUT / f'admin_changelist_{ARGS.facts if ARGS else 100_000}.sqlite3'}",
)

django_env.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench import load_facts  # noqa: E402
from bench.timing import Latency, time_calls  # noqa: E402
from statsapp.models import Document, Fact  # noqa: E402

# Static files are not collected for a benchmark; WhiteNoise's warning about it is noise here.
warnings.filterwarnings("ignore", message="No directory at")


@dataclass
class View:
    name: str
    query: dict[str, str]

    @property
    def url(self) -> str:
        return CHANGELIST + ("?" + urlencode(self.query) if self.query else "")


@dataclass
class Result:
    view: View
    rows: int
    total: int | None
    queries: list[int]  # per warm-up request
    slowest: dict  # the slowest query of the last warm-up request
    sql: list[dict]
    latency: Latency

    @property
    def ok(self) -> bool:
        return self.latency.p50 < GOAL_MS


def kind(sql: str) -> str:
    """Which part of the changelist a query serves."""
    if "django_session" in sql or '"auth_user"' in sql:
        return "session"
    if sql.startswith("SELECT COUNT(*)"):
        return "count"
    if sql.startswith('SELECT "statsapp_fact"."id"'):
        return "page"
    if "date_trunc" in sql.lower() or sql.startswith("SELECT MIN("):
        return "dates"
    if sql.startswith("SELECT DISTINCT"):
        return "filters"
    return "other"


def breakdown(sql: list[dict]) -> dict[str, float]:
    """Milliseconds of SQL per part of the changelist, for one request."""
    parts: dict[str, float] = {}
    for query in sql:
        part = kind(query["sql"])
        parts[part] = parts.get(part, 0.0) + float(query["time"]) * 1000
    return parts


def views(args: argparse.Namespace) -> list[View]:
    return [
        View("page 1", {}),
        View("page 100", {"p": "100"}),
        View("category", {"category__exact": "killed"}),
        View("status", {"status__exact": args.status}),
        View("publisher", {"document__publisher": args.publisher}),
        View("year", {"document__published__year": "2024"}),
        View("search", {"q": args.search}),
    ]


def superuser_client() -> Client:
    user, _ = get_user_model().objects.update_or_create(
        username="bench-admin",
        defaults={"is_staff": True, "is_superuser": True, "is_active": True},
    )
    client = Client()
    client.force_login(user)
    return client


def get(client: Client, url: str) -> str:
    response = client.get(url)
    if response.status_code != 200:
        # The admin answers an unknown filter with a redirect to ?e=1.
        where = response.get("Location", "")
        raise SystemExit(f"GET {url}: {response.status_code} {where}")
    return response.content.decode()


def measure(client: Client, view: View, args: argparse.Namespace) -> Result:
    counts = []
    for _ in range(args.warmup):
        with CaptureQueriesContext(connection) as captured:
            html = get(client, view.url)
        counts.append(len(captured))
    sql = captured.captured_queries
    slowest = max(sql, key=lambda query: float(query["time"]))
    total = PAGINATOR.search(html)
    latency = time_calls(lambda: get(client, view.url), warmup=0, repeat=args.requests)
    return Result(
        view, html.count(ROW), int(total.group(1)) if total else None, counts, slowest, sql,
        latency,
    )  # fmt: skip


def explain(sql: str) -> str:
    """The plan of one query as the database runs it (executed, on PostgreSQL)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            return "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return "\n".join(f"{'  ' * (row[1] > 0)}{row[3]}" for row in cursor.fetchall())


def print_table(results: list[Result]) -> None:
    print(f"\n{'view':<10} {'url':<52} {'rows':>4} {'matches':>8} {'queries':>7} "
          f"{'p50 ms':>8} {'p95 ms':>8}  p50 < 1 s")  # fmt: skip
    for r in results:
        queries = "/".join(map(str, sorted(set(r.queries))))
        total = "?" if r.total is None else f"{r.total:,}"
        verdict = "yes" if r.ok else "NO"
        print(f"{r.view.name:<10} {r.view.url:<52} {r.rows:>4} {total:>8} {queries:>7} "
              f"{r.latency.p50:>8.1f} {r.latency.p95:>8.1f}  {verdict}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = ARGS if argv is None and ARGS is not None else parse_args(argv)
    print(f"database: {django_env.database_url()}")
    load_facts.ensure_facts(args)
    print(f"{connection.vendor}: {Fact.objects.count():,} facts in "
          f"{Document.objects.count():,} documents; {args.warmup} warm-up + "
          f"{args.requests} timed requests per view; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")  # fmt: skip
    client = superuser_client()
    results = []
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        for view in views(args):
            result = measure(client, view, args)
            results.append(result)
            parts = breakdown(result.sql)
            spent = ", ".join(f"{part} {ms:.0f}" for part, ms in parts.items())
            print(f"  {view.name:<10} p50 {result.latency.p50:7.1f} ms; SQL of one request "
                  f"(ms): {spent}; total {sum(parts.values()):.0f}")  # fmt: skip
            if args.show_sql:
                for query in result.sql:
                    print(f"      [{float(query['time']) * 1000:7.1f} ms] {query['sql']}")
            if args.explain or not result.ok:
                slowest = result.slowest
                print(f"    slowest query, {float(slowest['time']) * 1000:.0f} ms: "
                      f"{slowest['sql']}")  # fmt: skip
                print("    EXPLAIN " + explain(slowest["sql"]).replace("\n", "\n    "))
    print_table(results)

    problems = []
    by_name = {r.view.name: r for r in results}
    first, later = by_name["page 1"].queries, by_name["page 100"].queries
    fixed = len(set(first + later)) == 1
    print(f"\nqueries, page 1 vs page 100: {sorted(set(first))} vs {sorted(set(later))}: "
          f"{'fixed' if fixed else 'NOT FIXED'}")  # fmt: skip
    problems += [] if fixed else ["query count varies between pages"]
    problems += [f"{r.view.name} p50 {r.latency.p50:,.0f} ms" for r in results if not r.ok]
    problems += [f"{r.view.name}: no rows" for r in results if not r.rows]
    print(f"goal p50 < {GOAL_MS:,.0f} ms: " + ("met by every view" if all(
        r.ok for r in results) else "MISSED"))  # fmt: skip
    print(f"problems: {'; '.join(problems)}" if problems else "no problems")
    return 1 if problems and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
