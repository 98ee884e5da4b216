"""The dashboard: totals per category and a chart of facts over time, with nothing remote."""

from __future__ import annotations

import re

import pytest

from statsapp.models import Fact

pytestmark = pytest.mark.django_db

URL = "/admin/statsapp/fact/dashboard/"


def test_totals_per_category(analyst_client, seed_document, second_document):
    Fact.objects.filter(category="killed").update(status="approved")
    Fact.objects.filter(category="distance", value=58).update(status="rejected")
    totals = analyst_client.get(URL).context["totals"]
    assert [
        (t["category"], t["facts"], t["pending"], t["approved"], t["rejected"], t["approved_sum"])
        for t in totals
    ] == [
        ("killed", 2, 0, 2, 0, 20.0),
        ("casualties", 1, 1, 0, 0, None),
        ("displaced", 1, 1, 0, 0, None),
        ("refugees", 1, 1, 0, 0, None),
        ("population", 1, 1, 0, 0, None),
        ("distance", 3, 2, 0, 1, None),
    ]


def test_the_chart_is_inline_svg_of_facts_per_month(analyst_client, seed_document, second_document):
    html = analyst_client.get(URL).content.decode()
    chart = html[html.index('<figure class="facts-over-time">') :]
    chart = chart[: chart.index("</figure>")]
    assert "<svg" in chart
    assert not re.search(r"<script[^>]*\bsrc=", chart)  # no script is loaded from anywhere
    assert not re.search(r"""(?:src|href)=["']https?://""", chart)
    for label in ("2022-03", "killed", "distance", "displaced"):
        assert label in chart


def test_an_empty_database_says_so(analyst_client):
    html = analyst_client.get(URL).content.decode()
    assert "No facts yet: ingest a text first." in html
    assert "No fact comes from a dated document yet." in html
