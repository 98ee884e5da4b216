"""What the API shows of documents and facts, and what it accepts."""

from functools import partial

from django.conf import settings
from django.db import models
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from statsapp.fields import API_FIELDS, DOCUMENT_SUMMARY, PLACE_FIELDS, PLACE_NAME, place_shown
from statsapp.models import CATEGORY_CHOICES, QUALIFIER_CHOICES, Document, Fact, FactStatus
from statsapp.services import IngestError, text_check

from .errors import PayloadTooLarge


class DocumentSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = list(DOCUMENT_SUMMARY)


def _place_serializer() -> type[serializers.Serializer]:
    """The schema of the API's `place`: a field per entry of PLACE_FIELDS, typed as its column."""
    kinds = {
        models.CharField: serializers.CharField,
        models.IntegerField: serializers.IntegerField,
        models.PositiveSmallIntegerField: serializers.IntegerField,
        models.FloatField: serializers.FloatField,
    }
    declared = {}
    for field in PLACE_FIELDS:
        column = Fact._meta.get_field(field.column)
        options: dict = {"source": field.column}
        if column.null:
            options["allow_null"] = True
        if isinstance(column, models.CharField) and field is not PLACE_NAME:
            options["allow_blank"] = True  # a place has a name; its other texts may be blank
        declared[field.key] = kinds[type(column)](**options)
    return type("PlaceSerializer", (serializers.Serializer,), declared)


PlaceSerializer = _place_serializer()


class FactSerializer(serializers.ModelSerializer):
    document = DocumentSummarySerializer(read_only=True)
    place = serializers.SerializerMethodField()
    reported_by = serializers.SerializerMethodField()
    reviewed_by = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )

    class Meta:
        model = Fact
        fields = list(API_FIELDS)

    @extend_schema_field(PlaceSerializer(allow_null=True))
    def get_place(self, fact: Fact) -> dict | None:
        # a plain dict: a nested serializer per fact cost more than the page's SQL
        return place_shown(partial(getattr, fact))

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_reported_by(self, fact: Fact) -> str | None:
        return fact.reported_by or None


class DocumentFactSerializer(FactSerializer):
    """A fact inside its document: the document itself is not repeated."""

    class Meta(FactSerializer.Meta):
        fields = [f for f in FactSerializer.Meta.fields if f != "document"]


class DocumentSerializer(serializers.ModelSerializer):
    facts_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Document
        fields = [
            "id", "title", "publisher", "url", "published", "content_hash",
            "extractor_version", "created_at", "extracted_at", "facts_count",
        ]  # fmt: skip


class DocumentDetailSerializer(DocumentSerializer):
    facts = DocumentFactSerializer(many=True, read_only=True)

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text", "facts"]


class StringField(serializers.CharField):
    """A JSON string only: DRF's CharField would turn the number 12 into the text "12"."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class DocumentCreateSerializer(serializers.Serializer):
    text = StringField(trim_whitespace=False, allow_blank=False)
    title = StringField(max_length=500, required=False, default="", allow_blank=True)
    publisher = StringField(max_length=200, required=False, default="", allow_blank=True)
    url = serializers.URLField(max_length=1000, required=False, default="", allow_blank=True)
    published = serializers.DateField(required=False, allow_null=True, default=None)

    def validate_text(self, text: str) -> str:
        size = len(text.encode("utf-8"))
        if size > settings.API_MAX_TEXT_BYTES:
            raise PayloadTooLarge(
                f"The text is {size} bytes; the limit is {settings.API_MAX_TEXT_BYTES} bytes."
            )
        try:
            text_check(text)
        except IngestError as exc:
            raise serializers.ValidationError(str(exc)) from exc
        return text


class FactReviewSerializer(serializers.Serializer):
    """A reviewer's change: a status, corrected values, a note."""

    status = serializers.ChoiceField(choices=FactStatus.choices, required=False)
    category = serializers.ChoiceField(choices=CATEGORY_CHOICES, required=False)
    qualifier = serializers.ChoiceField(choices=QUALIFIER_CHOICES, required=False)
    value = serializers.FloatField(required=False, min_value=0)
    value_low = serializers.FloatField(required=False, allow_null=True, min_value=0)
    value_high = serializers.FloatField(required=False, allow_null=True, min_value=0)
    place = serializers.CharField(required=False, allow_blank=True, max_length=200)
    note = serializers.CharField(required=False, allow_blank=True)

    def validate(self, attrs: dict) -> dict:
        unknown = set(self.initial_data) - set(self.fields)
        if unknown:
            raise serializers.ValidationError(
                {name: "This field cannot be changed." for name in sorted(unknown)}
            )
        if not attrs:
            raise serializers.ValidationError("Nothing to change: give a status, values or a note.")
        return attrs


class AggregateRowSerializer(serializers.Serializer):
    category = serializers.CharField(required=False)
    place = serializers.CharField(required=False, allow_null=True)
    country = serializers.CharField(required=False, allow_null=True)
    publisher = serializers.CharField(required=False, allow_null=True)
    document = serializers.IntegerField(required=False)
    day = serializers.DateField(required=False, allow_null=True)
    week = serializers.DateField(required=False, allow_null=True)
    month = serializers.DateField(required=False, allow_null=True)
    value = serializers.FloatField()
    value_low = serializers.FloatField(allow_null=True)
    value_high = serializers.FloatField(allow_null=True)
    facts = serializers.IntegerField()
    documents = serializers.IntegerField()


class AggregateSerializer(serializers.Serializer):
    stat = serializers.CharField()
    meaning = serializers.CharField()
    group_by = serializers.ListField(child=serializers.CharField())
    rows = AggregateRowSerializer(many=True)
