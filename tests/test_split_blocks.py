"""The learned block scorer: its features, the guard for short replies of plain threads,
its decisions in the pipeline, the shipped weights and the training script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.split import SplitConfig, split_text
from stance.split import rules as R
from stance.split.blocks import (
    WEIGHTS_PATH,
    BlockScorer,
    ReplyBlock,
    block_features,
    default_block_scorer,
    page_blocks,
)
from training.layouts import LayoutPage
from training.linear import config_from_yaml
from training.reply_blocks import BlockConfig, BlockRecorder, block_label, page_examples

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "Council approves the new tram line\n\n" + "The council voted on Tuesday. " * 8
NOTICE = "Zorble Media reads every comment before it is published."
HEADED = ARTICLE + (
    "\n\n\nalice · 3h ago\nIt closed in May, not June.\nReply\n\n"
    "bob · 2h ago\nThe figure was forty percent.\nReply\n\n"
    "carol · 1h ago\nWho paid for the review?\nReply\n\n"
)


def block(*lines: str, **kw) -> ReplyBlock:
    fields = {
        "chrome": tuple(0.0 for _ in lines),
        "has_author": False,
        "has_quote": False,
        "position": 1,
        "count": 3,
        "authored_share": 0.0,
        "repeats": 0,
    } | kw
    return ReplyBlock(tuple(lines), **fields)


def test_features_name_position_header_habit_and_leading_words():
    feats = block_features(block("Powered by Zorble, best viewed with JavaScript", position=2))
    assert "pos=last" in feats and "w0:powered" in feats
    assert "author=False&authored=0" in feats
    assert "last_prose=False" in feats and "prose_share=0" in feats
    assert "pos=first" in block_features(block("x", position=0))
    assert "pos=only" in block_features(block("x", position=0, count=1))


def test_the_chrome_verdict_on_a_sentence_is_not_a_feature():
    # 'This is fake.' is as short and plain as a button to the line scorer.
    sentence = block_features(block("This is fake.", chrome=(0.99,)))
    assert not any(f.startswith("chrome_") for f in sentence)
    button = block_features(block("Report this", chrome=(0.99,)))
    assert "chrome_min=3" in button and "chrome_mean=5" in button


@pytest.mark.parametrize(
    "line, avatar",
    [("J jdh_cinema", True), ("tomasz_k tomasz_k", True), ("J bob", False), ("Me too", False)],
)
def test_an_avatar_letter_over_its_name_is_a_feature(line, avatar):
    assert ("avatar_name" in block_features(block(line))) is avatar


def test_page_blocks_count_repeats_and_headers():
    blocks = page_blocks(
        [
            (["Disclaimer text."], [0.1], False, False),
            (["A reply."], [0.0], True, False),
            (["Disclaimer  text."], [0.1], False, False),
        ]
    )
    assert [b.repeats for b in blocks] == [1, 0, 1]
    assert [b.position for b in blocks] == [0, 1, 2] and blocks[0].count == 3
    assert blocks[0].authored_share == pytest.approx(1 / 3)


def zorble_scorer() -> BlockScorer:
    """A hand-made scorer: blocks opening with 'zorble' are the site's (p≈1)."""
    return BlockScorer({"w0:zorble": 20.0}, -10.0, 0.9)


def test_a_site_block_goes_to_boilerplate_whole():
    text = ARTICLE + f"\n\n\nIt closed in May, not June.\n\n{NOTICE}\n\nWho paid for it?\n"
    thread = split_text(text, "t", block_scorer=zorble_scorer())
    assert [r.text for r in thread.replies] == ["It closed in May, not June.", "Who paid for it?"]
    dropped = [b.text for b in thread.boilerplate if b.rule == R.REPLY_LEARNED_BLOCK]
    assert dropped == [NOTICE]


def test_a_dropped_block_keeps_its_author_as_a_byline():
    text = HEADED.replace("Who paid for the review?", "Zorble zorble zorble")
    thread = split_text(text, "t", block_scorer=zorble_scorer())
    assert [r.author for r in thread.replies] == ["alice", "bob"]
    assert any(b.kind == "byline" and b.text == "carol" for b in thread.boilerplate)


@pytest.mark.parametrize("short", ["Zorble", "zorble no", "Zorble zorble!"])
def test_a_short_line_of_a_plain_thread_is_never_judged(short):
    text = ARTICLE + "\n\n\nThe vote was 7-2, not unanimous.\n\n" + short + "\n"
    thread = split_text(text, "t", block_scorer=zorble_scorer())
    assert thread.replies[-1].text == short


@pytest.mark.parametrize("short", ["lol no", "this", "Agreed", "Fake news."])
def test_shipped_scorer_keeps_short_replies_of_plain_threads(short):
    text = ARTICLE + "\n\n\nThe vote was 7-2, not unanimous.\n\n" + short + "\n"
    assert split_text(text, "t").replies[-1].text == short


def test_shipped_scorer_drops_a_paywall_notice_read_as_the_first_reply():
    # The blocks the scorer is asked about, recorded: the notice is the first, and the
    # shipped scorer calls it the site's (reply.unclosed_head.v1, run later, would
    # catch it too, so the split alone cannot tell who did; reply.short_unheaded.v1,
    # run before it, is set aside, as it reads a line that short as chrome itself).
    page = (ROOT / "tests" / "layouts" / "heldout8" / "the_spectator.txt").read_text()
    recorder = BlockRecorder()
    split_text(page, "t", SplitConfig(short_unheaded_max_words=1), block_scorer=recorder)
    assert recorder.blocks[0].text == "UNLOCK ACCESS Just £1 a month"
    scorer = default_block_scorer()
    assert scorer.is_site_text(recorder.blocks[0])
    assert not any(scorer.is_site_text(b) for b in recorder.blocks[1:])
    on = [r.text for r in split_text(page, "t").replies]
    assert on[0] != "UNLOCK ACCESS Just £1 a month" and len(on) == len(recorder.blocks) - 1


def test_shipped_weights_record_how_they_were_trained():
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    shipped = config_from_yaml(BlockConfig, ROOT / "configs" / "reply_blocks.yaml")
    assert data["config"] == shipped.__dict__
    assert default_block_scorer() is not None and len(default_block_scorer().weights) > 50


def test_blocks_are_labelled_by_the_starts_inside_them():
    layout = LayoutPage("t", "p", "", ["It closed in May"], None)
    assert block_label(block("It closed in May, not June."), layout) == 0
    assert block_label(block("Powered by Zorble"), layout) == 1
    assert block_label(block("Sort by: newest", "It closed in May, not June."), layout) is None


def test_training_sees_the_blocks_the_pipeline_judges():
    text = ARTICLE + f"\n\n\nIt closed in May, not June.\n\n{NOTICE}\n\nWho paid for it?\n"
    recorder = BlockRecorder()
    thread = split_text(text, "t", block_scorer=recorder)
    assert len(thread.replies) == 3  # the recorder drops nothing
    assert recorder.blocks[1].text == NOTICE
    layout = LayoutPage("t", "p", text, ["It closed in May", "Who paid"], None)
    from stance.split.learned import default_scorer

    labels = [y for _, y in page_examples(layout, default_scorer())]
    assert labels == [0, 1, 0]
