"""Extraction time on inputs built to be slow, at growing sizes: is it linear in the length?

    .venv/bin/python bench/adversarial.py [--quick] [--sizes 1,10,100,1000] [--strict]

Each shape is generated at each size (KB = 1,000 characters) and extract_facts is timed on it
in CPU time (time.process_time, less disturbed than the wall clock by the machine's other load);
small inputs are run until 200 KB have been read in all, and the median run is kept. The table
gives seconds and milliseconds per KB, and the ratio of the per-KB time at the largest size to
that at 10 KB: about 1 when the time is linear in the length, 10 at 100 KB and 100 at 1 MB when
it grows with the square. `--quick` stops at 100 KB; `--strict` exits 1 when a ratio exceeds
MAX_RATIO.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.news_corpus import documents  # noqa: E402
from statsapp.extraction import extract_facts  # noqa: E402

KB = 1000
SIZES_KB = (1, 10, 100, 1000)
QUICK_SIZES_KB = (1, 10, 100)
BASE_KB = 10  # the per-KB time of the other sizes is compared with this one's
MAX_RATIO = 2.0  # --strict: linear time gives about 1; the square of the length gives 10 or 100
MIN_RUNS_CHARS = 200 * KB  # inputs are run until this many characters in all (at least once)

PLACES = "Kyiv Kharkiv Mariupol Odesa Kherson Gaza Khartoum Derna Herat Beirut Dhaka Tripoli "
CLAUSES = [
    "12 people were killed in Kyiv",
    "at least 30 were injured when a missile hit the city of Kharkiv",
    "officials said between 200 and 300 residents had fled to Poland",
    "including 4 children",
    "about 1,500 people were evacuated from Mariupol",
    "the death toll rose to 87",
    "2.5 million people have been displaced",
    "up to 40 remained missing in the town of Izyum",
    "a city of 1.5 million",
    "killing six adults and two children",
]


def _cut(text: str, size: int) -> str:
    return text[:size]


def repeated(size: int) -> str:
    """One figure after another in one sentence: "5 killed, 5 killed, ..."."""
    return _cut("5 killed, " * (size // 10 + 1), size)


def endless(size: int) -> str:
    """One sentence without a full stop: clauses of news joined by commas and "and"."""
    parts, length = [], 0
    for i, clause in enumerate(itertools.cycle(CLAUSES)):
        if length >= size:
            break
        piece = clause + (", " if i % 3 else " and ")
        parts.append(piece)
        length += len(piece)
    return _cut("".join(parts), size)


def digits(size: int) -> str:
    """Only digits: one number of `size` digits."""
    return _cut("1234567890" * (size // 10 + 1), size)


def places(size: int) -> str:
    """Only place names the gazetteer knows, without a stop."""
    return _cut(PLACES * (size // len(PLACES) + 1), size)


def parentheses(size: int) -> str:
    """A figure inside parentheses nested as deep as the size allows: "((((5 killed))))"."""
    depth = max(0, (size - len("5 killed")) // 2)
    return "(" * depth + "5 killed" + ")" * depth


def news(size: int) -> str:
    """The control: generated news reports (bench/news_corpus.py), one after another."""
    parts, length = [], 0
    for doc in documents(size // 2000 + 2):
        parts.append(doc)
        length += len(doc) + 2
        if length >= size:
            break
    return _cut("\n\n".join(parts), size)


SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {  # --shapes name: (label, maker)
    "repeated": ("repeated figures", repeated),
    "endless": ("endless sentence", endless),
    "digits": ("only digits", digits),
    "places": ("only place names", places),
    "parentheses": ("deep parentheses", parentheses),
    "news": ("news (control)", news),
}


def cpu_time(text: str) -> tuple[float, int]:
    """The median CPU time of enough runs, and the number of facts found."""
    runs = max(1, MIN_RUNS_CHARS // max(1, len(text)))
    seconds, facts = [], 0
    for _ in range(runs):
        start = time.process_time()
        facts = len(extract_facts(text))
        seconds.append(time.process_time() - start)
    return statistics.median(seconds), facts


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--quick", action="store_true", help="sizes up to 100 KB only")
    args.add_argument("--sizes", help="sizes in KB, comma-separated (default 1,10,100,1000)")
    args.add_argument("--shapes", help=f"comma-separated, of {','.join(SHAPES)} (default all)")
    args.add_argument("--strict", action="store_true", help=f"exit 1 if a ratio > {MAX_RATIO}")
    options = args.parse_args()
    sizes = QUICK_SIZES_KB if options.quick else SIZES_KB
    if options.sizes:
        sizes = tuple(int(s) for s in options.sizes.split(","))
    shapes = options.shapes.split(",") if options.shapes else list(SHAPES)
    if not set(shapes) <= set(SHAPES):
        args.error(f"--shapes: choose among {', '.join(SHAPES)}")

    extract_facts(news(5 * KB))  # lexicons, gazetteer and quantulum3 loaded before timing
    print(f"extract_facts on adversarial inputs, CPU seconds; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; KB = 1,000 characters")  # fmt: skip
    header = " | ".join(f"{s:,} KB s (ms/KB)" for s in sizes)
    print(f"| shape | {header} | ratio | facts at {max(sizes):,} KB |")
    print("|---" * (len(sizes) + 3) + "|")
    worst = 0.0
    for name in shapes:
        label, make = SHAPES[name]
        cells, per_kb, facts = [], {}, 0
        for size in sizes:
            seconds, facts = cpu_time(make(size * KB))
            per_kb[size] = seconds * 1000 / size
            cells.append(f"{seconds:.3f} ({per_kb[size]:.2f})")
        ratio = ""
        if BASE_KB in per_kb and max(sizes) > BASE_KB:
            value = per_kb[max(sizes)] / per_kb[BASE_KB]
            worst = max(worst, value)
            ratio = f"{value:.2f}"
        print(f"| {label} | {' | '.join(cells)} | {ratio} | {facts} |", flush=True)
    if BASE_KB in sizes and max(sizes) > BASE_KB:
        print(f"ratio: ms/KB at {max(sizes):,} KB over ms/KB at {BASE_KB} KB (linear: about 1)")
    if options.strict and worst > MAX_RATIO:
        sys.exit(1)


if __name__ == "__main__":
    main()
