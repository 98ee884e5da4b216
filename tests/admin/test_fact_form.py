"""The fact form: the machine's values read-only beside the corrected ones, review recorded."""

from __future__ import annotations

import pytest

from statsapp.models import ReviewEvent

from .conftest import fact

pytestmark = pytest.mark.django_db


def change_url(f) -> str:
    return f"/admin/statsapp/fact/{f.pk}/change/"


def form_data(f, **changes) -> dict:
    data = {
        "category": f.category, "value": f.value, "value_low": f.value_low or "",
        "value_high": f.value_high or "", "qualifier": f.qualifier, "place_name": f.place_name,
        "status": f.status, "note": f.note,
        "reviews-TOTAL_FORMS": 0, "reviews-INITIAL_FORMS": 0,
        "reviews-MIN_NUM_FORMS": 0, "reviews-MAX_NUM_FORMS": 1000,
    }  # fmt: skip
    data.update(changes)
    return data


def test_the_form_shows_what_the_machine_said(reviewer_client, seed_document):
    casualties = fact(seed_document, "casualties")
    html = reviewer_client.get(change_url(casualties)).content.decode()
    assert '<table class="machine-said">' in html
    assert "<tr><th>category</th><td>casualties</td></tr>" in html
    assert "<tr><th>value_high</th><td>9999.0</td></tr>" in html
    assert "<tr><th>place_name</th><td>—</td></tr>" in html
    assert (
        '<mark class="fact-quote">thousands are reported to have died or been injured</mark>'
        in html
    )
    assert 'name="value"' in html and 'name="original"' not in html


def test_a_correction_keeps_the_original_and_records_who_and_when(
    reviewer_client, reviewer, seed_document
):
    casualties = fact(seed_document, "casualties")
    response = reviewer_client.post(
        change_url(casualties),
        form_data(casualties, value=3000, value_low=3000, place_name="Kiev",
                  status="approved", note="toll from the ministry"),
    )  # fmt: skip
    assert response.status_code == 302
    casualties.refresh_from_db()
    assert (casualties.value, casualties.value_low, casualties.value_high) == (3000, 3000, 9999)
    assert (casualties.place_name, casualties.place_country) == ("Kyiv", "UA")
    assert (casualties.status, casualties.note) == ("approved", "toll from the ministry")
    assert casualties.reviewed_by == reviewer and casualties.reviewed_at is not None
    assert casualties.original == {
        "category": "casualties", "value": 2000.0, "value_low": 2000.0, "value_high": 9999.0,
        "qualifier": "vague", "place_name": "",
    }  # fmt: skip
    event = ReviewEvent.objects.get(fact=casualties)
    assert (event.user, event.via, event.status) == (reviewer, "admin", "approved")
    assert event.changes == {
        "value": [2000.0, 3000.0], "value_low": [2000.0, 3000.0], "place_name": ["", "Kyiv"],
        "status": ["pending", "approved"], "note": ["", "toll from the ministry"],
    }  # fmt: skip


def test_bounds_that_contradict_the_value_are_refused(reviewer_client, seed_document):
    killed = fact(seed_document, "killed")
    response = reviewer_client.post(change_url(killed), form_data(killed, value_low=20))
    assert response.status_code == 200
    assert "The low bound cannot be above the value." in response.content.decode()
    killed.refresh_from_db()
    assert (killed.value_low, killed.reviewed_at) == (8, None)
    assert not ReviewEvent.objects.exists()
