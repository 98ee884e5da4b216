"""Fill the benchmark database with synthetic facts, fast.

    .venv/bin/python -m bench.load_facts [--facts 1000000] [--documents 20000] [--reset]

DATABASE_URL chooses the database (default bench/out/bench.sqlite3; a PostgreSQL database is
created if missing). Documents go in through bulk_create; facts through COPY on PostgreSQL and
executemany elsewhere, one transaction per batch of documents.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from time import perf_counter

from bench import django_env

django_env.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.corpus import (  # noqa: E402
    CATEGORIES,
    PUBLISHERS,
    QUALIFIERS,
    SOURCES,
    STATUSES,
    Sampler,
    places,
)
from bench.corpus import sentence as make_sentence  # noqa: E402
from statsapp.models import Document, Fact  # noqa: E402
from statsapp.services import content_hash  # noqa: E402

FACT_COLUMNS = (
    "document_id", "category", "value", "value_low", "value_high", "qualifier", "unit",
    "original_unit", "quote", "start", "end", "sentence", "sentence_start", "place_name",
    "place_geonameid", "place_country", "place_latitude", "place_longitude", "place_level",
    "place_admin1", "place_precision", "place_reason", "reported_by",
    "parts", "mentions", "extractor_version", "status", "reviewed_by_id", "reviewed_at", "note",
    "original",
)  # fmt: skip
EXTRACTOR_VERSION = "bench"


def facts_per_document(facts: int, documents: int, rng: random.Random) -> list[int]:
    """Counts that sum to `facts`, varying around the mean as article lengths do."""
    weights = [rng.gammavariate(2, 0.5) for _ in range(documents)]
    scale = facts / sum(weights)
    counts = [int(weight * scale) for weight in weights]
    for index in range(facts - sum(counts)):
        counts[index] += 1
    return counts


def document_with_facts(sampler: Sampler, count: int) -> tuple[Document, list[tuple]]:
    """A document whose text is its facts' sentences, and the facts as rows (no document id)."""
    rng = sampler.random
    publisher, published = sampler.one(PUBLISHERS), sampler.published()
    lead = sampler.one(sampler.places) or places()[0]
    text = f"date {published} {lead.name.upper()} ({publisher}) - "
    rows = []
    for category, qualifier, place, status, source in zip(
        CATEGORIES.draw(rng, count),
        QUALIFIERS.draw(rng, count),
        sampler.places.draw(rng, count),
        STATUSES.draw(rng, count),
        rng.choices(SOURCES, k=count),
        strict=True,
    ):
        qualifier, written, value, low, high = sampler.figure(category, qualifier)
        said, quote = make_sentence(category, written, place, source)
        start = len(text)
        unit = "km" if category == "distance" else "people"
        place_name = place.name if place else ""
        original = {"category": category, "value": value, "value_low": low, "value_high": high,
                    "qualifier": qualifier, "place_name": place_name}  # fmt: skip
        rows.append((
            category, value, low, high, qualifier, unit, unit, quote, start, start + len(quote),
            said, start, place_name, place and place.geonameid, place.country if place else "",
            place and place.latitude, place and place.longitude, "city" if place else "", "",
            1 if place else None, "sentence" if place else "", source, "[]", "[]",
            EXTRACTOR_VERSION, status, None, None, "", json.dumps(original),
        ))  # fmt: skip
        text += said + " "
    slug = publisher.lower().replace(" ", "-")
    document = Document(
        title=f"{lead.name}: {count} figures",
        publisher=publisher,
        url=f"https://news.example/{slug}/{published}/{rng.getrandbits(48):x}",
        published=published,
        text=text,
        content_hash=content_hash(text),
        extractor_version=EXTRACTOR_VERSION,
        extracted_at=timezone.now(),
    )
    return document, rows


def insert_facts(rows: list[tuple]) -> None:
    table = connection.ops.quote_name(Fact._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(column) for column in FACT_COLUMNS)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            values = ", ".join(["%s"] * len(FACT_COLUMNS))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({values})", rows)


def batches(counts: list[int], facts_per_batch: int) -> Iterator[list[int]]:
    batch: list[int] = []
    for count in counts:
        batch.append(count)
        if sum(batch) >= facts_per_batch:
            yield batch
            batch = []
    if batch:
        yield batch


def reset() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE statsapp_fact, statsapp_document RESTART IDENTITY CASCADE")
        else:
            cursor.execute("DELETE FROM statsapp_fact")
            cursor.execute("DELETE FROM statsapp_document")


def analyze() -> None:
    """Planner statistics, as a database in service would have them."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def ensure_facts(args: argparse.Namespace) -> None:
    """A database holding exactly args.facts facts (args.documents, args.seed, args.reset),
    loaded afresh if need be: what the benchmarks that read a loaded database start with."""
    url = django_env.database_url()
    if django_env.is_postgres(url):
        django_env.create_postgres_database(url)
    call_command("migrate", verbosity=0)
    present = Fact.objects.count()
    if present == args.facts:
        return
    if present or Document.objects.exists():
        if not args.reset:
            raise SystemExit(
                f"the database holds {present:,} facts, not {args.facts:,}: "
                "use --reset to empty it and load afresh, or another DATABASE_URL"
            )
        reset()
    load(args.facts, args.documents, batch=10_000, seed=args.seed)
    analyze()


def load(facts: int, documents: int, *, batch: int, seed: int) -> None:
    sampler = Sampler(seed)
    counts = facts_per_document(facts, documents, sampler.random)
    started, done = perf_counter(), 0
    for counts_in_batch in batches(counts, batch):
        with transaction.atomic():
            pairs = [document_with_facts(sampler, count) for count in counts_in_batch]
            Document.objects.bulk_create([document for document, _ in pairs])
            insert_facts([(d.pk, *row) for d, rows in pairs for row in rows])
        done += sum(counts_in_batch)
        if done * 10 // facts != (done - sum(counts_in_batch)) * 10 // facts:
            elapsed = perf_counter() - started
            print(
                f"  {done:>10,} facts  {elapsed:6.1f} s  {done / elapsed:>9,.0f} rows/s", flush=True
            )
    elapsed = perf_counter() - started
    print(f"loaded {facts:,} facts in {documents:,} documents in {elapsed:.1f} s: "
          f"{facts / elapsed:,.0f} facts/s")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=10_000, help="facts per transaction")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="delete all facts and documents first")
    args = parser.parse_args(argv)

    url = django_env.database_url()
    if django_env.is_postgres(url):
        django_env.create_postgres_database(url)
    print(f"database: {url}")
    call_command("migrate", verbosity=0)
    if args.reset:
        reset()
    else:
        present = Fact.objects.count()
        if present >= args.facts:
            print(f"already loaded: {present:,} facts (use --reset to load afresh)")
            return 0
        if present or Document.objects.exists():
            print(f"the database holds {present:,} facts already; use --reset", file=sys.stderr)
            return 2
    load(args.facts, args.documents, batch=args.batch, seed=args.seed)
    started = perf_counter()
    analyze()
    print(f"analyze: {perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
