"""extract_facts: text in, facts out, stage by stage.

segment -> distances and numbers -> classify -> place and source -> merge repeated figures.
"""

from __future__ import annotations

import re
from datetime import date

from .attribution import find_source
from .classify import Classification, classify, left_start
from .dateline import parse_dateline
from .distance import find_distances
from .lexicon import lexicon, words_pattern
from .numbers import NumberExpr, find_numbers
from .places import find_place, is_country
from .segment import Sentence, split_sentences
from .types import ExtractedFact, Mention

RIGHT_CLAUSE_END_RE = re.compile(
    r"[,;:()\[\]“”\"]|\s(?:and|but|while|whereas|although|after|before|when)\s"
)


def _number_prefilter() -> re.Pattern:
    lex = lexicon()
    words = list(lex["number_words"]) + list(lex["scale_words"])
    words += [v["phrase"].split()[0] for v in lex["vague"]]
    return re.compile(r"\d|\b(?:" + words_pattern(words) + r")\b", re.I)


_PREFILTER: re.Pattern | None = None


def _may_hold_figure(sentence: str) -> bool:
    global _PREFILTER
    if _PREFILTER is None:
        _PREFILTER = _number_prefilter()
    return bool(_PREFILTER.search(sentence))


def extract_facts(text: str, published: date | None = None) -> list[ExtractedFact]:
    """Every casualty, displacement, population and distance figure of a text.

    `published` is the publication date when the caller knows it; it is kept for resolving
    relative dates and is not needed to find figures.
    """
    dateline = parse_dateline(text)
    skip_until = dateline.end if dateline else 0
    facts: list[ExtractedFact] = []
    for sentence in split_sentences(text):
        if sentence.end <= skip_until or not _may_hold_figure(sentence.text):
            continue
        facts.extend(_sentence_facts(sentence))
    return _merge_repeats(facts)


def _sentence_facts(sentence: Sentence) -> list[ExtractedFact]:
    text = sentence.text
    distances = find_distances(text)
    exprs: list[tuple[NumberExpr, str | None]] = [(d.expr, d.original_unit) for d in distances]
    skip = [(d.expr.start, d.expr.end) for d in distances]
    exprs += [(e, None) for e in find_numbers(text, skip)]
    exprs.sort(key=lambda item: item[0].start)
    source = None
    facts = []
    for index, (expr, unit) in enumerate(exprs):
        prev_end = exprs[index - 1][0].end if index else 0
        next_start = exprs[index + 1][0].start if index + 1 < len(exprs) else len(text)
        if unit is not None:
            found = Classification("distance", expr.start, expr.end)
        else:
            found = classify(
                text, expr, prev_end=prev_end, next_start=next_start, is_country=is_country
            )
        if found is None:
            continue
        if source is None:
            source = find_source(text) or ""
        facts.append(_fact(sentence, expr, found, unit, prev_end, next_start, source or None))
    return facts


def _fact(
    sentence: Sentence,
    expr: NumberExpr,
    found: Classification,
    unit: str | None,
    prev_end: int,
    next_start: int,
    source: str | None,
) -> ExtractedFact:
    text = sentence.text
    start = min(expr.start, found.trigger_start)
    end = max(_with_noun(text, expr), found.trigger_end)
    place = None
    if found.category != "distance":
        clause_start = left_start(text, expr, prev_end)
        right_end = _right_clause_end(text, max(expr.end, found.trigger_end), next_start)
        place = find_place(text, left=(clause_start, expr.start), right=(expr.end, right_end))
    return ExtractedFact(
        category=found.category,
        value=expr.value,
        value_low=expr.low,
        value_high=expr.high,
        qualifier=expr.qualifier,
        unit="km" if unit else "people",
        original_unit=unit or "people",
        quote=text[start:end],
        start=sentence.start + start,
        end=sentence.start + end,
        sentence=text,
        sentence_start=sentence.start,
        place=place,
        reported_by=source,
        parts=expr.parts,
    )


PERSON_NOUN_RE = re.compile(r"\s+([A-Za-z]+)")


def _with_noun(text: str, expr: NumberExpr) -> int:
    """The end of a figure, taking in the person noun right after it ("1.5 million people")."""
    from .numbers import lex

    m = PERSON_NOUN_RE.match(text, expr.end)
    if m and m.group(1).lower() in lex().person and m.group(1).lower() not in ("more", "others"):
        return m.end()
    return expr.end


def _right_clause_end(text: str, start: int, limit: int) -> int:
    m = RIGHT_CLAUSE_END_RE.search(text, start, limit)
    return m.start() if m else limit


def _merge_repeats(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """A figure repeated in one document (same category, value and place) is one fact."""
    kept: dict[tuple, ExtractedFact] = {}
    for fact in facts:
        key = (
            fact.category,
            fact.value,
            fact.value_low,
            fact.value_high,
            fact.place and fact.place.name,
        )
        first = kept.get(key)
        if first is None:
            kept[key] = fact
        else:
            first.mentions.append(Mention(fact.quote, fact.start, fact.end, fact.sentence))
    return list(kept.values())
