"""Store texts and their facts: files, folders of *.txt files, or '-' for standard input."""

from __future__ import annotations

import re
import sys
import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from statsapp.management.sources import SourceError, collect_sources, read_source
from statsapp.services import IngestError, IngestItem, IngestResult, documents_ingest

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Command(BaseCommand):
    help = "Store text files (folders: their *.txt files; '-': stdin) and the facts found in them."
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or '-'")
        parser.add_argument("--publisher", default="", help="default: from the dateline")
        parser.add_argument(
            "--published", default="", metavar="YYYY-MM-DD", help="default: from the dateline"
        )
        parser.add_argument("--url", default="")
        parser.add_argument("--title", default="", help="default: the file name without suffix")
        parser.add_argument(
            "--workers", type=int, default=0, help="extraction processes (default: all cores)"
        )
        parser.add_argument(
            "--batch-size", type=int, default=200, help="documents per write transaction"
        )

    def handle(self, *args, **options) -> None:
        published = _parse_date(options["published"])
        stdin = options.get("stdin") or sys.stdin.buffer
        sources = collect_sources(options["paths"])
        if not sources:
            raise CommandError("no .txt files found in " + ", ".join(options["paths"]))

        if options["workers"] < 0 or options["batch_size"] < 1:
            raise CommandError("--workers must be 0 (all cores) or more, --batch-size 1 or more")
        started = time.perf_counter()
        items, labels, failures = [], [], 0
        for source in sources:
            try:
                text = read_source(source, stdin)
            except SourceError as exc:
                failures += 1
                self.stderr.write(f"ingest: {source.label}: {exc}")
                continue
            items.append(IngestItem(text=text, title=options["title"] or source.title,
                                    publisher=options["publisher"], url=options["url"],
                                    published=published))  # fmt: skip
            labels.append(source.label)

        results: list[IngestResult] = []
        workers = options["workers"] or None
        if len(items) < 20:
            workers = 1  # starting processes costs more than it saves on a few texts
        outcomes = documents_ingest(items=items, workers=workers, batch_size=options["batch_size"])
        bar = tqdm(total=len(items), desc="ingest", unit="doc", file=sys.stderr,
                   disable=len(sources) < 2)  # fmt: skip
        for label, outcome in zip(labels, outcomes, strict=True):
            bar.update()
            if isinstance(outcome, IngestError):
                failures += 1
                with tqdm.external_write_mode(file=sys.stderr):
                    self.stderr.write(f"ingest: {label}: {outcome}")
            else:
                results.append(outcome)
        bar.close()
        elapsed = time.perf_counter() - started

        created = sum(result.created for result in results)
        facts = sum(result.facts for result in results)
        self.stdout.write(
            f"ingest: {_plural(created, 'document')} created, "
            f"{len(results) - created} already present, {_plural(facts, 'fact')} stored"
        )
        if len(sources) > 1:
            self.stdout.write(
                f"ingest: {len(sources)} files in {elapsed:.1f} s, "
                f"{len(sources) / elapsed:.1f} documents/s"
            )
        if failures:
            raise CommandError(f"{failures} of {len(sources)} files failed")


def _parse_date(value: str) -> date | None:
    if not value:
        return None
    try:
        if not ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published: {value!r} is not a date (expected YYYY-MM-DD)") from None


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
