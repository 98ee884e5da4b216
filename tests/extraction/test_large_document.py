"""A 5 MB document is extracted whole, in memory bounded by a small multiple of its size."""

import tracemalloc
from pathlib import Path

from statsapp.extraction import extract_facts

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_cfdcb9525a724c7d.txt"
FILLER = (
    "The talks between the delegations continued late into the evening, and neither side "
    "announced an agreement before the meeting closed. "
)


def test_a_5_mb_document_in_bounded_memory():
    seed = SEED.read_text(encoding="utf-8")
    chapter = seed + "\n\n" + FILLER * 400 + "\n\n"  # about 60 KB, the seed's figures once
    text = chapter * (5_000_000 // len(chapter) + 1)
    extract_facts(seed)  # lexicons and gazetteer loaded before measuring

    tracemalloc.start()
    try:
        facts = extract_facts(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    chapters = text.count(seed)
    assert len(text) > 5_000_000
    # each of the seed's seven figures is one fact, mentioned once per chapter
    assert [(f.category, f.value) for f in facts] == [
        ("casualties", 2000), ("refugees", 1_000_000), ("distance", 30), ("distance", 58),
        ("population", 1_500_000), ("killed", 8), ("distance", 120),
    ]  # fmt: skip
    assert [len(f.mentions) for f in facts] == [chapters - 1] * 7
    last = facts[5].mentions[-1]
    assert text[last.start : last.end] == last.quote == "killed six adults and two children"
    assert peak < 4 * len(text)  # the text itself is 5 MB; no copy of it per stage
