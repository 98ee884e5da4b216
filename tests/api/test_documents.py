"""/api/documents/: ingest a text, list and show documents, extract them again."""

from __future__ import annotations

import pytest

from statsapp import services
from statsapp.models import Document, Fact

from ..conftest import SECOND_FACTS, SECOND_TEXT
from .conftest import SEED_FACTS, fact_rows, stored_rows

pytestmark = pytest.mark.django_db

URL = "/api/documents/"


def post_json(client, data, url=URL):
    return client.post(url, data, format="json")


# --- POST /api/documents/ -------------------------------------------------------------------


def test_post_stores_the_document_and_answers_with_its_facts(ingester_client, seed_text):
    response = post_json(ingester_client, {"text": seed_text, "title": "Seed"})

    assert response.status_code == 201
    body = response.json()
    document = Document.objects.get()
    assert body["id"] == document.pk
    assert body["title"] == "Seed"
    assert body["publisher"] == "Reuters"
    assert body["published"] == "2022-03-03"
    assert body["url"] == ""
    assert body["text"] == seed_text
    assert body["content_hash"] == services.content_hash(seed_text)
    assert body["facts_count"] == 7
    assert fact_rows(body["facts"]) == SEED_FACTS
    assert [f["status"] for f in body["facts"]] == ["pending"] * 7
    assert "document" not in body["facts"][0]
    assert stored_rows() == (1, 7)


def test_post_of_the_same_text_answers_200_with_the_stored_document(ingester_client, seed_text):
    first = post_json(ingester_client, {"text": seed_text})
    again = post_json(ingester_client, {"text": seed_text, "title": "another title"})

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["title"] == ""
    assert [f["id"] for f in again.json()["facts"]] == [f["id"] for f in first.json()["facts"]]
    assert stored_rows() == (1, 7)


def test_post_takes_the_callers_metadata(ingester_client):
    response = post_json(
        ingester_client,
        {
            "text": SECOND_TEXT,
            "title": "Izyum update",
            "publisher": "AP",
            "url": "https://example.org/izyum",
            "published": "2022-03-10",
        },
    )

    assert response.status_code == 201
    body = response.json()
    assert (body["title"], body["publisher"], body["url"], body["published"]) == (
        "Izyum update",
        "AP",
        "https://example.org/izyum",
        "2022-03-10",
    )
    assert fact_rows(body["facts"]) == SECOND_FACTS


def test_anonymous_post_is_401(api_client, seed_text):
    response = post_json(api_client, {"text": seed_text})

    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "error": "not_authenticated",
        "message": "Authentication credentials were not provided.",
    }
    assert response["WWW-Authenticate"] == "Token"
    assert stored_rows() == (0, 0)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_400(ingester_client, text):
    response = post_json(ingester_client, {"text": text})

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert body["message"].startswith("text: ")
    assert list(body["fields"]) == ["text"]
    assert stored_rows() == (0, 0)


def test_missing_text_is_400(ingester_client):
    response = post_json(ingester_client, {"title": "no text"})

    assert response.status_code == 400
    assert response.json()["message"] == "text: This field is required."
    assert stored_rows() == (0, 0)


def test_text_over_the_limit_is_413(ingester_client, settings):
    settings.API_MAX_TEXT_BYTES = 100

    response = post_json(ingester_client, {"text": "Shelling killed 12 people in Izyum. " * 3})

    assert response.status_code == 413
    assert response.json() == {
        "status": 413,
        "error": "too_large",
        "message": "The text is 108 bytes; the limit is 100 bytes.",
    }
    assert stored_rows() == (0, 0)


def test_text_at_the_limit_is_stored(ingester_client, settings):
    settings.API_MAX_TEXT_BYTES = 100
    text = "Shelling killed 12 people in Izyum."

    response = post_json(ingester_client, {"text": text.ljust(100, ".")})

    assert response.status_code == 201


def test_invalid_json_is_400(ingester_client):
    response = ingester_client.post(URL, '{"text": "killed 12",', content_type="application/json")

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert body["error"] == "parse_error"
    assert body["message"].startswith("JSON parse error")
    assert stored_rows() == (0, 0)


@pytest.mark.parametrize(
    "content_type, body",
    [
        ("application/x-www-form-urlencoded", "text=Shelling+killed+12+people+in+Izyum."),
        ("text/plain", "Shelling killed 12 people in Izyum."),
    ],
)
def test_other_content_types_are_415(ingester_client, content_type, body):
    response = ingester_client.post(URL, body, content_type=content_type)

    assert response.status_code == 415
    assert response.json() == {
        "status": 415,
        "error": "unsupported_media_type",
        "message": f'Unsupported media type "{content_type}" in request.',
    }
    assert stored_rows() == (0, 0)


def test_multipart_form_is_415(ingester_client):
    response = ingester_client.post(URL, {"text": "Shelling killed 12 people in Izyum."})

    assert response.status_code == 415
    assert stored_rows() == (0, 0)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"text": 12345}, "text"),
        ({"text": 12.5}, "text"),
        ({"text": True}, "text"),
        ({"text": ["Shelling killed 12 people."]}, "text"),
        ({"text": {"body": "Shelling killed 12 people."}}, "text"),
        ({"text": "Shelling killed 12 people.", "published": "yesterday"}, "published"),
        ({"text": "Shelling killed 12 people.", "url": "not a url"}, "url"),
        ({"text": "Shelling killed 12 people.", "title": ["a", "b"]}, "title"),
        ({"text": "Shelling killed 12\x00 people."}, "text"),
    ],
)
def test_wrong_types_are_400_and_store_nothing(ingester_client, data, field):
    response = post_json(ingester_client, data)

    assert response.status_code == 400
    body = response.json()
    assert list(body["fields"]) == [field]
    assert body["message"].startswith(f"{field}: ")
    assert stored_rows() == (0, 0)


def test_a_json_array_body_is_400(ingester_client):
    response = post_json(ingester_client, ["Shelling killed 12 people."])

    assert response.status_code == 400
    assert response.json()["message"] == ("Invalid data. Expected a dictionary, but got list.")
    assert stored_rows() == (0, 0)


def test_errors_leave_earlier_documents_alone(ingester_client, seed_document):
    before = stored_rows()

    assert post_json(ingester_client, {"text": ""}).status_code == 400
    assert post_json(ingester_client, {"text": 5}).status_code == 400

    assert stored_rows() == before == (1, 7)


# --- GET /api/documents/ ----------------------------------------------------------------------


def test_list_shows_documents_newest_first_with_their_fact_counts(
    api_client, seed_document, second_document
):
    response = api_client.get(URL)

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert body["next"] is None
    assert body["previous"] is None
    assert [
        (d["id"], d["title"], d["publisher"], d["published"], d["facts_count"])
        for d in body["results"]
    ] == [
        (second_document.pk, "Izyum update", "AP", "2022-03-10", 2),
        (seed_document.pk, "", "Reuters", "2022-03-03", 7),
    ]
    assert "text" not in body["results"][0]
    assert "facts" not in body["results"][0]


def test_detail_shows_the_text_and_facts(api_client, seed_document, seed_text):
    response = api_client.get(f"{URL}{seed_document.pk}/")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == seed_document.pk
    assert body["text"] == seed_text
    assert body["facts_count"] == 7
    assert fact_rows(body["facts"]) == SEED_FACTS
    killed = body["facts"][5]
    assert killed["quote"] == "killed six adults and two children"
    assert killed["reported_by"] == "Ukraine’s Parliament"
    assert killed["parts"] == [6, 2]
    assert seed_text[killed["start"] : killed["end"]] == killed["quote"]
    assert killed["place"] == {
        "name": "Izyum",
        "geonameid": 707292,
        "country": "UA",
        "latitude": 49.20697,
        "longitude": 37.27679,
        "level": "city",
        "admin1": "Kharkiv",
        "precision": 1,
    }
    assert killed["place_reason"] == "sentence"


def test_unknown_document_is_404_json(api_client, seed_document):
    response = api_client.get(f"{URL}{seed_document.pk + 1000}/")

    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "error": "not_found",
        "message": "No Document matches the given query.",
    }


@pytest.mark.parametrize("client_name", ["user_client", "reviewer_client"])
@pytest.mark.parametrize("method", ["delete", "put"])
def test_documents_cannot_be_deleted_or_replaced(request, seed_document, client_name, method):
    client = request.getfixturevalue(client_name)

    response = getattr(client, method)(f"{URL}{seed_document.pk}/", {"text": "x"}, format="json")

    assert response.status_code == 405
    assert response.json()["status"] == 405
    assert response.json()["message"] == f'Method "{method.upper()}" not allowed.'
    assert stored_rows() == (1, 7)


def test_anonymous_delete_is_401(api_client, seed_document):
    assert api_client.delete(f"{URL}{seed_document.pk}/").status_code == 401
    assert stored_rows() == (1, 7)


# --- POST /api/documents/{id}/extract/ --------------------------------------------------------


@pytest.fixture
def changed_extractor(monkeypatch):
    """The real extractor, except that it no longer sees the population and reads the refugees
    as two million: what a newer extractor version might say."""
    real = services.extract_facts

    def extract_facts(text, published=None):
        facts = [f for f in real(text, published=published) if f.category != "population"]
        return [
            f.__class__(**{**vars(f), "value": 2_000_000.0, "value_low": 2_000_000.0})
            if f.category == "refugees"
            else f
            for f in facts
        ]

    monkeypatch.setattr(services, "extract_facts", extract_facts)


def review(client, fact: Fact, **changes) -> None:
    response = client.patch(f"/api/facts/{fact.pk}/", changes, format="json")
    assert response.status_code == 200, response.json()


def test_extract_keeps_reviewed_facts_and_replaces_the_rest(
    reviewer_client, seed_document, seed_fact, changed_extractor
):
    approved = seed_fact("casualties")
    corrected = seed_fact("distance", 58)
    rejected = seed_fact("killed")
    reviewed = {approved.pk, corrected.pk, rejected.pk}
    unreviewed = set(seed_document.facts.values_list("pk", flat=True)) - reviewed
    review(reviewer_client, approved, status="approved")
    review(reviewer_client, corrected, value=60, value_low=60, value_high=60)
    review(reviewer_client, rejected, status="rejected")

    response = reviewer_client.post(f"{URL}{seed_document.pk}/extract/")

    assert response.status_code == 200
    body = response.json()
    assert [(*fact_rows([f])[0], f["status"]) for f in body["facts"]] == [
        ("casualties", 2000, 2000, 9999, "vague", None, "approved"),
        ("refugees", 2_000_000, 2_000_000, None, "at_least", "Ukraine", "pending"),
        ("distance", 30, 30, None, "at_least", None, "pending"),
        ("distance", 60, 60, 60, "exact", "Borodyanka", "pending"),
        ("killed", 8, 8, 8, "exact", "Izyum", "rejected"),
        ("distance", 120, None, None, "approximate", "Kharkiv", "pending"),
    ]
    assert body["facts_count"] == 6
    ids = [f["id"] for f in body["facts"]]
    assert [ids[0], ids[3], ids[4]] == [approved.pk, corrected.pk, rejected.pk]
    assert not unreviewed & set(ids)
    assert body["facts"][3]["original"]["value"] == 58
    assert Fact.objects.filter(document=seed_document).count() == 6


def test_extract_again_with_the_same_extractor_duplicates_nothing(
    reviewer_client, seed_document, seed_fact
):
    approved = seed_fact("killed")
    review(reviewer_client, approved, status="approved")

    first = reviewer_client.post(f"{URL}{seed_document.pk}/extract/")
    second = reviewer_client.post(f"{URL}{seed_document.pk}/extract/")

    assert (first.status_code, second.status_code) == (200, 200)
    assert fact_rows(second.json()["facts"]) == SEED_FACTS
    assert second.json()["facts"][5]["id"] == approved.pk
    assert second.json()["facts"][5]["status"] == "approved"
    assert stored_rows() == (1, 7)


def test_extract_by_anonymous_is_401(api_client, seed_document):
    ids = sorted(seed_document.facts.values_list("pk", flat=True))

    response = api_client.post(f"{URL}{seed_document.pk}/extract/")

    assert response.status_code == 401
    assert sorted(Fact.objects.values_list("pk", flat=True)) == ids


def test_extract_by_a_user_who_is_not_a_reviewer_is_403(user_client, seed_document):
    response = user_client.post(f"{URL}{seed_document.pk}/extract/")
    assert response.status_code == 403
    assert response.json()["message"] == (
        "Only reviewers (permission statsapp.change_fact) may change facts."
    )


def test_extract_of_an_unknown_document_is_404(reviewer_client):
    response = reviewer_client.post(f"{URL}999/extract/")

    assert response.status_code == 404
    assert response.json()["status"] == 404
