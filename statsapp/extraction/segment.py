"""Sentences with their character offsets in the document.

A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by space and
a capital, a digit or an opening quote, unless the word before the stop is a known
abbreviation ("Feb.", "U.S.", "Gen."). A line break ends a sentence unless the next line
continues in lower case (hard-wrapped text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicon


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n\s*(?=\S)")
WORD_BEFORE_RE = re.compile(r"(\S+)$")


def _abbreviations() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon()["abbreviations"])


_ABBREVIATIONS: frozenset[str] | None = None


def _is_abbreviation(text: str, stop: int) -> bool:
    global _ABBREVIATIONS
    if _ABBREVIATIONS is None:
        _ABBREVIATIONS = _abbreviations()
    m = WORD_BEFORE_RE.search(text, max(0, stop - 20), stop + 1)
    if not m:
        return False
    word = m.group(1).lower().lstrip("(\"“‘'")
    if word in _ABBREVIATIONS:
        return True
    # single initials such as "J." and dotted acronyms such as "U.N."
    return bool(re.fullmatch(r"(?:[a-z]\.)+", word))


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for m in END_RE.finditer(text):
        if m.group().startswith("\n"):
            following = text[m.end() : m.end() + 1]
            if following.islower():
                continue  # a hard-wrapped line, not a new sentence
            cut = m.start()
        else:
            if _is_abbreviation(text, m.start()):
                continue
            cut = m.end()
        _append(text, start, cut, sentences)
        start = m.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    sentences.append(Sentence(stripped, s, s + len(stripped)))
