"""The categories added by a registry entry alone, `affected` and `homeless`, go through the
extractor, the database, the filters, the aggregation and the exports like the others."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from statsapp.extraction import EXTRACTOR_VERSION, extract_facts
from statsapp.extraction.registry import REGISTRY
from statsapp.models import Document, Fact
from statsapp.services import document_ingest

pytestmark = pytest.mark.django_db

URL = "/api/facts/"
AFFECTED = "Floods have affected 33 million people across Pakistan, the government said."
HOMELESS = "The cyclone left 20,000 people homeless in Mozambique."


@pytest.fixture
def reports() -> tuple[Document, Document]:
    """The floods (AFP, 2022-08-30) and the cyclone (AP, 2019-03-20)."""
    return (
        document_ingest(text=AFFECTED, publisher="AFP", published=date(2022, 8, 30)).document,
        document_ingest(text=HOMELESS, publisher="AP", published=date(2019, 3, 20)).document,
    )


def body(response) -> str:
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.mark.parametrize(
    "text, expected",
    [
        (AFFECTED, ("affected", 33_000_000, 33_000_000, 33_000_000, "exact",
                    "affected 33 million people", 12, 38, "Pakistan", "PK")),
        (HOMELESS, ("homeless", 20_000, 20_000, 20_000, "exact", "20,000 people homeless", 17,
                    39, "Mozambique", "MZ")),
    ],
)  # fmt: skip
def test_the_extractor_finds_them(text, expected):
    assert [
        (f.category, f.value, f.value_low, f.value_high, f.qualifier, f.quote, f.start, f.end,
         f.place.name, f.place.country_code)
        for f in extract_facts(text)
    ] == [expected]  # fmt: skip


def test_they_are_stored(reports):
    floods, cyclone = reports

    assert list(
        Fact.objects.order_by("id").values_list(
            "document", "category", "value", "unit", "place_name", "place_geonameid",
            "place_country", "place_latitude", "status", "original",
        )
    ) == [
        (floods.pk, "affected", 33_000_000, "people", "Pakistan", 1168579, "PK", None, "pending",
         {"category": "affected", "value": 33_000_000, "value_low": 33_000_000,
          "value_high": 33_000_000, "qualifier": "exact", "place_name": "Pakistan"}),
        (cyclone.pk, "homeless", 20_000, "people", "Mozambique", 1036973, "MZ", None, "pending",
         {"category": "homeless", "value": 20_000, "value_low": 20_000, "value_high": 20_000,
          "qualifier": "exact", "place_name": "Mozambique"}),
    ]  # fmt: skip


def test_the_list_filters_by_them(api_client, reports):
    _, cyclone = reports
    homeless = cyclone.facts.get()

    response = api_client.get(f"{URL}?category=homeless")

    assert response.status_code == 200
    assert response.json() == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            {
                "id": homeless.pk,
                "category": "homeless",
                "value": 20000.0,
                "value_low": 20000.0,
                "value_high": 20000.0,
                "qualifier": "exact",
                "unit": "people",
                "original_unit": "people",
                "quote": "20,000 people homeless",
                "start": 17,
                "end": 39,
                "sentence": HOMELESS,
                "place": {
                    "name": "Mozambique",
                    "geonameid": 1036973,
                    "country": "MZ",
                    "latitude": None,
                    "longitude": None,
                    "level": "country",
                    "admin1": "",
                    "precision": 6,
                },
                "place_reason": "sentence",
                "reported_by": None,
                "parts": [],
                "mentions": [],
                "status": "pending",
                "reviewed_by": None,
                "reviewed_at": None,
                "note": "",
                "original": {
                    "category": "homeless",
                    "value": 20000.0,
                    "value_low": 20000.0,
                    "value_high": 20000.0,
                    "qualifier": "exact",
                    "place_name": "Mozambique",
                },
                "extractor_version": EXTRACTOR_VERSION,
                "document": {
                    "id": cyclone.pk,
                    "title": "",
                    "publisher": "AP",
                    "url": "",
                    "published": "2019-03-20",
                },
            }
        ],
    }
    affected = api_client.get(f"{URL}?category=affected&category=homeless").json()["results"]
    assert [(f["category"], f["value"]) for f in affected] == [
        ("affected", 33_000_000),
        ("homeless", 20_000),
    ]


def test_the_aggregation_groups_by_them(api_client, reports):
    response = api_client.get(f"{URL}aggregate/?group_by=category")

    assert response.status_code == 200
    assert response.json()["rows"] == [
        {"category": "affected", "value": 33_000_000, "value_low": 33_000_000,
         "value_high": 33_000_000, "facts": 1, "documents": 1},
        {"category": "homeless", "value": 20_000, "value_low": 20_000, "value_high": 20_000,
         "facts": 1, "documents": 1},
    ]  # fmt: skip


def test_csv_exports_them(api_client, reports):
    floods, cyclone = reports
    affected, homeless = floods.facts.get(), cyclone.facts.get()

    rows = list(csv.reader(io.StringIO(body(api_client.get(f"{URL}?format=csv")))))

    assert rows == [
        ["id", "category", "value", "value_low", "value_high", "qualifier", "unit", "place",
         "country", "latitude", "longitude", "place_level", "admin1", "place_precision",
         "place_reason", "reported_by", "status", "published", "publisher", "url", "document",
         "quote", "sentence"],
        [str(affected.pk), "affected", "33000000.0", "33000000.0", "33000000.0", "exact",
         "people", "Pakistan", "PK", "", "", "country", "", "6", "sentence", "", "pending",
         "2022-08-30", "AFP", "", str(floods.pk), "affected 33 million people", AFFECTED],
        [str(homeless.pk), "homeless", "20000.0", "20000.0", "20000.0", "exact", "people",
         "Mozambique", "MZ", "", "", "country", "", "6", "sentence", "", "pending", "2019-03-20",
         "AP", "", str(cyclone.pk), "20,000 people homeless", HOMELESS],
    ]  # fmt: skip


def test_hxl_puts_each_in_the_column_of_its_hashtag(api_client, reports):
    floods, cyclone = reports
    affected, homeless = floods.facts.get(), cyclone.facts.get()

    header, hashtags, *rows = csv.reader(
        io.StringIO(body(api_client.get(f"{URL}?format=hxl&category=affected&category=homeless")))
    )

    kinds = [category.name for category in REGISTRY]
    assert header == [f"value_{kind}" for kind in kinds] + [
        "id", "category", "value_low", "value_high", "qualifier", "unit", "place", "country",
        "latitude", "longitude", "place_level", "admin1", "place_precision", "place_reason",
        "reported_by", "status", "published", "publisher", "url", "document", "quote",
        "sentence",
    ]  # fmt: skip
    assert hashtags == [
        "#affected+killed", "#affected+injured", "#affected+casualties", "#affected+missing",
        "#affected+idps", "#affected+refugees", "#affected+evacuated", "#affected+homeless",
        "#affected", "#population", "#indicator+distance+km",
        "#meta+id", "#indicator+category", "#indicator+value+min", "#indicator+value+max",
        "#indicator+qualifier", "#indicator+unit", "#loc+name", "#country+code", "#geo+lat",
        "#geo+lon", "#loc+type", "#adm1+name", "#loc+precision", "#meta+place_reason",
        "#meta+reported_by", "#status", "#date+reported", "#meta+source", "#meta+url",
        "#meta+document", "#description+quote", "#description+sentence",
    ]  # fmt: skip
    values = dict.fromkeys(kinds, "")
    assert rows == [
        [*{**values, "affected": "33000000.0"}.values(), str(affected.pk), "affected",
         "33000000.0", "33000000.0", "exact", "people", "Pakistan", "PK", "", "", "country", "",
         "6", "sentence", "", "pending", "2022-08-30", "AFP", "", str(floods.pk),
         "affected 33 million people", AFFECTED],
        [*{**values, "homeless": "20000.0"}.values(), str(homeless.pk), "homeless", "20000.0",
         "20000.0", "exact", "people", "Mozambique", "MZ", "", "", "country", "", "6", "sentence",
         "", "pending", "2019-03-20", "AP", "", str(cyclone.pk), "20,000 people homeless",
         HOMELESS],
    ]  # fmt: skip
    records = [dict(zip(hashtags, row, strict=True)) for row in rows]
    assert [(r["#affected"], r["#affected+homeless"]) for r in records] == [
        ("33000000.0", ""),
        ("", "20000.0"),
    ]
