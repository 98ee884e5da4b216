"""The dateline that opens a wire report: "date 2022-03-03 KYIV/ KHARKIV (Reuters) -".

It gives the publisher, the publication date and the places the report was filed from.
Two shapes are read (the language's DatelineRules): an ISO date before the places, and the
places before a written date ("KYIV, March 3 (Reuters) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .lang import Language, load_language
from .places import canonical_name

PLACES_SEPARATOR_RE = re.compile(r"[/,]")  # "KYIV/ KHARKIV", "GAZA, JERUSALEM"


@dataclass(frozen=True)
class Dateline:
    published: date | None
    publisher: str | None
    places: list[str] = field(default_factory=list)
    end: int = 0  # where the dateline ends in the text


def parse_dateline(text: str, *, lang: str = "en") -> Dateline | None:
    """The dateline opening `text`, written in the language `lang` (a pack's code), or None."""
    language = load_language(lang)
    head = text[:300]
    rules = language.dateline
    m = rules.iso_first.match(head) or rules.places_first.match(head)
    if not m:
        return None
    published = None
    if m.groupdict().get("iso"):
        try:
            published = date.fromisoformat(m.group("iso"))
        except ValueError:
            published = None
    places = [
        canonical_name(name.strip().title(), language)
        for name in PLACES_SEPARATOR_RE.split(m.group("places"))
        if name.strip()
    ]
    return Dateline(published, m.group("publisher").strip(), places, m.end())


FILED_FROM_WINDOW = 600  # a dateline comes in the first lines, after a headline at most


def filed_from(text: str, language: Language) -> tuple[str, int] | None:
    """The city a report says it was filed from, and where that dateline ends: "KHARKIV,
    Ukraine (AP) —" at the start of one of the first lines, after a headline too."""
    m = language.dateline.filed_from.search(text, 0, FILED_FROM_WINDOW)
    if m is None:
        return None
    first = PLACES_SEPARATOR_RE.split(m.group("places"))[0].strip()
    return canonical_name(first.title(), language), m.end()
