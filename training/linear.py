"""What the splitter's three small learned scorers (chrome lines, headlines, reply
blocks) share in training: logistic regression over binary named features exported as a
weight per name (plain JSON, read without scikit-learn at run time), their YAML configs,
and their command line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TypeVar

import yaml

from stance import errors
from training.layouts import LEARNED_SETS

log = logging.getLogger(__name__)
C = TypeVar("C")


@dataclass
class LayoutScorerConfig:
    """The fields every scorer trained on the labelled layouts has; each scorer's config
    adds its own threshold and output and may change the defaults."""

    layouts_dir: str = "tests/layouts"
    train_sets: list[str] = field(default_factory=lambda: list(LEARNED_SETS))
    # Inverse L2 strength of the logistic regression.
    c: float = 0.3
    # A word feature must occur on this many training pages: rarer words name one site.
    min_word_pages: int = 3


def fit_logistic(
    rows: list[list[str]], ys: list[int], c: float, balanced: bool = False
) -> tuple[dict[str, float], float]:
    """(weight per feature name, bias) of an L2 logistic regression with inverse
    strength `c`; weights under 1e-4 are dropped, the rest rounded to 5 places."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(row, 1.0) for row in rows])
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if balanced else None)
    model.fit(x, ys)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return weights, float(model.intercept_[0])


def fit_pages(
    per_page: list[list[tuple[list[str], int]]],
    word_prefixes: tuple[str, ...],
    min_word_pages: int,
    c: float,
    balanced: bool = False,
) -> tuple[dict[str, float], float]:
    """`fit_logistic` over every page's (features, label) examples, after dropping word
    features (names starting with `word_prefixes`) seen on fewer than `min_word_pages`
    pages: a rarer word names one site, and the weights should not memorise sites."""
    word_pages: Counter[str] = Counter()
    for examples in per_page:
        word_pages.update(
            {n for feats, _ in examples for n in feats if n.startswith(word_prefixes)}
        )

    def keep(name: str) -> bool:
        return not name.startswith(word_prefixes) or word_pages[name] >= min_word_pages

    rows = [[n for n in feats if keep(n)] for examples in per_page for feats, _ in examples]
    ys = [y for examples in per_page for _, y in examples]
    return fit_logistic(rows, ys, c, balanced)


def config_from_yaml(cls: type[C], path: Path, overrides: list[str] | None = None) -> C:
    """A dataclass config from the YAML mapping in `path`, then `key=value` overrides
    read as YAML values (so `balanced=false` is a bool). Unknown keys, unreadable files
    and malformed overrides are a `ConfigError`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise errors.bad_config_value(str(path), "file", "", str(exc).splitlines()[0]) from None
    if not isinstance(data, dict):
        raise errors.bad_config_value(str(path), "file", "", "not a mapping of keys")
    for item in overrides or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise errors.bad_config_value("--set", item, "", "expected key=value")
        data[key] = yaml.safe_load(value)
    for key in data:
        if key not in {f.name for f in fields(cls)}:  # type: ignore[arg-type]
            raise errors.unknown_config_key(str(path), key)
    return cls(**data)


def scorer_main(
    argv: list[str] | None,
    *,
    name: str,
    description: str,
    config_cls: type[C],
    train: Callable[[C], Path],
    leave_one_set_out: Callable[[C], list[dict[str, object]]],
    loso_report: Path,
) -> int:
    """The command line both scorer trainers share: `--config FILE`, `--set key=value`,
    and `--loso` (write the leave-one-set-out table to `loso_report`) or train (write
    the weights `train` returns the path of). A bad config is one line and exit 2."""
    parser = argparse.ArgumentParser(prog=f"python -m training.{name}", description=description)
    parser.add_argument("--config", type=Path, default=Path(f"configs/{name}.yaml"))
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out table only")
    parser.add_argument("--set", action="append", default=[], help="override: key=value")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        cfg = config_from_yaml(config_cls, args.config, args.set)
    except errors.ConfigError as exc:
        print(f"{name}: error: {exc}", file=sys.stderr)
        return 2
    if args.loso:
        rows = leave_one_set_out(cfg)
        loso_report.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
        loso_report.write_text(text, encoding="utf-8")
        log.info("-> %s", loso_report)
    else:
        log.info("-> %s", train(cfg))
    return 0


def write_weights(path: Path, about: str, cfg: object, pages: int, scorer: object) -> Path:
    """Write a trained scorer as the JSON its module loads: weights, bias, thresholds,
    and the config and page count it was trained with."""
    fields_of = {f.name: getattr(scorer, f.name) for f in fields(scorer)}  # type: ignore[arg-type]
    out = {"about": about, "config": cfg.__dict__, "pages": pages}
    out.update({k: v for k, v in fields_of.items() if k != "weights"})
    out["weights"] = dict(sorted(fields_of["weights"].items()))
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
