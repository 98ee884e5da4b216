"""Extraction stays linear in the text's length on inputs built to be slow.

Speed is never asserted by timing in unit tests. The work is counted instead: the number of
Python and C function calls extract_facts makes (cProfile, deterministic) for an input and for
one four times as long, which is about 4x when the work is linear and 16x when it grows with
the square. The ceilings of limits.py are asserted as exact results.
"""

from __future__ import annotations

import cProfile
import pstats
from itertools import cycle, islice
from pathlib import Path

import pytest

from statsapp.extraction import extract_facts
from statsapp.extraction.lang import load_language
from statsapp.extraction.limits import MAX_FIGURES_PER_SENTENCE, MAX_SENTENCE_CHARS
from statsapp.extraction.segment import split_sentences

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_cfdcb9525a724c7d.txt"
EN = load_language("en")
MAX_GROWTH = 6  # calls for 4n over calls for n: linear work gives about 4, quadratic about 16
CLAUSES = [
    "12 people were killed in Kyiv",
    "at least 30 were injured when a missile hit the city of Kharkiv",
    "officials said between 200 and 300 residents had fled to Poland",
    "including 4 children",
    "about 1,500 people were evacuated from Mariupol",
    "up to 40 remained missing in the town of Izyum",
]


def repeated(figures: int) -> str:
    """ "5 killed, 5 killed, ...": one sentence of figures."""
    return "5 killed, " * figures


def endless(chars: int) -> str:
    """One sentence of news clauses joined by commas and "and", without a full stop."""
    joined = ", and ".join(islice(cycle(CLAUSES), chars // 30))
    return joined[:chars]


def news(copies: int) -> str:
    return "\n\n".join([SEED.read_text(encoding="utf-8")] * copies)


def calls(text: str) -> int:
    """Function calls made extracting the text, lexicons and caches loaded beforehand."""
    extract_facts(text)
    profiler = cProfile.Profile()
    profiler.runcall(extract_facts, text)
    return pstats.Stats(profiler).total_calls


@pytest.mark.parametrize(
    "make, n",
    [
        (repeated, 25),  # one sentence: 25 and 100 figures
        (endless, 700),  # one sentence: 700 and 2,800 characters
        (repeated, 1000),  # 10 KB and 40 KB: windows of a cut sentence
        (endless, 10_000),
        (news, 2),  # the control: the seed article, 2 and 8 times
    ],
    ids=["figures-in-a-sentence", "words-in-a-sentence", "figures", "endless-sentence", "news"],
)
def test_work_grows_linearly_with_the_input(make, n):
    small, large = calls(make(n)), calls(make(4 * n))

    assert large < MAX_GROWTH * small, (small, large)


def test_an_overlong_sentence_is_cut_into_windows_at_clause_breaks():
    text = repeated(2000)  # 20,000 characters, no full stop

    sentences = split_sentences(text, EN)

    assert [(s.start, s.end, s.text.count("killed")) for s in sentences] == [
        (0, 2999, 300), (3000, 5989, 299), (5990, 8979, 299), (8980, 11969, 299),
        (11970, 14959, 299), (14960, 17949, 299), (17950, 19999, 205),
    ]  # fmt: skip
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(s.text.endswith("killed,") for s in sentences[:-1])  # cut after a comma
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS


def test_a_word_longer_than_half_a_window_is_left_out_whole():
    digits = "1234567890" * 350  # a 3,500-digit "word": no piece of it is read as a number
    text = f"The convoy passed {digits} and 12 people were killed in Kyiv on Monday."

    sentences = split_sentences(text, EN)
    facts = extract_facts(text)

    assert [(s.start, s.text) for s in sentences] == [
        (0, "The convoy passed"),
        (3519, "and 12 people were killed in Kyiv on Monday."),
    ]
    assert [(f.category, f.value, f.quote) for f in facts] == [
        ("killed", 12, "12 people were killed")
    ]


def test_a_sentence_without_spaces_is_cut_between_signs_never_inside_a_number():
    text = "(" * 4000 + "1,500" + ")" * 4000

    sentences = split_sentences(text, EN)

    assert [(s.start, s.end) for s in sentences] == [(0, 2999), (2999, 5998), (5998, 8005)]
    assert [s.text.strip("()") for s in sentences] == ["", "1,500", ""]


def test_at_most_the_ceiling_of_figures_is_read_per_window():
    text = repeated(2000)
    windows = split_sentences(text, EN)

    facts = extract_facts(text)

    # one fact, mentioned by the first MAX_FIGURES_PER_SENTENCE figures of each of 7 windows
    assert len(facts) == 1
    fact = facts[0]
    assert (fact.category, fact.value, fact.quote, fact.start) == ("killed", 5, "5 killed", 0)
    assert len(fact.mentions) == 7 * MAX_FIGURES_PER_SENTENCE - 1 == 699
    starts = [fact.start] + [m.start for m in fact.mentions]
    assert starts == [w.start + 10 * i for w in windows for i in range(MAX_FIGURES_PER_SENTENCE)]
    assert {m.quote for m in fact.mentions} == {"5 killed"}


def test_the_figure_after_the_ceiling_is_not_read():
    figures = [f"{i} killed" for i in range(1, MAX_FIGURES_PER_SENTENCE + 2)]
    text = ", ".join(figures) + "."  # 101 figures in one sentence of 1,103 characters

    facts = extract_facts(text)

    assert len(split_sentences(text, EN)) == 1
    assert [f.value for f in facts] == list(range(1, MAX_FIGURES_PER_SENTENCE + 1))
    assert {f.category for f in facts} == {"killed"}


@pytest.mark.parametrize(
    "unit",
    [".", "\n", " \n", "!?", "(", "1"],
    ids=["dots", "line-breaks", "blank-lines", "marks", "parentheses", "digits"],
)
def test_runs_of_one_sign_give_nothing_in_linear_work(unit):
    def text(chars: int) -> str:
        return unit * (chars // len(unit))

    sentences = split_sentences(text(100_000), EN)

    assert extract_facts(text(100_000)) == []
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert calls(text(100_000)) < MAX_GROWTH * calls(text(25_000))
