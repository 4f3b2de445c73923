"""Each splitter rule: fires on what it is for, stays quiet on near misses, at its thresholds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stance.split import SplitConfig, split_text
from stance.split import rules as R
from stance.split.pipeline import to_lines

CFG = SplitConfig()


def line(text: str) -> R.Line:
    return R.make_line(0, text, 0, 0)


ARTICLE = (
    "Headline about the leaked files\n\n"
    "Islamic State and the Assad regime have been colluding in deals on the battleground, "
    "according to files seen by Sky News, which says it checked them against earlier leaks.\n\n"
    "The documents suggest one piece of co-operation was over the ancient city of Palmyra, "
    "which changed hands twice in a single year."
)

# (rule, text it must fire on, near-miss text it must not fire on)
LINE_CASES = [
    (R.quote_line, "> the files are fake", "the files are fake > the denials"),
    (R.image_file, "Secrets-of-ISIS-revealed (1).png", "The png format is lossless."),
    (
        R.caption_credit,
        "Assad meets his generals in Damascus. Picture: AFP",
        "The picture was clear: the regime had lied to everyone.",
    ),
    (
        R.caption_paren,
        "Delegates meet in Geneva. ((Denis Balibouse/pool photo via AP)",
        "The regime denied it (as it always does).",
    ),
    (
        R.related_link,
        "Also Read:\xa0 THE US REJECTS NETANYAHU'S COMPARISON",
        "Also, read the documents yourself before judging.",
    ),
    (
        R.starred_headline,
        "*Despite damage Palmyra retains 'authenticity': UNESCO",
        "* a bullet point in a list",
    ),
    (
        R.disclaimer,
        "DISCLAIMER: The views and opinions expressed in these forums do not reflect ours",
        "The disclaimer on the site says nothing about it.",
    ),
    (
        R.call_to_action,
        "Join the conversation as a VIP Member",
        "Readers who join the army rarely come back.",
    ),
    (R.navigation, "Home › World › Middle East", "Home is where the heart is, they say."),
    (R.closed_marker, "closed #7", "closed talks were held in Geneva #7"),
    (R.rule_line, "----------", "-- signed, the editors"),
    (R.comment_header, "12 Comments", "12 comments were deleted by the moderators."),
    (R.vote_count, "level 2", "level with me, is this real?"),
    (R.share_bar, "Reply  Share  Report", "Reply to the report, please."),
    (R.timestamp, "May 3, 2016 at 10:15 am", "May we see the documents?"),
    (R.byline, "By Sam Reed, Sky News", "By contrast, the regime denied it"),
    (R.agency_signoff, "Mi’raj Islamic News Agency (MINA)", "Reuters reported the deal on Monday."),
    (R.section_label, "News & Politics", "News of the deal reached Politico."),
    (R.wrote_header, "alice wrote:", "The minister wrote: we deny everything"),
    (R.numbered_post, "#3 alice", "#3 is the most important point of all here"),
    (R.card_header, "alice_k · 3h ago", "He said · on Monday it was fake"),
    (R.mention_start, "@SkyNews this is fake", "Email me at news@example.org"),
]


@pytest.mark.parametrize("fn,text,_miss", LINE_CASES, ids=[c[0].rule_id for c in LINE_CASES])
def test_fires(fn, text, _miss):
    match = fn(line(text), CFG)
    assert match is not None and match.rule == fn.rule_id


@pytest.mark.parametrize("fn,_hit,text", LINE_CASES, ids=[c[0].rule_id for c in LINE_CASES])
def test_does_not_fire(fn, _hit, text):
    assert fn(line(text), CFG) is None


def test_desk_code_fires_and_not():
    """Example 001 ends its last paragraph with the MINA desk code '(T/R07/R01)'."""
    assert R.desk_code("gains and losses.” (T/R07/R01)") == (
        "gains and losses.",
        "” (T/R07/R01)",
        "byline",
    )
    assert R.desk_code("The Islamic State (IS) said so.") is None
    assert R.desk_code("(T/R07/R01)") is None


def test_cascade_order_closed_before_numbered():
    """'closed #7' (example 003) is forum state, not post number 7 by a user 'closed'."""
    assert R.classify_line(line("closed #7"), CFG).rule == R.closed_marker.rule_id


def test_cascade_fallback_is_text():
    match = R.classify_line(line("Nothing special about this sentence at all."), CFG)
    assert (match.rule, match.role) == (R.TEXT_FALLBACK, R.ROLE_TEXT)


def test_footer_role_only_with_reply_words():
    """A page share bar is chrome; only a bar with reply words closes a reply."""
    assert R.share_bar(line("Share  Tweet  Email"), CFG).role == R.ROLE_BOILERPLATE
    assert R.share_bar(line("Like · Reply · 3h"), CFG).role == R.ROLE_FOOTER


def test_card_header_splits_author_and_time():
    match = R.card_header(line("Jane Doe · 5 hours ago"), CFG)
    assert (match.author, match.chrome) == ("Jane Doe", "5 hours ago")


def test_card_header_needs_separator_for_absolute_dates():
    """'Sky News 3 May 2016' inside an article must not open a reply."""
    assert R.card_header(line("Sky News 3 May 2016"), CFG) is None
    assert R.card_header(line("Sky News · 3 May 2016"), CFG) is not None


# --------------------------------------------------------------------------- thresholds


@pytest.mark.parametrize("limit,fires", [(8, True), (7, False)])
def test_signoff_max_words_threshold(limit, fires):
    cfg = replace(CFG, signoff_max_words=limit)
    text = "The Big Islamic Press Agency of Nowhere (BIPAN)"  # 8 words
    assert (R.agency_signoff(line(text), cfg) is not None) is fires


@pytest.mark.parametrize("limit,fires", [(5, True), (4, False)])
def test_section_max_words_threshold(limit, fires):
    cfg = replace(CFG, section_max_words=limit)
    assert (R.section_label(line("World | Middle East | Syria | Analysis"), cfg) is not None) is (
        fires
    )


@pytest.mark.parametrize("limit,fires", [(10, True), (9, False)])
def test_caption_max_words_threshold(limit, fires):
    cfg = replace(CFG, caption_max_words=limit)
    text = "Fighters parade in Raqqa in a file image. Picture: AFP"  # 10 words
    assert (R.caption_credit(line(text), cfg) is not None) is fires


@pytest.mark.parametrize("limit,fires", [(2, True), (1, False)])
def test_author_max_words_threshold(limit, fires):
    cfg = replace(CFG, author_max_words=limit)
    assert (R.card_header(line("Jane Doe · 3h ago"), cfg) is not None) is fires


@pytest.mark.parametrize("words,caption", [(3, True), (2, False)])
def test_doubled_line_threshold(words, caption):
    text = " ".join(["repeat"] * words)
    lines = to_lines(f"Title here\n\n{text}\n{text}\n\nBody paragraph.")
    ctx = R.Context(lines, [R.classify_line(x, CFG) for x in lines], CFG)
    assert (R.doubled_line(ctx, 1) is not None) is caption


def test_title_repeat_fires_and_not():
    """Example 003 repeats its title as '**Title' with a curly apostrophe."""
    lines = to_lines("IS Files Reveal Assad's Deals\n\n**IS Files Reveal Assad’s Deals\n\nOther")
    ctx = R.Context(lines, [R.classify_line(x, CFG) for x in lines], CFG, 0, "")
    ctx.title_norm = R.normalise(lines[0].text)
    assert R.title_repeat(ctx, 1).kind == "title-repeat"
    assert R.title_repeat(ctx, 2) is None


def test_author_then_time_fires_and_not():
    lines = to_lines("Title\n\nalice\n3 hours ago\nText.\n\nalice is here.\nMore text.")
    labels = [R.classify_line(x, CFG) for x in lines]
    ctx = R.Context(lines, labels, CFG)
    assert R.author_then_time(ctx, 1).author == "alice"
    assert R.author_then_time(ctx, 4) is None


def test_quote_after_quoted_by_fires_and_not():
    """vBulletin pastes have no '>' marks under 'Originally Posted by X'."""
    lines = to_lines("T\n\nOriginally Posted by Mark\nquoted line\nmy answer\n\nx\ny")
    labels = [R.classify_line(x, CFG) for x in lines]
    ctx = R.Context(lines, labels, CFG)
    assert R.quote_after_quoted_by(ctx, 2).role == R.ROLE_QUOTE
    assert R.quote_after_quoted_by(ctx, 3) is None  # the post's own text
    assert R.quote_after_quoted_by(ctx, 5) is None  # no attribution above


def test_mail_attribution_names_the_sender():
    text = "On Tue, May 3, 2016 at 10:15 AM, Bob Stone <bob@example.org> wrote:"
    assert R.wrote_header(line(text), CFG).author == "Bob Stone"


def test_hacker_news_header_keeps_thread_links_as_chrome():
    match = R.card_header(line("alice 3 hours ago | parent | next [–]"), CFG)
    assert (match.author, match.chrome) == ("alice", "3 hours ago | parent | next [–]")


@pytest.mark.parametrize("min_words,replies", [(30, 1), (200, 0)])
def test_wide_gap_min_article_words(min_words, replies):
    """Example 003: a double blank gap after enough article text starts the replies."""
    text = ARTICLE + "\n\n\nIs this similar to the Nazi-Soviet Pact?\n"
    thread = split_text(text, "t", replace(CFG, min_article_words=min_words))
    assert len(thread.replies) == replies


def test_wide_gap_not_before_chrome():
    """Example 004: a triple gap before a call to action does not make replies."""
    thread = split_text(ARTICLE + "\n\n\n\nJoin the conversation as a VIP Member\n", "t")
    assert thread.replies == []
    assert thread.boilerplate[-1].kind == "call-to-action"


def test_wide_gap_must_exceed_article_gap():
    """A page double-spaced throughout only starts replies at a wider gap."""
    body = ARTICLE.replace("\n\n", "\n\n\n")
    assert split_text(body + "\n\n\nA reply?\n", "t").replies == []
    assert len(split_text(body + "\n\n\n\nA reply?\n", "t").replies) == 1


@pytest.mark.parametrize("share,replies", [(0.5, 2), (0.9, 0)])
def test_mention_min_share(share, replies):
    text = ARTICLE + "\n\n@alice no.\n\nA plain block.\n\n@bob yes.\n\nAnother plain one.\n"
    thread = split_text(text, "t", replace(CFG, mention_min_share=share))
    assert sum(r.text.startswith("@") for r in thread.replies) == replies


@pytest.mark.parametrize("minimum,authors", [(2, 2), (3, 0)])
def test_name_line_min_replies(minimum, authors):
    text = ARTICLE + (
        "\n\n3 Comments\n\nTom Baker\nNo way.\n\nAnna Lee\nYes way.\n\nOne line reply only.\n"
    )
    thread = split_text(text, "t", replace(CFG, name_line_min_replies=minimum))
    assert sum(r.author is not None for r in thread.replies) == authors


def test_parent_quote_match_fires_and_not():
    earlier = [(1, R.normalise("Sky is hardly neutral on Syria."), "alice")]
    hit = R.ParentQuery(2, "Sky is hardly neutral", None, "No.")
    miss = R.ParentQuery(2, "something else entirely", None, "No.")
    assert R.parent_quote_match(hit, earlier, CFG) == 1
    assert R.parent_quote_match(miss, earlier, CFG) is None


@pytest.mark.parametrize("min_chars,parent", [(6, 1), (7, None)])
def test_parent_quote_min_chars(min_chars, parent):
    earlier = [(1, R.normalise("Sky lied."), None)]
    query = R.ParentQuery(2, "Sky lied", None, "No.")  # normalised: 'sky lied', 8 chars
    cfg = replace(CFG, quote_min_chars=min_chars + 2 if parent is None else min_chars)
    assert R.parent_quote_match(query, earlier, cfg) == parent


def test_parent_quoted_author_and_mention():
    earlier = [(1, "first", "alice"), (2, "second", "bob")]
    assert R.parent_quoted_author(R.ParentQuery(3, None, "Alice", "x"), earlier, CFG) == 1
    assert R.parent_quoted_author(R.ParentQuery(3, None, "zed", "x"), earlier, CFG) is None
    assert R.parent_mention_author(R.ParentQuery(3, None, None, "@bob right"), earlier, CFG) == 2
    assert R.parent_mention_author(R.ParentQuery(3, None, None, "bob right"), earlier, CFG) is None


def test_config_rejects_out_of_range():
    from stance.errors import ConfigError

    with pytest.raises(ConfigError, match="S013"):
        SplitConfig(mention_min_share=1.5)
    with pytest.raises(ConfigError, match="wide_gap_lines"):
        SplitConfig(wide_gap_lines=1)


def test_registered_rule_ids_are_pinned():
    """No rule may vanish or be renamed silently (a new behaviour is a new .vN id)."""
    assert R.all_rule_ids() == [
        "quote.angle.v1",
        "boilerplate.image_file.v1",
        "boilerplate.caption_credit.v1",
        "boilerplate.caption_paren.v1",
        "boilerplate.related_link.v1",
        "boilerplate.starred_headline.v1",
        "boilerplate.disclaimer.v1",
        "boilerplate.call_to_action.v1",
        "boilerplate.navigation.v1",
        "boilerplate.closed_marker.v1",
        "boilerplate.rule_line.v1",
        "marker.comment_header.v1",
        "boilerplate.vote_count.v1",
        "boilerplate.share_bar.v1",
        "boilerplate.timestamp.v1",
        "boilerplate.byline.v1",
        "boilerplate.agency_signoff.v1",
        "boilerplate.section_label.v1",
        "reply.wrote_header.v1",
        "reply.numbered_post.v1",
        "reply.card_header.v1",
        "reply.mention_start.v1",
        "text.fallback.v1",
        "boilerplate.desk_code.v1",
        "boilerplate.title_repeat.v1",
        "boilerplate.doubled_line.v1",
        "reply.author_then_time.v1",
        "quote.after_quoted_by.v1",
        "title.first_line.v1",
        "title.none.v1",
        "region.comment_header.v1",
        "region.reply_header.v1",
        "region.mention_run.v1",
        "region.footer_block.v1",
        "region.wide_gap.v1",
        "region.none.v1",
        "reply.after_footer.v1",
        "reply.quote_start.v1",
        "reply.block.v1",
        "reply.name_line.v1",
        "parent.quote_match.v1",
        "parent.quoted_author.v1",
        "parent.mention_author.v1",
        "parent.none.v1",
    ]
    ids = R.all_rule_ids()
    assert len(ids) == len(set(ids))
