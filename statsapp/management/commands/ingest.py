"""Store texts and their facts: files, folders of *.txt files, or '-' for standard input."""

from __future__ import annotations

import re
import sys
from datetime import date
from typing import BinaryIO

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from statsapp.management.sources import Source, SourceError, collect_sources, read_source
from statsapp.services import IngestError, IngestResult, ingest

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

    def handle(self, *args, **options) -> None:
        published = _parse_date(options["published"])
        stdin = options.get("stdin") or sys.stdin.buffer
        sources = collect_sources(options["paths"])
        if not sources:
            raise CommandError("no .txt files found in " + ", ".join(options["paths"]))

        results: list[IngestResult] = []
        failures = 0
        bar = tqdm(sources, desc="ingest", unit="file", file=sys.stderr, disable=len(sources) < 2)
        for source in bar:
            try:
                results.append(self._ingest_one(source, stdin, published, options))
            except (SourceError, IngestError) as exc:
                failures += 1
                with tqdm.external_write_mode(file=sys.stderr):
                    self.stderr.write(f"ingest: {source.label}: {exc}")
        bar.close()

        created = sum(result.created for result in results)
        facts = sum(result.facts for result in results)
        self.stdout.write(
            f"ingest: {_plural(created, 'document')} created, "
            f"{len(results) - created} already present, {_plural(facts, 'fact')} stored"
        )
        if failures:
            raise CommandError(f"{failures} of {len(sources)} files failed")

    def _ingest_one(
        self, source: Source, stdin: BinaryIO, published: date | None, options: dict
    ) -> IngestResult:
        text = read_source(source, stdin)
        return ingest(
            text,
            title=options["title"] or source.title,
            publisher=options["publisher"],
            url=options["url"],
            published=published,
        )


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
