"""Numeric expressions in a sentence: digits, number words, scales, vague words, ranges, qualifiers.

The finder only says what number a stretch of text states and how sure the text is about it;
deciding what the number counts is the classifier's job. Numbers that are plainly not counts
(dates, years, times, ages, durations, money, percentages, ordinals, model names such as "G7")
are dropped here. The words are the language's NumberRules; digits and signs are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .lang import Language
from .lang.rules import NumberRules
from .limits import LOOKBEHIND_CHARS

# "120 000" (thousands apart with a space, as much of the world writes them) and "10'465" (with
# an apostrophe, as Switzerland and others do) are one number
SPACED_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+(?![\d.,'’])"
TOKEN_RE = re.compile(
    SPACED_DIGITS + r"|\d+(?:[.,]\d+)*[A-Za-z]*|[A-Za-z]+(?:['’][A-Za-z]+)?|[^\sA-Za-z\d]"
)
SPACES_RE = re.compile(r"[ \u00a0\u202f\u2009'’]")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # the text in lower case, made once: it is read many times per token


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
    # a subset of a group the text names, which is never a figure of its own: "three
    # firefighters were among the injured", "among the dead were five police officers"
    among_named: bool = False
    counted: bool = False  # people counted without a number: "a police officer"
    referent: bool = False  # people the report counted before: "the hostages" (value 0 here)
    named: str = ""  # a victim named by name: the name, which the pipeline checks is no place


def tokenize(sentence: str) -> list[Token]:
    new = tuple.__new__  # a named tuple made without its __new__'s Python frame: many per text
    return [
        new(Token, (m[0], m.start(), m.end(), m[0].lower())) for m in TOKEN_RE.finditer(sentence)
    ]


# "1,234,567", "1234567", and South Asian grouping: "37,58,096"
DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(\.\d+)?([A-Za-z]*)$")
# "61.621", "1.234.567": dots between groups of three, as much of Europe and Africa writes
# thousands; a count of people is no fraction, and "6.621 million" is read before this.
DOTTED_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
CURRENCY_SIGNS = "$€£¥₹"


def _parse_at(tokens: list[Token], i: int, lang: Language) -> tuple[float, int, bool] | None:
    """The number starting at token i: (value, index after it, written_as_year_like)."""
    lx = lang.numbers
    tok = tokens[i]
    text = SPACES_RE.sub("", tok.text) if tok.text[0].isdigit() else tok.text
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    previous = tokens[i - 1].lower if i else ""
    if (
        DOTTED_THOUSANDS_RE.match(text)
        and following not in lx.digit_scales
        and following not in lx.measure_words
        and previous not in lx.measure_words
    ):
        text = text.replace(".", "")  # "61.621 displaced people": thousands, not a fraction
    m = DIGITS_RE.match(text)
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
        elif j < len(tokens) and tokens[j].lower in lx.digit_scales:
            value *= lx.digit_scales[tokens[j].lower]
            j += 1
        yearlike = not suffix and j == i + 1 and frac is None and "," not in digits
        return value, j, yearlike and 1000 <= value <= 2100
    return _parse_words(tokens, i, lang)


def _parse_words(tokens: list[Token], i: int, lang: Language) -> tuple[float, int, bool] | None:
    lx = lang.numbers
    word = tokens[i].lower
    j = i
    for words, phrase_value in lx.phrases:
        if word == words[0] and tuple(_words(tokens, i, len(words))) == words:
            return phrase_value, i + len(words), False
    if word in lx.articles:
        if i + 1 < len(tokens) and tokens[i + 1].lower in lx.scales:
            return float(lx.scales[tokens[i + 1].lower]), i + 2, False
        return None
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
            if (
                j + 1 < len(tokens)
                and tokens[j].lower in lx.joiners
                and tokens[j + 1].lower in lx.units
            ):
                j += 1
        else:
            break
    return total + current, j, False


def _words(tokens: list[Token], i: int, n: int) -> list[str]:
    return [t.lower for t in tokens[i : i + n]]


def _vague_at(tokens: list[Token], i: int, lang: Language) -> tuple[float, float, int] | None:
    for words, low, high in lang.numbers.vague_by_first.get(tokens[i].lower, ()):
        if _words(tokens, i, len(words)) == words:
            return float(low), float(high), i + len(words)
    return None


def _next_word(tokens: list[Token], j: int) -> str:
    return tokens[j].lower if j < len(tokens) else ""


def _is_not_a_count(tokens: list[Token], i: int, j: int, yearlike: bool, lang: Language) -> bool:
    """Dates, years, times, ages, durations, money, percentages, model names."""
    lx = lang.numbers
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
    if prev and prev.text in CURRENCY_SIGNS or (prev and prev.lower in lx.currency_words):
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
    if nxt == "-" and j + 1 < len(tokens) and tokens[j + 1].lower in lx.age_units:
        return True  # "68-year-old"
    if (
        nxt == "-"
        and tokens[j].start == tokens[j - 1].end
        and j + 1 < len(tokens)
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].text.isalpha()
        and tokens[j + 1].lower not in lang.nouns.person
        and tokens[j + 1].lower not in lx.hyphen_counts
    ):
        return True  # "a 1,000-bed hospital", "a 30-hour siege": the number describes a thing
    if _is_age(tokens, i, nxt, lang):
        return True
    if nxt in lx.percent_words or (nxt, _next_word(tokens, j + 1)) in lx.percent_pairs:
        return True
    if nxt in lx.time_nouns:
        return True
    if nxt in lx.clock_words or (
        nxt in ("a", "p") and _next_word(tokens, j + 1) == "." and _next_word(tokens, j + 2) == "m"
    ):
        return True  # "around 3 a.m.", "at 5 pm", "0300 GMT": a time of day
    if nxt in lx.fraction_words or (
        nxt == "-"
        and tokens[j].start == tokens[j - 1].end
        and _next_word(tokens, j + 1) in lx.fraction_words
    ):
        return True  # "two-thirds of the displaced", "a five-fold rise"
    if yearlike and nxt not in lang.nouns.person:
        return True
    after = [_next_word(tokens, j + k) for k in (1, 2)]
    if nxt == "in" and after[0] in lx.proportion_bases:
        return True  # "eight in ten of the displaced"
    if nxt == "of" and tokens[i].lower in lx.units and lx.units[tokens[i].lower] == 1:
        if (
            after[0][:1].isdigit()
            or after[0] in lx.units  # "one of two strikes"
            or (after[0] == "the" and _ranks(after[1], lx))
        ):
            return True  # "one of 500 camps", "one of the worst-affected"
    return False


def _is_age(tokens: list[Token], i: int, nxt: str, lang: Language) -> bool:
    """Whether the number at token i is a person's age: "aged 68", "a woman of 88", "a man,
    71, died", "Andrey Goncharuk, 68, a member", and the ages joined to one ("two men aged 31
    and 21", "two women, 72 and 67, lost their lives", "two men of 45 and 49")."""
    lx = lang.numbers
    if i > 2 and tokens[i - 1].lower in lx.age_hedges:
        i -= 1  # "two men of about 30"
    prev = tokens[i - 1] if i else None
    prev2 = tokens[i - 2] if i > 1 else None
    if prev is None:
        return False
    if prev.lower in lx.age_words:
        return True
    if prev.lower == "of" and prev2 and prev2.lower in lx.aged_nouns:
        return True
    if prev.text == "," and prev2 and nxt in (",", "and"):
        if prev2.lower in lx.aged_nouns:
            return True
        if nxt == "," and prev2.text[:1].isupper() and prev2.lower not in lang.nouns.person:
            return True
    return (
        prev.lower in lx.joiners | {","}
        and prev2 is not None
        and prev2.text[:1].isdigit()
        and _is_age(tokens, i - 2, prev.lower, lang)
    )


def _ranks(word: str, lx: NumberRules) -> bool:
    return word in lx.ranking_words or word.split("-")[0] in lx.ranking_words


def find_numbers(
    sentence: str, lang: Language, skip: list[tuple[int, int]] = ()
) -> list[NumberExpr]:
    """Every count-like numeric expression of a sentence, with qualifier, bounds and parts.

    `skip` holds the spans already read as something else (distances), in text order."""
    tokens = tokenize(sentence)
    openers = lang.numbers.openers
    found: list[NumberExpr] = []
    spans = iter(skip)
    span = next(spans, None)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        while span is not None and span[1] <= token.start:
            span = next(spans, None)  # tokens come in order: each span is passed once
        counted = token.lower in lang.numbers.counted_articles
        if not (token.text[0].isdigit() or token.lower in openers or counted) or (
            span is not None and span[0] <= token.start
        ):
            i += 1
            continue
        expr, i_next = None, i + 1
        if token.text[0].isdigit() or token.lower in openers:
            expr, i_next = _expression_at(sentence, tokens, i, lang)
        if expr is None and counted:
            expr, i_next = _counted_person(sentence, tokens, i, lang)
        if expr is None:
            i += 1
            continue
        found.append(expr)
        i = i_next
    found = _with_named_people(sentence, found, lang)
    return _mark_asides(sentence, _merge_groups(sentence, found, lang), lang)


def _with_named_people(sentence: str, found: list[NumberExpr], lang: Language) -> list[NumberExpr]:
    """The figures and, where no figure covers them, the victims named by name: "they killed
    Nuru Lawal" and "Aminu Mai Unguwa was killed" are one each."""
    named: list[NumberExpr] = []
    if not lang.numbers.named_person_hint.search(sentence):
        return found
    for m in lang.numbers.named_person.finditer(sentence):
        start, end = m.span("object") if m.group("object") else m.span("subject")
        if any(e.start < end and start < e.end for e in found):
            continue
        before = sentence[max(0, start - 30) : start].split()
        if m.group("subject") and before and before[-1][:1].isupper():
            continue  # the end of a longer name: "... Dan Alhaji Aminu" is no name's start
        name = m.group("name") or m.group("subject")
        if any(word in lang.places.not_place_words for word in name.split()):
            continue  # "the State Government", "Police Headquarters": no person
        expr = NumberExpr(start, end, 1.0, 1.0, 1.0, "exact", start, end)
        expr.counted = True
        expr.named = name
        named.append(expr)
    if not named:
        return found
    return sorted(found + named, key=lambda e: e.start)


ASIDE_REACH = 100  # characters after a figure's aside opens within which it must close


def _mark_asides(sentence: str, found: list[NumberExpr], lang: Language) -> list[NumberExpr]:
    """The figures of an aside that names some of a figure's people are parts of it, not
    figures of their own: "53 people, including 15 women, were killed" (the aside_open and
    aside_close rules)."""
    rules = lang.numbers
    person = lang.nouns.person
    close_at = -1
    for before, expr in zip(found, found[1:], strict=False):
        if expr.start < close_at:
            expr.subset = True
            continue
        m = rules.aside_open.fullmatch(sentence, before.end, expr.start)
        if m is None or not any(w.lower() in person for w in m.group("noun").split()):
            continue
        close = rules.aside_close.search(sentence, expr.start, expr.start + ASIDE_REACH)
        if close is None or any(c in ASIDE_STOPS for c in sentence[expr.start : close.start()]):
            continue
        expr.subset = True
        close_at = close.start()
    return found


ASIDE_STOPS = frozenset(";:.!?()")


def _expression_at(
    sentence: str, tokens: list[Token], i: int, lang: Language
) -> tuple[NumberExpr | None, int]:
    vague = _vague_at(tokens, i, lang)
    if vague:
        low, high, j = vague
        num_start, num_end = tokens[i].start, tokens[j - 1].end
        expr = NumberExpr(num_start, num_end, low, low, high, "vague", num_start, num_end)
        expr.next_word = _next_word(tokens, j)
        if expr.next_word in lang.numbers.partitives:  # "thousands of people": the noun
            expr.next_word = _next_word(tokens, j + 1)
        if expr.next_word in lang.nouns.non_person:
            return None, j
        apply_qualifiers(sentence, expr, lang)
        return expr, j
    parsed = _parse_at(tokens, i, lang)
    if parsed is None:
        return None, i + 1
    value, j, yearlike = parsed
    j = _repeated_in_digits(tokens, j, value, lang)
    if _is_not_a_count(tokens, i, j, yearlike, lang):
        return None, j
    num_start, num_end = tokens[i].start, tokens[j - 1].end
    expr = NumberExpr(num_start, num_end, value, value, value, "exact", num_start, num_end)
    j = _apply_range(sentence, tokens, j, expr, lang)
    if expr.qualifier == "range" and (
        _next_word(tokens, j) in lang.numbers.time_nouns
        or _next_word(tokens, j) in lang.numbers.months
    ):
        return None, j  # "7-8 days", "from 14 to 19 February"
    expr.next_word = _next_word(tokens, j)
    apply_qualifiers(sentence, expr, lang)
    if _ending_at(lang.numbers.negator, sentence, expr.start, QUALIFIER_CHARS):
        return None, j  # "no one was hurt"
    return expr, j


def _counted_person(
    sentence: str, tokens: list[Token], i: int, lang: Language
) -> tuple[NumberExpr | None, int]:
    """People named without a number: "a police officer" is 1, "a soldier and his son" 2,
    "a village head and four others" 5. Whether they count is for classification to say."""
    rules = lang.numbers
    m = rules.counted_person.match(sentence, tokens[i].start)
    if m is None:
        return _group_named(sentence, tokens, i, lang)
    value = 1.0 + (1.0 if m.group("kin") or m.group("second") else 0.0)
    if m.group("kin_count"):  # "a woman and her two children"
        kin = _parse_at(tokenize(m.group("kin_count")), 0, lang)
        if kin is None:
            return None, i + 1
        value += kin[0]
    if m.group("others"):
        others = tokenize(m.group("others"))
        parsed = _parse_at(others, 0, lang) if others else None
        if parsed is None:
            return None, i + 1
        value += parsed[0]
    expr = NumberExpr(m.start(), m.end(), value, value, value, "exact", m.start(), m.end())
    expr.counted = True
    marker = _ending_at(lang.numbers.subset_before, sentence, expr.start, QUALIFIER_CHARS)
    if marker:
        expr.subset = True  # "including a senior commander"
        expr.among_named = bool(lang.numbers.among_named.search(marker.group()))
    j = i
    while j < len(tokens) and tokens[j].start < m.end():
        j += 1
    expr.next_word = _next_word(tokens, j)
    return expr, j


def _group_named(
    sentence: str, tokens: list[Token], i: int, lang: Language
) -> tuple[NumberExpr | None, int]:
    """People counted by a word that names a group: "both victims" are 2; "the hostages"
    are as many as the report said were taken, which the pipeline fills in."""
    rules = lang.numbers
    start = tokens[i].start
    referent = rules.referent.match(sentence, start)
    both = None if referent else rules.both.match(sentence, start)
    if both is not None and both.group("noun") and both.group("noun") not in lang.nouns.person:
        both = None
    m = referent or both
    if m is None:
        return None, i + 1
    value = 0.0 if referent else 2.0
    expr = NumberExpr(start, m.end(), value, value, value, "exact", start, m.end())
    expr.counted = True
    expr.referent = referent is not None
    j = i
    while j < len(tokens) and tokens[j].start < m.end():
        j += 1
    expr.next_word = _next_word(tokens, j)
    return expr, j


def _repeated_in_digits(tokens: list[Token], j: int, value: float, lang: Language) -> int:
    """After "six (6)", the index after the parenthesis: the figure written twice is one."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        again = _parse_at(tokens, j + 1, lang)
        if again is not None and again[0] == value and again[1] == j + 2:
            return j + 3
    return j


def _apply_range(
    sentence: str, tokens: list[Token], j: int, expr: NumberExpr, lang: Language
) -> int:
    """Extend expr over "10-15", "10 to 15", "between 10 and 15"; returns the next token index."""
    lx = lang.numbers
    between = _ending_at(lx.between, sentence, expr.num_start, QUALIFIER_CHARS)
    link = (lx.between_link if between else lx.range_link).match(sentence, expr.num_end)
    if not link:
        return j
    k = j
    while k < len(tokens) and tokens[k].start < link.end():
        k += 1
    if k >= len(tokens):
        return j
    second = _parse_at(tokens, k, lang)
    if second is None:
        return j
    high, k_end, _ = second
    low = expr.value
    if link.group().strip().lower() in lx.alternatives and not between:
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


def _ending_at(
    pattern: re.Pattern, sentence: str, end: int, reach: int = LOOKBEHIND_CHARS
) -> re.Match | None:
    """A match of a pattern anchored at `end` ("at least\\s*$") that starts at most `reach`
    characters before it: the sentence up to `end` is not rescanned for each number.

    Offsets are the sentence's; "^" still means the sentence's start and look-behinds see
    the characters before the window."""
    return pattern.search(sentence, max(0, end - reach), end)


QUALIFIER_CHARS = 40  # a qualifier, negator or subset marker before a number is a few words

OPENS_ASIDE_RE = re.compile(r"\(\s*$")


def opens_aside(text: str, expr: NumberExpr) -> bool:
    """Whether a figure opens a parenthesis: "Tana River (3,864 displaced)", "70,000 families
    (350,000 people)"."""
    return OPENS_ASIDE_RE.search(text, max(0, expr.start - 8), expr.start) is not None


def apply_qualifiers(sentence: str, expr: NumberExpr, lang: Language) -> None:
    """Widen expr over "at least", "about", "or more" ... and set its bounds to match."""
    lx = lang.numbers
    marker = _ending_at(lx.subset_before, sentence, expr.start, QUALIFIER_CHARS) or (
        lx.subset_after.match(sentence, expr.end)
    )
    if marker:
        expr.subset = True  # "including 12 children", "2.9 million of them"
        expr.among_named = bool(lx.among_named.search(marker.group()))
    if expr.qualifier == "range":
        return
    for qualifier, pattern in lx.qualifiers_before:
        m = _ending_at(pattern, sentence, expr.start, QUALIFIER_CHARS)
        if m:
            expr.start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            set_qualifier(expr, qualifier)
            return
    for qualifier, pattern in lx.qualifiers_after:
        m = pattern.match(sentence, expr.end)
        if m:
            expr.end = m.end()
            set_qualifier(expr, qualifier)
            return


def set_qualifier(expr: NumberExpr, qualifier: str) -> None:
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


def _merge_groups(sentence: str, found: list[NumberExpr], lang: Language) -> list[NumberExpr]:
    """ "six adults and two children" is one figure of 8, with its parts kept; so is "23
    rebels, three of their commanders among them, and four soldiers" (27): a part named in an
    aside between the groups is no group of its own."""
    merged: list[NumberExpr] = []
    for expr in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.subset
            and not expr.subset
            and sentence[_noun_end(sentence, last, lang) : expr.start] == " and "
        ):
            # "among them two local journalists and two police officers": both are parts
            expr.subset, expr.among_named = True, last.among_named
        prev = next((e for e in reversed(merged) if not e.subset), None)
        if (
            prev
            and prev.qualifier in GROUP_QUALIFIERS
            and expr.qualifier == "exact"
            and not expr.subset
            and not _speaks_or_part_of(sentence, expr, lang)
            and not said_respectively(sentence, expr.end, lang)
            and (
                (
                    not (expr.counted or prev.counted)  # "a man and a woman": _add_single_person
                    and expr.start - prev.end <= GROUP_GAP_CHARS
                    and (prev.parts or _person_noun_after(sentence, prev, lang))
                    and _person_noun_after(sentence, expr, lang)
                    and _links_group(sentence, prev, expr, lang)
                )
                or _and_others(sentence, prev, expr, lang)
            )
        ):
            parts = prev.parts or (prev.value,)
            prev.parts = parts + (expr.value,)
            prev.value = prev.low = prev.high = sum(prev.parts)
            set_qualifier(prev, prev.qualifier)  # "at least 31 soldiers and three auxiliaries"
            prev.end = prev.num_end = _noun_end(sentence, expr, lang)
            prev.next_word = expr.next_word
            continue
        merged.append(expr)
    kept: list[NumberExpr] = []
    for expr in merged:
        if kept and expr.start < kept[-1].end:
            continue  # "a man" of "three children and a man", taken into the figure before
        _add_single_person(sentence, expr, lang)
        _breakdown(expr)
        kept.append(expr)
    return kept


def _and_others(sentence: str, prev: NumberExpr, expr: NumberExpr, lang: Language) -> bool:
    """One person named, then "N others" past an aside ("killed the village head, Jafaru
    Rabiu, and four others" is 5, "the head of Gora Gan, a village in Zango-Kataf LGA, and nine
    other residents" 10), or then a group of people ("a teacher and three students", 4)."""
    if not prev.counted or expr.counted or prev.referent:
        return False
    if expr.next_word in ("other", "others"):
        return bool(lang.numbers.others_link.fullmatch(sentence, prev.end, expr.start))
    # "killed a teacher and three students": one person, then a group of people
    return bool(lang.numbers.group_link.match(sentence[prev.end : expr.start])) and (
        expr.next_word in lang.nouns.person or _person_noun_after(sentence, expr, lang)
    )


def _speaks_or_part_of(sentence: str, expr: NumberExpr, lang: Language) -> bool:
    """Whether a later group is no more people for the figure before: it speaks ("six
    soldiers, two officers told AFP") or is some of them ("two girls aged 12 and 17 among
    them")."""
    end = _noun_end(sentence, expr, lang)
    rules = lang.numbers
    return bool(rules.group_speaks.match(sentence, end) or rules.group_part_of.match(sentence, end))


def said_respectively(sentence: str, position: int, lang: Language) -> bool:
    """Whether "respectively" follows in the clause after `position`: the figures before it go
    one to each of a list ("308 and 223 deaths respectively"), they are no group."""
    end = len(sentence)
    for stop in ";.":
        found = sentence.find(stop, position)
        if found >= 0:
            end = min(end, found)
    return lang.pipeline.respectively.search(sentence, position, end) is not None


GROUP_QUALIFIERS = ("exact", "at_least", "approximate")  # of a group's first part
GROUP_GAP_CHARS = 100  # at most this far apart are two groups one figure
SINGLE_PERSON_REACH = 60  # characters after a figure "and a soldier" may end within


def _person_noun_after(sentence: str, expr: NumberExpr, lang: Language) -> bool:
    """Whether a person noun follows a number, after at most two modifiers: "six BIFF
    members", "three VDP auxiliaries", "four soldiers"."""
    m = lang.numbers.person_head.match(sentence, expr.end)
    if m is None:
        return False
    words = [w.lower() for w in m.group().split()]
    if any(w in lang.numbers.category_nouns for w in words):
        return False  # "45,000 refugees and 545,000 internally displaced people": two categories
    return any(w in lang.nouns.person for w in words)


def _breakdown(expr: NumberExpr) -> None:
    """ "nine civilians, two women and seven men": the parts after the first add up to it, so
    they break it down and the figure is the first, 9, not their sum."""
    parts = expr.parts
    if len(parts) >= 3 and parts[0] == sum(parts[1:]):
        expr.value = expr.low = expr.high = parts[0]
        expr.parts = parts[1:]


def _add_single_person(sentence: str, expr: NumberExpr, lang: Language) -> None:
    """ "eight pupils and a security guard" is 9, "three civilians, two women and a child" is
    3 + 2 + 1: one more person, named in the singular after the figure's noun."""
    person = lang.nouns.person
    if expr.qualifier != "exact" or expr.subset:
        return
    if " and " not in sentence[expr.end : expr.end + SINGLE_PERSON_REACH]:
        return  # read only where a person may be joined on
    m = lang.numbers.single_person.match(sentence, expr.end)
    headed = False
    if m is None or (m.group("noun") is None and not expr.parts):
        # "six BIFF members and a soldier": the figure's people named after a modifier
        headed = _person_noun_after(sentence, expr, lang)
        m = lang.numbers.single_person.match(sentence, _noun_end(sentence, expr, lang))
        if m is None or m.group("noun") is not None or not headed:
            return
    noun = m.group("noun")
    if not headed and (
        (noun is None and not expr.parts) or (noun is not None and noun.lower() not in person)
    ):
        return
    words = m.group("person").split()
    for k, word in enumerate(words):
        if word.lower() in person:
            if lang.numbers.is_plural(word.lower()):
                return
            expr.parts = (expr.parts or (expr.value,)) + (1.0,)
            expr.value = expr.low = expr.high = sum(expr.parts)
            expr.end = expr.num_end = m.start("person") + len(" ".join(words[: k + 1]))
            return


def _noun_end(sentence: str, expr: NumberExpr, lang: Language) -> int:
    """Where the words naming a figure's people end: "six BIFF members" ends after "members"."""
    m = lang.numbers.person_head.match(sentence, expr.end)
    if m is not None:
        end = expr.end
        for word in re.finditer(r"[A-Za-z-]+", sentence[expr.end : m.end()]):
            if word.group().lower() in lang.nouns.person:
                end = expr.end + word.end()
        if end > expr.end:
            return end
    m = lang.numbers.group_noun.match(sentence, expr.end)
    return m.end() if m else expr.end


def _links_group(sentence: str, prev: NumberExpr, expr: NumberExpr, lang: Language) -> bool:
    noun_end = prev.end if prev.parts else _noun_end(sentence, prev, lang)  # merged: noun in
    between = sentence[noun_end : expr.start]
    return bool(
        lang.numbers.group_link.match(between) or lang.numbers.group_link_aside.match(between)
    )
