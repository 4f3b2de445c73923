"""Dev-set evaluation: each dataset scored in its own native label set.

Predictions are mapped onto the dataset's labels (e.g. our `corrects` and `disputes`
are both RumourEval `deny` and FNC `disagree`), so numbers compare with published ones.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from stance.model import Pair, StanceCrossEncoder
from training.adapters import Example

RUMOUREVAL = {
    "supports": "support",
    "disputes": "deny",
    "corrects": "deny",
    "queries": "query",
    "neutral": "comment",
    "unrelated": "comment",
}
FNC = {
    "supports": "agree",
    "disputes": "disagree",
    "corrects": "disagree",
    "queries": "discuss",
    "neutral": "discuss",
    "unrelated": "unrelated",
}
GENERIC = {
    "supports": "supports",
    "disputes": "disputes",
    "corrects": "disputes",
    "queries": "neutral",
    "neutral": "neutral",
    "unrelated": "neutral",
}
NATIVE_MAPS = {
    "rumoureval2019": RUMOUREVAL,
    "rumoureval2019_all": RUMOUREVAL,
    "fnc1": FNC,
    "arc": FNC,
}


def native_map(dataset: str) -> dict[str, str]:
    return NATIVE_MAPS.get(dataset, GENERIC)


def compute_metrics(
    preds: Sequence[str], golds: Sequence[str], labels: Sequence[str] | None = None
) -> dict:
    """Accuracy, macro-F1, per-class F1 and confusion matrix (rows gold, columns predicted)."""
    labels = list(labels) if labels is not None else sorted(set(golds) | set(preds))
    index = {label: i for i, label in enumerate(labels)}
    confusion = [[0] * len(labels) for _ in labels]
    for p, g in zip(preds, golds, strict=True):
        confusion[index[g]][index[p]] += 1
    f1 = {}
    for i, label in enumerate(labels):
        tp = confusion[i][i]
        fp = sum(confusion[r][i] for r in range(len(labels))) - tp
        fn = sum(confusion[i]) - tp
        f1[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    n = max(len(golds), 1)
    return {
        "n": len(golds),
        "accuracy": sum(confusion[i][i] for i in range(len(labels))) / n,
        "macro_f1": sum(f1.values()) / len(labels),
        "f1": f1,
        "labels": labels,
        "confusion": confusion,
    }


def fnc_score(preds: Sequence[str], golds: Sequence[str]) -> float:
    """FNC-1's weighted score relative to the best possible (0.25 related-ness, +0.75 stance)."""
    score = best = 0.0
    for p, g in zip(preds, golds, strict=True):
        best += 0.25 + (0.75 if g != "unrelated" else 0.0)
        if (p == "unrelated") == (g == "unrelated"):
            score += 0.25
        if g != "unrelated" and p == g:
            score += 0.75
    return score / best if best else 0.0


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = 15
) -> tuple[float, list[dict]]:
    """ECE with equal-width bins; also returns the bins for a reliability plot."""
    table = []
    total = len(confidences)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidences) if lo < c <= hi or (b == 0 and c == 0)]
        if not idx:
            continue
        conf = sum(confidences[i] for i in idx) / len(idx)
        acc = sum(correct[i] for i in idx) / len(idx)
        ece += len(idx) / total * abs(acc - conf)
        table.append({"lo": lo, "hi": hi, "n": len(idx), "confidence": conf, "accuracy": acc})
    return ece, table


def calibrate_temperature(
    encoder: StanceCrossEncoder, examples: Sequence[Example], max_rows: int = 4000
) -> float:
    """Fit one softmax temperature on dev pairs by minimising negative log-likelihood."""
    import torch

    rows = list(examples)[:max_rows]
    if not rows:
        return 1.0
    logits = encoder.logits([Pair(ex.target, ex.text, ex.context, ex.genre) for ex in rows])
    label2id = encoder.label2id
    gold = torch.tensor([label2id[ex.label] for ex in rows])
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=100)

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(logits / log_t.exp(), gold)
        loss.backward()
        return loss

    opt.step(closure)
    t = float(log_t.detach().exp())
    return t if math.isfinite(t) and 0.05 < t < 20 else 1.0


def predict_native(
    encoder: StanceCrossEncoder,
    dataset: str,
    examples: Sequence[Example],
    batch_size: int | None = None,
):
    """Native-label predictions, the probability of each, and the gold labels."""
    probs = encoder.probabilities(
        [Pair(ex.target, ex.text, ex.context, ex.genre) for ex in examples], batch_size
    ).tolist()
    mapping = native_map(dataset)
    preds, confs = [], []
    for row in probs:
        native: dict[str, float] = {}
        for i, p in enumerate(row):
            key = mapping[encoder.id2label[i]]
            native[key] = native.get(key, 0.0) + p
        best = max(native, key=native.get)
        preds.append(best)
        confs.append(native[best])
    golds = [ex.native if dataset in NATIVE_MAPS else GENERIC[ex.label] for ex in examples]
    return preds, confs, golds


def evaluate_dataset(
    encoder: StanceCrossEncoder,
    dataset: str,
    examples: Sequence[Example],
    batch_size: int | None = None,
) -> dict:
    preds, confs, golds = predict_native(encoder, dataset, examples, batch_size)
    labels = (
        sorted(set(native_map(dataset).values()) | set(golds))
        if dataset in NATIVE_MAPS
        else sorted(set(GENERIC.values()) & (set(golds) | set(preds)) | set(golds))
    )
    m = compute_metrics(preds, golds, labels)
    m["ece"], m["reliability"] = expected_calibration_error(
        confs, [p == g for p, g in zip(preds, golds, strict=True)]
    )
    if dataset in ("fnc1", "arc"):
        m["fnc_score"] = fnc_score(preds, golds)
    return m


def evaluate_model(
    encoder: StanceCrossEncoder, dev_sets: dict[str, list[Example]], batch_size: int | None = None
) -> dict:
    """Metrics for every dev set, keyed by dataset name."""
    return {
        name: evaluate_dataset(encoder, name, rows, batch_size)
        for name, rows in dev_sets.items()
        if rows
    }
