"""Casualty, displacement, population and distance figures from news text.

Pure Python: nothing here imports Django, so the extractor can be tested, benchmarked and
reused without a database.
"""

from .dateline import Dateline, parse_dateline
from .pipeline import extract_facts
from .types import CATEGORIES, QUALIFIERS, ExtractedFact, Mention, Place

EXTRACTOR_VERSION = "0.1.0"

__all__ = [
    "CATEGORIES",
    "EXTRACTOR_VERSION",
    "QUALIFIERS",
    "Dateline",
    "ExtractedFact",
    "Mention",
    "Place",
    "extract_facts",
    "parse_dateline",
]
