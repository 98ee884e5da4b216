"""Hand-annotated sentences: all nine categories and the non-facts, each with its exact facts."""

import pytest

from statsapp.extraction import extract_facts

from .cases import CASES
from .cases_news import NEWS_CASES


def _summary(fact):
    place = fact.place.name if fact.place else None
    return (fact.category, fact.value, fact.value_low, fact.value_high, fact.qualifier, place)


@pytest.mark.parametrize("case", CASES + NEWS_CASES, ids=[c.id for c in CASES + NEWS_CASES])
def test_sentence_facts(case):
    facts = extract_facts(case.text)
    assert [_summary(f) for f in facts] == [tuple(f) for f in case.facts]
    for fact in facts:
        assert case.text[fact.start : fact.end] == fact.quote


@pytest.mark.parametrize(
    ("case_id", "reasons"),
    [
        ("context-previous-sentence", ["previous sentence"]),
        ("context-dateline", ["dateline", "dateline"]),
        ("context-text-beats-dateline", ["previous sentence"]),
        ("place-most-specific-of-a-chain", ["sentence"]),
        ("context-section-heading", ["section", "section"]),
    ],
)
def test_the_reason_for_a_place_is_kept(case_id, reasons):
    case = next(c for c in NEWS_CASES if c.id == case_id)
    assert [f.place_reason for f in extract_facts(case.text)] == reasons


def test_a_place_carries_its_level_region_and_precision():
    (fact,) = extract_facts("Shelling killed 3 people in Izyum on Monday.")
    place = fact.place
    assert (place.name, place.kind, place.admin1, place.country_code, place.precision) == (
        "Izyum", "city", "Kharkiv", "UA", 1,
    )  # fmt: skip
    # a district the gazetteer lacks: its precision is the one the text gives, a district's
    (fact,) = extract_facts("Floods have displaced 45,000 people in Jajarkot district.")
    assert (fact.place.name, fact.place.kind, fact.place.precision) == (
        "Jajarkot",
        "unresolved",
        3,
    )
