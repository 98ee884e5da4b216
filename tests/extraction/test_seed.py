"""The seed article yields exactly its seven facts, no others."""

from pathlib import Path

import pytest

from statsapp.extraction import extract_facts, parse_dateline

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_cfdcb9525a724c7d.txt"

EXPECTED = [
    # category, value, low, high, qualifier, place, quote, reported_by
    (
        "casualties",
        2000,
        2000,
        9999,
        "vague",
        None,
        "thousands are reported to have died or been injured",
        None,
    ),
    (
        "refugees",
        1_000_000,
        1_000_000,
        None,
        "at_least",
        "Ukraine",
        "more than a million people have fled",
        None,
    ),
    (
        "distance",
        30,
        30,
        None,
        "at_least",
        None,
        "over 30 kilometers (19 miles)",
        "Britain’s Defense Ministry",
    ),
    ("distance", 58, 58, 58, "exact", "Borodyanka", "58 kilometers (36 miles)", None),
    (
        "population",
        1_500_000,
        1_500_000,
        1_500_000,
        "exact",
        "Kharkiv",
        "city of 1.5 million people",
        None,
    ),
    (
        "killed",
        8,
        8,
        8,
        "exact",
        "Izyum",
        "killed six adults and two children",
        "Ukraine’s Parliament",
    ),
    (
        "distance",
        120,
        None,
        None,
        "approximate",
        "Kharkiv",
        "about 120 kilometers (75 miles)",
        "Ukraine’s Parliament",
    ),
]


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_facts(seed_text):
    return extract_facts(seed_text)


def test_seed_article_yields_exactly_its_seven_facts(seed_facts):
    got = [
        (
            f.category,
            f.value,
            f.value_low,
            f.value_high,
            f.qualifier,
            f.place.name if f.place else None,
            f.quote,
            f.reported_by,
        )
        for f in seed_facts
    ]
    assert got == EXPECTED


def test_every_quote_sits_at_its_offsets(seed_text, seed_facts):
    for fact in seed_facts:
        assert seed_text[fact.start : fact.end] == fact.quote
        assert (
            seed_text[fact.sentence_start : fact.sentence_start + len(fact.sentence)]
            == fact.sentence
        )


def test_distances_are_in_km_with_the_unit_the_text_used(seed_facts):
    distances = [(f.value, f.unit, f.original_unit) for f in seed_facts if f.category == "distance"]
    assert distances == [(30, "km", "km"), (58, "km", "km"), (120, "km", "km")]


def test_sub_groups_keep_their_parts(seed_facts):
    killed = [f for f in seed_facts if f.category == "killed"]
    assert [f.parts for f in killed] == [(6, 2)]


def test_places_carry_gazetteer_data(seed_facts):
    places = {f.place.name: f.place for f in seed_facts if f.place}
    assert places["Izyum"].country_code == "UA"
    assert places["Izyum"].geonameid == 707292
    assert round(places["Izyum"].latitude, 2) == 49.21
    assert places["Ukraine"].kind == "country"
    assert places["Kharkiv"].geonameid == 706483


def test_seed_dateline(seed_text):
    dateline = parse_dateline(seed_text)
    assert dateline.published.isoformat() == "2022-03-03"
    assert dateline.publisher == "Reuters"
    assert dateline.places == ["Kyiv", "Kharkiv"]


@pytest.mark.parametrize(
    "words",
    [
        "68",
        "1945",
        "Feb. 24",
        "March 3, 2022",
        "3:34",
        "three days",
        "a day",
        "Monday",
        "A second round",
    ],
)
def test_seed_non_facts_are_not_quoted(seed_text, seed_facts, words):
    start = seed_text.index(words)
    end = start + len(words)
    assert not [f for f in seed_facts if f.start < end and start < f.end]
