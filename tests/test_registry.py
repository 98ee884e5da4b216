"""Adding a category takes one entry in statsapp.extraction.registry (with its trigger words and
the migration makemigrations writes): everything that lists categories reads the registry."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction

from statsapp import dashboard
from statsapp.api.filters import FactFilter
from statsapp.api.renderers import HXL_VALUE_TAGS
from statsapp.api.serializers import FactReviewSerializer
from statsapp.extraction import evaluate
from statsapp.extraction.registry import REGISTRY
from statsapp.models import CATEGORY_CHOICES, Document, Fact

NAMES = [category.name for category in REGISTRY]
LABELED = [(category.name, category.label) for category in REGISTRY]


def test_the_models_choices_are_the_registry():
    assert CATEGORY_CHOICES == LABELED
    assert Fact._meta.get_field("category").choices == LABELED


@pytest.mark.django_db
def test_the_migrations_are_in_step_with_the_registry():
    """A category added to the registry and not yet migrated fails here: the choices and the
    check constraint would differ from the database's."""
    out = io.StringIO()
    call_command("makemigrations", "statsapp", "--check", "--dry-run", stdout=out)
    assert out.getvalue() == "No changes detected in app 'statsapp'\n"


@pytest.mark.django_db
def test_the_databases_check_constraint_takes_every_category_and_no_other():
    document = Document.objects.create(text="x", content_hash="0" * 64)

    def store(category: str, start: int) -> None:
        Fact.objects.create(document=document, category=category, value=1, qualifier="exact",
                            unit="people", original_unit="people", quote="x", start=start,
                            end=start + 1, sentence="x", sentence_start=0)  # fmt: skip

    for start, name in enumerate(NAMES):
        store(name, start)
    assert sorted(Fact.objects.values_list("category", flat=True)) == sorted(NAMES)
    with pytest.raises(IntegrityError), transaction.atomic():
        store("wounded", len(NAMES))


def test_the_evaluation_scores_every_category_in_its_group():
    assert {name: evaluate.GROUP_OF[name] for name in NAMES} == {
        category.name: category.group for category in REGISTRY
    }
    assert sorted(name for names in evaluate.GROUPS.values() for name in names) == sorted(NAMES)


def test_hxl_has_a_value_column_per_category_with_its_hashtag():
    assert HXL_VALUE_TAGS == {category.name: category.hxl for category in REGISTRY}


def test_the_filter_and_the_review_take_every_category():
    assert list(FactFilter.base_filters["category"].extra["choices"]) == LABELED
    assert list(FactReviewSerializer().fields["category"].choices.items()) == LABELED


@pytest.mark.django_db
def test_the_schema_enumerates_every_category(api_client):
    schema = api_client.get("/api/schema/?format=json").json()

    assert schema["components"]["schemas"]["CategoryEnum"]["enum"] == NAMES
    parameters = schema["paths"]["/api/facts/"]["get"]["parameters"]
    category = next(p for p in parameters if p["name"] == "category")
    assert category["schema"]["items"]["enum"] == sorted(NAMES)
    enum = {"$ref": "#/components/schemas/CategoryEnum"}
    assert {
        name: component["properties"]["category"]
        for name, component in schema["components"]["schemas"].items()
        if "category" in component.get("properties", {})
    } == {
        "AggregateRow": {"type": "string"},  # a group's key, as the rows show it
        "DocumentFact": enum,
        "Fact": enum,
        "PatchedFactReviewRequest": enum,
    }


@pytest.mark.django_db
def test_the_admins_category_filter_offers_every_category(admin_client):
    changelist = admin_client.get("/admin/statsapp/fact/").context["cl"]
    category = next(f for f in changelist.filter_specs if f.field_path == "category")

    assert [choice["display"] for choice in category.choices(changelist)] == [
        "All",
        *(label for _, label in LABELED),
    ]


@pytest.mark.django_db
def test_the_dashboard_lists_categories_in_the_registrys_order():
    document = Document.objects.create(text="x", content_hash="0" * 64)
    Fact.objects.bulk_create(
        Fact(document=document, category=name, value=1, qualifier="exact", unit="people",
             original_unit="people", quote="x", start=start, end=start + 1, sentence="x",
             sentence_start=0)
        for start, name in enumerate(reversed(NAMES))
    )  # fmt: skip

    assert [row["category"] for row in dashboard.category_totals()] == NAMES
