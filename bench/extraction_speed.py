"""Extraction speed: extract_facts beside quantulum3's own parser.parse over the same documents.

    .venv/bin/python bench/extraction_speed.py [--documents 1000] [--quantulum-sample 200]

quantulum3 alone is timed on a sample (it is slow) and scaled per document; both figures are
per document, so the ratio compares like with like. Peak memory is the process's maximum
resident set size, and the Python heap peak (tracemalloc) of one extraction pass.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.news_corpus import documents  # noqa: E402
from statsapp.extraction import extract_facts  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import parser as quantulum  # noqa: E402


def timed(function, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - start


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--documents", type=int, default=1000)
    args.add_argument("--quantulum-sample", type=int, default=200)
    options = args.parse_args()

    texts = documents(options.documents)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    extract_facts(texts[0])  # load lexicons and the gazetteer before timing
    quantulum.parse(texts[0])

    ours = timed(extract_facts, texts)
    facts = sum(len(extract_facts(t)) for t in texts[:100])
    sample = texts[: options.quantulum_sample]
    theirs = timed(quantulum.parse, sample) / len(sample) * len(texts)

    tracemalloc.start()
    for text in texts[:200]:
        extract_facts(text)
    heap_peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {len(texts)} documents, {megabytes:.2f} MB, {facts / 100:.1f} facts/document")
    print(f"extract_facts:      {len(texts) / ours:8.1f} documents/s  {megabytes / ours:6.3f} MB/s")
    print(
        f"quantulum3 parse:   {len(texts) / theirs:8.1f} documents/s  "
        f"{megabytes / theirs:6.3f} MB/s  (timed on {len(sample)} documents)"
    )
    print(f"ratio: extract_facts is {theirs / ours:.1f}x faster than quantulum3's parse alone")
    print(f"peak memory: {rss:.0f} MB resident, {heap_peak:.1f} MB Python heap while extracting")


if __name__ == "__main__":
    main()
