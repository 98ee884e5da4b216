"""The review workbench: facts in their sentences, bulk review, corrections beside what the
machine said, documents with their facts, ingest by paste or upload, and a dashboard."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from statsapp import dashboard, services
from statsapp.fields import REVIEW_FIELDS
from statsapp.models import Document, Fact, FactStatus, ReviewEvent


def highlighted_sentence(fact: Fact) -> str:
    """The sentence with the quote marked; every piece of document text is escaped."""
    offset = fact.start - fact.sentence_start
    sentence = fact.sentence
    if not (0 <= offset and sentence[offset : offset + len(fact.quote)] == fact.quote):
        return format_html("{} <mark>{}</mark>", sentence, fact.quote)
    end = offset + len(fact.quote)
    return format_html(
        '{}<mark class="fact-quote">{}</mark>{}', sentence[:offset], fact.quote, sentence[end:]
    )


def bounds(fact: Fact) -> str:
    low = "…" if fact.value_low is None else f"{fact.value_low:,.0f}"
    high = "…" if fact.value_high is None else f"{fact.value_high:,.0f}"
    if fact.value_low == fact.value_high == fact.value:
        return f"{fact.value:,.0f}"
    return f"{fact.value:,.0f} ({low}–{high})"


class FactInline(admin.TabularInline):
    model = Fact
    fields = ("category", "figure", "qualifier", "place_name", "sentence_html", "status")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    @admin.display(description="value (low–high)")
    def figure(self, fact: Fact) -> str:
        return bounds(fact)

    @admin.display(description="sentence")
    def sentence_html(self, fact: Fact) -> str:
        return highlighted_sentence(fact)

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ReviewEventInline(admin.TabularInline):
    model = ReviewEvent
    fields = ("created_at", "user", "via", "status", "changes")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "review history"

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class IngestForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14, "cols": 100}), required=False)
    upload = forms.FileField(required=False, help_text="A UTF-8 .txt file, instead of pasting.")
    title = forms.CharField(max_length=500, required=False)
    publisher = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https")
    published = forms.DateField(required=False, help_text="YYYY-MM-DD")

    def clean(self):
        data = super().clean()
        upload, text = data.get("upload"), data.get("text", "")
        if upload and text.strip():
            raise forms.ValidationError("Paste a text or upload a file, not both.")
        if upload:
            if not upload.name.lower().endswith(".txt"):
                raise forms.ValidationError("Upload a .txt file.")
            try:
                data["text"] = upload.read().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise forms.ValidationError(
                    f"The file is not UTF-8 text (byte at offset {exc.start})."
                ) from exc
            data["title"] = data.get("title") or upload.name.rsplit(".", 1)[0]
        try:
            services.text_check(data.get("text", ""))
        except services.IngestError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return data


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "publisher", "published", "facts_total", "extractor_version")
    list_filter = ("publisher", "extractor_version")
    search_fields = ("title", "publisher", "url", "content_hash")
    date_hierarchy = "published"
    ordering = ("-created_at",)
    fields = (
        "title",
        "publisher",
        "url",
        "published",
        "text_html",
        "content_hash",
        "extractor_version",
        "created_at",
        "extracted_at",
    )
    readonly_fields = (
        "text_html",
        "content_hash",
        "extractor_version",
        "created_at",
        "extracted_at",
    )
    inlines = [FactInline]
    actions = ["extract_again"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    change_form_template = "admin/statsapp/document/change_form.html"
    change_list_template = "admin/statsapp/document/change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(facts_total=models.Count("facts"))

    @admin.display(description="facts", ordering="facts_total")
    def facts_total(self, document: Document) -> int:
        return document.facts_total

    @admin.display(description="text")
    def text_html(self, document: Document) -> str:
        return format_html(
            '<div class="document-text" style="white-space: pre-wrap">{}</div>', document.text
        )

    @admin.action(description="Extract again (reviewed facts are kept)", permissions=["review"])
    def extract_again(self, request: HttpRequest, queryset) -> None:
        kept = replaced = added = 0
        for document in queryset:
            result = services.document_reextract(document=document)
            kept, replaced, added = (
                kept + result.kept,
                replaced + result.replaced,
                added + result.added,
            )
        self.message_user(
            request,
            f"Extracted {queryset.count()} document(s) again: {kept} reviewed fact(s) kept, "
            f"{replaced} unreviewed replaced by {added}.",
            messages.SUCCESS,
        )

    def has_review_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("statsapp.change_fact")

    def get_urls(self):
        own = [
            path(
                "ingest/",
                self.admin_site.admin_view(self.ingest_view),
                name="statsapp_document_ingest",
            ),
            path(
                "<int:pk>/extract/",
                self.admin_site.admin_view(self.extract_view),
                name="statsapp_document_extract",
            ),
        ]
        return own + super().get_urls()

    def ingest_view(self, request: HttpRequest):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = IngestForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                result = services.document_ingest(
                    text=data["text"],
                    title=data["title"],
                    publisher=data["publisher"],
                    url=data["url"],
                    published=data["published"],
                )
            except services.IngestError as exc:
                form.add_error(None, str(exc))
            else:
                document = result.document
                if result.created:
                    self.message_user(request, f"Stored with {result.facts} fact(s).")
                else:
                    self.message_user(request, "This text was already stored.", messages.WARNING)
                return redirect(reverse("admin:statsapp_document_change", args=[document.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Ingest a news text",
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/statsapp/document/ingest.html", context)

    def extract_view(self, request: HttpRequest, pk: int):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_review_permission(request):
            raise PermissionDenied
        self.extract_again(request, Document.objects.filter(pk=pk))
        return redirect(reverse("admin:statsapp_document_change", args=[pk]))


class FactForm(forms.ModelForm):
    class Meta:
        model = Fact
        fields = REVIEW_FIELDS  # the corrections, the status and the note


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    form = FactForm
    list_display = (
        "category",
        "figure",
        "qualifier",
        "place_name",
        "sentence_html",
        "status",
        "publisher",
        "published",
    )
    list_filter = ("category", "status", "qualifier", "document__publisher", "place_country")
    date_hierarchy = "document__published"
    search_fields = ("sentence", "quote", "place_name", "document__title")
    list_select_related = ("document",)
    # fully determined, so the admin adds no "-pk" and SQLite can walk the (document, start) index
    ordering = ("document", "start", "id")
    list_per_page = 50
    show_full_result_count = False  # a count over every fact is slow and rarely needed
    actions = ["approve", "reject", "back_to_pending"]
    change_list_template = "admin/statsapp/fact/change_list.html"
    fieldsets = (
        ("In the text", {"fields": ("document_link", "sentence_html", "reported_by", "mentions")}),
        ("What the machine said", {"fields": ("machine_said", "extractor_version")}),
        (
            "Review",
            {
                "fields": (
                    ("category", "qualifier"),
                    ("value", "value_low", "value_high"),
                    "place_name",
                    "status",
                    "note",
                    ("reviewed_by", "reviewed_at"),
                )
            },
        ),
    )
    readonly_fields = (
        "document_link",
        "sentence_html",
        "reported_by",
        "mentions",
        "machine_said",
        "extractor_version",
        "reviewed_by",
        "reviewed_at",
    )
    inlines = [ReviewEventInline]

    @admin.display(description="value (low–high)", ordering="value")
    def figure(self, fact: Fact) -> str:
        return bounds(fact)

    @admin.display(description="sentence")
    def sentence_html(self, fact: Fact) -> str:
        return highlighted_sentence(fact)

    @admin.display(description="publisher", ordering="document__publisher")
    def publisher(self, fact: Fact) -> str:
        return fact.document.publisher

    @admin.display(description="published", ordering="document__published")
    def published(self, fact: Fact):
        return fact.document.published

    @admin.display(description="document")
    def document_link(self, fact: Fact) -> str:
        url = reverse("admin:statsapp_document_change", args=[fact.document_id])
        return format_html('<a href="{}">{}</a>', url, fact.document)

    @admin.display(description="machine's values")
    def machine_said(self, fact: Fact) -> str:
        rows = format_html_join(
            "",
            "<tr><th>{}</th><td>{}</td></tr>",
            ((k, "—" if v is None or v == "" else v) for k, v in fact.original.items()),
        )
        return format_html('<table class="machine-said">{}</table>', rows)

    def save_model(self, request, fact: Fact, form, change: bool) -> None:
        if not change:
            return super().save_model(request, fact, form, change)
        changed = {name: form.cleaned_data[name] for name in form.changed_data}
        status, note = changed.pop("status", None), changed.pop("note", None)
        try:
            updated = services.fact_review(
                fact=fact, user=request.user, status=status, note=note, via="admin", **changed
            )
        except services.FactGone as exc:
            request.fact_gone = exc  # response_change tells the reviewer instead of "saved"
            return None
        fact.refresh_from_db()
        return updated

    def response_change(self, request, fact: Fact):
        gone = getattr(request, "fact_gone", None)
        if gone is None:
            return super().response_change(request, fact)
        self.message_user(request, str(gone), messages.ERROR)
        return redirect(reverse("admin:statsapp_document_change", args=[fact.document_id]))

    def _set_status(self, request, queryset, status: str) -> None:
        count = services.facts_set_status(
            facts=queryset, status=status, user=request.user, via="admin bulk"
        )
        self.message_user(request, f"{count} fact(s) set to {status}.", messages.SUCCESS)

    @admin.action(description="Approve selected facts", permissions=["change"])
    def approve(self, request, queryset) -> None:
        self._set_status(request, queryset, FactStatus.APPROVED)

    @admin.action(description="Reject selected facts", permissions=["change"])
    def reject(self, request, queryset) -> None:
        self._set_status(request, queryset, FactStatus.REJECTED)

    @admin.action(description="Set selected facts back to pending", permissions=["change"])
    def back_to_pending(self, request, queryset) -> None:
        self._set_status(request, queryset, FactStatus.PENDING)

    def has_add_permission(self, request) -> bool:
        return False  # facts come from extraction, never typed in

    def get_urls(self):
        own = [
            path(
                "dashboard/",
                self.admin_site.admin_view(self.dashboard_view),
                name="statsapp_fact_dashboard",
            )
        ]
        return own + super().get_urls()

    def dashboard_view(self, request: HttpRequest):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Facts at a glance",
            "opts": self.model._meta,
            "totals": dashboard.category_totals(),
            "chart": dashboard.facts_over_time_svg(),
        }
        return TemplateResponse(request, "admin/statsapp/fact/dashboard.html", context)
