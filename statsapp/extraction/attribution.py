"""Who the text says gave a figure: "..., Ukraine's Parliament said", "according to the UN".

Attribution is read once per sentence and applies to every figure in it. A bare pronoun
("it said") names no source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_json, words_pattern


def _source(first: str = r"(?:the\s+)?[A-Z]") -> str:
    """A named group for a source of up to eight words whose first word matches `first`."""
    return (
        r"(?P<source>" + first + r"[\w'’.&-]*"
        r"(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[\w'’.&-]+){0,7}?)"
    )


SOURCE = _source()
ANY_SOURCE = _source(r"(?:(?:an?|the)\s+)?\w")


class _Patterns:
    def __init__(self) -> None:
        data = load_json("attribution.json")
        verbs = words_pattern([v for v in data["verbs"] if v != "according"])
        self.pronouns = frozenset(data["pronouns"])
        self.patterns = [
            # "according to the UN refugee agency"
            re.compile(
                r"\baccording\s+to\s+"
                + ANY_SOURCE
                + r"(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|as|which|who|that)\b))"
            ),
            # "the Interfax news agency quoted Russia's Defense Ministry as saying"
            re.compile(r"\bquoted\s+" + SOURCE + r"\s+as\s+saying\b"),
            # "..., Ukraine's Parliament said." / "...,” Britain's Defense Ministry said in ..."
            re.compile(r"[,”\"’]\s*" + SOURCE + r"\s+(?:" + verbs + r")\b(?![\w\s]*\bthat\b)"),
            # "..., said a Ukrainian man who did not give his name."
            re.compile(
                r"[,”\"’]\s*(?:"
                + verbs
                + r")\s+"
                + ANY_SOURCE
                + r"(?=\s*(?:[,.;]|$|\s+(?:who|on|in|at)\b))"
            ),
            # "Kherson's Mayor Igor Kolykhayev said late on Wednesday that ..."
            re.compile(r"^[“\"]?" + SOURCE + r"\s+(?:" + verbs + r")\b"),
        ]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def find_source(sentence: str) -> str | None:
    p = _patterns()
    for pattern in p.patterns:
        for m in pattern.finditer(sentence):
            source = _clean(m.group("source") or "")
            if (
                source
                and source.lower() not in p.pronouns
                and not any(ch.isdigit() for ch in source)
            ):
                return source
    return None


def _clean(source: str) -> str:
    source = source.strip(" ,.;:“”\"'")
    return re.sub(r"\s+", " ", source)
