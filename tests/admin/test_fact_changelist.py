"""The fact list: highlighted sentences, each filter, search, bulk review, fixed query count."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from statsapp.models import Fact, ReviewEvent

from .conftest import fact

pytestmark = pytest.mark.django_db

URL = "/admin/statsapp/fact/"


def listed(client, **params) -> list[tuple]:
    response = client.get(URL, params)
    assert response.status_code == 200
    return [(f.category, f.value) for f in response.context["cl"].result_list]


def test_rows_show_the_quote_highlighted_in_its_sentence(reviewer_client, seed_document):
    html = reviewer_client.get(URL, {"category__exact": "killed"}).content.decode()
    assert (
        '<td class="field-sentence_html">Russian shelling <mark class="fact-quote">killed six '
        "adults and two children</mark> in the city of Izyum, about 120 kilometers (75 miles) "
        "southeast of Kharkiv, Ukraine’s Parliament said.</td>"
    ) in html
    assert '<td class="field-figure">8</td>' in html
    assert '<td class="field-publisher">Reuters</td>' in html


def test_markup_in_a_document_is_escaped(reviewer_client, markup_document):
    html = reviewer_client.get(URL, {"category__exact": "evacuated"}).content.decode()
    assert (
        '<mark class="fact-quote">About 4,000 people were evacuated</mark> from '
        "&lt;b&gt;Sukkur&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;."
    ) in html
    assert "<script>alert(1)</script>" not in html


def test_bounds_are_shown_with_the_value(reviewer_client, seed_document):
    html = reviewer_client.get(URL, {"category__exact": "casualties"}).content.decode()
    assert '<td class="field-figure">2,000 (2,000–9,999)</td>' in html
    html = reviewer_client.get(URL, {"category__exact": "refugees"}).content.decode()
    assert '<td class="field-figure">1,000,000 (1,000,000–…)</td>' in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category__exact": "distance"}, [("distance", 30), ("distance", 58), ("distance", 120)]),
        ({"qualifier__exact": "vague"}, [("casualties", 2000)]),
        ({"document__publisher": "AP"}, [("killed", 12), ("displaced", 4000)]),
        (
            {"place_country": "UA"},
            [
                ("refugees", 1_000_000),
                ("population", 1_500_000),
                ("killed", 8),
                ("distance", 120),
                ("killed", 12),
                ("displaced", 4000),
            ],
        ),
        (
            {
                "document__published__year": "2022",
                "document__published__month": "3",
                "document__published__day": "10",
            },
            [("killed", 12), ("displaced", 4000)],
        ),
        (
            {"document__published__year": "2022", "category__exact": "killed"},
            [("killed", 8), ("killed", 12)],
        ),
        (
            {"q": "Izyum"},
            [("killed", 8), ("distance", 120), ("killed", 12), ("displaced", 4000)],
        ),  # sentence, place and document title
        (
            {"q": '"million people"'},
            [("casualties", 2000), ("refugees", 1_000_000), ("population", 1_500_000)],
        ),  # a phrase
        ({"q": "Mariupol"}, [("displaced", 4000)]),  # sentence and place
        ({"q": '"Izyum update"'}, [("killed", 12), ("displaced", 4000)]),  # document title
    ],
)
def test_filters_and_search(reviewer_client, seed_document, second_document, params, expected):
    assert sorted(listed(reviewer_client, **params)) == sorted(expected)


def test_status_filter(reviewer_client, seed_document):
    Fact.objects.filter(category="distance").update(status="rejected")
    assert sorted(listed(reviewer_client, status__exact="rejected")) == [
        ("distance", 30), ("distance", 58), ("distance", 120),
    ]  # fmt: skip
    assert len(listed(reviewer_client, status__exact="pending")) == 4


def _bulk(client, action: str, facts: list[Fact]):
    return client.post(
        URL, {"action": action, "_selected_action": [f.pk for f in facts]}, follow=True
    )


def test_bulk_approve_reject_and_back_to_pending(reviewer_client, reviewer, seed_document):
    killed, population = fact(seed_document, "killed"), fact(seed_document, "population")
    response = _bulk(reviewer_client, "approve", [killed, population])
    assert [str(m) for m in response.context["messages"]] == ["2 fact(s) set to approved."]
    killed.refresh_from_db()
    assert (killed.status, killed.reviewed_by) == ("approved", reviewer)
    assert killed.reviewed_at is not None

    response = _bulk(reviewer_client, "reject", [killed])
    assert [str(m) for m in response.context["messages"]] == ["1 fact(s) set to rejected."]
    response = _bulk(reviewer_client, "back_to_pending", [killed, population])
    assert [str(m) for m in response.context["messages"]] == ["2 fact(s) set to pending."]

    history = [(e.status, e.via, e.changes) for e in ReviewEvent.objects.filter(fact=killed)]
    assert history == [
        ("approved", "admin bulk", {"status": ["pending", "approved"]}),
        ("rejected", "admin bulk", {"status": ["approved", "rejected"]}),
        ("pending", "admin bulk", {"status": ["rejected", "pending"]}),
    ]


def test_approving_an_approved_fact_changes_nothing(reviewer_client, seed_document):
    killed = fact(seed_document, "killed")
    _bulk(reviewer_client, "approve", [killed])
    response = _bulk(reviewer_client, "approve", [killed])
    assert [str(m) for m in response.context["messages"]] == ["0 fact(s) set to approved."]
    assert ReviewEvent.objects.filter(fact=killed).count() == 1


def test_the_list_takes_the_same_number_of_queries_for_more_rows(
    reviewer_client, seed_document, second_document
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert reviewer_client.get(URL).status_code == 200
        return len(captured)

    before = queries()
    for n in range(5):
        Fact.objects.bulk_create(
            [Fact(document=seed_document, category="killed", value=n, value_low=n,
                  value_high=n, qualifier="exact", unit="people", original_unit="people",
                  quote="x", start=9000 + n, end=9001 + n, sentence="x", sentence_start=0)]
        )  # fmt: skip
    assert queries() == before
