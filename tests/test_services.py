"""services.ingest: the one way documents and facts are stored."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from statsapp import services
from statsapp.extraction import EXTRACTOR_VERSION, ExtractedFact, Mention, Place, extract_facts
from statsapp.models import Document, Fact
from statsapp.services import IngestError, document_ingest

pytestmark = pytest.mark.django_db

TEXT = "Shelling killed six adults and two children in Izyum. Eight died, officials said."
DATELINE_TEXT = " date 2022-03-03 KYIV/ KHARKIV (Reuters) -\n\nNothing to count here.\n"


def izyum_fact() -> ExtractedFact:
    return ExtractedFact(
        category="killed",
        value=8.0,
        value_low=8.0,
        value_high=8.0,
        qualifier="exact",
        unit="people",
        original_unit="people",
        quote="killed six adults and two children",
        start=9,
        end=43,
        sentence="Shelling killed six adults and two children in Izyum.",
        sentence_start=0,
        place=Place("Izyum", 706524, "UA", 49.2, 37.3, "city"),
        reported_by="officials",
        parts=(6.0, 2.0),
        mentions=[Mention("Eight died", 54, 64, "Eight died, officials said.")],
    )


@pytest.fixture
def fake_extractor(monkeypatch):
    """Replace the extractor with one that returns a known fact and records its calls."""
    calls = []

    def fake_extract_facts(text, published=None):
        calls.append((text, published))
        return [izyum_fact()]

    monkeypatch.setattr(services, "extract_facts", fake_extract_facts)
    return calls


def stored_rows() -> tuple[int, int]:
    return Document.objects.count(), Fact.objects.count()


def test_ingest_stores_the_document_and_every_field_of_its_facts(fake_extractor):
    result = document_ingest(text=TEXT, title="Izyum", publisher="AP", url="https://example.org/a")

    assert (result.created, result.facts) == (True, 1)
    document = Document.objects.get()
    assert result.document == document
    assert (document.title, document.publisher, document.url, document.text) == (
        "Izyum",
        "AP",
        "https://example.org/a",
        TEXT,
    )
    assert document.content_hash == hashlib.sha256(TEXT.encode()).hexdigest()
    assert document.extractor_version == EXTRACTOR_VERSION
    assert document.extracted_at is not None
    fact = Fact.objects.get()
    assert fact.document == document
    assert (fact.category, fact.value, fact.value_low, fact.value_high, fact.qualifier) == (
        "killed",
        8.0,
        8.0,
        8.0,
        "exact",
    )
    assert (fact.unit, fact.original_unit) == ("people", "people")
    assert (fact.quote, fact.start, fact.end) == ("killed six adults and two children", 9, 43)
    assert TEXT[fact.start : fact.end] == fact.quote
    assert (fact.sentence, fact.sentence_start) == (izyum_fact().sentence, 0)
    assert (
        fact.place_name,
        fact.place_geonameid,
        fact.place_country,
        fact.place_latitude,
        fact.place_longitude,
    ) == ("Izyum", 706524, "UA", 49.2, 37.3)
    assert fact.reported_by == "officials"
    assert fact.parts == [6.0, 2.0]
    assert fact.mentions == [{"quote": "Eight died", "start": 54, "end": 64}]
    assert fact.extractor_version == EXTRACTOR_VERSION
    assert fact.status == "pending"
    assert fact.original == {
        "category": "killed",
        "value": 8.0,
        "value_low": 8.0,
        "value_high": 8.0,
        "qualifier": "exact",
        "place_name": "Izyum",
    }


COMPARED = ("category", "value", "value_low", "value_high", "qualifier", "quote", "start", "end")


def test_ingest_stores_exactly_what_the_extractor_finds(seed_text):
    expected = sorted(extract_facts(seed_text, published=date(2022, 3, 3)), key=lambda f: f.start)

    result = document_ingest(text=seed_text)

    assert result.facts == len(expected)
    stored = result.document.facts.values_list(*COMPARED, "place_name", "reported_by", "parts")
    assert list(stored) == [
        (
            *(getattr(fact, name) for name in COMPARED),
            fact.place.name if fact.place else "",
            fact.reported_by or "",
            list(fact.parts),
        )
        for fact in expected
    ]


def test_the_same_text_twice_is_stored_once(fake_extractor):
    first = document_ingest(text=TEXT)
    second = document_ingest(text=TEXT, title="another title", publisher="someone else")

    assert (second.created, second.facts, second.document) == (False, 0, first.document)
    assert stored_rows() == (1, 1)
    assert Document.objects.get().title == ""
    assert len(fake_extractor) == 1  # the second call did not even extract


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_text_is_refused_and_nothing_is_stored(text):
    with pytest.raises(IngestError, match="the text is empty"):
        document_ingest(text=text)
    assert stored_rows() == (0, 0)


def test_nul_characters_are_refused_on_every_database():
    with pytest.raises(IngestError, match="NUL character at offset 3"):
        document_ingest(text="abc\x00def")
    assert stored_rows() == (0, 0)


def test_an_invalid_url_is_refused_with_a_readable_message(fake_extractor):
    with pytest.raises(IngestError, match=r"^invalid document: url: Enter a valid URL\.$"):
        document_ingest(text=TEXT, url="not a url")
    assert stored_rows() == (0, 0)


def test_an_extractor_failure_stores_nothing(monkeypatch):
    def broken_extract_facts(text, published=None):
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr(services, "extract_facts", broken_extract_facts)
    with pytest.raises(RuntimeError, match="extractor crashed"):
        document_ingest(text=TEXT)
    assert stored_rows() == (0, 0)


def test_a_failure_while_storing_facts_rolls_back_the_document(fake_extractor, monkeypatch):
    def failing_bulk_create(objs, *args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(Fact.objects, "bulk_create", failing_bulk_create)
    with pytest.raises(RuntimeError, match="database went away"):
        document_ingest(text=TEXT)
    assert stored_rows() == (0, 0)


def test_the_dateline_fills_publisher_and_published(fake_extractor):
    result = document_ingest(text=DATELINE_TEXT)

    assert (result.document.publisher, result.document.published) == ("Reuters", date(2022, 3, 3))
    assert fake_extractor == [(DATELINE_TEXT, date(2022, 3, 3))]


def test_given_publisher_and_published_win_over_the_dateline(fake_extractor):
    result = document_ingest(text=DATELINE_TEXT, publisher="AP", published=date(2022, 3, 4))

    assert (result.document.publisher, result.document.published) == ("AP", date(2022, 3, 4))
    assert fake_extractor == [(DATELINE_TEXT, date(2022, 3, 4))]


def test_without_a_dateline_publisher_and_published_stay_empty(fake_extractor):
    result = document_ingest(text=TEXT)

    assert (result.document.publisher, result.document.published) == ("", None)
    assert fake_extractor == [(TEXT, None)]


def test_facts_on_the_same_span_and_category_are_stored_once(monkeypatch):
    monkeypatch.setattr(
        services, "extract_facts", lambda text, published=None: [izyum_fact(), izyum_fact()]
    )
    assert document_ingest(text=TEXT).facts == 1
    assert stored_rows() == (1, 1)


def test_ingest_many_stores_in_order_and_reports_each_text(seed_text):
    from statsapp.services import IngestItem, documents_ingest

    already = document_ingest(text="Floods killed 40 people in Pakistan.").document
    items = [
        IngestItem(text="Shelling killed 12 people in Kharkiv.", title="a"),
        IngestItem(text="   "),
        IngestItem(text="Floods killed 40 people in Pakistan."),
        IngestItem(text="Shelling killed 12 people in Kharkiv.", title="again"),
        IngestItem(text="About 300 people were evacuated.", url="not a url"),
        IngestItem(text=seed_text),
    ]
    outcomes = list(documents_ingest(items=items, workers=2, batch_size=4))

    assert [type(o).__name__ for o in outcomes] == [
        "IngestResult", "IngestError", "IngestResult", "IngestResult", "IngestError",
        "IngestResult",
    ]  # fmt: skip
    assert str(outcomes[1]) == "the text is empty"
    assert str(outcomes[4]) == "invalid document: url: Enter a valid URL."
    assert [(o.created, o.facts) for o in (outcomes[0], outcomes[2], outcomes[3], outcomes[5])] == [
        (True, 1), (False, 0), (False, 0), (True, 7),
    ]  # fmt: skip
    assert outcomes[2].document == already
    assert outcomes[3].document == outcomes[0].document
    assert Document.objects.count() == 3
    assert outcomes[5].document.publisher == "Reuters"  # from the dateline
    assert sorted(outcomes[5].document.facts.values_list("category", flat=True)) == sorted(
        ["casualties", "refugees", "distance", "distance", "population", "killed", "distance"]
    )
