"""Sentence splitting and relevance windows: how long texts meet a fixed-length encoder.

A MiniLM cross-encoder sees at most a few hundred tokens. Cutting a long news body or
Reddit reply at that length throws away whatever stance-bearing sentence comes later,
so long texts are reduced to the sentences that share most words with the target,
kept in their original order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9@#])|\n+")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# Function words carry no topic; leaving them out keeps overlap scores about content.
STOP_WORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been
    being it its this that these those there their they them he she his her i you we our
    your my me us not no so do does did have has had will would can could should may might
    just than then too very also about into over after before what which who whom whose
    how why when where all any some more most such only own same other""".split()
)


def split_sentences(text: str) -> list[str]:
    """Split text into sentences on end punctuation followed by a capital, and on newlines."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if p]


def content_words(text: str) -> set[str]:
    """Lower-cased words minus stop words: the unit of topical overlap."""
    return {w.lower() for w in _WORD.findall(text)} - STOP_WORDS


def overlap_score(target_words: set[str], sentence: str) -> float:
    """Share of the sentence's content words that also occur in the target."""
    words = content_words(sentence)
    if not words:
        return 0.0
    return len(words & target_words) / (len(words) ** 0.5)


def relevant_window(
    target: str, sentences: Sequence[str], lengths: Sequence[int], budget: int
) -> list[int]:
    """Pick the sentences most about `target` that fit in `budget` tokens.

    Args:
        target: the claim the text is judged against.
        sentences: the text's sentences in order.
        lengths: token count of each sentence.
        budget: tokens available for the text.

    Returns:
        Indices of the chosen sentences in original order. The first sentence is always
        a candidate on equal terms; ties go to earlier sentences, because news leads and
        reply openings carry the stance most often.
    """
    return relevant_windows(target, sentences, lengths, budget, 1)[0]


def relevant_windows(
    target: str, sentences: Sequence[str], lengths: Sequence[int], budget: int, count: int
) -> list[list[int]]:
    """Cover a long text with up to `count` windows of `budget` tokens, most relevant first.

    The first window is what `relevant_window` picks; each next one is picked the same
    way from the sentences not yet used, so a stance stated late in a long news body
    (the refuting sentence in paragraph six) is still read. A sentence longer than the
    budget gets a window of its own (the encoder truncates it).
    """
    target_words = content_words(target)
    left = sorted(
        range(len(sentences)),
        key=lambda i: (-overlap_score(target_words, sentences[i]), i),
    )
    windows: list[list[int]] = []
    while left and len(windows) < count:
        chosen: list[int] = []
        used = 0
        for i in left:
            if used + lengths[i] <= budget:
                chosen.append(i)
                used += lengths[i]
        if not chosen:
            chosen = [left[0]]
        taken = set(chosen)
        left = [i for i in left if i not in taken]
        windows.append(sorted(chosen))
    return windows or [[]]
