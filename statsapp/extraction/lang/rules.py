"""What a language pack gives each stage: one frozen dataclass of compiled rules per stage.

A pack's grammar module fills these from its tables; the stages read them and nothing else of
a language. Patterns are compiled once, when the pack is loaded. Where a comment says how a
stage uses a pattern ("matched at the end of a number"), a pack's pattern must fit that use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

Pattern = re.Pattern[str]


@dataclass(frozen=True)
class SegmentRules:
    abbreviations: frozenset[str]  # lower case, with their stop: "feb.", "u.s."; no sentence end


@dataclass(frozen=True)
class DatelineRules:
    # matched at the text's start; groups "places" and "publisher", and "iso" (a date
    # YYYY-MM-DD) in the first, "written" (a written date) in the second
    iso_first: Pattern  # "date 2022-03-03 KYIV/ KHARKIV (Reuters) -"
    places_first: Pattern  # "KYIV, March 3 (Reuters) -"


@dataclass(frozen=True)
class PlaceRules:
    # searched in a clause; groups "intro" (the word that opens the slot), "name", and the
    # kind of place when the slot names one: "kind", "titled" or "suffix"
    slot: Pattern  # "in the city of Izyum", "have fled Ukraine", "in Kerala's Wayanad district"
    locative: Pattern  # fullmatch of an "intro" that says where something happened: "in", "at"
    initial: Pattern  # a name opening a sentence, group "name": "Kabul mosque blast: 9 dead"
    heading: Pattern  # a heading before a colon or a dash: "Kentucky tornadoes: ..."
    segment_break: Pattern  # a break between the parts of a sentence: ";", "while"
    directions: Pattern  # fullmatch of a word that qualifies a place name: "eastern", "besieged"
    not_places: frozenset[str]  # capitalised words that are no place in a slot: "Aid", "All"
    aliases: Mapping[str, str]  # a spelling -> the name stored: "Kiev" -> "Kyiv"
    known: Mapping[str, Mapping]  # places the gazetteer lacks: name -> Place fields
    article: str  # before a name, not part of it: "the " (of "the Gaza Strip")
    possessive_end: Pattern  # removed from a name's end: "Ukraine's" -> "Ukraine"
    possessor: Pattern  # removed before a named place: "Kerala's Wayanad" -> "Wayanad"
    name_joiner: Pattern  # between two names, the first kept: "Irpin and Bucha" -> "Irpin"


@dataclass(frozen=True)
class AttributionRules:
    # searched in a sentence in order, the first giving a group "source" wins
    patterns: tuple[Pattern, ...]  # ", Ukraine's Parliament said", "according to the UN"
    pronouns: frozenset[str]  # lower-case words that name no source on their own: "it", "they"
