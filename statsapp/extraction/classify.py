"""Which category a number counts, read from the words around it.

The kinds of evidence make the table EVIDENCE, tried in order (classify's docstring). Every
word and pattern is the language's (ClassifyRules, compiled from the pack's triggers.json) and
so is every special case: which category a weak noun may replace, which trigger is a rule
rather than a category. No category is named here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .lang import Language
from .lang.rules import ClassifyRules, Flight
from .numbers import NumberExpr, opens_aside

MAX_WINDOW_WORDS = 10
WORD_RE = re.compile(r"\d+(?:[.,]\d+)+|[\w'’-]+|[^\w\s]")  # "3,200" is one word
HARD_STOP = set(';:.!?()[]"“”')
HYPOTHETICAL_CHARS = 60  # read before a number for "could", "may" ...

IsCountry = Callable[[str, Language], bool]


@dataclass
class Classification:
    category: str
    trigger_start: int  # sentence offsets of the trigger words
    trigger_end: int


@dataclass(frozen=True)
class Context:
    """A number and the stretches of its sentence that may say what it counts."""

    sentence: str
    expr: NumberExpr
    lang: Language
    window_end: int  # the words after the number end here (right_window)
    clause_start: int  # its clause starts here (left_start)
    is_country: IsCountry  # places.is_country, passed in: classify reads no gazetteer itself

    @property
    def left(self) -> str:
        """The clause up to the number."""
        return self.sentence[self.clause_start : self.expr.start]


def classify(
    sentence: str,
    expr: NumberExpr,
    lang: Language,
    *,
    prev_end: int,
    next_start: int,
    is_country: IsCountry,
) -> Classification | None:
    """The category of the number `expr` of `sentence`, or None when nothing says what it counts.

    The words read lie between the figure before (it ends at `prev_end`) and the figure after
    (it starts at `next_start`). The evidence, in order (EVIDENCE):

    1. a tally label right before the number: "Dead: 41";
    2. a strong trigger after it: "2,000 people had died";
    3. a trigger ending the clause right before it: "killed six adults";
    4. a weak noun after it: "196,000 refugees";
    5. a tally noun earlier in the clause: "the death toll rose to 50".

    The first kind that names a category decides, except that a weak noun replaces a category
    the language lets it override ("home to 196,000 refugees" counts refugees, not a
    population). A number before a noun of things ("87 tanks") gets no category, nor does one
    in a hypothetical ("could reach 20,000").
    """
    if expr.next_word in lang.nouns.non_person:
        return None
    thing = lang.pipeline.thing_after.match(sentence, expr.end)
    if (
        thing
        and thing.group(1).lower() in lang.nouns.non_person
        and not expr.counted
        and not lang.classify.time_modifier.match(sentence, expr.end)
    ):
        return None  # "53 relief camps", "85 districts"; not "1 million this week"
    if lang.classify.speaker.match(sentence, expr.end):
        return None  # "several local sources put the dead at 8": who counted, not the counted
    context = Context(
        sentence,
        expr,
        lang,
        window_end=right_window(sentence, expr, next_start, lang),
        clause_start=left_start(sentence, expr, prev_end, lang),
        is_country=is_country,
    )
    overrides = lang.classify.overrides
    found = None
    for kind in EVIDENCE:
        if found is None:
            found = kind.read(context)
        elif kind.overrides and found.category in overrides:
            better = kind.read(context)
            if better is not None and better.category in overrides[found.category]:
                found = better
    if found is None or _in_hypothetical(context, found):
        return None
    return found


LABEL_MARKS = (":", ";", "–", "—")  # "Dead: 41", "DEAD – 48", "; injuries 1,145"


def _tally_label(c: Context) -> Classification | None:
    """A tally's label right before the figure: "Dead: 41", "deaths 18; injuries 1,145"."""
    head_start = max(0, c.expr.start - 40)
    head = c.sentence[head_start : c.expr.start]
    if not any(mark in head for mark in LABEL_MARKS):
        return None  # every label ends with a colon or a dash or follows one ("; injuries 1")
    for category, pattern in c.lang.classify.labels:
        m = pattern.search(head)
        if m:
            start = head_start + m.start() + len(m.group()) - len(m.group().lstrip(",;:.-–—( "))
            return Classification(category, start, c.expr.start)
    return None


def _strong_after(c: Context) -> Classification | None:
    """A strong trigger after the number, within its window: "2,000 people had died". Two
    categories named together may count a third ("killed or injured"); a trigger that is a
    rule (a verb of fleeing) takes its category from where people went."""
    return _after_trigger(c, c.lang.classify.strong)


def _trigger_before(c: Context) -> Classification | None:
    """A trigger ending the clause right before the number: "killed six adults", "a city of
    1.5 million". Never for a part of a figure before it ("including 12 children")."""
    return None if c.expr.subset else _before_trigger(c)


def _weak_after(c: Context) -> Classification | None:
    """A weak trigger after the number, a noun: "196,000 refugees". A part of a figure takes
    none of the language's not_for_subsets ("2.9 million of them live in Colombia" counts no
    population)."""
    found = _after_trigger(c, c.lang.classify.weak)
    if found is not None and c.expr.subset and found.category in c.lang.classify.not_for_subsets:
        return None
    return found


def _tally_noun(c: Context) -> Classification | None:
    """A tally noun earlier in the clause, linked to the number by a verb: "the death toll in
    Derna has soared to 11,300", "the toll passed 10,000" (the verb is the qualifier, so the
    clause up to the number itself is read too). Never for a part of a figure."""
    if c.expr.subset:
        return None
    return _toll_trigger(c.left, c.clause_start, c.lang) or _toll_trigger(
        c.sentence[c.clause_start : c.expr.num_start], c.clause_start, c.lang
    )


@dataclass(frozen=True)
class Evidence:
    """One kind of evidence: what people call it, and the function that reads it."""

    name: str
    read: Callable[[Context], Classification | None]
    overrides: bool = False  # may replace an earlier category, as the language's overrides say


EVIDENCE: tuple[Evidence, ...] = (
    Evidence("tally label", _tally_label),
    Evidence("strong trigger after the number", _strong_after),
    Evidence("trigger before the number", _trigger_before),
    Evidence("weak noun after the number", _weak_after, overrides=True),
    Evidence("tally noun earlier in the clause", _tally_noun),
)


def _in_hypothetical(c: Context, found: Classification) -> bool:
    """Whether the words before the number, or the figure with its trigger, speak of what
    could happen: "the toll could reach 20,000"."""
    lo, hi = min(found.trigger_start, c.expr.start), max(found.trigger_end, c.expr.end)
    before = c.sentence[max(c.clause_start, c.expr.start - HYPOTHETICAL_CHARS) : c.expr.start]
    before = before[before.rfind(",") + 1 :]  # "has reached 139 and may rise, with 200 missing"
    return hypothetical(before, c.lang) or hypothetical(c.sentence[lo:hi], c.lang)


ASIDE_CHARS = 40  # a figure's aside in parentheses that the words after it may step over


def right_window(sentence: str, expr: NumberExpr, limit: int, lang: Language) -> int:
    """End offset of the words after a number that can still say what it counts.

    A parenthetical between commas is stepped over when the clause goes on after it
    ("1.9 million people, or about 85 per cent of the population, have been displaced"), and
    so is a short aside in parentheses that holds a figure ("(1,308,617 households)").
    """
    r = lang.classify
    words = 0
    pos = expr.end
    cursor = expr.end
    in_aside = False  # within ", most of them ...": a relative clause there is the aside's own
    while True:
        m = WORD_RE.search(sentence, cursor, limit)
        if m is None:
            return limit if words < MAX_WINDOW_WORDS else pos
        token = m.group()
        cursor = m.end()
        if in_aside and token.lower() in r.relative_pronouns:
            return m.start()  # "481 people, most of them people who had been displaced"
        if token in (",", "of", "aged") and (age := r.age_aside.match(sentence, m.start())):
            cursor = age.end()  # "two men, aged 61 and 37, were wounded"
            continue
        if (
            token == ","
            and sentence[pos - 1 : pos].isalpha()
            and sentence[sentence.rfind(" ", 0, pos) + 1 : pos][:1].isupper()
            and (names := r.name_list.match(sentence, m.start()))
        ):
            cursor = names.end()  # "4833 people in Mundakkai, Chooralmala and Attamala have"
            continue
        if token == "(":
            close = sentence.find(")", cursor, min(limit, cursor + ASIDE_CHARS))
            if close != -1 and any(c.isdigit() for c in sentence[cursor:close]):
                cursor = close + 1  # "6,552,118 individuals (1,308,617 households) have been"
                continue
        if (
            token == ")"
            and opens_aside(sentence, expr)
            and sentence[expr.end : m.start()].strip()  # "(9)" alone is a day of the month
        ):
            continue  # "70,000 families (350,000 people) were displaced": the aside's figure
        if token in HARD_STOP:
            return m.start()
        if token == ",":
            in_aside = False
            resume = r.resume.search(sentence, m.start(), min(limit, m.end() + 100))
            if resume is not None and resume.start() == m.start():
                words_after = resume.group().strip(", ").split()
                if len(words_after) == 1 and words_after[0].lower() in r.participles:
                    resume = None  # "killed 1,644 people in Myanmar, injured 3,408": a new clause
            aside = sentence[m.end() : resume.start()] if resume else ""
            if resume is not None and not HARD_STOP.intersection(aside):
                cursor = resume.start() + 1  # "53 people, including 15 women, were killed"
                continue
            if r.comma_continuations.match(sentence, m.start()):
                in_aside = True
                continue
            return m.start()
        if (
            token.lower() in r.clause_stops
            and not _verb_pair(sentence, pos, r)
            and not r.noun_pair.match(sentence, m.start())
        ):
            return m.start()
        if not token[:1].isupper():
            words += 1  # a name is read whole: "people on Grand Bahama and the Abaco Islands"
        pos = m.end()
        if words >= MAX_WINDOW_WORDS:
            return pos


def _verb_pair(sentence: str, pos: int, r: ClassifyRules) -> bool:
    """Whether "and" after `pos` joins two verbs of one subject: "were kidnapped and later
    murdered", not "killed five children and injured"."""
    return bool(
        r.verb_pair.match(sentence, pos)
        and r.passive_before.search(sentence, max(0, pos - 40), pos)
    )


def left_start(sentence: str, expr: NumberExpr, floor: int, lang: Language) -> int:
    """Start offset of the clause a number sits in (after "but", "while", ";" ...)."""
    start = floor
    for m in lang.classify.left_breaks.finditer(sentence, floor, expr.start):
        if not (m.group().isalpha() and _joins_names(sentence, m.start(), m.end(), lang)):
            start = m.end()
    return start


def _joins_names(sentence: str, start: int, end: int, lang: Language) -> bool:
    """Whether a break word stands between two names ("typhoons Nika and Ofel have risen to
    12", "camps in Kachin and northern Shan states hold"): it joins them and opens no clause."""
    before = sentence[max(0, start - 40) : start].split()
    after = sentence[end : end + 40].split()[:2]
    if not before or not after or not before[-1][:1].isupper():
        return False
    if len(after) == 2 and lang.places.directions.fullmatch(after[0]):
        after = after[1:]
    return after[0][:1].isupper()


def hypothetical(text: str, lang: Language) -> bool:
    """Whether the words speak of what could or may happen rather than what did."""
    return bool(lang.classify.hypothetical.search(text))


def _after_trigger(c: Context, tier: tuple[tuple[str, re.Pattern], ...]) -> Classification | None:
    """The trigger of one tier nearest after the number, within its window."""
    start = c.expr.end
    window = c.sentence[start : c.window_end]
    best = None
    for category, pattern in tier:
        m = pattern.search(window)
        if m is None or (best is not None and m.start() >= best[1].start()):
            continue  # none, or none nearer than the best so far: later ones are further on
        if not _requirement_met(m.group(), c.sentence, c.lang):
            m = next(
                (
                    m
                    for m in pattern.finditer(window, m.end())
                    if _requirement_met(m.group(), c.sentence, c.lang)
                ),
                None,
            )
            if m is None or (best is not None and m.start() >= best[1].start()):
                continue
        best = (category, m)
    if best is None:
        return None
    category, m = best
    t_start, t_end = start + m.start(), start + m.end()
    category, t_end = _combine(c.sentence, category, t_end, c.lang)
    flight = c.lang.classify.flights.get(category)
    if flight is not None:
        category = _where_they_went(c, t_end, flight)
    return Classification(category, t_start, t_end)


@lru_cache(maxsize=256)
def _requirement_met(trigger_text: str, sentence: str, lang: Language) -> bool:
    """Whether the sentence says what a trigger needs ("arrived" counts refugees only in a
    sentence about a border, a camp, asylum ...). Cached: the answer is the same for every
    figure of the sentence, and the sentence is read once, not once per figure."""
    for trigger, needed in lang.classify.requires:
        if trigger.fullmatch(trigger_text):
            return bool(needed.search(sentence))
    return True


def _combine(sentence: str, category: str, trigger_end: int, lang: Language) -> tuple[str, int]:
    """Two categories named together, one as a strong trigger right after the other, count as
    the language's combination of both: "died or been injured", "killed and wounded".

    Returns the category and where its trigger words end.
    """
    rules = lang.classify
    pair = rules.combined.get(category)
    if pair is None:
        return category, trigger_end
    m = rules.combine.match(sentence, trigger_end)
    if not m:
        return category, trigger_end
    partner, together = pair
    for cat, pattern in rules.strong:
        if cat == partner:
            hit = pattern.match(sentence, m.end())
            if hit and not rules.own_count.match(sentence, hit.end()):
                return together, hit.end()  # not "shot five dead and wounded two"
    return category, trigger_end


def _where_they_went(c: Context, trigger_end: int, flight: Flight) -> str:
    """The category of people who fled, from the words after the verb up to its clause's end:
    those who left their country (abroad words, a country's name) or those who stayed (their
    homes, a place within it, or nothing said)."""
    later = flight.refuge_abroad.search(c.sentence, trigger_end)
    if later and c.is_country(later.group("name"), c.lang):
        return flight.left  # "fled the fighting in Blue Nile and sought refuge in Ethiopia"
    rest = c.sentence[trigger_end : trigger_end + 60]
    end = flight.clause_end.search(rest)
    rest = rest[: end.start()] if end else rest
    if flight.home.match(rest) or flight.within.search(rest):
        return flight.stayed
    if flight.abroad.search(rest):
        return flight.left
    return flight.left if _names_country(rest, c) else flight.stayed


BEFORE_REACH = 80  # characters before a figure in which its trigger, fillers and name may lie


def _before_trigger(c: Context) -> Classification | None:
    rules, expr = c.lang.classify, c.expr
    left = c.left
    if len(left) > BEFORE_REACH:  # a trigger before a figure is a few words: not the whole clause
        cut = left.find(" ", len(left) - BEFORE_REACH)
        left = left[cut:] if cut >= 0 else left
    offset = expr.start - len(left)
    filler = rules.before_fillers.search(left)
    if filler:
        left = left[: filler.start()]  # "killing all 298 people", "killed another 12"
    named = rules.named_victim.search(left) if expr.counted else None
    if named:
        left = left[: named.start()]  # "shot dead Sule Gwamnati, a middle-aged man"
    for category, pattern in rules.before:
        m = pattern.search(left)
        if not m:
            continue
        # only for the trigger that needs them: "which had 27,000 residents", not "the most
        # deaths with 37"
        nouns = [
            allowed
            for pattern, allowed in rules.before_nouns
            if (needs := pattern.search(left)) and needs.start() == m.start()
        ]
        if nouns and expr.next_word not in nouns[0]:
            continue  # "which had 27,000 residents" counts a population; "had 3 cars" nothing
        if rules.before_person_only.search(left):
            if m.group().strip().lower() in rules.kin_triggers.get(category, ()):
                if not rules.kin.match(c.sentence[expr.end :]):
                    continue  # "lost three children", not "lost 3 cars"
            elif not (
                expr.next_word in c.lang.nouns.person
                or expr.next_word in rules.bare_count_next
                or not expr.next_word.isalpha()
            ):
                continue  # "affected 300 houses"; "affected more than 1.5 million in Mozambique"
        host = rules.hosts.get(category)
        if (
            host
            and host[0].fullmatch(m.group().strip())
            and not _names_country(left, c)
            and not rules.refugee_word.search(c.sentence)  # "the largest refugee camp shelters"
        ):
            category = host[1]  # "the camp hosts 500,000 people": not a country's refugees
        flight = rules.flights.get(category)
        if flight is not None:  # "pushed 300,000 people into Chad", "forced 5,000 from their homes"
            category = _where_they_went(c, expr.end, flight)
        return Classification(category, offset + m.start(), offset + m.end())
    return None


def _names_country(text: str, c: Context) -> bool:
    """Whether text names a country, or a place as a country's ("Ethiopia's Tigray")."""
    rules = c.lang.classify
    for m in rules.proper_names.finditer(text):
        owner = rules.possessive.split(m.group())[0]
        if c.is_country(m.group(), c.lang) or c.is_country(owner, c.lang):
            return True
    return False


def _toll_trigger(left: str, offset: int, lang: Language) -> Classification | None:
    best = None
    for category, pattern in lang.classify.toll:
        m = pattern.search(left)
        if m and (best is None or m.start() > best[1].start()):
            best = (category, m)
    if best is None:
        return None
    category, m = best
    return Classification(category, offset + m.start(), offset + m.end())
