"""GET /api/facts/aggregate/: statistics with their bounds, grouped and filtered."""

from __future__ import annotations

from datetime import date

import pytest

from statsapp import queries
from statsapp.services import document_ingest, fact_review

pytestmark = pytest.mark.django_db

URL = "/api/facts/aggregate/"


def aggregate(client, query: str) -> list[dict]:
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200, response.json()
    return response.json()["rows"]


def row(value, low, high, facts=1, documents=1, **keys) -> dict:
    return {**keys, "value": value, "value_low": low, "value_high": high, "facts": facts,
            "documents": documents}  # fmt: skip


def test_sum_by_category_for_the_seed(api_client, seed_document):
    response = api_client.get(f"{URL}?group_by=category&stat=sum")

    assert response.status_code == 200
    assert response.json() == {
        "stat": "sum",
        "meaning": queries.STATS["sum"],
        "group_by": ["category"],
        "rows": [
            row(2000, 2000, 9999, category="casualties"),
            # 30 (≥30) + 58 + about 120 (no bounds): the unknown low counts as 0, the high is
            # unbounded
            row(208, 88, None, facts=3, category="distance"),
            row(8, 8, 8, category="killed"),
            row(1_500_000, 1_500_000, 1_500_000, category="population"),
            row(1_000_000, 1_000_000, None, category="refugees"),
        ],
    }


def test_sum_and_category_are_the_defaults(api_client, seed_document):
    body = api_client.get(URL).json()

    assert (body["stat"], body["group_by"]) == ("sum", ["category"])
    assert body["rows"] == aggregate(api_client, "group_by=category&stat=sum")


def test_max_by_category(api_client, seed_document, second_document):
    assert aggregate(api_client, "stat=max") == [
        row(2000, 2000, 9999, category="casualties"),
        row(4000, None, None, category="displaced"),
        row(120, 58, None, facts=3, category="distance"),
        row(12, 12, 12, facts=2, documents=2, category="killed"),
        row(1_500_000, 1_500_000, 1_500_000, category="population"),
        row(1_000_000, 1_000_000, None, category="refugees"),
    ]


def test_latest_takes_the_most_recently_published_figure(
    api_client, seed_document, second_document
):
    # Stored last, but published first: not the latest figure.
    document_ingest(text="Shelling killed 3 people in Izyum.", published=date(2022, 3, 1))

    rows = aggregate(api_client, "category=killed&group_by=category,place&stat=latest")

    assert rows == [row(12, 12, 12, facts=3, documents=3, category="killed", place="Izyum")]


def test_latest_by_publisher(api_client, seed_document, second_document):
    assert aggregate(api_client, "category=killed&group_by=publisher&stat=latest") == [
        row(12, 12, 12, publisher="AP"),
        row(8, 8, 8, publisher="Reuters"),
    ]


def test_count_by_category(api_client, seed_document, second_document):
    assert aggregate(api_client, "stat=count") == [
        row(1, 1, 1, category="casualties"),
        row(1, 1, 1, category="displaced"),
        row(3, 3, 3, facts=3, category="distance"),
        row(2, 2, 2, facts=2, documents=2, category="killed"),
        row(1, 1, 1, category="population"),
        row(1, 1, 1, category="refugees"),
    ]


def test_sum_by_category_and_place(api_client, seed_document, second_document):
    assert aggregate(api_client, "group_by=category,place") == [
        row(2000, 2000, 9999, category="casualties", place=None),
        row(4000, 0, None, category="displaced", place="Mariupol"),
        # each distance has its own place: none ("from the center of the city" names none),
        # Borodyanka (the town it locates) and Kharkiv (about 120 km from it: low 0, unbounded)
        row(30, 30, None, category="distance", place=None),
        row(58, 58, 58, category="distance", place="Borodyanka"),
        row(120, 0, None, category="distance", place="Kharkiv"),
        row(20, 20, 20, facts=2, documents=2, category="killed", place="Izyum"),
        row(1_500_000, 1_500_000, 1_500_000, category="population", place="Kharkiv"),
        row(1_000_000, 1_000_000, None, category="refugees", place="Ukraine"),
    ]


def test_sum_by_country(api_client, seed_document):
    assert aggregate(api_client, "group_by=country") == [
        # no country: casualties 2000, distance 30 (no place) and 58 (Borodyanka, unresolved)
        row(2088, 2088, None, facts=3, country=None),
        # UA: refugees, population, killed and about 120 km from Kharkiv (its low counts as 0)
        row(2_500_128, 2_500_008, None, facts=4, country="UA"),
    ]


@pytest.mark.parametrize(
    "period, first, second",
    [("day", "2022-03-03", "2022-03-10"), ("week", "2022-02-28", "2022-03-07")],
)
def test_count_by_day_and_week(api_client, seed_document, second_document, period, first, second):
    assert aggregate(api_client, f"group_by={period}&stat=count") == [
        row(7, 7, 7, facts=7, **{period: first}),
        row(2, 2, 2, facts=2, **{period: second}),
    ]


def test_sum_by_month(api_client, seed_document, second_document):
    assert aggregate(api_client, "group_by=month,category&category=killed") == [
        row(20, 20, 20, facts=2, documents=2, month="2022-03-01", category="killed"),
    ]


def test_sum_by_publisher_and_by_document(api_client, seed_document, second_document):
    assert aggregate(api_client, "group_by=publisher&category=killed") == [
        row(12, 12, 12, publisher="AP"),
        row(8, 8, 8, publisher="Reuters"),
    ]
    assert aggregate(api_client, "group_by=document&category=killed") == [
        row(8, 8, 8, document=seed_document.pk),
        row(12, 12, 12, document=second_document.pk),
    ]


def test_rejected_facts_are_left_out_unless_a_status_is_asked_for(
    api_client, seed_document, second_document, reviewer
):
    fact_review(fact=seed_document.facts.get(category="killed"), user=reviewer, status="rejected")

    assert aggregate(api_client, "category=killed") == [row(12, 12, 12, category="killed")]
    assert aggregate(api_client, "category=killed&status=rejected") == [
        row(8, 8, 8, category="killed")
    ]
    assert aggregate(api_client, "category=killed&status=rejected&status=pending") == [
        row(20, 20, 20, facts=2, documents=2, category="killed")
    ]


def test_filters_narrow_the_aggregation(api_client, seed_document, second_document):
    assert aggregate(api_client, "category=killed&published_after=2022-03-05") == [
        row(12, 12, 12, category="killed")
    ]
    assert aggregate(api_client, "country=UA&value_max=5000&group_by=place") == [
        row(20, 20, 20, facts=2, documents=2, place="Izyum"),
        # Kharkiv's population (1.5 million) is over the maximum: only its distance is left
        row(120, 0, None, place="Kharkiv"),
        row(4000, 0, None, place="Mariupol"),
    ]
    assert aggregate(api_client, "place=Lviv") == []


@pytest.mark.parametrize(
    "query, message",
    [
        (
            "group_by=region",
            "group_by: unknown or repeated key(s) ['region']; " + "Comma-separated: "
            "category, place, country, publisher, document, day, week, month.",
        ),
        (
            "group_by=category,category",
            "group_by: unknown or repeated key(s) ['category', 'category']; Comma-separated: "
            "category, place, country, publisher, document, day, week, month.",
        ),
        (
            "group_by=",
            "group_by: unknown or repeated key(s) ['']; Comma-separated: "
            "category, place, country, publisher, document, day, week, month.",
        ),
        ("stat=mean", "stat: unknown statistic 'mean'; one of sum, max, latest, count."),
        (
            "category=wounded",
            "category: Select a valid choice. wounded is not one of the available choices.",
        ),
    ],
)
def test_unknown_group_or_statistic_is_400(api_client, seed_document, query, message):
    response = api_client.get(f"{URL}?{query}")

    assert response.status_code == 400
    assert response.json()["message"] == message
