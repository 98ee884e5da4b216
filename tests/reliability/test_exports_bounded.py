"""Exports stream with bounded memory, and an anonymous caller may export only so much at once.

An anonymous ?format=csv of 44,147 facts was built whole in memory: 16.8 MB, and the worker
grew from 159 MB to 568 MB and stayed there.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from statsapp import queries
from statsapp.api import exports, renderers
from statsapp.api.renderers import CSVRenderer, GeoJSONRenderer, HXLRenderer
from statsapp.api.serializers import FactSerializer
from statsapp.models import Fact
from statsapp.services import fact_review

pytestmark = pytest.mark.django_db

URL = "/api/facts/"
FORMATS = ["csv", "hxl", "geojson"]
RENDERERS = {"csv": CSVRenderer, "hxl": HXLRenderer, "geojson": GeoJSONRenderer}
# distance x3 and killed in the seed, killed and displaced in the second report
SIX_FACTS = f"{URL}?category=distance&category=killed&category=displaced&format="


@pytest.fixture
def facts(seed_document, second_document, reviewer):
    """Nine facts, five with coordinates; one reviewed, one with a formula for a source."""
    killed = Fact.objects.get(document=seed_document, category="killed")
    fact_review(fact=killed, user=reviewer, status="approved", note="Checked; “8” is right.")
    population = Fact.objects.get(category="population")
    population.reported_by = '=HYPERLINK("http://evil.example")'
    population.save()
    assert Fact.objects.count() == 9


@pytest.fixture
def small_chunks(monkeypatch):
    """Two rows per database fetch and per chunk written: the stream crosses chunk bounds."""
    monkeypatch.setattr(exports, "CHUNK_SIZE", 2)
    monkeypatch.setattr(renderers, "ROWS_PER_CHUNK", 2)


def body(response) -> bytes:
    assert response.streaming
    return b"".join(response.streaming_content)


def rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response).decode("utf-8"))))


def refusal(limit: int, who: str, remedy: str) -> dict:
    return {
        "status": 403,
        "error": "export_too_large",
        "message": f"This export holds more than {limit} facts, the most {who} may export at "
        f"once: narrow the filters (category, country, place, published_after, ...){remedy}",
    }


@pytest.mark.parametrize("export", FORMATS)
def test_every_export_is_streamed(api_client, user_client, facts, export):
    for client in (api_client, user_client):
        response = client.get(URL, {"format": export})

        assert response.status_code == 200
        assert response.streaming


def test_nothing_is_read_before_the_body_is(api_client, facts):
    with CaptureQueriesContext(connection) as captured:
        response = api_client.get(URL, {"format": "csv"})
        answered = len(captured)
        chunks = iter(response.streaming_content)
        next(chunks)
        started = len(captured)
        list(chunks)

    assert started == answered + 1  # the one SELECT, run as the stream starts
    assert len(captured) == started  # and read from as it goes, not run again


def test_records_are_the_facts_as_the_serializer_shows_them(facts, small_chunks):
    listed = queries.facts_for_api()
    expected = [dict(FactSerializer(fact).data) for fact in listed]

    records = list(exports.fact_records(listed, GeoJSONRenderer.fields))

    assert records == expected
    assert [list(r) for r in records] == [list(e) for e in expected]  # the keys' order too
    assert json.dumps(records, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


def rendered_whole(export: str, facts) -> bytes:
    """The former export: every fact through FactSerializer, rendered as one body."""
    return RENDERERS[export]().render(FactSerializer(facts, many=True).data)


@pytest.mark.parametrize("export", FORMATS)
def test_a_streamed_export_is_byte_for_byte_the_whole_rendering(
    user_client, facts, small_chunks, export
):
    streamed = body(user_client.get(URL, {"format": export}))

    assert streamed == rendered_whole(export, queries.facts_for_api())


@pytest.mark.parametrize("export", FORMATS)
def test_a_streamed_export_is_filtered_and_ordered_as_asked(
    user_client, facts, small_chunks, export
):
    query = "category=killed&category=distance&category=population&ordering=-value"
    expected = queries.facts_for_api().filter(category__in=["killed", "distance", "population"])

    streamed = body(user_client.get(f"{URL}?format={export}&{query}"))

    assert streamed == rendered_whole(export, expected.order_by("-value", "id"))


def test_a_streamed_csv_holds_exactly_the_filtered_rows(api_client, facts, small_chunks):
    seed_killed, second_killed = Fact.objects.filter(category="killed").order_by("document")

    table = rows(api_client.get(URL, {"format": "csv", "category": "killed"}))

    assert [r[:3] + r[7:8] + r[11:18] for r in table] == [
        ["id", "category", "value", "place", "place_level", "admin1", "place_precision",
         "place_reason", "reported_by", "status", "published"],
        [str(seed_killed.pk), "killed", "8.0", "Izyum", "city", "Kharkiv", "1", "sentence",
         "Ukraine’s Parliament", "approved", "2022-03-03"],
        [str(second_killed.pk), "killed", "12.0", "Izyum", "city", "Kharkiv", "1", "sentence",
         "", "pending", "2022-03-10"],
    ]  # fmt: skip
    population = rows(api_client.get(URL, {"format": "csv", "category": "population"}))
    assert population[1][15] == '\'=HYPERLINK("http://evil.example")'


def test_an_anonymous_export_over_the_limit_is_refused_exactly(api_client, facts, settings):
    settings.API_ANON_EXPORT_MAX_ROWS = 6
    allowed = api_client.get(SIX_FACTS + "csv")
    settings.API_ANON_EXPORT_MAX_ROWS = 5
    refused = api_client.get(SIX_FACTS + "csv")

    assert allowed.status_code == 200
    assert len(rows(allowed)) == 1 + 6
    assert refused.status_code == 403
    assert refused["Content-Type"] == "application/json"
    assert not refused.has_header("Content-Disposition")
    assert refused.json() == refusal(5, "an anonymous caller", ", or sign in.")


def test_the_limit_holds_for_hxl(api_client, facts, settings):
    settings.API_ANON_EXPORT_MAX_ROWS = 5

    response = api_client.get(SIX_FACTS + "hxl")

    assert response.status_code == 403
    assert response.json() == refusal(5, "an anonymous caller", ", or sign in.")


def test_geojson_counts_only_the_facts_it_can_show(api_client, facts, settings):
    """Nine facts, five with coordinates (Kharkiv's population and distance, Izyum's two
    killed, Mariupol's displaced): five features are within a limit of five."""
    settings.API_ANON_EXPORT_MAX_ROWS = 5

    assert api_client.get(URL, {"format": "csv"}).status_code == 403
    response = api_client.get(URL, {"format": "geojson"})
    settings.API_ANON_EXPORT_MAX_ROWS = 4
    refused = api_client.get(URL, {"format": "geojson"})

    assert response.status_code == 200
    assert len(json.loads(body(response))["features"]) == 5
    assert refused.status_code == 403
    assert refused.json() == refusal(4, "an anonymous caller", ", or sign in.")


def test_a_signed_in_user_gets_every_fact(api_client, user_client, facts, settings):
    settings.API_ANON_EXPORT_MAX_ROWS = 1

    assert api_client.get(URL, {"format": "csv"}).status_code == 403
    assert len(rows(user_client.get(URL, {"format": "csv"}))) == 1 + 9
    assert len(rows(user_client.get(URL, {"format": "hxl"}))) == 2 + 9


def test_signed_in_users_may_have_a_limit_too(user_client, facts, settings):
    settings.API_USER_EXPORT_MAX_ROWS = 9
    assert len(rows(user_client.get(URL, {"format": "csv"}))) == 1 + 9
    settings.API_USER_EXPORT_MAX_ROWS = 8

    refused = user_client.get(URL, {"format": "csv"})

    assert refused.status_code == 403
    assert refused.json() == refusal(8, "you", ".")


def test_a_limit_of_zero_is_no_limit(api_client, facts, settings):
    settings.API_ANON_EXPORT_MAX_ROWS = 0

    assert len(rows(api_client.get(URL, {"format": "csv"}))) == 1 + 9
