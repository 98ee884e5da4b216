"""/api/facts/: every filter, ordering, pagination, and a query count that does not grow."""

from __future__ import annotations

import pytest

from statsapp.models import Fact
from statsapp.services import document_ingest, fact_review

pytestmark = pytest.mark.django_db

URL = "/api/facts/"


@pytest.fixture
def documents(seed_document, second_document):
    """The seed (Reuters, 2022-03-03, seven facts) and the second report (AP, 2022-03-10)."""
    return seed_document, second_document


def listed(client, query: str = "") -> list[tuple[str, float]]:
    """(category, value) of each fact listed, in the order given."""
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["count"] == len(body["results"])
    return [(f["category"], f["value"]) for f in body["results"]]


SEED_LISTED = [
    ("casualties", 2000),
    ("refugees", 1_000_000),
    ("distance", 30),
    ("distance", 58),
    ("population", 1_500_000),
    ("killed", 8),
    ("distance", 120),
]
SECOND_LISTED = [("killed", 12), ("displaced", 4000)]


def test_list_without_filters_shows_every_fact_by_document_and_offset(api_client, documents):
    assert listed(api_client) == SEED_LISTED + SECOND_LISTED


def test_a_listed_fact_carries_its_document(api_client, documents):
    seed, _ = documents

    fact = api_client.get(f"{URL}?category=population").json()["results"][0]

    assert fact["document"] == {
        "id": seed.pk,
        "title": "",
        "publisher": "Reuters",
        "url": "",
        "published": "2022-03-03",
    }
    assert fact["place"] == {
        "name": "Kharkiv",
        "geonameid": 706483,
        "country": "UA",
        "latitude": 49.98177,
        "longitude": 36.25475,
        "level": "city",
        "admin1": "Kharkiv",
        "precision": 1,
    }
    assert fact["place_reason"] == "sentence"
    assert fact["quote"] == "city of 1.5 million people"
    assert (fact["status"], fact["reviewed_by"], fact["reviewed_at"]) == ("pending", None, None)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("category=killed", [("killed", 8), ("killed", 12)]),
        (
            "category=killed&category=displaced",
            [("killed", 8), ("killed", 12), ("displaced", 4000)],
        ),
        ("qualifier=approximate", [("distance", 120), ("displaced", 4000)]),
        (
            "qualifier=at_least&qualifier=vague",
            [("casualties", 2000), ("refugees", 1_000_000), ("distance", 30)],
        ),
        ("place=izyum", [("killed", 8), ("killed", 12)]),
        ("place=KHARKIV", [("population", 1_500_000), ("distance", 120)]),
        ("place=Kyiv", []),
        (
            "country=ua",
            [
                ("refugees", 1_000_000),
                ("population", 1_500_000),
                ("killed", 8),
                ("distance", 120),
                ("killed", 12),
                ("displaced", 4000),
            ],
        ),
        ("country=PL", []),
        ("published_after=2022-03-04", SECOND_LISTED),
        ("published_before=2022-03-09", SEED_LISTED),
        ("published_after=2022-03-03&published_before=2022-03-03", SEED_LISTED),
        ("published_after=2022-03-10&published_before=2022-03-10", SECOND_LISTED),
        (
            "value_min=100&value_max=5000",
            [("casualties", 2000), ("distance", 120), ("displaced", 4000)],
        ),
        ("value_max=12", [("killed", 8), ("killed", 12)]),
        ("value_min=1500000", [("population", 1_500_000)]),
        ("q=shelling+izyum", [("killed", 8), ("distance", 120), ("killed", 12)]),
        ("q=MILLION+fled", [("casualties", 2000), ("refugees", 1_000_000)]),
        ("q=nowhere", []),
        ("category=killed&place=Izyum&published_after=2022-03-05", [("killed", 12)]),
    ],
)
def test_filters(api_client, documents, query, expected):
    assert listed(api_client, query) == expected


def test_filter_by_document(api_client, documents):
    seed, second = documents

    assert listed(api_client, f"document={second.pk}") == SECOND_LISTED
    assert listed(api_client, f"document={seed.pk}") == SEED_LISTED
    assert listed(api_client, f"document={second.pk + 100}") == []


def test_filter_by_status(api_client, documents, reviewer):
    seed, second = documents
    fact_review(fact=seed.facts.get(category="killed"), user=reviewer, status="approved")
    fact_review(fact=second.facts.get(category="killed"), user=reviewer, status="rejected")

    assert listed(api_client, "status=approved") == [("killed", 8)]
    assert listed(api_client, "status=rejected") == [("killed", 12)]
    assert listed(api_client, "status=approved&status=rejected") == [("killed", 8), ("killed", 12)]
    assert listed(api_client, "status=pending") == SEED_LISTED[:5] + SEED_LISTED[6:] + [
        ("displaced", 4000)
    ]


BY_VALUE = [
    ("killed", 8),
    ("killed", 12),
    ("distance", 30),
    ("distance", 58),
    ("distance", 120),
    ("casualties", 2000),
    ("displaced", 4000),
    ("refugees", 1_000_000),
    ("population", 1_500_000),
]


def test_ordering_by_value(api_client, documents):
    assert listed(api_client, "ordering=value") == BY_VALUE
    assert listed(api_client, "ordering=-value") == BY_VALUE[::-1]


def test_ordering_by_publication_date(api_client, documents):
    newest_first = api_client.get(f"{URL}?ordering=-published").json()["results"]
    oldest_first = api_client.get(f"{URL}?ordering=published,-value").json()["results"]

    assert [f["document"]["published"] for f in newest_first] == ["2022-03-10"] * 2 + [
        "2022-03-03"
    ] * 7
    assert [(f["category"], f["value"]) for f in oldest_first] == [
        ("population", 1_500_000),
        ("refugees", 1_000_000),
        ("casualties", 2000),
        ("distance", 120),
        ("distance", 58),
        ("distance", 30),
        ("killed", 8),
        ("displaced", 4000),
        ("killed", 12),
    ]


def test_pages_with_exact_counts_and_links(api_client, documents):
    first = api_client.get(f"{URL}?ordering=value&page_size=4").json()
    second = api_client.get(first["next"]).json()
    last = api_client.get(second["next"]).json()

    assert first["count"] == second["count"] == last["count"] == 9
    assert first["next"] == "http://testserver/api/facts/?ordering=value&page=2&page_size=4"
    assert first["previous"] is None
    assert second["next"] == "http://testserver/api/facts/?ordering=value&page=3&page_size=4"
    assert second["previous"] == "http://testserver/api/facts/?ordering=value&page_size=4"
    assert last["next"] is None
    assert [(f["category"], f["value"]) for f in first["results"]] == BY_VALUE[:4]
    assert [(f["category"], f["value"]) for f in second["results"]] == BY_VALUE[4:8]
    assert [(f["category"], f["value"]) for f in last["results"]] == BY_VALUE[8:]


def test_the_page_size_has_a_ceiling(api_client, documents, settings):
    body = api_client.get(f"{URL}?page_size=100000").json()

    assert (body["count"], len(body["results"]), body["next"]) == (9, 9, None)


@pytest.mark.parametrize("page", ["4", "0", "last2", "-1"])
def test_a_page_past_the_end_is_404_json(api_client, documents, page):
    response = api_client.get(f"{URL}?page_size=4&page={page}")

    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "error": "not_found",
        "message": f"page '{page}' does not exist: pages run from 1 to 3.",
    }


@pytest.mark.parametrize(
    "query, message",
    [
        (
            "category=wounded",
            "category: Select a valid choice. wounded is not one of the available choices.",
        ),
        (
            "category=killed&category=wounded",
            "category: Select a valid choice. wounded is not one of the available choices.",
        ),
        (
            "status=done",
            "status: Select a valid choice. done is not one of the available choices.",
        ),
        (
            "qualifier=roughly",
            "qualifier: Select a valid choice. roughly is not one of the available choices.",
        ),
        ("published_after=2022-13-01", "published_after: Enter a valid date."),
        ("published_before=yesterday", "published_before: Enter a valid date."),
        ("value_min=ten", "value_min: Enter a number."),
        ("value_max=12abc", "value_max: Enter a number."),
        ("document=first", "document: Enter a number."),
        (
            "ordering=quote",
            "ordering: Select a valid choice. quote is not one of the available choices.",
        ),
    ],
)
def test_invalid_filters_are_400_with_a_message(api_client, documents, query, message):
    response = api_client.get(f"{URL}?{query}")

    assert response.status_code == 400
    body = response.json()
    assert (body["status"], body["error"], body["message"]) == (400, "invalid", message)
    assert list(body["fields"]) == [query.split("=")[0]]


# --- query counts -----------------------------------------------------------------------------

MORE_TEXTS = [
    "At least 12 people were killed in Kyiv on Tuesday, officials said.",
    "Some 300 people were evacuated from Irpin.",
    "Shelling killed 3 people in Kharkiv.",
    "A strike killed 5 people in Lviv.",
]


@pytest.fixture
def more_documents(documents, reviewer):
    """Four more documents, some facts reviewed: more rows, more users to show."""
    for text in MORE_TEXTS:
        document_ingest(text=text)
    for fact in Fact.objects.filter(category="killed"):
        fact_review(fact=fact, user=reviewer, status="approved")
    assert Fact.objects.count() > 9


@pytest.fixture
def unthrottled(monkeypatch):
    """The queries counted are the view's: the throttle's cache queries (a database table
    unless REDIS_URL is set) are left out, and tested in tests/reliability."""
    from rest_framework.views import APIView

    monkeypatch.setattr(APIView, "throttle_classes", [])


def read(response) -> int:
    """The status, once the whole body is read: an export runs its SELECT as it streams."""
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


# Each list is one COUNT and one SELECT, whatever the number of rows; an export, the check of
# the anonymous caller's export limit and one SELECT.
@pytest.mark.parametrize(
    "url, queries",
    [
        (URL, 2),
        (f"{URL}?category=killed&place=izyum&ordering=-published", 2),
        (f"{URL}?format=csv", 2),
        (f"{URL}?format=hxl", 2),
        (f"{URL}?format=geojson", 2),
        (f"{URL}aggregate/?group_by=category,place", 1),
        (f"{URL}aggregate/?group_by=category&stat=latest", 2),
        ("/api/documents/", 2),
    ],
)
def test_query_count_does_not_grow_with_rows(
    api_client, documents, request, django_assert_num_queries, url, queries, unthrottled
):
    with django_assert_num_queries(queries):
        assert read(api_client.get(url)) == 200
    request.getfixturevalue("more_documents")
    with django_assert_num_queries(queries):
        assert read(api_client.get(url)) == 200


def test_document_detail_query_count_does_not_grow_with_facts(
    api_client, documents, reviewer, user, django_assert_num_queries, unthrottled
):
    """The document, its facts, and their reviewers: three queries for one reviewed fact or
    for seven reviewed by two people."""
    seed, _ = documents
    facts = list(seed.facts.all())
    fact_review(fact=facts[0], user=reviewer, status="approved")
    with django_assert_num_queries(3):
        assert api_client.get(f"/api/documents/{seed.pk}/").status_code == 200
    for i, fact in enumerate(facts):
        fact_review(fact=fact, user=(reviewer, user)[i % 2], status="approved")
    with django_assert_num_queries(3):
        response = api_client.get(f"/api/documents/{seed.pk}/")
    assert [f["reviewed_by"] for f in response.json()["facts"]] == ["reviewer", "reader"] * 3 + [
        "reviewer"
    ]
