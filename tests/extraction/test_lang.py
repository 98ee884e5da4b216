"""Language packs: loaded once, unknown codes refused, and the English pack's categories real."""

import pytest

from statsapp.extraction import CATEGORIES, extract_facts
from statsapp.extraction.lang import known_languages, load_language


def test_english_is_loaded_once():
    assert "en" in known_languages()
    assert load_language("en") is load_language("en")
    assert load_language("en").code == "en"


@pytest.mark.parametrize("code", ["xx", "EN", "", "../en"])
def test_an_unknown_language_is_refused_naming_the_known_ones(code):
    with pytest.raises(ValueError, match=r"unknown language .*: the known ones are en"):
        load_language(code)
    with pytest.raises(ValueError, match="the known ones are en"):
        extract_facts("At least 12 people were killed.", lang=code)


def test_every_category_the_english_triggers_name_is_in_the_registry():
    rules = load_language("en").classify
    tiers = rules.labels + rules.strong + rules.weak + rules.before + rules.toll
    named = {category for category, _ in tiers} - set(rules.flights)
    named |= set(rules.overrides) | {c for cats in rules.overrides.values() for c in cats}
    named |= set(rules.not_for_subsets) | set(rules.kin_triggers)
    named |= {c for pair in rules.combined.values() for c in pair} | set(rules.combined)
    named |= {c for flight in rules.flights.values() for c in (flight.stayed, flight.left)}
    assert named <= set(CATEGORIES)
    assert not set(rules.flights) & set(CATEGORIES)  # a rule's name is no category
