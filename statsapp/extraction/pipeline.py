"""extract_facts: text in, facts out, stage by stage.

segment -> distances and numbers -> classify -> place and source -> merge repeated figures.
Every stage reads with the Language of the pack extract_facts was given (lang/). The work is
linear in the text's length: see limits.py for the ceilings that make it so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .attribution import find_source
from .classify import Classification, classify, hypothetical, left_start
from .context import OWN_SENTENCE, PLACE_TRUST, is_depth, place_from_context
from .dateline import parse_dateline
from .distance import find_distances
from .lang import Language, load_language
from .limits import MAX_FIGURES_PER_SENTENCE, MAX_GAP_CHARS, within_ceiling
from .numbers import NumberExpr, find_numbers, opens_aside, said_respectively, set_qualifier
from .places import distance_place, find_place, is_country, item_place, named_place, resolve
from .registry import GROUP_OF
from .segment import Sentence, split_sentences
from .types import ExtractedFact, Mention, Place


def extract_facts(
    text: str, *, lang: str = "en", published: date | None = None
) -> list[ExtractedFact]:
    """Every casualty, displacement, population and distance figure of a text.

    `lang` is the code of the language pack the text is read with (lang/<code>/); an unknown
    code raises ValueError naming the known ones. `published` is the publication date when
    the caller knows it: it is the date that relative dates ("on Monday", "last week") will be
    resolved against. No stage reads it yet: figures are found without it.
    """
    language = load_language(lang)
    dateline = parse_dateline(text, lang=lang)
    skip_until = dateline.end if dateline else 0
    may_hold_figure = language.pipeline.may_hold_figure  # a digit or a number word
    facts: list[ExtractedFact] = []
    sentences = split_sentences(text, language)
    carried = None  # the category of the last figure of the sentence before
    held = None  # how many people the report last said were abducted
    for sentence in sentences:
        if sentence.end <= skip_until or not (
            DIGIT_RE.search(sentence.text) or may_hold_figure.search(sentence.text)
        ):
            carried = None
            continue
        found, carried, taken = _sentence_facts(sentence, language, carried, held)
        facts.extend(found)
        held = taken or held
    return _merge_repeats(place_from_context(text, sentences, facts, language))


Figure = tuple[NumberExpr, "str | None"]  # a number and, for a distance, its original unit


DIGIT_RE = re.compile(r"\d")  # most sentences that hold a figure hold a digit: looked for first


def _figures(text: str, lang: Language) -> list[Figure]:
    """The distances and numbers of a sentence in text order: at most MAX_FIGURES_PER_SENTENCE,
    none above the ceiling of its unit (limits.within_ceiling: a 309-digit number is no count)."""
    distances = find_distances(text, lang)
    exprs: list[Figure] = [(d.expr, d.original_unit) for d in distances]
    skip = sorted((d.expr.start, d.expr.end) for d in distances)
    exprs += [(e, None) for e in find_numbers(text, lang, skip)]
    exprs.sort(key=lambda item: item[0].start)
    kept = [
        (e, unit)
        for e, unit in exprs
        if within_ceiling((e.value, e.low, e.high), "km" if unit else "people")
        and not (e.named and resolve(e.named, lang) is not None)  # "killed in Kano" names no one
    ]
    return kept[:MAX_FIGURES_PER_SENTENCE]


def _next_starts(text: str, exprs: list[Figure], lang: Language) -> list[int]:
    """For each figure, where the next figure that ends its window starts (the sentence's end
    if none). A subset ("including 12 children") does not end the window of the figure before
    it, nor does a count of things ("in 87 evacuation centres"). One pass from the end."""
    starts: list[int] = []
    next_start = len(text)
    for expr, unit in reversed(exprs):
        starts.append(next_start)
        if unit is not None or not (expr.subset or _counts_things(text, expr, lang)):
            next_start = expr.start
    starts.reverse()
    return starts


def _sentence_facts(
    sentence: Sentence, lang: Language, carried: str | None = None, held: float | None = None
) -> tuple[list[ExtractedFact], str | None, float | None]:
    """The facts of a sentence; the category of its last figure that has one (a part too:
    "62 of those deaths" heads the list of the next sentence); how many people it says were
    abducted, whom a later sentence may call "the hostages"."""
    text = sentence.text
    last = None
    exprs = _figures(text, lang)
    taken = _held(text, [e for e, unit in exprs if unit is None], lang)
    next_starts = _next_starts(text, exprs, lang)
    source = None
    facts: list[ExtractedFact] = []
    spans: list[tuple[int, int]] = []  # where each fact's figure starts and ends
    previous: tuple[NumberExpr, Classification] | None = None  # the last figure with a category
    header = lang.pipeline.list_header.match(text) if carried else None
    if header is not None:  # "By district: Bilaspur (5), ...": the list goes on the sentence before
        end = header.end()
        previous = (
            NumberExpr(end, end, 0.0, 0.0, 0.0, "exact", end, end),
            Classification(carried, 0, 0),
        )
    for index, (expr, unit) in enumerate(exprs):
        if expr.referent:
            if held is None:
                continue  # "the hostages", and the report said of none how many were taken
            expr.value = expr.low = expr.high = held
        prev_end = exprs[index - 1][0].end if index else (header.end() if header else 0)
        if index and lang.pipeline.households_aside.fullmatch(text, prev_end, expr.start):
            # "affected some 2,133 families, or 20,000 people": the households are an aside
            prev_end = exprs[index - 2][0].end if index > 1 else (header.end() if header else 0)
        next_start = next_starts[index]
        if unit is not None:
            found = _distance(text, expr, prev_end, lang)
        else:
            found = classify(
                text, expr, lang, prev_end=prev_end, next_start=next_start, is_country=is_country
            )
            if found is None and previous is not None:
                found = _continued(text, expr, *previous, lang)
            if found is None and index + 1 < len(exprs) and exprs[index + 1][1] is None:
                found = _verb_ahead(text, expr, exprs[index + 1][0], next_starts[index + 1], lang)
            if found is None and previous is None:
                found = _listed_after_noun(text, expr, prev_end, lang)
            if found is None and opens_aside(text, expr):
                # "The hardest hit are Lake (more than 277,409 people), Mandoul (267,408)"
                worst = lang.pipeline.worst_hit.search(text, 0, expr.start)
                if worst is not None and not _counts_things(text, expr, lang):
                    found = Classification("affected", worst.start(), worst.end())
            counted = previous[1].category if previous is not None else carried
            if found is None and counted is not None and not _counts_things(text, expr, lang):
                count = lang.pipeline.count_before.search(text, prev_end, expr.start)
                if count is not None:  # "The official count had previously stood at 255"
                    found = Classification(counted, count.start(), count.end())
                more = lang.pipeline.more_of_them.search(text, prev_end, expr.start)
                if (
                    found is None
                    and more is not None
                    and previous is not None
                    and (
                        _place_item(text, expr, lang)
                        or lang.pipeline.reported_in.match(text, expr.end)
                    )
                ):
                    # "8,000 refugees had arrived; another 4,000 were reported in Birak"
                    found = Classification(counted, more.start(), more.end())
            if found is not None:
                last = found.category
            if found is not None and not _plausible(expr, found, previous, text, lang):
                found = None
            if found is not None and previous is not None:
                _share_qualifier(text, expr, found, previous[0], lang)
        if found is None:
            continue
        if source is None:
            source = find_source(text, lang) or ""
        following = exprs[index + 1][0] if index + 1 < len(exprs) else None
        lists = following is not None and _lists_places(text, expr, following, lang)
        list_start = following.start if lists else None
        fact = _fact(
            sentence, expr, found, unit, prev_end, next_start, source or None, lang, list_start
        )
        facts.append(fact)
        spans.append((expr.num_start, expr.end))
        each = lang.pipeline.each_pair.match(text, expr.end) if fact.place else None
        if each is not None:  # "two each in Anamizu and Noto": the figure once for each place
            names = lang.pipeline.each_name.split(each.group("names"))
            for name in names[1:]:
                facts.append(replace(fact, place=named_place(name, lang)))
                spans.append((expr.num_start, expr.end))
        else:
            each_after = lang.pipeline.each_after.match(text, expr.end) is not None
            names = _names_before(text, expr, prev_end, each_after, lang)
            for number, name in enumerate(names):  # "Barin Zare and Otawa lost eight each"
                placed = replace(fact, place=named_place(name, lang), place_reason="sentence")
                if number == 0:
                    facts[-1] = placed
                else:
                    facts.append(placed)
                    spans.append((expr.num_start, expr.end))
        if not expr.subset or _place_item(text, expr, lang):
            previous = (expr, found)  # "including 95 in Jajarkot and 38 in Western Rukum"
    return _depth_places(_respective_places(text, facts, spans, lang), lang), last, taken


def _names_before(
    text: str, expr: NumberExpr, clause_start: int, each_after: bool, lang: Language
) -> list[str]:
    """The places joined right before a figure that goes to each of them ("Barin Zare and
    Otawa lost eight people each", "Collier and Sarasota each recorded 10 deaths"); none
    when no run of names ends a few words before the figure, or no "each" says so."""
    rules = lang.pipeline
    if not each_after and "each" not in text[clause_start : expr.start]:
        return []
    last = None
    for m in rules.names_run.finditer(text, clause_start, expr.start):
        last = m
    if last is None:
        return []
    between = rules.names_to_figure.fullmatch(text, last.end(), expr.start)
    if between is None or not (each_after or between.group("each")):
        return []
    return rules.each_name.split(last.group("names"))


def _depth_places(facts: list[ExtractedFact], lang: Language) -> list[ExtractedFact]:
    """A quake's depth is measured at its epicentre: it takes the place the sentence's other
    distance is measured from ("about 33 km from Gaziantep, at a depth of 17.9 km")."""
    placed = next((f.place for f in facts if f.unit == "km" and f.place is not None), None)
    if placed is None:
        return facts
    return [
        replace(fact, place=placed)
        if fact.unit == "km" and fact.place is None and is_depth(fact, lang)
        else fact
        for fact in facts
    ]


def _respective_places(
    text: str, facts: list[ExtractedFact], spans: list[tuple[int, int]], lang: Language
) -> list[ExtractedFact]:
    """Figures joined and said to go "respectively" with a list of places take them in order:
    "Khyber Pakhtunkhwa and Punjab reported 308 and 223 deaths respectively"."""
    rules = lang.pipeline
    if not rules.respectively.search(text):
        return facts
    run: list[int] = []  # indices of the facts joined before "respectively"
    for index, (start, end) in enumerate(spans):
        if run and not rules.figures_joined.fullmatch(text, spans[run[-1]][1], start):
            run = []
        run.append(index)
        if len(run) > 1 and said_respectively(text, end, lang):
            break
    else:
        return facts
    first, last = spans[run[0]][0], spans[run[-1]][1]
    clause_start = max(text.rfind(";", 0, first), text.rfind(".", 0, first)) + 1
    for m in rules.names_run.finditer(text, clause_start):
        if first <= m.start() < last:
            continue
        names = rules.each_name.split(m.group("names"))
        if len(names) == len(run):
            facts = list(facts)
            for index, name in zip(run, names, strict=True):
                facts[index] = replace(facts[index], place=named_place(name, lang))
            return facts
    return facts


def _held(text: str, exprs: list[NumberExpr], lang: Language) -> float | None:
    """How many people a sentence says were abducted: "abducted three employees", "three
    employees were kidnapped"; None when it says of none."""
    rules = lang.numbers
    for expr in exprs:
        if expr.counted or expr.qualifier != "exact":
            continue
        before = rules.held_before.search(text, max(0, expr.start - 40), expr.start)
        if before or rules.held_after.match(text, expr.end):
            return expr.value
    return None


def _counts_things(text: str, expr: NumberExpr, lang: Language) -> bool:
    """Whether a number counts things rather than people: "87 evacuation centres"."""
    if expr.next_word in lang.nouns.non_person:
        return True
    m = lang.pipeline.thing_after.match(text, expr.end)
    return bool(m) and m.group(1).lower() in lang.nouns.non_person


def _continued(
    text: str, expr: NumberExpr, before: NumberExpr, found: Classification, lang: Language
) -> Classification | None:
    """A figure that leans on the one before: "killed three people in Grenada and two in
    St Vincent" (the verb is not repeated), "385 remained missing, down from 1,000"."""
    if expr.start - before.end > MAX_GAP_CHARS:
        return None  # not read: the figure before may be a whole sentence away
    if lang.numbers.held_after.match(text, expr.end):
        return None  # "killed 30 people and another 50 were taken hostage"
    verb_before = found.trigger_end <= before.start
    rules = lang.pipeline
    each = rules.each_pair.match(text, before.end)  # "five each in A, B and C, three in D"
    gap = (each.end() if each is not None else before.end, expr.start)
    if (verb_before and rules.gapped.match(text, *gap)) or rules.compared.match(text, *gap):
        return Classification(found.category, expr.start, expr.end)
    after_verb = (max(before.end, found.trigger_end), expr.start)  # "have been affected,"
    if _place_item(text, expr, lang) and (
        rules.list_gap.fullmatch(text, *gap)
        or rules.list_colon.fullmatch(text, *gap)
        or (after_verb != gap and rules.list_gap.fullmatch(text, *after_verb))
    ):
        # "killed 126 people: 69 in Wajima, 38 in Suzu ...": each place its own figure
        return Classification(found.category, expr.start, expr.end)
    if _named_item(text, before.end, expr, lang) is not None:
        # "149 deaths, followed by Punjab with 114, Sindh 111": the place named first
        return Classification(found.category, expr.start, expr.end)
    return None


def _listed_after_noun(
    text: str, expr: NumberExpr, prev_end: int, lang: Language
) -> Classification | None:
    """The first item of a list by place after a colon, whose clause before the colon names
    the list's category: "listed the killings earlier that week in Bokkos: five people in
    Wumat, four in Kuba on the 10th"."""
    colon = text.rfind(":", prev_end, expr.start)
    if colon < 0 or text[colon + 1 : expr.start].strip() or not _place_item(text, expr, lang):
        return None
    clause = text[prev_end:colon]
    found = None
    for category, noun in lang.pipeline.list_nouns:
        for m in noun.finditer(clause):
            if found is None or m.start() > found[1]:
                found = (category, m.start(), m.end())
    if found is None:
        return None
    category, start, end = found
    return Classification(category, prev_end + start, prev_end + end)


def _verb_ahead(
    text: str, expr: NumberExpr, following: NumberExpr, following_end: int, lang: Language
) -> Classification | None:
    """A figure by place whose verb comes after the next item of its list takes the item's
    category: "75,000 people in Sunamganj and 30,000 in Sylhet are taking refuge"."""
    respective = bool(
        lang.pipeline.figures_joined.fullmatch(text, expr.end, following.start)
    ) and said_respectively(text, following.end, lang)  # "308 and 223 deaths respectively"
    if not respective and not (
        _place_item(text, expr, lang)
        and _place_item(text, following, lang)
        and lang.pipeline.list_gap.fullmatch(text, expr.end, following.start)
    ):
        return None
    ahead = classify(
        text, following, lang, prev_end=expr.end, next_start=following_end, is_country=is_country
    )
    if ahead is None or ahead.trigger_start < following.end:
        return None
    return Classification(ahead.category, ahead.trigger_start, ahead.trigger_end)


def _lists_places(text: str, expr: NumberExpr, following: NumberExpr, lang: Language) -> bool:
    """Whether the figure after this one is the first item of a list by place: "19 died:
    11 from Leyte, ...", "60 killed, including 41 in Dhading", "Of the 1,545 deaths, Sindh
    has reported 678"."""
    return _place_item(text, following, lang) or (
        _named_item(text, expr.end, following, lang) is not None
    )


def _named_item(text: str, prev_end: int, expr: NumberExpr, lang: Language) -> str | None:
    """The place name of an item of a list that names the place first ("Sindh 111",
    "Punjab with 114", "Kangra (14)"), or None when the figure is no such item."""
    if not prev_end or expr.qualifier != "exact" or expr.next_word in lang.nouns.person:
        return None
    m = lang.pipeline.named_item.fullmatch(text, prev_end, expr.start)
    if m is None or m.group("name") in lang.places.not_places:
        return None
    if m.group().rstrip().endswith("(") and not lang.pipeline.named_item_end.match(text, expr.end):
        return None
    return m.group("name")


def _share_qualifier(
    text: str, expr: NumberExpr, found: Classification, before: NumberExpr, lang: Language
) -> None:
    """ "At least nine people were killed and 14 wounded": the second figure, with no verb
    and no qualifier of its own, is "at least" too; "... and 2,059 were wounded" is not."""
    if before.qualifier not in SHARED_QUALIFIERS or expr.qualifier != "exact":
        return
    if expr.start != expr.num_start or found.trigger_start < expr.end:
        return
    rules = lang.pipeline
    if rules.shared_gap.fullmatch(text, before.end, expr.start) and rules.no_own_verb.fullmatch(
        text, expr.end, found.trigger_start
    ):
        set_qualifier(expr, before.qualifier)


SHARED_QUALIFIERS = ("at_least", "at_most", "approximate")


def _place_item(text: str, expr: NumberExpr, lang: Language) -> bool:
    """Whether a figure is an item of a list by place: "69 in Wajima", "two each in Shika"."""
    return bool(lang.pipeline.place_item.match(text, expr.end))


COUNTED_WITHOUT_NUMBER = "casualty"  # the group whose victims the news names one by one


def _said_of(expr: NumberExpr, found: Classification, text: str, lang: Language) -> bool:
    """People counted without a number count only where the words say it of them at once:
    "a police officer was killed", "killed a soldier", not "an officer said 3 were killed"."""
    if GROUP_OF.get(found.category) != COUNTED_WITHOUT_NUMBER:
        return False  # "the gunman sought shelter" displaces nobody
    if found.trigger_end <= expr.start:
        gap = text[found.trigger_end : expr.start]
        return not gap.strip() or bool(lang.classify.named_victim.fullmatch(gap))
    if not lang.numbers.counted_link.fullmatch(text, expr.end, found.trigger_start):
        return False
    # "a suicide bomber killed himself and 5 civilians": the person did the killing
    gap = text[expr.end : found.trigger_start]
    return bool(gap.strip()) or not lang.numbers.agent_object.match(text, found.trigger_end)


def _plausible(
    expr: NumberExpr,
    found: Classification,
    previous: tuple[NumberExpr, Classification] | None,
    text: str,
    lang: Language,
) -> bool:
    """People come in whole numbers ("magnitude 6.3" counts nobody), and a subset of the same
    category as the figure it belongs to ("17 dead, including three children") is no new fact."""
    if expr.value != int(expr.value):
        return False
    if expr.counted and not _said_of(expr, found, text, lang):
        return False
    if expr.subset and not _place_item(text, expr, lang):
        if expr.among_named:
            return False
        return previous is not None and previous[1].category != found.category
    return True


def _distance(text: str, expr: NumberExpr, prev_end: int, lang: Language) -> Classification | None:
    """A length is a distance fact unless it is a depth, a height or a size, or hypothetical."""
    before = text[max(prev_end, expr.start - 60) : expr.start]
    rules = lang.pipeline
    if rules.not_distance_before.search(before) or rules.not_distance_after.match(text, expr.end):
        return None
    if hypothetical(before[before.rfind(",") + 1 :], lang):  # "moving residents up to 100 km west"
        return None
    return Classification("distance", expr.start, expr.end)


def _fact(
    sentence: Sentence,
    expr: NumberExpr,
    found: Classification,
    unit: str | None,
    prev_end: int,
    next_start: int,
    source: str | None,
    lang: Language,
    list_start: int | None = None,
) -> ExtractedFact:
    text = sentence.text
    start = min(expr.start, found.trigger_start)
    end = max(_with_noun(text, expr, lang), found.trigger_end)
    if found.category == "distance":
        right_end = _right_clause_end(text, expr.end, next_start, lang)
        place = distance_place(text, expr.start, expr.end, right_end, lang)
    else:
        clause_start = left_start(text, expr, prev_end, lang)
        right_end = _right_clause_end(text, max(expr.end, found.trigger_end), next_start, lang)
        if list_start is not None:
            right_end = min(right_end, max(list_start, expr.end))  # the list's places are its own
        named = (
            _named_item(text, prev_end, expr, lang) if found.trigger_start == expr.start else None
        )
        if named is not None:
            place = named_place(named, lang)
        else:
            place = (
                item_place(text, expr.end, lang) if _place_item(text, expr, lang) else None
            ) or find_place(
                text,
                lang,
                left=(clause_start, expr.start),
                right=(expr.end, right_end),
                segment_end=list_start,  # a total before its list by place takes none of its places
            )
            if place is None and opens_aside(text, expr):
                # "the worst-hit counties include Tana River (3,864 displaced), Homa Bay (2,046)"
                opened = lang.places.name_before_aside.search(
                    text, max(0, expr.start - 60), expr.start
                )
                if opened is not None:
                    place = named_place(opened.group("name"), lang)
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


def _with_noun(text: str, expr: NumberExpr, lang: Language) -> int:
    """The end of a figure, taking in the person noun right after it ("1.5 million people")."""
    m = lang.pipeline.noun_after.match(text, expr.end)
    if m:
        noun = m.group(1).lower()
        if noun in lang.nouns.person and noun not in lang.pipeline.unquoted_nouns:
            return m.end()
    return expr.end


def _right_clause_end(text: str, start: int, limit: int, lang: Language) -> int:
    m = lang.pipeline.right_clause_end.search(text, start, limit)
    return m.start() if m else limit


def _merge_repeats(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """A figure repeated in one document is one fact with several mentions: the same category
    and value, whatever its qualifier ("at least 13 dead" in the lead, "thirteen lost their
    lives" below), unless each mention's own sentence names a different place. The place kept
    is the one the most trusted reason gave (its own sentence before an earlier one, ...)."""
    kept: list[ExtractedFact] = []
    by_figure: dict[tuple[str, float], list[int]] = {}
    for fact in facts:
        same = by_figure.setdefault((fact.category, fact.value), [])
        index = next((i for i in same if _same_place(kept[i], fact)), None)
        if index is None:
            same.append(len(kept))
            kept.append(fact)
            continue
        first = kept[index]
        first.mentions.append(Mention(fact.quote, fact.start, fact.end, fact.sentence))
        if _trust(fact) < _trust(first):
            first.place, first.place_reason = fact.place, fact.place_reason
    return kept


def _same_place(a: ExtractedFact, b: ExtractedFact) -> bool:
    own = OWN_SENTENCE
    if a.place_reason == own and b.place_reason == own:
        return _within(a.place, b.place) or _within(b.place, a.place)
    return True


def _within(place: Place, larger: Place) -> bool:
    """Whether a place is the larger one or lies in it, as far as the gazetteer tells: Noto
    in Ishikawa, Kharkiv in Ukraine."""
    if place.name == larger.name:
        return True
    if larger.kind == "country":
        # a village the gazetteer lacks may lie in any country: "kill 12 in central Mali
        # village" in the headline, then "killed 12 in Ogossagou" below
        return place.country_code == larger.country_code or (
            place.kind == "unresolved" and not place.country_code
        )
    return larger.kind == "admin1" and place.admin1 == larger.name and bool(place.admin1)


def _trust(fact: ExtractedFact) -> tuple[int, int]:
    """Lower is better: the more specific place, then the more trusted reason for it."""
    reason = PLACE_TRUST.index(fact.place_reason) if fact.place_reason in PLACE_TRUST else 99
    return (fact.place.rank if fact.place else 99), reason
