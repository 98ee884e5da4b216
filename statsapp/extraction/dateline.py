"""The dateline that opens a wire report: "date 2022-03-03 KYIV/ KHARKIV (Reuters) -".

It gives the publisher, the publication date and the places the report was filed from.
Two shapes are read (the language's DatelineRules): an ISO date before the places, and the
places before a written date ("KYIV, March 3 (Reuters) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .lang import load_language
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
