"""The ceilings that keep extraction linear in the text's length.

Every stage reads a sentence; some read around each figure in it. Without ceilings a text
built to be read badly (one endless sentence, thousands of figures in a row) costs time that
grows with the square of its length. The ceilings sit far above what news writes, so news is
read as before:

- the longest sentence in the evaluation data is 308 characters (50 words), the most figures
  in one sentence 5;
- a sentence longer than MAX_SENTENCE_CHARS is cut into windows (segment.py), each read alone;
- a window gives at most MAX_FIGURES_PER_SENTENCE figures (pipeline.py);
- the words that qualify a number ("at least", "between", "including", "no") are looked for
  in the LOOKBEHIND_CHARS before it, not in the whole sentence before it (numbers.py).
"""

from __future__ import annotations

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
