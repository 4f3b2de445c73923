"""Train the splitter's learned chrome-line scorer from the labelled layouts: config in,
weights and metrics out.

Each layout page in tests/layouts/<set>/NAME.txt comes with the starts and ends of its
replies (NAME.json). Aligning those with the page's lines labels every line from the
first reply on: inside some reply's own text (content) or not (headers, badges, button
rows, sidebars, footers: chrome). Lines before the first reply are article and page
chrome, which the rules handle and the scorer never judges, so they are left out.

`--loso` measures what the scorer adds where it matters, on pages it has not seen:
for each set, train on the others and count the pages of the held-out set whose every
reply boundary is right, with the rules alone and with the scorer.

Run: python -m training.chrome_lines --config configs/chrome_lines.yaml [--loso]
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from stance.split import SplitConfig
from stance.split.learned import ChromeLineScorer, line_features, page_counts
from stance.split.pipeline import prepared_lines
from stance.split.rules import Line
from training.layouts import (
    LayoutPage,
    compare_variants,
    load_layouts,
    norm,
    score_page,
)
from training.linear import LayoutScorerConfig, fit_pages, scorer_main, write_weights

log = logging.getLogger(__name__)
LOSO_REPORT = Path("reports/split/chrome_lines_loso.json")


@dataclass
class ChromeConfig(LayoutScorerConfig):
    """What to train on and how; every field has the value the shipped weights used."""

    # P(chrome) from which a line at a reply's edge is trimmed.
    threshold: float = 0.85
    # The same for a line that ends a sentence (1.0: never trimmed).
    sentence_threshold: float = 1.0
    # Weigh content and chrome lines equally: the reply region holds more chrome than
    # text, but the scorer judges the edges of replies, which are mostly text.
    balanced: bool = False
    output: str = "stance/split/chrome_lines.json"


def line_labels(lines: list[Line], page: LayoutPage) -> list[int | None] | None:
    """1 for a line inside a reply's own text, 0 for any other line after the first
    reply starts, None before it; None for the page when a start or end is not found
    in order (the label would be a guess)."""
    offsets = []
    joined = ""
    for line in lines:
        offsets.append(len(joined))
        joined += norm(line.text) + " "

    def line_at(pos: int) -> int:
        k = 0
        while k + 1 < len(offsets) and offsets[k + 1] <= pos:
            k += 1
        return k

    labels: list[int | None] = [None] * len(lines)
    if not page.starts:
        return labels  # no replies, so no reply region to learn from
    cursor = 0
    first: int | None = None
    spans = []
    for k, start in enumerate(page.starts):
        pos = joined.find(norm(start), cursor)
        if pos < 0:
            return None
        if page.ends:
            end = norm(page.ends[k])
            stop = joined.find(end, pos)
            if stop < 0:
                return None
            stop += len(end) - 1
        else:
            nxt = joined.find(norm(page.starts[k + 1]), pos + 1) if k + 1 < len(page.starts) else -1
            stop = (nxt if nxt >= 0 else len(joined)) - 1
        spans.append((line_at(pos), line_at(stop)))
        cursor = stop
        first = spans[0][0]
    if first is None:
        return None
    for i in range(first, len(lines)):
        labels[i] = 0
    for lo, hi in spans:
        for i in range(lo, hi + 1):
            labels[i] = 1
    if not page.ends:
        # Without ends, a reply's last lines may be footers: only its first line is sure.
        for lo, hi in spans:
            for i in range(lo + 1, hi + 1):
                labels[i] = None
    return labels


def page_examples(page: LayoutPage) -> list[tuple[list[str], int]]:
    """(features, is_chrome) for each labelled line of one page."""
    lines, _ = prepared_lines(page.text)
    labels = line_labels(lines, page)
    if labels is None:
        log.warning("%s: reply starts or ends not found in order; page skipped", page.key)
        return []
    counts = page_counts(lines)
    return [
        (line_features(lines, i, *counts), 1 - label)
        for i, label in enumerate(labels)
        if label is not None
    ]


def fit(pages: list[LayoutPage], cfg: ChromeConfig) -> ChromeLineScorer:
    """Logistic regression over the pages' line features (leading words seen on fewer
    than `min_word_pages` pages left out)."""
    per_page = [page_examples(p) for p in pages]
    weights, bias = fit_pages(per_page, ("w:", "w0:"), cfg.min_word_pages, cfg.c, cfg.balanced)
    return ChromeLineScorer(weights, bias, cfg.threshold, cfg.sentence_threshold)


def leave_one_set_out(cfg: ChromeConfig, sets: list[str]) -> list[dict[str, object]]:
    """Per set: pages exactly right and replies exactly right (precision, recall) with
    the rules alone and with a scorer trained on every other set. The rules themselves
    were tuned on all but the newest sets, so 'rules' is their best case."""
    pages = load_layouts(Path(cfg.layouts_dir), sets)
    rows = []
    for held in sets:
        test = [p for p in pages if p.set_name == held]
        scorer = fit([p for p in pages if p.set_name != held], cfg)
        rules = SplitConfig(learned_chrome=False)
        # The block scorer was trained on every set: it stays off here.
        learned = SplitConfig(learned_blocks=False)
        variants = [
            ("rules", lambda p, c=rules: score_page(p, c)),
            ("learned", lambda p, c=learned, s=scorer: score_page(p, c, s)),
        ]
        row = {"set": held} | compare_variants(test, variants)
        rows.append(row)
        log.info("%s", json.dumps(row, ensure_ascii=False))
    return rows


def train(cfg: ChromeConfig) -> Path:
    """Fit the scorer on every page of `cfg.train_sets` and write its weights."""
    pages = load_layouts(Path(cfg.layouts_dir), cfg.train_sets)
    about = (
        "Weights of stance/split/learned.py's chrome-line scorer; trained by "
        "python -m training.chrome_lines (see its docstring)."
    )
    return write_weights(Path(cfg.output), about, cfg, len(pages), fit(pages, cfg))


def main(argv: list[str] | None = None) -> int:
    return scorer_main(
        argv,
        name="chrome_lines",
        description=__doc__.split("\n\n")[0],
        config_cls=ChromeConfig,
        train=train,
        leave_one_set_out=lambda cfg: leave_one_set_out(cfg, cfg.train_sets),
        loso_report=LOSO_REPORT,
    )


if __name__ == "__main__":
    sys.exit(main())
