"""Who the text says gave a figure: "..., Ukraine's Parliament said", "according to the UN".

Attribution is read once per sentence and applies to every figure in it. A bare pronoun
("it said") names no source. The patterns are the language's AttributionRules.
"""

from __future__ import annotations

import re

from .lang import Language

SPACES_RE = re.compile(r"\s+")


def find_source(sentence: str, lang: Language) -> str | None:
    rules = lang.attribution
    for pattern in rules.patterns:
        for m in pattern.finditer(sentence):
            source = _clean(m.group("source") or "")
            if (
                source
                and source.lower() not in rules.pronouns
                and not any(ch.isdigit() for ch in source)
            ):
                return source
    return None


def _clean(source: str) -> str:
    source = source.strip(" ,.;:“”\"'")
    return SPACES_RE.sub(" ", source)
