"""Numeric expressions in a sentence: digits, number words, scales, vague words, ranges, qualifiers.

The finder only says what number a stretch of text states and how sure the text is about it;
deciding what the number counts is the classifier's job. Numbers that are plainly not counts
(dates, years, times, ages, durations, money, percentages, ordinals, model names such as "G7")
are dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicon, words_pattern
from .limits import LOOKBEHIND_CHARS

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*[A-Za-z]*|[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z\d]")


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class NumberExpr:
    """A number as the text states it; offsets are relative to the sentence."""

    start: int  # including a leading qualifier
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    num_start: int  # the number itself, without qualifier
    num_end: int
    parts: tuple[float, ...] = ()
    next_word: str = ""  # first word after the expression, lower case
    subset: bool = False  # introduced by "including", "of whom", ...


def tokenize(sentence: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(sentence)]


class _Lexicon:
    """The number-related parts of the lexicon, compiled once."""

    def __init__(self) -> None:
        lex = lexicon()
        self.units = lex["number_words"]
        self.scales = lex["scale_words"]
        self.suffixes = lex["scale_suffixes"]
        self.vague = sorted(
            ((v["phrase"].split(), v["low"], v["high"]) for v in lex["vague"]),
            key=lambda item: -len(item[0]),
        )
        self.vague_by_first: dict[str, list] = {}
        for entry in self.vague:
            self.vague_by_first.setdefault(entry[0][0], []).append(entry)
        # words that can open a numeric expression; any other word is skipped at once
        self.openers = (
            set(self.units) | set(self.scales) | set(self.vague_by_first) | {"a", "an", "half"}
        )
        self.months = set(lex["months"])
        self.time_nouns = set(lex["time_nouns"])
        self.non_person = set(lex["non_person_nouns"])
        self.person = {p.lower() for p in lex["person_nouns"]}
        before = lex["qualifiers_before"]
        self.qualifier_before = [
            (qual, re.compile(r"(?:^|(?<=\W))(?:" + words_pattern(words) + r")\s*$", re.I))
            for qual, words in before.items()
        ]
        after = lex["qualifiers_after"]
        self.qualifier_after = [  # matched at the end of a number (pattern.match(text, pos))
            (qual, re.compile(r"\s*(?:" + words_pattern(words) + r")(?!\w)", re.I))
            for qual, words in after.items()
        ]
        self.negator = re.compile(r"(?:^|\W)(?:" + words_pattern(lex["negators"]) + r")\s+$", re.I)
        self.subset = re.compile(
            r"(?:^|\W)(?:" + words_pattern(lex["subset_markers"]) + r")[\s:,]*$", re.I
        )


_LEX: _Lexicon | None = None


def lex() -> _Lexicon:
    global _LEX
    if _LEX is None:
        _LEX = _Lexicon()
    return _LEX


DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([A-Za-z]*)$")
# matched at the end of a number (pattern.match(text, pos), no "^")
RANGE_LINK_RE = re.compile(r"\s*(?:-|–|—|to|or)\s*", re.I)
AND_RE = re.compile(r"\s*(?:and|to|-|–)\s*", re.I)
BETWEEN_RE = re.compile(r"(?:^|\W)(between|from)\s+$", re.I)
GROUP_LINK_RE = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+|along with\s+|as well as\s+|plus\s+)$", re.I
)


def _parse_at(tokens: list[Token], i: int) -> tuple[float, int, bool] | None:
    """The number starting at token i: (value, index after it, written_as_year_like)."""
    lx = lex()
    tok = tokens[i]
    m = DIGITS_RE.match(tok.text)
    if m:
        digits, frac, suffix = m.groups()
        if "," not in digits and digits.startswith("0") and len(digits) > 1:
            return None
        value = float(digits.replace(",", "") + (frac or ""))
        suffix = suffix.lower()
        j = i + 1
        if suffix:
            if suffix not in lx.suffixes:
                return None  # "19th", "3D", "9mm": not a count
            value *= lx.suffixes[suffix]
        elif j < len(tokens) and tokens[j].lower in lx.scales and tokens[j].lower != "dozen":
            value *= lx.scales[tokens[j].lower]
            j += 1
        yearlike = not suffix and j == i + 1 and frac is None and "," not in digits
        return value, j, yearlike and 1000 <= value <= 2100
    return _parse_words(tokens, i)


def _parse_words(tokens: list[Token], i: int) -> tuple[float, int, bool] | None:
    lx = lex()
    word = tokens[i].lower
    j = i
    if word in ("a", "an"):
        if i + 1 < len(tokens) and tokens[i + 1].lower in lx.scales:
            return float(lx.scales[tokens[i + 1].lower]), i + 2, False
        return None
    if word == "half" and _words(tokens, i + 1, 2) == ["a", "million"]:
        return 500_000.0, i + 3, False
    if word not in lx.units:
        return None
    total, current = 0.0, 0.0
    while j < len(tokens):
        w = tokens[j].lower
        if w in lx.units:
            current += lx.units[w]
            j += 1
            # "twenty-one"
            if (
                j + 1 < len(tokens)
                and tokens[j].text == "-"
                and tokens[j].start == tokens[j - 1].end
                and tokens[j + 1].lower in lx.units
                and lx.units[tokens[j + 1].lower] < 10
            ):
                current += lx.units[tokens[j + 1].lower]
                j += 2
        elif w in lx.scales and current:
            scale = lx.scales[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
            j += 1
            if j + 1 < len(tokens) and tokens[j].lower == "and" and tokens[j + 1].lower in lx.units:
                j += 1
        else:
            break
    return total + current, j, False


def _words(tokens: list[Token], i: int, n: int) -> list[str]:
    return [t.lower for t in tokens[i : i + n]]


def _vague_at(tokens: list[Token], i: int) -> tuple[float, float, int] | None:
    for words, low, high in lex().vague_by_first.get(tokens[i].lower, ()):
        if _words(tokens, i, len(words)) == words:
            return float(low), float(high), i + len(words)
    return None


def _next_word(tokens: list[Token], j: int) -> str:
    return tokens[j].lower if j < len(tokens) else ""


def _is_not_a_count(sentence: str, tokens: list[Token], i: int, j: int, yearlike: bool) -> bool:
    """Dates, years, times, ages, durations, money, percentages, model names."""
    lx = lex()
    prev = tokens[i - 1] if i else None
    prev2 = tokens[i - 2] if i > 1 else None
    nxt = _next_word(tokens, j)
    if (
        prev
        and prev.text == "-"
        and prev.start == tokens[i].start - 1
        and prev2
        and prev2.end == prev.start
    ):
        if prev2.text.isalpha():
            return True  # "COVID-19", "Su-25"
    if prev and prev.end == tokens[i].start and prev.text[-1].isalpha():
        return True  # "G7", "1e400"
    if prev and prev.text in "$€£¥₹" or (prev and prev.lower in ("us", "usd", "eur", "rs")):
        return True
    if (
        nxt in lx.months
        or (prev and prev.lower in lx.months)
        or (prev and prev.text == "." and prev2 and prev2.lower in lx.months)
    ):
        return True
    if (nxt in (":", "/") and tokens[j].start == tokens[j - 1].end) or (
        prev and prev.text in (":", "/") and prev.end == tokens[i].start
    ):
        return True  # "3:34", "24/7"
    if (
        nxt == "-"
        and j + 1 < len(tokens)
        and tokens[j + 1].lower in ("year", "years", "month", "day")
    ):
        return True  # "68-year-old"
    if prev and prev.lower in ("aged", "age", "ages"):
        return True
    if (
        prev
        and prev.text == ","
        and nxt == ","
        and prev2
        and prev2.text[:1].isupper()
        and prev2.lower not in lx.person
    ):
        return True  # "Andrey Goncharuk, 68, a member ..."
    if nxt in ("%", "percent", "pc") or (nxt == "per" and _next_word(tokens, j + 1) == "cent"):
        return True
    if nxt in lx.time_nouns:
        return True
    if yearlike and nxt not in lx.person:
        return True
    return False


def find_numbers(sentence: str, skip: list[tuple[int, int]] = ()) -> list[NumberExpr]:
    """Every count-like numeric expression of a sentence, with qualifier, bounds and parts.

    `skip` holds the spans already read as something else (distances), in text order."""
    tokens = tokenize(sentence)
    openers = lex().openers
    found: list[NumberExpr] = []
    spans = iter(skip)
    span = next(spans, None)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        while span is not None and span[1] <= token.start:
            span = next(spans, None)  # tokens come in order: each span is passed once
        if not (token.text[0].isdigit() or token.lower in openers) or (
            span is not None and span[0] <= token.start
        ):
            i += 1
            continue
        expr, i_next = _expression_at(sentence, tokens, i)
        if expr is None:
            i += 1
            continue
        found.append(expr)
        i = i_next
    return _merge_groups(sentence, found)


def _expression_at(sentence: str, tokens: list[Token], i: int) -> tuple[NumberExpr | None, int]:
    vague = _vague_at(tokens, i)
    if vague:
        low, high, j = vague
        num_start, num_end = tokens[i].start, tokens[j - 1].end
        expr = NumberExpr(num_start, num_end, low, low, high, "vague", num_start, num_end)
        expr.next_word = _next_word(tokens, j)
        if expr.next_word in lex().non_person and expr.next_word not in ("more",):
            return None, j
        apply_qualifiers(sentence, expr)
        return expr, j
    parsed = _parse_at(tokens, i)
    if parsed is None:
        return None, i + 1
    value, j, yearlike = parsed
    if _is_not_a_count(sentence, tokens, i, j, yearlike):
        return None, j
    num_start, num_end = tokens[i].start, tokens[j - 1].end
    expr = NumberExpr(num_start, num_end, value, value, value, "exact", num_start, num_end)
    j = _apply_range(sentence, tokens, i, j, expr)
    if expr.qualifier == "range" and _next_word(tokens, j) in lex().time_nouns:
        return None, j  # "7-8 days"
    expr.next_word = _next_word(tokens, j)
    apply_qualifiers(sentence, expr)
    if _ending_at(lex().negator, sentence, expr.start):
        return None, j  # "no one was hurt"
    return expr, j


def _apply_range(sentence: str, tokens: list[Token], i: int, j: int, expr: NumberExpr) -> int:
    """Extend expr over "10-15", "10 to 15", "between 10 and 15"; returns the next token index."""
    between = _ending_at(BETWEEN_RE, sentence, expr.num_start)
    link = (AND_RE if between else RANGE_LINK_RE).match(sentence, expr.num_end)
    if not link:
        return j
    k = j
    while k < len(tokens) and tokens[k].start < link.end():
        k += 1
    if k >= len(tokens):
        return j
    second = _parse_at(tokens, k)
    if second is None:
        return j
    high, k_end, _ = second
    low = expr.value
    if link.group().strip().lower() == "or" and not between:
        return j
    if low < high / 100 and high >= 1000:
        # "between 1 and 1.5 million": the scale of the second number applies to both
        for scale in (1_000_000_000, 1_000_000, 1000):
            if high >= scale and low * scale <= high:
                low *= scale
                break
    if not low < high:
        return j
    expr.value, expr.low, expr.high, expr.qualifier = low, low, high, "range"
    expr.num_end = tokens[k_end - 1].end
    expr.end = expr.num_end
    if between:
        expr.start = expr.num_start = between.start(1)
    return k_end


def _ending_at(pattern: re.Pattern, sentence: str, end: int) -> re.Match | None:
    """A match of a pattern anchored at `end` ("at least\\s*$") that starts at most
    LOOKBEHIND_CHARS before it: the sentence up to `end` is not rescanned for each number.

    Offsets are the sentence's; "^" still means the sentence's start and look-behinds see
    the characters before the window."""
    return pattern.search(sentence, max(0, end - LOOKBEHIND_CHARS), end)


SUBSET_AFTER_RE = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.I)


def apply_qualifiers(sentence: str, expr: NumberExpr) -> None:
    """Widen expr over "at least", "about", "or more" ... and set its bounds to match."""
    lx = lex()
    if _ending_at(lx.subset, sentence, expr.start) or SUBSET_AFTER_RE.match(sentence, expr.end):
        expr.subset = True  # "including 12 children", "2.9 million of them"
    if expr.qualifier == "range":
        return
    for qualifier, pattern in lx.qualifier_before:
        m = _ending_at(pattern, sentence, expr.start)
        if m:
            expr.start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            _set_qualifier(expr, qualifier)
            return
    for qualifier, pattern in lx.qualifier_after:
        m = pattern.match(sentence, expr.end)
        if m:
            expr.end = m.end()
            _set_qualifier(expr, qualifier)
            return


def _set_qualifier(expr: NumberExpr, qualifier: str) -> None:
    vague = expr.qualifier == "vague"
    if qualifier == "at_least":
        expr.high = None
        expr.low = expr.value
    elif qualifier == "at_most":
        expr.low = None
        expr.high = expr.high if vague else expr.value
    elif qualifier == "approximate":
        if vague:
            return  # "some thousands" is still vague
        expr.low = expr.high = None
    expr.qualifier = qualifier


def _merge_groups(sentence: str, found: list[NumberExpr]) -> list[NumberExpr]:
    """ "six adults and two children" is one figure of 8, with its parts kept."""
    person = lex().person
    merged: list[NumberExpr] = []
    for expr in found:
        prev = merged[-1] if merged else None
        if (
            prev
            and prev.qualifier == expr.qualifier == "exact"
            and prev.next_word in person
            and expr.next_word in person
            and not expr.subset
            and _links_group(sentence, prev, expr)
        ):
            parts = prev.parts or (prev.value,)
            prev.parts = parts + (expr.value,)
            prev.value = prev.low = prev.high = sum(prev.parts)
            prev.end = prev.num_end = _noun_end(sentence, expr)
            prev.next_word = expr.next_word
            continue
        merged.append(expr)
    for expr in merged:
        _add_single_person(sentence, expr)
    return merged


SINGLE_PERSON_RE = re.compile(
    r"\s+([A-Za-z]+)\s+and\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?([a-z]+)\b(?!\s+of\b)"
)


def _add_single_person(sentence: str, expr: NumberExpr) -> None:
    """ "eight pupils and a security guard" is 9: one more person, named in the singular."""
    person = lex().person
    m = SINGLE_PERSON_RE.match(sentence, expr.end)
    if (
        expr.qualifier == "exact"
        and m
        and m.group(1).lower() in person
        and m.group(2).lower() in person
        and not m.group(2).lower().endswith("s")
    ):
        expr.parts = (expr.parts or (expr.value,)) + (1.0,)
        expr.value = expr.low = expr.high = sum(expr.parts)
        expr.end = expr.num_end = m.end()


NOUN_AFTER_RE = re.compile(r"\s+[A-Za-z]+(?:\s+(?:officers|members|workers|seekers))?")


def _noun_end(sentence: str, expr: NumberExpr) -> int:
    m = NOUN_AFTER_RE.match(sentence, expr.end)
    return m.end() if m else expr.end


def _links_group(sentence: str, prev: NumberExpr, expr: NumberExpr) -> bool:
    between = sentence[_noun_end(sentence, prev) : expr.start]
    return bool(GROUP_LINK_RE.match(between))
