"""The dateline that opens a wire report: "date 2022-03-03 KYIV/ KHARKIV (Reuters) -".

It gives the publisher, the publication date and the places the report was filed from.
Two shapes are read: an ISO date before the places, and the places before a written date
("KYIV, March 3 (Reuters) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .places import canonical_name

ISO_FIRST_RE = re.compile(
    r"^\s*(?:date\s+)?(?P<iso>\d{4}-\d{2}-\d{2})\s+(?P<places>[A-Z][A-Z .,/'’-]*?)\s*"
    r"\((?P<publisher>[^()\n]{2,40})\)\s*[-–—]"
)
PLACES_FIRST_RE = re.compile(
    r"^\s*(?P<places>[A-Z][A-Z .,/'’-]*?)\s*,?\s*"
    r"(?P<written>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"\((?P<publisher>[^()\n]{2,40})\)\s*[-–—]"
)


@dataclass(frozen=True)
class Dateline:
    published: date | None
    publisher: str | None
    places: list[str] = field(default_factory=list)
    end: int = 0  # where the dateline ends in the text


def parse_dateline(text: str) -> Dateline | None:
    head = text[:300]
    m = ISO_FIRST_RE.match(head) or PLACES_FIRST_RE.match(head)
    if not m:
        return None
    published = None
    if m.groupdict().get("iso"):
        try:
            published = date.fromisoformat(m.group("iso"))
        except ValueError:
            published = None
    places = [
        canonical_name(name.strip().title())
        for name in re.split(r"[/,]", m.group("places"))
        if name.strip()
    ]
    return Dateline(published, m.group("publisher").strip(), places, m.end())
