"""Distances: quantities in kilometres or miles, parsed by quantulum3.

quantulum3 is slow compared with the rest of the pipeline, so it only sees sentences that
a cheap regular expression says hold a length unit. A figure given in one unit and again in
parentheses in the other ("30 kilometers (19 miles)") is one distance.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from .numbers import NumberExpr, apply_qualifiers

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _quantulum

MILE_KM = 1.609344
UNIT_HINT_RE = re.compile(r"\d\s*(?:km|mi)\b|\b(?:kilomet(?:er|re)s?|miles?|km|kms)\b", re.I)
PAIR_RE = re.compile(r"^\s*\(\s*(?:about\s+|some\s+|around\s+)?$")
UNIT_KM = {"kilometre": ("km", 1.0), "mile": ("miles", MILE_KM)}


@dataclass
class DistanceExpr:
    expr: NumberExpr
    original_unit: str


def find_distances(sentence: str) -> list[DistanceExpr]:
    if not UNIT_HINT_RE.search(sentence):
        return []
    quantities = []
    for q in _quantulum.parse(sentence):
        unit = UNIT_KM.get(q.unit.name)
        if unit is None or q.value is None or q.value <= 0:
            continue
        start, end = q.span
        if not sentence[start:end].strip():
            continue
        quantities.append((start, end, float(q.value), unit, q.uncertainty))
    distances: list[DistanceExpr] = []
    skip_until = -1
    for index, (start, end, value, (unit, factor), _) in enumerate(quantities):
        if start < skip_until:
            continue
        stop = end
        if index + 1 < len(quantities):
            n_start, n_end, _, (n_unit, _), _ = quantities[index + 1]
            between = sentence[end:n_start]
            if n_unit != unit and PAIR_RE.match(between) and sentence[n_end : n_end + 1] == ")":
                stop = n_end + 1
                skip_until = n_end
        km = round(value * factor, 3)
        expr = NumberExpr(start, stop, km, km, km, "exact", start, end)
        apply_qualifiers(sentence, expr)
        distances.append(DistanceExpr(expr, unit))
    return distances
