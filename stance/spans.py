"""Spans that corrections swap: numbers, money, dates, years and named entities.

A correction replaces one such span of a claim ("ISIS" -> "Turkey", "$72 billion" ->
"$128 billion"). Finding them is shared by training (to construct corrections) and
labelling (to name the wrong and the right part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Order matters: money and dates before bare numbers, so "$72 billion" is one span.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money", re.compile(r"[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k))?\b", re.I)),
    (
        "date",
        re.compile(
            rf"\b(?:(?:{MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?)\b"
        ),
    ),
    ("number", re.compile(r"\b\d[\d,.]*(?:\s?(?:%|percent|million|billion|trillion))?")),
    (
        "number",
        re.compile(
            r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"twenty|thirty|forty|fifty|hundred|thousand|dozen)s?\b",
            re.I,
        ),
    ),
    (
        "entity",
        re.compile(
            r"\b(?:[A-Z](?:[^\W_]|['’-](?=[^\W\d_])|\.(?=[A-Z]))*)"
            r"(?:\s+(?:of\s+|the\s+)?[A-Z](?:[^\W_]|['’-](?=[^\W\d_])|\.(?=[A-Z]))*)*"
        ),
    ),
)
# Capitalised words that start sentences or address people are not entities to swap.
NOT_ENTITIES = frozenset(
    """I The A An This That These Those It Its He She They We You His Her Their Our My Your
    What Who Why How When Where Which Is Are Was Were Do Does Did Not No Yes And But Or So If
    Of In On At For With By To From As Also Just Actually Well Oh Then There Here Some Many
    Most All Any Every Each One Seems Perhaps Maybe Likely Could Would Should Can Will May
    Might Must Has Have Had Get Got Let Please Thanks Thank Wow Lol Ok Okay RT MT Mr Mrs
    Ms Dr""".split()
)


@dataclass(frozen=True)
class Span:
    kind: str
    text: str
    start: int
    end: int


def find_spans(text: str) -> list[Span]:
    """Swappable spans in order of position; overlapping later matches are dropped."""
    found: list[Span] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            value = m.group(0).strip(" .,'’")
            if not value:
                continue
            if kind == "entity":
                words = list(re.finditer(r"\S+", m.group(0)))
                while words and _base(words[0].group(0)) in NOT_ENTITIES:
                    words.pop(0)
                if not words:
                    continue
                s = m.start() + words[0].start()
                value = text[s:e].strip(" .,'’")
                e = s + len(value)
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(Span(kind, value, s, e))
    return sorted(found, key=lambda sp: sp.start)


def _base(word: str) -> str:
    """'It’s' -> 'It': contractions of stop words are not entities either."""
    return re.split(r"['’]", word, maxsplit=1)[0]
