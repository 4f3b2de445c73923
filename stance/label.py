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
from stance.correction import Correction, align_correction, has_explicit_correction
from stance.labels import LABELS
from stance.model import Pair, PairPrediction, StanceCrossEncoder
from stance.text import content_words, overlap_score, split_sentences
from stance.thread import Reply, Thread

SCHEMA_VERSION = 1


@dataclass
class LabelConfig:
    candidates: int = field(default=4, metadata={"help": "Claims judged per reply."})
    top_judgements: int = field(default=3, metadata={"help": "Judgements listed per reply."})
    chunk_replies: int = field(default=64, metadata={"help": "Replies per model batch (bounds memory)."})
    article_lead_sentences: int = field(
        default=2, metadata={"help": "Article sentences joined to the title as the article target."}
    )


@dataclass
class Judgement:
    claim: Claim
    prediction: PairPrediction

    @property
    def label(self) -> str:
        return self.prediction.label

    def strength(self) -> float:
        """How much of a stance (any but neutral) this judgement carries."""
        s = self.prediction.scores
        return max(s[label] for label in LABELS if label != "neutral")


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


def _choose(judgements: list[Judgement]) -> tuple[str, Judgement | None]:
    """The strongest stance over candidates; neutral with the most related target if none."""
    if not judgements:
        return "neutral", None
    best = max(judgements, key=Judgement.strength)
    scores = best.prediction.scores
    label = max((lab for lab in LABELS if lab != "neutral"), key=lambda lab: scores[lab])
    if scores[label] >= scores["neutral"]:
        return label, best
    return "neutral", max(judgements, key=lambda j: j.prediction.related)


def _settle_correction(label: str, reply_text: str, target: Claim | None) -> tuple[str, Correction | None]:
    """A `corrects` judgement must name wrong and right parts; a dispute that does is one."""
    if target is None:
        return label, None
    if label == "corrects":
        found = align_correction(reply_text, target.text)
        return ("corrects", found) if found else ("disputes", None)
    if label == "disputes" and has_explicit_correction(reply_text, target.text):
        return "corrects", align_correction(reply_text, target.text)
    return label, None


class Labeller:
    """Labels threads with one loaded model; reuse it across threads in a batch."""

    def __init__(self, model: StanceCrossEncoder, config: LabelConfig | None = None) -> None:
        self.model = model
        self.config = config or LabelConfig()

    def label(self, thread: Thread, progress: Callable[[int, int], None] | None = None) -> LabelledThread:
        """Label every reply of a thread (a thread without replies gives claims only)."""
        ctx = self._prepare(thread)
        out: list[ReplyLabel] = []
        chunk = self.config.chunk_replies
        for start in range(0, len(thread.replies), chunk):
            out.extend(self._label_chunk([(r, ctx) for r in thread.replies[start : start + chunk]]))
            if progress:
                progress(len(out), len(thread.replies))
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
        labels: list[ReplyLabel] = []
        chunk = self.config.chunk_replies
        for start in range(0, len(work), chunk):
            labels.extend(self._label_chunk(work[start : start + chunk]))
        out, pos = [], 0
        name, sha = self.model.name, self.model.sha256()
        for t, ctx in zip(threads, contexts, strict=True):
            out.append(LabelledThread(t, ctx.claims, labels[pos : pos + len(t.replies)], name, sha))
            pos += len(t.replies)
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
        plan: list[tuple[Reply, list[Claim], int]] = []
        for reply, ctx in work:
            offset = len(pairs)
            plan.append((reply, self._add_pairs(reply, ctx, pairs), offset))
        preds = self.model.predict(pairs) if pairs else []
        return [
            self._reply_label(reply, candidates, preds, offset)
            for reply, candidates, offset in plan
        ]

    def _add_pairs(self, reply: Reply, ctx: _ThreadContext, pairs: list[Pair]) -> list[Claim]:
        """Append the reply's candidate-claim pairs and its article pair; return the candidates."""
        parent = ctx.replies_by_index.get(reply.parent) if reply.parent else None
        context = parent.text if parent else (reply.quoted or None)
        must = [c.id for c in ctx.by_reply.get(reply.parent, [])] if reply.parent else []
        candidates = ctx.index.shortlist(reply.text, reply.index, self.config.candidates, must)
        pairs.extend(Pair(c.text, reply.text, context) for c in candidates)
        pairs.append(Pair(ctx.article_target, reply.text, context))
        return candidates

    def _reply_label(
        self, reply: Reply, candidates: list[Claim], preds: Sequence[PairPrediction], offset: int
    ) -> ReplyLabel:
        """Turn a reply's predictions (from `offset` in `preds`) into its label."""
        judgements = [Judgement(c, preds[offset + i]) for i, c in enumerate(candidates)]
        article_pred = preds[offset + len(candidates)]
        label, best = _choose(judgements)
        target = best.claim if best else None
        label, correction = _settle_correction(label, reply.text, target)
        confidence = (
            best.prediction.scores[label] if best else article_pred.scores[article_pred.label]
        )
        if label == "corrects" and best:
            # A settled correction is a dispute with a named replacement: both count.
            confidence = best.prediction.scores["disputes"] + best.prediction.scores["corrects"]
        judgements.sort(key=Judgement.strength, reverse=True)
        evidence = evidence_sentence(reply.text, label, target, correction)
        return ReplyLabel(
            reply,
            label,
            confidence,
            target,
            evidence,
            correction,
            article_pred.label,
            judgements[: self.config.top_judgements],
        )


def evidence_sentence(text: str, label: str, target: Claim | None, correction: Correction | None) -> str:
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
        "claims": [{"id": c.id, "text": c.text, "origin": c.origin, "reply": c.reply} for c in result.claims],
        "replies": [
            {
                "index": r.reply.index,
                "author": r.reply.author,
                "text": r.reply.text,
                "stance": r.stance,
                "confidence": round(r.confidence, 4),
                "target": {"claim": r.target.id, "text": r.target.text} if r.target else None,
                "evidence": r.evidence,
                "correction": {"wrong": r.correction.wrong, "right": r.correction.right} if r.correction else None,
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
