"""Which category a number counts, read from the words around it.

Three kinds of evidence, tried in order: a trigger after the number ("2,000 people had died"),
a trigger ending the text right before it ("killed six adults", "a city of 1.5 million") and a
tally noun earlier in the clause ("the death toll in Derna has soared to 11,300"). A number in
a hypothetical ("could reach 20,000") or counting things that are not people gets no category.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .lang import Language
from .numbers import NumberExpr

MAX_WINDOW_WORDS = 10
WORD_RE = re.compile(r"[\w'’-]+|[^\w\s]")
HARD_STOP = set(';:.!?()[]"“”')


@dataclass
class Classification:
    category: str
    trigger_start: int  # sentence offsets of the trigger words
    trigger_end: int


def right_window(sentence: str, expr: NumberExpr, limit: int, lang: Language) -> int:
    """End offset of the words after a number that can still say what it counts.

    A parenthetical between commas is stepped over when the clause goes on after it
    ("1.9 million people, or about 85 per cent of the population, have been displaced").
    """
    r = lang.classify
    words = 0
    pos = expr.end
    cursor = expr.end
    while True:
        m = WORD_RE.search(sentence, cursor, limit)
        if m is None:
            return limit if words < MAX_WINDOW_WORDS else pos
        token = m.group()
        cursor = m.end()
        if token in HARD_STOP:
            return m.start()
        if token == ",":
            if r.comma_continuations.match(sentence, m.start()):
                continue
            resume = r.resume.search(sentence, m.start(), min(limit, m.end() + 100))
            if resume is None:
                return m.start()
            cursor = resume.start() + 1
            continue
        if token.lower() in r.clause_stops:
            return m.start()
        words += 1
        pos = m.end()
        if words >= MAX_WINDOW_WORDS:
            return pos


def left_start(sentence: str, expr: NumberExpr, floor: int, lang: Language) -> int:
    """Start offset of the clause a number sits in (after "but", "while", ";" ...)."""
    start = floor
    for m in lang.classify.left_breaks.finditer(sentence, floor, expr.start):
        start = m.end()
    return start


def classify(
    sentence: str,
    expr: NumberExpr,
    lang: Language,
    *,
    prev_end: int,
    next_start: int,
    is_country: Callable[[str, Language], bool],
) -> Classification | None:
    r = lang.classify
    if expr.next_word in lang.nouns.non_person:
        return None
    window_end = right_window(sentence, expr, next_start, lang)
    clause_start = left_start(sentence, expr, prev_end, lang)
    left = sentence[clause_start : expr.start]
    found = _label_trigger(sentence, expr, lang)
    if found is None:
        found = _after_trigger(sentence, expr.end, window_end, r.strong, lang, is_country)
    if found is None and not expr.subset:
        found = _before_trigger(sentence, expr, left, lang)
    if found is None or found.category == "population":
        # "home to 196,000 refugees": the noun says more than "home to"
        weak_found = _after_trigger(sentence, expr.end, window_end, r.weak, lang, is_country)
        if weak_found and expr.subset and weak_found.category == "population":
            weak_found = None  # "2.9 million of them now live in Colombia" counts no population
        if found is None or (weak_found and weak_found.category in ("refugees", "displaced")):
            found = weak_found or found
    if found is None and not expr.subset:
        # "the toll rose to at least 50" and "the toll passed 10,000" (the verb is the qualifier)
        found = _toll_trigger(left, clause_start, lang) or _toll_trigger(
            sentence[clause_start : expr.num_start], clause_start, lang
        )
    if found is None:
        return None
    lo, hi = min(found.trigger_start, expr.start), max(found.trigger_end, expr.end)
    if hypothetical(sentence[max(clause_start, expr.start - 60) : expr.start], lang) or (
        hypothetical(sentence[lo:hi], lang)
    ):
        return None
    return found


def _label_trigger(sentence: str, expr: NumberExpr, lang: Language) -> Classification | None:
    """A tally's label right before the figure: "Dead: 41", "deaths 18; injuries 1,145"."""
    head_start = max(0, expr.start - 40)
    head = sentence[head_start : expr.start]
    for category, pattern in lang.classify.labels:
        m = pattern.search(head)
        if m:
            start = head_start + m.start() + len(m.group()) - len(m.group().lstrip(",;:.-–—( "))
            return Classification(category, start, expr.start)
    return None


def hypothetical(text: str, lang: Language) -> bool:
    """Whether the words speak of what could or may happen rather than what did."""
    return bool(lang.classify.hypothetical.search(text))


def _after_trigger(
    sentence: str,
    start: int,
    end: int,
    tier: tuple[tuple[str, re.Pattern], ...],
    lang: Language,
    is_country: Callable[[str, Language], bool],
) -> Classification | None:
    """The trigger of one tier nearest after the number, within its window."""
    window = sentence[start:end]
    best = None
    for category, pattern in tier:
        for m in pattern.finditer(window):
            if not _requirement_met(m.group(), sentence, lang):
                continue
            if best is None or m.start() < best[1].start():
                best = (category, m)
            break
    if best is None:
        return None
    category, m = best
    t_start, t_end = start + m.start(), start + m.end()
    category, t_end = _combine(sentence, category, t_end, lang)
    if category == "flee":
        category = _flee_category(sentence, t_end, lang, is_country)
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
    """ "died or been injured", "killed and wounded": casualties, killed and injured not separated.

    Returns the category and where its trigger words end.
    """
    if category not in ("killed", "injured"):
        return category, trigger_end
    m = lang.classify.combine.match(sentence, trigger_end)
    if not m:
        return category, trigger_end
    other = "injured" if category == "killed" else "killed"
    for cat, pattern in lang.classify.strong:
        if cat == other:
            hit = pattern.match(sentence, m.end())
            if hit:
                return "casualties", hit.end()
    return category, trigger_end


def _flee_category(
    sentence: str, trigger_end: int, lang: Language, is_country: Callable[[str, Language], bool]
) -> str:
    """Fleeing abroad is refugees; fleeing home, or within the country, is displaced."""
    flight = lang.classify.flight
    rest = sentence[trigger_end : trigger_end + 60]
    end = flight.clause_end.search(rest)
    rest = rest[: end.start()] if end else rest
    if flight.home.match(rest) or flight.within.search(rest):
        return "displaced"
    if flight.abroad.search(rest):
        return "refugees"
    for m in flight.names.finditer(rest):
        if is_country(m.group(), lang):
            return "refugees"
    return "displaced"


def _before_trigger(
    sentence: str, expr: NumberExpr, left: str, lang: Language
) -> Classification | None:
    r = lang.classify
    offset = expr.start - len(left)
    filler = r.before_fillers.search(left)
    if filler:
        left = left[: filler.start()]  # "killing all 298 people", "killed another 12"
    for category, pattern in r.before:
        m = pattern.search(left)
        if not m:
            continue
        nouns = [allowed for pattern, allowed in r.before_nouns if pattern.search(left)]
        if nouns and expr.next_word not in nouns[0]:
            continue  # "which had 27,000 residents" counts a population; "had 3 cars" nothing
        if r.before_person_only.search(left):
            if category == "killed" and m.group().strip().lower() == "lost":
                if not r.kin.match(sentence[expr.end :]):
                    continue
            elif expr.next_word not in lang.nouns.person:
                continue
        return Classification(category, offset + m.start(), offset + m.end())
    return None


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
