"""Admin registrations; the review workbench builds on these later."""

from django.contrib import admin
from django.db import models

from statsapp.models import Document, Fact


class FactInline(admin.TabularInline):
    model = Fact
    fields = ("category", "value", "value_low", "value_high", "qualifier", "place_name", "quote")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "publisher", "published", "extractor_version", "created_at")
    list_filter = ("publisher", "published", "extractor_version")
    search_fields = ("title", "publisher", "url", "content_hash")
    date_hierarchy = "published"
    ordering = ("-created_at",)
    readonly_fields = ("content_hash", "extractor_version", "created_at", "extracted_at")
    inlines = [FactInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = (
        "category",
        "value",
        "value_low",
        "value_high",
        "qualifier",
        "place_name",
        "place_country",
        "status",
        "document",
    )
    list_filter = ("status", "category", "qualifier", "place_country", "document__publisher")
    search_fields = ("quote", "sentence", "place_name", "reported_by", "document__title")
    list_select_related = ("document",)
    raw_id_fields = ("document", "reviewed_by")
    readonly_fields = ("original", "extractor_version", "mentions")
