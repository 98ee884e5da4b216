"""Each extraction stage on its own: sentences, datelines, sources, places."""

import pytest

from statsapp.extraction.attribution import find_source
from statsapp.extraction.dateline import parse_dateline
from statsapp.extraction.lang import load_language
from statsapp.extraction.places import canonical_name, is_country, resolve
from statsapp.extraction.segment import split_sentences

EN = load_language("en")


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = "Moscow launched its invasion on Feb. 24. The U.S. State Department spoke.\nNext line"
    sentences = split_sentences(text, EN)
    assert [s.text for s in sentences] == [
        "Moscow launched its invasion on Feb. 24.",
        "The U.S. State Department spoke.",
        "Next line",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_closing_quote_stays_with_its_sentence():
    text = "“They fled,” he said. “We stayed.” Gen. Smith left."
    assert [s.text for s in split_sentences(text, EN)] == [
        "“They fled,” he said.",
        "“We stayed.”",
        "Gen. Smith left.",
    ]


def test_hard_wrapped_line_continues_the_sentence():
    text = "At least 12 people were\nkilled in the blast. Rescuers searched."
    assert [s.text for s in split_sentences(text, EN)] == [
        "At least 12 people were\nkilled in the blast.",
        "Rescuers searched.",
    ]


def test_dateline_with_written_date():
    dateline = parse_dateline("KHARTOUM, June 5 (Reuters) - Fighting raged on.")
    assert (dateline.published, dateline.publisher, dateline.places) == (
        None,
        "Reuters",
        ["Khartoum"],
    )
    assert parse_dateline("Fighting raged on in Khartoum.") is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Shelling killed eight people in Izyum, Ukraine's Parliament said.",
            "Ukraine's Parliament",
        ),
        ("More than 1,000 have fled, according to the UN refugee agency.", "the UN refugee agency"),
        (
            "The Interfax news agency quoted Russia's Defense Ministry as saying 20 died.",
            "Russia's Defense Ministry",
        ),
        ("“Twelve were hurt,” said a local doctor who gave no name.", "a local doctor"),
        (
            "Kherson's Mayor Igor Kolykhayev said that 300 people were missing.",
            "Kherson's Mayor Igor Kolykhayev",
        ),
        ("“The column is 30 km away,” it said.", None),
        ("Five people were killed in the blast.", None),
    ],
)
def test_sources(sentence, source):
    assert find_source(sentence, EN) == source


def test_places_resolve_aliases_and_countries():
    assert resolve("Kiev", EN).name == "Kyiv"
    assert resolve("Kharkov", EN).geonameid == resolve("Kharkiv", EN).geonameid
    assert resolve("Izium", EN).name == "Izyum"
    assert resolve("Poland", EN).kind == "country"
    assert resolve("Poland", EN).country_code == "PL"
    assert resolve("Police", EN) is None  # a Polish town's name, but in news a common noun
    assert resolve("Narnia", EN) is None
    assert canonical_name("Ukraine's", EN) == "Ukraine"
    assert is_country("Sudan", EN) and not is_country("Khartoum", EN)


def test_a_figure_repeated_in_one_document_is_one_fact_with_mentions():
    from statsapp.extraction import extract_facts

    text = (
        "Quake kills 120 in eastern Turkey\n\n"
        "An earthquake killed 120 people in eastern Turkey on Monday. "
        "Another 300 were injured. Officials repeated that 120 people died in Turkey."
    )
    facts = extract_facts(text)
    assert [(f.category, f.value, f.place and f.place.name) for f in facts] == [
        ("killed", 120, "Turkey"),
        ("injured", 300, "Turkey"),  # its sentence names no place: the one before does
    ]
    assert [f.place_reason for f in facts] == ["sentence", "previous sentence"]
    killed = facts[0]
    assert killed.quote == "kills 120"
    assert [m.quote for m in killed.mentions] == ["killed 120 people", "120 people died"]
    for mention in killed.mentions:
        assert text[mention.start : mention.end] == mention.quote
