"""Plain data objects passed between the extraction stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .registry import CATEGORIES

__all__ = ["CATEGORIES", "QUALIFIERS", "ExtractedFact", "Mention", "Place"]

QUALIFIERS = ("exact", "approximate", "at_least", "at_most", "range", "vague")


@dataclass(frozen=True)
class Place:
    """A place a figure refers to, resolved against the offline gazetteer where possible."""

    name: str
    geonameid: int | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    kind: str = "city"  # "city", "country" or "unresolved"


@dataclass(frozen=True)
class Mention:
    """One occurrence of a figure in the text."""

    quote: str
    start: int
    end: int
    sentence: str


@dataclass
class ExtractedFact:
    category: str
    value: float
    value_low: float | None
    value_high: float | None
    qualifier: str
    unit: str  # "people" or "km"
    original_unit: str  # "people", "km" or "miles"
    quote: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    place: Place | None = None
    reported_by: str | None = None
    parts: tuple[float, ...] = ()
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The fact as JSON-ready data; `place` is the place name or None."""
        data = asdict(self)
        data["place"] = self.place.name if self.place else None
        data["parts"] = list(self.parts)
        return data
