"""Common reply layouts: boundaries, authors, quotes and parents (tests/layouts/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.split import split_text

LAYOUTS = Path(__file__).resolve().parent / "layouts"
TUNED = sorted((LAYOUTS / "tuned").glob("*.txt"))


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.parametrize("page", TUNED, ids=[p.stem for p in TUNED])
def test_tuned_layout_boundaries(page: Path) -> None:
    """Every reply boundary of each tuned layout is exactly right (the held-out set is
    scored by benchmarks/eval_split_layouts.py, not asserted, so it stays unseen)."""
    expected = json.loads(page.with_suffix(".json").read_text())["replies"]
    thread = split_text(page.read_text(), page.name)
    got = [norm(r.text) for r in thread.replies]
    assert len(got) == len(expected), got
    for text, start in zip(got, expected, strict=True):
        assert text.startswith(norm(start)), (text, start)


def _thread(name: str):
    page = LAYOUTS / "tuned" / f"{name}.txt"
    return split_text(page.read_text(), page.name)


def test_wrote_quotes_go_to_quoted_and_set_parent() -> None:
    thread = _thread("wrote_quotes")
    second = thread.replies[1]
    assert second.quoted == "Sky is hardly neutral on Syria."
    assert second.parent == 1
    assert ">" not in second.text and "wrote" not in second.text
    # Quoting the article, not a reply: no parent.
    assert thread.replies[2].parent is None


def test_cards_put_author_and_time_in_fields() -> None:
    thread = _thread("card_footer")
    assert [r.author for r in thread.replies] == ["alice_k", "bob", "carol_77"]
    for reply in thread.replies:
        assert "ago" not in reply.text and "Report" not in reply.text
    kinds = {b.text: b.kind for b in thread.boilerplate}
    assert kinds["3h ago"] == "timestamp"
    assert kinds["Reply  Share  Report"] == "forum-chrome"


def test_numbered_posts_authors() -> None:
    thread = _thread("numbered_posts")
    assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]
    assert thread.replies[1].text.startswith("Why would IS agree")
    assert "Maybe they needed" in thread.replies[1].text


def test_reddit_and_youtube_author_lines() -> None:
    assert [r.author for r in _thread("reddit").replies] == ["throwaway_99", "Mod_Sam"]
    assert [r.author for r in _thread("youtube").replies] == ["Ali Hassan", "Mira S"]


def test_facebook_name_lines_become_authors() -> None:
    thread = _thread("facebook")
    assert [r.author for r in thread.replies] == ["Tom Baker", "Anna Lee", "Sam K"]
    assert thread.replies[0].text == "So the enemy of my enemy is my trading partner."


def test_mention_parent_by_author() -> None:
    text = (
        "Title of the story here\n\n"
        + "Body sentence with enough words to be an article. " * 6
        + "\n\nalice · 2h ago\nThis is fake.\n\nbob · 1h ago\n@alice it was on the news.\n"
    )
    thread = split_text(text, "t")
    assert [r.parent for r in thread.replies] == [None, 1]


def test_blog_commentary_is_article() -> None:
    """Example 004's lesson: the author's closing opinion is not a reply."""
    thread = _thread("no_replies_commentary")
    assert thread.replies == []
    assert thread.article.paragraphs[-1].startswith("It fought the rebels first")


def test_short_question_after_wide_gap_is_reply() -> None:
    """Example 003's lesson: a question right after the article is reply 1."""
    thread = _thread("double_gap_blocks")
    assert thread.replies[0].text == "Is this the same oil that ended up in Turkey?"


def test_header_before_article_is_byline() -> None:
    """'Jane Doe | May 3, 2016' under a headline is the article's byline, not a reply."""
    text = (
        "Headline\n\nJane Doe | May 3, 2016\n\n"
        + "Body sentence with enough words to be an article. " * 6
    )
    thread = split_text(text, "t")
    assert thread.replies == []
    assert thread.boilerplate[0].kind == "byline"
