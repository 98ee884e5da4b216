"""Plain data objects passed between the extraction stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .registry import CATEGORIES

PRECISION = {"city": 1, "admin2": 3, "admin1": 4, "country": 6}

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
    kind: str = "city"  # "country", "admin1", "admin2", "city" or "unresolved"
    admin1: str = ""  # the first-level region (province, state, oblast) it lies in, if known
    # the precision the text gives where the level does not: a village or a district the
    # gazetteer lacks ("Kasana village" 1, "Waaberi district" 3), or "near" a town (2)
    precision_hint: int | None = None

    @property
    def precision(self) -> int | None:
        """How exactly the place pins the event down, as event datasets code it: 1 the town
        itself, 2 near a town, 3 a district, 4 a province, 6 a country; None for a name the
        gazetteer lacks and the text does not say the kind of."""
        if self.precision_hint is not None:
            return self.precision_hint
        return PRECISION.get(self.kind)

    @property
    def rank(self) -> int:
        """For choosing between places: a place the gazetteer lacks is the finest (villages),
        then towns, districts, provinces and countries."""
        return 0 if self.kind == "unresolved" else PRECISION.get(self.kind, 0)


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
    # why this place: "sentence" (the figure's own sentence), "previous sentence", "lead"
    # (the headline or first sentence), "dateline"; "" without a place
    place_reason: str = ""
    reported_by: str | None = None
    parts: tuple[float, ...] = ()
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The fact as JSON-ready data; `place` is the place name or None."""
        data = asdict(self)
        data["place"] = self.place.name if self.place else None
        data["parts"] = list(self.parts)
        return data
