"""The gazetteer with administrative levels, and how a place of many namesakes is chosen."""

import pytest

from statsapp.extraction import extract_facts, gazetteer
from statsapp.extraction.lang import load_language
from statsapp.extraction.places import resolve

EN = load_language("en")


def summary(name: str, region: bool = False) -> tuple | None:
    place = resolve(name, EN, region)
    if place is None:
        return None
    return (place.name, place.kind, place.country_code, place.admin1, place.precision)


def test_names_are_matched_without_case_accents_or_apostrophes():
    assert gazetteer.fold("Mek’ele") == gazetteer.fold("mekele") == "mekele"
    assert gazetteer.fold("Ivano-Frankivsk") == "ivano frankivsk"


def test_each_level_is_known_with_its_region_and_country():
    assert summary("Ukraine") == ("Ukraine", "country", "UA", "", 6)
    assert summary("Zamfara") == ("Zamfara", "admin1", "NG", "Zamfara", 4)
    assert summary("Wayanad") == ("Wayanad", "admin2", "IN", "Kerala", 3)
    assert summary("Izyum") == ("Izyum", "city", "UA", "Kharkiv", 1)
    assert summary("Bokkos") == ("Bokkos", "city", "NG", "Plateau", 1)


def test_a_large_town_wins_over_a_region_of_its_name_unless_the_text_says_region():
    assert summary("Kharkiv") == ("Kharkiv", "city", "UA", "Kharkiv", 1)
    assert summary("Kharkiv", region=True) == ("Kharkiv", "admin1", "UA", "Kharkiv", 4)
    # the town of Nasarawa is small: the bare name is the state
    assert summary("Nasarawa") == ("Nasarawa", "admin1", "NG", "Nasarawa", 4)


def test_regions_go_by_the_names_news_uses():
    assert summary("North Darfur") == ("North Darfur", "admin1", "SD", "North Darfur", 4)
    assert summary("North Kivu") == ("North Kivu", "admin1", "CD", "North Kivu", 4)


def test_an_alternate_name_weighs_less_than_a_places_own_but_finds_a_large_place():
    # Derna is the Libyan city's name in English (GeoNames: Darnah), and a Romanian village's
    assert summary("Derna") == ("Derna", "city", "LY", "Darnah", 1)
    assert summary("Mekelle") == ("Mekelle", "city", "ET", "Tigray", 1)


def test_words_that_are_no_place_are_not_looked_up():
    assert resolve("Monday", EN) is None
    assert resolve("North", EN) is None
    assert gazetteer.lookup("Taliban") == ()


def test_a_namesake_is_settled_by_the_country_the_document_names():
    from statsapp.extraction import extract_facts

    alone = extract_facts("Clashes killed 12 people in Tripoli on Sunday.")
    assert [(f.place.name, f.place.country_code) for f in alone] == [("Tripoli", "LY")]
    in_lebanon = extract_facts(
        "Clashes killed 12 people in Tripoli on Sunday. "
        "The fighting has displaced 3,000 people in Lebanon this month."
    )
    assert [(f.place.name, f.place.country_code, f.place.admin1) for f in in_lebanon] == [
        ("Tripoli", "LB", "Liban-Nord"),
        ("Lebanon", "LB", ""),
    ]


def test_a_town_named_with_its_region_is_the_one_there_or_one_the_gazetteer_lacks():
    facts = extract_facts(
        "On 4 May 2021, gunmen shot and killed a civilian in Kabala village (Kidal, Kidal)."
    )
    place = facts[0].place
    # the gazetteer's Kabala lies in Koulikoro; the one in Kidal region is not in it
    assert (place.name, place.kind, place.country_code, place.admin1) == (
        "Kabala",
        "unresolved",
        "ML",
        "Kidal",
    )


@pytest.mark.parametrize(
    "text, name, level, precision",
    [
        ("Gunmen killed 9 people in Kasana village.", "Kasana", "unresolved", 1),
        ("A bomb exploded near Gao, killing 4.", "Gao", "city", 2),
        ("Five died in the Waaberi district of Mogadishu.", "Waaberi", "unresolved", 3),
        ("Floods killed 12 in Sindh province.", "Sindh", "admin1", 4),
        ("Floods killed 12 people across Pakistan.", "Pakistan", "country", 6),
        ("Nine died in Kwall on Monday.", "Kwall", "unresolved", None),
        # the region's namesake town when the text says "city": the gazetteer knows both
        ("Shelling of Kherson city killed 3.", "Kherson", "city", 1),
        ("Shelling in Kherson region killed 3.", "Kherson", "admin1", 4),
    ],
)
def test_each_place_has_the_precision_code_the_text_gives(text, name, level, precision):
    place = extract_facts(text)[0].place
    assert (place.name, place.kind, place.precision) == (name, level, precision)


def test_a_village_the_gazetteer_lacks_lies_in_the_region_named_after_it():
    from statsapp.extraction.places import places_named

    (village,) = places_named(
        "Gunmen attacked Tungar Kwana village in Bakura LGA, Zamfara State.", load_language("en")
    )
    assert (village.name, village.kind, village.admin1, village.country_code) == (
        "Tungar Kwana",
        "unresolved",
        "Zamfara",
        "NG",
    )


def test_a_namesake_town_is_settled_by_the_region_the_document_names():
    text = (
        "Shelling killed five residents of Donetsk oblast on 7 September: three in "
        "Kostiantynivka and one each in Petrivka and Shcherbynivka."
    )
    facts = extract_facts(text)
    assert [(f.value, f.place.name, f.place.admin1) for f in facts] == [
        (5.0, "Donetsk", "Donetsk"),
        (3.0, "Kostiantynivka", "Donetsk"),
        (1.0, "Petrivka", "Donetsk"),
        (1.0, "Shcherbynivka", "Donetsk"),
    ]
    (alone,) = extract_facts("Shelling killed one resident of Petrivka.")
    assert (alone.place.name, alone.place.admin1) == ("Petrivka", "Poltava")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 3 civilians in Kasana village, Tsafe LGA, Zamfara State.",
        "On 12 March 2021, gunmen killed 3 civilians in Kasana village (Tsafe, Zamfara).",
    ],
)
def test_a_village_named_with_its_kind_lies_where_its_parents_do(text):
    place = extract_facts(text)[0].place
    assert (place.name, place.kind, place.country_code, place.admin1, place.precision) == (
        "Kasana",
        "unresolved",
        "NG",
        "Zamfara",
        1,
    )
