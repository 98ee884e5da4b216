"""Thin views: each declares its queryset, serializer, filters and permissions; the work is
done by statsapp.services (writes) and statsapp.queries (reads)."""

from django.db.models import Count
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings

from statsapp import queries, services
from statsapp.fields import CORRECTIONS
from statsapp.models import Document

from . import exports
from .filters import FactFilter
from .parsers import JSONParser
from .permissions import CanIngestDocuments, CanReviewFacts
from .renderers import EXPORT_FORMATS, EXPORT_RENDERERS
from .serializers import (
    AggregateSerializer,
    DocumentCreateSerializer,
    DocumentDetailSerializer,
    DocumentSerializer,
    FactReviewSerializer,
    FactSerializer,
)


class JSONErrorsMixin:
    """Errors are JSON whatever format was asked for (a CSV export's 400 included)."""

    def handle_exception(self, exc):
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)


@extend_schema_view(
    create=extend_schema(
        request=DocumentCreateSerializer,
        responses={201: DocumentDetailSerializer, 200: DocumentDetailSerializer},
        description="Store a text and extract its facts. The same text again answers 200 with "
        "the stored document and creates nothing.",
    ),
    extract=extend_schema(
        request=None,
        responses={200: DocumentDetailSerializer},
        description="Extract the document again with the current extractor. Facts a reviewer "
        "approved, rejected or corrected are kept; only unreviewed facts are replaced.",
    ),
)
class DocumentViewSet(
    JSONErrorsMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    queryset = Document.objects.annotate(facts_count=Count("facts")).order_by("-id")
    serializer_class = DocumentSerializer
    parser_classes = [JSONParser]  # a form would be read as text too loosely: 415 instead
    permission_classes = [CanIngestDocuments]
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action in ("retrieve", "extract"):
            queryset = queryset.prefetch_related("facts__reviewed_by")
        return queryset

    def get_serializer_class(self):
        if self.action == "create":
            return DocumentCreateSerializer
        if self.action in ("retrieve", "extract"):
            return DocumentDetailSerializer
        return DocumentSerializer

    def create(self, request, *args, **kwargs):
        serializer = DocumentCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            result = services.document_ingest(**serializer.validated_data)
        except services.IngestError as exc:
            raise ValidationError({"text": [str(exc)]}) from exc
        document = (
            self.get_queryset().prefetch_related("facts__reviewed_by").get(pk=result.document.pk)
        )
        code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        return Response(DocumentDetailSerializer(document).data, status=code)

    @action(detail=True, methods=["post"], permission_classes=[CanReviewFacts])
    def extract(self, request, pk=None):
        document = self.get_object()
        services.document_reextract(document=document)
        return Response(DocumentDetailSerializer(self.get_queryset().get(pk=document.pk)).data)


GROUP_BY_HELP = "Comma-separated: " + ", ".join(queries.GROUP_KEYS)
STAT_HELP = " ".join(f"`{name}`: {meaning}" for name, meaning in queries.STATS.items())


@extend_schema_view(
    list=extend_schema(
        operation_id="facts_list",
        responses={
            (200, "application/json"): FactSerializer(many=True),
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/geo+json"): OpenApiTypes.OBJECT,
        },
        description="Facts, filtered and paginated. `?format=csv`, `?format=hxl` and "
        "`?format=geojson` export the whole filtered list (no pagination), streamed. An export "
        "over the caller's limit (set by the deployment; by default 10,000 facts for anonymous "
        "callers, none for signed-in ones) is refused with 403 `export_too_large` before "
        "anything is sent: narrow the filters, or sign in.",
    ),
    partial_update=extend_schema(
        request=FactReviewSerializer,
        description="Review a fact: a status, corrected values, a note. The machine's "
        "values stay in `original`.",
    ),
    aggregate=extend_schema(
        parameters=[
            OpenApiParameter("group_by", OpenApiTypes.STR, description=GROUP_BY_HELP),
            OpenApiParameter(
                "stat", OpenApiTypes.STR, enum=list(queries.STATS), description=STAT_HELP
            ),
        ],
        responses={200: AggregateSerializer},
        description="Aggregate the filtered facts. Rejected facts are left out unless `status` "
        "is given. " + STAT_HELP,
    ),
)
class FactViewSet(
    JSONErrorsMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    queryset = queries.facts_for_api()
    serializer_class = FactSerializer
    lookup_value_regex = r"\d+"
    filterset_class = FactFilter
    permission_classes = [CanReviewFacts]
    http_method_names = ["get", "patch", "head", "options"]
    parser_classes = [JSONParser]
    renderer_classes = [*api_settings.DEFAULT_RENDERER_CLASSES, *EXPORT_RENDERERS]

    def get_renderers(self):
        if self.action == "list":
            return super().get_renderers()
        return [JSONRenderer(), BrowsableAPIRenderer()]

    def list(self, request, *args, **kwargs):
        renderer = request.accepted_renderer
        if getattr(renderer, "format", None) in EXPORT_FORMATS:
            # the whole filtered list, unpaginated, streamed row by row
            return exports.export(renderer, self.filter_queryset(self.get_queryset()), request.user)
        return super().list(request, *args, **kwargs)

    def partial_update(self, request, *args, **kwargs):
        fact = self.get_object()
        review = FactReviewSerializer(data=request.data)
        review.is_valid(raise_exception=True)
        # the API's names of the corrections -> the model fields they correct ("place": the name)
        changes = {
            CORRECTIONS.get(name, name): value for name, value in review.validated_data.items()
        }
        try:
            fact = services.fact_review(fact=fact, user=request.user, **changes)
        except services.FactGone as exc:
            raise NotFound(str(exc)) from exc
        except services.ReviewError as exc:
            raise ValidationError({"non_field_errors": [str(exc)]}) from exc
        return Response(FactSerializer(self.get_queryset().get(pk=fact.pk)).data)

    @action(detail=False, methods=["get"], filterset_class=FactFilter)
    def aggregate(self, request):
        group_by = [g.strip() for g in request.query_params.get("group_by", "category").split(",")]
        unknown = [g for g in group_by if g not in queries.GROUP_KEYS]
        if unknown or not all(group_by) or len(set(group_by)) != len(group_by):
            raise ValidationError(
                {
                    "group_by": [
                        f"unknown or repeated key(s) {unknown or group_by}; {GROUP_BY_HELP}."
                    ]
                }
            )
        stat = request.query_params.get("stat", "sum")
        if stat not in queries.STATS:
            raise ValidationError(
                {"stat": [f"unknown statistic {stat!r}; one of {', '.join(queries.STATS)}."]}
            )
        facts = queries.facts_for_aggregation(
            self.filter_queryset(self.get_queryset()),
            status_given="status" in request.query_params,
        )
        rows = queries.aggregate_facts(facts, group_by=group_by, stat=stat)
        return Response(
            {"stat": stat, "meaning": queries.STATS[stat], "group_by": group_by, "rows": rows}
        )
