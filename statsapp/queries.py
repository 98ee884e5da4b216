"""Reads: the fact querysets and the aggregations shared by the API and the admin."""

from __future__ import annotations

from django.db.models import (
    Count,
    DateField,
    F,
    Max,
    Q,
    QuerySet,
    Sum,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber, Trunc

from statsapp.models import Fact, FactStatus

# group_by key -> the expression it groups on
GROUP_KEYS = {
    "category": F("category"),
    "place": F("place_name"),
    "country": F("place_country"),
    "publisher": F("document__publisher"),
    "document": F("document_id"),
    "day": Trunc("document__published", "day", output_field=DateField()),
    "week": Trunc("document__published", "week", output_field=DateField()),
    "month": Trunc("document__published", "month", output_field=DateField()),
}

STATS = {
    "sum": "Total over the facts: right for incident figures from distinct events. Low is the "
    "sum of the lows (an unknown low counts as 0); high is the sum of the highs, or null "
    "(unbounded) when any fact has no upper bound.",
    "max": "The largest figure: right for cumulative figures that reports repeat and update "
    "('more than a million have fled'). Low and high are the largest lows and highs; high is "
    "null when any fact has no upper bound.",
    "latest": "The figure from the most recently published document (ties: the most recently "
    "stored fact), with its own bounds: right for running tallies.",
    "count": "The number of facts; value, low and high are all that count.",
}


def facts_for_api() -> QuerySet[Fact]:
    return Fact.objects.select_related("document", "reviewed_by")


def facts_for_aggregation(queryset: QuerySet[Fact], *, status_given: bool) -> QuerySet[Fact]:
    """Rejected facts are known to be wrong: left out unless the caller asks for a status."""
    if status_given:
        return queryset
    return queryset.exclude(status=FactStatus.REJECTED)


def aggregate_facts(queryset: QuerySet[Fact], *, group_by: list[str], stat: str) -> list[dict]:
    """One row per group: its keys, the statistic with its bounds, and how many facts and
    documents it rests on. Rows are ordered by their keys."""
    keys = {f"key_{name}": GROUP_KEYS[name] for name in group_by}
    grouped = queryset.order_by().annotate(**keys).values(*keys)
    counts = {"facts": Count("*"), "documents": Count("document_id", distinct=True)}
    if stat == "latest":
        rows = _latest(queryset, keys, grouped.annotate(**counts))
    else:
        rows = list(grouped.annotate(**counts, **_stat_expressions(stat)).order_by(*keys))
    return [_row(r, group_by) for r in rows]


def _stat_expressions(stat: str) -> dict:
    # Annotation names must not shadow the model's fields: the filter below reads the field.
    # counts document_id, not id: the covering index holds it, so the index alone answers
    unbounded = Count("document", filter=Q(value_high__isnull=True))
    if stat == "sum":
        return {
            "stat_value": Sum("value"),
            "stat_low": Sum(Coalesce("value_low", Value(0.0))),
            "stat_high": Sum("value_high"),
            "unbounded": unbounded,
        }
    if stat == "max":
        return {
            "stat_value": Max("value"),
            "stat_low": Max("value_low"),
            "stat_high": Max("value_high"),
            "unbounded": unbounded,
        }
    count = Count("*")
    return {"stat_value": count, "stat_low": count, "stat_high": count, "unbounded": Value(0)}


def _latest(queryset: QuerySet[Fact], keys: dict, counted: QuerySet) -> list[dict]:
    partition = list(keys.values())
    ranked = (
        queryset.order_by()
        .annotate(**keys)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=partition,
                order_by=[
                    F("document__published").desc(nulls_last=True),
                    F("document__created_at").desc(),
                    F("id").desc(),
                ],
            )
        )
        .filter(rank=1)
        .values(*keys, stat_value=F("value"), stat_low=F("value_low"), stat_high=F("value_high"))
    )
    latest = {tuple(r[k] for k in keys): r for r in ranked}
    rows = []
    for counts in counted.order_by(*keys):
        fact = latest[tuple(counts[k] for k in keys)]
        rows.append({**counts, **fact, "unbounded": 0})
    return rows


def _row(raw: dict, group_by: list[str]) -> dict:
    row = {name: _key_value(raw[f"key_{name}"]) for name in group_by}
    high = None if raw["unbounded"] else raw["stat_high"]
    row.update(
        value=raw["stat_value"],
        value_low=raw["stat_low"],
        value_high=high,
        facts=raw["facts"],
        documents=raw["documents"],
    )
    return row


def _key_value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if value == "":
        return None  # no place, country or publisher known
    return value
