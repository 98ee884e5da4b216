"""Properties that hold for any text: no exceptions, quotes at their offsets, ordered bounds."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from statsapp.extraction import extract_facts

NEWSY = st.lists(
    st.sampled_from(
        [
            "At least",
            "12",
            "1,200",
            "1.5 million",
            "thousands",
            "people",
            "were",
            "killed",
            "injured",
            "fled",
            "Ukraine",
            "in",
            "Gaza",
            ",",
            ".",
            "and",
            "between",
            "10",
            "to",
            "15",
            "about",
            "kilometers",
            "(19 miles)",
            "the death toll rose to",
            "dozens",
            "more than",
            "a",
            "city",
            "of",
            "said",
            "missing",
            "evacuated",
            "\n",
            "“",
            "”",
            "-",
            "Feb.",
            "2022",
            "aged",
            "68",
            "%",
            "$",
            "could",
            "no one",
            "was",
            "hurt",
        ]
    ),
    max_size=40,
).map(" ".join)


def _check(text: str) -> None:
    for fact in extract_facts(text):
        assert text[fact.start : fact.end] == fact.quote
        assert fact.quote
        if fact.value_low is not None:
            assert fact.value_low <= fact.value
        if fact.value_high is not None:
            assert fact.value <= fact.value_high


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_text(text):
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_news_like_word_salad(text):
    _check(text)
