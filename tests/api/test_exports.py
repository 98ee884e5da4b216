"""?format=csv, hxl and geojson on /api/facts/: the whole filtered list, in another shape."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from statsapp.services import document_ingest

pytestmark = pytest.mark.django_db

URL = "/api/facts/"

HEADER = [
    "id", "category", "value", "value_low", "value_high", "qualifier", "unit", "place",
    "country", "latitude", "longitude", "place_level", "admin1", "place_precision",
    "place_reason", "reported_by", "status", "published", "publisher", "url", "document", "quote",
    "sentence",
]  # fmt: skip
SEED_KILLED_SENTENCE = (
    "Russian shelling killed six adults and two children in the city of Izyum, about 120 "
    "kilometers (75 miles) southeast of Kharkiv, Ukraine’s Parliament said."
)
SECOND_KILLED_SENTENCE = "Shelling killed 12 people in Izyum on Monday, officials said."
UNPLACED_SENTENCE = (
    "Russian forces were about 40 km from the centre of the city, British intelligence said."
)


@pytest.fixture
def killed(seed_document, second_document):
    """The two killed facts, seed's first."""
    return (
        seed_document.facts.get(category="killed"),
        second_document.facts.get(category="killed"),
    )


def body(response) -> str:
    """An export's text: exports are streamed, so they have no `content`, and the test
    client's `json()` cannot read them."""
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def table(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response))))


def geojson(response) -> dict:
    return json.loads(body(response))


def test_csv(api_client, killed):
    seed, second = killed

    response = api_client.get(f"{URL}?format=csv&category=killed")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert table(response) == [
        HEADER,
        [
            str(seed.pk), "killed", "8.0", "8.0", "8.0", "exact", "people", "Izyum", "UA",
            "49.20697", "37.27679", "city", "Kharkiv", "1", "sentence", "Ukraine’s Parliament",
            "pending", "2022-03-03", "Reuters", "", str(seed.document_id),
            "killed six adults and two children", SEED_KILLED_SENTENCE,
        ],
        [
            str(second.pk), "killed", "12.0", "12.0", "12.0", "exact", "people", "Izyum", "UA",
            "49.20697", "37.27679", "city", "Kharkiv", "1", "sentence", "", "pending",
            "2022-03-10", "AP", "", str(second.document_id), "killed 12 people",
            SECOND_KILLED_SENTENCE,
        ],
    ]  # fmt: skip


def test_csv_of_facts_without_a_place_or_bounds(api_client):
    # Measured from a place the text does not name: no place; "about": no bounds. (The seed's
    # distances all have a place or a bound.)
    document = document_ingest(
        text=UNPLACED_SENTENCE, publisher="Reuters", published=date(2022, 3, 3)
    ).document

    rows = table(api_client.get(f"{URL}?format=csv&qualifier=approximate"))

    assert [dict(zip(rows[0], r, strict=True)) for r in rows[1:]] == [
        {
            **dict.fromkeys(HEADER, ""),
            "id": str(document.facts.get().pk),
            "category": "distance",
            "value": "40.0",
            "qualifier": "approximate",
            "unit": "km",
            "reported_by": "British intelligence",
            "status": "pending",
            "published": "2022-03-03",
            "publisher": "Reuters",
            "document": str(document.pk),
            "quote": "about 40 km",
            "sentence": UNPLACED_SENTENCE,
        }
    ]


def test_hxl_has_a_hashtag_row_and_each_figure_in_the_column_of_its_kind(api_client, killed):
    response = api_client.get(f"{URL}?format=hxl&category=killed&category=refugees")

    assert response.status_code == 200
    header, hashtags, *rows = table(response)
    assert len(header) == len(hashtags)
    for tag in ("#affected+killed", "#affected+refugees", "#loc+name", "#date+reported"):
        assert tag in hashtags
    assert "#meta+source" in hashtags
    records = [dict(zip(hashtags, r, strict=True)) for r in rows]
    assert [
        (
            r["#affected+killed"],
            r["#affected+refugees"],
            r["#loc+name"],
            r["#date+reported"],
            r["#meta+source"],
        )
        for r in records
    ] == [
        ("", "1000000.0", "Ukraine", "2022-03-03", "Reuters"),
        ("8.0", "", "Izyum", "2022-03-03", "Reuters"),
        ("12.0", "", "Izyum", "2022-03-10", "AP"),
    ]
    assert [r["#indicator+value+max"] for r in records] == ["", "8.0", "12.0"]


def test_geojson_has_only_the_facts_with_coordinates(api_client, seed_document):
    response = api_client.get(f"{URL}?format=geojson")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    collection = geojson(response)
    assert collection["type"] == "FeatureCollection"
    assert [
        (f["geometry"], f["properties"]["category"], f["properties"]["place"])
        for f in collection["features"]
    ] == [
        ({"type": "Point", "coordinates": [36.25475, 49.98177]}, "population", "Kharkiv"),
        ({"type": "Point", "coordinates": [37.27679, 49.20697]}, "killed", "Izyum"),
        # about 120 km from Kharkiv, at Kharkiv's point; Borodyanka (unresolved) has none
        ({"type": "Point", "coordinates": [36.25475, 49.98177]}, "distance", "Kharkiv"),
    ]
    izyum = collection["features"][1]
    assert izyum["type"] == "Feature"
    assert izyum["properties"]["value"] == 8
    assert izyum["properties"]["country"] == "UA"
    assert izyum["properties"]["document"]["id"] == seed_document.pk


@pytest.mark.parametrize("export", ["csv", "hxl"])
def test_exports_are_not_paginated(api_client, seed_document, second_document, export):
    rows = table(api_client.get(f"{URL}?format={export}&page_size=1"))

    header_rows = 2 if export == "hxl" else 1
    assert len(rows) == header_rows + 9


def test_geojson_is_not_paginated(api_client, seed_document, second_document):
    collection = geojson(api_client.get(f"{URL}?format=geojson&page_size=1&page=2"))

    assert [f["properties"]["place"] for f in collection["features"]] == [
        "Kharkiv",
        "Izyum",
        "Kharkiv",
        "Izyum",
        "Mariupol",
    ]


def test_an_empty_export_is_its_header(api_client, seed_document):
    assert table(api_client.get(f"{URL}?format=csv&place=Lviv")) == [HEADER]
    assert geojson(api_client.get(f"{URL}?format=geojson&place=Lviv")) == {
        "type": "FeatureCollection",
        "features": [],
    }


@pytest.mark.parametrize("export", ["csv", "hxl", "geojson"])
def test_an_export_with_a_bad_filter_is_400_json(api_client, seed_document, export):
    response = api_client.get(f"{URL}?format={export}&published_after=soon")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": 400,
        "error": "invalid",
        "message": "published_after: Enter a valid date.",
        "fields": {"published_after": ["Enter a valid date."]},
    }


def test_an_unknown_format_is_404_json(api_client, seed_document):
    response = api_client.get(f"{URL}?format=xlsx")

    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_csv_exports_are_attachments_and_never_formulas(api_client, seed_document):
    from statsapp.models import Fact

    fact = Fact.objects.get(document=seed_document, category="killed")
    fact.reported_by = '=HYPERLINK("http://evil.example")'
    fact.save()
    response = api_client.get("/api/facts/", {"format": "csv", "category": "killed"})
    assert response["Content-Disposition"] == 'attachment; filename="facts.csv"'
    header, row = table(response)
    assert row[header.index("reported_by")] == '\'=HYPERLINK("http://evil.example")'
    hxl = api_client.get("/api/facts/", {"format": "hxl", "category": "killed"})
    assert hxl["Content-Disposition"] == 'attachment; filename="facts.hxl.csv"'
