"""Check-worthy claims of a thread: what replies can support, dispute, correct or query.

Claims come from the article (title and body) and from replies (for later replies).
A claim is a declarative sentence that asserts something checkable; questions, short
exclamations and first-person opinions are left out. News pages repeat the same claim
in title, standfirst, body and captions, so near-duplicates are merged.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stance.spans import find_spans
from stance.text import content_words, split_sentences
from stance.thread import Thread

# Thresholds, each with its reason:
MIN_CLAIM_WORDS = 5  # "Of course, he said." asserts nothing checkable
MAX_CLAIM_WORDS = 60  # longer "sentences" are splitter accidents (lists, run-ons)
DUPLICATE_OVERLAP = 0.6  # Jaccard of content words: title vs standfirst repeats reach 0.6+
DUPLICATE_CONTAINMENT = 0.85  # a headline whose words all recur in a body sentence
# A claim sharing no words with the reply keeps this much weight: the model may still
# see a paraphrase the word overlap misses.
PRIOR_FLOOR = 0.25
MAX_ARTICLE_CLAIMS = 60  # bounds work on very long articles; the lead carries most claims

OPINION_OPENERS = re.compile(
    r"^(i think|i believe|i feel|in my opinion|imo|imho|i guess|i hope|i wish|i love|i hate|"
    r"lol|lmao|wow|thanks|thank you|please|let's|let us)\b",
    re.I,
)
ASSERTION_VERBS = re.compile(
    r"\b(is|are|was|were|has|have|had|will|did|does|do|said|says|say|show|shows|showed|"
    r"reveal|reveals|revealed|claim|claims|killed|shot|took|died|found|confirm|confirms|"
    r"confirmed|agreed|handed|trade|traded|attack|attacked|\w+ed)\b",
    re.I,
)


@dataclass(frozen=True)
class Claim:
    """A target for judgements. `id` is 'a3' (article) or 'r2.1' (reply 2's first claim)."""

    id: str
    text: str
    origin: str
    reply: int | None = None


def _clean(sentence: str) -> str:
    return " ".join(sentence.replace("**", "").split()).strip(" :;-–—")


def is_check_worthy(sentence: str) -> bool:
    """Declarative, long enough, not an opinion opener, with an assertion verb."""
    words = sentence.split()
    if not MIN_CLAIM_WORDS <= len(words) <= MAX_CLAIM_WORDS:
        return False
    if sentence.rstrip("”\"' ").endswith("?") or OPINION_OPENERS.match(sentence):
        return False
    return bool(ASSERTION_VERBS.search(sentence)) or bool(find_spans(sentence))


def claim_sentences(text: str) -> list[str]:
    """Check-worthy sentences of a text; line breaks inside a paragraph are joined first."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        for sentence in split_sentences(" ".join(para.split())):
            sentence = _clean(sentence)
            if is_check_worthy(sentence):
                out.append(sentence)
    return out


def _duplicate_of(words: set[str], seen: Sequence[set[str]]) -> int | None:
    """Index of an earlier claim this one repeats (by Jaccard or containment), else None."""
    for i, other in enumerate(seen):
        shared = len(words & other)
        if shared / len(words | other) >= DUPLICATE_OVERLAP:
            return i
        if shared / min(len(words), len(other)) >= DUPLICATE_CONTAINMENT:
            return i
    return None


def extract_claims(thread: Thread) -> list[Claim]:
    """Article claims (title first, duplicates merged), then each reply's claims."""
    claims: list[Claim] = []
    seen: list[set[str]] = []
    article_sentences = []
    if thread.title:
        article_sentences.append(_clean(thread.title))
    for para in thread.article.paragraphs:
        article_sentences.extend(claim_sentences(para))
    for sentence in article_sentences:
        words = content_words(sentence)
        if not words:
            continue
        dup = _duplicate_of(words, seen)
        if dup is not None:
            # Keep the fuller wording of a repeated claim under the first id.
            if len(sentence) > len(claims[dup].text):
                claims[dup] = Claim(claims[dup].id, sentence, "article")
                seen[dup] = words
            continue
        if len(claims) >= MAX_ARTICLE_CLAIMS:
            break
        seen.append(words)
        claims.append(Claim(f"a{len(claims) + 1}", sentence, "article"))
    for reply in thread.replies:
        for n, sentence in enumerate(claim_sentences(reply.text), start=1):
            claims.append(Claim(f"r{reply.index}.{n}", sentence, "reply", reply.index))
    return claims


class ClaimIndex:
    """Lexical shortlist of claims for a reply: IDF-weighted content-word overlap.

    Built once per thread. IDF is computed over the thread's own claims, so words every
    claim shares (the story's main names) count less than the words that tell claims
    apart ("fighter jet" vs "airliner").
    """

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = list(claims)
        self._words = [content_words(c.text) for c in self.claims]
        df = Counter(w for ws in self._words for w in ws)
        n = max(len(self.claims), 1)
        self._idf = {w: math.log(1 + n / d) for w, d in df.items()}

    def shortlist(
        self, text: str, before_reply: int | None, k: int, must: Iterable[str] = ()
    ) -> list[Claim]:
        """Top-k claims for `text` among article claims and replies before `before_reply`.

        Claims listed in `must` (e.g. the parent post's) are always included.
        """
        return [c for c, _ in self.shortlist_scored(text, before_reply, k, must)]

    def shortlist_scored(
        self, text: str, before_reply: int | None, k: int, must: Iterable[str] = ()
    ) -> list[tuple[Claim, float]]:
        """`shortlist` with each claim's prior in (0, 1]: its overlap relative to the best.

        The prior lets the labeller prefer, among equally strong judgements, the claim the
        reply is closest to (a paraphrase over a loosely related claim).
        """
        words = content_words(text)
        must = set(must)
        scored = []
        for claim, cw in zip(self.claims, self._words, strict=True):
            if claim.reply is not None and before_reply is not None and claim.reply >= before_reply:
                continue
            shared = words & cw
            score = sum(self._idf.get(w, 0.0) for w in shared) / math.sqrt(len(cw) + 1)
            scored.append((claim.id in must, score, claim))
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        top = scored[:k]
        best = max((score for _, score, _ in top), default=0.0)
        return [
            (c, 1.0 if is_must or best <= 0 else PRIOR_FLOOR + (1 - PRIOR_FLOOR) * score / best)
            for is_must, score, c in top
        ]
