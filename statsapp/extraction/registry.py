"""The categories of figure the extractor knows: the one table everything else derives from.

The database's choices and check constraint, the evaluation's groups, the exports' columns and
HXL hashtags, the API's schema enums and the admin's filters all read this table. Adding a
category is one entry here, its trigger words in the language pack, and the migration that
`makemigrations` writes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    name: str  # stored in the database and shown by the API
    group: str  # what the evaluation scores together: casualty, displacement, ...
    unit: str  # what the value counts: "people" or "km"
    hxl: str  # the HXL hashtag of a column holding this figure
    label: str  # how people read it: the admin's filters, the API's documentation


REGISTRY: tuple[Category, ...] = (
    Category("killed", "casualty", "people", "#affected+killed", "Killed"),
    Category("injured", "casualty", "people", "#affected+injured", "Injured"),
    Category("casualties", "casualty", "people", "#affected+casualties", "Casualties"),
    Category("missing", "casualty", "people", "#affected+missing", "Missing"),
    Category("displaced", "displacement", "people", "#affected+idps", "Displaced"),
    Category("refugees", "displacement", "people", "#affected+refugees", "Refugees"),
    Category("evacuated", "displacement", "people", "#affected+evacuated", "Evacuated"),
    Category("homeless", "displacement", "people", "#affected+homeless", "Homeless"),
    Category("affected", "affected", "people", "#affected", "Affected"),
    Category("population", "population", "people", "#population", "Population"),
    Category("distance", "distance", "km", "#indicator+distance+km", "Distance"),
)

BY_NAME: dict[str, Category] = {category.name: category for category in REGISTRY}
CATEGORIES: tuple[str, ...] = tuple(BY_NAME)
GROUPS: dict[str, tuple[str, ...]] = {
    group: tuple(c.name for c in REGISTRY if c.group == group)
    for group in dict.fromkeys(c.group for c in REGISTRY)
}
GROUP_OF: dict[str, str] = {category.name: category.group for category in REGISTRY}
