"""Numbers beyond any real count are no figures: no fact, and never an exception.

The ceilings are limits.MAX_PEOPLE (10**10, more than the world's population) and
limits.MAX_DISTANCE_KM (20,040 km, half the Earth's circumference). A number of 309 digits
or more is infinite as a float; it once crashed extraction (`int(inf)`), the API (500) and
`manage.py extract` (a traceback).
"""

from __future__ import annotations

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from rest_framework.test import APIClient

from statsapp.extraction import extract_facts
from statsapp.extraction.limits import MAX_DISTANCE_KM, MAX_PEOPLE
from statsapp.models import Fact

KILLED = "{} people were killed in the flood."
AWAY = "The village is {} km from the front."
HUGE = {
    "309 digits": "9" * 309,
    "5,000 digits": "7" * 5000,
    "100,000 digits": "3" * 100_000,
    "thousands of commas": "1," + ",".join(["000"] * 3000),
    "1e400": "1e400",
    "1e308": "1e308",
    "many-digit decimal": "0." + "5" * 5000,
    "long whole decimal": "4" * 400 + ".5",
    "40 digits then a scale": "9" * 40 + " billion",
    "a range up to 309 digits": "between 5 and " + "9" * 309,
}


def facts_of(text: str) -> list[tuple]:
    return [(f.category, f.value, f.value_low, f.value_high) for f in extract_facts(text)]


def test_the_largest_count_accepted_is_exact():
    largest = [("killed", 10_000_000_000, 10_000_000_000, 10_000_000_000)]

    assert MAX_PEOPLE == 10_000_000_000
    assert facts_of(KILLED.format("10,000,000,000")) == largest
    assert facts_of(KILLED.format("10000000000")) == largest
    assert facts_of(KILLED.format("10 billion")) == largest


@pytest.mark.parametrize(
    "number", ["10,000,000,001", "10000000001", "10.5 billion", "11 billion", "a trillion"]
)
def test_one_above_the_ceiling_is_no_figure(number):
    assert facts_of(KILLED.format(number)) == []


def test_a_range_that_ends_above_the_ceiling_is_no_figure():
    assert facts_of(KILLED.format("between 5 and 20 billion")) == []
    assert facts_of(KILLED.format("between 5 and 10 billion")) == [
        ("killed", 5_000_000_000, 5_000_000_000, MAX_PEOPLE)
    ]


def test_the_largest_distance_accepted_is_exact_and_one_above_is_none():
    assert MAX_DISTANCE_KM == 20_040
    assert facts_of(AWAY.format("20,040")) == [("distance", 20_040, 20_040, 20_040)]
    assert facts_of(AWAY.format("20,041")) == []
    assert facts_of(AWAY.format("99999999999999999999")) == []


@pytest.mark.parametrize("number", list(HUGE.values()), ids=list(HUGE))
@pytest.mark.parametrize("sentence", [KILLED, AWAY], ids=["people", "distance"])
def test_a_huge_number_gives_no_fact_and_no_exception(sentence, number):
    assert facts_of(sentence.format(number)) == []


def test_a_huge_number_leaves_the_other_figures_of_the_text_alone():
    text = KILLED.format("9" * 309) + " " + KILLED.format("12") + " " + AWAY.format("9" * 5000)

    assert facts_of(text) == [("killed", 12, 12, 12)]


def test_manage_py_extract_reads_a_file_with_a_309_digit_number(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(KILLED.format("9" * 309) + "\nAt least 12 people were killed in Kyiv.\n")
    out, err = io.StringIO(), io.StringIO()

    call_command("extract", str(path), stdout=out, stderr=err)  # raises on a non-zero exit

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(line["category"], line["value"], line["place"]) for line in lines] == [
        ("killed", 12, "Kyiv")
    ]
    assert err.getvalue() == ""


@pytest.mark.django_db
def test_the_api_stores_a_text_with_a_309_digit_number(django_user_model):
    client = APIClient()
    feed = django_user_model.objects.create_user("feed", password="x")
    feed.groups.add(Group.objects.get(name="ingester"))
    client.force_authenticate(feed)
    text = KILLED.format("9" * 309) + " At least 12 people were killed in Kyiv."

    response = client.post("/api/documents/", {"text": text}, format="json")

    assert response.status_code == 201
    assert [(f["category"], f["value"]) for f in response.json()["facts"]] == [("killed", 12)]
    assert list(Fact.objects.values_list("category", "value")) == [("killed", 12)]
