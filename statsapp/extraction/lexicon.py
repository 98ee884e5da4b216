"""Trigger words and patterns, loaded once from the JSON files of the English pack (lang/en/)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "lang" / "en"


def load_json(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)


def words_pattern(phrases: list[str]) -> str:
    """An alternation of phrases, longest first, each phrase's spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return load_json("lexicon.json")


@lru_cache(maxsize=1)
def triggers() -> dict:
    return load_json("triggers.json")
