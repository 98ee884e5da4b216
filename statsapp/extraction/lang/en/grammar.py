"""English: the patterns and short word lists no table holds, and the rules compiled from the
tables.

`build` is the pack's entry point (see ../README.md): it turns this folder's JSON tables into
the rules each stage reads. The long word lists are in the tables; what needs a pattern (word
order, sentence shapes) or is a closed handful of words ("a", "an"; "aged") is here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .. import Language, alternation, words_pattern
from ..rules import (
    AttributionRules,
    ClassifyRules,
    DatelineRules,
    DistanceRules,
    Flight,
    NounRules,
    NumberRules,
    PipelineRules,
    PlaceRules,
    SegmentRules,
)


def build(code: str, tables: Mapping[str, Any]) -> Language:
    """The English Language from the pack's tables (lexicon, triggers, places, attribution)."""
    lexicon = tables["lexicon"]
    return Language(
        code=code,
        tables=tables,
        segment=SegmentRules(frozenset(word.lower() for word in lexicon["abbreviations"])),
        dateline=DatelineRules(ISO_FIRST_RE, PLACES_FIRST_RE, FILED_FROM_RE),
        nouns=NounRules(
            person=frozenset(p.lower() for p in lexicon["person_nouns"]),
            non_person=frozenset(lexicon["non_person_nouns"]),
        ),
        numbers=_numbers(lexicon),
        distance=DistanceRules(
            UNIT_HINT_RE,
            PAIR_OPEN_RE,
            parser_lang="en_US",
            plain=PLAIN_DISTANCE_RE,
            plain_not_after=PLAIN_NOT_AFTER_RE,
        ),
        pipeline=_pipeline(lexicon),
        classify=_classify(lexicon, tables["triggers"]),
        places=_places(tables["places"]),
        attribution=_attribution(tables["attribution"]),
    )


# -- datelines ------------------------------------------------------------------------------

ISO_FIRST_RE = re.compile(
    r"^\s*(?:date\s+)?(?P<iso>\d{4}-\d{2}-\d{2})\s+(?P<places>[A-Z][A-Z .,/'’-]*?)\s*"
    r"\((?P<publisher>[^()\n]{2,40})\)\s*[-–—]"
)
PLACES_FIRST_RE = re.compile(
    r"^\s*(?P<places>[A-Z][A-Z .,/'’-]*?)\s*,?\s*"
    r"(?P<written>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"\((?P<publisher>[^()\n]{2,40})\)\s*[-–—]"
)
FILED_FROM_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:date\s+)?\d{4}-\d{2}-\d{2}\s+)?"
    r"(?P<places>[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3})"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"  # ", Ukraine", ", DR Congo"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", March 3"
    r"\s*(?:\([^()\n]{2,40}\)\s*)?(?:(?:[-–—:]|\|[^|\n]{2,20}\|)\s|[–—](?=[A-Z]))"
)

# -- numbers -------------------------------------------------------------------------------

ARTICLES = frozenset({"a", "an"})  # "a million"
NUMBER_PHRASES = (
    (("half", "a", "million"), 500_000.0),
    (("a", "quarter", "of", "a", "million"), 250_000.0),
    (("a", "quarter", "million"), 250_000.0),
    (("quarter", "of", "a", "million"), 250_000.0),
    (("three", "quarters", "of", "a", "million"), 750_000.0),
    (("half", "a", "billion"), 500_000_000.0),
)


# A person's name: an optional title, then two to four capitalised words, with the particles of
# names between them ("Abdel-Majed Abdullah", "Sheikh Rahimullah Haqqani", "Aminu Mai Unguwa").
PERSON_NAME = (
    r"(?=[A-Z])(?:(?:Sheikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Alhaji|Mallam|Chief|Pastor|Father|Imam|Rev\.?|"
    r"Gen\.|Col\.|Maj\.|Capt\.|Lt\.|Sgt\.|Hon\.)\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|The|A|An|Yesterday|"
    r"Today|Tonight|Earlier|Later|Meanwhile|Also|Police|Officials|Residents|Witnesses|Troops|"
    r"Gunmen|Security|Local|State|Federal|Government|Army|Military)\b)"
    r"[A-Z][a-zà-ÿ'’-]+(?:\s+(?:(?:bin|ibn|al|el|dan|de|da|van|von|ould)\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-zà-ÿ'’-]+){1,3}"
)
KILLING_VERBS = (
    r"(?:killed|killing|murdered|assassinated|beheaded|executed|shot dead|gunned down|"
    r"stabbed to death|hacked to death|lynched|shot and killed|"
    r"(?:(?:badly|seriously|critically|severely|lightly)\s+)?(?:wounding|wounded|injuring|injured))"
)
# a word that a victim named by name needs in the sentence: what befell them
NAMED_PERSON_HINT = (
    r"killed|killing|murdered|assassinated|beheaded|executed|shot|gunned|stabbed|hacked|"
    r"lynched|died|dead|wound|injur"
)
NAME_ENDS = (
    r"(?=\s*(?:[,.;:)]|$|\s(?:and|in|on|at|as|while|who|when|after|near|outside|inside|during|"
    r"with|from|before|late|early|last)\b))"
)


def _numbers(lexicon: dict) -> NumberRules:
    singular_person = words_pattern(
        [
            p
            for p in lexicon["person_nouns"]
            if not _is_plural(p) and p not in lexicon["collective_nouns"]
        ]
    )
    vague = sorted(
        ((v["phrase"].split(), v["low"], v["high"]) for v in lexicon["vague"]),
        key=lambda item: -len(item[0]),
    )
    vague_by_first: dict[str, list] = {}
    for entry in vague:
        vague_by_first.setdefault(entry[0][0], []).append(entry)
    scales = lexicon["scale_words"]
    return NumberRules(
        units=lexicon["number_words"],
        scales=scales,
        # digits take every scale but "dozen": "3 million" is 3,000,000; "3 dozen" stays 3
        digit_scales={word: value for word, value in scales.items() if word != "dozen"},
        suffixes=lexicon["scale_suffixes"],
        articles=ARTICLES,
        phrases=NUMBER_PHRASES,
        joiners=frozenset({"and"}),
        partitives=frozenset({"of"}),
        vague_by_first={first: tuple(entries) for first, entries in vague_by_first.items()},
        openers=frozenset(lexicon["number_words"])
        | frozenset(scales)
        | frozenset(vague_by_first)
        | ARTICLES
        | frozenset(words[0] for words, _ in NUMBER_PHRASES),
        months=frozenset(lexicon["months"]),
        time_nouns=frozenset(lexicon["time_nouns"]),
        clock_words=frozenset(lexicon["clock_words"]),
        currency_words=frozenset({"us", "usd", "eur", "rs"}),
        age_words=frozenset({"aged", "age", "ages"}),
        age_hedges=frozenset({"about", "around", "some", "roughly"}),
        age_units=frozenset({"year", "years", "month", "day"}),
        percent_words=frozenset({"%", "percent", "pc"}),
        percent_pairs=frozenset({("per", "cent")}),
        qualifiers_before=tuple(
            (qual, re.compile(r"(?:^|(?<=\W))(?:" + words_pattern(words) + r")\s*$", re.I))
            for qual, words in lexicon["qualifiers_before"].items()
        ),
        qualifiers_after=tuple(
            (qual, re.compile(r"\s*(?:" + words_pattern(words) + r")(?!\w)", re.I))
            for qual, words in lexicon["qualifiers_after"].items()
        ),
        negator=re.compile(r"(?:^|\W)(?:" + words_pattern(lexicon["negators"]) + r")\s+$", re.I),
        subset_before=re.compile(
            r"(?:^|\W)(?:" + words_pattern(lexicon["subset_markers"]) + r")"
            r"(?:\s+(?:were|was|are|is))?[\s:,]*$",  # "among the dead were five police"
            re.I,
        ),
        # "12 of them", "three of the wounded", "eight children were among the dead"
        subset_after=re.compile(
            r"\s+(?:(?:[a-z]+\s+){0,5}?(?:(?:were|was|are|is)\s+(?:reported\s+|also\s+)?)?among|of)"
            r"\s+(?:them|whom|those|"
            r"these|"
            r"the\s+(?:dead|wounded|injured|victims|deaths|casualties|killed|missing|fatalities|"
            r"displaced|evacuees|refugees|survivors))\b",
            re.I,
        ),
        among_named=re.compile(
            r"\bamong\s+(?:the|those)\s+(?:dead|wounded|injured|victims|deaths|casualties|killed|"
            r"missing|"
            r"fatalities)\b",
            re.I,
        ),
        range_link=re.compile(r"\s*(?:-|–|—|to|or)\s*", re.I),
        between=re.compile(r"(?:^|\W)(between|from)\s+$", re.I),
        between_link=re.compile(r"\s*(?:and|to|-|–)\s*", re.I),
        alternatives=frozenset({"or"}),
        group_link=re.compile(
            r"^\s*(?:,\s*(?:and\s+)?|and\s+|along with\s+|as well as\s+|plus\s+)$", re.I
        ),
        single_person=re.compile(
            r"(?:\s+(?P<noun>[A-Za-z]+))?,?\s+and\s+(?:a|an|one|their|his|her)\s+"
            r"(?P<person>(?:[A-Z][a-z]+\s+)?[a-z-]+(?:\s+[a-z]+)?)\b(?!\s+of\b)"
        ),
        is_plural=_is_plural,
        others_link=re.compile(
            r"(?:\s+of\s+[^,;:.()\d]{1,40})?(?:\s*,\s*[^,;:.()\d]{1,60},)?\s*"
            r"(?:,\s*)?(?:and|along with|as well as)\s+"
        ),
        group_link_aside=re.compile(
            r"^\s*,\s*[^,;:.()]{1,60}?\b(?:among them|of them|of whom|including)\b[^,;:.()]{0,30},"
            r"\s*(?:and|along with|as well as)\s+$",
            re.I,
        ),
        category_nouns=frozenset(
            {
                "refugees",
                "displaced",
                "idps",
                "evacuees",
                "homeless",
                "injured",
                "wounded",
                "dead",
                "missing",
                "migrants",
                "asylum",
            }
        ),  # fmt: skip
        person_head=re.compile(r"(?:\s+[A-Za-z-]+){1,3}"),
        group_noun=re.compile(r"\s+[A-Za-z]+(?:\s+(?:officers|members|workers|seekers))?"),
        group_part_of=re.compile(
            r"(?:\s*,?\s*(?:aged\s+|of\s+)?\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*,?)?"
            # "54 people, six women and seven children among them": the last of the parts
            r"(?:\s+and\s+[a-z0-9-]+(?:\s+[a-z-]+){1,2}?)?"
            r"\s+(?:among|of)\s+(?:them|whom|those)\b"
        ),
        group_speaks=re.compile(
            r"\s+(?:told|said|say|says|reported|added|confirmed|stated|recalled|described)\b"
        ),
        fraction_words=frozenset(lexicon["fraction_words"]),
        proportion_bases=frozenset(lexicon["proportion_bases"]),
        aged_nouns=frozenset(
            {
                "man",
                "woman",
                "boy",
                "girl",
                "child",
                "baby",
                "mother",
                "father",
                "grandmother",
                "grandfather",
                "widow",
                "pensioner",
                "resident",
                "victim",
                "farmer",
                "teacher",
                "men",
                "women",
                "boys",
                "girls",
                "children",
                "residents",
                "victims",
                "others",
            }
        ),  # fmt: skip
        hyphen_counts=frozenset({"strong", "odd", "plus", "some", "member", "members"}),
        measure_words=frozenset({"magnitude", "richter", "mw", "km", "kilometres", "percent"}),
        ranking_words=frozenset(lexicon["ranking_words"]),
        counted_person=re.compile(
            # "a 60-year-old woman", and "the 68-year-old" alone
            # "killing one soldier and badly wounding another"
            r"(?:(?P<another>another)(?=\s*[,.;]|\s+(?:person|man|woman|victim|civilian|soldier|"
            r"officer|was|died|later|succumbed)\b)|"
            r"(?i:an?|the)\s+(?:(?:\d{1,3}-year-old\s+)?(?:(?!(?:for|of|to|in|on|at|with|from|by|and|"
            r"or|who|that)\s)[A-Za-z-]+\s+){0,2}(?P<noun>" + singular_person + r")\b(?!['’]s)"
            r"|(?P<aged>\d{1,3}-year-old)(?!-)(?=\s+(?:was|is|had|has|died|later|suffered|"
            r"sustained|needed|remains)\b)"
            # "severely wounded a sixth", "a seventh person was seriously hurt"
            r"|(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
            r"twentieth)"
            r"(?:\s+(?:person|man|woman|victim|civilian|soldier))?(?!\s+of\b)(?!\s*-)))"
            # "a girl of seven"
            r"(?:\s+(?:of|aged)\s+(?:\d{1,2}|"
            + words_pattern(list(lexicon["number_words"]))
            + r")\b)?"
            # "a police officer and his young son", "a woman and her two children"
            r"(?:\s+and\s+(?:(?i:his|her|their)\s+(?:[\w-]+\s+)?(?P<kin>"
            + words_pattern(lexicon["kin_singular"])
            + r")\b|(?i:his|her|their)\s+(?P<kin_count>\d{1,2}|"
            + words_pattern(list(lexicon["number_words"]))
            + r")\s+(?:[\w-]+\s+)?(?:children|sons|daughters|grandchildren|brothers|sisters|"
            r"relatives|nephews|nieces|cousins|family members)\b"
            r"|(?P<others>\w+)\s+others\b"
            # "a man and a woman", "a civilian and a soldier"
            r"|(?i:an?)\s+(?:(?!(?:for|of|to|in|on|at|with|from|by|and|or|who|that)\s)"
            r"[A-Za-z-]+\s+){0,2}?(?P<second>" + singular_person + r")\b(?!['’]s)))?"
        ),
        counted_articles=frozenset({"a", "an", "the", "both", "all", "another"}),
        named_person_hint=re.compile(NAMED_PERSON_HINT),
        named_person=re.compile(
            r"(?<![\w-])" + KILLING_VERBS + r"\s+(?P<object>(?:the\s+)?"
            r"(?:(?!(?:in|at|on|across|near|from|to|by|into|outside|inside|around|throughout|over|"
            r"under|between|of|for|along|during|after|before)\s)[a-z-]+\s+){0,3}?"
            r"(?P<name>"
            + PERSON_NAME
            + r"))"
            + NAME_ENDS
            + r"|(?<!\S)(?P<subject>"
            + PERSON_NAME
            + r")"
            r"(?=\s+(?:was|has been|had been)\s+(?:[a-z]+\s+){0,2}?(?:killed|shot dead|murdered|"
            r"assassinated|beheaded|executed|gunned down|stabbed to death|found dead|"
            r"pronounced dead)\b|\s+(?:later\s+)?died\b)"
        ),
        both=re.compile(
            r"(?i:both)(?:\s+(?:of\s+them|(?:[a-z-]+\s+)?(?P<noun>[a-z]+)(?=\s+(?:were|was|had|"
            r"have|died|are)\b))|(?=\s+(?:were|had|have|died|are)\b))"
        ),
        referent=re.compile(
            r"(?i:the|all the|all|both)\s+(?:[a-z-]+\s+)?(?:hostages|captives|abductees|"
            r"abducted|kidnapped|kidnap victims)\b"
        ),
        held_before=re.compile(
            r"\b(?:abducted|abducting|kidnapped|kidnapping|seized|seizing|captured|capturing|"
            r"took hostage|taking hostage)\s+$",
            re.I,
        ),
        held_after=re.compile(
            r"(?:\s+[\w-]+){0,4}?\s+(?:were|was|had been|have been|are being|being)\s+"
            r"(?:[a-z]+\s+)?(?:abducted|kidnapped|seized|captured|taken hostage|held hostage)\b",
            re.I,
        ),
        aside_open=re.compile(
            r"\s+(?P<noun>(?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+)\s*,\s*"
            r"(?:(?:including|among them|among whom|of whom|mostly|mainly)\s+"
            r"(?:[a-z-]+(?:\s*,\s*|\s+)){0,5})?"  # "among them women, children and five ..."
        ),
        aside_close=re.compile(
            r",\s*(?:(?:all|both|who|and|had|have)\s+)?(?:have|has|had|were|was|are|is|"
            r"remain(?:ed|s)?|died|killed|wounded|injured|perished|lost)\b",
            re.I,
        ),
        agent_object=re.compile(
            r"\s+(?:himself|herself|themselves|him|her|them|\d|(?:a|an|the|his|her|their|"
            r"two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|at least|"
            r"more than)\b)",
            re.I,
        ),
        counted_link=re.compile(
            # "a district judge, Ahmad Khan, was shot dead", "Ahmad Khan, a district judge, was"
            r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*)?,?"
            r"(?:\s+of\s+\d{1,3}|\s*,\s*\d{1,3}\s*,)?"  # "a woman of 88 died", "a man, 71, died"
            r"\s+(?:(?:was|were|is|are|has|have|had|been|being|got|later|reportedly|also|"
            r"allegedly|also|then|subsequently|found|all|both|seriously|badly|critically|"
            r"severely|lightly|slightly|fatally|mortally)\s+){0,3}",
            re.I,
        ),
    )


def _is_plural(noun: str) -> bool:
    return noun.endswith("s")


# -- distances ------------------------------------------------------------------------------

UNIT_HINT_RE = re.compile(r"\d\s*(?:km|mi)\b|\b(?:kilomet(?:er|re)s?|miles?|km|kms)\b", re.I)
PAIR_OPEN_RE = re.compile(r"^\s*\(\s*(?:about\s+|some\s+|around\s+)?$")
PLAIN_DISTANCE_RE = re.compile(
    r"(?<![\w.,/\-–])(?P<value>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?"
    r"(?:(?P<km>km|kilomet(?:er|re)s?)|(?P<miles>miles?))\b(?![\-–/²])",
    re.I,
)
PLAIN_NOT_AFTER_RE = re.compile(
    r"(?:\d|[-–/(]|\b(?:to|and|or|from|between|by|x|than)|\b[A-Za-z]+\s+(?:and|to|or))\s*$",
    re.I,
)

# -- the pipeline: clauses around a figure --------------------------------------------------


def _pipeline(lexicon: dict) -> PipelineRules:
    months = r"(?i:" + words_pattern(lexicon["months"]) + r")\.?"  # "7 September", "Oct. 14"
    words = list(lexicon["number_words"]) + list(lexicon["scale_words"])
    words += [v["phrase"].split()[0] for v in lexicon["vague"]]
    return PipelineRules(
        may_hold_figure=re.compile(
            r"\d|\b(?:"
            + words_pattern(words + ["both", "hostages", "captives", "abductees"])
            + r")\b|"
            + NAMED_PERSON_HINT,  # "they killed Nuru Lawal": a victim named by name
            re.I,
        ),
        right_clause_end=re.compile(
            r"[,;:()\[\]“”\"]|\s(?:and|but|while|whereas|although|after|before|when)\s"
        ),
        households_aside=re.compile(
            r"\s+(?:families|households)\s*(?:,\s*or|or|\(|/|,|[—–])\s*", re.I
        ),
        thing_after=re.compile(r"\s+(?:[A-Za-z-]+\s+)?([A-Za-z]+)"),
        noun_after=re.compile(r"\s+([A-Za-z]+)"),
        unquoted_nouns=frozenset({"more", "others"}),
        gapped=re.compile(
            r"[^.;:()\d]*?(?:,\s*|\s)(?:and|but|while)\s+(?:another\s+|a further\s+)?$"
        ),
        compared=re.compile(
            r"[^.;:()]*?,?\s+(?:down|up|rising|falling)(?:\s+(?:slightly|sharply|only|just|"
            r"marginally|steeply))?\s+from\s+(?:the\s+)?$"
            # "climbed past 1,000 on Thursday, reaching 1,038"
            r"|[^.;:()\d]*?,\s*(?:reaching|rising to|climbing to|to reach|to stand at)\s+$"
            # "249 dead (official count 167)": another source's count of the same people
            r"|\s*(?:[a-z]+\s+){0,2}\(\s*(?:the\s+)?(?:official|confirmed|government|provisional|"
            r"verified)\s+(?:count|figure|toll|tally|number)\s*:?\s*$",
            re.I,
        ),
        place_item=re.compile(
            r"\s+(?:people\s+|persons\s+|deaths\s+|dead\s+)?"
            r"(?:of\s+(?:them|whom|those|the\s+(?:dead|injured|wounded|missing|victims))\s+)?"
            r"(?:(?:each|apiece)\s+)?"
            r"(?:(?:were|was|are|is|died|killed)\s+)?(?:in|at|from|near|around|outside)\s+(?:the\s+)?"
            r"(?:[a-z-]+\s+){0,2}[A-Z]"
        ),
        # "killed 126 people: 69 in Wajima", also across a clock time or a day ("risen to 73
        # by 6:00 p.m. on the 3rd: 39 in Wajima") and before a dash ("... the coast — three
        # each in Barishal and Bhola")
        list_colon=re.compile(
            r"(?:[^.;:\d—–]|\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)|\d{1,2}(?:st|nd|rd|th)\b"
            r"|\d{1,2}\s+" + months + r"|" + months + r"\s+\d{1,2}\b)*"
            r"(?::|\s[—–]|\s--)\s*"
        ),
        named_item=re.compile(
            r"(?:\s+[\w'’-]+){0,6}?\)?\s*(?:,\s*(?:and\s+)?|[;:]\s*|\s+and\s+)(?:followed by\s+)?"
            # "the federal capital Islamabad one", "Azad Jammu and Kashmir (AJK) 48"
            r"(?:the\s+(?:[a-z]+\s+){0,2}(?=[A-Z]))?"
            r"(?P<name>" + NAME + r")(?:\s*\([A-Z][A-Za-z]{0,7}\))?"
            r"\s*(?:\(\s*|with\s+|:\s*|[-–—]\s*|(?:has|have|had)\s+"
            r"(?:reported|recorded|registered|counted|confirmed|had|seen|lost)\s+)?"
        ),
        named_item_end=re.compile(r"\s*\)"),
        each_pair=re.compile(
            r"\s+(?:people\s+|deaths\s+)?(?:each|apiece)\s+(?:in|at|from)\s+"
            r"(?P<names>" + NAME + r"(?:\s*,\s*" + NAME + r"){0,8}\s*,?\s+and\s+" + NAME + r")"
        ),
        each_name=re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+"),
        names_to_figure=re.compile(
            r"\s+(?:(?P<each>each)\s+)?(?:(?:has|have|had)\s+)?(?:(?:each|both)\s+)?"
            r"(?:lost|recorded|reported|registered|counted|buried|mourned)?\s*"
        ),
        each_after=re.compile(
            r"\s+(?:people\s+|deaths\s+|residents\s+|dead\s+)?(?:each|apiece)\b"
            r"(?!\s+(?:in|at|from|of)\s+(?:the\s+)?[A-Z])"
        ),
        respectively=re.compile(r"\brespectively\b"),
        names_run=re.compile(
            r"(?<![\w'’-])(?P<names>"
            + NAME
            + r"(?:\s*,\s*"
            + NAME
            + r"){0,8}\s*,?\s+and\s+"
            + NAME
            + r")"
        ),
        figures_joined=re.compile(r"\s*(?:,\s*and|,|and)\s+"),
        worst_hit=re.compile(
            r"\b(?:hardest|worst)[- ](?:hit|affected)\b(?:\s+[a-z]+)?\s+"
            r"(?:are|were|include|included)\b",
            re.I,
        ),
        more_of_them=re.compile(r"\b(?:another|a further|an additional)\s+$", re.I),
        reported_in=re.compile(
            r"\s+(?:people\s+)?(?:were|have been|had been|was)\s+(?:reported|recorded|registered|"
            r"counted|found)\s+(?:in|at|from)\s+[A-Z]"
        ),
        count_before=re.compile(
            r"\b(?:(?:the\s+)?(?:official|previous|earlier|first|initial|government|latest)\s+)?"
            r"(?:count|figure|tally|estimate)\s+(?:had\s+)?(?:previously\s+|initially\s+)?"
            r"(?:stood at|stands at|was|had been|been put at|was put at|of)\s*$",
            re.I,
        ),
        list_nouns=(
            ("killed", re.compile(r"\b(?:killings|deaths|dead|fatalities|death toll)\b", re.I)),
            ("injured", re.compile(r"\b(?:injuries|injured|wounded)\b", re.I)),
            ("missing", re.compile(r"\b(?:missing|disappearances)\b", re.I)),
            ("displaced", re.compile(r"\b(?:displaced|displacements|IDPs)\b", re.I)),
        ),
        list_header=re.compile(
            r"(?:By|Per|Broken down by)\s+(?:district|province|state|region|county|counties|"
            r"governorate|municipality|area|country|city|town|prefecture|oblast)s?(?=\s*:)",
            re.I,
        ),
        shared_gap=re.compile(r"[^.;:\d()]{0,40}?(?:,\s*and|,|\s+and)\s+"),
        no_own_verb=re.compile(r"\s*(?:(?:people|persons|others|more)\s+)?"),
        list_gap=re.compile(
            r"(?:\s+(?:[^,;:.\d()]|\d{1,2}(?:st|nd|rd|th)?\b){1,60}?)?"  # "in Kuba on the 10th"
            r"(?:\s*\([A-Za-z]{1,6}\))?"  # "in Khyber Pakhtunkhwa (KP)"
            r"\s*(?:[,;:]|—|–|\band\b|,\s*and\b|\bincluding\b)\s*"
            r"(?:(?:including|and|with|another|a further|followed by|reportedly)\s+){0,2}"
        ),
        depth=re.compile(r"\bdepth\s+of\s+(?:about\s+|around\s+|just\s+|some\s+)?$", re.I),
        deep_after=re.compile(r"(?:\s*\([^()]{1,20}\))?\s*deep\b", re.I),
        not_distance_before=re.compile(
            # a depth is a distance, as the annotation conventions say; heights and sizes not
            r"\b(?:altitude|elevation|height|length|width|area)\s+of\s*$", re.I
        ),
        not_distance_after=re.compile(
            r"\s*(?:long|wide|high|tall|square|below|above)\b"
            # "670km of roads": a length of something, not how far a place is
            r"|\s*(?:of|stretch of)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:roads?|highways?|railways?|"
            r"rail|tracks?|lines?|coastline|embankments?|canals?|pipelines?|dykes?|levees?|"
            r"rivers?|fences?|walls?|cables?)\b"
            # "8,398 kilometres in Sindh": a length within a region, not a distance from it
            r"|\s+(?:in|across|throughout)\s+(?:the\s+)?[A-Z]",
            re.I,
        ),
    )


# -- what a number counts ------------------------------------------------------------------

# matched at a trigger's end (pattern.match(text, pos), no "^"): "died or been injured"
COMBINE_RE = re.compile(
    r"\s*(?:or|and|and/or|/)\s+(?:(?:been|were|was|are|have|had|being|seriously|badly)\s+){0,2}",
    re.I,
)
# where the words saying where people fled to end: "fled to Poland as the fighting spread"
FLIGHT_END_RE = re.compile(r"[,.;:]|\s(?:as|when|after|because|while|before|since|amid)\s")
PROPER_NAMES_RE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def _words(fragments: list[str]) -> str:
    """Fragments as an alternation on word boundaries, longest first."""
    return r"\b(?:" + alternation(fragments) + r")\b"


def _classify(lexicon: dict, trig: dict) -> ClassifyRules:
    def tier(table: dict) -> tuple[tuple[str, re.Pattern], ...]:
        return tuple((cat, re.compile(_words(frags), re.I)) for cat, frags in table.items())

    def label(words: list[str]) -> re.Pattern:
        # "Confirmed deaths: 4,352", or a list item after ";" or ":": "; injuries 1,145"
        return re.compile(
            r"(?:(?:^|[^\w\s'’]\s*)(?:[A-Za-z]+\s+)?(?:"
            + alternation(words)
            + r")\s*(?::|\s[–—]\s)"
            r"|[;:]\s*(?:" + alternation(words) + r"))\s*$",
            re.I,
        )

    after, before, toll = trig["after"], trig["before"], trig["toll"]
    combined = {}
    for together, (one, other) in trig["combined"]["categories"].items():
        combined[one], combined[other] = (other, together), (one, together)
    return ClassifyRules(
        labels=tuple((cat, label(words)) for cat, words in trig["labels"]["categories"].items()),
        strong=tier(after["strong"]),
        weak=tier(after["weak"]),
        before=tuple(
            # the figure may open a quotation: condemned the killing of "at least 184 people"
            (cat, re.compile(r"(?:^|\b)(?:" + alternation(frags) + r")\s*[\"“]?$", re.I))
            for cat, frags in before["categories"].items()
        ),
        toll=tuple(
            (
                cat,
                re.compile(_words(frags) + r"[^;:!?]{0,140}?\b" + toll["links"] + r"\s*$", re.I),
            )
            for cat, frags in toll["categories"].items()
        ),
        overrides={cat: frozenset(cats) for cat, cats in after["weak_overrides"].items()},
        not_for_subsets=frozenset(after["weak_not_for_subsets"]),
        requires=tuple(
            (re.compile(trigger, re.I), re.compile(r"\b(?:" + needed + r")", re.I))
            for trigger, needed in after["requires"].items()
        ),
        combine=COMBINE_RE,
        combined=combined,
        flights={"flee": _flight(trig["flee"])},
        before_fillers=re.compile(r"\b" + before["fillers"] + r"\s*$", re.I),
        before_person_only=re.compile(
            r"\b(?:" + alternation(before["requires_person"]) + r")\s*$", re.I
        ),
        bare_count_next=frozenset(
            {"in", "across", "on", "at", "and", "or", "since", "so", "this", "last", "as", "when"}
        ),
        before_nouns=tuple(
            (re.compile(r"\b(?:" + fragment + r")\s*$", re.I), frozenset(nouns))
            for fragment, nouns in before["requires_noun"].items()
        ),
        kin=re.compile(r"^\s*(?:" + alternation(before["kin_nouns"]) + r")\b", re.I),
        kin_triggers={
            cat: frozenset(w.lower() for w in words)
            for cat, words in before["requires_kin"].items()
        },
        hypothetical=re.compile(r"\b(?:" + words_pattern(lexicon["hypothetical"]) + r")\b"),
        clause_stops=frozenset(lexicon["clause_stops"]),
        comma_continuations=re.compile(
            r"\s*,\s*(?:" + words_pattern(lexicon["comma_continuations"]) + r")\b", re.I
        ),
        participles=frozenset({"killed", "wounded", "injured", "died", "fled", "perished"}),
        relative_pronouns=frozenset({"who", "whom"}),
        name_list=re.compile(
            r",\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s*(?:,|and\s+[A-Z]|or\s+[A-Z]))"
        ),
        speaker=re.compile(
            r"(?:\s+(?!(?:and|or|but|who|that|which|were|was|have|had|has|are|is)\b)[a-z-]+){1,2}"
            r"\s+(?:told|said|says|say|put|puts|gave|gives|added|stated|"
            r"estimated|estimate|counted|count)\b(?!\s+to\s+(?:be|have)\b)"
        ),
        age_aside=re.compile(
            r"\s*(?:,\s*(?:aged\s+)?|(?:aged|of)\s+)(?:(?:about|around|some)\s+)?\d{1,3}"
            r"(?:\s*(?:,\s*and|,|and)\s*\d{1,3})*(?:\s*,)?(?=\s)"
        ),
        resume=re.compile(r",\s*(?:\w+\s+)?" + after["parenthetical_resume"] + r"\b", re.I),
        # the refugees' before-triggers all say a place hosts people: not a country, displaced
        hosts={
            "refugees": (
                re.compile(alternation(before["categories"]["refugees"]), re.I),
                "displaced",
            )
        },
        named_victim=re.compile(r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,\s*$"),
        proper_names=PROPER_NAMES_RE,
        possessive=re.compile(r"['’]s\b"),
        refugee_word=re.compile(r"\brefugees?\b|\basylum\b", re.I),
        own_count=re.compile(
            r"\s+(?:at least\s+|another\s+|more than\s+|some\s+|about\s+)?(?:\d|(?:"
            + words_pattern(list(lexicon["number_words"]))
            + r")\b)",
            re.I,
        ),
        verb_pair=re.compile(
            r"\s+(?:and|or)\s+(?:(?:later|then|subsequently|were|was|also)\s+){0,2}"
            r"(?:[a-z]+ed|shot|found|beaten|burnt|thrown|left|taken)\b",
            re.I,
        ),
        noun_pair=re.compile(
            r"and\s+(?:\d[\d,]*\s+)?(?:(?!(?:"
            + words_pattern(list(lexicon["number_words"]))
            + r")\b)[A-Za-z-]+\s+){1,3}(?:were|was|have been|had been|are|died|perished)\b",
            re.I,
        ),
        passive_before=re.compile(
            r"\b(?:were|was|been|are|is|being|got)\s+(?:[a-z]+\s+)?(?:[a-z]+(?:ed|en)|shot)$"
        ),
        time_modifier=re.compile(
            r"\s+(?:this|last|that|next|per|a|an|the|each|every|of|in|on|at|for|a|over|since)\s",
            re.I,
        ),
        left_breaks=re.compile(
            r"(?:[;:]|\b(?:"
            + words_pattern([w for w in lexicon["left_clause_breaks"] if w != "and"])
            # "killed himself and 5 civilians": one object, not a new clause
            + r"|(?<!himself )(?<!herself )(?<!themselves )and)\b)",
            re.I,
        ),
    )


def _flight(flee: dict) -> Flight:
    return Flight(
        clause_end=FLIGHT_END_RE,
        home=re.compile(r"^\s*(?:from\s+)?(?:" + alternation(flee["home"]) + r")\b", re.I),
        within=re.compile(_words(flee["within"]), re.I),
        abroad=re.compile(_words(flee["abroad"]), re.I),
        refuge_abroad=re.compile(
            r"\b(?:sought|seeking|found|taken|took|seek)\s+(?:refuge|shelter|asylum)\s+in\s+"
            r"(?:neighbou?ring\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
        ),
        stayed=flee["stayed"],
        left=flee["left"],
    )


# -- places ---------------------------------------------------------------------------------

# A capitalised name of up to four words, with the particles of place names between them:
# "Bosnia and Herzegovina", "Deir el-Balah", "Rio de Janeiro", "Isle of the Dead", "Lahaul & Spiti".
NAME = (
    r"(?:(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|et)-)?"  # "el-Fasher", "al-Mawasi"
    r"(?:[a-z]{1,2}(?=[A-Z][a-z]))?"  # "eThekwini", "uMzinyathi"
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:and the|of the|al|el|ez|az|ash|bin|ibn|de|du|da|do|dos|das|del|di|"
    r"la|le|of|the|and|&)"
    r"[-\s]+)?"
    r"[A-Z][\w'’.-]*){0,3}"
)


def _places(data: dict) -> PlaceRules:
    introducers = words_pattern(data["introducers"])
    directions = words_pattern(data["directions"])
    kinds = words_pattern(data["place_kinds"])
    locative = words_pattern(data["locative_introducers"])
    return PlaceRules(
        slot=re.compile(
            r"\b(?P<intro>(?i:" + introducers + r"))\s+(?:the\s+)?"
            r"(?:(?:(?:" + directions + r")\s+)?(?:[A-Z][a-z]+(?:an|ese|ish)\s+)?"
            # "the southern Lebanese city of Nabatieh"
            r"(?P<kind>city|town|village|capital|port|region|province|district|camp|provinces|"
            r"districts|states|regions|"
            r"municipality|state|island|enclave|area|settlement|country)\s+of\s+"
            # "the Libyan capital Tripoli", "the port city Odesa"
            r"|(?P<titled>[A-Za-z-]+\s+(?:capital|city|town|port|village))\s+(?=[A-Z]))?"
            r"(?:(?:" + directions + r")\s+)?"
            r"(?P<name>" + NAME + r")"
            # "the Kiir-Adhiok cattle camp", "the Zamzam displacement camp"
            r"(?:\s+(?:(?:cattle|refugee|displacement|IDP|transit|relief|Rohingya)\s+(?=camp))?"
            r"(?P<suffix>" + kinds + r")s?\b(?!\s+of\b))?"
        ),
        locative=re.compile(r"^(?:" + locative + r")$", re.I),
        slot_intro=re.compile(r"(?i:" + introducers + r")"),
        slot_start=re.compile(r"\b(?=(?i:" + introducers + r")\s)"),
        attacked=re.compile(r"(?i:" + words_pattern(data["attack_introducers"]) + r")"),
        bare=re.compile(r"^(?:" + words_pattern(data["bare_introducers"]) + r")$", re.I),
        not_place_words=frozenset(data["not_place_words"]),
        named_after_people=frozenset(
            {"Church", "Mosque", "Temple", "Cathedral", "Monastery", "Shrine", "Chapel", "School"}
        ),
        adjective=re.compile(r"[A-Z][a-z]+(?:an|ian|ean|ese|ish|i|ic)"),
        noun_after=re.compile(
            r"\s+(?!(?:on|of|and|for|the|after|before|when|where|last|this|had|has|have|was|"
            r"were|is|are|said|says|saw|lost|put|remains)\b)(?![a-z]+ed\b)[a-z]{3,}\b"
        ),
        initial=re.compile(
            r"^[“\"‘']?(?:By\s+(?:district|province|region|state|county|governorate),\s+)?"
            r"(?:The\s+)?(?P<name>" + NAME + r")(?=\s*[,:]|['’]s\b|\s+[a-z])"
        ),
        # a heading: "Kentucky tornadoes: at least 74 dead", "Kabul mosque blast - 9 dead"
        heading=re.compile(r"^[^:\n]{0,60}?(?::|\s[-–—]\s)"),
        incident_heading=re.compile(
            r"^(?:[A-Z][A-Z'’. -]{2,40}\b[^—–\n]{0,40}?\s[—–-]{1,2}\s*)?"  # "NAIROBI, Kenya (AP) —"
            r"(?P<head>(?:[^:;.\n]|\d[:.]\d){3,160}?):\s"
        ),
        incident_when=re.compile(
            r"(?:(?:on|in|at|about|around|early|late|the)\s+)*(?:night|morning|evening|afternoon|"
            r"dawn|midnight|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|"
            r"march|april|may|june|july|august|september|october|november|december|"
            r"\d{1,4}(?:[:.]\d\d)?(?:st|nd|rd|th|h|hrs)?|of|to|and|a\.?m\.?|p\.?m\.?|\s)+",
            re.I,
        ),
        segment_break=re.compile(
            r"(?:;|\b(?:" + words_pattern(data["segment_breaks"]) + r")\b)", re.I
        ),
        directions=re.compile(r"^(?:" + directions + r")$", re.I),
        not_places=frozenset(data["not_places"]),
        aliases=data["aliases"],
        known=data["places"],
        article="the ",
        possessive_end=re.compile(r"['’]s$|(?<=s)['’]$"),  # "Ukraine's", "the Philippines'"
        possessor=re.compile(r"^.*(?:['’]s|(?<=s)['’])\s+"),
        name_joiner=re.compile(r"\s+and\s+"),
        region_kinds=frozenset(data["region_kinds"]),
        town_kinds=frozenset({"city", "town", "village", "capital", "port"}),
        kind_precision={
            kind: precision
            for precision, kinds_of in data["kind_precision"].items()
            for kind in kinds_of
            for precision in [int(precision)]
        },
        near=re.compile(r"(?i:near|outside|around)"),
        name_kinds=frozenset(data["name_kinds"]),
        name_kind_countries=frozenset(data["name_kind_countries"]),
        kind_start=re.compile(r"^(?:Barangay|Brgy\.?|Kebele|Kampung|Desa|Aldea)\s+(?=[A-Z])"),
        kind_end=re.compile(r"\s+(?P<kind>" + kinds + r")s?\.?$", re.I),
        parent=re.compile(r"(?:,\s+|\s+\()(?:the\s+)?(?P<name>" + NAME + r")"),
        possessed=re.compile(
            r"\s+(?:(?:" + directions + r")\s+)?(?P<name>" + NAME + r")"
            r"(?:\s+(?P<suffix>" + kinds + r")s?\b)?"
        ),
        demonym_suffixes=("ian", "ean", "ese", "ish", "an", "i", "ic", "n", ""),
        demonym_stem_ends=("", "a", "ia", "e", "y"),
        force_after=re.compile(
            r"\s+(?:positions?|bases?|convoys?|forces|troops|soldiers|checkpoints?|patrols?|"
            r"vehicles?|outposts?|posts?|barracks|headquarters|units?|fighters|militants|"
            r"members|officers|police|army|militia|rebels|camp)\b",
            re.I,
        ),
        kind_in_apposition=re.compile(
            r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:" + kinds + r")\b", re.I
        ),
        kind_after=re.compile(r"\s+(?:" + kinds + r")s?\b", re.I),
        # a day or month before a name is no part of it: "On Saturday the Kalehe territory"
        leading_time=re.compile(
            r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|"
            r"June|July|August|September|October|November|December)\s+(?:the\s+)?(?=[A-Z])"
        ),
        # after a name the gazetteer lacks: a building ("the Al Hindi restaurant") or a
        # conflict ("the Meitei-Kuki violence"), not a place
        not_place_after=re.compile(
            r"\s+(?:restaurant|hotel|bar|caf[eé]|stadium|factory|prison|university|college|"
            r"supermarket|mall|violence|clashes|conflict|fighting|feud|offensive|insurgency|"
            r"crisis)\b"
        ),
        reference_after=re.compile(r"['’]?s?\s+(?:border|frontier|boundary)\b", re.I),
        institution_after=re.compile(
            r"\s+(?:state\s+)?(?:police|government|officials?|authorities|governor|army|"
            r"ministry|command|council|emergency|health|disaster|red cross|red crescent)\b",
            re.I,
        ),
        agent_verb=re.compile(
            r"\s+(?:kills|killed|leaves|left|hits|hit|batters|lashes|slams|strikes|claims|"
            r"pounds|smashes|ravages|makes landfall)\b",
            re.I,
        ),
        measured_before=re.compile(
            r"(?:\b|(?<=\d))(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\b(?:\s*\([^()]{1,20}\))?"
            r"(?:\s+[a-z-]+){0,2}\s+$"
            # "Zamzam, southwest of El-Fasher": a point to find it by, not "the north of Mali"
            r"|(?<!\bthe\s)(?<!\bthe)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+$",
            re.I,
        ),
        parent_gap=re.compile(
            r"\s*(?:(?:" + kinds + r")s?\s*)?,?\s*"
            # "Magami, a village in Zamfara state", "Wad Alnoura, a village in Gezira"
            r"(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:" + kinds + r")s?\s*(?:[a-z-]+\s+){0,4})?",
            re.I,
        ),
        owner=re.compile(
            r"(?<![\w'’-])(?P<name>" + NAME + r")(?:['’]s\b|(?=\s+(?:death\s+)?toll\b))"
        ),
        where=re.compile(r"(?P<name>" + NAME + r"),\s+where\b[^.;:,()]*$"),
        spoken_before=re.compile(
            r"\b(?:press conference|news conference|press briefing|briefing|told reporters|"
            r"told journalists|told a news agency|speaking to reporters)\s+$",
            re.I,
        ),
        name_before_aside=re.compile(r"(?<![\w'’-])(?P<name>" + NAME + r")\s*\(\s*$"),
        speaks=re.compile(r"\s+(?:said|says|told|tells|added|explained|recalled)\b"),
        is_a_place=re.compile(
            r"\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:" + kinds + r")\b"
            # "Ilembe has recorded 28 deaths": a district that counts its dead
            r"|(?:(?:metro|municipality)\s+)?(?:has|have|had)\s+(?:so far\s+|now\s+)?"
            r"(?:recorded|registered|counted|reported)\s+(?:at least\s+|more than\s+|over\s+)?"
            r"\d)",
            re.I,
        ),
        nationwide=re.compile(
            r"\b(?:(?:in|across|throughout|all over|around|inside|within) the country\b(?!['’])|"
            r"nationwide|"
            r"countrywide|(?:across|throughout) the nation)\b",
            re.I,
        ),
        period=re.compile(
            r"\b(?:(?:in|during|since|throughout|for)\s+(?:all\s+of\s+)?(?:19|20)\d\d\b|"
            r"since\s+(?:January|February|March|April|May|June|July|August|September|October|"
            r"November|December)\s+(?:19|20)\d\d\b|"
            r"(?:months|half|quarter)\s+of\s+(?:19|20)\d\d\b|"
            r"since the (?:war|conflict|fighting|start|beginning|invasion|outbreak)|"
            r"in the (?:civil )?war\b|so far this year|"
            r"between \d{1,2} \w+ and \d{1,2} \w+)",
            re.I,
        ),
        region_anaphor=re.compile(
            r"\b(?:in|across|throughout|around|all over) the (?:same )?"
            r"(?:state|province|region|oblast|governorate|prefecture|district)\b"
            r"(?!\s+(?:of\s+)?[A-Z])"
        ),
        war=re.compile(
            r"\b(?:since the (?:war|conflict|fighting|invasion|insurgency)\b|"
            r"in the (?:civil |[\w-]+-year(?:-old)? |decades-long |ongoing )?(?:war|conflict)\b|"
            r"(?:war|conflict)['’]s (?:overall |total )?(?:death )?toll\b|"
            r"(?:the|this|its) (?:[\w-]+ ){0,3}?(?:war|conflict|insurgency)\b[^.;]{0,40}?\b"
            r"(?:has|have|had) (?:\w+ )?(?:killed|displaced|claimed|uprooted|left|forced))",
            re.I,
        ),
        located_by=re.compile(
            r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:north|south|east|west|north-?east|north-?west|"
            r"south-?east|south-?west)(?:ern)?|northeast|northwest|southeast|southwest)\s+of\b",
            re.I,
        ),
        located=re.compile(
            r"(?<!\bof\s)(?<!\bfrom\s)(?<![A-Za-z])"
            r"(?P<name>" + NAME + r")"
            # "the Mugunga camp for displaced people, some 10 km west of Goma"
            r"(?:\s+(?P<named_kind>village|town|city|camp|port|zone|district|island|county)"
            r"(?:\s+for\s+[a-z]+(?:\s+[a-z]+)?)?)?"
            # "Ramree, 340km north-west of", "Gofa zone lies about 320km south-west of"
            r"(?:,\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?P<kind>(?:town|village|city|camp|"
            r"district|settlement|port|market town|hamlet)\s+)?)?"
            r"|\s+(?:lies|is|sits|is located|is situated|located|situated)\s+)"
            r"(?:(?:some|about|around|roughly|approximately|nearly|almost|just|only|over|"
            r"less than|more than)\s+)?$"
        ),
    )


# -- attribution ----------------------------------------------------------------------------


def _source(first: str = r"(?:the\s+)?[A-Z]") -> str:
    """A named group for a source of up to eight words whose first word matches `first`."""
    return (
        r"(?P<source>" + first + r"[\w'’.&-]*"
        r"(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[\w'’.&-]+){0,7}?)"
    )


SOURCE = _source()
ANY_SOURCE = _source(r"(?:(?:an?|the)\s+)?\w")


def _attribution(data: dict) -> AttributionRules:
    verbs = words_pattern([v for v in data["verbs"] if v != "according"])
    patterns = (
        # "according to the UN refugee agency"
        re.compile(
            r"\baccording\s+to\s+"
            + ANY_SOURCE
            + r"(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|as|which|who|that)\b))"
        ),
        # "the Interfax news agency quoted Russia's Defense Ministry as saying"
        re.compile(r"\bquoted\s+" + SOURCE + r"\s+as\s+saying\b"),
        # "..., Ukraine's Parliament said." / "...,” Britain's Defense Ministry said in ..."
        re.compile(r"[,”\"’]\s*" + SOURCE + r"\s+(?:" + verbs + r")\b(?![\w\s]*\bthat\b)"),
        # "..., said a Ukrainian man who did not give his name."
        re.compile(
            r"[,”\"’]\s*(?:"
            + verbs
            + r")\s+"
            + ANY_SOURCE
            + r"(?=\s*(?:[,.;]|$|\s+(?:who|on|in|at)\b))"
        ),
        # "Kherson's Mayor Igor Kolykhayev said late on Wednesday that ..."
        re.compile(r"^[“\"]?" + SOURCE + r"\s+(?:" + verbs + r")\b"),
    )
    return AttributionRules(patterns, frozenset(data["pronouns"]))
