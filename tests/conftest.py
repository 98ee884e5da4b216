"""Shared test data: the seed article and small factories for rows."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seed_path() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    with open(seed_path, encoding="utf-8") as handle:
        return handle.read()
