"""A corpus of news-like documents for the extraction benchmark, built reproducibly from the
project's own annotated passages (tests/data, tests/extraction/cases.py), the seed article and
plain background sentences, shuffled into reports of 15 to 40 sentences with a dateline."""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BACKGROUND = [
    "The government said it would hold talks with regional leaders next week.",
    "Aid agencies have warned of shortages of food, water and medicine.",
    "The ministry did not respond to a request for comment.",
    "Prices of bread and fuel have risen sharply since the start of the year.",
    "The talks, the second round this month, ended without agreement on Monday.",
    "Schools reopened in 2021 after being closed for 18 months.",
    "The 54-year-old governor took office in March 2019.",
    "Inflation reached 12.5% in October, the central bank said.",
    "The $4.2 billion plan was approved by parliament by 201 votes to 87.",
    "Rescue teams worked through the night under floodlights.",
    "Satellite images showed damage to at least 300 buildings and 12 bridges.",
    "Officials said the curfew from 10 p.m. to 6 a.m. would remain in place for three days.",
    "The convoy of 40 trucks carried 600 tonnes of flour.",
    "Witnesses described hearing several explosions before dawn.",
    "The region has been hit by drought for the third year running.",
]


def _passages() -> list[str]:
    passages: list[str] = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            passages += [json.loads(line)["text"] for line in handle if line.strip()]
    from tests.extraction.cases import CASES  # the annotated sentences of the unit tests

    passages += [case.text for case in CASES]
    seed = (ROOT / "seeds" / "000_cfdcb9525a724c7d.txt").read_text(encoding="utf-8")
    passages += [p.strip() for p in seed.split("\n\n")[3:] if p.strip()]
    return passages


def documents(count: int = 1000, seed: int = 7) -> list[str]:
    """`count` reports, the same ones for the same seed."""
    rng = random.Random(seed)
    passages = _passages()
    datelines = ["KYIV", "KHARTOUM", "GAZA", "BEIRUT", "PORT-AU-PRINCE", "DHAKA", "TRIPOLI"]
    docs = []
    for _ in range(count):
        n = rng.randint(15, 40)
        body = [rng.choice(passages) if rng.random() < 0.55 else rng.choice(BACKGROUND)
                for _ in range(n)]  # fmt: skip
        head = f"{rng.choice(datelines)}, May {rng.randint(1, 28)} (Reuters) - "
        paragraphs = [" ".join(body[i : i + 3]) for i in range(0, n, 3)]
        docs.append(head + "\n\n".join(paragraphs))
    return docs
