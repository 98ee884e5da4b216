"""Extraction speed of this checkout beside another version of the code, on the same documents.

    git worktree add /tmp/before <commit>
    .venv/bin/python bench/extraction_compare.py --against /tmp/before [--rounds 3]

The documents are generated once by this checkout's bench/news_corpus.py and written to a
temporary file, so both versions read exactly the same texts whatever their own corpus would
be. Each round times each version in a fresh process, in turn, after a warm-up that loads the
gazetteer and quantulum3; the best round of each is reported, which is the least disturbed by
whatever else the machine is doing, and the ratio of the two.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.news_corpus import documents  # noqa: E402

# Run in a child process with the source tree to time as its first path entry.
CHILD = """
import json, sys, time, warnings
sys.path.insert(0, sys.argv[1])
warnings.simplefilter("ignore")
from statsapp.extraction import extract_facts
texts = json.load(open(sys.argv[2], encoding="utf-8"))
extract_facts(texts[0])
extract_facts("It lies some 30 to 40 km (19 miles) away; 3 people died.")
start = time.perf_counter()
for text in texts:
    extract_facts(text)
print(len(texts) / (time.perf_counter() - start))
"""


def _rate(tree: Path, corpus: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(corpus)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--against", type=Path, required=True, help="another source tree")
    args.add_argument("--documents", type=int, default=300)
    args.add_argument("--rounds", type=int, default=3)
    options = args.parse_args()
    if not (options.against / "statsapp" / "extraction").is_dir():
        sys.exit(f"{options.against} holds no statsapp/extraction")

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.json"
        corpus.write_text(json.dumps(documents(options.documents)), encoding="utf-8")
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(options.rounds):
            theirs.append(_rate(options.against, corpus))
            ours.append(_rate(ROOT, corpus))
    best_ours, best_theirs = max(ours), max(theirs)
    print(f"corpus: {options.documents} documents, {options.rounds} rounds each, best round")
    print(f"this checkout      {best_ours:7.1f} documents/s  (rounds: {_rounds(ours)})")
    print(f"{str(options.against):<18} {best_theirs:7.1f} documents/s  (rounds: {_rounds(theirs)})")
    print(f"ratio              {best_ours / best_theirs:7.3f}")


def _rounds(rates: list[float]) -> str:
    return ", ".join(f"{rate:.1f}" for rate in rates)


if __name__ == "__main__":
    main()
