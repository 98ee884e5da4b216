"""An untitled document's name is the start of its text, cut at 80 characters, wherever the
admin shows it: three 990 KB one-word documents once made a 4 MB document list."""

from __future__ import annotations

import re

import pytest

from statsapp.models import Document, Fact
from statsapp.services import content_hash

pytestmark = pytest.mark.django_db

SIZE = 990 * 1024


def one_word(letter: str) -> Document:
    text = "Casualties" + letter * (SIZE - 10)
    return Document.objects.create(text=text, content_hash=content_hash(text))


def name_of(document: Document) -> str:
    return document.text[:80] + "…"


@pytest.fixture
def documents() -> list[Document]:
    return [one_word(letter) for letter in "xyz"]


def test_the_name_is_the_first_80_characters_and_an_ellipsis():
    text = "Casualties" + "x" * 200

    assert str(Document(text=text)) == text[:80] + "…"
    assert str(Document(text="a " * 3 + text)) == ("a a a " + text)[:80] + "…"
    assert str(Document(text="word " * 9)) == "word word word word word word word word…"
    assert str(Document(text="x" * 80)) == "x" * 80
    assert str(Document(title="T" * 500, text="x" * 200)) == "T" * 500  # a title is kept whole


def test_the_document_list_is_small(admin_client, documents):
    response = admin_client.get("/admin/statsapp/document/")

    assert response.status_code == 200
    page = response.content.decode()
    assert len(response.content) < 200 * 1024
    links = re.findall(r'<th class="field-__str__"><a href="[^"]+">([^<]*)</a>', page)
    assert links == [name_of(d) for d in reversed(documents)]  # newest first
    assert documents[0].text[:81] not in page


def test_the_breadcrumbs_and_the_page_title_show_the_cut_name(admin_client, documents):
    document = documents[0]

    page = admin_client.get(f"/admin/statsapp/document/{document.pk}/change/").content.decode()

    breadcrumbs = page[page.index('<div class="breadcrumbs">') :]
    breadcrumbs = breadcrumbs[: breadcrumbs.index("</div>")]
    assert breadcrumbs.rstrip().endswith(name_of(document))
    title = page[page.index("<title>") : page.index("</title>")]
    assert title == f"<title>{name_of(document)} | Change document | Django site admin"


def test_a_facts_page_links_its_document_by_the_cut_name(admin_client, documents):
    document = documents[0]
    fact = Fact.objects.create(
        document=document, category="killed", value=1, qualifier="exact", unit="people",
        original_unit="people", quote="Casualties", start=0, end=10,
        sentence="Casualties", sentence_start=0,
    )  # fmt: skip

    response = admin_client.get(f"/admin/statsapp/fact/{fact.pk}/change/")

    assert response.status_code == 200
    assert len(response.content) < 200 * 1024
    link = f'<a href="/admin/statsapp/document/{document.pk}/change/">{name_of(document)}</a>'
    assert link in response.content.decode()
