"""Writes: the one way documents and facts enter the database."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from statsapp import fields
from statsapp.extraction import EXTRACTOR_VERSION, ExtractedFact, extract_facts, parse_dateline
from statsapp.extraction.lang import load_language
from statsapp.extraction.parallel import extract_many
from statsapp.extraction.places import resolve as resolve_place
from statsapp.models import Document, Fact, FactStatus, ReviewEvent


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


@dataclass(frozen=True)
class IngestItem:
    """One text to ingest with its metadata."""

    text: str
    title: str = ""
    publisher: str = ""
    url: str = ""
    published: date | None = None


def document_ingest(
    *,
    text: str,
    title: str = "",
    publisher: str = "",
    url: str = "",
    published: date | None = None,
) -> IngestResult:
    """Store a text and the facts extracted from it; a text already stored is returned as is."""
    item = IngestItem(text=text, title=title, publisher=publisher, url=url, published=published)
    text_check(text)
    existing = Document.objects.filter(content_hash=content_hash(text)).first()
    if existing is not None:
        return IngestResult(document=existing, created=False, facts=0)
    document = _new_document(item)
    # Extraction runs before the write transaction opens: on SQLite a transaction holds the
    # database's one write lock, and no other writer should wait for the extractor.
    return _store_one(_Pending(document, extract_facts(text, published=document.published)))


def documents_ingest(
    *, items: Iterable[IngestItem], workers: int | None = None, batch_size: int = 200
) -> Iterator[IngestResult | IngestError]:
    """Ingest many texts: extraction on all cores, writes in batches of one transaction each.

    Yields, in order, one IngestResult per text, or the IngestError that kept it out. Every
    document goes in whole with its facts or not at all; a text already stored, or repeated
    within the run, is stored once.
    """
    checked: list[IngestItem | IngestError] = []
    for item in items:
        try:
            text_check(item.text)
            checked.append(item)
        except IngestError as exc:
            checked.append(exc)
    extracted = extract_many(
        ((item.text, item.published) for item in checked if isinstance(item, IngestItem)),
        workers=workers,
    )
    batch: list[_Extracted | IngestError] = []
    try:
        for entry in checked:
            if isinstance(entry, IngestItem):
                entry = _Extracted(entry, next(extracted))
            batch.append(entry)
            if len(batch) >= batch_size:
                yield from _store_batch(batch)
                batch = []
        if batch:
            yield from _store_batch(batch)
    finally:
        extracted.close()  # stops the worker processes, also when the caller stops early


@dataclass(frozen=True)
class _Extracted:
    """A text of a batch with what the extractor found in it (or the exception it raised)."""

    item: IngestItem
    facts: list[ExtractedFact] | Exception


@dataclass
class _Pending:
    """A new document of a batch, its facts, and the batch positions that hold its text."""

    document: Document
    facts: list[ExtractedFact]
    positions: list[int] = field(default_factory=list)


def _store_batch(batch: list[_Extracted | IngestError]) -> list[IngestResult | IngestError]:
    """One transaction: the batch's new documents and all their facts, two bulk inserts."""
    results: list[IngestResult | IngestError | None] = [None] * len(batch)
    pending: dict[str, _Pending] = {}
    for position, entry in enumerate(batch):
        if isinstance(entry, IngestError):
            results[position] = entry
        elif isinstance(entry.facts, Exception):
            results[position] = IngestError(f"extraction failed: {entry.facts}")
        elif (digest := content_hash(entry.item.text)) in pending:
            pending[digest].positions.append(position)
        else:
            try:
                pending[digest] = _Pending(_new_document(entry.item), entry.facts, [position])
            except IngestError as exc:
                results[position] = exc
    outcomes: dict[str, IngestResult] = {}
    try:
        with transaction.atomic():
            for document in Document.objects.filter(content_hash__in=list(pending)):
                outcomes[document.content_hash] = IngestResult(document, created=False, facts=0)
            new = [p for digest, p in pending.items() if digest not in outcomes]
            Document.objects.bulk_create([p.document for p in new])
            rows: list[Fact] = []
            for p in new:
                per_document = _fact_rows(p)
                rows += per_document
                outcomes[p.document.content_hash] = IngestResult(
                    p.document, created=True, facts=len(per_document)
                )
            Fact.objects.bulk_create(rows, batch_size=1000)
    except IntegrityError:
        # Another process stored one of these texts meanwhile: one by one, which copes, with
        # the facts already extracted.
        for p in pending.values():
            p.document.pk, p.document._state.adding = None, True
        outcomes = {digest: _store_one(p) for digest, p in pending.items()}
    for digest, p in pending.items():
        first, *repeats = p.positions
        results[first] = outcomes[digest]
        for position in repeats:
            results[position] = IngestResult(outcomes[digest].document, created=False, facts=0)
    return results


def _store_one(pending: _Pending) -> IngestResult:
    """A new document and its facts in one transaction; a text stored meanwhile is returned."""
    rows = _fact_rows(pending)
    for row in rows:
        _validate(row, exclude=["document"])
    with transaction.atomic():
        try:
            with transaction.atomic():
                pending.document.save()
        except IntegrityError:
            # Another process stored the same text since our lookup.
            stored = Document.objects.get(content_hash=pending.document.content_hash)
            return IngestResult(document=stored, created=False, facts=0)
        Fact.objects.bulk_create(rows)
    return IngestResult(document=pending.document, created=True, facts=len(rows))


def _fact_rows(pending: _Pending) -> list[Fact]:
    return _unique_spans([_fact_row(pending.document, f) for f in pending.facts])


def _new_document(item: IngestItem) -> Document:
    publisher, published = dateline_defaults(
        item.text, publisher=item.publisher, published=item.published
    )
    document = Document(
        title=item.title, publisher=publisher, url=item.url, published=published,
        text=item.text, content_hash=content_hash(item.text),
        extractor_version=EXTRACTOR_VERSION, extracted_at=timezone.now(),
    )  # fmt: skip
    _validate(document, exclude=["content_hash"])
    return document


def text_check(text: str) -> None:
    """Refuse what cannot be a document, with the reason: the one check every door uses."""
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
    return Fact(document=document, **fields.stored_columns(extracted))


REVIEWABLE_FIELDS = fields.CORRECTABLE  # what a reviewer may correct; `original` keeps them


class ReviewError(ValueError):
    """A review cannot be applied; the message says why."""


class FactGone(ReviewError):
    """The fact no longer exists: its document was extracted again before the review landed."""


def fact_review(
    *,
    fact: Fact,
    user,
    status: str | None = None,
    note: str | None = None,
    via: str = "api",
    **corrections,
) -> Fact:
    """Approve, reject or correct a fact; who did what and when is kept as a ReviewEvent.

    Corrections replace the fact's values; `original` keeps what the machine first said.
    A corrected place is looked up in the gazetteer again.
    """
    unknown = set(corrections) - set(REVIEWABLE_FIELDS)
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(sorted(unknown))}")
    with transaction.atomic():
        try:
            fact = Fact.objects.select_for_update().get(pk=fact.pk)
        except Fact.DoesNotExist:
            raise FactGone(
                f"fact {fact.pk} no longer exists: its document was extracted again and the "
                "fact, which nobody had reviewed, was replaced; reload the document"
            ) from None
        before = _review_state(fact)
        for field, value in corrections.items():
            setattr(fact, field, value)
        if "place_name" in corrections:
            _set_place(fact, corrections["place_name"] or "")
        if status is not None:
            fact.status = status
        if note is not None:
            fact.note = note
        _check_bounds(fact)
        fact.reviewed_by = _user_or_none(user)
        fact.reviewed_at = timezone.now()
        try:
            fact.full_clean(exclude=["document"], validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            raise ReviewError(
                "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items())
            ) from exc
        fact.save()
        ReviewEvent.objects.create(
            fact=fact,
            user=fact.reviewed_by,
            created_at=fact.reviewed_at,
            via=via,
            status=fact.status,
            changes=_diff(before, _review_state(fact)),
        )
    return fact


def facts_set_status(*, facts: QuerySet[Fact], status: str, user, via: str) -> int:
    """Give many facts one status at once (a bulk approve, reject or back to pending).

    Facts that already have the status are left alone; returns how many changed.
    """
    if status not in FactStatus.values:
        raise ReviewError(f"unknown status {status!r}")
    now = timezone.now()
    reviewer = _user_or_none(user)
    with transaction.atomic():
        changing = list(
            facts.exclude(status=status).select_for_update().values_list("pk", "status")
        )
        ids = [pk for pk, _ in changing]
        Fact.objects.filter(pk__in=ids).update(status=status, reviewed_by=reviewer, reviewed_at=now)
        ReviewEvent.objects.bulk_create(
            ReviewEvent(
                fact_id=pk,
                user=reviewer,
                created_at=now,
                via=via,
                status=status,
                changes={"status": [old, status]},
            )
            for pk, old in changing
        )
    return len(changing)


def _user_or_none(user):
    return user if getattr(user, "is_authenticated", False) else None


def _review_state(fact: Fact) -> dict:
    return {name: getattr(fact, name) for name in fields.REVIEW_FIELDS}


def _diff(before: dict, after: dict) -> dict:
    return {k: [before[k], after[k]] for k in before if before[k] != after[k]}


PLACE_SET_BY_REVIEWER = "reviewer"


def _set_place(fact: Fact, name: str) -> None:
    """A corrected place, looked up in the gazetteer again, with the aliases of the English
    pack (documents are extracted with the default language, English)."""
    place = resolve_place(name, load_language("en")) if name else None
    for column, value in fields.place_columns(place, name).items():
        setattr(fact, column, value)
    fact.place_reason = PLACE_SET_BY_REVIEWER if name else ""


def _check_bounds(fact: Fact) -> None:
    if fact.value_low is not None and fact.value_low > fact.value:
        raise ReviewError(f"value_low {fact.value_low:g} is above value {fact.value:g}")
    if fact.value_high is not None and fact.value_high < fact.value:
        raise ReviewError(f"value_high {fact.value_high:g} is below value {fact.value:g}")


def is_reviewed(fact: Fact) -> bool:
    """A fact a person has looked at: approved, rejected, or corrected."""
    return fact.status != FactStatus.PENDING or fact.reviewed_at is not None


@dataclass(frozen=True)
class ReextractResult:
    document: Document
    kept: int  # reviewed facts left as they were
    replaced: int  # unreviewed facts removed
    added: int  # new facts stored


def document_reextract(*, document: Document) -> ReextractResult:
    """Extract a document again with the current extractor.

    Only facts nobody reviewed are replaced; every reviewed fact stays with its review, and a
    new fact on the same span and category as a reviewed one is not stored twice.

    The extractor runs before any transaction opens, so no lock is held while it works. The
    write then locks the document and every one of its facts and decides what is reviewed from
    the locked rows: a review that committed first is seen and kept, and a review that comes
    later waits for the lock and then finds its fact gone (FactGone), never a silent loss.
    """
    text, published = Document.objects.values_list("text", "published").get(pk=document.pk)
    extracted = extract_facts(text, published=published)
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document.pk)
        facts = list(Fact.objects.select_for_update().filter(document=document).order_by("pk"))
        reviewed = [f for f in facts if is_reviewed(f)]
        unreviewed = [f.pk for f in facts if not is_reviewed(f)]
        taken = {(f.original.get("category", f.category), f.start, f.end) for f in reviewed}
        taken |= {(f.category, f.start, f.end) for f in reviewed}
        new = [
            row
            for row in _unique_spans([_fact_row(document, f) for f in extracted])
            if (row.category, row.start, row.end) not in taken
        ]
        Fact.objects.filter(pk__in=unreviewed).delete()
        Fact.objects.bulk_create(new)
        document.extractor_version = EXTRACTOR_VERSION
        document.extracted_at = timezone.now()
        document.save(update_fields=["extractor_version", "extracted_at"])
    return ReextractResult(document, kept=len(reviewed), replaced=len(unreviewed), added=len(new))
