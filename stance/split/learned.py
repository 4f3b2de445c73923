"""A learned scorer for one question the rules keep getting wrong on unseen sites: is
this line, which the rules put inside a reply, the reader's words or the site's chrome?

Keyword rules carry poorly to the next site ('Messages', '#3 of 62', 'Works at …',
'UNLOCK ACCESS Just £1 a month'), but such lines share a look: short, no sentence
ending, Title Case or all caps, repeated on the page, digits and separators. A
logistic model over those facts, trained on the labelled layouts in tests/layouts/
(`training/chrome_lines.py`), says how likely a line is chrome; the pipeline trims
confident chrome from the edges of replies, drops replies that are chrome through and
through (rule `reply.learned_chrome.v5`) and splits a reply at a run of chrome inside
it, a comment card no rule read (`reply.learned_boundary.v5`).

The weights are a small JSON file shipped beside this module; inference is a sum over
the line's active features, with no dependency beyond the standard library.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, repeat
from pathlib import Path
from typing import TypeVar

from stance.split.rules import Line, ends_sentence, line_shape

WEIGHTS_PATH = Path(__file__).resolve().parent / "chrome_lines.json"

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_DIGIT_RE = re.compile(r"\d")
_SEPARATOR_RE = re.compile("[·•|—–/>→»]")
# Words are features only this far into a line: chrome announces itself early ('Reply',
# 'Show 3 more', 'Sign in'); later words of prose are the reader's topic, not the page's.
_LEADING_WORDS = 4
# Lines longer than this are prose; their shapes are not counted (a line's shape costs
# a regex pass, and only short lines repeat as chrome).
_SHAPE_MAX_WORDS = 12


def bucket(value: float, edges: tuple[float, ...]) -> str:
    """The index of the first edge `value` is below: a coarse, monotone binning (the
    splitter's learned scorers name their features with it)."""
    return str(bisect_right(edges, value))


def _script(text: str) -> str:
    """'latin', 'cjk', 'other' or 'none': word features only mean something per script."""
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("LATIN"):
                return "latin"
            if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")):
                return "cjk"
            return "other"
    return "none"


@lru_cache(maxsize=131072)
def _text_facts(text: str) -> tuple[str, ...]:
    """What one line's text looks like, computed once per distinct text: pages repeat
    their chrome, and every line is also its neighbours' neighbour."""
    words = _WORD_RE.findall(text)
    letters = sum(map(str.isalpha, text))
    out = [f"words={bucket(len(words), (1, 2, 3, 4, 6, 9, 14, 25))}"]
    if ends_sentence(text):
        out.append("sentence_end")
    if letters:
        upper = sum(map(str.isupper, text)) / letters
        out.append(f"upper={bucket(upper, (0.05, 0.15, 0.4, 0.8))}")
    lower = 0
    if words:
        initials = [w[0] for w in words]
        share = bucket(sum(map(str.isupper, initials)) / len(words), (0.2, 0.5, 0.8, 1.0))
        out.append(f"capitalised={share}")
        # Title Case marks names and buttons only in short lines; prose is lower-case.
        out.append(f"capitalised={share}&words={bucket(len(words), (2, 4, 7))}")
        lower = sum(map(str.islower, initials))
    out.append(f"lower_words={bucket(lower, (1, 2, 3, 5))}")
    if "," in text or "，" in text or "、" in text:
        out.append("comma")
    digits = len(_DIGIT_RE.findall(text))
    out.append(f"digits={bucket(digits / max(1, len(text)), (0.001, 0.1, 0.3))}")
    if _SEPARATOR_RE.search(text):
        out.append("sep")
    if "@" in text:
        out.append("at")
    if text[:1] in "#[(":
        out.append(f"opens={text[:1]}")
    return tuple(out)


def _neighbours(lines: list[Line], i: int) -> tuple[tuple[str, str], ...]:
    """(prefix, text) of the lines whose facts describe line `i`: itself and, where the
    page has them, the lines before and after it."""
    out = [("self", lines[i].text)]
    if i > 0:
        out.append(("prev", lines[i - 1].text))
    if i + 1 < len(lines):
        out.append(("next", lines[i + 1].text))
    return tuple(out)


def _context_features(
    lines: list[Line], i: int, shapes: Counter[str], texts: Counter[str]
) -> list[str]:
    """Line `i`'s features that are not facts of one text: missing neighbours, blank
    lines around it, how often the page repeats it, its script and leading words."""
    line = lines[i]
    return _place_features(lines, i, shapes, texts) + list(_text_context(line.text, line.words))


def _place_features(
    lines: list[Line], i: int, shapes: Counter[str], texts: Counter[str]
) -> list[str]:
    """The features of where line `i` stands: missing neighbours, blank lines around
    it, how often the page repeats its shape and its text."""
    line = lines[i]
    out = []
    if i == 0:
        out.append("prev:none")
    if i + 1 < len(lines):
        out.append(f"gap_after={min(lines[i + 1].gap, 2)}")
    else:
        out.append("next:none")
    out.append(f"gap_before={min(line.gap, 2)}")
    shape = shapes[line_shape(line.text)] if line.words <= _SHAPE_MAX_WORDS else 1
    out.append(f"shape_repeats={bucket(shape, (2, 3, 5, 10))}")
    out.append(f"text_repeats={bucket(texts[line.lower], (2, 3, 5))}")
    return out


@lru_cache(maxsize=131072)
def _text_context(text: str, words: int) -> tuple[str, ...]:
    """The context features that read only the line's own text (its script, leading
    words, and whether it is a short sentence), once per distinct text."""
    lower = text.lower()
    out = [f"script={_script(text)}"]
    for k, match in enumerate(islice(_WORD_RE.finditer(lower), _LEADING_WORDS)):
        word = match.group()
        if not word.isdigit():
            out.append(f"w:{word}")
            if k == 0:
                out.append(f"w0:{word}")
    out.append(f"short&sentence_end={words <= 4}&{ends_sentence(text)}")
    return tuple(out)


def line_features(
    lines: list[Line], i: int, shapes: Counter[str], texts: Counter[str]
) -> list[str]:
    """The names of line `i`'s binary features: its own facts and its neighbours' (named
    'self:…', 'prev:…', 'next:…'), how often the page repeats it, and its leading words."""
    out = [
        f"{prefix}:{fact}" for prefix, text in _neighbours(lines, i) for fact in _text_facts(text)
    ]
    return out + _context_features(lines, i, shapes, texts)


def page_counts(lines: list[Line]) -> tuple[Counter[str], Counter[str]]:
    """How often each short line's shape and each line's lower-cased text occur."""
    shapes: Counter[str] = Counter(
        line_shape(line.text) for line in lines if line.words <= _SHAPE_MAX_WORDS
    )
    texts: Counter[str] = Counter(line.lower for line in lines)
    return shapes, texts


_Model = TypeVar("_Model", bound="LinearModel")


@dataclass(frozen=True)
class LinearModel:
    """A logistic model over named binary features, as the splitter's weight files store
    it: a weight per feature name, a bias, and the probability a decision needs. The
    headline choice and the block scorer are this plus what they read from a page."""

    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def read(cls: type[_Model], path: Path) -> _Model:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))

    def score(self, features: list[str]) -> float:
        """P(yes) for one item's features; unknown features weigh nothing."""
        return logistic(self.bias + sum(map(self.weights.get, features, repeat(0.0))))


@dataclass(frozen=True)
class ChromeLineScorer(LinearModel):
    """Logistic scores of 'this line is chrome', from weights trained on labelled pages."""

    # Lines that end a sentence are usually a reader's ('Fake news.'): they need more.
    sentence_threshold: float = 1.0

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> ChromeLineScorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            dict(data["weights"]),
            float(data["bias"]),
            float(data["threshold"]),
            float(data["sentence_threshold"]),
        )

    def __post_init__(self) -> None:
        # The facts of a line and its neighbours, looked up without building their
        # prefixed names ('self:words=2'): a third of the scorer's time on long threads.
        by_prefix: dict[str, dict[str, float]] = {"self": {}, "prev": {}, "next": {}}
        for name, weight in self.weights.items():
            prefix, _, fact = name.partition(":")
            if prefix in by_prefix:
                by_prefix[prefix][fact] = weight
        object.__setattr__(self, "_by_prefix", by_prefix)

    def probability(self, features: list[str]) -> float:
        """P(chrome) for one line's features; unknown features weigh nothing."""
        return self.score(features)

    def line_probability(
        self,
        lines: list[Line],
        i: int,
        shapes: Counter[str],
        texts: Counter[str],
        sums: dict[tuple[str, str], float] | None = None,
    ) -> float:
        """`probability(line_features(lines, i, ...))`, computed without the names.
        `sums`, kept by the caller for one page, holds the weight of each text's facts
        as a line and as a neighbour: a 1 MB page asks for some 15,000 lines, most of
        them also a neighbour's neighbour, and repeats its chrome."""
        line = lines[i]
        z = self.bias + sum(
            map(self.weights.get, _place_features(lines, i, shapes, texts), repeat(0.0))
        )
        z += self._text_sum("self", line, sums)
        if i > 0:
            z += self._text_sum("prev", lines[i - 1], sums)
        if i + 1 < len(lines):
            z += self._text_sum("next", lines[i + 1], sums)
        return logistic(z)

    def _text_sum(
        self, prefix: str, line: Line, sums: dict[tuple[str, str], float] | None
    ) -> float:
        """The weight of `line`'s facts as the line itself or a neighbour; as the line
        itself, with the context features that read only its text."""
        key = (prefix, line.text)
        if sums is not None and key in sums:
            return sums[key]
        by_prefix: dict[str, float] = self._by_prefix[prefix]  # type: ignore[attr-defined]
        found = sum(map(by_prefix.get, _text_facts(line.text), repeat(0.0)))
        if prefix == "self":
            found += sum(map(self.weights.get, _text_context(line.text, line.words), repeat(0.0)))
        if sums is not None:
            sums[key] = found
        return found

    def chrome_level(self, line: Line, p: float) -> int:
        """From a line's P(chrome): 2, confident chrome; 1, it would be, but it ends a
        sentence (trimmed only between chrome lines: 'Powered by Hashnode.' in a footer
        run); 0, content."""
        if p < self.threshold:
            return 0
        return 1 if reads_as_prose(line.text) and p < self.sentence_threshold else 2


def logistic(z: float) -> float:
    """The logistic function, clamped so that no weight sum overflows `math.exp`."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_NAME_INITIAL_RE = re.compile(r"^(?:[^\W\d_]\.|(?:[A-ZÀ-Þ][\w'-]*\s+){1,3}[A-ZÀ-Þ]\w{0,2}\.)$")


def ends_prose(text: str) -> bool:
    """A line ending as a sentence does, unless it is a name closed by an initial or a
    short abbreviation: 'Thomas K.', 'Reinhard Sch.' and 'M.' sign posts, not sentences."""
    text = text.strip()
    return ends_sentence(text) and not _NAME_INITIAL_RE.match(text)


# A face closing a line, emoji or emoticon ('I stand corrected 😄', 'missed it :('):
# readers end sentences with them; buttons and counters use hearts, thumbs and bubbles.
_FACE_END_RE = re.compile(
    r"(?:[\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A]"
    r"|[:;]-?[)D(P])\s*$"
)


def reads_as_prose(text: str) -> bool:
    """`ends_prose`, or a line of words closed by a face: the reader's tone, not a
    button. The chrome scorer's neighbours can outvote the line's own look (a one-line
    reply between a post card and its share row), so such a line is never confident."""
    if ends_prose(text):
        return True
    return len(text.split()) >= 3 and _FACE_END_RE.search(text) is not None


def forget_page_facts() -> None:
    """Drop the per-text fact caches: they pay off within a page (every line is also its
    neighbours' neighbour, chrome repeats), but kept across a batch of long threads they
    would grow to a hundred MB."""
    _text_facts.cache_clear()
    _text_context.cache_clear()


@lru_cache(maxsize=1)
def default_scorer() -> ChromeLineScorer | None:
    """The shipped scorer, read once; None when its weights file is absent."""
    if not WEIGHTS_PATH.exists():
        return None
    return ChromeLineScorer.load()
