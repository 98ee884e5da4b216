"""The ceilings that keep extraction linear in the text's length and its figures real.

Every stage reads a sentence; some read around each figure in it. Without ceilings a text
built to be read badly (one endless sentence, thousands of figures in a row, a digit string of
thousands of digits) costs time that grows with the square of its length, or overflows. The
ceilings sit far above what news writes, so news is read as before:

- the longest sentence in the evaluation data is 308 characters (50 words), the most figures
  in one sentence 5, the largest count of people 16 million, the longest distance 1,300 km;
- a sentence longer than MAX_SENTENCE_CHARS is cut into windows (segment.py), each read alone;
- a window gives at most MAX_FIGURES_PER_SENTENCE figures (pipeline.py);
- the words that qualify a number ("at least", "between", "including", "no") are looked for
  in the LOOKBEHIND_CHARS before it, not in the whole sentence before it (numbers.py);
- a value above its unit's ceiling is no figure: `within_ceiling`, applied in one place,
  where the pipeline gathers a sentence's figures.
"""

from __future__ import annotations

import math

# About 500 words of news English: ten times the longest sentence of the evaluation data. A
# longer "sentence" (a table, a list without full stops, a text built to be slow) is cut into
# windows of at most this many characters, at a clause break where there is one.
MAX_SENTENCE_CHARS = 3_000

# Figures read per sentence (per window of a cut one); the evaluation data has at most 5, a
# tally by province a few dozen. Further figures in the same sentence are not read.
MAX_FIGURES_PER_SENTENCE = 100

# Characters before a number searched for the words that qualify it; the longest such phrase
# ("among the victims") is 17 characters, so 100 leaves room for spaces, quotes and colons.
LOOKBEHIND_CHARS = 100

# A figure is gapped onto the one before it ("killed three in Grenada and two in St Vincent")
# only when at most this many characters separate them.
MAX_GAP_CHARS = 300

# No count of people exceeds the world's population (8.1 billion in 2024): a larger value is a
# serial number, a digit string or an overflow (a number of 309 digits is infinite as a float).
MAX_PEOPLE = 10**10

# No two places on Earth are further apart than half its circumference (20,037 km).
MAX_DISTANCE_KM = 20_040

# Digits in a row that a figure can have: 10**10 has 11. A longer run is no figure, and
# quantulum3's time grows with the cube of a digit run's length (120 digits take 3 s), so
# distance.py never hands it one.
MAX_DIGIT_RUN = 15


def within_ceiling(values: tuple[float | None, ...], unit: str) -> bool:
    """Whether every stated value (value, low, high) is finite and at most the ceiling of its
    unit, "people" or "km"."""
    ceiling = MAX_DISTANCE_KM if unit == "km" else MAX_PEOPLE
    return all(v is None or (math.isfinite(v) and v <= ceiling) for v in values)
