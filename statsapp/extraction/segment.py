"""Sentences with their character offsets in the document.

A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by space and
a capital, a digit or an opening quote, unless the word before the stop is a known
abbreviation ("Feb.", "U.S.", "Gen."). A line break ends a sentence unless the next line
continues in lower case (hard-wrapped text). A sentence longer than MAX_SENTENCE_CHARS is cut
into windows, so that no later stage reads more than that at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lang import Language
from .limits import MAX_SENTENCE_CHARS


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


# Possessive runs, tried only at the first stop of a run: a run of 100,000 dots or a text of
# line breaks is read once, not once from each of its characters.
END_RE = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s++[\"“‘'(\[]?[A-Z0-9])|\n\s*+(?=\S)")
WORD_BEFORE_RE = re.compile(r"(\S+)$")
INITIALS_RE = re.compile(r"(?:[a-z]\.)+")  # single initials such as "J.", acronyms such as "U.N."


def _is_abbreviation(text: str, stop: int, lang: Language) -> bool:
    m = WORD_BEFORE_RE.search(text, max(0, stop - 20), stop + 1)
    if not m:
        return False
    word = m.group(1).lower().lstrip("(\"“‘'")
    return word in lang.segment.abbreviations or bool(INITIALS_RE.fullmatch(word))


def split_sentences(text: str, lang: Language) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    # trailing white space is left out: a line break there ends no sentence, and a long run of
    # it would be rescanned from each of its line breaks
    for m in END_RE.finditer(text, 0, len(text.rstrip())):
        if m.group().startswith("\n"):
            following = text[m.end() : m.end() + 1]
            if following.islower():
                continue  # a hard-wrapped line, not a new sentence
            cut = m.start()
        else:
            if _is_abbreviation(text, m.start(), lang):
                continue
            cut = m.end()
        _append(text, start, cut, sentences)
        start = m.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut, resume = _window_end(text, start, end)
        _append_one(text, start, cut, sentences)
        start = resume
    _append_one(text, start, end, sentences)


CUT_AFTER = ("; ", ", ")  # clause breaks an overlong sentence is cut after, the first preferred
SPACE_RE = re.compile(r"\s")
NON_WORD_GAP_RE = re.compile(r"(?<=\W)(?=\W)")  # between two signs, inside no word or number


def _window_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the window of an overlong sentence that begins at `start` ends, and where the
    next one begins: after the last clause break in the second half of the window, else at its
    last space, else between two signs ("((" or "),"), never inside a word or a number. A
    "word" longer than half a window (a digit string) is no word and holds no figure: it is
    left out whole, so that no piece of it reads as one."""
    low, high = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
    for mark in CUT_AFTER:
        at = text.rfind(mark, low, high)
        if at >= 0:
            return at + 1, at + 1
    at = _last(SPACE_RE, text, low, high)
    if at < 0:
        at = _last(NON_WORD_GAP_RE, text, low, high)
    if at >= 0:
        return at, at
    word_start = _last(SPACE_RE, text, start, low)
    after = SPACE_RE.search(text, high, end)
    return (word_start if word_start >= 0 else start), (after.start() if after else end)


def _last(pattern: re.Pattern, text: str, low: int, high: int) -> int:
    """Where the last match of a pattern in text[low:high] starts, or -1."""
    return max((m.start() for m in pattern.finditer(text, low, high)), default=-1)


def _append_one(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    sentences.append(Sentence(stripped, s, s + len(stripped)))
