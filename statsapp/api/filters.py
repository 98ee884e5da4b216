"""Every query parameter of /api/facts/, declared once, typed, and documented in the schema."""

import django_filters as filters
from django.db.models import Q, Value
from django.db.models.functions import Lower

from statsapp.models import CATEGORY_CHOICES, QUALIFIER_CHOICES, Fact, FactStatus


class StableOrderingFilter(filters.OrderingFilter):
    """Ties are broken by id, so pages never repeat or skip a fact between requests."""

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        if value and not any(v.lstrip("-") == "id" for v in value):
            qs = qs.order_by(*qs.query.order_by, "id")
        return qs


class FactFilter(filters.FilterSet):
    # distinct=False: no filter joins a many-valued relation, and SELECT DISTINCT over whole rows
    # (the document's text included) made a page of 50 sort every match
    category = filters.MultipleChoiceFilter(
        distinct=False,
        choices=CATEGORY_CHOICES,
        help_text="One or more categories (repeat the parameter).",
    )
    status = filters.MultipleChoiceFilter(choices=FactStatus.choices, distinct=False)
    qualifier = filters.MultipleChoiceFilter(choices=QUALIFIER_CHOICES, distinct=False)
    document = filters.NumberFilter(field_name="document_id", min_value=1, max_value=2**53)
    place = filters.CharFilter(method="filter_place", help_text="A place name, in any case.")
    country = filters.CharFilter(
        field_name="place_country", lookup_expr="iexact", help_text="ISO 3166 alpha-2 code."
    )
    published_after = filters.DateFilter(field_name="document__published", lookup_expr="gte")
    published_before = filters.DateFilter(field_name="document__published", lookup_expr="lte")
    value_min = filters.NumberFilter(
        field_name="value", lookup_expr="gte", min_value=-1e15, max_value=1e15
    )
    value_max = filters.NumberFilter(
        field_name="value", lookup_expr="lte", min_value=-1e15, max_value=1e15
    )
    q = filters.CharFilter(
        method="filter_words", help_text="Words that must all be in the sentence."
    )
    ordering = StableOrderingFilter(
        fields=(
            ("value", "value"),
            ("document__published", "published"),
            ("category", "category"),
            ("place_name", "place"),
            ("id", "id"),
        )
    )

    class Meta:
        model = Fact
        fields: list[str] = []

    def filter_place(self, queryset, name, value):
        return queryset.filter(place_key=Lower(Value(value)))

    def filter_words(self, queryset, name, value):
        condition = Q()
        for word in value.split():
            condition &= Q(sentence__icontains=word)
        return queryset.filter(condition)
