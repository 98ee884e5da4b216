"""Writes: the one way documents and facts enter the database."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from statsapp.extraction import EXTRACTOR_VERSION, ExtractedFact, extract_facts, parse_dateline
from statsapp.models import Document, Fact


class IngestError(ValueError):
    """The text cannot be stored as a document; the message says why."""


@dataclass(frozen=True)
class IngestResult:
    document: Document
    created: bool
    facts: int  # facts stored by this call (0 when the document was already present)


def content_hash(text: str) -> str:
    """The sha256 hex digest that identifies a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dateline_defaults(
    text: str, *, publisher: str = "", published: date | None = None
) -> tuple[str, date | None]:
    """Fill publisher and publication date from the text's dateline where the caller gave none."""
    if publisher and published:
        return publisher, published
    dateline = parse_dateline(text)
    if dateline is None:
        return publisher, published
    return publisher or dateline.publisher or "", published or dateline.published


def ingest(
    text: str,
    *,
    title: str = "",
    publisher: str = "",
    url: str = "",
    published: date | None = None,
) -> IngestResult:
    """Store a text and the facts extracted from it; a text already stored is returned as is."""
    _check_text(text)
    digest = content_hash(text)
    with transaction.atomic():
        existing = Document.objects.filter(content_hash=digest).first()
        if existing is not None:
            return IngestResult(document=existing, created=False, facts=0)

        publisher, published = dateline_defaults(text, publisher=publisher, published=published)
        document = Document(
            title=title,
            publisher=publisher,
            url=url,
            published=published,
            text=text,
            content_hash=digest,
            extractor_version=EXTRACTOR_VERSION,
        )
        _validate(document, exclude=["content_hash"])
        facts = _unique_spans(
            [_fact_row(document, fact) for fact in extract_facts(text, published=published)]
        )
        document.extracted_at = timezone.now()
        for fact in facts:
            _validate(fact, exclude=["document"])
        try:
            with transaction.atomic():
                document.save()
        except IntegrityError:
            # Another process stored the same text between our lookup and our insert.
            return IngestResult(
                document=Document.objects.get(content_hash=digest), created=False, facts=0
            )
        Fact.objects.bulk_create(facts)
    return IngestResult(document=document, created=True, facts=len(facts))


def _check_text(text: str) -> None:
    if not isinstance(text, str):
        raise IngestError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise IngestError("the text is empty")
    if "\x00" in text:
        raise IngestError(f"the text contains a NUL character at offset {text.index(chr(0))}")


def _validate(instance: Document | Fact, *, exclude: list[str]) -> None:
    try:
        instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        problems = "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in exc.message_dict.items()
        )
        raise IngestError(f"invalid {instance._meta.verbose_name}: {problems}") from exc


def _unique_spans(facts: list[Fact]) -> list[Fact]:
    """One row per (category, start, end), as the database requires; the first one wins."""
    seen: dict[tuple[str, int, int], Fact] = {}
    for fact in facts:
        seen.setdefault((fact.category, fact.start, fact.end), fact)
    return list(seen.values())


def _fact_row(document: Document, extracted: ExtractedFact) -> Fact:
    place = extracted.place
    place_name = place.name if place else ""
    return Fact(
        document=document,
        category=extracted.category,
        value=extracted.value,
        value_low=extracted.value_low,
        value_high=extracted.value_high,
        qualifier=extracted.qualifier,
        unit=extracted.unit,
        original_unit=extracted.original_unit,
        quote=extracted.quote,
        start=extracted.start,
        end=extracted.end,
        sentence=extracted.sentence,
        sentence_start=extracted.sentence_start,
        place_name=place_name,
        place_geonameid=place.geonameid if place else None,
        place_country=(place.country_code or "") if place else "",
        place_latitude=place.latitude if place else None,
        place_longitude=place.longitude if place else None,
        reported_by=extracted.reported_by or "",
        parts=list(extracted.parts),
        mentions=[
            {"quote": mention.quote, "start": mention.start, "end": mention.end}
            for mention in extracted.mentions
        ],
        extractor_version=EXTRACTOR_VERSION,
        original={
            "category": extracted.category,
            "value": extracted.value,
            "value_low": extracted.value_low,
            "value_high": extracted.value_high,
            "qualifier": extracted.qualifier,
            "place_name": place_name,
        },
    )
