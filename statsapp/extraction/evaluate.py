"""Precision, recall and F1 of the extractor against hand-annotated passages.

    python -m statsapp.extraction.evaluate GOLD.jsonl [--show-errors]

Each line of GOLD.jsonl is {"text": ..., "facts": [{"category", "value", "low", "high",
"place"}]}. A predicted fact matches a gold one when the categories agree and the predicted value
lies within the gold bounds, 1% either way; a bound the gold leaves open is taken as the gold
value itself, so "more than a million" matches 1,000,000 and not 5,000,000. Facts are matched
one to one, closest value first. The last line printed is "F1 0.xxx".

Beside that, the score a reader of whole articles feels: a figure counts only when its place is
right too ("figures with their place"), and a text counts as right only when every figure in it
is found, with its place, and nothing else is.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import extract_facts
from .registry import CATEGORIES, GROUP_OF, GROUPS
from .types import ExtractedFact

TOLERANCE = 0.01


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 1.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    by_category: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    by_group: dict[str, Tally] = field(default_factory=lambda: {g: Tally() for g in GROUPS})
    places: Counter = field(default_factory=Counter)  # "right" and "wrong" on matched facts
    # what a reader of a whole article feels: a figure counts only with its place right
    with_place: Tally = field(default_factory=Tally)
    documents: Counter = field(default_factory=Counter)  # "all right" and "not" per text
    errors: list[str] = field(default_factory=list)

    def overall(self) -> Tally:
        return _total(self.by_category.values())

    def group_overall(self) -> Tally:
        return _total(self.by_group.values())


def _total(tallies) -> Tally:
    total = Tally()
    for tally in tallies:
        total.true_positive += tally.true_positive
        total.false_positive += tally.false_positive
        total.false_negative += tally.false_negative
    return total


def _within(value: float, gold: dict) -> bool:
    low = gold["low"] if gold.get("low") is not None else gold["value"]
    high = gold["high"] if gold.get("high") is not None else gold["value"]
    return low * (1 - TOLERANCE) <= value <= high * (1 + TOLERANCE)


def _distance(value: float, gold: dict) -> float:
    return abs(value - gold["value"]) / max(abs(gold["value"]), 1.0)


def match(
    predicted: list[ExtractedFact], gold: list[dict], same
) -> list[tuple[ExtractedFact, dict]]:
    """One-to-one pairs (predicted, gold) for which same(p.category, g.category) holds and the
    value lies within the gold bounds; the closest values are paired first and, among equal
    values ("3 in Bilaspur" and "3 in Shimla"), those whose places agree."""
    candidates = sorted(
        (_distance(p.value, g), not _place_right(p, g), i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if same(p.category, g["category"]) and _within(p.value, g)
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def _place_right(fact: ExtractedFact, gold: dict) -> bool:
    expected = gold.get("place")
    got = fact.place.name.lower() if fact.place else None
    if isinstance(expected, list):
        return got in {e.lower() for e in expected}
    return got == (expected.lower() if expected else None)


def score_item(item: dict, report: Report) -> None:
    predicted = extract_facts(item["text"])
    gold = item["facts"]
    pairs = match(predicted, gold, lambda a, b: a == b)
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    for p, g in pairs:
        report.by_category[g["category"]].true_positive += 1
        report.places["right" if _place_right(p, g) else "wrong"] += 1
        if not _place_right(p, g):
            report.errors.append(
                f"{item.get('id', '?')}: place of {g['category']} {g['value']:g}: "
                f"got {p.place.name if p.place else None}, expected {g.get('place')}"
            )
    for p in predicted:
        if id(p) not in matched_p:
            report.by_category[p.category].false_positive += 1
            report.errors.append(
                f"{item.get('id', '?')}: false alarm {p.category} {p.value:g} "
                f"({p.qualifier}) in {p.quote!r}"
            )
    for g in gold:
        if id(g) not in matched_g:
            report.by_category[g["category"]].false_negative += 1
            report.errors.append(
                f"{item.get('id', '?')}: missed {g['category']} {g['value']:g} in "
                f"{item['text'][:160]!r}"
            )
    placed = sum(1 for p, g in pairs if _place_right(p, g))
    report.with_place.true_positive += placed
    report.with_place.false_positive += len(predicted) - placed
    report.with_place.false_negative += len(gold) - placed
    all_right = placed == len(predicted) == len(gold)
    report.documents["all right" if all_right else "not"] += 1
    group_pairs = match(predicted, gold, lambda a, b: GROUP_OF[a] == GROUP_OF[b])
    for group in GROUPS:
        hits = sum(1 for _, g in group_pairs if GROUP_OF[g["category"]] == group)
        report.by_group[group].true_positive += hits
        report.by_group[group].false_positive += (
            sum(1 for p in predicted if GROUP_OF[p.category] == group) - hits
        )
        report.by_group[group].false_negative += (
            sum(1 for g in gold if GROUP_OF[g["category"]] == group) - hits
        )


def read_gold(path: Path) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item.get("text"), str) or not isinstance(item.get("facts"), list):
                    raise ValueError("needs a 'text' string and a 'facts' list")
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not a gold item: {exc}") from exc
            items.append(item)
    return items


def evaluate(items: list[dict]) -> Report:
    report = Report()
    for item in items:
        score_item(item, report)
    return report


def format_report(report: Report, *, show_errors: bool = False) -> list[str]:
    lines = [f"{'':<20} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'found':>5}"]

    def row(name: str, tally: Tally) -> str:
        gold = tally.true_positive + tally.false_negative
        found = tally.true_positive + tally.false_positive
        return (
            f"{name:<20} {tally.precision():>6.3f} {tally.recall():>6.3f} {tally.f1():>6.3f} "
            f"{gold:>5} {found:>5}"
        )

    for category, tally in report.by_category.items():
        if tally.true_positive + tally.false_negative + tally.false_positive:
            lines.append(row(category, tally))
    lines.append("")
    for group, tally in report.by_group.items():
        if tally.true_positive + tally.false_negative + tally.false_positive:
            lines.append(row(f"{group} group", tally))
    lines.append(f"group F1 {report.group_overall().f1():.3f}")
    judged = report.places["right"] + report.places["wrong"]
    accuracy = report.places["right"] / judged if judged else 1.0
    lines.append(f"place accuracy {accuracy:.3f} ({report.places['right']} of {judged} matched)")
    placed = report.with_place
    lines.append(
        f"figures with their place: P {placed.precision():.3f} R {placed.recall():.3f} "
        f"F1 {placed.f1():.3f}; texts entirely right: {report.documents['all right']} of "
        f"{report.documents.total()}"
    )
    if show_errors:
        lines.append("")
        lines.extend(report.errors)
    overall = report.overall()
    lines.append(
        f"overall P {overall.precision():.3f} R {overall.recall():.3f} "
        f"({overall.true_positive} right, {overall.false_positive} false alarms, "
        f"{overall.false_negative} missed)"
    )
    lines.append(f"F1 {overall.f1():.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+", help="JSON-lines files of gold items")
    parser.add_argument("--show-errors", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    try:
        items = [item for path in args.gold for item in read_gold(path)]
    except (OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    print("\n".join(format_report(evaluate(items), show_errors=args.show_errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
