"""Hand-annotated sentences: all nine categories and the non-facts, each with its exact facts."""

import pytest

from statsapp.extraction import extract_facts

from .cases import CASES


def _summary(fact):
    place = fact.place.name if fact.place else None
    return (fact.category, fact.value, fact.value_low, fact.value_high, fact.qualifier, place)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_sentence_facts(case):
    facts = extract_facts(case.text)
    assert [_summary(f) for f in facts] == [tuple(f) for f in case.facts]
    for fact in facts:
        assert case.text[fact.start : fact.end] == fact.quote
