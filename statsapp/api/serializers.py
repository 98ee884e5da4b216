"""What the API shows of documents and facts, and what it accepts."""

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from statsapp.models import CATEGORY_CHOICES, QUALIFIER_CHOICES, Document, Fact, FactStatus
from statsapp.services import IngestError, text_check

from .errors import PayloadTooLarge


class DocumentSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = ["id", "title", "publisher", "url", "published"]


class PlaceSerializer(serializers.Serializer):
    name = serializers.CharField(source="place_name")
    geonameid = serializers.IntegerField(source="place_geonameid", allow_null=True)
    country = serializers.CharField(source="place_country", allow_blank=True)
    latitude = serializers.FloatField(source="place_latitude", allow_null=True)
    longitude = serializers.FloatField(source="place_longitude", allow_null=True)


class FactSerializer(serializers.ModelSerializer):
    document = DocumentSummarySerializer(read_only=True)
    place = serializers.SerializerMethodField()
    reported_by = serializers.SerializerMethodField()
    reviewed_by = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )

    class Meta:
        model = Fact
        fields = [
            "id", "category", "value", "value_low", "value_high", "qualifier", "unit",
            "original_unit", "quote", "start", "end", "sentence", "place", "reported_by",
            "parts", "mentions", "status", "reviewed_by", "reviewed_at", "note", "original",
            "extractor_version", "document",
        ]  # fmt: skip

    @extend_schema_field(PlaceSerializer(allow_null=True))
    def get_place(self, fact: Fact) -> dict | None:
        if not fact.place_name:
            return None
        # a plain dict: a nested serializer per fact cost more than the page's SQL
        return {
            "name": fact.place_name,
            "geonameid": fact.place_geonameid,
            "country": fact.place_country,
            "latitude": fact.place_latitude,
            "longitude": fact.place_longitude,
        }

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
