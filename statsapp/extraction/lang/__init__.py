"""Language packs: every word, pattern and grammar rule the extractor reads a language with.

A pack is a folder lang/<code>/ holding four JSON tables and a grammar module that compiles
them, with the patterns no table can express, into the rules of each stage (rules.py). The
stages take the Language they run with and name no word of any language themselves, so a
second language is a second folder. README.md lists what a pack provides.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .rules import (
    AttributionRules,
    ClassifyRules,
    DatelineRules,
    DistanceRules,
    NounRules,
    NumberRules,
    PipelineRules,
    PlaceRules,
    SegmentRules,
)

PACKS_DIR = Path(__file__).parent
TABLES = ("lexicon", "triggers", "places", "attribution")  # <name>.json in every pack


@dataclass(frozen=True, eq=False)
class Language:
    """What the stages need to read one language: the pack's tables as parsed from JSON and
    the rules its grammar compiled from them, one section per stage.

    There is one Language per code (load_language is cached), so it compares and hashes by
    identity: the stages' caches keyed on it cost nothing."""

    code: str
    tables: Mapping[str, Any]  # table name -> parsed JSON, as the grammar read it
    segment: SegmentRules
    dateline: DatelineRules
    nouns: NounRules
    numbers: NumberRules
    distance: DistanceRules
    pipeline: PipelineRules
    classify: ClassifyRules
    places: PlaceRules
    attribution: AttributionRules


def known_languages() -> tuple[str, ...]:
    """The codes of the packs present: folders with a grammar module."""
    return tuple(sorted(path.parent.name for path in PACKS_DIR.glob("*/grammar.py")))


@lru_cache(maxsize=8)  # a Language per pack: more than there are packs
def load_language(code: str) -> Language:
    """The Language of the pack lang/<code>/, read and compiled once per process."""
    known = known_languages()
    if code not in known:
        raise ValueError(f"unknown language {code!r}: the known ones are {', '.join(known)}")
    tables = {}
    for name in TABLES:
        with open(PACKS_DIR / code / f"{name}.json", encoding="utf-8") as handle:
            tables[name] = json.load(handle)
    return build_language(code, tables)


def build_language(code: str, tables: Mapping[str, Any]) -> Language:
    """The Language a pack's grammar compiles from `tables`: load_language passes the pack's
    own; a test may pass edited ones. Not cached: each call compiles afresh."""
    grammar = importlib.import_module(f"{__name__}.{code}.grammar")
    return grammar.build(code, tables)


def words_pattern(phrases: list[str]) -> str:
    """An alternation of phrases, longest first, each phrase's spaces matching any whitespace.

    Phrases are grouped by their first character ("a(?:ttacked|round|t)|b(?:...)"): the regular
    expression engine then tries one group where a character opens none of the others, which
    keeps long lists of phrases cheap to search for."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        escaped = r"\s+".join(re.escape(part) for part in phrase.split())
        head = re.escape(phrase[0])
        groups.setdefault(head, []).append(escaped[len(head) :])
    return "|".join(
        head + rests[0] if len(rests) == 1 else head + "(?:" + "|".join(rests) + ")"
        for head, rests in groups.items()
    )


def alternation(fragments: list[str]) -> str:
    """An alternation of regular-expression fragments, longest first."""
    return "|".join(sorted(fragments, key=len, reverse=True))
