"""extract_facts over many texts on all cores, in order, streaming.

Extraction is pure and stateless, so texts are spread over worker processes; results come back
in the order of the texts. A text whose extraction fails yields its exception instead of
stopping the others.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from datetime import date

from .pipeline import extract_facts
from .types import ExtractedFact

Job = tuple[str, "date | None"]
WARM_UP = "At least 12 people were killed in Kyiv, about 30 km (19 miles) from the front."


def _extract(job: Job) -> list[ExtractedFact] | Exception:
    text, published = job
    try:
        return extract_facts(text, published=published)
    except Exception as exc:  # noqa: BLE001 - reported per text by the caller
        return exc


def extract_many(
    jobs: Iterable[Job], *, workers: int | None = None, chunksize: int = 4
) -> Iterator[list[ExtractedFact] | Exception]:
    """The facts of each (text, published) job, in order; `workers` defaults to all cores."""
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        yield from map(_extract, jobs)
        return
    # fork where the platform has it: workers start at once with the lexicons already loaded
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    extract_facts(WARM_UP)  # lexicons and gazetteer loaded once, before the workers fork
    with multiprocessing.get_context(method).Pool(workers) as pool:
        yield from pool.imap(_extract, jobs, chunksize=chunksize)
