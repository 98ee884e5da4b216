"""The admin dashboard's figures: totals per category and facts over time, drawn with pygal as
inline SVG (no script, nothing fetched from the internet)."""

from __future__ import annotations

import pygal
from django.db.models import Count, DateField, Q, Sum
from django.db.models.functions import Trunc

from statsapp.extraction import CATEGORIES
from statsapp.models import Fact, FactStatus


def category_totals() -> list[dict]:
    """Per category: facts by status, and the sum of the approved figures."""
    rows = (
        Fact.objects.order_by()
        .values("category")
        .annotate(
            facts=Count("id"),
            pending=Count("id", filter=Q(status=FactStatus.PENDING)),
            approved=Count("id", filter=Q(status=FactStatus.APPROVED)),
            rejected=Count("id", filter=Q(status=FactStatus.REJECTED)),
            approved_sum=Sum("value", filter=Q(status=FactStatus.APPROVED)),
        )
    )
    by_category = {row["category"]: row for row in rows}
    return [by_category[c] for c in CATEGORIES if c in by_category]


def facts_by_month() -> tuple[list[str], dict[str, list[int]]]:
    """Month labels, and per category the number of facts from documents of each month."""
    rows = (
        Fact.objects.order_by()
        .exclude(document__published=None)
        .annotate(month=Trunc("document__published", "month", output_field=DateField()))
        .values("month", "category")
        .annotate(facts=Count("id"))
    )
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row["month"].strftime("%Y-%m"), row["category"])] = row["facts"]
    months = sorted({month for month, _ in counts})
    series = {
        category: [counts.get((month, category), 0) for month in months]
        for category in CATEGORIES
        if any((month, category) in counts for month in months)
    }
    return months, series


def facts_over_time_svg() -> str:
    months, series = facts_by_month()
    if not months:
        return ""
    chart = pygal.Bar if len(months) == 1 else pygal.Line
    figure = chart(
        js=[],
        width=900,
        height=360,
        x_label_rotation=30,
        legend_at_bottom=True,
        disable_xml_declaration=True,
        title="Facts per month of publication",
    )
    figure.x_labels = months
    for category, values in series.items():
        figure.add(category, values)
    return figure.render(is_unicode=True)
