"""The learned headline choice: candidates, the shipped weights, the masthead above the
title, and the training script."""

from __future__ import annotations

import json
from pathlib import Path

from stance.split import SplitConfig, split_text
from stance.split import rules as R
from stance.split.pipeline import line_roles, prepared_lines
from stance.split.title_model import (
    WEIGHTS_PATH,
    TitleScorer,
    default_title_scorer,
    find_body,
    title_candidates,
)
from training.linear import config_from_yaml
from training.title_lines import TitleConfig, fit, load_titled, page_examples

ROOT = Path(__file__).resolve().parents[1]
HEADLINE = "Crosstown LRT finally gets an opening date, but riders will wait for full service"
BODY = (
    "After years of delays, missed deadlines and a court fight with its builders, the "
    "Eglinton Crosstown LRT finally has an opening date, the transit agency said on Thursday."
)
PAGE = (
    "Skip to main content\nToronto Star\nSubscribe\nSign In\nGTA\nCanada\nPolitics\nWorld\n"
    f"{HEADLINE}\nMetrolinx says the line will open in phases starting this spring.\n"
    f"By\nPriya Sandhu\n{BODY}\n\n{BODY}\n\n"
    "Comments\n\nalice · 3h ago\nFive years late and they still cannot say the day.\n\n"
    "Toronto Star\n"
)


def test_the_headline_above_the_body_is_the_title_and_the_masthead_is_chrome():
    thread = split_text(PAGE, "t")
    assert thread.title == HEADLINE
    masthead = [b.text for b in thread.boilerplate if b.rule == R.masthead_line.rule_id]
    assert masthead[:3] == ["Toronto Star", "GTA", "Canada"]
    assert masthead[-1] == "Toronto Star"  # the site's name again under the comments
    assert [r.text for r in thread.replies] == [
        "Five years late and they still cannot say the day."
    ]
    assert all("Politics" not in p for p in thread.article.paragraphs)


def test_first_line_rule_alone_takes_the_site_name():
    thread = split_text(PAGE, "t", SplitConfig(learned_title=False))
    assert thread.title == "Toronto Star"


def test_a_long_first_line_is_the_title_without_asking():
    text = f"{HEADLINE}\n\nA standfirst that runs on without a full stop at all\n\n{BODY}\n"
    thread = split_text(text, "t")
    assert thread.title == HEADLINE


def test_candidates_are_text_lines_above_the_body():
    lines, _ = prepared_lines(PAGE)
    labels = line_roles(lines, SplitConfig())
    body = find_body(lines, labels, SplitConfig())
    assert lines[body].text == BODY
    texts = [lines[i].text for i in title_candidates(lines, labels, body)]
    assert HEADLINE in texts and "Skip to main content" not in texts


def test_pick_returns_the_first_copy_and_respects_the_threshold():
    text = f"Menu\nNews\n{HEADLINE}\nNews\n{HEADLINE.replace(',', ' ,')}\n{BODY}\n"
    lines, _ = prepared_lines(text)
    labels = line_roles(lines, SplitConfig())
    likes_long = TitleScorer({"words=6": 5.0}, -2.0, 0.5)  # 14-19 words
    assert likes_long.pick(lines, labels, SplitConfig()) == 2
    assert TitleScorer({"words=6": 5.0}, -9.0, 0.5).pick(lines, labels, SplitConfig()) is None


def test_the_learned_choice_is_recorded_on_the_title_line():
    from stance.split.pipeline import _label_lines

    lines, _ = prepared_lines(PAGE)
    labels, ctx = _label_lines(lines, SplitConfig(), default_title_scorer())
    assert labels[ctx.title_index].rule == R.TITLE_LEARNED


def test_shipped_title_weights_record_how_they_were_trained():
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    shipped = config_from_yaml(TitleConfig, ROOT / "configs" / "title_lines.yaml")
    assert data["config"] == shipped.__dict__
    assert data["pages"] == 301


def test_fit_learns_headlines_from_labelled_pages():
    pages = load_titled(ROOT / "tests" / "layouts", ["heldout10"])
    assert len(pages) == 20
    examples = page_examples(pages[0], SplitConfig())
    assert sum(y for _, y in examples) == 1  # one candidate is the labelled title
    scorer = fit(pages, TitleConfig(min_word_pages=1))
    right = sum(split_text(p.text, p.key, title_scorer=scorer).title == p.title for p in pages)
    assert right >= 15


def test_cli_rules_only_switches_the_learned_parts_off(tmp_path):
    from typer.testing import CliRunner

    from stance.cli import app

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    learned = CliRunner().invoke(app, ["split", str(page), "--format", "json"])
    rules = CliRunner().invoke(app, ["split", str(page), "--format", "json", "--rules-only"])
    assert learned.exit_code == rules.exit_code == 0
    assert json.loads(learned.stdout)["title"] == HEADLINE
    assert json.loads(rules.stdout)["title"] == "Toronto Star"
