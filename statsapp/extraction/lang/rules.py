"""What a language pack gives each stage: one frozen dataclass of compiled rules per stage.

A pack's grammar module fills these from its tables; the stages read them and nothing else of
a language. Patterns are compiled once, when the pack is loaded. Where a comment says how a
stage uses a pattern ("matched at the end of a number"), a pack's pattern must fit that use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
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
    # searched at the start of a line near the top, group "places": the city a report was
    # filed from, after a headline too: "MOGADISHU —", "KHARKIV, Ukraine (AP) —", "GOMA:"
    filed_from: Pattern


@dataclass(frozen=True)
class NounRules:
    person: frozenset[str]  # lower case: a number before one counts people ("12 civilians")
    non_person: frozenset[str]  # lower case: a number before one counts things ("12 tanks")


@dataclass(frozen=True)
class NumberRules:
    units: Mapping[str, int]  # number words: "one" -> 1, "twenty" -> 20
    scales: Mapping[str, int]  # "hundred" -> 100, "million" -> 10**6, after a number word
    digit_scales: Mapping[str, int]  # the scales that multiply digits: "3 million", not "3 dozen"
    suffixes: Mapping[str, float]  # a scale written into the digits: "3.7m", "12k"
    articles: frozenset[str]  # before a scale, one of it: "a million"
    phrases: tuple[tuple[tuple[str, ...], float], ...]  # whole numbers: ("half", "a", "million")
    joiners: frozenset[str]  # between a scale and a unit: "two hundred and five"
    partitives: frozenset[str]  # between a vague amount and its noun: "thousands of people"
    vague_by_first: Mapping[str, tuple[tuple[list[str], float, float], ...]]  # first word ->
    # (words, low, high), longest first: "tens" -> (["tens", "of", "thousands"], 20000, 99999)
    openers: frozenset[str]  # words that can open a number; any other word is skipped at once
    months: frozenset[str]  # lower case; a number next to one is a date
    time_nouns: frozenset[str]  # after a number: a duration ("three days")
    clock_words: frozenset[str]  # after a number: a time of day ("5 pm"); "a.m." is read apart
    currency_words: frozenset[str]  # before a number: money ("USD 500", "Rs 500")
    age_words: frozenset[str]  # before a number: an age ("aged 68")
    age_hedges: frozenset[str]  # before an age: "two men of about 30"
    age_units: frozenset[str]  # after a number and a hyphen: an age ("68-year-old")
    percent_words: frozenset[str]  # after a number: a percentage ("12 percent", "12 %")
    percent_pairs: frozenset[tuple[str, str]]  # the same in two words: ("per", "cent")
    # ending at a number (searched up to it): (qualifier, pattern) in order, "at least 12"
    qualifiers_before: tuple[tuple[str, Pattern], ...]
    qualifiers_after: tuple[tuple[str, Pattern], ...]  # matched at its end: "12 or more"
    negator: Pattern  # ending at a number: it counts nobody ("no one", "not a single")
    subset_before: Pattern  # ending at a number: a part of a figure before ("including 12")
    subset_after: Pattern  # matched at its end: the same ("2.9 million of them")
    among_named: Pattern  # searched in a subset marker: "among the dead" names the group
    range_link: Pattern  # matched at a number's end, before a second one: "10-15", "10 to 15"
    between: Pattern  # ending at a number, group 1 the range's start: "between 10 and 15"
    between_link: Pattern  # the link after "between": "and"
    alternatives: frozenset[str]  # a link that makes a range only after "between": "10 or 15"
    group_link: Pattern  # fullmatch between groups of people: "six adults and two children"
    # matched at a number's end: "pupils and a security guard" (groups 1 and 2, the nouns)
    single_person: Pattern
    person_head: Pattern  # matched after a number: up to three words, the last naming people
    category_nouns: frozenset[str]  # words that give a group its own category: "refugees"
    # matched between two groups with an aside naming some of the first: ", three of their
    # commanders among them, and "
    # fullmatched between one person and "N others": an aside may come between
    others_link: Pattern
    group_link_aside: Pattern
    is_plural: Callable[[str], bool]  # whether a noun names more than one: "guards"
    group_noun: Pattern  # matched at a number's end: the noun it counts ("police officers")
    # matched after a later group's noun: it speaks, so it is no part of the group before ("killed
    # six soldiers, two officers told AFP")
    group_speaks: Pattern
    # matched after a later group's noun: it is some of the people before ("four people, two
    # girls aged 12 and 17 among them"), not more of them
    group_part_of: Pattern
    fraction_words: frozenset[str]  # after a number, no count: "two-thirds", "a five-fold rise"
    aged_nouns: frozenset[str]  # "a woman of 88": before "of" and a number, an age follows
    # after a number and a hyphen, words that still leave it a count ("the 12-strong crew")
    hyphen_counts: frozenset[str]
    # beside a number, words of a measure rather than a count: "magnitude 6.400"
    measure_words: frozenset[str]
    # "eight in ten of the displaced": after a number and "in", a base makes it a proportion
    proportion_bases: frozenset[str]
    # "one of 500 camps", "one of the worst-hit": after "one of the", a word that ranks
    ranking_words: frozenset[str]
    # a person counted without a number, matched at an article, groups "noun" and, for more
    # people joined to them, "kin" ("a soldier and his son") or "others" ("a village head and
    # four others"): "a police officer was killed"
    counted_person: Pattern
    counted_articles: frozenset[str]  # the words such a count begins with: "a", "the"
    # a victim named by name, searched: after a verb of killing, from right after the verb
    # ("killed the pro-Taliban cleric Sheikh Rahimullah Haqqani") or before what befell them
    # ("Aminu Mai Unguwa was killed"); group "name" the name, which must be no place
    named_person: Pattern
    named_person_hint: Pattern  # searched first: a word named_person needs ("killed", "died")
    # matched at "both": two people ("both victims", "both were shot"); group "noun" the noun
    # after it, if any, which must be a person's
    both: Pattern
    # matched at a counted article: people held earlier in the report, counted by the figure
    # that said how many were taken ("three employees were abducted ... the hostages were
    # killed"); the figure is read by held_before (searched, ending at it: "abducted three")
    # and held_after (matched after it: "three employees were abducted")
    referent: Pattern
    held_before: Pattern
    held_after: Pattern
    # between such people and the word that says what befell them: " was ", " were later "
    counted_link: Pattern
    # matched after the verb right after a person counted without a number: the verb has an
    # object, so the person is the one who did it ("a suicide bomber killed himself and 5")
    agent_object: Pattern
    # a figure's aside between commas that breaks it down or names some of its people before
    # the clause goes on: "53 people, including 15 women, were killed", "nine civilians, two
    # women and seven men, were killed". aside_open is matched after the figure's noun up to
    # the next figure; aside_close is searched after that figure for where the aside ends.
    aside_open: Pattern
    aside_close: Pattern


@dataclass(frozen=True)
class DistanceRules:
    unit_hint: Pattern  # a length unit: only sentences with one are given to quantulum3
    pair_open: Pattern  # fullmatch between a distance and the same in the other unit: " ("
    parser_lang: str  # quantulum3's language: "en_US"
    # A distance written plainly, digits right before a unit ("40 km", "12.5 miles"), read
    # without quantulum3 where its window holds no other unit: groups "value" and "km" or
    # "miles". plain_not_after is searched on the window's text before it: a range, a second
    # number or a sign ("30 to 40 km", "3 1/2 miles") is left to quantulum3.
    plain: Pattern
    plain_not_after: Pattern


@dataclass(frozen=True)
class PipelineRules:
    may_hold_figure: Pattern  # searched: a digit or a number word; a sentence without is skipped
    # fullmatch between a count of households and the people in them ("2,133 families, or
    # 20,000 people"): the people figure is read as if the households were not there
    households_aside: Pattern
    right_clause_end: Pattern  # searched after a figure: where its clause ends (", and ")
    thing_after: Pattern  # matched at a number's end: group 1 the noun after one modifier
    noun_after: Pattern  # matched at a number's end: group 1 the word right after it
    unquoted_nouns: frozenset[str]  # person nouns a quote does not take in: "12 more"
    # matched from the end of the figure before to the start of this one: the verb is not
    # repeated ("killed three in Grenada and two in St Vincent"), or a comparison ("down from")
    gapped: Pattern
    compared: Pattern
    depth: Pattern  # searched before a distance: "at a depth of", measured at the epicentre
    deep_after: Pattern  # matched after a distance: "8.2 km (5.1 mi) deep"
    not_distance_before: Pattern  # ending before a length: a size ("a depth of 10 km")
    not_distance_after: Pattern  # matched after a length: a size ("10 km deep")
    # matched right after a figure: it is an item of a list by place, "69 in Wajima"
    place_item: Pattern
    # fullmatched between two items of such a list: ", ", "; ", " and ", " — "
    list_gap: Pattern
    # fullmatched between a figure and the first item of its list after a colon, however long
    # the words between ("killed 22 people on Sunday in two communities of Kankara: 15 in ...")
    list_colon: Pattern
    # fullmatched between a figure and the next when the next is an item of a list that names
    # its place first, group "name": "... 149 deaths, followed by Punjab with 114, Sindh 111"
    named_item: Pattern
    named_item_end: Pattern  # matched after such an item: its closing ")" or nothing
    # matched after a figure: the same figure for several places, group "names" ("two each
    # in Anamizu and Noto", "one each in Polk, Lake and Hendry counties"), split by each_name
    each_pair: Pattern
    each_name: Pattern
    # matched after a figure whose places come before it: "Barin Zare and Otawa lost eight
    # people each", "Gyadadde and Sabon Gari four each"
    each_after: Pattern
    names_to_figure: Pattern  # fullmatched between those places and the figure: " lost "
    # figures joined and then said to go with places in order: "Khyber Pakhtunkhwa and Punjab
    # reported 308 and 223 deaths respectively"; respectively is searched after the figures,
    # in their clause; names_run finds the places, group "names", split by each_name
    respectively: Pattern
    names_run: Pattern
    figures_joined: Pattern  # fullmatch between two such figures: " and ", ", "
    # matched at a sentence's start: a heading that opens a list by place whose category the
    # sentence before gave ("62 of those deaths. By district: Bilaspur (5), Chamba (3)")
    list_header: Pattern
    # searched in the clause before a colon that opens a list by place whose figures say of
    # themselves nothing: a noun that names their category ("listed the killings earlier that
    # week in Bokkos: five people in Wumat, four in Kuba"), as (category, pattern) pairs
    list_nouns: tuple[tuple[str, Pattern], ...]
    # searched before a figure with no category of its own: a count of no named category ("the
    # official count had previously stood at 255"), which counts what the sentence before did
    worst_hit: Pattern  # searched before a figure in parentheses: "The hardest hit are"
    more_of_them: Pattern  # searched before a figure: "another", more of the last figure's kind
    reported_in: Pattern  # matched after such a figure: "another 4,000 were reported in Birak"
    count_before: Pattern
    # "at least nine people were killed and 14 wounded": fullmatched between the figures
    # (shared_gap) and between the second and its trigger (no_own_verb) for the qualifier
    # to carry over
    shared_gap: Pattern
    no_own_verb: Pattern


@dataclass(frozen=True)
class Flight:
    """A rule in place of a category: the words after a verb of fleeing say where people went,
    and where they went says what they are: a country's name among the words ("fled to
    Poland") is read with ClassifyRules.proper_names."""

    clause_end: Pattern  # searched in the 60 characters after the verb: where its words end
    home: Pattern  # matched at their start: they fled their homes ("from their homes")
    within: Pattern  # searched: they stayed in the country ("elsewhere in", "within")
    abroad: Pattern  # searched: they left it ("abroad", "across the border")
    # searched in the rest of the sentence, group "name": they found refuge in a country
    # ("... and sought refuge in neighbouring Sudan")
    refuge_abroad: Pattern
    stayed: str  # the category of people who stayed in their country, or of whom none is said
    left: str  # the category of people who left it


@dataclass(frozen=True)
class ClassifyRules:
    # (category, pattern) pairs, tried in order; each kind of evidence is described in
    # classify.py, where it is read
    labels: tuple[tuple[str, Pattern], ...]  # ending right before a number: "Dead: 41"
    strong: tuple[tuple[str, Pattern], ...]  # searched after it: "2,000 people had died"
    weak: tuple[tuple[str, Pattern], ...]  # searched after it: "196,000 refugees"
    before: tuple[tuple[str, Pattern], ...]  # ending right before it: "killed six adults"
    toll: tuple[tuple[str, Pattern], ...]  # ending before it: "the death toll rose to 50"
    # the category found -> the weak categories that replace it ("home to 196,000 refugees")
    overrides: Mapping[str, frozenset[str]]
    not_for_subsets: frozenset[str]  # weak categories a part of a figure does not take
    # a trigger after a number (fullmatch) that counts only in a sentence where the second
    # pattern is found: "arrived" only in a sentence about a border, a camp, asylum ...
    requires: tuple[tuple[Pattern, Pattern], ...]
    combine: Pattern  # matched at a trigger's end, before a second: "killed or injured"
    combined: Mapping[str, tuple[str, str]]  # a category -> (its partner, the two together)
    flights: Mapping[str, Flight]  # names of strong triggers that are rules, not categories
    before_fillers: Pattern  # ending before a number, left out: "killing all 298"
    before_person_only: Pattern  # ending before a number: a person noun must follow it
    # or one of these words, or no word at all: the people go unnamed ("affected more than 1.5
    # million in Mozambique")
    bare_count_next: frozenset[str]
    before_nouns: tuple[tuple[Pattern, frozenset[str]], ...]  # the same, for listed nouns only
    kin: Pattern  # matched after a number: relatives ("lost three children")
    kin_triggers: Mapping[str, frozenset[str]]  # category -> before-triggers that need kin
    hypothetical: Pattern  # searched: what could or may happen, not what did
    clause_stops: frozenset[str]  # lower-case words that end the window after a number
    comma_continuations: Pattern  # matched at a comma: the window goes on ", including"
    resume: Pattern  # searched after a comma: a parenthetical ends, ", have been displaced"
    # matched where the words after a figure go on: the ages of its people, which say nothing of
    # what befell them ("two men, aged 61 and 37, were wounded", "two men of 45 and 49 were")
    # matched after a number: its people are who tell or count ("two officials said", "several
    # local sources put the dead at"), not those counted
    speaker: Pattern
    age_aside: Pattern
    # matched at a comma after a figure: more names of a list of places, which say nothing of
    # what the figure counts ("in Mundakkai, Chooralmala and Attamala have been affected")
    name_list: Pattern
    # the verbs of resume that go on a clause only after an aside, never right after its comma
    participles: frozenset[str]
    # after ", most of them": a relative clause there speaks of the part, not the figure
    relative_pronouns: frozenset[str]
    left_breaks: Pattern  # searched before a number: where its clause starts ("but", ";")
    # searched, ending before a person counted without a number: the victim's name, the person
    # in apposition to it ("shot dead Sule Gwamnati, a middle-aged man")
    named_victim: Pattern
    proper_names: Pattern  # searched: capitalised names, a country's among them
    possessive: Pattern  # split on: "Ethiopia's Tigray" -> "Ethiopia", the owner
    # category -> (fullmatch of its before-triggers that host people, the category they count
    # where no country is named before them): "Chad hosts 600,000" counts refugees, "the camp
    # hosts 500,000 people" displaced people
    hosts: Mapping[str, tuple[Pattern, str]]
    refugee_word: Pattern  # searched: the sentence speaks of refugees, so hosts host them
    # matched after the second of two categories named together: it has its own figure, so
    # the two are not one ("shot five people dead and wounded two")
    own_count: Pattern
    # matched at the end of the word before "and" or "or": two verbs of one subject, so the
    # clause goes on ("were kidnapped and later murdered", "abducted and found dead")
    verb_pair: Pattern
    passive_before: Pattern  # searched, ending before "and": "were kidnapped", "had been shot"
    # matched at "and": it joins two groups of one subject before their verb ("Fifteen soldiers
    # and volunteer militiamen were killed"), so the clause goes on
    noun_pair: Pattern
    # matched right after a number: a word that begins a phrase of time or place rather than
    # modifying a noun of things ("1 million this week", not "53 relief camps")
    time_modifier: Pattern


@dataclass(frozen=True)
class PlaceRules:
    # searched in a clause; groups "intro" (the word that opens the slot), "name", and the
    # kind of place when the slot names one: "kind", "titled" or "suffix"
    slot: Pattern  # "in the city of Izyum", "have fled Ukraine", "in Kerala's Wayanad district"
    locative: Pattern  # fullmatch of an "intro" that says where something happened: "in", "at"
    slot_intro: Pattern  # fullmatch of any word that opens a slot: "in", "from", "near"
    slot_start: Pattern  # searched: where a slot may begin (zero width, every such word)
    attacked: Pattern  # fullmatch of an "intro" that is a verb of attack or disaster: "raided"
    # fullmatch of an "intro" after which a name the gazetteer lacks is still a place
    # ("at Togoga"), unless a word of it is in not_place_words ("at Al-Shifa Hospital")
    bare: Pattern
    not_place_words: frozenset[str]
    # buildings named after people, whose owner is a saint, not a town: "Michael's Church"
    named_after_people: frozenset[str]
    adjective: Pattern  # fullmatch: a name that may be the adjective of a people, "Yemeni"
    noun_after: Pattern  # matched after such a name: a common noun, "in Yemeni territory"
    kind_after: Pattern  # matched after a name: a kind of place, "Waaberi district"
    kind_in_apposition: Pattern  # matched after a name: "Magami, a village in Zamfara"
    # matched after the name a verb of attack takes: what was attacked was a force's, not a
    # place ("attacked FAMa positions", "ambushed an SNA convoy")
    force_after: Pattern
    # a people's adjective is its country's name with one of these endings in place of one of
    # the stem ends: "Yemen" + "i", "Brazil" + "ian", "Somali" + "a" -> "Somalia"
    demonym_suffixes: tuple[str, ...]
    demonym_stem_ends: tuple[str, ...]
    initial: Pattern  # a name opening a sentence, group "name": "Kabul mosque blast: 9 dead"
    heading: Pattern  # a heading before a colon or a dash: "Kentucky tornadoes: ..."
    # an incident report's heading, matched at a sentence's start after any dateline: when and
    # where before a colon, parts apart with commas ("Monday 22 July, about 20:00, Mabasele,
    # Beni territory, North Kivu: ..."); group "head". incident_when fullmatches a part that
    # says when ("Night of 9 October", "about 20:00"); the other parts name the place, the
    # most specific first.
    incident_heading: Pattern
    incident_when: Pattern
    segment_break: Pattern  # a break between the parts of a sentence: ";", "while"
    directions: Pattern  # fullmatch of a word that qualifies a place name: "eastern", "besieged"
    not_places: frozenset[str]  # capitalised words that are no place in a slot: "Aid", "All"
    aliases: Mapping[str, str]  # a spelling -> the name stored: "Kiev" -> "Kyiv"
    known: Mapping[str, Mapping]  # places the gazetteer lacks: name -> Place fields
    article: str  # before a name, not part of it: "the " (of "the Gaza Strip")
    possessive_end: Pattern  # removed from a name's end: "Ukraine's" -> "Ukraine"
    possessor: Pattern  # removed before a named place: "Kerala's Wayanad" -> "Wayanad"
    name_joiner: Pattern  # between two names, the first kept: "Irpin and Bucha" -> "Irpin"
    region_kinds: frozenset[str]  # lower-case kinds that make a name a region: "province"
    town_kinds: frozenset[str]  # kinds that make a name a town: "Kherson city"
    kind_precision: Mapping[str, int]  # lower-case kind -> its precision code: "village" 1
    near: Pattern  # fullmatch of an "intro" that puts the event near a town: "near", "outside"
    name_kinds: frozenset[str]  # kinds written as part of a name, kept in it: "Lee County"
    name_kind_countries: frozenset[str]  # the countries whose names keep them: "US"
    kind_end: Pattern  # searched in a name: a kind written as part of it, "Plateau State"
    kind_start: Pattern  # matched at a name's start: a kind written before it, "Barangay Meta"
    # matched right after a slot's name, group "name": the larger place that locates it
    parent: Pattern  # "in Togoga, Tigray": a village the gazetteer lacks, in a known region
    # matched right after a possessive slot name ("Ukraine's"), groups "name" and "suffix":
    # the place the possessive names a part of: "Ukraine's eastern Kharkiv region"
    possessed: Pattern
    # searched in the 60 characters before a distance, ending at it, group "name": the place
    # the distance locates, "Togoga, roughly 15 miles northwest of Mekelle"
    located: Pattern
    # matched after a distance: it locates a place by a direction from another ("north-west
    # of Yangon"), so a name the gazetteer lacks in apposition before it is a place
    located_by: Pattern
    # matched after a slot's name: the place is a line to measure from ("the Niger border")
    reference_after: Pattern
    # matched after a name opening a sentence: it names an institution, not where the figure
    # happened ("Katsina police said bandits attacked Duskuru village")
    institution_after: Pattern
    # matched after a name opening a sentence: a verb whose subject is a storm, a quake or an
    # army rather than a town ("Melissa kills 25 in Haiti")
    leading_time: Pattern  # matched at a name's start: a day or month that is no part of it
    not_place_after: Pattern  # matched after a name the gazetteer lacks: a building or a feud
    agent_verb: Pattern
    spoken_before: Pattern  # searched before a slot: "told a press conference in Jakarta"
    name_before_aside: Pattern  # searched before a figure in parentheses: "Tana River ("
    speaks: Pattern  # a speech verb after a name: "Usman Malgana said" names a person
    # searched, ending at a slot: a distance it is measured from ("40 km northeast of Beni")
    measured_before: Pattern
    # fullmatched between a place and the next slot: the next one is its parent ("Alagarno
    # village in Borno State", "the Waaberi district of Somalia's capital")
    parent_gap: Pattern
    # searched in a sentence, group "name": a place that owns something ("Puerto Rico's
    # authorities", "North Carolina's overall toll", "the Kerala death toll"), where the
    # figure's part names no other
    owner: Pattern
    # searched before a figure, ending at it, group "name": the place of a relative clause
    # that holds the figure ("Derna, where the Red Crescent now counts")
    where: Pattern
    # matched after a name opening a sentence: the sentence says it is a place ("Jajarkot is a
    # hilly district of 190,000 people"), so a name the gazetteer lacks is one
    is_a_place: Pattern
    # searched in a figure's sentence: it counts a whole country ("across the country"), so its
    # place is the country of the place found
    nationwide: Pattern
    # searched in a figure's clause: a region named by its kind alone ("in the state"), which
    # is the region of the nearest place the document named before it
    region_anaphor: Pattern
    # searched in a figure's sentence: it counts a period ("in 2012", "since the war began"),
    # so a place it takes from elsewhere in the document stands for that place's country
    period: Pattern
    # searched in a figure's sentence: it counts a whole war ("the civil war has killed tens of
    # thousands", "since the conflict began"), so any smaller place from elsewhere in the
    # document stands for its country
    war: Pattern


@dataclass(frozen=True)
class AttributionRules:
    # searched in a sentence in order, the first giving a group "source" wins
    patterns: tuple[Pattern, ...]  # ", Ukraine's Parliament said", "according to the UN"
    pronouns: frozenset[str]  # lower-case words that name no source on their own: "it", "they"
