"""Train the splitter's learned headline choice from the titles labelled in the layout
sets: config in, weights and metrics out.

Each labelled page's JSON may carry "title": the headline exactly as one line of the
page reads (null when the page has none). The candidates are the text lines above the
article's first paragraph (`stance.split.title_model.title_candidates`); the one whose
text is the labelled title is a positive, the others negatives. Pages whose title is
not among the candidates teach nothing and are counted as out of reach.

`--loso` scores what the choice is worth on pages it has not seen: for each set, train
on the others and count the held-out set's pages whose split title is the labelled one,
against the first-line rule alone.

Run: python -m training.title_lines --config configs/title_lines.yaml [--loso]
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from stance.split import SplitConfig, split_text
from stance.split.pipeline import line_roles, prepared_lines
from stance.split.title_model import (
    TitleScorer,
    candidate_features,
    find_body,
    page_texts,
    title_candidates,
)
from training.layouts import LayoutPage, load_layouts, norm
from training.linear import LayoutScorerConfig, fit_pages, scorer_main, write_weights

log = logging.getLogger(__name__)
LOSO_REPORT = Path("reports/split/title_lines_loso.json")


@dataclass
class TitleConfig(LayoutScorerConfig):
    """What to train on and how; every field has the value the shipped weights used (the
    word features are a candidate's first words)."""

    c: float = 1.0
    min_word_pages: int = 2
    # P(headline) the best candidate needs; below it the first-line rule decides.
    threshold: float = 0.1
    output: str = "stance/split/title_lines.json"


def load_titled(root: Path, sets: list[str]) -> list[LayoutPage]:
    """Every page of the named sets whose JSON carries a "title" key."""
    return [page for page in load_layouts(root, sets) if page.has_title]


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return norm(a).strip("\u200e") == norm(b).strip("\u200e")


def page_examples(page: LayoutPage, config: SplitConfig) -> list[tuple[list[str], int]]:
    """(features, is_title) for each candidate of one page; none when out of reach."""
    lines, _ = prepared_lines(page.text)
    labels = line_roles(lines, config)
    body = find_body(lines, labels, config)
    if body is None:
        return []
    candidates = title_candidates(lines, labels, body)
    hits = [_same(lines[i].text, page.title) for i in candidates]
    if not any(hits):
        return []
    texts = page_texts(lines, body)
    return [
        (candidate_features(lines, candidates, k, body, texts), int(hit))
        for k, hit in enumerate(hits)
    ]


def fit(pages: list[LayoutPage], cfg: TitleConfig) -> TitleScorer:
    """Logistic regression over all candidates of the pages (first words seen on fewer
    than `min_word_pages` pages left out)."""
    config = SplitConfig()
    per_page = [page_examples(p, config) for p in pages]
    weights, bias = fit_pages(per_page, ("w0:",), cfg.min_word_pages, cfg.c)
    return TitleScorer(weights, bias, cfg.threshold)


def titles_right(pages: list[LayoutPage], scorer: TitleScorer | None) -> list[str]:
    """Keys of the pages whose split title is the labelled one, with `scorer` or (None)
    the first-line rule alone."""
    config = SplitConfig(learned_title=scorer is not None)
    return [
        page.key
        for page in pages
        if _same(split_text(page.text, page.key, config, title_scorer=scorer).title, page.title)
    ]


def leave_one_set_out(cfg: TitleConfig) -> list[dict[str, object]]:
    """Per set: titles right with the first-line rule and with a scorer trained on
    the other sets."""
    pages = load_titled(Path(cfg.layouts_dir), cfg.train_sets)
    rows = []
    for held in cfg.train_sets:
        test = [p for p in pages if p.set_name == held]
        scorer = fit([p for p in pages if p.set_name != held], cfg)
        rules = set(titles_right(test, None))
        learned = set(titles_right(test, scorer))
        row = {
            "set": held,
            "pages": len(test),
            "first_line": len(rules),
            "learned": len(learned),
            "broken": sorted(rules - learned),
        }
        rows.append(row)
        log.info("%s", json.dumps(row, ensure_ascii=False))
    return rows


def train(cfg: TitleConfig) -> Path:
    """Fit the headline choice on every titled page of `cfg.train_sets`; write it."""
    pages = load_titled(Path(cfg.layouts_dir), cfg.train_sets)
    about = (
        "Weights of stance/split/title_model.py's headline choice; trained by "
        "python -m training.title_lines (see its docstring)."
    )
    return write_weights(Path(cfg.output), about, cfg, len(pages), fit(pages, cfg))


def main(argv: list[str] | None = None) -> int:
    return scorer_main(
        argv,
        name="title_lines",
        description=__doc__.split("\n\n")[0],
        config_cls=TitleConfig,
        train=train,
        leave_one_set_out=leave_one_set_out,
        loso_report=LOSO_REPORT,
    )


if __name__ == "__main__":
    sys.exit(main())
