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


@pytest.mark.parametrize(
    "sentence",
    [
        "The village lies 40 km north of the city.",
        "Shelling reached a town 12.5 miles from the border.",
        "The convoy drove 1,200 km in two days.",
        "Some 30 to 40 km of the road is under water.",
        "The front is 30 kilometers (19 miles) away.",
        "Sake lies some 25 km (16 miles) west of Goma.",
        "Kibati is 10 kilometers (6 miles) north of the city.",
        "Winds of 190 km/h tore roofs off.",
        "The camp covers 13 square kilometres.",
        "The town is 40 kms from Balasore.",
        "A 40-km stretch of the coast was hit.",
    ],
)
def test_plainly_written_distances_read_as_quantulum3_reads_them(sentence):
    from statsapp.extraction import distance

    lang = load_language("en")
    windows = distance._windows(sentence, lang)
    expected = []
    for start, end in windows:
        for q in distance._quantulum.parse(sentence[start:end], lang="en_US"):
            unit = distance.UNIT_KM.get(q.unit.name)
            if unit is not None and q.value:
                expected.append((q.span[0] + start, q.span[1] + start, float(q.value), unit))
    assert [q[:4] for q in distance._quantities(sentence, lang)] == expected


@pytest.mark.parametrize(
    ("window", "plain"),
    [
        ("lies 40 km north", [(5, 10, 40.0, ("km", 1.0))]),
        ("a town 12.5 miles from", [(7, 17, 12.5, ("miles", 1.609344))]),
        ("drove 1,200 km in", [(6, 14, 1200.0, ("km", 1.0))]),
        ("Some 30 to 40 km of", None),  # a range
        (
            "30 kilometers (19 miles) away",  # the same in the other unit
            [(0, 13, 30.0, ("km", 1.0)), (15, 23, 19.0, ("miles", 1.609344))],
        ),
        ("between 30 km and 40 km", None),
        ("30 km or 19 miles", None),
        ("Winds of 190 km/h", None),  # a speed
        ("is 40 kms from", None),  # quantulum3 reads no unit in "kms"
        ("A 40-km stretch", None),
    ],
)
def test_which_distances_are_read_without_quantulum3(window, plain):
    from statsapp.extraction.distance import _plain

    assert _plain(window, load_language("en")) == plain
