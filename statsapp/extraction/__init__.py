"""Casualty, displacement, population and distance figures from news text.

Pure Python: nothing here imports Django, so the extractor can be tested, benchmarked and
reused without a database. Every word it reads a language with is in that language's pack,
lang/<code>/ (lang/README.md); English, "en", is the default.
"""

from .dateline import Dateline, parse_dateline
from .lang import Language, load_language
from .pipeline import extract_facts
from .types import CATEGORIES, QUALIFIERS, ExtractedFact, Mention, Place

EXTRACTOR_VERSION = "0.1.0"

__all__ = [
    "CATEGORIES",
    "EXTRACTOR_VERSION",
    "QUALIFIERS",
    "Dateline",
    "ExtractedFact",
    "Language",
    "Mention",
    "Place",
    "extract_facts",
    "load_language",
    "parse_dateline",
]
