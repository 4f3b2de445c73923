"""Build the training mix and dev sets from a `DataConfig`."""

from __future__ import annotations

import logging
import random
from collections import Counter

from stance.config import DataConfig
from training.adapters import ADAPTERS, Example, load_examples, sample_per_label
from training.constructed import (
    deny_fix_examples,
    nli_swap_examples,
    relabel,
    swap_examples,
    unrelated_pairs,
)

log = logging.getLogger(__name__)


def _constructed(base: dict[str, list[Example]], settings: dict, seed: int) -> list[Example]:
    rng = random.Random(seed)
    claims = sorted(
        {
            ex.target
            for name in ("fnc1", "climate_fever", "rumoureval2019", "healthver")
            for ex in base.get(name, [])
        }
    )
    out = swap_examples(claims, rng, int(settings.get("swaps", 3000)))
    everything = [ex for _, rows in sorted(base.items()) for ex in rows]
    out += unrelated_pairs(everything, rng, int(settings.get("unrelated", 1500)))
    return out


def build_training_set(cfg: DataConfig, seed: int) -> list[Example]:
    """The mixed, shuffled training set: per-dataset caps and repeats from the config.

    NLI contradictions that are single substitutions and RumourEval denials that state a
    replacement are relabelled `corrects` before mixing (see training/constructed.py).
    """
    base: dict[str, list[Example]] = {}
    for name in cfg.sources:
        if name in ADAPTERS:
            base[name] = load_examples(name, cfg.data_dir, "train", cfg.dev_share)
    if "nli" in base:
        base["nli"] = relabel(base["nli"], nli_swap_examples(base["nli"]))
    if "rumoureval2019" in base:
        base["rumoureval2019"] = relabel(
            base["rumoureval2019"], deny_fix_examples(base["rumoureval2019"])
        )
    if "constructed" in cfg.sources:
        base["constructed"] = _constructed(base, cfg.sources["constructed"], seed)
    mixed: list[Example] = []
    for name, settings in cfg.sources.items():
        settings = settings or {}
        rows = sample_per_label(base[name], settings.get("per_label_max"), seed)
        repeat = int(settings.get("repeat", 1))
        per_label_repeat = settings.get("per_label_repeat", {}) or {}
        for ex in rows:
            mixed.extend([ex] * max(repeat, int(per_label_repeat.get(ex.label, repeat))))
        log.info("%-20s %6d rows %s", name, len(rows), dict(Counter(ex.label for ex in rows)))
    random.Random(seed).shuffle(mixed)
    if cfg.max_train_samples:
        mixed = mixed[: cfg.max_train_samples]
    log.info("training set: %d rows %s", len(mixed), dict(Counter(ex.label for ex in mixed)))
    return mixed


def build_dev_sets(cfg: DataConfig, names: list[str], seed: int) -> dict[str, list[Example]]:
    """Dev examples per dataset (capped by `max_eval_samples`, seeded)."""
    out = {}
    for name in names:
        rows = load_examples(name, cfg.data_dir, "dev", cfg.dev_share)
        if cfg.max_eval_samples and len(rows) > cfg.max_eval_samples:
            rows = random.Random(seed).sample(rows, cfg.max_eval_samples)
        out[name] = rows
    return out
