"""`stance evaluate`: metrics, confusion matrices and reliability plots for each dev set."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from stance.config import RunConfig
from stance.model import StanceCrossEncoder
from stance.plots import confusion_figure, reliability_figure
from training.data import build_dev_sets
from training.evaluate import evaluate_model

log = logging.getLogger(__name__)

# Anchors from the issue: the round's targets on dev splits.
TARGETS = {
    "rumoureval2019_all": {"macro_f1": 0.60},
    "fnc1": {"macro_f1": 0.70, "f1.disagree": 0.50},
}


def summary_markdown(metrics: dict, model: StanceCrossEncoder) -> str:
    """A table a reader can paste into an issue: one row per dataset."""
    lines = [f"# Evaluation of `{model.name}` (sha256 {model.sha256()[:12]})", ""]
    lines += metrics_table(metrics)
    lines += ["", "Targets this round: " + json.dumps(TARGETS)]
    return "\n".join(lines) + "\n"


def metrics_table(metrics: dict) -> list[str]:
    """Markdown rows, one per dataset: used by the evaluation summary and the model card."""
    lines = [
        "| dataset | n | macro-F1 | accuracy | ECE | per-class F1 | extra |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, m in metrics.items():
        per = ", ".join(f"{k} {v:.3f}" for k, v in m["f1"].items())
        extra = f"FNC score {m['fnc_score']:.3f}" if "fnc_score" in m else ""
        lines.append(
            f"| {name} | {m['n']} | {m['macro_f1']:.3f} | {m['accuracy']:.3f} "
            f"| {m['ece']:.3f} | {per} | {extra} |"
        )
    return lines


def run_evaluation(cfg: RunConfig, model_path: Path | None) -> Path:
    """Evaluate a model on the configured dev sets and write the report directory."""
    model = StanceCrossEncoder.load(model_path)
    dev_sets = build_dev_sets(cfg.data, cfg.eval.datasets, cfg.train.seed)
    metrics = evaluate_model(model, dev_sets, cfg.eval.batch_size)
    out = Path(cfg.eval.report_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, m in metrics.items():
        confusion_figure(m["confusion"], m["labels"], f"{name} dev: confusion").savefig(
            out / f"{name}_confusion.png", dpi=110
        )
        reliability_figure(m["reliability"], m["ece"], f"{name} dev").savefig(
            out / f"{name}_reliability.png", dpi=110
        )
        log.info("%s: macro-F1 %.3f (n=%d)", name, m["macro_f1"], m["n"])
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    (out / "README.md").write_text(summary_markdown(metrics, model))
    return out
