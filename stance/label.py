"""Label a split thread: claims, each reply's target, stance, evidence and correction.

For each reply: shortlist candidate claims (article claims and earlier replies' claims,
the parent's always included), judge reply x candidate with the cross-encoder (parent
post as context), keep the strongest judgement, judge the reply against the article as
a whole (`article_stance`, the RumourEval notion), find the evidence sentence, and for a
correction name the wrong part and the replacement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from stance.claims import Claim, ClaimIndex, extract_claims
from stance.correction import (
    Correction,
    align_correction,
    corrects_something_else,
    has_explicit_correction,
)
from stance.labels import LABELS
from stance.model import Pair, PairPrediction, StanceCrossEncoder
from stance.text import content_words, overlap_score, split_sentences
from stance.thread import Reply, Thread

SCHEMA_VERSION = 1


@dataclass
class LabelConfig:
    candidates: int = field(default=4, metadata={"help": "Claims judged per reply."})
    top_judgements: int = field(default=3, metadata={"help": "Judgements listed per reply."})
    chunk_replies: int = field(
        default=64, metadata={"help": "Replies per model batch (bounds memory)."}
    )
    sentence_targets: int = field(
        default=2, metadata={"help": "Targets a neutral long reply's sentences are judged on."}
    )
    sentence_max: int = field(default=6, metadata={"help": "Sentences judged per such reply."})
    sentence_min_probability: float = field(
        default=0.6, metadata={"help": "A sentence's stance must reach this to count."}
    )
    article_lead_sentences: int = field(
        default=2, metadata={"help": "Article sentences joined to the title as the article target."}
    )


# A stance other than neutral is taken when its probability reaches this share of
# neutral's: replies that lean toward a stance without stating it outright (003's
# "Perhaps in a way ...") would otherwise all come out neutral.
NEUTRAL_MARGIN = 0.8


@dataclass
class Judgement:
    """One reply x claim judgement, settled: `label` and `correction` obey SPEC's rule that
    a `corrects` names the wrong part and the replacement."""

    claim: Claim
    prediction: PairPrediction
    prior: float = 1.0
    label: str = "neutral"
    correction: Correction | None = None

    def strength(self) -> float:
        """How much of a stance (any but neutral) this judgement carries, times its prior."""
        if self.label == "neutral":
            return 0.0
        return stance_probability(self.prediction, self.label) * self.prior


def stance_probability(pred: PairPrediction, label: str) -> float:
    """A correction is a dispute that names a replacement: both count toward either."""
    s = pred.scores
    return s["disputes"] + s["corrects"] if label in ("disputes", "corrects") else s[label]


def settle(
    pred: PairPrediction, reply_text: str, target_text: str
) -> tuple[str, Correction | None]:
    """The judgement's label after the correction rules.

    - the strongest non-neutral label wins if it reaches NEUTRAL_MARGIN of neutral;
    - `corrects` needs a nameable wrong part and replacement; without one it is
      `disputes`, or `neutral` when the reply negates something the target never says;
    - `disputes` that explicitly negates part of the target and names a replacement is
      `corrects`.
    """
    scores = pred.scores
    label = max((lab for lab in LABELS if lab != "neutral"), key=lambda lab: scores[lab])
    if scores[label] < NEUTRAL_MARGIN * scores["neutral"]:
        return "neutral", None
    if label == "corrects":
        found = align_correction(reply_text, target_text)
        if found:
            return "corrects", found
        if corrects_something_else(reply_text, target_text):
            return "neutral", None
        return "disputes", None
    if label == "disputes":
        explicit = has_explicit_correction(reply_text, target_text)
        if explicit:
            return "corrects", explicit
    return label, None


@dataclass
class ReplyLabel:
    reply: Reply
    stance: str
    confidence: float
    target: Claim | None
    evidence: str
    correction: Correction | None
    article_stance: str
    judgements: list[Judgement]


@dataclass
class LabelledThread:
    thread: Thread
    claims: list[Claim]
    replies: list[ReplyLabel]
    model_name: str
    model_sha256: str


@dataclass
class _ThreadContext:
    """What each reply of one thread is judged against; built once per thread."""

    claims: list[Claim]
    index: ClaimIndex
    by_reply: dict[int, list[Claim]]
    replies_by_index: dict[int, Reply]
    article_target: str


def _article_target(thread: Thread, claims: Sequence[Claim], lead: int) -> str:
    parts = [thread.title] if thread.title else []
    parts += [c.text for c in claims if c.origin == "article" and c.text != thread.title][:lead]
    return " ".join(parts) or thread.article.text[:500]


def _choose(judgements: list[Judgement]) -> Judgement | None:
    """The strongest settled stance; if all are neutral, the most related claim."""
    if not judgements:
        return None
    best = max(judgements, key=Judgement.strength)
    if best.strength() > 0:
        return best
    return max(judgements, key=lambda j: j.prediction.related * j.prior)


class Labeller:
    """Labels threads with one loaded model; reuse it across threads in a batch."""

    def __init__(self, model: StanceCrossEncoder, config: LabelConfig | None = None) -> None:
        self.model = model
        self.config = config or LabelConfig()

    def label(
        self, thread: Thread, progress: Callable[[int, int], None] | None = None
    ) -> LabelledThread:
        """Label every reply of a thread (a thread without replies gives claims only)."""
        ctx = self._prepare(thread)
        out = self._label_work([(r, ctx) for r in thread.replies], progress)
        return LabelledThread(thread, ctx.claims, out, self.model.name, self.model.sha256())

    def label_many(self, threads: Sequence[Thread]) -> list[LabelledThread]:
        """Label several threads, sharing model calls between them.

        Short threads (a tweet and a dozen replies) would each make a small, padding-heavy
        `predict` call; pooling their replies into chunks of `chunk_replies` keeps batches
        full. Each thread's result is what `label` gives it, up to float rounding.

        Args:
            threads: Split threads, in the order results are wanted.

        Returns:
            One `LabelledThread` per input thread, in input order.
        """
        contexts = [self._prepare(t) for t in threads]
        pairs_of = zip(threads, contexts, strict=True)
        work = [(reply, ctx) for t, ctx in pairs_of for reply in t.replies]
        labels = self._label_work(work)
        out, pos = [], 0
        name, sha = self.model.name, self.model.sha256()
        for t, ctx in zip(threads, contexts, strict=True):
            out.append(LabelledThread(t, ctx.claims, labels[pos : pos + len(t.replies)], name, sha))
            pos += len(t.replies)
        return out

    def _label_work(
        self,
        work: Sequence[tuple[Reply, _ThreadContext]],
        progress: Callable[[int, int], None] | None = None,
    ) -> list[ReplyLabel]:
        """Label replies `chunk_replies` at a time, so memory stays bounded on long threads."""
        out: list[ReplyLabel] = []
        chunk = self.config.chunk_replies
        for start in range(0, len(work), chunk):
            out.extend(self._label_chunk(work[start : start + chunk]))
            if progress:
                progress(len(out), len(work))
        return out

    def _prepare(self, thread: Thread) -> _ThreadContext:
        claims = extract_claims(thread)
        by_reply: dict[int, list[Claim]] = {}
        for c in claims:
            if c.reply is not None:
                by_reply.setdefault(c.reply, []).append(c)
        return _ThreadContext(
            claims=claims,
            index=ClaimIndex(claims),
            by_reply=by_reply,
            replies_by_index={r.index: r for r in thread.replies},
            article_target=_article_target(thread, claims, self.config.article_lead_sentences),
        )

    def _label_chunk(self, work: Sequence[tuple[Reply, _ThreadContext]]) -> list[ReplyLabel]:
        """One `predict` call for all pairs of the given replies, which may span threads."""
        pairs: list[Pair] = []
        plan: list[tuple[Reply, list[tuple[Claim, float]], int]] = []
        for reply, ctx in work:
            offset = len(pairs)
            plan.append((reply, self._add_pairs(reply, ctx, pairs), offset))
        preds = self.model.predict(pairs) if pairs else []
        labels = [
            self._reply_label(reply, candidates, preds, offset, ctx.article_target)
            for (reply, candidates, offset), (_, ctx) in zip(plan, work, strict=True)
        ]
        self._sentence_pass(labels)
        return labels

    def _sentence_pass(self, labels: list[ReplyLabel]) -> None:
        """Give a neutral-reading long reply the stance of its most stance-bearing sentence.

        A reply that hedges, digresses and then agrees in one sentence reads neutral as a
        whole; judging its sentences against its two most likely targets finds the
        stance (supports, disputes or corrects). One extra `predict` call per chunk, only
        for such replies.
        """
        cfg = self.config
        jobs: list[tuple[ReplyLabel, Judgement, str]] = []
        for rl in labels:
            if rl.stance != "neutral" or not rl.judgements:
                continue
            sentences = split_sentences(" ".join(rl.reply.text.split()))
            if len(sentences) < 2:
                continue
            ranked = sorted(
                rl.judgements, key=lambda j: j.prediction.related * j.prior, reverse=True
            )
            for judgement in ranked[: cfg.sentence_targets]:
                jobs += [(rl, judgement, s) for s in sentences[: cfg.sentence_max]]
        if not jobs:
            return
        preds = self.model.predict([Pair(j.claim.text, s) for _, j, s in jobs])
        best: dict[int, tuple[float, str, Judgement, str, Correction | None]] = {}
        for (rl, judgement, sentence), pred in zip(jobs, preds, strict=True):
            label, correction = settle(pred, sentence, judgement.claim.text)
            if label in ("neutral", "queries"):
                # A question inside a longer reply is mostly rhetorical; queries are
                # taken from whole replies only.
                continue
            p = stance_probability(pred, label)
            if p >= cfg.sentence_min_probability and p > best.get(id(rl), (0.0,))[0]:
                best[id(rl)] = (p, label, judgement, sentence, correction)
        for rl in labels:
            if id(rl) in best:
                p, label, judgement, sentence, correction = best[id(rl)]
                rl.stance, rl.confidence, rl.target = label, p, judgement.claim
                rl.evidence, rl.correction = sentence, correction
                if judgement.claim.origin == "article":
                    rl.article_stance = label

    def _add_pairs(
        self, reply: Reply, ctx: _ThreadContext, pairs: list[Pair]
    ) -> list[tuple[Claim, float]]:
        """Append the reply's candidate-claim pairs and its article pair; return candidates."""
        parent = ctx.replies_by_index.get(reply.parent) if reply.parent else None
        context = parent.text if parent else (reply.quoted or None)
        must = [c.id for c in ctx.by_reply.get(reply.parent, [])] if reply.parent else []
        candidates = ctx.index.shortlist_scored(
            reply.text, reply.index, self.config.candidates, must
        )
        pairs.extend(Pair(c.text, reply.text, context) for c, _ in candidates)
        pairs.append(Pair(ctx.article_target, reply.text, context))
        return candidates

    def _reply_label(
        self,
        reply: Reply,
        candidates: list[tuple[Claim, float]],
        preds: Sequence[PairPrediction],
        offset: int,
        article_target: str,
    ) -> ReplyLabel:
        """Turn a reply's predictions (from `offset` in `preds`) into its label."""
        judgements = []
        for i, (claim, prior) in enumerate(candidates):
            pred = preds[offset + i]
            label, correction = settle(pred, reply.text, claim.text)
            judgements.append(Judgement(claim, pred, prior, label, correction))
        article_pred = preds[offset + len(candidates)]
        article_label, _ = settle(article_pred, reply.text, article_target)
        best = _choose(judgements)
        if best is None:
            stance, confidence = article_label, stance_probability(article_pred, article_label)
        else:
            stance = best.label
            confidence = stance_probability(best.prediction, stance)
            if best.claim.origin == "article" and stance != "neutral":
                # A stance toward one of the article's claims is a stance toward the article.
                article_label = stance
        judgements.sort(key=Judgement.strength, reverse=True)
        target = best.claim if best else None
        correction = best.correction if best else None
        return ReplyLabel(
            reply,
            stance,
            confidence,
            target,
            evidence_sentence(reply.text, stance, target, correction),
            correction,
            article_label,
            judgements[: self.config.top_judgements],
        )


def evidence_sentence(
    text: str, label: str, target: Claim | None, correction: Correction | None
) -> str:
    """The reply sentence that carries the stance, chosen without another model pass.

    A correction's evidence is the sentence naming the replacement; a query's is its
    first question; otherwise the sentence sharing most content words with the target.
    """
    sentences = split_sentences(" ".join(text.split())) or [text.strip()]
    if correction is not None:
        right = correction.right.split("; ")[0]
        wrong = correction.wrong.split("; ")[0]
        for sentence in sentences:
            if right in sentence and wrong in sentence:
                return sentence
        for sentence in sentences:
            if right in sentence:
                return sentence
    if label == "queries":
        for sentence in sentences:
            if sentence.rstrip("”\"' )").endswith("?"):
                return sentence
    if target is None or len(sentences) == 1:
        return sentences[0]
    target_words = content_words(target.text)
    return max(sentences, key=lambda s: (overlap_score(target_words, s), -sentences.index(s)))


def to_schema(result: LabelledThread) -> dict:
    """The `stance label --format json` document, schema 1 (SPEC.md)."""
    t = result.thread
    return {
        "schema": SCHEMA_VERSION,
        "source": t.source,
        "title": t.title,
        "article": {"text": t.article.text, "paragraphs": list(t.article.paragraphs)},
        "boilerplate": [{"kind": b.kind, "text": b.text} for b in t.boilerplate],
        "claims": [
            {"id": c.id, "text": c.text, "origin": c.origin, "reply": c.reply}
            for c in result.claims
        ],
        "replies": [
            {
                "index": r.reply.index,
                "author": r.reply.author,
                "text": r.reply.text,
                "stance": r.stance,
                "confidence": round(r.confidence, 4),
                "target": {"claim": r.target.id, "text": r.target.text} if r.target else None,
                "evidence": r.evidence,
                "correction": {"wrong": r.correction.wrong, "right": r.correction.right}
                if r.correction
                else None,
                "article_stance": r.article_stance,
                "judgements": [
                    {
                        "claim": j.claim.id,
                        "label": j.label,
                        "scores": {k: round(v, 4) for k, v in j.prediction.scores.items()},
                    }
                    for j in r.judgements
                ],
            }
            for r in result.replies
        ],
        "model": {"name": result.model_name, "sha256": result.model_sha256},
    }
