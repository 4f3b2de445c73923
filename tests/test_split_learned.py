"""The learned chrome-line scorer: its features, its trimming decisions in the pipeline,
the shipped weights, and the training script that makes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance import errors
from stance.split import SplitConfig, split_text
from stance.split import rules as R
from stance.split.learned import (
    WEIGHTS_PATH,
    ChromeLineScorer,
    default_scorer,
    ends_prose,
    line_features,
    page_counts,
)
from stance.split.pipeline import prepared_lines
from training.chrome_lines import (
    ChromeConfig,
    LayoutPage,
    fit,
    line_labels,
    load_layouts,
)
from training.chrome_lines import main as chrome_lines_main
from training.linear import config_from_yaml

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "Council approves the new tram line\n\n" + "The council voted on Tuesday. " * 8


def features_of(text: str, k: int) -> list[str]:
    lines, _ = prepared_lines(text)
    return line_features(lines, k, *page_counts(lines))


def test_features_name_shape_repetition_and_leading_words():
    page = "Reply\nA reader wrote a long sentence about the tram line.\nReply\n"
    feats = features_of(page, 0)
    assert "self:words=1" in feats and "w0:reply" in feats
    assert "text_repeats=1" in feats  # 'Reply' occurs twice: bucket 1 of (2, 3, 5)
    assert "next:sentence_end" in feats and "prev:none" in feats
    prose = features_of(page, 1)
    assert "self:sentence_end" in prose and "self:lower_words=4" in prose


def scorer_for(*chrome_words: str, threshold: float = 0.5) -> ChromeLineScorer:
    """A hand-made scorer: lines opening with one of `chrome_words` are chrome (p≈1)."""
    weights = {f"w0:{w}": 20.0 for w in chrome_words}
    return ChromeLineScorer(weights, -10.0, threshold, 1.0)


def test_probability_and_levels():
    scorer = scorer_for("share")
    assert scorer.probability(["w0:share"]) > 0.99
    assert scorer.probability(["w0:unknown"]) < 0.01
    assert scorer.chrome_level(R.make_line(0, "Share this", 0, 0), 0.99) == 2
    # A sentence needs a chrome line inside it to be trimmed.
    assert scorer.chrome_level(R.make_line(0, "Share this.", 0, 0), 0.99) == 1
    assert scorer.chrome_level(R.make_line(0, "A reply", 0, 0), 0.01) == 0


def page(*replies: str) -> str:
    return ARTICLE + "\n\n\n" + "\n\n".join(replies) + "\n"


def test_edges_are_trimmed_and_whole_chrome_replies_dropped():
    text = page("First reply text here.\nzorble on", "Second reply text.\nzarkon", "Quib\nQuib two")
    # (Three replies opening with a bare name would make those names authors instead.)
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble", "zarkon", "quib"))
    assert [r.text for r in thread.replies] == ["First reply text here.", "Second reply text."]
    trimmed = [b for b in thread.boilerplate if b.rule == R.REPLY_LEARNED_CHROME]
    assert [b.text for b in trimmed] == ["zorble on", "zarkon", "Quib", "Quib two"]
    leading = page("zorble on\nFirst reply text here.", "Second reply text.")
    thread = split_text(leading, "t", chrome_scorer=scorer_for("zorble"))
    assert thread.replies[0].text == "First reply text here."


def test_a_one_line_reply_is_never_judged():
    text = page("First reply text here.", "Zorble")
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble"))
    assert [r.text for r in thread.replies] == ["First reply text here.", "Zorble"]


def test_chrome_inside_a_reply_is_kept():
    text = page("First line of a reply.\nZorble\nLast line of the reply.")
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble"))
    assert "Zorble" in thread.replies[0].text


def test_a_sentence_goes_only_between_chrome_lines():
    alone = page("Zorble this.\nFirst reply text here.")
    kept = split_text(alone, "t", chrome_scorer=scorer_for("zorble"))
    assert kept.replies[0].text.startswith("Zorble this.")
    run = page("Zorble\nZorble this.\nZorble\nFirst reply text here.")
    thread = split_text(run, "t", chrome_scorer=scorer_for("zorble"))
    assert thread.replies[0].text == "First reply text here."


def test_a_reply_with_an_author_keeps_its_last_line():
    text = ARTICLE + "\n\n\nalice · 3h ago\nZorble\nZorble\n\nbob · 2h ago\nA real reply.\n"
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble"))
    assert [(r.author, r.text) for r in thread.replies] == [
        ("alice", "Zorble"),
        ("bob", "A real reply."),
    ]


def test_letters_keep_greeting_and_signature():
    text = (
        ARTICLE + "\n\n\nFrom: Margaret Doyle\nSent: Thursday, March 7, 2024 8:12 AM\n"
        "Subject: Council decision\n\nMorning all,\n\nCabinet approved it last night.\n\n"
        "Margaret\n"
    )
    scorer = scorer_for("morning", "margaret")
    reply = split_text(text, "t", chrome_scorer=scorer).replies[0]
    assert reply.text.startswith("Morning all,") and reply.text.endswith("Margaret")


def test_header_inline_text_is_never_judged():
    text = ARTICLE + "\n\n\n[10:15] alice: zorble\n[10:16] bob: zorble if you agree\n"
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble"))
    assert [r.text for r in thread.replies] == ["zorble", "zorble if you agree"]


def test_config_switch_turns_the_scorer_off():
    text = page("Zorble\nFirst reply text here.")
    off = split_text(text, "t", SplitConfig(learned_chrome=False))
    assert off.replies[0].text.startswith("Zorble")


@pytest.mark.parametrize(
    "chrome",
    ["UNLOCK ACCESS Just £1 a month", "Show 3 new comments", "arrow_drop_up", "Kaggle Staff"],
)
def test_shipped_scorer_trims_chrome_no_rule_knows(chrome):
    text = page(f"{chrome}\nThe vote was 7-2, not unanimous as the article says.")
    reply = split_text(text, "t").replies[0]
    assert reply.text == "The vote was 7-2, not unanimous as the article says."


@pytest.mark.parametrize("short", ["Fake news.", "Which outlets?", "lol no", "this", "Agreed"])
def test_shipped_scorer_keeps_short_replies(short):
    text = page("The vote was 7-2, not unanimous as the article says.", short)
    assert [r.text for r in split_text(text, "t").replies][-1] == short


@pytest.mark.parametrize("short", ["Fake news.", "Which outlets?"])
def test_shipped_scorer_keeps_a_closing_sentence(short):
    # A short closing line without a sentence end ('lol no') may go: New Statesman's
    # 'Respect' button looks the same. The README lists this as a known limit.
    two_lines = page(f"The vote was 7-2.\n{short}")
    assert split_text(two_lines, "t").replies[0].text.endswith(short)


def test_shipped_weights_record_how_they_were_trained():
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    shipped = config_from_yaml(ChromeConfig, ROOT / "configs" / "chrome_lines.yaml")
    assert data["config"] == shipped.__dict__
    assert default_scorer() is not None and len(default_scorer().weights) > 100


def test_line_labels_align_starts_and_ends_with_lines():
    layout = LayoutPage(
        "t",
        "p",
        page("alice\nFirst reply.\nReply", "bob\nSecond reply\nruns on.\nReply"),
        ["First reply.", "Second reply"],
        ["First reply.", "runs on."],
    )
    lines, _ = prepared_lines(layout.text)
    labels = line_labels(lines, layout)
    texts = [(line.text, label) for line, label in zip(lines, labels, strict=True)]
    assert texts[-7:] == [
        ("alice", None),  # before the first reply: the rules' business, never learned from
        ("First reply.", 1),
        ("Reply", 0),
        ("bob", 0),
        ("Second reply", 1),
        ("runs on.", 1),
        ("Reply", 0),
    ]
    missing = LayoutPage("t", "p", layout.text, ["Not on the page"], None)
    assert line_labels(lines, missing) is None


def test_fit_learns_chrome_from_labelled_pages():
    cfg = ChromeConfig(min_word_pages=1)
    pages = load_layouts(ROOT / "tests" / "layouts", ["heldout8"])[:6]
    scorer = fit(pages, cfg)
    reply = "The vote was 7-2, not unanimous as the article says."
    lines, _ = prepared_lines(page("Reply\nShare\n" + reply + "\nReply\nShare"))
    counts = page_counts(lines)
    k = next(i for i, line in enumerate(lines) if line.text == reply)
    assert scorer.probability(line_features(lines, k, *counts)) < 0.5
    assert scorer.probability(line_features(lines, k + 1, *counts)) > 0.5


def test_a_sentence_wrapped_over_two_lines_stays_whole():
    text = ARTICLE + "\n\n\nalice · 3h ago\nZorble\nthe installers are the bottleneck.\n"
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble"))
    assert thread.replies[0].text == "Zorble the installers are the bottleneck."


def test_one_line_replies_sharing_a_shape_go():
    text = page("First reply text here.", "Zorble 17", "Second reply text.", "Zorble 4", "Zorble")
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble"))
    # 'Zorble' alone has another shape than 'Zorble 0': one of a kind, it stays.
    assert [r.text for r in thread.replies] == [
        "First reply text here.",
        "Second reply text.",
        "Zorble",
    ]


def test_a_closing_sentence_under_a_chrome_run_goes_with_it():
    footer = "Zorble\nZorble terms\nZorble Media Group S.L.U."
    text = page("First reply text here.", footer)
    thread = split_text(text, "t", chrome_scorer=scorer_for("zorble"))
    assert [r.text for r in thread.replies] == ["First reply text here."]


@pytest.mark.parametrize(
    "text,prose",
    [
        ("Thomas K.", False),
        ("Reinhard Sch.", False),
        ("M.", False),
        ("So do I.", True),
        ("Yes.", True),
        ("Made in the U.S.", True),
        ("It was fine", False),
    ],
)
def test_ends_prose_tells_a_signed_initial_from_a_sentence(text, prose):
    assert ends_prose(text) is prose


def test_a_run_of_chrome_inside_a_reply_is_a_card_the_rules_missed():
    run = page("First reply text here.\nZorble\nZarkon 3\nSecond reply text here.")
    thread = split_text(run, "t", chrome_scorer=scorer_for("zorble", "zarkon"))
    assert [r.text for r in thread.replies] == ["First reply text here.", "Second reply text here."]
    assert thread.replies[1].rule == R.REPLY_LEARNED_BOUNDARY
    one = page("First reply text here.\nZorble\nStill the first reply.")
    thread = split_text(one, "t", chrome_scorer=scorer_for("zorble"))
    assert len(thread.replies) == 1
    longer = SplitConfig(learned_boundary_min_run=3)
    thread = split_text(run, "t", longer, chrome_scorer=scorer_for("zorble", "zarkon"))
    assert len(thread.replies) == 1


FORUM = (
    "Panther Lake slips to 2026?\n\nThread in CPUs and Overclocking\n\n"
    "alice · 3h ago\n" + "Intel told investors the launch moves to the first quarter. " * 5 + "\n"
    "Reply\n\nbob · 2h ago\nThe slide says launch in Q4, shipping later.\nReply\n\n"
    "carol · 1h ago\nIt slipped once already.\nReply\n"
)


def test_a_long_first_post_without_an_article_above_is_the_article():
    thread = split_text(FORUM, "t")
    assert thread.article.paragraphs[1].startswith("Intel told investors")
    assert [r.author for r in thread.replies] == ["bob", "carol"]
    assert any(b.rule == R.OPENING_POST and b.text == "alice" for b in thread.boilerplate)


def test_an_empty_header_before_the_first_post_is_passed_over():
    doubled = FORUM.replace("alice · 3h ago\n", "alice · 3h ago\n\nalice · 3h ago\n", 1)
    thread = split_text(doubled, "t")
    assert thread.article.paragraphs[1].startswith("Intel told investors")
    assert [r.author for r in thread.replies] == ["bob", "carol"]


def test_an_article_above_keeps_the_first_post_a_reply():
    body = "The council voted on Tuesday to close the branch in June after a review. " * 5
    thread = split_text(FORUM.replace("\n\nalice", f"\n\n{body}\n\nComments\n\nalice"), "t")
    assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]


def test_line_probability_equals_the_named_features_sum():
    scorer = default_scorer()
    for layout in load_layouts(ROOT / "tests" / "layouts", ["heldout8"])[:5]:
        lines, _ = prepared_lines(layout.text)
        counts = page_counts(lines)
        for k in range(0, len(lines), 7):
            named = scorer.probability(line_features(lines, k, *counts))
            assert scorer.line_probability(lines, k, *counts) == pytest.approx(named, abs=1e-9)


def test_line_probability_with_the_page_sums_kept_is_the_same():
    # The page's sums are keyed by text and place: a line's own sum (with its leading
    # words) must not be reused for it as a neighbour, nor one page's for another.
    scorer = default_scorer()
    for layout in load_layouts(ROOT / "tests" / "layouts", ["heldout8"])[:5]:
        lines, _ = prepared_lines(layout.text)
        counts = page_counts(lines)
        sums: dict[tuple[str, str], float] = {}
        for _ in range(2):
            for k in range(len(lines)):
                kept = scorer.line_probability(lines, k, *counts, sums)
                assert kept == pytest.approx(scorer.line_probability(lines, k, *counts), abs=1e-9)
        assert {prefix for prefix, _ in sums} == {"self", "prev", "next"}


def test_chrome_config_overrides_read_as_yaml_and_unknown_keys_fail():
    path = ROOT / "configs" / "chrome_lines.yaml"
    cfg = config_from_yaml(ChromeConfig, path, ["balanced=true", "threshold=0.9"])
    assert cfg.balanced is True and cfg.threshold == 0.9
    with pytest.raises(errors.ConfigError):
        config_from_yaml(ChromeConfig, path, ["nope=1"])
    assert chrome_lines_main(["--config", str(path), "--set", "nope=1"]) == 2


HEADED = ARTICLE + (
    "\n\n\nalice · 3h ago\nIt closed in May, not June.\nReply\n\n"
    "bob · 2h ago\nThe figure was forty percent.\nReply\n\n"
    "carol · 1h ago\nWho paid for the review?\nReply\n\n"
)


def test_an_unheaded_last_reply_on_a_headed_page_is_the_site_footer():
    footer = HEADED + "Zorble Media is part of the Zorble Group, a publisher.\n"
    thread = split_text(footer, "t", chrome_scorer=scorer_for("zorble"))
    assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]
    dropped = [b.text for b in thread.boilerplate if b.rule == R.REPLY_TRAILING_UNHEADED]
    assert dropped == ["Zorble Media is part of the Zorble Group, a publisher."]


def test_a_last_reply_headed_unlike_the_others_is_the_site_footer():
    """trailing_unheaded.v2 (Barbados Today, Root.cz): the footer's heading over the
    site's blurb reads as a name and a time, but no other card was headed that way."""
    blurb = "Zorble Media is part of the Zorble Group, a publisher.\n"
    thread = split_text(
        HEADED + "Gray Media\n2h ago\n" + blurb, "t", chrome_scorer=scorer_for("zorble")
    )
    assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]
    # Headed as every card above it is, the last card is a reader's, whatever it says.
    same = split_text(HEADED + "dave · 1m ago\n" + blurb, "t", chrome_scorer=scorer_for("zorble"))
    assert [r.author for r in same.replies] == ["alice", "bob", "carol", "dave"]


def test_a_short_unheaded_last_line_on_a_headed_page_is_the_sites():
    """trailing_unheaded.v3 (Rennlist, bouwinfo, Beehaw): a related thread's title or a
    jump menu under the last card, which the scorer does not know, is too short to be a
    post; a reader's own short line ends as a sentence does."""
    zero = scorer_for("zorble")
    title = split_text(HEADED + "Chain gaskets - which kit?\nReply\n", "t", chrome_scorer=zero)
    assert [r.author for r in title.replies] == ["alice", "bob", "carol"]
    dropped = [b.text for b in title.boilerplate if b.rule == R.REPLY_TRAILING_UNHEADED]
    assert dropped == ["Chain gaskets - which kit?"]
    said = split_text(HEADED + "Same here, honestly.\nReply\n", "t", chrome_scorer=zero)
    assert said.replies[-1].text == "Same here, honestly."
    for longer in (
        "Which kit did the dealer fit in the end?",  # 9 words
        "结果还是换了原厂的密封垫，开了两千公里一点都不漏油了，感谢各位的建议和耐心解答，请问大家平时多久检查一次呢？",
        "Which kit?\nThe Elring one from the dealer, I think",
    ):
        kept = split_text(HEADED + longer + "\nReply\n", "t", chrome_scorer=zero)
        assert kept.replies[-1].text == longer


def test_a_run_of_site_text_under_the_last_card_goes_line_by_line():
    """trailing_unheaded.v3: once the last draft went, the one above it is judged in
    turn: a short title goes, and text the scorer only half leans to stays."""
    weights = {"w0:zorble": 20.0, "w0:quib": 9.4}  # p(quib) ≈ 0.35
    scorer = ChromeLineScorer(weights, -10.0, 0.5, 1.0)
    footer = "Zorble Media is part of the Zorble Group, a publisher.\n"
    run = HEADED + "Chain gaskets - which kit?\nReply\n\n" + footer
    thread = split_text(run, "t", chrome_scorer=scorer)
    assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]
    half = HEADED + "Quib says the figure was wrong.\nReply\n\n" + footer
    thread = split_text(half, "t", chrome_scorer=scorer)
    assert thread.replies[-1].text == "Quib says the figure was wrong."


def test_an_unheaded_last_reply_the_scorer_reads_as_text_stays():
    # Closed by the cards' own button, as a post whose header the rules missed is
    # (unclosed by it, the page's shape alone makes it page text: unclosed_tail.v1).
    last = HEADED + "And nobody asked the people who actually use the branch.\nReply\n"
    thread = split_text(last, "t", chrome_scorer=scorer_for("zorble"))
    assert thread.replies[-1].text == "And nobody asked the people who actually use the branch."
