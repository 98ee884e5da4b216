"""Dry run: print the facts found in texts, storing nothing."""

from __future__ import annotations

import json
import os
import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser

from statsapp import fields
from statsapp.extraction import ExtractedFact, extract_facts
from statsapp.management.sources import SourceError, collect_sources, read_source
from statsapp.services import dateline_defaults

JSONL_KEYS = fields.JSONL_KEYS  # of ExtractedFact.as_dict()
TABLE_COLUMNS = ("category", "value", "low", "high", "qualifier", "place", "reported_by", "quote")
QUOTE_WIDTH = 48


class Command(BaseCommand):
    help = "Print the facts extracted from text files (or '-' for stdin). Stores nothing."
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or '-'")
        parser.add_argument("--format", choices=("jsonl", "table"), default="jsonl")

    def handle(self, *args, **options) -> None:
        try:
            self._extract(options)
        except BrokenPipeError:  # `extract ... | head`: the reader has gone, stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())

    def _extract(self, options: dict) -> None:
        stdin = options.get("stdin") or sys.stdin.buffer
        sources = collect_sources(options["paths"])
        if not sources:
            raise CommandError("no .txt files found in " + ", ".join(options["paths"]))
        texts = []  # read everything first, so a bad path fails before any output
        for source in sources:
            try:
                texts.append((source.label, read_source(source, stdin)))
            except SourceError as exc:
                raise CommandError(f"{source.label}: {exc}") from None
        for label, text in texts:
            _, published = dateline_defaults(text)
            facts = extract_facts(text, published=published)
            if options["format"] == "jsonl":
                self._write_jsonl(facts)
            else:
                self._write_table(label, facts)

    def _write_jsonl(self, facts: list[ExtractedFact]) -> None:
        for fact in facts:
            data = fact.as_dict()
            line = {key: data[key] for key in JSONL_KEYS}
            self.stdout.write(json.dumps(line, ensure_ascii=False))

    def _write_table(self, label: str, facts: list[ExtractedFact]) -> None:
        rows = [_table_row(fact) for fact in facts]
        widths = [
            max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(TABLE_COLUMNS)
        ]
        self.stdout.write(f"{label}: {len(facts)} fact{'s' if len(facts) != 1 else ''}")
        for row in [TABLE_COLUMNS, tuple("-" * w for w in widths), *rows]:
            cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            self.stdout.write("  ".join(cells).rstrip())


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.10g}"


def _table_row(fact: ExtractedFact) -> tuple[str, ...]:
    quote = " ".join(fact.quote.split())
    if len(quote) > QUOTE_WIDTH:
        quote = quote[: QUOTE_WIDTH - 1] + "…"
    return (
        fact.category,
        _number(fact.value),
        _number(fact.value_low),
        _number(fact.value_high),
        fact.qualifier,
        fact.place.name if fact.place else "",
        fact.reported_by or "",
        quote,
    )
