"""The evaluation: how facts are matched and scored, and the development set's F1 target."""

import json
from pathlib import Path

import pytest

from statsapp.extraction.evaluate import evaluate, format_report, main, read_gold

DATA = Path(__file__).resolve().parents[1] / "data"


def item(text, *facts):
    return {"text": text, "facts": [dict(zip(("category", "value", "low", "high", "place"), f,
                                              strict=True)) for f in facts]}  # fmt: skip


def test_a_right_figure_matches_and_its_place_is_judged():
    report = evaluate([item("At least 12 people were killed in Kyiv.",
                            ("killed", 12, 12, None, "Kyiv"))])  # fmt: skip
    tally = report.by_category["killed"]
    assert (tally.true_positive, tally.false_positive, tally.false_negative) == (1, 0, 0)
    assert report.places == {"right": 1}


def test_values_match_within_the_gold_bounds_and_one_percent():
    # "dozens" is 24-99 in gold; the extractor's value 24 lies within
    report = evaluate([item("Dozens of people were injured.", ("injured", 24, 24, 99, None))])
    assert report.by_category["injured"].true_positive == 1
    # a gold bound left open is the gold value: 1,000,000 matches, 5,000,000 would not
    report = evaluate([item("Five million people have fled Ukraine.",
                            ("refugees", 1_000_000, 1_000_000, None, "Ukraine"))])  # fmt: skip
    tally = report.by_category["refugees"]
    assert (tally.true_positive, tally.false_positive, tally.false_negative) == (0, 1, 1)


def test_a_wrong_category_is_a_miss_and_a_false_alarm_but_right_in_its_group():
    report = evaluate([item("Twelve people were killed.", ("injured", 12, 12, 12, None))])
    assert report.by_category["killed"].false_positive == 1
    assert report.by_category["injured"].false_negative == 1
    assert report.by_group["casualty"].true_positive == 1
    lines = format_report(report, show_errors=True)
    assert lines[-1] == "F1 0.000"
    assert "?: false alarm killed 12 (exact) in 'Twelve people were killed'" in lines
    assert "?: missed injured 12 in 'Twelve people were killed.'" in lines
    assert "group F1 1.000" in lines


def test_the_command_line_reports_bad_input_in_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\n', encoding="utf-8")
    assert main([str(bad)]) == 2
    assert capsys.readouterr().err == (
        f"evaluate: {bad}:1: not a gold item: needs a 'text' string and a 'facts' list\n"
    )


def test_the_development_set_is_large_and_well_formed():
    items = [i for path in sorted(DATA.glob("**/*.jsonl")) for i in read_gold(path)]
    assert len(items) >= 28 + 150
    for entry in items:
        for fact in entry["facts"]:
            low, high = fact["low"], fact["high"]
            assert low is None or low <= fact["value"], entry["id"]
            assert high is None or fact["value"] <= high, entry["id"]


@pytest.mark.parametrize("minimum", [0.95])
def test_development_set_f1_meets_the_target(minimum, capsys):
    paths = sorted(str(p) for p in DATA.glob("dev_*.jsonl"))  # the team-written regression set
    assert main(paths) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("F1 ")
    assert float(last.split()[1]) >= minimum, last


def test_gold_lines_are_json(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item("No figure here.")) + "\n\n", encoding="utf-8")
    assert read_gold(path) == [{"text": "No figure here.", "facts": []}]


def test_whole_texts_are_scored_with_every_figure_and_its_place():
    report = evaluate([
        item("At least 12 people were killed in Kyiv.", ("killed", 12, 12, None, "Kyiv")),
        item("Shelling killed 3 people in Izyum and wounded 5.",
             ("killed", 3, 3, 3, "Izyum"), ("injured", 5, 5, 5, "Kharkiv")),
    ])  # fmt: skip
    placed = report.with_place
    assert (placed.true_positive, placed.false_positive, placed.false_negative) == (2, 1, 1)
    assert report.documents == {"all right": 1, "not": 1}
    assert (
        "figures with their place: P 0.667 R 0.667 F1 0.667; texts entirely right: 1 of 2"
        in format_report(report)
    )
