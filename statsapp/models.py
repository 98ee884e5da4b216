"""Documents and the facts extracted from them."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone

from statsapp.extraction.registry import CATEGORIES, REGISTRY
from statsapp.extraction.types import QUALIFIERS


def _choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(value, value.replace("_", " ").capitalize()) for value in values]


# The extractor owns the vocabulary; the database enforces it.
CATEGORY_CHOICES = [(category.name, category.label) for category in REGISTRY]
QUALIFIER_CHOICES = _choices(QUALIFIERS)


class FactStatus(models.TextChoices):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Document(models.Model):
    """One news text, stored exactly as received (fact offsets index this text)."""

    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True, db_index=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    text = models.TextField()
    content_hash = models.CharField(
        max_length=64, unique=True, help_text="sha256 hex digest of the text as stored"
    )
    extractor_version = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    extracted_at = models.DateTimeField(null=True, blank=True)

    # An untitled document is named by the start of its text: at most 8 words, and at most
    # NAME_LENGTH characters, as one 990 KB word once made a 4 MB admin list.
    NAME_WORDS = 8
    NAME_LENGTH = 80

    def __str__(self) -> str:
        if self.title:
            return self.title
        words = self.text.split(maxsplit=self.NAME_WORDS)
        head = " ".join(words[: self.NAME_WORDS])
        if len(head) > self.NAME_LENGTH:
            return f"{head[: self.NAME_LENGTH].rstrip()}…"
        return f"{head}…" if len(words) > self.NAME_WORDS else head


class Fact(models.Model):
    """One figure in a document: what it counts, how much, where, and who said so."""

    Status = FactStatus

    # No index of their own for the document, the category and the status: the composite
    # indexes in Meta lead with each of them, and serve every lookup one would (see Meta.indexes).
    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="facts", db_index=False
    )
    category = models.CharField(max_length=16, choices=CATEGORY_CHOICES)
    value = models.FloatField()
    value_low = models.FloatField(null=True, blank=True)
    value_high = models.FloatField(null=True, blank=True)
    qualifier = models.CharField(max_length=16, choices=QUALIFIER_CHOICES)
    unit = models.CharField(max_length=16)
    original_unit = models.CharField(max_length=16)
    quote = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField()
    place_name = models.CharField(max_length=200, blank=True, db_index=True)
    # the place name in lower case, kept by the database, so a case-blind filter can use an index
    place_key = models.GeneratedField(
        expression=Lower("place_name"),
        output_field=models.CharField(max_length=200),
        db_persist=True,
    )
    place_geonameid = models.IntegerField(null=True, blank=True)
    place_country = models.CharField(max_length=2, blank=True, db_index=True)
    place_latitude = models.FloatField(null=True, blank=True)
    place_longitude = models.FloatField(null=True, blank=True)
    place_level = models.CharField(
        max_length=16, blank=True, help_text="country, admin1, admin2, city or unresolved"
    )
    place_admin1 = models.CharField(
        max_length=200, blank=True, help_text="the province, state or oblast the place lies in"
    )
    place_precision = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="1 a town, 3 a district, 4 a province, 6 a country"
    )
    place_reason = models.CharField(
        max_length=32,
        blank=True,
        help_text="why this place: sentence, previous sentence, section, lead or dateline",
    )
    reported_by = models.CharField(max_length=300, blank=True)
    parts = models.JSONField(default=list, blank=True)
    mentions = models.JSONField(
        default=list, blank=True, help_text="Further occurrences: [{quote, start, end}]"
    )
    extractor_version = models.CharField(max_length=32, blank=True)
    status = models.CharField(max_length=16, choices=FactStatus.choices, default=FactStatus.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_facts",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)
    original = models.JSONField(
        default=dict,
        blank=True,
        help_text="The machine's values at extraction time; never changed by review.",
    )

    class Meta:
        ordering = ["document", "start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(value_low__isnull=True) | Q(value_low__lte=F("value")),
                name="fact_value_low_lte_value",
                violation_error_message="The low bound cannot be above the value.",
            ),
            models.CheckConstraint(
                condition=Q(value_high__isnull=True) | Q(value__lte=F("value_high")),
                name="fact_value_lte_value_high",
                violation_error_message="The high bound cannot be below the value.",
            ),
            models.CheckConstraint(condition=Q(start__lte=F("end")), name="fact_start_lte_end"),
            models.CheckConstraint(
                condition=Q(category__in=CATEGORIES), name="fact_category_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=FactStatus.values),
                name="fact_status_valid",
            ),
            models.UniqueConstraint(
                fields=["document", "category", "start", "end"], name="fact_unique_span"
            ),
        ]
        # Each index below also serves the lookups on its leading column alone: (category, ...)
        # the category, (status, category) the status, (document, start) the document (its
        # facts, their cascade on delete). place_name and place_country keep their own index: no
        # composite leads with them (the list ordered by place, the filter by country).
        indexes = [
            # the list filtered by category and place, already in its (document, start) order
            models.Index(
                fields=["category", "place_key", "document", "start"],
                name="fact_category_place_key_idx",
            ),
            # covers the aggregation: GROUP BY category, place over the rows' values and bounds
            models.Index(
                fields=[
                    "category",
                    "place_name",
                    "status",
                    "document",
                    "value",
                    "value_low",
                    "value_high",
                ],
                name="fact_aggregate_idx",
            ),
            models.Index(fields=["status", "category"], name="fact_status_category_idx"),
            models.Index(fields=["document", "start"], name="fact_document_start_idx"),
        ]

    def __str__(self) -> str:
        where = f" in {self.place_name}" if self.place_name else ""
        return f"{self.category} {self.value:g}{where}"


class ReviewEvent(models.Model):
    """One review of a fact: who changed what, when, and through which door."""

    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="reviews")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    via = models.CharField(max_length=16, help_text="admin, admin bulk action, api")
    status = models.CharField(max_length=16, choices=FactStatus.choices)
    changes = models.JSONField(default=dict, blank=True, help_text="{field: [before, after]}")

    class Meta:
        ordering = ["fact", "created_at", "id"]

    def __str__(self) -> str:
        who = self.user.get_username() if self.user else "someone"
        return f"{who} set {self.status} ({self.via}) on {self.created_at:%Y-%m-%d %H:%M}"
