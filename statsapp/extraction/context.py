"""The document around a figure: where a figure happened when its own sentence does not say.

News names a place once and counts afterwards: "A bomb went off in Shahid Asas district,
Uruzgan province. Three civilians were killed." A figure whose sentence names no place takes,
in order: the first place (its larger places aside) of the nearest earlier sentence of its
paragraph that names one; the place of the heading line over its section ("MOZAMBIQUE",
then "People killed: 602"); the place of the report's lead (its headline or first sentence);
the city of its dateline ("MOGADISHU —"), which says where the report was filed and so is the
last resort. The reason is kept on the fact, so a reviewer sees why a place was chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .dateline import filed_from
from .lang import Language
from .places import country_of, in_countries, in_regions, places_named, resolve
from .segment import Sentence
from .types import ExtractedFact, Place

LOOK_BACK_SENTENCES = 3  # the earlier sentences of a paragraph a figure may take its place from
LEAD_SENTENCES = 2  # the headline and first sentence, or the first two sentences
NATIONWIDE_REACH = 30  # characters around a figure in which "nationwide" speaks of it
ANAPHOR_REACH = 60  # and in which "in the state" does

DISTRICT = 3  # the precision code of a district, as event datasets code it

# Reasons, most trusted first.
OWN_SENTENCE = "sentence"
PREVIOUS_SENTENCE = "previous sentence"
SECTION = "section"
LEAD = "lead"
DATELINE = "dateline"
PLACE_TRUST = (OWN_SENTENCE, PREVIOUS_SENTENCE, SECTION, LEAD, DATELINE)


def place_from_context(
    text: str, sentences: list[Sentence], facts: list[ExtractedFact], lang: Language
) -> list[ExtractedFact]:
    """The facts, each with a place and the reason for it where the document gives one, and
    each place in the countries the document names where a place of that name lies there."""
    named = _cached(lambda index: _first(places_named(sentences[index].text, lang)))
    index_of = {sentence.start: index for index, sentence in enumerate(sentences)}
    paragraph = _paragraphs(text, sentences)
    lead = _lead_place(sentences, named)
    section = _sections(text, sentences, lang)
    dateline = _dateline_place(text, lang)
    placed = []
    for fact in facts:
        if fact.place is not None:
            fact.place_reason = OWN_SENTENCE  # the pipeline's own facts, made for this text
            if _headline_country(fact, index_of, lead):
                # "5 soldiers killed in bomb attack in southwestern Colombia", then "the blast
                # hit troops in the town of Balboa, in Cauca": the town the report is about
                fact.place, fact.place_reason = lead[1], LEAD
            placed.append(_whole_country(fact, lang))
            continue
        if fact.unit == "km" and not is_depth(fact, lang):
            placed.append(fact)  # a distance is measured from a place, not at one
            continue
        index = index_of.get(fact.sentence_start)
        place = _earlier_clause(fact, lang)
        reason = OWN_SENTENCE if place is not None else ""
        if place is None and index is not None:
            for earlier in range(index - 1, max(index - 1 - LOOK_BACK_SENTENCES, -1), -1):
                if paragraph[earlier] != paragraph[index]:
                    break
                place = named(earlier)
                if place is not None:
                    reason = PREVIOUS_SENTENCE
                    break
        kind = _names_region_by_kind(fact, lang) if index is not None else None
        if kind is not None:
            region = _region_before(sentences, index, fact, lang, district=kind == "district")
            if region is not None:
                place, reason = region, PREVIOUS_SENTENCE if place is not None else LEAD
        if place is None and index is not None and section[index] is not None:
            place, reason = section[index], SECTION
        if place is None and lead is not None:
            first, finer, finer_index = lead
            place, reason = (finer if finer is not None and finer_index != index else first), LEAD
        if place is None and dateline is not None:
            place, reason = dateline, DATELINE
        fact.place, fact.place_reason = place, reason
        placed.append(_whole_country(fact, lang))
    return _in_document_countries(placed, lang)


def is_depth(fact: ExtractedFact, lang: Language) -> bool:
    """Whether a distance is a quake's depth ("at a depth of 10 km"), which lies at the place
    of the quake rather than being measured from one."""
    start, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    rules = lang.pipeline
    return bool(
        rules.depth.search(fact.sentence, max(0, start - 30), start)
        or rules.deep_after.match(fact.sentence, end)
    )


def _headline_country(
    fact: ExtractedFact, index_of: dict[int, int], lead: tuple[Place, Place | None, int] | None
) -> bool:
    """Whether a figure of the headline is placed in a country only, while the first sentence
    under it names a finer place in that country."""
    return (
        lead is not None
        and lead[1] is not None
        and index_of.get(fact.sentence_start) == 0
        and fact.place is not None
        and fact.place.kind == "country"
        and lead[1].country_code in (None, fact.place.country_code)
    )


def _earlier_clause(fact: ExtractedFact, lang: Language) -> Place | None:
    """The place named last in the clauses of a figure's own sentence before its own: "raiders
    attacked a cattle camp at Panyan Bech; 16 people were killed" happened at Panyan Bech."""
    cut = fact.start - fact.sentence_start
    semicolon = fact.sentence.rfind(";", 0, cut)  # not "but", "while": they contrast
    if semicolon < 0:
        return None
    found = places_named(fact.sentence[:semicolon], lang)
    return found[-1] if found else None


def _whole_country(fact: ExtractedFact, lang: Language) -> ExtractedFact:
    """A figure for a whole country ("across the country"), one for a period whose town comes
    from elsewhere in the document ("killed 2,754 civilians in 2012" in a report filed in
    Kabul), or one for a whole war whose smaller place comes from elsewhere ("the civil war
    has killed tens of thousands" after a report on Omdurman) is placed in the country of the
    place found."""
    if fact.place is None or fact.unit == "km":
        return fact
    rules = lang.places
    start, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    before = re.split(r"[:;]", fact.sentence[max(0, start - NATIONWIDE_REACH) : start])[-1]
    after = re.split(r"[:;]", fact.sentence[end : end + NATIONWIDE_REACH])[0]
    near = before + fact.sentence[start:end] + after  # its clause: not "593 nationwide: 297 in X"
    elsewhere = fact.place_reason != OWN_SENTENCE and fact.place.kind != "country"
    wide = (
        rules.nationwide.search(near)
        or (
            elsewhere
            and fact.place.kind in ("city", "admin2", "unresolved")
            and rules.period.search(fact.sentence)
        )
        or (elsewhere and rules.war.search(fact.sentence))
    )
    if not wide:
        return fact
    country = country_of(fact.place)
    return replace(fact, place=country) if country is not None else fact


def _names_region_by_kind(fact: ExtractedFact, lang: Language) -> str | None:
    """The kind a figure's clause names its region by, alone: "killed 100 people in attacks on
    communities in the state" (state), "412 killed in the district" (district)."""
    start, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    clause = fact.sentence[max(0, start - ANAPHOR_REACH) : end + ANAPHOR_REACH]
    m = lang.places.region_anaphor.search(re.split(r"[:;]", clause)[-1])
    return m.group().split()[-1].lower() if m is not None else None


def _region_before(
    sentences: list[Sentence], index: int, fact: ExtractedFact, lang: Language, district: bool
) -> Place | None:
    """The nearest first-level region named before a figure (its own sentence up to it, then
    the earlier sentences, nearest first), else the region of the nearest town named; for "the
    district", the nearest district."""
    cut = fact.start - fact.sentence_start
    fallback = None  # the region of a town, where no region is named itself
    for earlier in range(index, -1, -1):
        text = sentences[earlier].text[:cut] if earlier == index else sentences[earlier].text
        for place in reversed(places_named(text, lang)):
            if district:
                if place.kind == "admin2" or place.precision == DISTRICT:
                    return place
                continue
            if place.kind == "admin1":
                return place
            if place.admin1 and fallback is None:
                fallback = place.admin1
    region = resolve(fallback, lang, region=True) if fallback else None
    return region if region is not None and region.kind == "admin1" else None


def _in_document_countries(facts: list[ExtractedFact], lang: Language) -> list[ExtractedFact]:
    """Namesakes settled by the countries a document's places lie in: those of the countries
    and regions named in the figures' own sentences ("Noto" in a report on Ishikawa is the
    Japanese town, not the Sicilian one)."""
    countries = frozenset(
        fact.place.country_code
        for fact in facts
        if fact.place is not None
        and fact.place.country_code
        and fact.place_reason == OWN_SENTENCE
        and fact.place.kind in ("country", "admin1", "admin2")
    )
    if not countries:
        return facts
    facts = [_with_place(fact, in_countries(fact.place, countries, lang)) for fact in facts]
    regions = frozenset(
        (fact.place.country_code, fact.place.name if fact.place.kind == "admin1" else "")
        for fact in facts
        if fact.place is not None
        and fact.place.kind == "admin1"
        and fact.place_reason == OWN_SENTENCE
    )
    if not regions:
        return facts
    return [_with_place(fact, in_regions(fact.place, regions)) for fact in facts]


def _with_place(fact: ExtractedFact, place: Place | None) -> ExtractedFact:
    """The fact with another place, or the fact itself where the place is the same."""
    return fact if place is fact.place else replace(fact, place=place)


def _paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """The paragraph of each sentence: a line break between two sentences starts a new one."""
    numbers, current, previous_end = [], 0, 0
    for sentence in sentences:
        if "\n" in text[previous_end : sentence.start]:
            current += 1
        numbers.append(current)
        previous_end = sentence.end
    return numbers


SECTION_WORDS = 6  # at most this many words make a heading that names a place


def _sections(document: str, sentences: list[Sentence], lang: Language) -> list[Place | None]:
    """For each sentence, the place named by the last heading line at or before it: a report
    by country or province ("MOZAMBIQUE" on a line of its own, then "People killed: 602"), not
    a dateline that opens a paragraph ("Jakarta. More than 1,200 people ...")."""
    current: Place | None = None
    places = []
    for sentence in sentences:
        text = sentence.text.strip().rstrip(":").strip()
        own_line = document[sentence.end : sentence.end + 2].lstrip(" \t")[:1] in ("\n", "")
        if (
            text
            and own_line
            and len(text.split()) <= SECTION_WORDS
            and not any(c.isdigit() for c in text)
        ):
            heading = resolve(text.title() if text.isupper() else text, lang)
            if heading is not None:
                current = heading
        places.append(current)
    return places


SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'")  # a headline ends with none of them


def _lead_place(
    sentences: list[Sentence], named: Callable[[int], Place | None]
) -> tuple[Place, Place | None, int] | None:
    """The place of the report's lead: the first its headline and first sentence name; and,
    under a headline, a finer one in the same country, or one the gazetteer lacks, that the
    first sentence names ("missile strike in Yemen", then "hit their house in the central
    province of Marib"), with the index of its sentence, whose own figures it does not serve."""
    places = [
        (index, place)
        for index in range(min(LEAD_SENTENCES, len(sentences)))
        if (place := named(index)) is not None
    ]
    if not places:
        return None
    first = places[0][1]
    if places[0][0] != 0 or sentences[0].text.rstrip().endswith(SENTENCE_ENDS):
        return first, None, -1  # no headline: the first sentence's place is the lead's
    for index, place in places[1:]:
        if place.rank < first.rank and place.country_code in (None, first.country_code):
            return first, place, index
    return first, None, -1


def _dateline_place(text: str, lang: Language) -> Place | None:
    found = filed_from(text, lang)
    if found is None:
        return None
    name, _ = found
    return resolve(name, lang)


def _cached(function: Callable[[int], Place | None]) -> Callable[[int], Place | None]:
    """Each sentence's places are read once, however many figures look back at it."""
    seen: dict[int, Place | None] = {}

    def read(index: int) -> Place | None:
        if index not in seen:
            seen[index] = function(index)
        return seen[index]

    return read


def _first(places: list[Place]) -> Place | None:
    """The place a sentence names first: where it happened ("in Guma and Logo LGAs: six at Tse
    Shan ..."), its regions having been set aside as parents of the places they follow."""
    return places[0] if places else None
