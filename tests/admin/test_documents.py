"""Documents in the admin: their text and facts, extract again, and ingest by paste or upload."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from statsapp.models import Document

from .conftest import fact

pytestmark = pytest.mark.django_db

INGEST = "/admin/statsapp/document/ingest/"


def test_the_document_page_shows_its_text_escaped_and_its_facts(reviewer_client, markup_document):
    response = reviewer_client.get(f"/admin/statsapp/document/{markup_document.pk}/change/")
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    inline = response.context["inline_admin_formsets"][0].formset.queryset
    assert [(f.category, f.value) for f in inline] == [("killed", 40), ("evacuated", 4000)]
    assert "Extract again" in html


def test_extract_again_from_the_document_page(reviewer_client, seed_document):
    killed = fact(seed_document, "killed")
    reviewer_client.post("/admin/statsapp/fact/", {"action": "approve",
                                                   "_selected_action": [killed.pk]})  # fmt: skip
    response = reviewer_client.post(
        f"/admin/statsapp/document/{seed_document.pk}/extract/", follow=True
    )
    assert [str(m) for m in response.context["messages"]][-1] == (
        "Extracted 1 document(s) again: 1 reviewed fact(s) kept, 6 unreviewed replaced by 6."
    )
    assert fact(seed_document, "killed").pk == killed.pk
    assert seed_document.facts.count() == 7


def test_extract_again_needs_a_post(reviewer_client, seed_document):
    response = reviewer_client.get(f"/admin/statsapp/document/{seed_document.pk}/extract/")
    assert response.status_code == 405


def test_ingest_pasted_text(reviewer_client):
    response = reviewer_client.post(
        INGEST, {"text": "At least 12 people were killed in Kyiv.", "publisher": "AFP",
                 "published": "2024-05-01", "title": "Kyiv strike"}, follow=True,
    )  # fmt: skip
    document = Document.objects.get()
    assert response.redirect_chain[-1][0] == f"/admin/statsapp/document/{document.pk}/change/"
    assert [str(m) for m in response.context["messages"]] == ["Stored with 1 fact(s)."]
    assert (document.title, document.publisher, str(document.published)) == (
        "Kyiv strike", "AFP", "2024-05-01",
    )  # fmt: skip
    assert [(f.category, f.value, f.place_name) for f in document.facts.all()] == [
        ("killed", 12, "Kyiv")
    ]


def test_ingest_an_uploaded_file_and_the_same_text_again(reviewer_client):
    upload = SimpleUploadedFile("floods.txt", b"Floods killed 40 people in Pakistan.")
    reviewer_client.post(INGEST, {"upload": upload})
    document = Document.objects.get()
    assert document.title == "floods"
    again = SimpleUploadedFile("floods.txt", b"Floods killed 40 people in Pakistan.")
    response = reviewer_client.post(INGEST, {"upload": again}, follow=True)
    assert [str(m) for m in response.context["messages"]][-1] == "This text was already stored."
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"text": "   "}, "the text is empty"),
        ({"upload": ("a.txt", b"\xff\xfe bad")}, "The file is not UTF-8 text (byte at offset 0)."),
        ({"upload": ("a.pdf", b"%PDF")}, "Upload a .txt file."),
        ({"upload": ("a.txt", b"x"), "text": "y"}, "Paste a text or upload a file, not both."),
    ],
)
def test_ingest_refuses_bad_input_and_stores_nothing(reviewer_client, data, error):
    if "upload" in data:
        name, content = data["upload"]
        data = {**data, "upload": SimpleUploadedFile(name, content)}
    response = reviewer_client.post(INGEST, data)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [error]
    assert not Document.objects.exists()
