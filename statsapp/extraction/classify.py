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

from .lexicon import lexicon, triggers, words_pattern
from .numbers import NumberExpr

MAX_WINDOW_WORDS = 10
WORD_RE = re.compile(r"[\w'’-]+|[^\w\s]")
HARD_STOP = set(';:.!?()[]"“”')


def _alternation(fragments: list[str]) -> str:
    return "|".join(sorted(fragments, key=len, reverse=True))


@dataclass
class Classification:
    category: str
    trigger_start: int  # sentence offsets of the trigger words
    trigger_end: int


class _Rules:
    def __init__(self) -> None:
        lex, trig = lexicon(), triggers()
        self.after: list[list[tuple[str, re.Pattern]]] = []
        for tier in ("strong", "weak"):
            self.after.append(
                [
                    (cat, re.compile(r"\b(?:" + _alternation(frags) + r")\b", re.I))
                    for cat, frags in trig["after"][tier].items()
                ]
            )
        self.requires = {
            key: re.compile(r"\b(?:" + value + r")", re.I)
            for key, value in trig["requires"].items()
        }
        self.requires_by_fragment = trig["requires"]
        self.before = [
            (cat, re.compile(r"(?:^|\b)(?:" + _alternation(frags) + r")\s*$", re.I))
            for cat, frags in trig["before"].items()
        ]
        self.before_person_only = re.compile(
            r"\b(?:" + _alternation(trig["before_requires_person"]) + r")\s*$", re.I
        )
        self.before_nouns = [
            (re.compile(r"\b(?:" + fragment + r")\s*$", re.I), frozenset(nouns))
            for fragment, nouns in trig["before_requires_noun"].items()
        ]
        self.kin = re.compile(r"^\s*(?:" + _alternation(trig["kin_nouns"]) + r")\b", re.I)
        links = trig["toll_links"]
        self.toll = [
            (
                cat,
                re.compile(
                    r"\b(?:" + _alternation(frags) + r")\b[^;:!?]{0,140}?\b" + links + r"\s*$", re.I
                ),
            )
            for cat, frags in trig["toll"].items()
        ]
        self.hypothetical = re.compile(r"\b(?:" + words_pattern(lex["hypothetical"]) + r")\b")
        self.clause_stops = set(lex["clause_stops"])
        self.comma_continuations = re.compile(
            r"\s*,\s*(?:" + words_pattern(lex["comma_continuations"]) + r")\b", re.I
        )
        self.left_breaks = re.compile(
            r"(?:[;:]|\b(?:" + words_pattern(lex["left_clause_breaks"]) + r")\b)", re.I
        )
        self.non_person = set(lex["non_person_nouns"])
        self.person = {p.lower() for p in lex["person_nouns"]}
        self.labels = [
            (
                cat,
                re.compile(
                    # "Confirmed deaths: 4,352", or a list item after ";" or ":": "; injuries 1,145"
                    r"(?:(?:^|[^\w\s'’]\s*)(?:[A-Za-z]+\s+)?(?:" + _alternation(words) + r")\s*:"
                    r"|[;:]\s*(?:" + _alternation(words) + r"))\s*$",
                    re.I,
                ),
            )
            for cat, words in trig["labels"].items()
        ]
        self.before_fillers = re.compile(r"\b" + trig["before_fillers"] + r"\s*$", re.I)
        self.resume = re.compile(r",\s*(?:\w+\s+)?" + trig["parenthetical_resume"] + r"\b", re.I)
        self.flee_within = re.compile(r"\b(?:" + _alternation(trig["flee_within"]) + r")\b", re.I)
        self.flee_home = re.compile(
            r"^\s*(?:from\s+)?(?:" + _alternation(trig["flee_home"]) + r")\b", re.I
        )
        self.flee_abroad = re.compile(r"\b(?:" + _alternation(trig["flee_abroad"]) + r")\b", re.I)


_RULES: _Rules | None = None


def rules() -> _Rules:
    global _RULES
    if _RULES is None:
        _RULES = _Rules()
    return _RULES


def right_window(sentence: str, expr: NumberExpr, limit: int) -> int:
    """End offset of the words after a number that can still say what it counts.

    A parenthetical between commas is stepped over when the clause goes on after it
    ("1.9 million people, or about 85 per cent of the population, have been displaced").
    """
    r = rules()
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


def left_start(sentence: str, expr: NumberExpr, floor: int) -> int:
    """Start offset of the clause a number sits in (after "but", "while", ";" ...)."""
    start = floor
    for m in rules().left_breaks.finditer(sentence, floor, expr.start):
        start = m.end()
    return start


def classify(
    sentence: str,
    expr: NumberExpr,
    *,
    prev_end: int,
    next_start: int,
    is_country: Callable[[str], bool],
) -> Classification | None:
    r = rules()
    if expr.next_word in r.non_person:
        return None
    window_end = right_window(sentence, expr, next_start)
    strong, weak = r.after
    clause_start = left_start(sentence, expr, prev_end)
    left = sentence[clause_start : expr.start]
    found = _label_trigger(sentence, expr)
    if found is None:
        found = _after_trigger(sentence, expr.end, window_end, strong, is_country)
    if found is None and not expr.subset:
        found = _before_trigger(sentence, expr, left)
    if found is None or found.category == "population":
        # "home to 196,000 refugees": the noun says more than "home to"
        weak_found = _after_trigger(sentence, expr.end, window_end, weak, is_country)
        if weak_found and expr.subset and weak_found.category == "population":
            weak_found = None  # "2.9 million of them now live in Colombia" counts no population
        if found is None or (weak_found and weak_found.category in ("refugees", "displaced")):
            found = weak_found or found
    if found is None and not expr.subset:
        # "the toll rose to at least 50" and "the toll passed 10,000" (the verb is the qualifier)
        found = _toll_trigger(left, clause_start) or _toll_trigger(
            sentence[clause_start : expr.num_start], clause_start
        )
    if found is None:
        return None
    lo, hi = min(found.trigger_start, expr.start), max(found.trigger_end, expr.end)
    if hypothetical(sentence[max(clause_start, expr.start - 60) : expr.start]) or hypothetical(
        sentence[lo:hi]
    ):
        return None
    return found


def _label_trigger(sentence: str, expr: NumberExpr) -> Classification | None:
    """A tally's label right before the figure: "Dead: 41", "deaths 18; injuries 1,145"."""
    head_start = max(0, expr.start - 40)
    head = sentence[head_start : expr.start]
    for category, pattern in rules().labels:
        m = pattern.search(head)
        if m:
            start = head_start + m.start() + len(m.group()) - len(m.group().lstrip(",;:.-–—( "))
            return Classification(category, start, expr.start)
    return None


def hypothetical(text: str) -> bool:
    """Whether the words speak of what could or may happen rather than what did."""
    return bool(rules().hypothetical.search(text))


def _after_trigger(
    sentence: str,
    start: int,
    end: int,
    tier: list[tuple[str, re.Pattern]],
    is_country: Callable[[str], bool],
) -> Classification | None:
    """The trigger of one tier nearest after the number, within its window."""
    window = sentence[start:end]
    best = None
    for category, pattern in tier:
        for m in pattern.finditer(window):
            if not _requirement_met(m.group(), sentence):
                continue
            if best is None or m.start() < best[1].start():
                best = (category, m)
            break
    if best is None:
        return None
    category, m = best
    t_start, t_end = start + m.start(), start + m.end()
    category, t_end = _combine(sentence, category, t_end)
    if category == "flee":
        category = _flee_category(sentence, t_end, is_country)
    return Classification(category, t_start, t_end)


@lru_cache(maxsize=256)
def _requirement_met(trigger_text: str, sentence: str) -> bool:
    """Whether the sentence says what a trigger needs ("arrived" counts refugees only in a
    sentence about a border, a camp, asylum ...). Cached: the answer is the same for every
    figure of the sentence, and the sentence is read once, not once per figure."""
    r = rules()
    for fragment, pattern in r.requires.items():
        if re.fullmatch(fragment, trigger_text, re.I):
            return bool(pattern.search(sentence))
    return True


COMBINE_RE = re.compile(  # matched at the trigger's end (pattern.match(text, pos), no "^")
    r"\s*(?:or|and|and/or|/)\s+(?:(?:been|were|was|are|have|had|being|seriously|badly)\s+){0,2}",
    re.I,
)


def _combine(sentence: str, category: str, trigger_end: int) -> tuple[str, int]:
    """ "died or been injured", "killed and wounded": casualties, killed and injured not separated.

    Returns the category and where its trigger words end.
    """
    if category not in ("killed", "injured"):
        return category, trigger_end
    m = COMBINE_RE.match(sentence, trigger_end)
    if not m:
        return category, trigger_end
    other = "injured" if category == "killed" else "killed"
    for cat, pattern in rules().after[0]:
        if cat == other:
            hit = pattern.match(sentence, m.end())
            if hit:
                return "casualties", hit.end()
    return category, trigger_end


FLEE_CLAUSE_END = re.compile(r"[,.;:]|\s(?:as|when|after|because|while|before|since|amid)\s")


def _flee_category(sentence: str, trigger_end: int, is_country: Callable[[str], bool]) -> str:
    """Fleeing abroad is refugees; fleeing home, or within the country, is displaced."""
    r = rules()
    rest = sentence[trigger_end : trigger_end + 60]
    end = FLEE_CLAUSE_END.search(rest)
    rest = rest[: end.start()] if end else rest
    if r.flee_home.match(rest) or r.flee_within.search(rest):
        return "displaced"
    if r.flee_abroad.search(rest):
        return "refugees"
    for m in re.finditer(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", rest):
        if is_country(m.group()):
            return "refugees"
    return "displaced"


def _before_trigger(sentence: str, expr: NumberExpr, left: str) -> Classification | None:
    r = rules()
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
            elif expr.next_word not in r.person:
                continue
        return Classification(category, offset + m.start(), offset + m.end())
    return None


def _toll_trigger(left: str, offset: int) -> Classification | None:
    best = None
    for category, pattern in rules().toll:
        m = pattern.search(left)
        if m and (best is None or m.start() > best[1].start()):
            best = (category, m)
    if best is None:
        return None
    category, m = best
    return Classification(category, offset + m.start(), offset + m.end())
