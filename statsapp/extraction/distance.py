"""Distances: quantities in kilometres or miles, parsed by quantulum3.

quantulum3 is slow compared with the rest of the pipeline, so it only sees sentences that
a cheap regular expression (the language's DistanceRules) says hold a length unit. A figure
given in one unit and again in parentheses in the other ("30 kilometers (19 miles)") is one
distance.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from itertools import islice

from .lang import Language
from .limits import MAX_DIGIT_RUN, MAX_FIGURES_PER_SENTENCE
from .numbers import NumberExpr, apply_qualifiers

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _quantulum

MILE_KM = 1.609344
UNIT_KM = {"kilometre": ("km", 1.0), "mile": ("miles", MILE_KM)}  # quantulum3's unit names
WINDOW_BEFORE = 30  # characters before a unit that quantulum3 reads: "some thirty-five" fits
WINDOW_AFTER = 30  # and after it: "(19 miles)" fits
WORD_SLACK = 30  # a window is widened to whole words, by at most this many characters
LONG_DIGITS_RE = re.compile(rf"\d{{{MAX_DIGIT_RUN + 1},}}")


@dataclass
class DistanceExpr:
    expr: NumberExpr
    original_unit: str


def _windows(sentence: str, lang: Language) -> list[tuple[int, int]]:
    """Stretches around each length unit, merged where they overlap: quantulum3's time grows
    with the text it reads, and a distance is written within a few words of its unit.

    Runs of more than MAX_DIGIT_RUN digits are left out (the stretches either side are read
    apart): no such run is a distance, and quantulum3 takes seconds over one."""
    windows: list[tuple[int, int]] = []
    for m in islice(lang.distance.unit_hint.finditer(sentence), MAX_FIGURES_PER_SENTENCE):
        start = _word_start(sentence, max(0, m.start() - WINDOW_BEFORE), m.end())
        end = _word_end(sentence, min(len(sentence), m.end() + WINDOW_AFTER), m.end())
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return [piece for window in windows for piece in _without_long_digits(sentence, *window)]


def _word_start(sentence: str, pos: int, limit: int) -> int:
    """pos moved back to the start of its word; in a "word" longer than WORD_SLACK (a digit
    string, never a distance), forward past it, at most to `limit`."""
    space = sentence.rfind(" ", max(0, pos - WORD_SLACK), pos)
    if space < 0 and pos <= WORD_SLACK:
        return 0  # the sentence's first word
    if space < 0:
        space = sentence.find(" ", pos, limit)
    return space + 1 if space >= 0 else limit


def _word_end(sentence: str, pos: int, floor: int) -> int:
    """pos moved on to the end of its word; in a "word" longer than WORD_SLACK, back before
    it, at least to `floor`."""
    space = sentence.find(" ", pos, pos + WORD_SLACK)
    if space >= 0:
        return space
    if pos + WORD_SLACK >= len(sentence):
        return len(sentence)
    space = sentence.rfind(" ", floor, pos)
    return space if space >= 0 else floor


def _without_long_digits(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of sentence[start:end] outside runs of more than MAX_DIGIT_RUN digits."""
    pieces = []
    for run in LONG_DIGITS_RE.finditer(sentence, start, end):
        pieces.append((start, run.start()))
        start = run.end()
    pieces.append((start, end))
    return [(a, b) for a, b in pieces if b > a]


def _plain(window: str, lang: Language) -> list[tuple] | None:
    """The distances of a window written plainly, read without quantulum3, which gives the
    same for these and takes most of the extraction's time: one ("40 km") or one and the same
    in the other unit in parentheses ("30 km (19 miles)"), as (start, end, value, unit)
    relative to the window. None where the window needs quantulum3."""
    rules = lang.distance
    hints = list(islice(rules.unit_hint.finditer(window), 3))
    if not hints or len(hints) > 2:
        return None
    found = list(rules.plain.finditer(window))
    if len(found) != len(hints) or rules.plain_not_after.search(window, 0, found[0].start()):
        return None
    if len(found) == 2 and not (
        rules.pair_open.match(window[found[0].end() : found[1].start()])
        and window[found[1].end() : found[1].end() + 1] == ")"
        and bool(found[0].group("km")) != bool(found[1].group("km"))
    ):
        return None  # two distances that are no pair: a range or two figures
    return [
        (
            m.start(),
            m.end(),
            float(m.group("value").replace(",", "")),
            UNIT_KM["kilometre" if m.group("km") else "mile"],
        )
        for m in found
    ]


def _quantities(sentence: str, lang: Language) -> list[tuple]:
    quantities = []
    for w_start, w_end in _windows(sentence, lang):
        plain = _plain(sentence[w_start:w_end], lang)
        if plain is not None:
            for start, end, value, unit in plain:
                if value > 0:
                    quantities.append((start + w_start, end + w_start, value, unit, None))
            continue
        for q in _quantulum.parse(sentence[w_start:w_end], lang=lang.distance.parser_lang):
            unit = UNIT_KM.get(q.unit.name)
            if unit is None or q.value is None or q.value <= 0:
                continue
            start, end = q.span[0] + w_start, q.span[1] + w_start
            if not sentence[start:end].strip():
                continue
            quantities.append((start, end, float(q.value), unit, q.uncertainty))
    return quantities


def find_distances(sentence: str, lang: Language) -> list[DistanceExpr]:
    if not lang.distance.unit_hint.search(sentence):
        return []
    quantities = _quantities(sentence, lang)
    distances: list[DistanceExpr] = []
    skip_until = -1
    for index, (start, end, value, (unit, factor), _) in enumerate(quantities):
        if start < skip_until:
            continue
        stop = end
        if index + 1 < len(quantities):
            n_start, n_end, _, (n_unit, _), _ = quantities[index + 1]
            between = sentence[end:n_start]
            if (
                n_unit != unit
                and lang.distance.pair_open.match(between)
                and sentence[n_end : n_end + 1] == ")"
            ):
                stop = n_end + 1
                skip_until = n_end
        km = round(value * factor, 3)
        expr = NumberExpr(start, stop, km, km, km, "exact", start, end)
        apply_qualifiers(sentence, expr, lang)
        distances.append(DistanceExpr(expr, unit))
    return distances
