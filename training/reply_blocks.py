"""Train the splitter's learned block scorer from the labelled layouts: config in,
weights and metrics out.

The splitter runs as it ships up to the point where whole would-be replies are judged;
a recorder stands in for the block scorer and keeps every block. Each block is then
labelled from the page's reply starts: a reader's reply when its text begins with one,
the site's text when no reply starts anywhere inside it. A block that holds a reply
after some chrome is neither (trimming, not dropping, would fix it) and is left out.

`--loso` measures it where it matters, on pages it has not seen: for each set, the
chrome scorer and the block scorer are trained on the other sets, and the held-out
set's pages exactly right are counted without and with the block scorer.

Run: python -m training.reply_blocks --config configs/reply_blocks.yaml [--loso]
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from stance.split import SplitConfig, split_text
from stance.split.blocks import BlockScorer, ReplyBlock, block_features
from stance.split.learned import ChromeLineScorer, default_scorer
from training.chrome_lines import ChromeConfig
from training.chrome_lines import fit as fit_chrome
from training.layouts import (
    LayoutPage,
    compare_variants,
    load_layouts,
    norm,
    score_page,
)
from training.linear import (
    LayoutScorerConfig,
    config_from_yaml,
    fit_pages,
    scorer_main,
    write_weights,
)

log = logging.getLogger(__name__)
LOSO_REPORT = Path("reports/split/reply_blocks_loso.json")


@dataclass
class BlockConfig(LayoutScorerConfig):
    """What to train on and how; every field has the value the shipped weights used (the
    word features are a block's leading words)."""

    # P(site text) from which a block is dropped.
    threshold: float = 0.9
    # The chrome scorer whose verdicts are block features (its config, for --loso).
    chrome_config: str = "configs/chrome_lines.yaml"
    output: str = "stance/split/reply_blocks.json"


class BlockRecorder:
    """Stands in for the block scorer: keeps every block the pipeline would judge and
    drops none, so training sees exactly what the shipped pipeline would score."""

    def __init__(self) -> None:
        self.blocks: list[ReplyBlock] = []

    def is_site_text(self, block: ReplyBlock) -> bool:
        self.blocks.append(block)
        return False


def block_label(block: ReplyBlock, page: LayoutPage) -> int | None:
    """0 for a reply (its text begins with a labelled start), 1 for the site's text (no
    labelled start inside it), None for a block holding a reply after other text."""
    text = norm(block.text)
    starts = [norm(s) for s in page.starts]
    if any(text.startswith(s) for s in starts):
        return 0
    if any(s in text for s in starts):
        return None
    return 1


def page_blocks_of(page: LayoutPage, chrome: ChromeLineScorer) -> list[ReplyBlock]:
    """The blocks the pipeline would judge on one page, with `chrome` as line scorer."""
    recorder = BlockRecorder()
    split_text(page.text, page.key, SplitConfig(), chrome, block_scorer=recorder)
    return recorder.blocks


def page_examples(page: LayoutPage, chrome: ChromeLineScorer) -> list[tuple[list[str], int]]:
    """(features, is_site_text) for each labelled block of one page."""
    out = []
    for block in page_blocks_of(page, chrome):
        label = block_label(block, page)
        if label is not None:
            out.append((block_features(block), label))
    return out


def fit(pages: list[LayoutPage], cfg: BlockConfig, chrome: ChromeLineScorer) -> BlockScorer:
    """Logistic regression over the pages' block features (leading words seen on fewer
    than `min_word_pages` pages left out)."""
    per_page = [page_examples(p, chrome) for p in pages]
    weights, bias = fit_pages(per_page, ("w:", "w0:"), cfg.min_word_pages, cfg.c)
    return BlockScorer(weights, bias, cfg.threshold)


def _chrome_config(cfg: BlockConfig) -> ChromeConfig:
    return config_from_yaml(ChromeConfig, Path(cfg.chrome_config))


def leave_one_set_out(cfg: BlockConfig, sets: list[str]) -> list[dict[str, object]]:
    """Per set: pages exactly right and replies exactly right (precision, recall)
    without and with a block scorer, both scorers trained on every other set."""
    pages = load_layouts(Path(cfg.layouts_dir), sets)
    chrome_cfg = _chrome_config(cfg)
    rows = []
    for held in sets:
        test = [p for p in pages if p.set_name == held]
        train_pages = [p for p in pages if p.set_name != held]
        chrome = fit_chrome(train_pages, chrome_cfg)
        blocks = fit(train_pages, cfg, chrome)
        off, on = SplitConfig(learned_blocks=False), SplitConfig()
        variants = [
            ("lines", lambda p, c=off, ch=chrome: score_page(p, c, ch)),
            ("blocks", lambda p, c=on, ch=chrome, b=blocks: score_page(p, c, ch, b)),
        ]
        row = {"set": held} | compare_variants(test, variants)
        rows.append(row)
        log.info("%s", json.dumps(row, ensure_ascii=False))
    return rows


def train(cfg: BlockConfig) -> Path:
    """Fit the scorer on every page of `cfg.train_sets` (line verdicts from the shipped
    chrome scorer) and write its weights."""
    pages = load_layouts(Path(cfg.layouts_dir), cfg.train_sets)
    chrome = default_scorer()
    if chrome is None:
        raise FileNotFoundError("stance/split/chrome_lines.json: train the chrome scorer first")
    about = (
        "Weights of stance/split/blocks.py's reply-block scorer; trained by "
        "python -m training.reply_blocks (see its docstring)."
    )
    return write_weights(Path(cfg.output), about, cfg, len(pages), fit(pages, cfg, chrome))


def main(argv: list[str] | None = None) -> int:
    return scorer_main(
        argv,
        name="reply_blocks",
        description=__doc__.split("\n\n")[0],
        config_cls=BlockConfig,
        train=train,
        leave_one_set_out=lambda cfg: leave_one_set_out(cfg, cfg.train_sets),
        loso_report=LOSO_REPORT,
    )


if __name__ == "__main__":
    sys.exit(main())
