"""Bulk ingest speed: `manage.py ingest` of a folder of generated news documents into a fresh
SQLite (default) or PostgreSQL database, on all cores and on one, in documents/s.

    .venv/bin/python bench/ingest_speed.py [--documents 10000] [--serial-documents 1000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_ingest \
        .venv/bin/python bench/ingest_speed.py
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.news_corpus import documents  # noqa: E402


def run_ingest(folder: Path, database_url: str, workers: int) -> tuple[float, str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    manage = [sys.executable, str(ROOT / "manage.py")]
    if database_url.startswith("postgres"):
        subprocess.run([*manage, "flush", "--noinput"], env=env, check=False, capture_output=True)
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
    started = time.perf_counter()
    done = subprocess.run(
        [*manage, "ingest", str(folder), "--workers", str(workers)],
        env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return time.perf_counter() - started, done.stdout.splitlines()[0]


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--documents", type=int, default=10_000)
    args.add_argument("--serial-documents", type=int, default=1000)
    options = args.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        texts = documents(options.documents, seed=11)
        for i, text in enumerate(texts):
            (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        megabytes = sum(len(t.encode()) for t in texts) / 1e6
        cores = os.cpu_count() or 1

        def database(name: str) -> str:
            return os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/{name}.sqlite3"

        seconds, summary = run_ingest(folder, database("parallel"), 0)
        print(f"{len(texts)} documents ({megabytes:.1f} MB), {cores} cores: {seconds:.1f} s, "
              f"{len(texts) / seconds:.1f} documents/s  [{summary}]")  # fmt: skip

        serial = Path(tmp) / "serial"
        serial.mkdir()
        for i, text in enumerate(texts[: options.serial_documents]):
            (serial / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        s_seconds, s_summary = run_ingest(serial, database("serial"), 1)
        rate, s_rate = len(texts) / seconds, options.serial_documents / s_seconds
        print(f"{options.serial_documents} documents on 1 process: {s_seconds:.1f} s, "
              f"{s_rate:.1f} documents/s  [{s_summary}]")  # fmt: skip
        print(f"speed-up of all cores over one: {rate / s_rate:.2f}x")


if __name__ == "__main__":
    main()
