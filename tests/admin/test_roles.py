"""What each role may do: reviewers review and ingest but never delete; ingesters ingest and
read; analysts only read."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from statsapp.models import Fact

from .conftest import fact

pytestmark = pytest.mark.django_db


def test_the_groups_hold_exactly_their_permissions(db):
    def codenames(name):
        return sorted(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    assert codenames("reviewer") == [
        "add_document", "change_fact", "view_document", "view_fact", "view_reviewevent",
    ]  # fmt: skip
    assert codenames("ingester") == [
        "add_document", "view_document", "view_fact", "view_reviewevent",
    ]  # fmt: skip
    assert codenames("analyst") == ["view_document", "view_fact", "view_reviewevent"]


def _actions(client) -> list[str]:
    response = client.get("/admin/statsapp/fact/")
    form = response.context["action_form"]
    if form is None:
        return []  # the admin offers no actions at all
    return [value for value, _ in form.fields["action"].choices if value]


def test_reviewers_review_but_cannot_delete(reviewer_client, seed_document):
    assert _actions(reviewer_client) == ["approve", "reject", "back_to_pending"]
    killed = fact(seed_document, "killed")
    assert reviewer_client.get(f"/admin/statsapp/fact/{killed.pk}/delete/").status_code == 403
    doc_delete = f"/admin/statsapp/document/{seed_document.pk}/delete/"
    assert reviewer_client.get(doc_delete).status_code == 403
    assert reviewer_client.get("/admin/statsapp/document/ingest/").status_code == 200


def test_analysts_only_read(analyst_client, seed_document):
    assert _actions(analyst_client) == []
    killed = fact(seed_document, "killed")
    page = analyst_client.get(f"/admin/statsapp/fact/{killed.pk}/change/")
    assert page.status_code == 200 and 'name="value"' not in page.content.decode()
    refused = analyst_client.post(
        "/admin/statsapp/fact/", {"action": "approve", "_selected_action": [killed.pk]}
    )
    assert refused.status_code == 200  # the admin answers an unknown action with its list
    assert Fact.objects.get(pk=killed.pk).status == "pending"
    assert analyst_client.get("/admin/statsapp/document/ingest/").status_code == 403
    assert (
        analyst_client.post(f"/admin/statsapp/document/{seed_document.pk}/extract/").status_code
        == 403
    )
    document_page = analyst_client.get(f"/admin/statsapp/document/{seed_document.pk}/change/")
    assert "Extract again" not in document_page.content.decode()
    assert analyst_client.get("/admin/statsapp/fact/dashboard/").status_code == 200


def test_people_who_are_not_staff_are_sent_to_the_login(client, seed_document):
    response = client.get("/admin/statsapp/fact/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/statsapp/fact/"
