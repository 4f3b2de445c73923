"""A learned choice of the page's headline among the lines above the article's body.

A pasted news page opens with its masthead, skip links, menus, section labels, then the
headline, a standfirst, bylines and a photo caption, then the body. 'The first line
that is not chrome' is the site's name on most real pages (11 of 140 labelled held-out
pages got the right title that way). Which line is the headline is a matter of several
weak signals at once: headline length, closeness to the body, a standfirst sentence
right under it, its text repeated in the page's tab title, Title Case, no credit or
tagline words. A logistic model over them, trained on the titles labelled in
tests/layouts/ (`training/title_lines.py`), scores each candidate; the best one is the
title when its score clears the threshold, and the first-line rule decides otherwise.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stance.split.config import SplitConfig
from stance.split.learned import LinearModel, bucket
from stance.split.rules import ROLE_TEXT, Line, LineMatch, ends_sentence, normalise

WEIGHTS_PATH = Path(__file__).resolve().parent / "title_lines.json"

_WORD_BUCKETS = (2, 3, 4, 6, 9, 14, 20, 26)
_RANK_CAP = 4


def find_body(lines: list[Line], labels: list[LineMatch], config: SplitConfig) -> int | None:
    """The article's first paragraph: the first text line of paragraph length."""
    limit = min(len(lines), config.title_body_search_lines)
    for i in range(limit):
        if labels[i].role == ROLE_TEXT and lines[i].words >= config.title_body_min_words:
            return i
    return None


def title_candidates(lines: list[Line], labels: list[LineMatch], body: int) -> list[int]:
    """Text lines above the body short enough to be a headline."""
    return [i for i in range(body) if labels[i].role == ROLE_TEXT and 2 <= lines[i].words <= 30]


def _shape(text: str) -> list[str]:
    """What a candidate's own text looks like."""
    words = text.split()
    out = [f"words={bucket(len(words), _WORD_BUCKETS)}"]
    letters = [c for c in text if c.isalpha()]
    if letters:
        upper = sum(c.isupper() for c in letters) / len(letters)
        out.append(f"upper={bucket(upper, (0.05, 0.15, 0.4, 0.8))}")
    initials = [w[0] for w in words if w[0].isalpha()]
    if initials:
        cap = sum(c.isupper() for c in initials) / len(initials)
        out.append(f"capitalised={bucket(cap, (0.3, 0.6, 0.9))}")
    stripped = text.rstrip()
    if ends_sentence(stripped):
        out.append(f"ends={stripped[-1]}")
    for mark, name in (
        (":", "colon"),
        ("|", "pipe"),
        (" - ", "dash"),
        (" — ", "dash"),
        (" – ", "dash"),
        ("(", "paren"),
        ("·", "dot"),
        ("@", "at"),
    ):
        if mark in text:
            out.append(f"has_{name}")
    if any(c.isdigit() for c in text):
        out.append("digits")
    lead = normalise(" ".join(words[:1]))
    if lead:
        out.append(f"w0:{lead}")
    return out


def candidate_features(
    lines: list[Line], candidates: list[int], k: int, body: int, texts: Counter[str]
) -> list[str]:
    """Features of candidate `candidates[k]`: its shape, where it sits between the top
    of the page and the body, its neighbours, and whether the page repeats it."""
    i = candidates[k]
    line = lines[i]
    out = _shape(line.text)
    out.append(f"rank={min(k, _RANK_CAP)}")
    out.append(f"rank_from_body={min(len(candidates) - 1 - k, _RANK_CAP)}")
    out.append(f"lines_to_body={bucket(body - i, (2, 3, 5, 8, 13, 20))}")
    longest = max(lines[c].words for c in candidates)
    if line.words == longest:
        out.append("longest")
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is not None:
        out.append(f"next_words={bucket(nxt.words, _WORD_BUCKETS)}")
        if ends_sentence(nxt.text) and nxt.words >= 8:
            out.append("next_is_sentence")
    if i > 0:
        out.append(f"prev_words={bucket(lines[i - 1].words, _WORD_BUCKETS)}")
    norm = normalise(line.text)
    if texts[norm] >= 2:
        # A copy on the next or previous line is an image's alt text over its caption
        # (or a doubled standfirst); a headline's copy is the tab title, lines away.
        near = any(0 <= j < len(lines) and normalise(lines[j].text) == norm for j in (i - 1, i + 1))
        out.append("repeated_adjacent" if near else "repeated")
    if line.words >= 4 and any(t != norm and t.startswith(norm) for t in texts):
        out.append("prefix_of_another")
    return out


# Copies of a headline (the tab title, a breadcrumb, a share line) sit near the top:
# lines this far below the body are not compared, which keeps long threads fast.
_COPY_WINDOW = 40


def page_texts(lines: list[Line], body: int) -> Counter[str]:
    """How often each normalised line text occurs in the page's head: every line above
    the body and the first `_COPY_WINDOW` lines of it."""
    return Counter(normalise(line.text) for line in lines[: body + _COPY_WINDOW])


@dataclass(frozen=True)
class TitleScorer(LinearModel):
    """Logistic scores of 'this candidate is the headline'."""

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> TitleScorer:
        return cls.read(path)

    def probability(self, features: list[str]) -> float:
        return self.score(features)

    def pick(self, lines: list[Line], labels: list[LineMatch], config: SplitConfig) -> int | None:
        """The most likely headline's index, or None when no candidate clears the
        threshold (or the page has no body to find it above)."""
        body = find_body(lines, labels, config)
        if body is None:
            return None
        candidates = title_candidates(lines, labels, body)
        if not candidates:
            return None
        texts = page_texts(lines, body)
        scores = [
            self.probability(candidate_features(lines, candidates, k, body, texts))
            for k in range(len(candidates))
        ]
        best = max(range(len(candidates)), key=scores.__getitem__)
        if scores[best] < self.threshold:
            return None
        # The headline's first copy is the title; later ones are repeats of it.
        chosen = normalise(lines[candidates[best]].text)
        return next(i for i in candidates if normalise(lines[i].text) == chosen)


@lru_cache(maxsize=1)
def default_title_scorer() -> TitleScorer | None:
    """The shipped title scorer, read once; None when its weights file is absent."""
    if not WEIGHTS_PATH.exists():
        return None
    return TitleScorer.load()
