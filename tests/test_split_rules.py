"""Each splitter rule: fires on what it is for, stays quiet on near misses, at its thresholds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stance.split import SplitConfig, split_text
from stance.split import drafts as D
from stance.split import pipeline as P
from stance.split import rules as R
from stance.split.pipeline import _label_lines, to_lines
from stance.thread import Thread

CFG = SplitConfig()


def line(text: str) -> R.Line:
    return R.make_line(0, text, 0, 0)


def _rule_lines(page: str, rule_id: str) -> list[str]:
    """The lines of `page` that rule `rule_id` labelled, through the whole line cascade."""
    lines = to_lines(page)
    labels, _ = _label_lines(lines, CFG)
    return [ln.text for ln, lab in zip(lines, labels, strict=True) if lab.rule == rule_id]


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
        R.image_file,
        "ringing_470u.png (45.12 kB. 800x480 - viewed 212 times.)",
        "ringing.png (see above, it rings)",
    ),
    (R.image_file, "Attachments:", "Attachments: none, sorry"),
    (
        R.image_file,
        "tip_test.jpg (201.7 KiB) Viewed 612 times",
        "tip_test.jpg (201.7 KiB) is the one I used",
    ),
    (R.profile_line, "Super Contributor", "Super contributor, that one."),
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
    (
        R.call_to_action,
        "You must log in or register to reply here.",
        "You must register the car before you drive it.",
    ),
    (R.navigation, "Home › World › Middle East", "Home is where the heart is, they say."),
    (R.navigation, "Skip to footer", "Skip to the end if you only want the verdict, folks."),
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
    (R.chat_line, "[10:15] alice: they always deny", "Note: the army denies it"),
    (R.subject_line, "Re: Palmyra deal claims", "Reading it again: the deal is real."),
    (R.mail_from, "From: Anna Kowalski <anna@example.org>", "From: the ministry's statement"),
    (R.signature_dash, "-- ", "-- signed, the editors"),
    (R.signature_dash, "__________________", "__init__"),
    (R.likes_for, "Likes For Campy_Carl:", "Likes for the rotor tip: thanks, it worked"),
    (R.profile_line, "Join Date: Mar 2012", "Senior members of the regime denied it."),
    (R.profile_line, "143 posts · Joined 2021", "143 posts joined the protest in 2021"),
    (R.call_to_action, "Continue with Google", "Continue with the plan, Google says."),
    (R.reply_to_line, "ответ для Евгений К.", "Ответ для всех очевиден: ждать до июля."),
    (R.reply_to_line, "Resposta a Ana Paula", "Resposta a isso tudo? Nenhuma, claro."),
    (
        R.call_to_action,
        "(You must log in or sign up to reply here.)",
        "(You must log in to see it, which is silly.)",
    ),
    (
        R.call_to_action,
        "Du musst dich einloggen oder registrieren, um hier zu antworten.",
        "Du musst dich nicht einloggen, um das Video zu sehen.",
    ),
    (
        R.call_to_action,
        "Du skal være logget ind for at kunne svare.",
        "Du skal være forsigtig med fiberboksen.",
    ),
    (R.call_to_action, "Svar på dette emnet...", "Svar på spørsmålet ditt: nei."),
    (R.header_shape, "Post by alice » Tue May 03, 2016 10:15 am", "Posted on the wall in 2016"),
    (
        R.navigation,
        "Bitcoin Forum > Bitcoin > Support > Transaction stuck for 3 days, can I bump it?",
        "Bitcoin > gold > silver is what I said, and stocks > bonds for the long run I think",
    ),
    (R.navigation, "Home\tHelp\tSearch\tLogin\tRegister", "Name\tAge\tWhat I think of this plan."),
    (R.navigation, "Pages: [1] 2 3   print", "Pages: the first three are fine"),
    (R.navigation, "Return to “Computer Setup”", "Return to sender, I said."),
    (R.navigation, "« previous topic next topic »", "previous topic was better"),
    (R.profile_line, "Merit: 7348", "Merit: the only thing that counts"),
    (R.profile_line, "Offline", "Offline for a week, back now."),
    (R.profile_line, "Legendary", "Legendary, that goal."),
    (R.profile_line, "Logged in", "Logged in again, still broken."),
    (R.profile_line, "Joined 2019", "Joined 2019 after the merger"),
    (R.presence_line, "2 members, 5 guests", "2 members quit today"),
    (R.navigation, "Go to topic listing", "Go to the topic listing and look."),
    (R.signature_dash, "▄▄███████████▄▄", "██ redacted ██"),
    (R.share_bar, "Report to moderator", "Report it to the moderator, please."),
    (R.share_bar, "Beitrag melden", "Beitrag zum Thema melden wir später."),
    (R.share_bar, "Zitieren", "Zitieren ist erlaubt, sagt er."),
    (R.share_bar, "Respect", "Respect the drivers, please."),
    (
        R.reaction_notice,
        "Reactions: RustyFretwire, bluesdaddy and joe_tele",
        "Reactions: mixed, and I think most people hated it.",
    ),
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
    # Only the line's last parentheses can hold the code.
    assert R.desk_code("Seen by the desk (T/R07/R01) first (post 3)") is None
    assert R.desk_code("Said (see p. 3) and “more.” (AP/REU)") == (
        "Said (see p. 3) and “more.",
        "” (AP/REU)",
        "byline",
    )


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


def test_card_header_lone_number_needs_a_mark():
    """A line ending in a plain number is a header only with a separator, comma or wide
    space before the number (the early exit for reply lines such as '... (post 3)')."""
    assert R.card_header(line("Russia never did engage ISIS. (post 3)"), CFG) is None
    assert R.card_header(line("alice 2015"), CFG) is None
    assert R.card_header(line("alice · 2015"), CFG).author == "alice"
    assert R.card_header(line("alice  2015"), CFG).author == "alice"


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Russia never did engage ISIS. (post 3)", True),
        ("see page 12", True),
        ("Turkey, your ally. (post 2)", False),  # a comma can close a name
        ("alice · 2015", False),
        ("alice  2015", False),
        ("posted on 3", False),  # 'on' is time filler: the time is 'on 3'
        ("12", False),
    ],
)
def test_ends_in_bare_number_agrees_with_the_full_reading(text, bare, monkeypatch):
    """The early exit may only skip lines the full header reading refuses anyway."""
    assert R._ends_in_bare_number(text) is bare
    monkeypatch.setattr(R, "_ends_in_bare_number", lambda _text: False)
    if bare:
        assert R.split_author_time(text, CFG) is None


# --------------------------------------------------------------------------- thresholds


# (rule, config field, line at the threshold, the field's value at which it still fires)
THRESHOLD_CASES = [
    (R.agency_signoff, "signoff_max_words", "The Big Islamic Press Agency of Nowhere (BIPAN)", 8),
    (R.section_label, "section_max_words", "World | Middle East | Syria | Analysis", 5),
    (
        R.caption_credit,
        "caption_max_words",
        "Fighters parade in Raqqa in a file image. Picture: AFP",
        10,
    ),
    (R.card_header, "author_max_words", "Jane Doe · 3h ago", 2),
]


@pytest.mark.parametrize("below", [False, True], ids=["at", "below"])
@pytest.mark.parametrize(
    "fn,field,text,limit", THRESHOLD_CASES, ids=[c[1] for c in THRESHOLD_CASES]
)
def test_word_limit_thresholds(fn, field, text, limit, below):
    """Each word limit: the rule fires with the limit at the line's size, not one below."""
    cfg = replace(CFG, **{field: limit - below})
    assert (fn(line(text), cfg) is not None) is not below


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


def _ctx(text: str) -> R.Context:
    lines = to_lines(text)
    return R.Context(lines, [R.classify_line(x, CFG) for x in lines], CFG, title_index=0)


def test_author_then_time_fires_and_not():
    """v2 is anchored on the time line and takes the card lines above it."""
    ctx = _ctx("Title\n\nalice\n3 hours ago\nText.\n\nalice is here.\nMore text.")
    assert ctx.labels[2].kind == "timestamp"
    assert R.author_then_time(ctx, 2)[1].author == "alice"
    assert R.author_then_time(ctx, 4) is None


def test_author_then_time_takes_place_and_job_lines():
    """NYT and LinkedIn cards put a place or a job title between the name and the time."""
    ctx = _ctx("Title\n\nComments\n\nJane Doe\nSenior Analyst at Example Corp\n3h\nThin.")
    out = R.author_then_time(ctx, 4)
    assert out[2].author == "Jane Doe" and out[3].role == R.ROLE_BOILERPLATE


def test_author_then_time_not_under_a_sentence_or_before_a_header():
    """A time after the reply's text (Blogger) is its footer; a short line of text
    under a sentence in the same block is not a name."""
    ctx = _ctx("Title\n\nIt is fake, I know.\nlol no\n3h ago\nMore text here.")
    assert R.author_then_time(ctx, 3) is None
    ctx = _ctx("Title\n\nbob said...\nOf course.\nMay 3, 2016\n\nann said...\nNo.")
    assert R.author_then_time(ctx, 3) is None


def test_author_below_header_fires_and_not():
    """vBulletin: 'Old 05-03-2016, 10:15 AM  #2' with the name on the next line."""
    ctx = _ctx("T\n\nOld 05-03-2016, 10:15 AM   #2\nroadrunner88\nSenior Member\n\nText here.")
    assert R.author_below_header(ctx, 1)[1].author == "roadrunner88"
    ctx = _ctx("T\n\nOld 05-03-2016, 10:15 AM   #2\nAgreed\nReply With Quote")
    assert R.author_below_header(ctx, 1) is None


def test_trailer_header_fires_and_not():
    """'Posted by Mark on May 3' under the text signs the post: a footer with a name."""
    ctx = _ctx("T\n\nI doubt it.\nPosted by Mark on May 3, 2016 at 10:15 am")
    out = R.trailer_header(ctx, 2)
    assert out[2].role == R.ROLE_FOOTER and out[2].author == "Mark"
    ctx = _ctx("T\n\nPosted by Mark on May 3, 2016 at 10:15 am\nI doubt it.")
    assert R.trailer_header(ctx, 1) is None


def test_header_shape_reads_forum_headers():
    for text, author in [
        ("by alice on Tuesday May 03, 2016 @10:15AM (#123)", "alice"),
        ("[–]desert_rat 312 points 6 hours ago", "desert_rat"),
        ("« Reply #3 on: May 03, 2016, 10:15:22 AM »", None),
        ("Old 05-03-2016, 10:15 AM   #2", None),
    ]:
        assert R.header_shape(line(text), CFG).author == author
    assert R.header_shape(line("By the way the #2 man said so"), CFG) is None


def test_share_bar_v2_glued_words_and_phrases():
    for text in ["permalinksavereportgive awardreply", "• Reply•Share ›", "Reply With Quote"]:
        assert R.share_bar(line(text), CFG).role == R.ROLE_FOOTER
    assert R.share_bar(line("Source?"), CFG) is None
    assert R.share_bar(line("Improve the answer"), CFG) is None


def test_footer_token_gate_keeps_every_footer_word_and_drops_prose():
    """share_bar's early exit: a token no footer can hold ends the test at once."""
    for tok in ["reply", "share", "permalink", "edited", "12", "+3", "3h", "ago", "savereport"]:
        assert R._may_be_footer_token(tok), tok
    for tok in ["russia", "plain", "sentence"]:
        assert not R._may_be_footer_token(tok), tok
    assert R.share_bar(line("I like this reply a lot"), CFG) is None
    assert R.share_bar(line("Like (12)  Reply  Share"), CFG).role == R.ROLE_FOOTER


def test_agency_signoff_reads_the_ending_past_punctuation():
    assert R._without_nonword_tail("by reuters.” ") == "by reuters"
    assert R._without_nonword_tail("...") == ""
    assert R.agency_signoff(line("Additional reporting by Reuters."), CFG) is None  # a sentence
    assert R.agency_signoff(line("— Agence France-Presse"), CFG) is not None
    assert R.agency_signoff(line("Xinhua)"), CFG) is not None
    assert R.agency_signoff(line("Reuters is a news agency in London"), CFG) is None


def test_vote_count_v2_and_comment_header_v2():
    for text in ["Rating   (-41)", " 11 △ ▽", "Sorted by:", "Most relevant", "-12"]:
        assert R.vote_count(line(text.strip()), CFG) is not None, text
    assert R.vote_count(line("Rating agencies downgraded it"), CFG) is None
    for text in ["Comments 84", "all 214 comments", "6 thoughts on “Bakery wins award”"]:
        assert R.comment_header(line(text), CFG) is not None, text
    assert R.comment_header(line("Comments 84 were removed"), CFG) is None


def test_card_header_v2_place_after_name():
    match = R.card_header(line("Pete, Leeds, United Kingdom, 2 hours ago"), CFG)
    assert match.author == "Pete" and "Leeds" in match.chrome
    assert R.card_header(line("Pete, leeds and more, 2 hours ago"), CFG) is None


def test_wrote_header_v2_blogger_said():
    assert R.wrote_header(line("Anonymous said..."), CFG).author == "Anonymous"
    assert R.wrote_header(line("He said... nothing at all"), CFG) is None


def test_timestamp_v2_qa_verbs():
    assert R.timestamp(line("answered Jan 5, 2019 at 8:40"), CFG) is not None
    assert R.timestamp(line("answered the question"), CFG) is None


def test_numbered_item_fires_and_not():
    """'1.', '2.' anonymous comments in the region; a lone '1.' is not a list."""
    lines = to_lines("1. Denials mean nothing.\n\n2. The army did fight.\n\nplain")
    labels = [R.classify_line(x, CFG) for x in lines]
    assert R.number_replies(lines, labels, 0, CFG) == 2
    assert labels[0].inline == "Denials mean nothing."
    lines = to_lines("1. Denials mean nothing.\n\n3. The army did fight.")
    labels = [R.classify_line(x, CFG) for x in lines]
    assert R.number_replies(lines, labels, 0, CFG) == 0


@pytest.mark.parametrize("minimum,first", [(2, "One."), (4, "1. One.")])
def test_numbered_min_run(minimum, first):
    text = ARTICLE + "\n\nReader comments (3)\n\n1. One.\n\n2. Two.\n\n3. Three."
    thread = split_text(text, "t", replace(CFG, numbered_min_run=minimum))
    assert thread.replies[0].text == first


def test_repeated_shape_fires_and_not():
    """A footer no keyword knows ('Useful to 3 readers') is caught by recurring."""
    body = (
        "Title\n\nA body.\n\nFirst reply here.\nUseful to 3 readers\n\n"
        "Second one.\nUseful to 12 readers"
    )
    ctx = _ctx(body)
    out = R.repeated_shapes(ctx, 1)
    assert {k: m.role for k, m in out.items()} == {3: R.ROLE_FOOTER, 5: R.ROLE_FOOTER}
    ctx = _ctx("Title\n\nA body.\n\nFirst reply here.\nUseful to 3 readers\n\nSecond one.")
    assert R.repeated_shapes(ctx, 1) == {}


# Cards in a language no keyword rule knows: name / time / chrome / text / counters.
CARDS = (
    "Titel\n\nDer Artikel sagt etwas: die Stadt hebt die Parkgebühren um 40 Prozent an.\n\n"
    "anna_k\nvor 3 Std.\nMelden\nDas stimmt so nicht, es waren 30 Prozent.\nAntworten 4\n"
    "bernd\nvor 2 Std.\nMelden\nWarum erst jetzt?\nAntworten 1\n"
    "clara\nvor 1 Std.\nMelden\nGute Entscheidung.\nIch stimme zu.\nAntworten 0\n"
    "Mehr laden\nImpressum"
)


def test_card_template_reads_cards_from_repetition():
    ctx = _ctx(CARDS)
    out = R.card_template(ctx, 1)
    heads = {k: m.author for k, m in out.items() if m.role == R.ROLE_HEADER}
    assert list(heads.values()) == ["anna_k", "bernd", "clara"]
    assert {out[k].role for k in (3, 4)} == {R.ROLE_BOILERPLATE}  # time, "Melden"
    assert out[6].role == R.ROLE_FOOTER  # "Antworten 4" under the text
    assert out[18].kind == "navigation" and out[19].kind == "navigation"
    thread = split_text(CARDS, "t")
    assert [r.author for r in thread.replies] == ["anna_k", "bernd", "clara"]
    assert thread.replies[2].text == "Gute Entscheidung.\nIch stimme zu."


def test_card_template_names_may_recur():
    """One poster with several posts: a recurring name is still a name, not chrome."""
    page = CARDS.replace(
        "Mehr laden", "anna_k\nvor 1 Std.\nMelden\nNachtrag: 31 Prozent.\nAntworten 0"
    )
    page = page.replace("clara", "anna_k")
    thread = split_text(page, "t")
    assert [r.author for r in thread.replies] == ["anna_k", "bernd", "anna_k", "anna_k"]
    assert thread.replies[3].text == "Nachtrag: 31 Prozent."


def test_card_template_prefers_varied_names_over_chrome_over_chrome():
    """'Gefällt nicht' over its count recurs like a name over a time line; names vary,
    so they win. A name may end in ')'; a line with a clock time is never a name."""
    page = CARDS.replace("Antworten 4", "Gefällt nicht\n3").replace("bernd", "bernd (mod)")
    page = page.replace("Antworten 1", "Gefällt nicht\n7").replace(
        "Antworten 0", "Gefällt nicht\n0"
    )
    out = R.card_template(_ctx(page), 1)
    heads = [m.author for m in out.values() if m.role == R.ROLE_HEADER]
    assert heads == ["anna_k", "bernd (mod)", "clara"]
    clocked = CARDS.replace("anna_k", "12:40").replace("bernd", "12:41").replace("clara", "12:45")
    assert R.card_template(_ctx(clocked), 1) == {}


@pytest.mark.parametrize(
    "page",
    [
        # Two cards are not yet a template.
        CARDS.split("clara")[0],
        # A name over chrome with no text before the next name: not this template.
        CARDS.replace("Warum erst jetzt?\n", ""),
    ],
)
def test_card_template_does_not_fire(page):
    assert R.card_template(_ctx(page), 1) == {}


def test_card_template_leaves_known_headers_alone():
    page = CARDS.replace("bernd\n", "bernd wrote:\n")
    ctx = _ctx(page)
    ctx.labels = [R.classify_line(x, CFG) for x in ctx.lines]
    assert any(m.role == R.ROLE_ATTRIBUTION for m in ctx.labels)
    assert R.card_template(ctx, 1) == {}


@pytest.mark.parametrize("count,footers", [(2, 2), (3, 0)])
def test_repeat_min_count(count, footers):
    ctx = _ctx("T\n\nA body.\n\nOne answer.\nUseful to 3\n\nTwo answers.\nUseful to 4")
    ctx.config = replace(CFG, repeat_min_count=count)
    assert len(R.repeated_shapes(ctx, 1)) == footers


@pytest.mark.parametrize("margin,replies", [(2, 2), (3, 3)])
def test_paragraph_gap_margin(margin, replies):
    """tuned/triple_gap_multi_para: three blank lines between multi-paragraph replies."""
    text = ARTICLE + "\n\n\n\nFirst reply.\n\nIts next paragraph.\n\n\n\nAnother answer."
    thread = split_text(text, "t", replace(CFG, paragraph_gap_margin=margin))
    assert len(thread.replies) == replies


def test_pre_header_chrome_and_footer_delimited():
    text = (
        ARTICLE
        + "\n\nComments (2)\n\nSign in or register to join the discussion.\n\n"
        + "alice · 2h ago\nOne.\n\nbob · 1h ago\nTwo.\n"
    )
    assert [r.text for r in split_text(text, "t").replies] == ["One.", "Two."]
    text = (
        ARTICLE
        + "\n\nAnn\nNo.\nLike · Reply · 1h\n\nTom\nFirst para.\n\nNext para.\nLike · Reply · 3h"
    )
    replies = split_text(text, "t").replies
    assert [r.rule for r in replies] == ["reply.block.v1", "reply.footer_delimited.v1"]
    assert replies[1].text == "First para.\n\nNext para."


@pytest.mark.parametrize("limit,found", [(6, True), (4, False)])
def test_card_line_max_words(limit, found):
    ctx = _ctx("Title\n\nComments\n\nJane Doe\nSenior Analyst at Example Corp\n3h\nThin.")
    ctx.config = replace(CFG, card_line_max_words=limit)
    out = R.author_then_time(ctx, 4)
    assert (out is not None and out.get(2) is not None) is found


def test_quote_after_quoted_by_fires_and_not():
    """vBulletin pastes have no '>' marks under 'Originally Posted by X'."""
    lines = to_lines("T\n\nOriginally Posted by Mark\nquoted line\nmy answer\n\nx\ny")
    labels = [R.classify_line(x, CFG) for x in lines]
    ctx = R.Context(lines, labels, CFG)
    assert R.quote_after_quoted_by(ctx, 2).role == R.ROLE_QUOTE
    assert R.quote_after_quoted_by(ctx, 3) is None  # the post's own text
    assert R.quote_after_quoted_by(ctx, 5) is None  # no attribution above


@pytest.mark.parametrize(
    "header,author",
    [
        ("Dino_ZG · 27. velj 2025.", "Dino_ZG"),
        ("Ivana K. · 11. ožujka 2025. 14:05", "Ivana K."),
        ("Jonas · 2025 m. kovo 11 d. 14:05", "Jonas"),
        ("Mari · 11. märts 2025 14:05", "Mari"),
        ("Петров · 11 марта 2025 14:05", "Петров"),
    ],
)
def test_months_of_eastern_and_northern_sites_make_a_card_s_time(header, author):
    """MONTHS_EAST (session 27): HCL's '27. velj 2025.' and the genitive dates of the
    Baltic, Slavic and Finno-Ugric sites are times, so the name before them heads a card."""
    assert R.split_author_time(header, CFG)[0] == author


def test_a_name_may_end_in_a_bracketed_part():
    """is_name (Statistical Modeling, Launchpad): 'Martha (Jones)' and 'Kasia Lindqvist
    (kasia-l)' are names, so 'Martha (Jones) on March 11, 2025 … said:' heads a post;
    a bracket alone, or a number in brackets, is none."""
    assert R.is_name(["Martha", "(Jones)"], CFG)
    assert R.is_name(["Kasia", "Lindqvist", "(kasia-l)"], CFG)
    assert not R.is_name(["(Jones)"], CFG)
    assert not R.is_name(["Tom", "(2)"], CFG)
    said = "Martha (Jones) on March 11, 2025 2:15 PM at 2:15 pm said:"
    assert R.wrote_header(line(said), CFG).author == "Martha (Jones)"


def test_a_button_under_the_post_above_is_no_poster_s_name():
    """author_then_time.v12 (Lõunaeestlane, NOS, Tweakers): 'Vasta' (Reply) closes a
    post and 'Teavita' (Report), a button no rule knows, runs on under it; over a blank
    line the next card is 'Realist' / its time. The button is the post above's, and
    'Realist' the poster, not 'Teavita'."""
    cards = "".join(
        f"{name}\n11.03.2025 15:{10 + k}\n{text}\nVasta\nTeavita\n\n"
        for k, (name, text) in enumerate(DUTCH_POSTS)
    )
    thread = split_text(f"{ARTICLE}\n\n3 kommentaari\n\n{cards}", "t")
    assert [(r.author, r.text) for r in thread.replies] == DUTCH_POSTS
    assert ("Teavita", R.author_then_time.rule_id) in [(b.text, b.rule) for b in thread.boilerplate]


@pytest.mark.parametrize(
    "page,cut",
    [
        ("Vasta\nTeavita\n\nRealist\n11.03.2025 15:10", True),
        # A blank line right under the footer: the card above it is read as before.
        ("Vasta\n\nTeavita\n\nRealist\n11.03.2025 15:10", False),
        # The line over the time runs on from a line above it: a name over its rank.
        ("Vasta\nTeavita\n\nRealist\nModerator\n11.03.2025 15:10", False),
    ],
)
def test_buttons_under_a_footer_end_at_the_blank_line(page, cut):
    lines = to_lines(page)
    labels = [R.LineMatch("text.fallback.v1", R.ROLE_TEXT) for _ in lines]
    ctx = R.Context(lines, labels, CFG)
    card = list(range(len(lines) - 2, 0, -1))
    kept, buttons = R._below_footer_run(ctx, card)
    assert (kept == card[:1] and buttons == card[1:]) if cut else (kept, buttons) == (card, [])
    if cut:
        # A name the masthead rule took (the blog's owner) is no card line of its own.
        labels[card[0]] = R.LineMatch("boilerplate.masthead.v2", R.ROLE_BOILERPLATE)
        assert R._below_footer_run(ctx, card) == (card, [])


def test_mail_attribution_names_the_sender():
    text = "On Tue, May 3, 2016 at 10:15 AM, Bob Stone <bob@example.org> wrote:"
    assert R.wrote_header(line(text), CFG).author == "Bob Stone"
    # v14: Gmail puts no comma between the time and the name, and a long address
    # after it.
    text = "On Tue, Mar 4, 2025 at 1:40 PM Gareth Oyelaran <g.oyelaran@example.org> wrote:"
    assert R.wrote_header(line(text), CFG).author == "Gareth Oyelaran"
    assert R.wrote_header(line("On Tuesday, Anna Berg wrote:"), CFG).author == "Anna Berg"


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
        "reply.talk_signature.v3",
        "reply.comment_signature.v1",
        "boilerplate.form_field.v1",
        "quote.angle.v2",
        "reply.reply_to_line.v8",
        "boilerplate.chat_event.v2",
        "reply.bbs_push.v1",
        "boilerplate.bbs_system_line.v1",
        "reply.chat_line.v3",
        "boilerplate.image_file.v3",
        "boilerplate.caption_credit.v1",
        "boilerplate.caption_paren.v1",
        "boilerplate.related_link.v1",
        "boilerplate.starred_headline.v1",
        "boilerplate.disclaimer.v6",
        "boilerplate.call_to_action.v7",
        "boilerplate.comment_form_button.v1",
        "boilerplate.comment_box.v1",
        "boilerplate.navigation.v6",
        "boilerplate.closed_marker.v1",
        "boilerplate.rule_line.v1",
        "boilerplate.signature_dash.v3",
        "marker.comment_header.v7",
        "boilerplate.subject_line.v1",
        "reply.mail_from.v3",
        "boilerplate.profile_line.v7",
        "boilerplate.vote_count.v12",
        "boilerplate.labelled_counts.v1",
        "boilerplate.avatar_alt.v3",
        "boilerplate.reaction_line.v1",
        "boilerplate.reaction_notice.v7",
        "boilerplate.presence_line.v6",
        "boilerplate.sort_bar.v4",
        "boilerplate.rating_line.v1",
        "boilerplate.dated_action.v1",
        "boilerplate.edit_note.v9",
        "boilerplate.removed_post.v6",
        "boilerplate.ad_marker.v1",
        "boilerplate.topic_tags.v1",
        "boilerplate.device_signoff.v1",
        "boilerplate.likes_for.v1",
        "boilerplate.archive_toggle.v1",
        "boilerplate.ip_logged.v1",
        "boilerplate.share_bar.v10",
        "boilerplate.action_row.v1",
        "boilerplate.post_pager.v2",
        "reply.posted_subject_header.v2",
        "boilerplate.timestamp.v6",
        "reply.header_shape.v5",
        "boilerplate.byline.v1",
        "boilerplate.thread_meta.v2",
        "boilerplate.agency_signoff.v1",
        "boilerplate.section_label.v1",
        "reply.wrote_header.v14",
        "reply.numbered_post.v6",
        "reply.card_header.v6",
        "reply.arrow_header.v1",
        "reply.mention_start.v1",
        "text.fallback.v1",
        "boilerplate.desk_code.v1",
        "boilerplate.edited_suffix.v2",
        "reply.talk_signature_split.v3",
        "reply.comment_signature_split.v1",
        "boilerplate.title_repeat.v2",
        "boilerplate.form_heading.v1",
        "boilerplate.masthead.v2",
        "boilerplate.doubled_line.v1",
        "boilerplate.subject_echo.v1",
        "boilerplate.doubled_rank.v2",
        "boilerplate.card_place.v1",
        "quote.after_quoted_by.v1",
        "quote.until_expand.v3",
        "boilerplate.reaction_names.v1",
        "boilerplate.heading_over_marker.v1",
        "boilerplate.label_count_run.v1",
        "boilerplate.profile_field_pair.v4",
        "boilerplate.rank_over_profile.v1",
        "boilerplate.edit_reason.v1",
        "boilerplate.inline_site_field.v1",
        "boilerplate.comment_policy.v2",
        "boilerplate.cookie_notice.v3",
        "reply.header_like_page.v3",
        "reply.verb_header_page.v1",
        "boilerplate.flair_line.v1",
        "boilerplate.similar_topics.v1",
        "reply.numbered_talkback.v1",
        "reply.stub_post.v1",
        "reply.signed_comment_text.v1",
        "reply.verb_under_name.v1",
        "reply.author_date_fields.v2",
        "boilerplate.profile_field_button.v1",
        "boilerplate.poster_card_name.v3",
        "reply.avatar_over_name.v4",
        "reply.name_time_over_number.v2",
        "reply.name_over_handle.v1",
        "reply.trailer_header.v3",
        "reply.author_then_time.v12",
        "reply.author_below_header.v3",
        "reply.author_footer.v3",
        "reply.repeated_shape.v1",
        "reply.card_template.v2",
        "boilerplate.field_run.v2",
        "boilerplate.subject_over_header.v1",
        "reply.card_like_others.v1",
        "reply.dated_trailer.v2",
        "boilerplate.recurring_time.v1",
        "reply.dated_header.v1",
        "boilerplate.counted_heading.v1",
        "boilerplate.discuz_floor.v1",
        "boilerplate.quote_frame.v1",
        "title.breadcrumb_tail.v3",
        "title.over_thread_meta.v1",
        "boilerplate.counter_button.v1",
        "boilerplate.unit_count.v1",
        "boilerplate.consent_dialog.v3",
        "boilerplate.page_footer_tail.v9",
        "boilerplate.after_comment_form.v4",
        "title.first_line.v1",
        "title.none.v1",
        "region.comment_header.v6",
        "region.reply_header.v1",
        "region.mention_run.v1",
        "region.footer_block.v1",
        "region.wide_gap.v1",
        "region.none.v1",
        "reply.after_footer.v1",
        "reply.quote_start.v1",
        "reply.block.v1",
        "reply.name_line.v2",
        "reply.numbered_item.v3",
        "reply.pre_header_chrome.v1",
        "reply.wide_gap_block.v1",
        "reply.footer_delimited.v1",
        "boilerplate.signature_block.v2",
        "reply.repeated_stub.v5",
        "reply.markup_debris.v1",
        "reply.name_only.v1",
        "article.opening_post.v3",
        "reply.learned_boundary.v5",
        "reply.learned_chrome.v5",
        "title.learned_headline.v1",
        "reply.trailing_unheaded.v3",
        "reply.learned_block.v1",
        "reply.repeated_edge_line.v2",
        "reply.short_unheaded.v1",
        "reply.footer_run_stub.v1",
        "reply.unclosed_tail.v2",
        "reply.unclosed_head.v2",
        "reply.reply_to_author.v4",
        "reply.unmarked_quote.v7",
        "reply.repeated_block.v1",
        "reply.comment_section_notice.v4",
        "reply.comment_heading_stub.v2",
        "reply.subject_line.v1",
        "reply.page_line_tail.v1",
        "boilerplate.pipe_signature.v1",
        "reply.author_repeat.v1",
        "reply.profile_between_headers.v1",
        "reply.marked_quote_attribution.v1",
        "reply.trailing_quote.v1",
        "reply.site_blurb.v1",
        "boilerplate.poster_sign_off.v1",
        "reply.card_before_quote.v1",
        "reply.inner_quote.v1",
        "parent.quote_match.v1",
        "parent.quoted_author.v1",
        "parent.mention_author.v1",
        "parent.none.v1",
    ]
    ids = R.all_rule_ids()
    assert len(ids) == len(set(ids))


# --------------------------------------------------------------------------- fourth round
# Motivated by tests/layouts/tuned/{disqus_votes,facebook_page,smf_forum,stackexchange,
# twitter_thread} (the second held-out set's failures) and by issue 2's "layouts you have
# not seen": footers and times in other languages.

V3_CASES = [
    (R.share_bar, "Antworten  Melden  Gefällt mir (112)", "Antworten sind willkommen"),
    (R.share_bar, "Répondre · Signaler", "Répondre à la question, vite"),
    (R.share_bar, "Like · Reply · 5h · Edited", "A reply?"),
    (R.share_bar, "Responder · hace 5 minutos", "Responder a todos es difícil"),
    (R.timestamp, "vor 2 Stunden", "Vor Ort in Berlin"),
    (R.timestamp, "Il y a 3 heures", "Il y a des limites."),
    (R.timestamp, "hace 5 minutos", "Hace frío en Madrid"),
    (R.timestamp, "Publié le 14 avril 2023 à 18h12", "Publié par la rédaction"),
    (R.vote_count, "Replying to @ruthkemp_ and @SkyTravelNews", "Replying to @ruth is pointless"),
    (R.vote_count, "Replying to @a, @b and 3 others", "Replying to you, @a"),
    (R.header_shape, "Post by alice » vor 3 Stunden", "Post by the minister on TV"),
]


def test_share_bar_v3_foreign_footer_closes_reply():
    assert R.share_bar(line("J'aime 48"), CFG).role == R.ROLE_FOOTER
    assert R.share_bar(line("Teilen"), CFG).role == R.ROLE_BOILERPLATE


def test_wrote_header_v3_time_after_name():
    """tuned/smf_forum: 'Quote from: x on DATE' names x, and quotes."""
    match = R.wrote_header(line("Quote from: northern_lad on May 03, 2016, 10:15:22 AM"), CFG)
    assert (match.author, match.chrome_kind) == ("northern_lad", "quote-attribution")
    assert R.wrote_header(line("Quote from: the minister on Monday was clear"), CFG) is None


@pytest.mark.parametrize(
    "text,author,chrome",
    [
        ("D. Ortiz fan  Gary Pulaski • an hour ago", "D. Ortiz fan", "Gary Pulaski • an hour ago"),
        ("Ann ▸ Bob · 2h", "Ann", "▸ Bob · 2h"),
        ("Ann replied to Bob · 2 hours ago", "Ann", "replied to Bob · 2 hours ago"),
        ("Hanseat_1972 · vor 2 Stunden", "Hanseat_1972", "vor 2 Stunden"),
        ("Jane Doe · 5 hours ago", "Jane Doe", "5 hours ago"),
    ],
)
def test_card_header_v3_reply_to_and_foreign_times(text, author, chrome):
    """tuned/disqus_votes: the answered poster's name after the poster's is chrome."""
    match = R.card_header(line(text), CFG)
    assert (match.author, match.chrome) == (author, chrome)


def test_card_header_v3_does_not_split_one_long_name():
    """A wide space with a non-name on one side leaves the header alone (or unread)."""
    assert R.card_header(line("He said  · on Monday it was fake"), CFG) is None


def test_numbered_post_v3_reply_to():
    assert R.numbered_post(line("#3 ann ▸ bob · 2h"), CFG).author == "ann"


def test_author_footer_fires_and_not():
    """tuned/stackexchange: the answerer's card under the answer closes it."""
    ctx = _ctx(
        "Title\n\nAn answer with words.\nShare\nImprove this answer\nanswered Jan 5, 2019 at 8:40"
        "\nLars H.\n8,3302 gold badges3131 silver badges\n\nNext answer here."
    )
    out = R.author_footer(ctx, 5)
    assert out[5].role == R.ROLE_FOOTER and out[5].author == "Lars H."
    # A name under a time that opens its block, with text under it, is a header card.
    ctx = _ctx("Title\n\nJan 5, 2019 at 8:40\nLars H.\nAn answer with words.")
    assert R.author_footer(ctx, 2) is None


def test_author_footer_dashed_signature():
    """Stack Exchange comments end '– name' over their time."""
    ctx = _ctx("Title\n\nThanks, that explains it.\n– curious_reader\nJan 8, 2019 at 10:01")
    assert R.author_footer(ctx, 2)[2].author == "curious_reader"
    ctx = _ctx("Title\n\nA line.\n– curious_reader\nMore text follows here.")
    assert R.author_footer(ctx, 2) is None


@pytest.mark.parametrize("limit,found", [(2, True), (1, False)])
def test_author_footer_card_line_max_words(limit, found):
    cfg = replace(CFG, card_line_max_words=limit)
    lines = to_lines("Title\n\nText of a post.\n3 hours ago\nLars H.\n")
    ctx = R.Context(lines, [R.classify_line(x, cfg) for x in lines], cfg, title_index=0)
    assert (R.author_footer(ctx, 3) is not None) is found


def test_trailer_under_named_reply_keeps_its_name():
    """Property-test find: a second header under a named reply must not lose its name."""
    thread = split_text("Headline\nalice_k · 3h ago\n:\nbob_z · 3h ago\n", "t")
    words = " ".join(b.text for b in thread.boilerplate) + " ".join(
        f"{r.author} {r.text}" for r in thread.replies
    )
    assert "alice_k" in words and "bob_z" in words


# --------------------------------------------------------------------------- fifth round
# Motivated by tests/layouts/tuned/ layouts that came from the third held-out set (Amazon,
# Ars Technica, El País, Goodreads, IRC, Kinja, Lemmy, Mastodon, Outlook, a plain
# multi-paragraph page, a 'Reader comments' site, Telegram, TikTok), scored 5/18 before.

V5_CASES = [
    (R.reply_to_line, "[In reply to Andriy Kovalenko]", "In reply to critics, the minister said"),
    (R.chat_event, "[14:04] * Sable_ has quit (Ping timeout)", "[14:04] <Sable_> I quit smoking"),
    (R.sort_bar, "Newest | Oldest | Most recommended", "Most readers liked the oldest"),
    (R.rating_line, "5.0 out of 5 stars Replaced my oven", "5 out of 10 people disagree with it."),
    (R.rating_line, "★★★★☆", "Five stars for effort, none for the plan."),
    (R.rating_line, "really liked it", "I really liked it"),
    (
        R.dated_action,
        "Reviewed in the United Kingdom on 3 January 2024",
        "Reviewed the plan on Monday and found gaps",
    ),
    (
        R.dated_action,
        "Published 2 years ago: July 12, 2023 at 1:30 pm",
        "Posted by Mark on May 3, 2016",
    ),
    (
        R.device_signoff,
        "Sent from my iPhone",
        "Sent from my office, where the power was out all day",
    ),
    (R.vote_count, "arrow-up", "arrow up the road"),
    (R.vote_count, "87 (88 / -1)", "87 (of 88) voted"),
    (R.vote_count, "47 people found this helpful", "People found this helpful, I think"),
    (R.vote_count, "12 boosts", "12 boosts to morale"),
    (R.comment_header, "Customer reviews", "Customer reviews were bad"),
    (R.comment_header, "Comentarios", "Comentarios del ministro"),
    (R.profile_line, "Colour: Black | Verified Purchase", "Colour: Black | the rest is grey"),
]


def test_rating_line_keeps_the_review_headline_as_text():
    match = R.rating_line(line("4.0 out of 5 stars Good but louder than expected"), CFG)
    assert match.role == R.ROLE_TEXT and match.inline == "Good but louder than expected"
    assert match.chrome == "4.0 out of 5 stars"


def test_reply_to_line_sets_the_parent():
    text = (
        "Metro line reopens\n\nThe line reopened on Monday after repairs to the tunnel.\n\n"
        "Comments\n\nAndriy Kovalenko, [12.03.2024 09:15]\nTrains are back at Lukianivska.\n\n"
        "Olena, [12.03.2024 09:20]\n[In reply to Andriy Kovalenko]\nSame at Vokzalna.\n"
    )
    thread = split_text(text, "t")
    assert [r.text for r in thread.replies][-1] == "Same at Vokzalna."
    assert thread.replies[-1].parent == 1


def test_is_name_allows_emoji_decoration():
    assert R.is_name("Gemma 🌸".split(), CFG)
    assert R.is_name("✨ Priya ✨".split(), CFG)
    assert not R.is_name(["🌸"], CFG)


def test_name_line_with_town_or_initial():
    assert R.looks_like_name_line("Gordon P., Sheffield", CFG)
    assert R.looks_like_name_line("Sarah W.", CFG)
    assert not R.looks_like_name_line("Well, maybe", CFG)
    assert not R.looks_like_name_line("It is over.", CFG)


def test_name_over_handle_fires_and_not():
    ctx = _ctx("Title\n\nMike Brennan\n@mikeb@mastodon.social\n@lena Is that outside the error?")
    out = R.name_over_handle(ctx, 1)
    assert out[1].role == R.ROLE_HEADER and out[1].author == "Mike Brennan"
    ctx = _ctx("Title\n\nThanks to everyone who came.\n@mikeb@mastodon.social\nSee you.")
    assert R.name_over_handle(ctx, 1) is None


def test_avatar_over_name_fires_and_not():
    ctx = _ctx("Title\n\nJ\njdh_cinema\n5 d ago\nThe C5 hit 820 nits.")
    out = R.avatar_over_name(ctx, 1)
    assert out[1].role == R.ROLE_BOILERPLATE and out[1].kind == "image"
    assert out[2].role == R.ROLE_HEADER and out[2].author == "jdh_cinema"
    doubled = _ctx("Title\n\ntomasz_k\ntomasz_k\nRookie\nIt runs cooler.")
    assert R.avatar_over_name(doubled, 1)[2].author == "tomasz_k"
    for text in (
        "Title\n\nJ\nbob_smith\nText.",
        "Title\n\nI\nI agree.\nText.",
        "Title\n\nZorble\nZorble\nText.",
    ):
        assert R.avatar_over_name(_ctx(text), 1) is None


def test_a_letter_avatar_makes_the_name_under_it_the_author():
    page = ARTICLE + (
        "\n\n\nJ\njdh_cinema\n5 d ago\nThe C5 hit 820 nits on a 10% window.\nReply\n"
        "K\nkai_r\n4 d ago\nMine measured 790.\nReply\n"
    )
    thread = split_text(page, "t")
    assert [(r.author, r.text) for r in thread.replies] == [
        ("jdh_cinema", "The C5 hit 820 nits on a 10% window."),
        ("kai_r", "Mine measured 790."),
    ]


def test_quote_until_expand_fires_and_not():
    ctx = _ctx("T\n\nHelm\nquietgeek said:\nRoads stay.\nClick to expand...\nThey do.")
    assert R.quote_until_expand(ctx, 3).role == R.ROLE_QUOTE
    ctx = _ctx("T\n\nHelm\nquietgeek said:\nRoads stay.\nThey do.")
    assert R.quote_until_expand(ctx, 3) is None


def test_region_comment_header_v2_skips_a_byline_count():
    long = (
        "This paragraph of the article has well over twenty words in it, so the splitter "
        "reads it as the article's prose and not as a reader's reply."
    )
    text = (
        f"Title\n\nA standfirst line.\n\nErin Marquis\nComments (27)\n\n{long}\n\n{long}\n\n"
        "27 replies\n\nTorque Steer\n7/12/23 1:52pm\nA short reply.\nReply\n"
    )
    thread = split_text(text, "t")
    assert [r.text for r in thread.replies] == ["A short reply."]
    text = f"Title\n\n{long}\n\n12 Comments\n\n{long}\n\n{long}\n"
    assert len(split_text(text, "t").replies) == 2


def test_region_comment_header_v3_needs_a_sentence_after_it():
    body = "The branch will close in June after footfall fell by sixty percent in five years."
    cards = (
        "alice · 3h ago\nIt closed in May, not June.\nReply\n\n"
        "bob · 2h ago\nThe figure was forty percent.\nReply\n"
    )
    table = "\nRelated topics\nTopic\nReplies\nViews\nBank merger talks\n14\n2.1k\n"
    thread = split_text(f"Bank to close\n\n{body}\n\n{body}\n\n{cards}{table}", "t")
    assert [r.text[:9] for r in thread.replies][:2] == ["It closed", "The figur"]
    listed = f"Bank to close\n\n{body}\n\nComments\n\nIt closed in May, not June.\n"
    assert [r.text for r in split_text(listed, "t").replies] == ["It closed in May, not June."]


def test_block_gap_v2_under_a_comment_header():
    body = "The branch will close in June after footfall fell by sixty percent in five years."
    text = (
        f"Bank to close\n\n{body}\n\n{body}\n\nComments\n\nFirst reply.\n\nIts second "
        "paragraph.\n\n\nSecond reply.\n\n\nThird reply.\n\n\nFourth reply.\n"
    )
    replies = [r.text for r in split_text(text, "t").replies]
    assert replies == [
        "First reply.\n\nIts second paragraph.",
        "Second reply.",
        "Third reply.",
        "Fourth reply.",
    ]


# --------------------------------------------------------------------------- sixth round
# Motivated by tests/layouts/tuned/ layouts from the fourth held-out set (scored 0/20
# before this round): site footers under the comments, chat-app exports, Steam, Lobsters,
# Times of India, Corriere.

V6_CASES = [
    (
        R.navigation,
        "Ashen Frontier > General Discussions > Topic Details",
        "If x > 3 then y > 4 holds.",
    ),
    (R.navigation, "Login", "Login problems again today?"),
    (R.sort_bar, "SortBy: Newest | Oldest | Discussed | Up Voted", "Sort by what matters: truth."),
    (
        R.edit_note,
        "Last edited by Kestrel; Mar 4 @ 2:18pm",
        "Edited by the desk, the story changed.",
    ),
    (R.vote_count, "Up(38)", "Up 38 points in a day is a record."),
    (R.comment_header, "Showing 1-7 of 7 comments", "Showing 7 comments would be nice."),
    (R.timestamp, "Mar 4 @ 2:51pm", "Mar 4 was a Monday."),
    (
        R.chat_line,
        "[04/03/2024, 19:14:40] Dave Pearce: Have you all seen it??",
        "On 04/03/2024 Dave Pearce said: have you seen it",
    ),
]


def test_chat_line_v2_header_and_system_lines():
    match = R.chat_line(line("04/03/2024, 19:14 - Maureen: I have. It's £68"), CFG)
    assert match.role == R.ROLE_HEADER and match.author == "Maureen"
    assert match.inline == "I have. It's £68"
    for system in (
        '[01/03/2024, 09:12:40] \u200eDave Pearce created group "Allotments"',
        "[04/03/2024, 19:30:09] Ellie: \u200eThis message was deleted.",
        "[04/03/2024, 19:21:02] Maureen: \u200e<attached: 00000012-PHOTO.jpg>",
    ):
        assert R.chat_line(line(system), CFG).role == R.ROLE_BOILERPLATE, system


def test_edited_suffix_cuts_the_app_mark():
    assert R.edited_suffix("there for three years \u200e<This message was edited>") == (
        "there for three years",
        "\u200e<This message was edited>",
        "forum-chrome",
    )
    assert R.edited_suffix("Do we have the chart? (edited)")[0] == "Do we have the chart?"
    assert R.edited_suffix("The (edited) version is out.") is None


def test_share_bar_v4_time_with_links_is_a_time_line():
    assert R.share_bar(line("13 hours ago | link"), CFG).kind == "timestamp"
    assert R.share_bar(line("Reply · 13 hours ago"), CFG).role == R.ROLE_FOOTER


def test_page_footer_tail_fires_and_not():
    text = (
        "Title\n\nBody text of the article, long enough to be an article here.\n\n"
        "Comments\n\nbob\n2h\nlol same\nReply\nLoad more comments\nMost Popular\n"
        "Terms of Use\nPrivacy Policy\n© 2024 Patch Media. All Rights Reserved.\n"
    )
    thread = split_text(text, "t")
    assert [r.text for r in thread.replies] == ["lol same"]
    assert any(b.text == "Terms of Use" and b.kind == "navigation" for b in thread.boilerplate)
    # A short last reply right above the footer keeps its words when no footer closes it.
    ctx = _ctx("Title\n\nA sentence here.\n\nlol same\nTerms\nPrivacy")
    assert R.page_footer_tail(ctx) == 3  # "Terms": "lol same" (line 2) stays a reply
    # No footer link or copyright: nothing is cut.
    assert R.page_footer_tail(_ctx("Title\n\nA sentence here.\n\nlol same\nok then")) is None


def test_name_time_over_number():
    text = (
        "Patch notes\n\nThe patch removes the online check, the studio said on Monday.\n\n"
        "Grimsby\nMar 4 @ 2:34pm\n#1\nAbout time.\nVesna\nMar 4 @ 2:51pm\n#2\nSame here.\n"
    )
    replies = split_text(text, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("Grimsby", "About time."),
        ("Vesna", "Same here."),
    ]


def test_talk_signature_split_and_line():
    text = "I've changed it until that is resolved. Jbhunley (talk) 12:03, 7 March 2024 (UTC)Reply"
    kept, signature = R.talk_signature_split(text)
    assert kept == "I've changed it until that is resolved."
    match = R.talk_signature(line(signature), CFG)
    assert match.role == R.ROLE_FOOTER and match.author == "Jbhunley"
    dashed = "Agree. —Tamsin Reyes (talk · contribs) 13:10, 7 March 2024 (UTC)Reply"
    assert R.talk_signature(line(R.talk_signature_split(dashed)[1]), CFG).author == "Tamsin Reyes"
    assert R.talk_signature_split("We talk (talk) about it at 12:03, maybe.") is None
    assert R.talk_signature(line("Jbhunley talked at 12:03, 7 March 2024."), CFG) is None


def test_talk_page_posts_split_at_signatures():
    text = (
        "Bridge collapse\n\nThe bridge collapsed on 4 March, the police said on Monday.\n\n"
        "Death toll\nLatest comment: 3 days ago2 comments2 people in discussion\n"
        "Five died, not six. Ann B (talk) 12:03, 7 March 2024 (UTC)Reply\n"
        "Agreed.\n\nThe coroner says five. Bob (talk) 13:10, 7 March 2024 (UTC)Reply\n"
    )
    replies = split_text(text, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("Ann B", "Five died, not six."),
        ("Bob", "Agreed.\n\nThe coroner says five."),
    ]


def test_heading_over_marker_fires_and_not():
    ctx = _ctx("T\n\nA sentence of text.\n\nDeath toll\nLatest comment: 3 days ago7 comments")
    assert R.heading_over_marker(ctx, 2).kind == "section-label"
    ctx = _ctx("T\n\nA sentence of text.\n\nI agree with this.\n12 Comments")
    assert R.heading_over_marker(ctx, 2) is None


def test_rule_line_box_drawing_and_licence_footer():
    assert R.rule_line(line("┌──────────────┘"), CFG) is not None
    ctx = _ctx(
        "T\n\nA sentence of text.\n\nok\nReply\nText is available under the Creative Commons"
    )
    assert R.page_footer_tail(ctx) == 4


@pytest.mark.parametrize("text", ["👀", "👍 14  🎉 2", "❤️ 3"])
def test_reaction_line_fires(text):
    assert R.reaction_line(line(text), CFG).rule == R.reaction_line.rule_id


@pytest.mark.parametrize("text", ["▲", "♥", "👍 agreed", "3", "-- ", ":)"])
def test_reaction_line_does_not_fire(text):
    assert R.reaction_line(line(text), CFG) is None


# --------------------------------------------------------------------------- seventh round
# Motivated by tests/layouts/heldout5 (scored 3/20 before this round): Folha, Threads,
# Trustpilot, Yelp, Moodle and Quora-style avatars.

V7_CASES = [
    (R.timestamp, "12.mar.2024 às 19h02", "12.mar is not a date format here"),
    (
        R.disclaimer,
        "Os comentários não representam a opinião do jornal",
        "Os comentários foram bons",
    ),
    (R.profile_line, "3 reviews", "3 reviews said the same thing about it"),
    (R.profile_line, "412 contributions · 38 helpful votes", "412 contributions were made"),
    (R.avatar_alt, "Photo of Dana K.", "Photo of the minister at the summit."),
    (R.labelled_counts, "Helpful 3 Thanks 0 Love this 4", "Helpful, thanks, 3 of us loved it."),
    (R.comment_header, "Recommended Reviews", "Recommended reviews are often fake."),
    (R.vote_count, "Translate", "Translate this for me?"),
]


def test_label_count_run_needs_two_lines():
    ctx = _ctx("T\n\nA sentence.\nLove this 4\nOh no 0\nMore text here.")
    assert R.label_count_run(ctx, 2).rule == R.label_count_run.rule_id
    ctx = _ctx("T\n\nA sentence.\nChapter 4\nMore text here.")
    assert R.label_count_run(ctx, 2) is None
    ctx = _ctx("T\n\nA sentence.\nbob77\nMay 3\nMore text here.")
    assert R.label_count_run(ctx, 2) is None


def test_login_wall_under_comments_is_footer():
    text = (
        "Title\n\nBody text of the article, long enough to be an article here.\n\n"
        "Comments\n\nbob\n2h\nHow many homes is that?\n23\n\nLog in or sign up for Threads\n"
        "See what people are talking about.\nContinue with Instagram\n© 2024\n"
    )
    assert [r.text for r in split_text(text, "t").replies] == ["How many homes is that?"]


# --------------------------------------------------------------------------- eighth round
# Motivated by tests/layouts/heldout6 (scored 4/20 before this round): CBC, Daily Kos,
# The Telegraph, The Verge.

V8_CASES = [
    (
        R.closed_marker,
        "Commenting is now closed for this story.",
        "Commenting is fun, but closed minds are not.",
    ),
    (R.navigation, "Already have an account?", "Already have an account? Then you know the drill."),
    (R.sort_bar, "Sort: Oldest", "Sort: the oldest trick in the book"),
    (R.vote_count, "Collapse all", "Collapse all the tents before the storm"),
    (R.vote_count, "Ver 2 respuestas", "Ver 2 respuestas no basta para entender el tema"),
    (R.vote_count, "Xem thêm 2 trả lời", "Xem thêm 2 trả lời của bạn tôi ở dưới đây nhé"),
    (R.vote_count, "Show 2 replies", "Show 2 replies to anyone who asks, then stop"),
    (R.vote_count, "^ | v", "^ that is exactly what I meant"),
    (
        R.call_to_action,
        "Kirjaudu sisään kommentoidaksesi",
        "Kirjauduin sisään eilen ja luin koko jutun.",
    ),
]


@pytest.mark.parametrize(
    "policy",
    [
        "To encourage thoughtful and respectful conversations, names appear with each post.",
        "We have migrated to a new commenting platform. Register and login to post comments.",
        "Sie möchten mitdiskutieren? Jetzt anmelden oder registrieren.",
        "Les commentaires sont réservés aux abonnés.",
        "Zaloguj się, aby dodać komentarz",
        "Vi granskar kommentarer innan de publiceras. Läs våra regler.",
        "I commenti sono riservati agli abbonati.",
        "Conversations are opinions of our readers and are subject to the Code of Conduct.",
        "Reageren is alleen mogelijk voor abonnees.",
        "Comments are reviewed and must be approved by a moderator to ensure they fit.",
    ],
)
def test_comment_policy_only_under_a_comment_header(policy):
    ctx = _ctx(f"T\n\nA sentence of the article.\n\nComments\n{policy}\n")
    assert R.comment_policy(ctx, 3).kind == "disclaimer"
    ctx = _ctx(f"T\n\nA sentence of the article.\n\nComments\nbob\n2h\nok\nReply\n{policy}\n")
    assert R.comment_policy(ctx, 7) is None


def test_page_footer_tail_keeps_footer_labels_and_sentences():
    text = (
        "Title\n\nBody text of the article, long enough to be an article here.\n\n"
        "Comments\n\nbob\n2h\nWill it pass?\nReply\nMore from Politics\n"
        "Why your energy bill could fall in April – and what to do about it this spring\n"
        "Follow us on:\nSubscribe to get the best deals of the week.\nPrivacy Policy\n"
    )
    assert [r.text for r in split_text(text, "t").replies] == ["Will it pass?"]


def test_page_footer_tail_never_takes_most_of_the_page():
    """Property of round 8's footer rule, found on a Japanese page: a page made of short
    lines (CJK sentences have no spaces) is not one long footer."""
    text = "見出し\n" + "\n".join(f"短い行{i}。" for i in range(12)) + "\nヘルプ\n© 2024\n"
    thread = split_text(text, "t")
    assert thread.article.paragraphs


def test_card_line_may_name_poster_and_addressee():
    ctx = _ctx("T\n\nA sentence.\n\nSheila Barnes replied to Dr R Fenwick\n2 hours ago\nThanks.")
    assert R._is_card_line(ctx.lines[2], ctx.labels[2], CFG)
    long_line = "The minister said that he replied to the letter on Monday"
    assert not R._is_card_line(R.make_line(0, long_line, 0, 0), R.LineMatch("x", R.ROLE_TEXT), CFG)


@pytest.mark.parametrize(
    "text,author",
    [
        ("Ticketkäufer schrieb am 05.03.2024 10:31:", "Ticketkäufer"),
        ("Marie a écrit :", "Marie"),
        ("bob wrote on 05/03/2024 10:31:", "bob"),
        ("Knut_B skrev (På 14.2.2025 den 11.42):", "Knut_B"),
        ("ElRoboto schreef op dinsdag 11 maart 2025 @ 12:24:", "ElRoboto"),
        ("DanaV a scris:", "DanaV"),
        ("Pekka kirjoitti:", "Pekka"),
    ],
)
def test_wrote_header_languages_and_dates(text, author):
    assert R.wrote_header(line(text), CFG).author == author


def test_wrote_header_does_not_fire_on_prose():
    assert R.wrote_header(line("Der Minister schrieb am Montag einen Brief an alle."), CFG) is None
    assert R.wrote_header(line("Ich bin froh, dass er das schrieb (am 3. Mai 2024):"), CFG) is None


REPLY_TO_PAGE = ARTICLE + (
    "\n\n\nAna Paula Souza · 2h ago\nO produtor está ganhando bem com a saca acima de dois mil.\n\n"
    "José Carlos Moura · 1h ago\nRespondendo a Ana Paula Souza\nQuem tem café para vender, sim.\n"
)


def test_a_line_naming_an_earlier_author_is_a_reply_to_cue():
    thread = split_text(REPLY_TO_PAGE, "t")
    reply = thread.replies[1]
    assert reply.text == "Quem tem café para vender, sim." and reply.parent == 1
    cues = [b.text for b in thread.boilerplate if b.rule == R.REPLY_TO_AUTHOR]
    assert cues == ["Respondendo a Ana Paula Souza"]


def test_a_reply_to_cue_names_a_numbered_poster_without_the_number():
    """reply_to_author.v4 (Ziarul de Iași; heldout39): the card's header is '3. Dan T.',
    the cue under a later card 'Răspuns pentru: Dan T.'; a number alone is no name."""

    def cue_taken(first_author: str, cue: str) -> bool:
        drafts = [
            D.Draft("r", first_author, text_lines=to_lines("Asa e.")),
            D.Draft("r", "4. inginer", text_lines=to_lines(f"{cue}\nStimate domn, nu.")),
        ]
        boilerplate: list = []
        D.reply_to_author_lines(drafts, boilerplate, CFG)
        return [b.text for b in boilerplate] == [cue] and drafts[1].text_lines[
            0
        ].text == "Stimate domn, nu."

    assert cue_taken("3. Dan T.", "Răspuns pentru: Dan T.")
    assert cue_taken("12) ana_m", "Răspuns pentru: ana_m")
    assert not cue_taken("3. Dan T.", "Răspuns pentru: 3.")
    assert not cue_taken("Dan T.", "Răspuns pentru: Mihai")


def test_a_sentence_naming_an_earlier_author_stays():
    page = REPLY_TO_PAGE.replace(
        "Respondendo a Ana Paula Souza", "I think Ana Paula Souza has a point about the price."
    )
    assert split_text(page, "t").replies[1].text.startswith("I think Ana Paula Souza")


UNMARKED_PAGE = ARTICLE + (
    "\n\n\nDanaV · 3h ago\nDacă ne scoateți de pe trotuar, faceți măcar benzi sigure.\n\n"
    "cristi_b · 2h ago\nDanaV a scris:\n"
    "„Dacă ne scoateți de pe trotuar, faceți măcar benzi sigure.”\n"
    "Pe Calea Victoriei există bandă de doi ani.\n"
)


def test_a_line_repeating_an_earlier_reply_is_a_quote_of_it():
    thread = split_text(UNMARKED_PAGE, "t")
    reply = thread.replies[1]
    assert reply.author == "cristi_b" and reply.parent == 1
    assert reply.text == "Pe Calea Victoriei există bandă de doi ani."
    assert reply.quoted.startswith("„Dacă ne scoateți")


def test_a_two_line_quote_from_the_middle_of_an_earlier_reply_is_found():
    """The quote index keeps only the runs that lines above a reply's last open with;
    a quote of an earlier reply's later words, over two lines, must still be found."""
    page = ARTICLE + (
        "\n\n\nDanaV · 3h ago\nFirst a word on parking. Bike lanes on Calea Victoriei "
        "would cost less than the new car park.\n\n"
        "cristi_b · 2h ago\nbike lanes on Calea Victoriei\nwould cost less than the new car park\n"
        "The council priced both last spring.\n"
    )
    reply = split_text(page, "t").replies[1]
    assert reply.parent == 1 and reply.quoted.startswith("bike lanes on Calea Victoriei")
    assert reply.text == "The council priced both last spring."


def test_a_short_shared_opening_is_no_quote():
    page = ARTICLE + "\n\n\nAgreed, the plan.\n\nAgreed, the plan.\nBut not the cost.\n"
    texts = [r.text for r in split_text(page, "t").replies]
    assert texts[-1] == "Agreed, the plan.\nBut not the cost."


def test_a_line_repeating_the_article_is_a_quote_of_it():
    page = ARTICLE + (
        "\n\n\nDanaV · 3h ago\n"
        '"according to files seen by Sky News, which says"\n'
        "Sky checked nothing, it relied on one source.\n"
    )
    reply = split_text(page, "t").replies[0]
    assert reply.text == "Sky checked nothing, it relied on one source."
    assert reply.quoted == '"according to files seen by Sky News, which says"'
    assert reply.parent is None


def test_a_quoted_sentence_of_an_earlier_reply_is_cut_off_its_line():
    page = ARTICLE + (
        "\n\n\nDanaV · 3h ago\nThe lanes are fine. The developer paid for them.\n\n"
        "cristi_b · 2h ago\n“The developer paid for them.” A few posts are not a lane.\n"
    )
    reply = split_text(page, "t").replies[1]
    assert reply.text == "A few posts are not a lane."
    assert reply.quoted == "“The developer paid for them.”" and reply.parent == 1


@pytest.mark.parametrize(
    "opening",
    [
        # The article's words in quote marks: the reader comments on the article.
        '"which changed hands twice in a single year." Where have I heard that?',
        # A quote inside the reader's own sentence.
        '"The developer paid for them" is doing a lot of work there.',
    ],
)
def test_an_opening_quote_stays_in_the_line(opening):
    page = ARTICLE + (
        "\n\n\nDanaV · 3h ago\nThe lanes are fine. The developer paid for them.\n\n"
        f"cristi_b · 2h ago\n{opening}\n"
    )
    assert split_text(page, "t").replies[1].text == opening


LONE_STUB_PAGE = ARTICLE + (
    "\n\n\n2 comments\n\nmirko_v\nMar 12\nThe mailer moved to port 587 in 1.8.\n\nLike\nReply\n\n"
    "dbl_k\nMar 12\n{stub}\n\nLike\nReply\n"
)


@pytest.mark.parametrize("stub", ["+1", "👍"])
def test_a_plus_one_or_emoji_alone_under_a_card_is_the_post(stub):
    replies = split_text(LONE_STUB_PAGE.format(stub=stub), "t").replies
    assert [(r.author, r.text) for r in replies][-1] == ("dbl_k", stub)


@pytest.mark.parametrize(
    "stub",
    [
        "👍 3\nThe mailer did not move.",  # a reaction with a count over the text
        "+1\nSame problem here with Gmail.",  # the post's score over its text
    ],
)
def test_chrome_over_a_post_s_text_stays_chrome(stub):
    replies = split_text(LONE_STUB_PAGE.format(stub=stub), "t").replies
    assert [(r.author, r.text) for r in replies][-1] == ("dbl_k", stub.split("\n")[1])


def test_a_short_run_of_the_article_words_stays_the_reply_s_own():
    """Agreeing in the article's words ('changed hands twice') is no quote: five words."""
    page = ARTICLE + (
        "\n\n\nDanaV · 3h ago\nchanged hands twice in a\nsingle year, and both times by deal.\n"
    )
    reply = split_text(page, "t").replies[0]
    assert reply.text.startswith("changed hands twice in a") and not reply.quoted


@pytest.mark.parametrize(
    "text",
    [
        "Yorumlar (56)",
        "Σχόλια (31)",
        "27 kommenttia",
        "댓글 [ 7 ]",
        "Hozzászólások",
        "Diskusia (58)",
        "Bình luận (8)",
        "Komentarze 11",
        "Kommentaarid (43)",
        "Komentarji (214)",
        "Komentari (57)",
    ],
)
def test_comment_header_in_more_languages(text):
    assert R.comment_header(line(text), CFG).role == R.ROLE_MARKER


def test_comment_header_is_not_a_sentence_about_comments():
    assert R.comment_header(line("Yorumlar çok sert olmuş bence"), CFG) is None


@pytest.mark.parametrize(
    "notice",
    [
        "Yorum yapabilmek için üye girişi yapmalısınız.",
        "Για να σχολιάσετε πρέπει να συνδεθείτε.",
        "Os comentários são de responsabilidade exclusiva de seus autores.",
        "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
        "Kommenteerimiseks logi sisse. Kommentaarid on modereeritud.",
        "Za komentiranje se prijavite.",
        "Pravila komentiranja",
    ],
)
def test_log_in_notices_under_the_comment_header_are_policy(notice):
    ctx = _ctx(f"T\n\nSome article text here.\n\nYorumlar (56)\n{notice}\nAli\n3 saat önce\nEvet.")
    assert R.comment_policy(ctx, 3).rule == "boilerplate.comment_policy.v2"


def test_a_time_line_the_rules_do_not_read_does_not_hide_a_reply_to_cue():
    page = ARTICLE + (
        "\n\n\nΓΠ\nΓιώργος Π.\nπριν από 4 ώρες\nΕπιτέλους ένα λογικό μέτρο.\n\n"
        "ΕΚ\nΕλένη Κ.\nπριν από 3 ώρες\nΑπάντηση προς Γιώργος Π.\nΔεν συμφωνώ.\n"
    )
    thread = split_text(page, "t")
    assert thread.replies[1].parent == 1
    assert "Απάντηση προς Γιώργος Π." not in thread.replies[1].text


@pytest.mark.parametrize(
    "text",
    [
        "3 saat önce",
        "πριν από 4 ώρες",
        "för 2 timmar sedan",
        "2 godz. temu",
        "acum 3 ore",
        "2 giờ trước",
        "3 órája",
        "3시간 전",
        "3時間前",
        "před 3 hodinami",
    ],
)
def test_relative_times_in_more_languages(text):
    assert R.timestamp(line(text), CFG).role == R.ROLE_BOILERPLATE


@pytest.mark.parametrize("text", ["Вчера", "Bugün", "Saat kaçta geliyorsun?", "vor allem"])
def test_a_day_word_alone_or_a_sentence_is_no_time(text):
    assert R.timestamp(line(text), CFG) is None


def test_the_last_reply_under_a_time_line_is_not_the_page_footer():
    page = ARTICLE + (
        "\n\n\nΓΠ\nΓιώργος Π.\nπριν από 4 ώρες\nΕπιτέλους ένα λογικό μέτρο.\nΑπάντηση\n\n"
        "ΣΜ\nΣοφία Μ.\nπριν από 1 ώρα\nΚαι για την Ύδρα τι γίνεται;\nΑπάντηση\n"
        "Όροι χρήσης\nΠολιτική απορρήτου\n© 2025 ΚΑΘΗΜΕΡΙΝΗ Α.Ε.\n"
    )
    texts = [r.text for r in split_text(page, "t").replies]
    assert texts[-1].startswith("Και για την Ύδρα τι γίνεται;")


def test_a_month_day_year_run_together_is_a_date():
    assert R.timestamp(line("May.14.2025 at 9:14 am"), CFG).role == R.ROLE_BOILERPLATE
    assert R.timestamp(line("Fig.12.2024"), CFG) is None


def test_a_repeated_button_that_trails_off_is_chrome():
    page = STUB_PAGE.replace("Messages", "More sharing options...")
    texts = [r.text for r in split_text(page, "t").replies]
    assert "More sharing options..." not in texts and len(texts) == 3
    asked = STUB_PAGE.replace("Messages", "Who paid?")
    assert [r.text for r in split_text(asked, "t").replies].count("Who paid?") == 2


def test_a_signature_repeated_under_posts_is_not_a_reply():
    sig = '"Never trust a benchmark you didn\'t run yourself."'
    page = ARTICLE + (
        f"\n\n\nIt closed in May.\n\n{sig}\n\nThe figure was forty percent.\n\nSource?\n\n{sig}\n"
    )
    thread = split_text(page, "t", SplitConfig(learned_chrome=False))
    assert [r.text for r in thread.replies] == [
        "It closed in May.",
        "The figure was forty percent.",
        "Source?",
    ]
    assert [b.text for b in thread.boilerplate if b.rule == R.REPLY_REPEATED_BLOCK] == [sig] * 2
    double_post = ARTICLE + f"\n\n\nIt closed in May.\n\n{sig}\n\n{sig}\n"
    assert len(split_text(double_post, "t", SplitConfig(learned_chrome=False)).replies) == 3


def test_two_readers_saying_a_short_thing_twice_stay():
    page = ARTICLE + "\n\n\nMe too.\n\nIt closed in May, not June.\n\nMe too.\n"
    texts = [r.text for r in split_text(page, "t", SplitConfig(learned_chrome=False)).replies]
    assert texts.count("Me too.") == 2


def test_a_foreign_site_footer_is_cut_from_the_last_reply():
    page = ARTICLE + (
        "\n\n\nalice · 3h ago\nIt closed in May, not June.\nReply\n\n"
        "bob · 2h ago\nPociągi jeżdżą, ale to nadal za rzadko.\n"
        "Dostępność\nKariera\nMapa serwisu\nPolityka prywatności\n© 2025 Wirtualna Polska\n"
    )
    assert split_text(page, "t").replies[-1].text == "Pociągi jeżdżą, ale to nadal za rzadko."


@pytest.mark.parametrize(
    "text", ["Quoted: 431 Post(s)", "Rep:", "Liked 87 Times in 54 Posts", "Tagged: 0 Thread(s)"]
)
def test_forum_profile_fields_are_chrome(text):
    assert R.classify_line(line(text), CFG).role == R.ROLE_BOILERPLATE


def test_sort_lines_take_single_options():
    assert R.vote_count(line("Most Respected"), CFG) is not None
    assert R.vote_count(line("Trending (recent votes count more)"), CFG) is not None


# Session 3: generic rules, measured on the seen held-out sets (naver_news, mumsnet).
V9_CASES = [
    (R.removed_post, "Message withdrawn at poster's request.", "My comment was removed, again."),
    (R.removed_post, "This comment has been deleted", "This comment has been helpful, thanks."),
    (R.removed_post, "삭제된 댓글입니다.", "댓글 감사합니다."),
    (
        R.removed_post,
        "This comment is below the vote threshold.",
        "This comment is below the belt, mate.",
    ),
    (R.removed_post, "comment score below threshold", "My comment score is below average."),
    (
        R.call_to_action,
        "Join us (it's free) to comment, post deals and vote.",
        "Join us at the rally to comment on the plan.",
    ),
    (R.removed_post, "Dieser Kommentar wurde entfernt.", "Der Kommentar des Ministers war falsch."),
    (R.ad_marker, "ADVERTISEMENT", "Advertisement revenue fell by 12% last year."),
    (R.arrow_header, "kvoss → R_Stockton", "Prices → up again this year, sadly."),
    (R.sort_bar, "Ordina per: I più votati | I più recenti", "Ordina per favore una pizza."),
    (R.ad_marker, "Anzeige", "Ad hoc."),
    (
        R.topic_tags,
        "Cauvery river / water sharing / Karnataka / Tamil Nadu",
        "It was 40 / 60 / 80 last year, and it will rise again this year too.",
    ),
]

# Every round's (rule, line it must match, line it must not match) cases, checked alike.
# Session 12: SweClockers' post card (heldout22); Suomi24's note of removed posts, RC
# Groups' vBulletin thread tools and Lichess' note to guests (heldout23).
V12_CASES = [
    (R.timestamp, "Igår 20:58", "Igår var jag på bio klockan 20:58"),
    (R.wrote_header, "Skrivet av Ozzed:", "Skrivet av en vän som vet bättre än jag:"),
    (R.profile_line, "Medlem ● Registrerad feb 2012", "Registrerad feb 2012 men aldrig aktiv"),
    (R.share_bar, "Citera", "Citera gärna hela tråden om du vill"),
    (R.share_bar, "4 gillar", "4 gillar den här kylaren mer än jag"),
    (R.share_bar, "Visa signatur", "Visa signatur och avatar i inställningarna"),
    (R.removed_post, "Ketjusta on poistettu 1 sääntöjenvastaista viestiä.", "Ketjusta puuttuu."),
    (R.removed_post, "2 posts have been removed", "2 posts have been great reads"),
    (
        R.reaction_notice,
        "The Following 2 Users Say Thank You to Chippy For This Useful Post:",
        "The following users say thank you to everyone who helped.",
    ),
    (
        R.reaction_notice,
        "Derek C (7th March 2025), GumnutJoe (7th March 2025)",
        "I bought it (in 2019), then sold it.",
    ),
    (R.reaction_notice, "GumnutJoe (07.03.2025)", "자갤러(118.235)"),
    (R.reaction_notice, "Derek C (7th March 2025)", "We met at the show (7th March 2025)"),
    (R.avatar_alt, "PhaseAngle's user avatar", "Change your user avatar"),
    (R.wrote_header, "Ferran_de_Valls ha escrit:", "Ell mateix ho ha escrit aquí: mira"),
    (R.wrote_header, "Ivan je napisal:", "Ivan je napisal pismo prejšnji teden."),
    (R.vote_count, "Klicka för att expandera...", "Klicka här för att läsa hela artikeln"),
    (R.removed_post, "Este comentario fue eliminado.", "Este comentario fue genial."),
    (R.removed_post, "삭제 되었습니다.", "삭제하면 안 됩니다."),
    (R.removed_post, "Questo commento è stato rimosso.", "Questo commento è giusto."),
    (R.removed_post, "Deze reactie is verwijderd.", "Deze reactie klopt niet."),
    (R.removed_post, "Komentarz został usunięty", "Komentarz bardzo trafny."),
    (R.removed_post, "Tento komentář byl smazán.", "Tento komentář je mimo."),
    (R.removed_post, "Bu yorum kaldırıldı.", "Bu yorum çok doğru."),
    # v6 (heldout89: Iltalehti, Inquirer, Jutarnji, Ottawa Sun; heldout90: Kaksplus).
    (R.removed_post, "This comment is no longer available.", "This comment is no longer true."),
    (R.removed_post, "This comment violated our policy.", "The comment violated nothing."),
    (R.removed_post, "(comment removed)", "(comment edited for typos)"),
    (R.removed_post, "(deleted comment)", "(deleted a typo)"),
    (
        R.removed_post,
        "Dieses Posting wurde von der Redaktion entfernt.",
        "Dieses Posting wurde von mir geschrieben.",
    ),
    (R.removed_post, "Tämä kommentti on poistettu.", "Tämä kommentti on hyvä."),
    (R.removed_post, "Komentar je uklonjen zbog kršenja pravila.", "Komentar je točan."),
    (R.removed_post, "Сообщение было удалено", "Сообщение было полезным"),
    # _REMOVED_NOUN_VERB (heldout93: Al Riyadh, IDN Times, Webtretho, Yeni Şafak;
    # heldout94: Decidim): only the passive's words between the noun and the verb, and
    # no question.
    (R.removed_post, "Komentar ini telah dihapus.", "Komentar ini bagus, jangan dihapus."),
    (R.removed_post, "Bu yorum kullanıcı tarafından silindi.", "Bu yorum çok iyi, silindi mi?"),
    (
        R.removed_post,
        "Bình luận đã bị xóa bởi quản trị viên.",
        "Bình luận hay quá, đừng xóa nhé.",
    ),
    (
        R.removed_post,
        "Denne kommentaren har blitt fjernet av forfatteren.",
        "Denne kommentaren er bra og bør ikke fjernet.",
    ),
    (R.removed_post, "This post has been hidden.", "This post is great and I hidden gems."),
    (R.removed_post, "Aquest comentari ha estat ocult.", "Aquest comentari ha estat ocult?"),
    (R.removed_post, "The post was deleted.", "The post was deleted? Why?"),
    (R.removed_post, "تم حذف هذا التعليق", "أرجو عدم حذف هذا التعليق"),
    (R.removed_post, "Moderatör tarafından silindi: reklam.", "Moderatör çok iyi."),
    (R.removed_post, "Inlägget har tagits bort av en moderator.", "Inlägget var bra."),
    (R.edit_note, "本帖最后由 双擎技术控 于 2025-1-17 09:25 编辑", "本帖最后由我来总结一下"),
    (R.edit_note, "本帖最後由 阿哲哥 於 2023-12-6 08:12 編輯", "本帖最後的照片很美"),
    (R.removed_post, "该点评因违反《社区规范》已被隐藏", "这家店的点评都很真实"),
    (R.removed_post, "提示: 作者被禁止或刪除 內容自動屏蔽", "提示: 記得帶傘"),
    # vote_count.v12 and call_to_action.v7 (session 28: heldout90, heldout92, heldout94).
    (R.vote_count, "Carica altro...", "Carica altro pane nel forno."),
    (R.vote_count, "Citovat", "Citovat ho nebudu."),
    (R.vote_count, "공유하기", "공유하기 좋은 글이네요"),
    (
        R.call_to_action,
        "Tienes que iniciar sesión o registrarte para responder aquí.",
        "Tienes que regar menos en invierno.",
    ),
    (R.call_to_action, "Stuur mij nieuwe reacties via e-mail.", "Stuur mij een foto van je fiets!"),
    (R.call_to_action, "Hifadhi jina langu, barua pepe na tovuti", "Hifadhi ya Taifa ni nzuri."),
    (R.removed_post, "该帖已被管理员删除", "该帖写得很好"),
    (R.removed_post, "관리자에 의해 삭제된 글입니다.", "관리자님 감사합니다."),
    (R.vote_count, "Thread Tools", "Thread tools are in the menu above"),
    (R.vote_count, "Email this Page…", "Email this page to your MP today"),
    (R.vote_count, "Show Printable Version", "Show printable version of the rules please"),
    (
        R.call_to_action,
        "You can't post in the forums yet. Play some games!",
        "You can post a link to the game, though.",
    ),
]
# Session 14: Bulawayo24, Delfi, Dnevnik, Index.hr, Invision, phpBB and vBulletin cards
# (heldout24).
V14_CASES = [
    (R.profile_line, "IP: 78.58.xx.xx", "The IP: 78.58.1.1 address was mine"),
    (R.profile_line, "IP: 197.221.***.***", "IP: the letters stand for protocol"),
    (
        R.card_header,
        "Sis Thandi - 12 Mar 2025 at 07:40hrs | IP: 77.246.***.***",
        "Water cuts - 12 Mar 2025 at 07:40hrs | IP rights",
    ),
    (R.timestamp, "prieš 3 val.", "Prieš tai buvo geriau."),
    (R.timestamp, "преди 5 минути", "Преди всичко трябва ремонт."),
    (R.timestamp, "prije 3 sata", "Prije svega, hvala."),
    (R.sort_bar, "Rikiuoti:", "Rikiuoti reikia pagal datą, ne pagal vardą."),
    (R.sort_bar, "Подреди по:", "Подреди си нещата първо."),
    (R.vote_count, "Naujausi", "Naujausi duomenys rodo ką kita."),
    (R.vote_count, "Display posts from previous:", "Display posts from the previous page too"),
    (R.share_bar, "Atsakyti", "Atsakyti į klausimą sunku."),
    (R.share_bar, "· Odgovori · 33 · 4 h · Uređeno", "Odgovori mi na pitanje, molim te."),
    (R.share_bar, "Sviđa mi se", "Sviđa mi se ovaj prijedlog."),
    (R.share_bar, "Сигнализирай", "Сигнализирай на полицията, не тук."),
    (R.comment_header, "Коментари (37)", "Коментари на министъра бяха остри."),
    (R.comment_header, "Komentarai (84)", "Komentarai apie tai pasirodė vakar."),
    (
        R.reply_to_line,
        'До коментар [#1] от "Кирил Ангелов":',
        "До коментар на министъра няма да стигнем.",
    ),
    (R.reply_to_line, 'Reply to comment #4 by "ann":', "Reply to comment #4 by Friday, please."),
    (R.comment_form_button, "Post Comment", "Post comments are closed."),
    (R.comment_form_button, "Skelbti", "Skelbti reikia viską."),
    (R.edit_note, "Edited March 10 by spring_bar", "Edited the video by hand"),
    (R.avatar_alt, "dr_bob's Avatar", "It's my favourite avatar"),
]
# Session 15: Familjeliv, iFish (vBulletin 4) and Wheeling It (heldout25).
V15_CASES = [
    (R.wrote_header, "bullen78 skrev 2025-03-05 09:10:", "Priset steg 2025-03-05 09:10:"),
    (
        R.disclaimer,
        "If this is your first visit, be sure to check out the FAQ by clicking the link above.",
        "If this was your first trip, be sure to check the river gauge first.",
    ),
    (R.vote_count, "Loading...", "Loading the boat took an hour..."),
    # heldout26: Embarcadero, Blogger, XenForo, phpBB 2, Invision.
    (R.share_bar, "Report Objectionable Content", "Report objectionable content to the editor."),
    (R.share_bar, "View user's profile Send private message", "View user's profile to see it."),
    (R.presence_line, "Brian is a registered user.", "Brian is a registered nurse."),
    (
        R.quote_line,
        'Quoting Willows Resident: "Take away a lane and it will be every car."',
        "Quoting Willows Resident: take away a lane and it gets worse.",
    ),
    (R.post_pager, "Newer Post Older Post Home", "Newer posts are better at home"),
    (R.archive_toggle, "▼ March (9)", "▼ March was cold (9 days of frost)"),
    (R.vote_count, "Reactions:", "Reactions: what a word"),
    (
        R.posted_subject_header,
        "PostPosted: Tue Mar 11, 2025 11:05 am    Post subject: \tReply with quote",
        "Posted: the carb came back Post subject: idle",
    ),
    (R.wrote_header, "8 minutes ago, Jud said:", "8 minutes ago, it said nothing:"),
]
# heldout27: phpBB with numbered posts, Invision, vBulletin 4, UOL, Ruliweb, TVNET, Coral.
V16_CASES = [
    (
        R.header_shape,
        "#3: Post by orsonw (original poster) » March 3rd, 2025, 10:02 pm",
        "#3: Post by the river » we met",
    ),
    (
        R.header_shape,
        "#4: Post by Supporter ♡ ShotMaker » March 3rd, 2025, 10:30 pm",
        "Supporter ♡ of the club since March 3rd, 2025, and happy",
    ),
    (
        R.call_to_action,
        "You can post now and register later. If you have an account, sign in now to post.",
        "You can register the boat later.",
    ),
    (R.call_to_action, "Ainda não é assinante? Assine já.", "Ainda não sei o que fazer."),
    (R.call_to_action, "로그인 후 댓글을 작성할 수 있습니다.", "로그인 없이 봤어요"),
    (
        R.disclaimer,
        "Komentāri ir lasītāju viedoklis, un redakcija par to saturu neatbild.",
        "Komentāri ir labi, bet redakcija kavējas.",
    ),
    (
        R.presence_line,
        "There are currently 1 users browsing this thread. (0 members and 1 guests)",
        "There are currently 3 lanes closed on the bridge.",
    ),
    (R.edit_note, "(Edited)", "(Edited by my wife, sorry)"),
    (R.wrote_header, "Māris (04.03.2025 21:58) rakstīja:", "Viņš rakstīja daudz par to."),
]
# heldout27, session 17: UOL's second subscriber line, Ammon News's comment policy.
V17_CASES = [
    (
        R.call_to_action,
        "Se você já é assinante do UOL, faça seu login.",
        "Se você já é morador do bairro, sabe disso.",
    ),
    (
        R.disclaimer,
        "يرجى الالتزام بأدب الحوار، وعدم الخروج عن موضوع الخبر.",
        "يرجى من الأمانة توضيح هذه النقطة.",
    ),
    # Pantip: comment numbers, Thai buttons and reactions, the log-in prompt.
    (R.numbered_post, "ความคิดเห็นที่ 1-2", "ความคิดเห็นที่ดีมากครับ"),
    (R.share_bar, "ถูกใจ 14", "ถูกใจมากครับ ขอบคุณ"),
    (R.share_bar, "ตอบกลับ", "ตอบกลับช้าไปหน่อย"),
    (R.vote_count, "แสดงความคิดเห็น", "แสดงความคิดเห็นได้ดีมาก"),
    (R.call_to_action, "กรุณาเข้าสู่ระบบ ก่อนแสดงความคิดเห็น", "กรุณาขับช้าๆ นะครับ"),
    # UBB.threads' thread tools and who is online, under the last post.
    (R.navigation, "Next Thread", "Next thread I start will be about stoves."),
    (R.navigation, "Who's Online Now", "Who's online now? Me."),
    (
        R.presence_line,
        "3 members (Crossbow Carl, SageHen, 1 invisible), 412 guests, and 5 robots.",
        "3 members of my camp saw 2 guests arrive.",
    ),
    (
        R.presence_line,
        "In total there are 23 users online :: 2 registered, 0 hidden and 21 guests",
        "In total there are 23 users of this stove here.",
    ),
    (R.presence_line, "Most Online 21,766 Jan 28th, 2024", "Most online stores sell 2 kinds."),
    (R.presence_line, "Topics1,214,309", "Topics 1 and 2 are closed."),
    (R.presence_line, "Key: Admin, Global Mod, Mod", "Key: admin rights are not needed."),
    (
        R.presence_line,
        "Moderated by  Campfire Mods",
        "Moderated by the community, which is why this thread is a mess",
    ),
]
# heldout28, after its blind scoring: Phys.org.
V17_CASES += [
    (R.timestamp, "1 / 5 (2) Mar 12, 2025", "1 / 5 people agree, Mar 12"),
    (R.timestamp, "not rated yet Mar 13, 2025", "not rated yet, sadly"),
    (
        R.disclaimer,
        "This article has been reviewed according to Science X's editorial process.",
        "This article has been reviewed by nobody, it seems.",
    ),
    (R.call_to_action, "E-mail the story", "Email the author about the story, then wait."),
    (R.share_bar, "Complain", "Complain to Fuji, it is their bug."),
    # Invision in Italian and Portuguese (Forum Astrofili, Clube do Hardware).
    (R.timestamp, "Inviato 11 Marzo", "Inviato il pacco a Marzo, mai arrivato"),
    (R.timestamp, "Postado 11 de março", "Postado no grupo de março"),
    (R.profile_line, "2.318 messaggi", "2.318 messaggi in un anno, bravo"),
    (R.profile_line, "Utente Esperto", "Utente esperto di Dobson"),
    (R.profile_line, "Membro Pleno", "Membro pleno desde 2010, Diego"),
    (R.share_bar, "Link al commento", "Link al commento di Stefano: leggetelo"),
    (R.share_bar, "Compartilhar em outros sites", "Compartilhar em outros sites é proibido"),
    (
        R.wrote_header,
        "Il 11/3/2025 at 21:04, Stefano Rigel ha scritto:",
        "Il telescopio di Stefano ha scritto la storia:",
    ),
    (R.edit_note, "Editado 11 de março por Tassi.Hard", "Editado, mas a fonte continua ruim"),
    (
        R.call_to_action,
        "Registrati per un nuovo account nella nostra comunità. È facile!",
        "Registrati i dati del seeing, poi vediamo.",
    ),
    # Douban: buttons with glued counts, the poster's province after the time.
    (R.share_bar, "赞(86)", "赞成(86)的人很多"),
    (R.timestamp, "2025-03-11 14:12:45 上海", "00:00 开场"),
    # Discourse's topic map and accepted-answer badge (discuss.pixls.us, Home Assistant).
    (R.vote_count, "last reply", "last reply wins, I think"),
    (R.vote_count, "Solution", "Solution: reflash it"),
    # heldout29: Oxford Mail, Berkeleyside, XenForo in Portuguese (Adrenaline).
    (R.share_bar, "Report this comment", "Report this comment to the police, honestly."),
    (
        R.disclaimer,
        "Comments are open for 72 hours after publication.",
        "Comments are open for everyone, so stop whining about censorship.",
    ),
    (R.profile_line, "Participante", "Participante da reunião"),
    (
        R.call_to_action,
        "Você precisa entrar ou se registrar para responder aqui.",
        "Você precisa de uma fonte melhor.",
    ),
    (R.thread_meta, "Thread starter tomasz_k", "Thread starter here, thanks everyone"),
    (
        R.thread_meta,
        "Thread starter RustyFretwire Start date Mar 12, 2025",
        "Ersteller des Threads hat völlig recht.",
    ),
    (R.thread_meta, "Data de início 11 Mar 2025", "Data de início do projeto indefinida"),
    (R.vote_count, "Solução", "Solução: trocar a fonte"),
    # phpBB's clock and edit note, Invision in Greek, XenForo 1's location field.
    (R.thread_meta, "It is currently Wed Mar 12, 2025 10:41 pm", "It is currently raining hard"),
    (
        R.edit_note,
        "Last edited by oldcanoeist on Wed Mar 12, 2025 7:55 am, edited 1 time in total.",
        "Last edited by my mother on a whim and never again since then.",
    ),
    # vBulletin's with the editor's reason (Pentax Forums; heldout39).
    (
        R.edit_note,
        "Last edited by wildlife_wanda; 03-03-2025 at 11:52 AM. Reason: forgot shutter speed",
        "Last edited by wildlife_wanda; the reason: she forgot the shutter speed again",
    ),
    # v8: an editor's name of two words (WoodenBoat Forum; heldout84).
    (
        R.edit_note,
        "Last edited by Tod Brennan; 03-02-2025 at 06:51 PM.",
        "Last edited by my wife and me, then reviewed; it took hours.",
    ),
    (R.timestamp, "Δημοσ. 11 Μαρτίου", "Δημοσ. ήταν καλό"),
    (R.profile_line, "Μέλος", "Μέλος της ομάδας μας"),
    (R.share_bar, "Σύνδεσμος στο σχόλιο", "Σύνδεσμος στο σχόλιο του Νίκου είναι καλός"),
    # 'IP Logged' in the forum's language (Guns.ru, Copeslietas; heldout84).
    (R.ip_logged, "IP: Записан", "IP: 78.58.xx.xx"),
    (R.ip_logged, "IP ierakstīts", "IP adrese ir slēpta"),
    (
        R.wrote_header,
        "Πριν από 2 ώρες, kostas_thess είπε:",
        "Πριν από όλα, ο Κώστας είπε πολλά και καλά:",
    ),
    (R.vote_count, "Quote this Post", "Quote this post in your reply"),
    # Hebrew talkbacks (Haaretz, Mako): controls, 'in reply to'.
    (R.vote_count, "ממוין לפי:", "ממוין לפי גודל, לא לפי מחיר"),
    (R.comment_header, "הצג את כל התגובות (31)", "הצג את כל התגובות שלך לחברים שלך"),
    (R.reply_to_line, "בתגובה ל: מתכננת ערים", "בתגובה לכתבה הזאת אני חייב לומר שזה מזעזע"),
    # UBB.threads' counted likers, wpDiscuz's prompt (WoodNet, Universe Today).
    (R.reaction_notice, "1 member likes this: mapleburl", "1 member likes this: the whole idea"),
    (
        R.call_to_action,
        "Would love your thoughts, please comment.x ()",
        "Would love your thoughts on the preprint.",
    ),
    # FluxBB's card (Arch Linux forums): its place field is no mail header.
    (R.mail_from, "From: Graz", "Graz is lovely in spring"),
    # Asr Iran (Persian): 'in reply to', the reply button; Danish 'Svar til'.
    (R.reply_to_line, "در پاسخ به رضا", "در پاسخ به این سوال باید گفت که قیمت بلیت بالا رفته"),
    (R.reply_to_line, "Svar til Henrik Aagaard", "Svar til alle: det er lukket nu"),
    (R.share_bar, "پاسخ", "پاسخ من این است"),
    # vBulletin in Croatian (Forum.hr).
    (R.vote_count, "Citiraj:", "Citiraj: Golf je bolji"),
    (R.wrote_header, "Izvorno napisao DizelDoktor", "Izvorno je napisao pismo, ali dugo"),
]
# Session 18: PTT's pushes and system notes (heldout29), and heldout30's sites.
V18_CASES = [
    (R.reply_to_line, "[Re: koan58]", "Re: koan58"),
    (R.reply_to_line, "In reply to Bill Hutchison.", "In reply to critics, he said so."),
    (R.edit_note, "Edited Yesterday at 22:49 by Dave Franks", "Edited it yesterday by hand."),
    (R.comment_box, "Bæta við athugasemd...", "Bæta við athugasemd"),
    (R.comment_box, "Bình luận của bạn...", "Bình luận của bạn rất hay..."),
    (R.action_row, "Líkar þetta · Svara · 38 · 1 d.", "Bergen · Oslo · Trondheim"),
    (R.action_row, "Like · Reply · 3", "I paid 38 · then left the shop · never came back"),
    (R.action_row, "Reply · Share · 12k", "Home · News · 2024"),
    (R.action_row, "Svara · 2 · 1 d.", "Yes · No · ..."),
    (R.reaction_notice, "Reaktiot: bob_k, Anna ja 3 muuta", "Reaktiot: ne olivat hyviä."),
    (R.bbs_system_line, "※ 轉錄至看板 Gossiping", "※ 轉錄的文章請註明出處"),
    (
        R.call_to_action,
        "Cevap yazmak için giriş yapmalı veya kayıt olmalısınız.",
        "Cevap yazmak zor.",
    ),
    (R.profile_line, "Mesajlar: 142", "Mesajlar geldi, bak."),
    (R.vote_count, "Genişletmek için tıkla...", "Genişletmek için tıkla ve bekle, sonra yaz."),
    (R.reaction_notice, "emre_kaan34 ve Sarp_T bunu beğendi.", "Ben de bunu beğendim."),
    (R.thread_meta, "Konu sahibi emre_kaan34", "Konu sahibi olarak şunu söyleyeyim ki zor."),
    (R.thread_meta, "Başlangıç tarihi 10 Mart 2025", "Başlangıç tarihi belli değil."),
    # heldout31: Finnish XenForo (MuroBBS), BLOX (Union-Bulletin), UKClimbing, SG.hu,
    # Prothom Alo.
    (R.thread_meta, "Aloittaja Joonas_K", "Aloittaja ei tiennyt mitään koko asiasta."),
    (R.thread_meta, "Aloituspäivämäärä 9.3.2025", "Aloituspäivämäärä on vielä auki."),
    (R.vote_count, "Klikkaa laajentaaksesi...", "Klikkaa laajentaaksesi kuvaa, niin näet."),
    (R.vote_count, "Reaktiot:", "Reaktiot: hyvät ja huonot puolet selvisivät."),
    (R.vote_count, "Loading Notifications...", "Loading the trailer took us an hour..."),
    (R.vote_count, "Legújabb elöl", "Legújabb elöl ülök a buszon."),
    (R.wrote_header, "Vesa-Pekka sanoi:", "Hän sanoi: ei käy."),
    (R.wrote_header, "ציטוט מתוך הודעה של dganit77:", "ציטוט מתוך הספר שקראתי אתמול בערב"),
    (R.share_bar, "תגובה עם ציטוט", "תגובה עם ציטוט מהספר שאהבתי מאוד"),
    (R.share_bar, "Lainaa", "Lainaa minulle kymppi."),
    (R.share_bar, "Vote up", "Vote up the ones you like, please."),
    (R.share_bar, "Add Reply", "Add reply buttons to the app already."),
    (
        R.call_to_action,
        "Sinun täytyy kirjautua sisään tai rekisteröityä vastataksesi tähän.",
        "Sinun täytyy soittaa asentajalle.",
    ),
    (
        R.call_to_action,
        "Hozzászólás írásához be kell jelentkezni.",
        "Hozzászólásod nagyon jó volt.",
    ),
    (
        R.disclaimer,
        "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.",
        "Be nice. He is new here.",
    ),
    (
        R.disclaimer,
        "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        "Keep it clean out there, folks.",
    ),
    (R.comment_header, "মন্তব্য (৮)", "মন্তব্য করতে লগইন করুন"),
    (R.call_to_action, "Sign In or Register to comment.", "Sign in or regret it later."),
    (
        R.disclaimer,
        "Please read our community guidelines before posting.",
        "Please read our article again before posting that.",
    ),
    (R.bbs_push, "推 sunnyday88: 早該修了 假日根本騎不動 03/11 19:05", "推薦這家店 03/11 有開"),
    (R.bbs_push, "→ r0ckm4n: 樓上 冬天是觀光旺季吧 1.2.3.4 03/11 19:15", "→ 下一步: 報名"),
    (
        R.bbs_system_line,
        "※ 編輯: lazycat0521 (114.36.218.77 臺灣), 03/11/2025 19:33:05",
        "※価格は税込です",
    ),
    (
        R.bbs_system_line,
        "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.36.218.77 (臺灣)",
        "※ 注意: 本店週一公休",
    ),
]


# Session 24 (blind sets heldout52 to heldout70): each line a rule missed, beside a line
# of the same words that is a reader's.
V24_CASES = [
    # Bukefalos, Hifi4all: 'Inlägg: 8 441' read as a reply of its own.
    (R.profile_line, "Inlägg: 8 441", "Inlägget var bra, tack för det!"),
    (R.profile_line, "Medlem siden: 2017", "Inlägget var bra, tack för det!"),
    (R.profile_line, "Indlæg: 6.882", "Inlägget var bra, tack för det!"),
    (R.profile_line, "Μηνύματα: 3.120", "Inlägget var bra, tack för det!"),
    # Aviation Stack Exchange: a badge count with no colour.
    (
        R.profile_line,
        "41.2k77 gold badges104104 silver badges228228 badges",
        "41 badges of honour.",
    ),
    # WSOC-TV: Facebook's work line closed by 'Inc.', and a badge before the town.
    (R.profile_line, "Works at Lowe's Companies, Inc.", "Works at the mill now. Loves it."),
    (
        R.profile_line,
        "Top commenter · Mooresville, North Carolina",
        "Top commenter · and proud of it!",
    ),
    (R.vote_count, "Tina Blackwelder replied · 6 replies", "Tina replied · and I agree with her"),
    # Fotosidan: 'Senast redigerad 3 mars 2025 kl 13:26' closed a reply.
    (
        R.edit_note,
        "Senast redigerad 3 mars 2025 kl 13:26",
        "Senast redigerad var texten av min bror.",
    ),
    (
        R.edit_note,
        "Zuletzt bearbeitet von Karl_M: 11.03.2025 um 09:14",
        "Senast redigerad var texten av min bror.",
    ),
    (
        R.edit_note,
        "Laatst bewerkt door Henk op 11 maart 2025 11:02",
        "Senast redigerad var texten av min bror.",
    ),
    # Astropolis, Hobbyschneiderin24, Kafeteria, TheLab: the guest box and the count of
    # who is reading, under the last post.
    (
        R.call_to_action,
        "Możesz dodać zawartość już teraz a zarejestrować się później.",
        "Możemy dodać, że zawartość jest dobra.",
    ),
    (
        R.call_to_action,
        "Neu hier? Registriere dich für ein Benutzerkonto in unserer Community.",
        "Neu hier ist nur der Radweg.",
    ),
    (R.call_to_action, "Έχετε ήδη λογαριασμό; Συνδεθείτε εδώ.", "Έχετε δίκιο για τον δρόμο."),
    (
        R.presence_line,
        "Brak zarejestrowanych użytkowników przeglądających tę stronę.",
        "Recently browsing the archives, I found this.",
    ),
    (
        R.presence_line,
        "Κανένας εγγεγραμμένος χρήστης δεν βλέπει αυτή τη σελίδα.",
        "Keine registrierten Benutzerkonten sind mir bekannt.",
    ),
    (
        R.presence_line,
        "Recently Browsing 0 members",
        "Recently browsing the archives, I found this.",
    ),
    (
        R.presence_line,
        "Ostatnio przeglądający 0",
        "Keine registrierten Benutzerkonten sind mir bekannt.",
    ),
    # 4tuning: vBulletin's thanks line in Romanian (and German).
    (
        R.reaction_notice,
        "Următorii 2 utilizatori au mulțumit lui mecanicu_ionut pentru acest mesaj:",
        "Folgende Punkte sind wichtig: Danke für alles.",
    ),
    (
        R.reaction_notice,
        "Folgende 3 Benutzer sagen Danke zu Karl für diesen nützlichen Beitrag:",
        "Folgende Punkte sind wichtig: Danke für alles.",
    ),
    # HDForums, Photrio, XDA: 'X (Twitter)' in the share row stood as a last reply.
    (R.share_bar, "X (Twitter)", "Threads like this are why I stay"),
    (R.share_bar, "Bluesky", "Threads like this are why I stay"),
    (R.share_bar, "Threads", "Threads like this are why I stay"),
]


V25_CASES = [
    # Giant in the Playground (vBulletin 4): the menu under each poster's name.
    (R.share_bar, "View Profile", "View the profile of the bill before voting."),
    (R.share_bar, "View Forum Posts", "View forum posts as advice, not law."),
    (R.share_bar, "Private Message", "Private message me if you want the plans."),
    # Miau.pl, Hinnavaatlus: phpBB 2's post header in Polish and Estonian.
    (
        R.posted_subject_header,
        "Wysłany: Pon Mar 10, 2025 22:04    Temat postu:",
        "Wysłany: Pon Mar 10, 2025    Temat postu:",
    ),
    (
        R.posted_subject_header,
        "\tPostitatud: 08.03.2025 21:02:17    Teema: Soojuspump vanasse majja?\t",
        "Update: 08.03.2025 21:02 the council met. Note: it voted.",
    ),
    (
        R.posted_subject_header,
        "Postitatud: 08.03.2025 21:02:17    Teema:",
        "Posted: Pon Wto Sro 2025 21:02    Thema:",
    ),
    (
        R.posted_subject_header,
        "Postitatud: 09.03.2025 08:45:03    Teema:",
        "Postitatud: 08.03.2025 21:02:17 Teema:",
    ),
    (
        R.posted_subject_header,
        "Wysłany: Wto Mar 11, 2025 08:15    Temat postu:",
        "Posted: Montagabend 2025 21:02    Thema:",
    ),
    (R.posted_subject_header, "Postitatud: 10.03.2025 19:44    Teema:", "Aeg: Pon 21:02    Teema:"),
]

ROUND_CASES = (
    V3_CASES
    + V5_CASES
    + V6_CASES
    + V7_CASES
    + V8_CASES
    + V9_CASES
    + V12_CASES
    + V14_CASES
    + V15_CASES
    + V16_CASES
    + V17_CASES
    + V18_CASES
    + V24_CASES
    + V25_CASES
)


@pytest.mark.parametrize("fn,text,_miss", ROUND_CASES, ids=[c[1][:24] for c in ROUND_CASES])
def test_round_rules_fire(fn, text, _miss):
    match = fn(line(text), CFG)
    assert match is not None and match.rule == fn.rule_id


@pytest.mark.parametrize("fn,_hit,text", ROUND_CASES, ids=[c[2][:24] for c in ROUND_CASES])
def test_round_rules_do_not_fire(fn, _hit, text):
    assert fn(line(text), CFG) is None


STUB_PAGE = (
    "Title of the story\n\nThe council approved the plan on Monday, officials said.\n\n"
    "12 Comments\n\nFirst reply says the plan is late.\n\nMessages\n\n"
    "Second reply asks who pays for it?\n\nMessages\n\nThird reply agrees."
)


def test_repeated_stub_drafts_are_chrome():
    thread = split_text(STUB_PAGE, "t")
    assert [r.text for r in thread.replies] == [
        "First reply says the plan is late.",
        "Second reply asks who pays for it?",
        "Third reply agrees.",
    ]
    stubs = [b for b in thread.boilerplate if b.rule == R.REPLY_REPEATED_STUB]
    assert [b.text for b in stubs] == ["Messages", "Messages"]


def test_repeated_stub_needs_a_repeat_and_no_sentence_end():
    once = STUB_PAGE.replace("Messages\n\nThird", "Third")
    rules_only = SplitConfig(learned_chrome=False)
    assert "Messages" in [r.text for r in split_text(once, "t", rules_only).replies]
    agreed = STUB_PAGE.replace("Messages", "Agreed.")
    assert [r.text for r in split_text(agreed, "t").replies].count("Agreed.") == 2


EDGE_PAGE = (
    "Title of the story\n\nThe council approved the plan on Monday, officials said.\n\n"
    "12 Comments\n\n"
    "Save this answer.\nThe plan is late by a year.\nWas this helpful? Give feedback.\n\n"
    "Save this answer.\nWho pays for it?\nWas this helpful? Give feedback.\n\n"
    "Agreed.\nThe budget doubled since March."
)


def test_a_line_opening_or_closing_two_replies_is_chrome():
    thread = split_text(EDGE_PAGE, "t", SplitConfig(learned_chrome=False))
    assert [r.text for r in thread.replies] == [
        "The plan is late by a year.",
        "Who pays for it?",
        "Agreed.\nThe budget doubled since March.",
    ]
    edges = [b.text for b in thread.boilerplate if b.rule == R.REPLY_REPEATED_EDGE_LINE]
    assert sorted(edges) == ["Save this answer."] * 2 + ["Was this helpful? Give feedback."] * 2


def test_a_short_opening_two_readers_share_stays():
    page = EDGE_PAGE.replace("Save this answer.", "Agreed.")
    texts = [r.text for r in split_text(page, "t", SplitConfig(learned_chrome=False)).replies]
    assert [t.split("\n")[0] for t in texts] == ["Agreed."] * 3
    # A reply that is only the line is never emptied by it.
    alone = EDGE_PAGE + "\n\nSave this answer."
    assert split_text(alone, "t").replies[-1].text == "Save this answer."


def test_reddit_user_prefix_is_part_of_a_name():
    match = R.classify_line(line("u/amsterdammer_89 · 4 hr. ago"), CFG)
    assert match.role == R.ROLE_HEADER and match.author == "u/amsterdammer_89"


REDDIT = (
    "Gas boilers to be phased out\n\nThe cabinet confirmed the plan on Tuesday, officials said.\n\n"
    "412 Comments\n\nlevel 1\nu/heatpump_nl · 4 hr. ago\nNetherlands\n"
    "Already had one installed in 2022.\nReply\n\nlevel 2\nu/ams_89 · 3 hr. ago\n"
    "Netherlands\nThe subsidy covers roughly 30%.\nReply\n\nlevel 1\nu/kees · 2 hr. ago\n"
    "Agreed\nthe installers are the bottleneck.\nReply\n\n"
    "View Entire Discussion (412 Comments)"
)


def test_flair_under_two_headers_is_chrome_and_posts_tab_is_not_a_header():
    thread = split_text("Posts\nWiki\n\n" + REDDIT, "t")
    assert [r.author for r in thread.replies] == ["u/heatpump_nl", "u/ams_89", "u/kees"]
    assert [r.text for r in thread.replies] == [
        "Already had one installed in 2022.",
        "The subsidy covers roughly 30%.",
        "Agreed the installers are the bottleneck.",
    ]
    flair = [b.text for b in thread.boilerplate if b.rule == "boilerplate.flair_line.v1"]
    assert flair == ["Netherlands", "Netherlands"]
    assert R.classify_line(line("Posts"), CFG).role == R.ROLE_TEXT
    assert R.classify_line(line("41 posts"), CFG).role == R.ROLE_MARKER


# --------------------------------------------------------------------------- session 6 rules


def test_talk_signature_v2_reads_talk_and_contributions_links():
    text = "Kirlia's page does. Vivillon Fan (talk | contributions) 15:18, 7 March 2025 (UTC)"
    kept, signature = R.talk_signature_split(text)
    assert kept == "Kirlia's page does."
    assert R.talk_signature(line(signature), CFG).author == "Vivillon Fan"


@pytest.mark.parametrize(
    "text",
    [
        "haruto_dev, tjh_dev, and 2 others liked this.",
        "mirko_v replied to this.",
        "mbrunner liked this.",
        "Anna Lee and 3 others like this",
    ],
)
def test_reaction_notice_fires(text):
    assert R.reaction_notice(line(text), CFG).kind == "forum-chrome"


@pytest.mark.parametrize(
    "text",
    [
        "Most people liked this.",
        "Everyone liked this.",
        "I really liked this.",
        "My wife liked this.",
        "The minister said he liked this plan, and the opposition did not like that.",
    ],
)
def test_reaction_notice_leaves_sentences(text):
    assert R.reaction_notice(line(text), CFG) is None


def test_presence_line_closes_a_vbulletin_post_whatever_the_name():
    assert R.presence_line(line("Twin Otter Tom is offline"), CFG).role == R.ROLE_FOOTER
    assert R.presence_line(line("anna è online"), CFG).role == R.ROLE_FOOTER
    assert R.presence_line(line("The whole service is offline"), CFG) is None


def test_profile_line_v3_reads_facebook_work_and_school_lines():
    assert R.profile_line(line("Works at Manila Electric Company (Meralco)"), CFG) is not None
    assert R.profile_line(line("Studied at UP Diliman"), CFG) is not None
    assert R.profile_line(line("Lives in a bubble, clearly."), CFG) is None
    assert R.profile_line(line("user #412288 212 posts"), CFG) is not None


def test_navigation_v3_reads_a_pager_among_counts():
    assert R.navigation(line("6 posts • Page 1 of 1"), CFG).kind == "navigation"
    assert R.navigation(line("I read page 1 of 300 and gave up on the whole report."), CFG) is None


@pytest.mark.parametrize(
    "text", ["Load 10 more comments", "Report Inappropriate Content", "Write a Reply..."]
)
def test_vote_count_v5_reads_plugin_and_forum_menus(text):
    assert R.vote_count(line(text), CFG).kind == "forum-chrome"


@pytest.mark.parametrize(
    "text",
    [
        "posted 2025-Mar-11, 7:58 pm AEDT",
        "Last updated on: March 11, 2025 18:22 IST",
        "2025-Mar-11, 10:02 pm",
        "Tue 11 Mar 2025 // 14:51 UTC",  # The Register: '//' between the date and time
    ],
)
def test_timestamp_v4_time_zones_and_year_first_dates(text):
    assert R.timestamp(line(text), CFG).kind == "timestamp"


def test_timestamp_v4_leaves_a_sentence_with_a_date():
    assert R.timestamp(line("Last updated on: the day the minister resigned"), CFG) is None


def test_numbered_post_v4_permalink_label_is_the_numbers():
    match = R.numbered_post(line("#5 (permalink)"), CFG)
    assert match.role == R.ROLE_HEADER and match.author is None
    assert match.chrome == "#5 (permalink)"


def test_cookie_notice_at_the_page_edges_only():
    banner = (
        "We use cookies to ensure you get the best experience on our website. By continuing, "
        "you are agreeing to our use of cookies."
    )
    ctx = _ctx(f"Title\n\nBody text of the article.\n\n{banner}")
    assert R.cookie_notice(ctx, 2).kind == "disclaimer"
    body = "\n\n".join(f"Paragraph {n} of a long article, with its own words." for n in range(60))
    ctx = _ctx(f"Title\n\n{body}\n\n{banner}\n\n{body}")
    assert R.cookie_notice(ctx, 61) is None  # the middle of the page: a reader's words
    assert R.cookie_notice(_ctx("Title\n\nI baked cookies for the whole street."), 1) is None


def test_page_footer_tail_v2_takes_a_cookie_banner_under_the_copyright():
    text = (
        ARTICLE + "\n\nComments\n\nbob\n2h\nlol same\nReply\nAbout Us\nPrivacy Policy\n"
        "© Copyright 1997-2025 Example.net | All Rights Reserved\n"
        "We use cookies to ensure you get the best experience on our website. By continuing, "
        "you are agreeing to our use of cookies. To find out more, please click this link.\nOK\n"
    )
    thread = split_text(text, "t")
    assert [r.text for r in thread.replies] == ["lol same"]


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2025 The Tyee", "the tyee"),
        ("Copyright © 2025 The Express Tribune. All rights reserved.", "the express tribune"),
        ("OzBargain © 2006-2025 All rights reserved.", "ozbargain"),
        ("Terms of Use", None),
        ("© 2025 Guardian News & Media Limited or its affiliated companies and partners", None),
    ],
)
def test_copyright_holder(notice, holder):
    assert R.copyright_holder(notice) == holder


def test_page_footer_tail_v3_takes_the_sites_sentence_about_itself():
    head = (
        "Title\n\nA sentence here, long enough for an article body.\n\n"
        "bob · 2h ago\nlol same\nReply\n"
    )
    blurb = "The Tyee is supported by readers like you. Join us.\n© 2025 The Tyee"
    # Under a footer link the site's sentence is the footer's: it starts after 'Reply'.
    assert R.page_footer_tail(_ctx(head + "Tyee Builders\n" + blurb)) == 5
    # Under a reply's header the same words are a reader's: only the notice is cut.
    assert R.page_footer_tail(_ctx(head + "ann · 1h ago\n" + blurb)) == 7
    # Right under a reply's footer they may open a reply without a header: kept too.
    assert R.page_footer_tail(_ctx(head + blurb)) == 6


def test_page_footer_tail_v4_takes_the_tagline_under_the_site_s_name():
    page = (
        "Woodworking Talk - Woodworkers Forum\nForums\n\n"
        "Blotchy cherry after the first coat of poly\n\n"
        "Building a cherry chest, milled from rough stock and sanded to 180 before the poly.\n\n"
        "SawdustSteve\nMar 11, 2025\nCherry is famous for this. Sand it back.\nLike\nReply\n"
        "Woodworking Talk - Woodworkers Forum\n"
        "A forum community dedicated to woodworking professionals and enthusiasts. Come join "
        "the discussion about tools, projects, finishing, joinery, and more!\n"
        "Help\nContact Us\nTerms of Use\n© 2025 VerticalScope Inc. All rights reserved.\n"
    )
    thread = split_text(page, "t")
    assert [r.text for r in thread.replies] == ["Cherry is famous for this. Sand it back."]
    footer = [b.text for b in thread.boilerplate if b.rule == R.page_footer_tail.rule_id]
    assert footer[1].startswith("A forum community dedicated")


@pytest.mark.parametrize("heading", ["Related topics", "Powered by Discourse"])
def test_page_footer_headings_of_forum_software(heading):
    text = (
        ARTICLE + f"\n\nComments\n\nbob\n2h\nlol same\nReply\n{heading}\n"
        "HashMap entry API and lifetimes\n"
        "help\t7\t1.2k\tFeb 19\n"
    )
    assert [r.text for r in split_text(text, "t").replies] == ["lol same"]


WORDPRESS_PAGE = ARTICLE + (
    "\n\n\ngumboot says:\nMarch 11th, 2025 at 9:03 am\nUpper Hutt at 5.1% is interesting.\n"
    "Log in to Reply\n\n"
    "hutt_ratepayer says:\nMarch 11th, 2025 at 9:31 am\n@gumboot\n\n"
    "Mostly they pushed the big water renewals out.\nLog in to Reply\n"
)


def test_a_lone_mention_under_the_time_is_the_reply_s_first_words():
    """author_footer.v2, reply_to_author.v2 and the learned trimming all leave it."""
    reply = split_text(WORDPRESS_PAGE, "t").replies[1]
    assert reply.text.startswith("@gumboot") and reply.parent == 1


def test_a_salutation_names_the_parent_and_stays():
    page = ARTICLE + (
        "\n\n\nTwin Otter Tom · 2h ago\nWouldn't the pilots notice 10 tonnes?\n\n"
        "Flaps_Fifteen · 1h ago\nTwin Otter Tom,\n\nOn an A321 10 tonnes is a full load.\n"
    )
    reply = split_text(page, "t").replies[1]
    assert reply.text.startswith("Twin Otter Tom,") and reply.parent == 1


def test_repeated_edge_line_v2_lines_alike_but_for_their_numbers():
    votes = "Vote: Thumb up {} Thumb down 0 You need to be logged in to vote"
    said = ["Rates went up again.", "Water is the real cost here.", "Same story every year."]
    page = ARTICLE + "\n\n\n"
    page += "\n\n".join(f"u{n} · {n}h ago\n{t}\n{votes.format(n * 3)}" for n, t in enumerate(said))
    assert [r.text for r in split_text(page, "t").replies] == said
    # Two readers giving two scores in the same words keep their lines.
    page = ARTICLE + (
        "\n\n\nann · 2h ago\nSaw it twice.\nI give it 8 out of 10.\n\n"
        "bob · 1h ago\nSaw it once.\nI give it 7 out of 10.\n"
    )
    texts = [r.text for r in split_text(page, "t").replies]
    assert texts == [
        "Saw it twice.\nI give it 8 out of 10.",
        "Saw it once.\nI give it 7 out of 10.",
    ]


def test_header_like_page_reads_a_typed_name_among_the_page_s_headers():
    page = ARTICLE + "".join(
        f"\n\n\n{name} says:\nMarch 11, 2025 at 11:{n}0 am\nComment number {n} here.\nReply"
        for n, name in enumerate(["Cormac", "Ah here, lads!", "Dubloony"], start=1)
    )
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("Cormac", "Comment number 1 here."),
        ("Ah here, lads!", "Comment number 2 here."),
        ("Dubloony", "Comment number 3 here."),
    ]
    # Alone on its page, the same line is no header.
    ctx = _ctx("Title\n\nSome text.\n\nAh here, lads! says:\nWhat?")
    assert R.header_like_page(ctx, 2) is None


def _drafts(first: str) -> list:
    from stance.split.drafts import Draft

    lines = iter(range(100))
    posts = [
        Draft("r", f"reader{n}", text_lines=[R.make_line(next(lines), f"My view {n}.", 1, n)])
        for n in range(1, 4)
    ]
    head = [R.make_line(next(lines), t, 1, 0) for t in first.split("\n")]
    return [Draft("r", None, text_lines=head), *posts]


@pytest.mark.parametrize(
    "notice",
    [
        "Os comentários a este artigo estão reservados a assinantes. Consulte os critérios.",
        "Willkommen in unserer Community! Unsere Netiquette finden Sie hier.\nNeueste\nÄlteste",
        "Want to bookmark your favourite articles? Start your Premium subscription today.",
    ],
)
def test_comment_section_notice_is_the_site_s(notice):
    from stance.split.drafts import comment_section_notice

    boilerplate: list = []
    kept = comment_section_notice(_drafts(notice), boilerplate, CFG)
    assert [d.author for d in kept] == ["reader1", "reader2", "reader3"]
    assert {b.rule for b in boilerplate} == {R.COMMENT_SECTION_NOTICE}


@pytest.mark.parametrize(
    "first",
    [
        "Great article, and I agree with every word of it, the whole way through.",
        "Loading comments… Trouble loading?\nWallabyCrossing\nHolding at 4.1% is the right call.",
        "I cancelled my subscription over this.",  # too short for a notice
        "@reader1 the comment rules here are a joke and everyone knows it.",
    ],
)
def test_comment_section_notice_leaves_a_first_post(first):
    from stance.split.drafts import comment_section_notice

    assert len(comment_section_notice(_drafts(first), [], CFG)) == 4


@pytest.mark.parametrize("text", ["Sortera:", "Ordenar:", "Sortieren nach:"])
def test_sort_labels_with_or_without_their_preposition(text):
    assert R.sort_bar(line(text), CFG) is not None


@pytest.mark.parametrize(
    "text", ["Ответить  Поделиться", "Odpowiedz · Zgłoś", "Yanıtla", "답글 신고", "Trả lời"]
)
def test_share_bar_reads_reply_buttons_in_more_languages(text):
    assert R.share_bar(line(text), CFG).role == R.ROLE_FOOTER


def test_share_bar_more_languages_leave_sentences():
    assert R.share_bar(line("Ответить на это нечего, честно говоря."), CFG) is None


@pytest.mark.parametrize("text", ["вчера в 14:12", "сегодня в 9:05"])
def test_timestamp_russian_day_words_with_their_time(text):
    assert R.timestamp(line(text), CFG).kind == "timestamp"


@pytest.mark.parametrize(
    "text",
    ["Sortieren nach", "סדר לפי: החדשות ביותר | הכי מדוברות", "Najnowsze", "Сначала интересные"],
)
def test_sort_labels_and_options_in_more_languages(text):
    assert R.classify_line(line(text), CFG).role == R.ROLE_BOILERPLATE


@pytest.mark.parametrize("text", ["Kommentieren", "共86条回复，点击查看", "IP属地：河南"])
def test_comment_buttons_and_province_lines_are_chrome(text):
    assert R.classify_line(line(text), CFG).role == R.ROLE_BOILERPLATE


def test_chat_line_v3_kakaotalk_name_before_time():
    match = R.chat_line(line("[소연] [오후 2:08] 넵 확인했습니다!"), CFG)
    assert (match.author, match.inline) == ("소연", "넵 확인했습니다!")
    assert R.chat_event(line("박서연님이 들어왔습니다."), CFG) is not None
    assert R.chat_line(line("[공지] 이번 주 토요일 정기런 안내드립니다."), CFG) is None


def test_presence_line_with_the_post_s_buttons_a_tab_away():
    assert R.presence_line(line("Fabio_TO è offline\t \tRispondi citando"), CFG) is not None


@pytest.mark.parametrize("text", ["< 1 >", "Por página:", "< 1 2 3 >"])
def test_navigation_v3_arrow_pagers_and_page_size_labels(text):
    assert R.navigation(line(text), CFG).kind == "navigation"


def test_wrote_header_v6_other_languages_quote_attribution_and_view_post_link():
    match = R.wrote_header(line("Originariamente inviato da Sandrone73 Guarda i messaggi"), CFG)
    assert (match.author, match.chrome_kind) == ("Sandrone73", "quote-attribution")
    assert R.wrote_header(line("Originally Posted by bob View Post"), CFG).author == "bob"
    assert R.profile_line(line("Città: Bologna"), CFG) is not None


def test_session7_comment_form_notices_sort_labels_and_ranks():
    """WordPress's comment form, Discourse's long closing notice, sort labels in French
    and German, and Spanish vBulletin's rank and join-date field (heldout18)."""
    for text in [
        "Save my name, email, and website in this browser for the next time I comment.",
        "Your email address will not be published. Required fields are marked *",
        "Notify me of follow-up comments by email.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Déjà abonné ? Se connecter",
    ]:
        assert R.call_to_action(line(text), CFG) is not None, text
    assert R.call_to_action(line("Save my seat, I am coming back after lunch."), CFG) is None
    notice = (
        "This topic was automatically closed 7 days after the last reply. "
        "New replies are no longer allowed."
    )
    assert R.closed_marker(line(notice), CFG) is not None
    assert R.closed_marker(line("The topic was closed by the council in 2019."), CFG) is None
    for text in ["Meistempfohlen", "Les plus anciens", "Post navigation"]:
        assert R.vote_count(line(text), CFG) is not None, text
    assert R.classify_line(line("Forero"), CFG).role != R.ROLE_TEXT
    assert R.profile_line(line("Fecha de Ingreso: oct 2019"), CFG) is not None


# Session 8: XenForo's post cards (garage_journal, head_fi, xda_forums, anandtech_forums).
XENFORO_CARD = (
    "{name}\n{name}\nWell-known member\nJoined\nMar 3, 2011\nMessages\n6,842\nLikes\n389\n"
    "Location\nMinnesota\nMar 9, 2025\nAdd bookmark\n#{n}\n{text}\nLike\nReply\nReport\n\n"
)


def test_profile_field_pair_fires_and_not():
    ctx = _ctx("Title\n\nJeff S.\nJoined\nMar 3, 2011\nMessages\n6,842\nLocation\nMinnesota")
    found = [R.profile_field_pair(ctx, i) is not None for i in range(len(ctx.lines))]
    assert found == [False, False, True, True, True, True, True, True]
    # The poster's title under the avatar and name (XDA) is the card's too.
    ctx = _ctx(
        "Title\n\nA\nAndyTheModder\nRecognized Contributor\nJoined\nJan 9, 2013\nMessages\n6,774"
    )
    assert [R.profile_field_pair(ctx, i) is not None for i in (2, 3)] == [False, True]
    # A lone field name is a reader's word ('Location' / 'is everything here.').
    ctx = _ctx("Title\n\nLocation\nis everything with these builds.\n\nThanks\nfor the tips.")
    assert all(R.profile_field_pair(ctx, i) is None for i in range(len(ctx.lines)))


def test_a_xenforo_thread_splits_post_by_post():
    posts = [
        ("Jeff S.", 2, "Did the radiant in my garage in 2016."),
        (
            "old_sawdust",
            3,
            "Pro here. Few things:\n\n1. Get the backup.\n\n2. Put PEX in the slab.",
        ),
        ("Mikey_T", 4, "This. Everyone who skipped it regrets it."),
    ]
    page = ARTICLE + "\n\n" + "".join(XENFORO_CARD.format(name=a, n=n, text=t) for a, n, t in posts)
    page = page.replace("Report\n\n#", "Report\n\nJeff S., Mikey_T and 4 others\n\n#")
    thread = split_text(page, "t")
    assert [r.author for r in thread.replies] == ["Jeff S.", "old_sawdust", "Mikey_T"]
    assert thread.replies[1].text.startswith("Pro here. Few things:")
    assert thread.replies[1].text.endswith("2. Put PEX in the slab.")
    chrome = {b.text for b in thread.boilerplate}
    assert {"Joined", "6,842", "Add bookmark", "Well-known member"} <= chrome


def test_reaction_notice_v2_counted_others_without_a_verb():
    assert R.reaction_notice(line("Brian_in_WI, Mikey_T and 4 others"), CFG) is not None
    assert R.reaction_notice(line("Jeff S., Brian_in_WI, Rusty Knuckles and 11 others"), CFG)
    assert R.reaction_notice(line("My brother and 4 others went to see it"), CFG) is None


def test_numbered_items_under_post_headers_stay_in_the_post():
    """v2: numbers under headed posts are a post's own list, not anonymous comments."""
    text = "1. One point.\n\n2. Another point.\n\n3. A third."
    lines = to_lines(text)
    labels = [R.classify_line(x, CFG) for x in lines]
    assert R.number_replies(lines, labels, 0, CFG) == 3
    lines = to_lines("alice · 3h ago\nIntro:\n\n" + text + "\n\nbob · 2h ago\nAgreed.")
    labels = [R.classify_line(x, CFG) for x in lines]
    assert R.number_replies(lines, labels, 0, CFG) == 0


# Session 8, heldout19 in-sample: literals of Invision, WordPress and XenForo pages.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Create an account or sign in to comment", R.ROLE_BOILERPLATE),
        ("Crie uma conta ou entre para comentar", R.ROLE_BOILERPLATE),
        ("Δ", R.ROLE_BOILERPLATE),
        ("Select Category", R.ROLE_BOILERPLATE),
        ("Zum Vergrößern anklicken....", R.ROLE_BOILERPLATE),
        ("Diego disse:", R.ROLE_ATTRIBUTION),
        ("Diego disse que a fonte é ruim.", R.ROLE_TEXT),
    ],
)
def test_session8_literals(text, role):
    assert R.classify_line(line(text), CFG).role == role


def test_xenforo_german_quote_ends_at_its_expand_line():
    page = ARTICLE + (
        "\n\nKalle\nRegistriert\nMai 2021\nBeiträge\n58\n11. März 2025\n#2\n"
        "Kalle schrieb:\nDas Netzteil fiept.\nZum Vergrößern anklicken....\nGerade getestet.\n"
    )
    reply = split_text(page, "t").replies[-1]
    assert reply.quoted == "Das Netzteil fiept." and reply.text == "Gerade getestet."
    assert "Registriert" in {b.text for b in split_text(page, "t").boilerplate}


@pytest.mark.parametrize(
    "text",
    [
        "« Links 3/11/2025",
        "2:00PM Water Cooler 3/11/2025 »",
        "← Kitchen Timer Gets An E-Ink Upgrade",
    ],
)
def test_post_pager_reads_links_to_the_previous_and_next_post(text):
    assert R.post_pager(line(text), CFG).kind == "navigation"


@pytest.mark.parametrize(
    "text",
    [
        "« C'est faux, et tout le monde le sait »",  # a French quotation
        "« Il a menti. »",
        "« anterior",  # a lone pager word: the thread pager's rules read it
        "7 △ ▽ • Reply•Share ›",  # a comment's footer
    ],
)
def test_post_pager_leaves_quotations_lone_words_and_footers(text):
    assert R.post_pager(line(text), CFG) is None


def test_post_pager_after_comments_opens_no_reply():
    page = (
        "Hospitals Sell Their Parking Lots\n\nThe lots were free for fifty years, and now "
        "they are not, as boards sign long leases with parking firms.\n\n"
        "Hollis K.\nMarch 11, 2025 at 9:15 am\nThis happened an hour from me.\nReply\n\n"
        "eg\nMarch 11, 2025 at 12:48 pm\nlol market rate.\nReply\n\n"
        "« Links 3/11/2025\n2:00PM Water Cooler 3/11/2025 »\nRecent Items\nArchives\n"
    )
    thread = split_text(page, "page")
    assert [r.text for r in thread.replies][-1].startswith("lol market rate.")
    assert len(thread.replies) == 2


@pytest.mark.parametrize(
    "text",
    [
        "11 marca 2025, 14:12",
        "11. března 2025  14:05",
        "11 martie 2025, 15:30",
        "6 de Março de 2025, 19:32",
    ],
)
def test_timestamp_reads_polish_czech_romanian_and_portuguese_months(text):
    assert R.timestamp(line(text), CFG) is not None


def test_session9_polish_comment_chrome():
    """Trójmiasto's comment list (heldout19): up and down counts, the report button, the
    reply-to cue with a colon, a sort label naming what it sorts and the desk's badge."""
    assert R.vote_count(line("+64 / -5"), CFG) is not None
    assert R.vote_count(line("64 / 5"), CFG) is None  # no signs: a ratio, not votes
    assert R.share_bar(line("zgłoś do usunięcia"), CFG).role == R.ROLE_FOOTER
    match = R.reply_to_line(line("Odpowiedź do: Mieszkaniec Redy"), CFG)
    assert match is not None and match.role == R.ROLE_REPLY_TO
    assert R.sort_bar(line("Sortuj opinie:"), CFG) is not None
    assert R.sort_bar(line("Ordenar comentarios:"), CFG) is not None
    assert R.sort_bar(line("Zoradiť: Najnovšie | Najstaršie | Najobľúbenejšie"), CFG) is not None
    assert R.sort_bar(line("Sortuj te wszystkie stare opinie:"), CFG) is None  # 4 words
    assert R.profile_line(line("Opinia wyróżniona"), CFG) is not None


def test_author_then_time_v4_reads_a_reply_to_line_above_the_name():
    page = (
        "SKM cuts weekend trains to Wejherowa\n\nTrains will run every half hour on weekends "
        "while the tracks are repaired, the operator said on Tuesday.\n\n"
        "Opinie (87)\n"
        "Mieszkaniec Redy\n11 marca 2025, 14:12\nCo pół godziny w weekend, a potem się dziwią.\n"
        "+64 / -5\nodpowiedz\nzgłoś do usunięcia\n"
        "Odpowiedź do: Mieszkaniec Redy\nkolejarz_z_pasji\n11 marca 2025, 14:40\n"
        "Na jednym torze z mijanką w Rumi? Nie da się.\n+31 / -2\nodpowiedz\nzgłoś do usunięcia\n"
    )
    thread = split_text(page, "page")
    assert [r.author for r in thread.replies] == ["Mieszkaniec Redy", "kolejarz_z_pasji"]
    assert thread.replies[1].text == "Na jednym torze z mijanką w Rumi? Nie da się."
    assert thread.replies[1].parent == 1


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("dusty_coyote said: ↑", "dusty_coyote"),
        ("Fender19 wrote: ↑Tue Mar 04, 2025 9:40 pm", "Fender19"),
    ],
)
def test_wrote_header_v7_reads_the_jump_arrow_after_the_colon(text, author):
    match = R.wrote_header(line(text), CFG)
    assert match is not None and match.author == author


def test_wrote_header_v7_keeps_an_arrow_before_words():
    # Only the post's time may follow the arrow: words there are not an attribution's.
    assert R.wrote_header(line("Prices wrote: ↑ up again this week"), CFG) is None


def _roles_by_text(text: str) -> dict[str, str]:
    """Each line's role after the line and context cascades, keyed by its text."""
    from stance.split.pipeline import _label_lines

    lines = to_lines(text)
    labels = _label_lines(lines, CFG)[0]
    return {ln.text: lab.role for ln, lab in zip(lines, labels, strict=True)}


def test_profile_field_pair_reads_a_site_s_own_field_between_known_ones():
    """ADVrider's XenForo 1 card: 'Oddometer:' (its post count) sits between 'Joined:'
    and 'Location:', and its value and the location's are chrome as well."""
    card = [
        "dusty_coyote",
        "Been here awhile",
        "Joined:",
        "Jan 12, 2019",
        "Oddometer:",
        "412",
        "Location:",
        "Tucson, AZ",
        "So I've been lurking here for years and finally have the time off to ride Baja.",
    ]
    page = "DR650 or KLR for Baja?\n\nA question for the forum about bikes and Mexico.\n\n"
    by_text = _roles_by_text(page + "\n".join(card))
    assert by_text["Oddometer:"] == R.ROLE_BOILERPLATE
    assert by_text["Tucson, AZ"] == R.ROLE_BOILERPLATE
    assert by_text[card[-1]] == R.ROLE_TEXT


def test_site_field_needs_known_fields_on_both_sides():
    card = ["dusty_coyote", "Joined:", "Jan 12, 2019", "Oddometer:", "412", "Rides a DR650."]
    page = "DR650 or KLR for Baja?\n\nA question for the forum about bikes and Mexico.\n\n"
    by_text = _roles_by_text(page + "\n".join(card))
    assert by_text["Oddometer:"] == R.ROLE_TEXT


@pytest.mark.parametrize(
    "text",
    [
        "You have entered an incorrect email address!",
        "Please enter your comment!",
        "Connectez-vous pour commenter.",
    ],
)
def test_session9_comment_form_prompts(text):
    assert R.call_to_action(line(text), CFG) is not None


def test_session9_french_moderation_disclaimer():
    text = "Les commentaires sont modérés. Le Devoir se réserve le droit de ne pas publier."
    assert R.disclaimer(line(text), CFG) is not None


VB_CARD_PAGE = ARTICLE + (
    "\n\n\n3 replies\n\nOld 03-11-25, 08:41 AM\n#2\nCampy_Carl\nSenior Member\n"
    "Join Date: Mar 2009\nPosts: 14,882\n{field}\nMentioned: 96 Post(s)\nLikes: 1,211\n"
    "Rain plus organic pads is the classic recipe.\n"
    "__________________\nRide more, worry less.\nLikes For Campy_Carl:\nReply With Quote\n"
)


def test_a_site_s_own_field_between_two_known_ones_is_card_chrome():
    thread = split_text(VB_CARD_PAGE.format(field="Bikes: Too many according to my wife"), "t")
    assert [r.text for r in thread.replies] == ["Rain plus organic pads is the classic recipe."]
    assert "Ride more, worry less." in [b.text for b in thread.boilerplate]


def test_a_sentence_between_two_fields_is_not_a_field():
    """A line that ends as a sentence is no field's value, whatever stands around it."""
    page = VB_CARD_PAGE.format(field="Note: the pads were organic.")
    assert R.inline_site_field.rule_id not in {b.rule for b in split_text(page, "t").boilerplate}


PROSILVER_PAGE = ARTICLE + (
    "\n\n\n6 posts • Page 1 of 1\nUser avatar\nrailnut_bristol\nEngineer\nEngineer\n"
    "Posts: 41\nJoined: 23 Feb 2023 20:11\n"
    "Post by railnut_bristol » Wed Mar 12, 2025 7:05 pm\nThe timetable resets after service.\nTop\n"
    "User avatar\nEddi\nTycoon\nTycoon\nPosts: 8315\nJoined: 17 Jan 2007 00:14\n"
    "Post by Eddi » Wed Mar 12, 2025 7:15 pm\nAutofill is meant for one round trip.\nTop\n"
)


def test_a_rank_said_twice_under_an_avatar_and_name_is_card_chrome():
    replies = split_text(PROSILVER_PAGE, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("railnut_bristol", "The timetable resets after service."),
        ("Eddi", "Autofill is meant for one round trip."),
    ]


def test_a_name_doubled_by_its_avatar_is_no_rank():
    """'old_sawdust' twice over 'Well-known member' (XenForo) opens the card: no name
    stands over it, so it is the name, not a rank."""
    page = ARTICLE + (
        "\n\n\n2 comments\n\nold_sawdust\nold_sawdust\nWell-known member\nJoined\n"
        "Jun 21, 2008\nMessages\n12,310\nMar 9, 2025\n#4\nRun an air cleaner too.\nLike\nReply\n"
    )
    assert R.doubled_rank.rule_id not in {b.rule for b in split_text(page, "t").boilerplate}


def test_an_alt_text_naming_no_one_is_any_poster_s_avatar():
    ctx = _ctx("Title\n\nUser avatar\nrailnut_bristol\n\nUser manual\nrailnut_bristol")
    assert R.avatar_over_name(ctx, 1)[2].author == "railnut_bristol"
    assert R.avatar_over_name(ctx, 3) is None


SMF_CARD = (
    "{name}\nLegendary\n*\nOffline\n\nActivity: 2870\nMerit: 7348\n\n"
    "Re: Transaction stuck for 3 days, can I still bump it?\nMarch 12, 2025, 06:40:02 PM\n"
    "{num}\n{text}\n{signature}Report to moderator\n"
)
SMF_PAGE = (
    "Bitcoin Forum\nHome\tHelp\tSearch\tLogin\tRegister\n"
    "Bitcoin Forum > Bitcoin > Technical Support > Transaction stuck for 3 days, can I still "
    "bump it?\nPages: [1]   print\n"
    + SMF_CARD.replace("Re: ", "").format(
        name="dunefisher",
        num="#1",
        text="I sent BTC with the lowest fee and it has sat unconfirmed since Sunday.",
        signature="",
    )
    + SMF_CARD.format(
        name="nc50lc",
        num="#2",
        text="Your money isn't lost; right-click it and pick Increase fee.",
        signature="▄▄███████████▄▄\nLUCKYBLOCK.BET\n▀▀███████████▀▀\n★ 200% BONUS ★ PLAY NOW ★\n",
    )
    + SMF_CARD.format(name="Cricktor", num="#3", text="It may confirm by itself.", signature="")
    + "Pages: [1]   print\n« previous topic next topic »\n"
    "Bitcoin Forum > Bitcoin > Technical Support > Transaction stuck for 3 days, can I still "
    "bump it?\nJump to:\n"
)


def test_an_smf_topic_splits_into_its_posts():
    """Bitcointalk (heldout21): rank, stars, status and 'Activity:'/'Merit:' are card
    chrome, the banner under a block-character row is a signature, 'Report to moderator'
    ends each post, the opening post is the article and the trail names the title."""
    thread = split_text(SMF_PAGE, "t")
    assert thread.title == "Transaction stuck for 3 days, can I still bump it?"
    assert [(r.author, r.text) for r in thread.replies] == [
        ("nc50lc", "Your money isn't lost; right-click it and pick Increase fee."),
        ("Cricktor", "It may confirm by itself."),
    ]
    assert "LUCKYBLOCK.BET" in [b.text for b in thread.boilerplate]


def test_a_trail_ending_at_the_title_names_it():
    ctx = _ctx(
        "Forum\nA > B > C > The fan is loud at idle\nMenu\nLogin\nThe fan is loud at idle\nText."
    )
    assert R.title_breadcrumb_tail(ctx) == 4
    assert R.title_breadcrumb_tail(_ctx("Forum\nA > B > C\nThe fan is loud\nText.")) is None


def test_a_bar_separated_last_paragraph_is_the_poster_s_signature():
    """Tt-Forums (heldout21): prosilver pastes a signature with no rule over it."""
    post = (
        "Post by Tulleh » Thu Mar 13, 2025 8:12 am\nAutomate fixed it for me back in 13.x.\n\n"
        "{last}\nTop\n"
    )
    page = PROSILVER_PAGE + post.format(
        last="My signal tutorials: Path signals | Priority junctions"
    )
    thread = split_text(page, "t")
    assert thread.replies[-1].text == "Automate fixed it for me back in 13.x."
    assert "My signal tutorials: Path signals | Priority junctions" in [
        b.text for b in thread.boilerplate
    ]
    # A sentence between bars is the reader's own.
    sentence = "It works now. | Thanks, all of you, for the help."
    assert (
        split_text(PROSILVER_PAGE + post.format(last=sentence), "t")
        .replies[-1]
        .text.endswith(sentence)
    )


GOLEM_POST = (
    "{subject}\nAutor: {name}\nDatum: 14.03.25 - 12:05\n{body}\n"
    "Antworten\nZitieren\nBeitrag melden\n\n"
)


def test_author_and_date_fields_head_a_post_and_its_subject_is_chrome():
    """Golem.de's forum (heldout21): 'Autor:' over 'Datum:' is a post header, the line
    above it the post's subject, and a quote framed by rule lines stays in the post."""
    page = ARTICLE + "\n\n47 Kommentare\n\n"
    page += GOLEM_POST.format(
        subject="Typisch Telekom", name="Pfälzer_Admin", body="Erst blockieren."
    )
    quote = "Pfälzer_Admin schrieb:\n" + "-" * 40 + "\n> Erst blockieren.\n" + "-" * 40 + "\n\n"
    page += GOLEM_POST.format(subject="Re: Typisch Telekom", name="hansdampf", body=quote + "Nein.")
    replies = split_text(page, "t").replies
    assert [(r.author, r.text, r.quoted) for r in replies] == [
        ("Pfälzer_Admin", "Erst blockieren.", None),
        ("hansdampf", "Nein.", "Erst blockieren."),
    ]
    assert replies[1].parent == 1


def test_an_author_field_without_a_date_field_is_no_header():
    ctx = _ctx("Title\n\nAutor: Jonas Bergmann\nDie Telekom verschiebt den Ausbau.")
    assert R.author_date_fields(ctx, 2) is None


CONSENT_PAGE = (
    "The Herald\nSubscribe\nSign in\nNews\nSport\n\n"
    "We value your privacy\n"
    "We and our partners store and/or access information on a device, such as cookies, "
    "and process personal data. You may accept or manage your choices.\n"
    "MORE OPTIONS\nAGREE\n\n"
    "Islanders told new Uig ferry will not carry passengers until spring 2026\n\n"
) + ARTICLE.split("\n\n", 1)[1]


def test_a_consent_dialog_at_the_top_is_no_headline():
    """heldout22: the dialog's heading was the title on four of twenty blind pages, and
    its notice, the page's first long text, was taken for the article's start."""
    thread = split_text(CONSENT_PAGE, "t")
    assert (
        thread.title == "Islanders told new Uig ferry will not carry passengers until spring 2026"
    )
    chrome = {b.text: b.rule for b in thread.boilerplate}
    assert chrome["We value your privacy"] == R.consent_dialogs.rule_id
    assert chrome["AGREE"] == R.consent_dialogs.rule_id


def test_a_heading_over_prose_is_no_consent_heading():
    page = CONSENT_PAGE.replace("cookies, ", "")
    assert R.consent_dialogs.rule_id not in {b.rule for b in split_text(page, "t").boilerplate}


def test_a_slashed_trail_ending_at_the_title_names_it():
    ctx = _ctx(
        "FOK!forum\nFOK!forum / Nieuws / Utrecht: stalling niet meer gratis\nMenu\n"
        "Utrecht: stalling niet meer gratis\nText."
    )
    assert R.title_breadcrumb_tail(ctx) == 3
    # The tail must be said again on its own line; a sentence is no crumb.
    assert R.title_breadcrumb_tail(_ctx("Forum / News / Stalling gratis\nOther text\nx")) is None
    assert (
        R.title_breadcrumb_tail(_ctx("I said so. / News / Stalling gratis\nStalling gratis"))
        is None
    )


@pytest.mark.parametrize("name", ["dosbox_refugee", "Jo22"])
def test_a_reply_counted_among_the_thread_s_heads_a_post(name):
    """Vogons (heldout22): 'Reply 2 of 6, by name'; a name ending in a number is no
    row of labelled counts."""
    match = R.classify_line(line(f"Reply 2 of 6, by {name}"), CFG)
    assert (match.rule, match.author) == (R.numbered_post.rule_id, name)
    assert R.numbered_post(line("Reply 2 of them by the way is wrong"), CFG) is None


def test_rank_over_its_value_is_a_card_field():
    card = (
        "Reply 1 of 6, by Tiido\nRank\nl33t\nPosts\n3,862\nJoined\n2012-01-21, 14:03\nLogged in\n"
    )
    thread = split_text(ARTICLE + "\n\n" + card + "\nYes, DSP 4.05 is affected.\n", "t")
    assert [(r.author, r.text) for r in thread.replies] == [("Tiido", "Yes, DSP 4.05 is affected.")]


INVISION_TAIL = (
    "Link to comment\nShare on other sites\n\nSign in\nAlready have an account? Sign in here.\n"
    "\nShare\nFollowers\n4\n\nGo to topic listing\n\nSimilar Content\n"
    "Pilot Custom 74 vs Custom Heritage 92 - which one?\nBy penman99\n"
    "Platinum 3776 Century soft fine review\nBy Kyoto_Kate\n"
    "Recently Browsing\n0 members\nNo registered users viewing this page.\n"
)


def test_a_forum_s_similar_topics_under_the_last_post_are_chrome():
    """The Fountain Pen Network (heldout22): the list under 'Similar Content' and the
    'Recently Browsing' count were read as a last reply."""
    page = ARTICLE + "\n\n3 replies\n\nalice · 3h ago\nThe nib is soft.\n" + INVISION_TAIL
    replies = split_text(page, "t").replies
    assert [r.text for r in replies] == ["The nib is soft."]


def test_a_similar_topics_heading_reaches_only_its_own_block():
    ctx = _ctx("Title\n\nSimilar threads\nA topic title\n\nA reply after a blank line.")
    assert R.similar_topics(ctx, 1) is not None and R.similar_topics(ctx, 2) is not None
    assert R.similar_topics(ctx, 3) is None


def test_an_smf_signature_under_logged_leaves_the_post():
    """EEVblog (heldout22): SMF prints the signature right under 'Logged'."""
    page = ARTICLE + "\n\n2 replies\n\n"
    page += "mikerj · 3h ago\nCheck the electrolytic.\nLogged\nI prefer my scope with knobs.\n\n"
    page += "tautech · 2h ago\nAgreed.\nLogged\n"
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("mikerj", "Check the electrolytic."),
        ("tautech", "Agreed."),
    ]


def test_a_quote_inside_an_smf_signature_stays_in_the_signature():
    """signature_block.v2 (YACF; heldout39): a signature may quote someone ('Quote from:
    Sandy Lanes on Today at 10:16:25 am' / the line); only a post's header ends it."""
    page = ARTICLE + "\n\n2 replies\n\n"
    page += "mikerj · 3h ago\nCheck the electrolytic.\nLogged\n"
    page += "Quote from: Sandy Lanes on Today at 10:16:25 am\nOr a cake with a pie.\n\n"
    page += "tautech · 2h ago\nAgreed.\nLogged\n"
    thread = split_text(page, "t")
    assert [(r.author, r.text) for r in thread.replies] == [
        ("mikerj", "Check the electrolytic."),
        ("tautech", "Agreed."),
    ]
    signature = [b.text for b in thread.boilerplate if b.rule == R.SIGNATURE_BLOCK]
    assert signature[-1] == "Or a cake with a pie."


# --------------------------------------------------------------------------- session 12
# heldout22's SweClockers thread: a Swedish forum post card.

SWECLOCKERS_POST = (
    "#{n}\n{name}\nMedlem ● Registrerad feb 2012\nIgår 20:58\n{body}\n\n"
    "Visa signatur\nAMD Ryzen 7 7800X3D | 32 GB DDR5-6000 | RTX 4070 Super\n"
    "Citera\nSvara\nGilla\n4 gillar\n\n"
)


def test_a_signature_unfolded_by_its_button_leaves_the_post():
    page = ARTICLE + "\n\n6 svar\n\n"
    page += SWECLOCKERS_POST.format(n=2, name="Ozzed", body="Byt pasta, det är billigt.")
    page += SWECLOCKERS_POST.format(n=3, name="Yoshman", body="Dra aldrig rakt upp.")
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("Ozzed", "Byt pasta, det är billigt."),
        ("Yoshman", "Dra aldrig rakt upp."),
    ]


# heldout22's Dziennik Zachodni (Polska Press): a guest's card, the reply-to line under
# the time, the report button, and the Facebook box under the comments.

POLSKA_PRESS_COMMENTS = (
    "Komentarze 11\n"
    "Gość\nŚlązok z Rozbarku\n13 marca 2025, 12:40\nNo to mamy pół roku stania w korku.\n"
    "Odpowiedz\nZgłoś naruszenie treści\n24\n3\n\n"
    "Gość\nkierowca_BB\n13 marca 2025, 12:58\nodpowiedź do: Ślązok z Rozbarku\n"
    "Przecież piszą czarno na białym.\nOdpowiedz\nZgłoś naruszenie treści\n31\n2\n\n"
)
FACEBOOK_BOX = (
    "Dołącz do nas na Facebooku!\n"
    "Publikujemy najciekawsze artykuły, wydarzenia i konkursy. Jesteśmy tam, gdzie nasi "
    "czytelnicy!\nPolub nas\n\nDziennik Zachodni\nKontakt\nRedakcja\nReklama\n"
)


def test_a_guest_s_card_with_its_reply_to_line_under_the_time():
    replies = split_text(ARTICLE + "\n\n" + POLSKA_PRESS_COMMENTS, "t").replies
    assert [(r.author, r.text, r.parent) for r in replies] == [
        ("Ślązok z Rozbarku", "No to mamy pół roku stania w korku.", None),
        ("kierowca_BB", "Przecież piszą czarno na białym.", 1),
    ]


def test_author_then_time_v5_reads_the_reply_to_line_under_the_time():
    ctx = _ctx("Title\n\nkierowca_BB\n13 marca 2025, 12:58\nodpowiedź do: Ewa\nNie.\n")
    assert ctx.labels[3].role == R.ROLE_REPLY_TO
    assert R.author_then_time(ctx, 2)[1].author == "kierowca_BB"


def test_a_social_box_under_the_comments_is_the_site_footer():
    page = ARTICLE + "\n\n" + POLSKA_PRESS_COMMENTS + "Pokaż więcej komentarzy\n\n" + FACEBOOK_BOX
    thread = split_text(page, "t")
    assert [r.text for r in thread.replies][-1] == "Przecież piszą czarno na białym."
    box = [b for b in thread.boilerplate if b.text in FACEBOOK_BOX.splitlines()]
    assert [b.text[:12] for b in box[:3]] == ["Dołącz do na", "Publikujemy ", "Polub nas"]
    assert {b.rule for b in box} == {R.page_footer_tail.rule_id}


def test_the_name_under_a_reply_to_line_heads_the_quote_of_that_reply():
    """news.com.au (heldout14): 'In reply to Jules M' / 'Jules M' / the quoted words."""
    page = ARTICLE + (
        "\n\n2 comments\n\nJules M\n3h ago\n$90 a night for a powered site is insane.\n"
        "Reply\n\nGreg Tully\n2h ago\nIn reply to Jules M\nJules M\n"
        "$90 a night for a powered site is insane.\nThat's peak school holiday pricing.\nReply\n"
    )
    replies = split_text(page, "t").replies
    assert [(r.author, r.text, r.parent) for r in replies] == [
        ("Jules M", "$90 a night for a powered site is insane.", None),
        ("Greg Tully", "That's peak school holiday pricing.", 1),
    ]


def test_a_card_that_prints_the_name_twice_keeps_the_post_s_quote():
    """The Fountain Pen Network (heldout22), Invision: the name over the time, again
    over the member group, then 'On …, X said:' and the quoted line without '>'."""
    op = "inkstained_wretch\nPosted March 12\n\ninkstained_wretch\nMembers\n \n41\n28 posts\n\n"
    post = (
        "Mauricio_M\nPosted March 13\n\nMauricio_M\nMembers\n \n336\n703 posts\n\n"
        "On 3/12/2025 at 8:47 PM, inkstained_wretch said:\n"
        "After a year I still get an air bubble that I have to flick out.\n\n"
        "Try filling with the nib fully submerged.\n\nLink to comment\n\n"
    )
    page = ARTICLE + "\n\n" + op + "After a year I still get an air bubble that I have to "
    page += "flick out. Any tips?\n\nLink to comment\n\n" + post
    reply = split_text(page, "t").replies[-1]
    assert (reply.author, reply.text) == ("Mauricio_M", "Try filling with the nib fully submerged.")
    assert reply.quoted.startswith("After a year")


@pytest.mark.parametrize("text", ["Gość", "Members"])
def test_a_member_group_over_the_name_is_a_rank(text):
    assert R.profile_line(line(text), CFG) is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Odgovor uporabniku zdravnica_na_specializaciji", "zdravnica_na_specializaciji"),
        ("Odgovor na komentar: Milan iz Novog Sada", "Milan iz Novog Sada"),
        ("Antwoord op Koen V.", "Koen V."),
        ("Replying to Calgary Commuter", "Calgary Commuter"),
    ],
)
def test_reply_to_line_v3_in_more_languages(text, name):
    match = R.reply_to_line(line(text), CFG)
    assert (match.role, match.author) == (R.ROLE_REPLY_TO, name)
    assert R.reply_to_line(line(text.split()[0] + " je bil dober, hvala vsem skupaj"), CFG) is None


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (R.navigation, "Logi sisse"),
        (R.navigation, "Prijava"),
        (R.vote_count, "Populaarseimad"),
        (R.vote_count, "Najstarejši"),
    ],
)
def test_estonian_and_slovenian_comment_widget_lines(rule, text):
    assert rule(line(text), CFG) is not None


def test_a_guest_badge_is_the_name_of_a_card_without_one():
    """The Standard (heldout23): 'Avatar' / 'Guest' / '45 minutes ago' heads a post."""
    page = ARTICLE + (
        "\n\n3 Comments\n\nAvatar\nwanjiru.m\n2 hours ago\nThe road is excellent.\n8\nReply\n\n"
        "Avatar\nGuest\n45 minutes ago\nSh140 for JKIA exit. Aki.\n5\nReply\n"
    )
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("wanjiru.m", "The road is excellent."),
        ("Guest", "Sh140 for JKIA exit. Aki."),
    ]


def test_page_footer_tail_v6_takes_a_long_self_description():
    blurb = (
        "The Standard Group Plc is a multi-media organization with investments in media "
        "platforms spanning newspaper print operations, television, radio broadcasting, "
        "digital and online services. The Standard Group is recognized as a leading "
        "multi-media house in Kenya with a key influence in matters of national and "
        "international interest."
    )
    page = ARTICLE + "\n\n2 Comments\n\nwanjiru.m\n2 hours ago\nThe road is excellent.\nReply\n"
    page += f"\nLatest Stories\n{blurb}\nCorporate\nContact Us\nPrivacy Policy\n"
    page += "Copyright © 2025 The Standard Group PLC. All rights reserved.\n"
    assert 40 < len(blurb.split()) <= R.SITE_BLURB_MAX_WORDS
    thread = split_text(page, "t")
    assert [r.text for r in thread.replies] == ["The road is excellent."]


def test_unmarked_quote_v3_finds_a_short_quote_under_x_wrote():
    """Suomi24 (heldout23): 'Anonyymi kirjoitti:' / 'Osta Toyota.' quotes two words of
    an earlier reply by that name; the same words from no such reply stay text."""
    page = ARTICLE + (
        "\n\n3 vastausta\n\nAnonyymi\n12.3.2025 07:58\nOsta Toyota. Ei tarvitse miettiä.\n"
        "Vastaa\n\nPekka\n12.3.2025 08:40\nAnonyymi kirjoitti:\nOsta Toyota.\n"
        "Joka ketjussa joku viisastelee tällä.\nVastaa\n\n"
        "Liisa\n12.3.2025 09:10\nPekka kirjoitti:\nOsta Toyota.\nEi auta.\nVastaa\n"
    )
    replies = split_text(page, "t").replies
    assert (replies[1].quoted, replies[1].text) == (
        "Osta Toyota.",
        "Joka ketjussa joku viisastelee tällä.",
    )
    assert replies[1].parent == 1
    assert replies[2].text.startswith("Osta Toyota.")  # Pekka never wrote it


def test_rule_by_rule_cascade_matches_line_by_line_on_every_case():
    """`classify_lines` runs the cascade rule by rule for speed; on every line of the
    rule tables, hits and near misses, it decides as `classify_line` does."""
    texts = [t for _fn, hit, miss in LINE_CASES + ROUND_CASES for t in (hit, miss)]
    lines = [R.make_line(k, t, 0, 0) for k, t in enumerate(texts)]
    verdicts = R.classify_lines(lines, CFG)
    assert verdicts == [R.classify_line(x, CFG) for x in lines]
    assert len({v.rule for v in verdicts}) > 30  # the table reaches most of the cascade


PHPBB_CARD_PAGE = ARTICLE + (
    "\n\nRe: Headline about the leaked files\n\nPost by Marcus Hale » Mon Mar 10, 2025 8:15 pm\n"
    "Try another converter tube if you can borrow one.\nMarcus\nMarcus Hale\nPosts: 4312\n"
    "Joined: Sun Feb 03, 2008 2:05 pm\nTop\n\n"
    "Re: Headline about the leaked files\n\nPost by ohioradioguy » Tue Mar 11, 2025 6:48 am\n"
    "I had no idea. I'll order a couple of tubes today.\nThanks,\nRick\nohioradioguy\n"
    "Posts: 86\nJoined: Thu Aug 24, 2023 9:11 pm\nTop\n\n"
    "Re: Headline about the leaked files\n\nPost by Grayfox » Tue Mar 11, 2025 9:02 pm\n"
    "Nice work. Good call Don.\nGrayfox\nPosts: 1720\nJoined: Mon Jun 02, 2014 6:30 pm\nTop\n"
)


def test_poster_card_name_and_signature_leave_the_post():
    """phpBB prosilver (heldout24): the poster's name over 'Posts:' and the short sign-off
    above it are the card and the signature; a sentence above stays the post's text."""
    thread = split_text(PHPBB_CARD_PAGE, "t")
    assert [r.text for r in thread.replies] == [
        "Try another converter tube if you can borrow one.",
        "I had no idea. I'll order a couple of tubes today.",
        "Nice work. Good call Don.",
    ]
    card = [b.text for b in thread.boilerplate if b.rule == R.poster_card_name.rule_id]
    assert card == ["Marcus", "Marcus Hale", "Rick", "ohioradioguy", "Grayfox"]


def test_poster_card_name_needs_the_headers_author():
    other = PHPBB_CARD_PAGE.replace("Grayfox\nPosts: 1720", "Bluefox\nPosts: 1720")
    thread = split_text(other, "t")
    card = [b.text for b in thread.boilerplate if b.rule == R.poster_card_name.rule_id]
    assert "Bluefox" not in card and "Grayfox" not in card


VB3_PAGE = ARTICLE + "".join(
    f"\n\n#{n}\nOld 03/12/2025, 0{n}:52 AM\n{name}\n{rank}\n\nJoin Date: Aug 2002\n"
    f"Posts: 24,889\n{text}\nReply With Quote"
    for n, name, rank, text in (
        (2, "Randy H.", "RC Sponsor", "Check your test kit against a reference first."),
        (3, "reefdad_fl", "Registered Member", "Dipped two frags and nothing came off."),
        (4, "coralcrazy", "Registered Member", "Some salts mix high on purpose."),
        (5, "reefdad_fl", "Registered Member", "Blending fixed it for me too."),
    )
)


def test_rank_between_name_and_profile_fields_is_chrome():
    """vBulletin 3 (Reef Central, heldout24): a rank no list knows ('RC Sponsor') between
    the poster's name and 'Join Date:' is the card's, not a reply."""
    thread = split_text(VB3_PAGE, "t")
    assert [r.text for r in thread.replies] == [
        "Check your test kit against a reference first.",
        "Dipped two frags and nothing came off.",
        "Some salts mix high on purpose.",
        "Blending fixed it for me too.",
    ]
    ranks = [b.text for b in thread.boilerplate if b.rule == R.rank_over_profile.rule_id]
    assert ranks == ["RC Sponsor"] + ["Registered Member"] * 3


def test_a_name_under_two_unnamed_headers_is_the_poster():
    """author_below_header.v2: 'reefdad_fl' under two of the posts' headers is not a
    badge (flair_line) but the poster of both."""
    authors = [r.author for r in split_text(VB3_PAGE, "t").replies]
    assert authors == ["Randy H.", "reefdad_fl", "coralcrazy", "reefdad_fl"]


INVISION_PAGE = ARTICLE + "".join(
    f"\n\n{name}\n{name}\n{rank}\n{rep}\nPosted March {day}\n{text}\n{likes}\nQuote\n"
    "Link to comment\nShare on other sites\nMore sharing options..."
    for name, rank, rep, day, text, likes in (
        ("Roger the Dodger", "Supporting Member", "24.3k", 10, "Still a cracking watch.", 2),
        ("WRENCH", "Supporting Member", "18.7k", 11, "Have a look at the Sealander.", 1),
        ('Always"watching"', "Member", "612", 11, "You are overthinking it.", 3),
    )
)


def test_a_name_said_twice_opens_an_invision_card():
    """Invision (The Watch Forum, heldout24): avatar alt text and name, the same words
    twice, then rank, reputation and 'Posted DATE': one card per post."""
    thread = split_text(INVISION_PAGE, "t")
    assert [(r.author, r.text) for r in thread.replies] == [
        ("Roger the Dodger", "Still a cracking watch."),
        ("WRENCH", "Have a look at the Sealander."),
        ('Always"watching"', "You are overthinking it."),
    ]


def test_edit_reason_under_an_edit_note_is_chrome():
    note = "Edited March 10 by spring_bar\ntypo\n"
    page = INVISION_PAGE.replace("Still a cracking watch.\n", "Still a cracking watch.\n" + note)
    thread = split_text(page, "t")
    assert thread.replies[0].text == "Still a cracking watch."
    assert "typo" in [b.text for b in thread.boilerplate if b.rule == R.edit_reason.rule_id]


DISCOURSE_PAGE = ARTICLE + (
    "\n\n8 replies\n\nSort by\nNewest\njtr_3d\nMar 10\n"
    "Y shifts above a certain height sound like the toolhead catching.\n2\n"
    "Rollo\nMar 10\nSame issue here after the update, mine shifts in X.\n4\n1 Reply\n"
    "marek_print\nRollo\nMar 11\nHow did you roll back? I can't find it in the app.\n1\n"
    "Anjali\nMar 12\nGlad you got it sorted! Saving this thread.\n1\n"
)


def test_a_like_count_under_prose_closes_the_card_above_a_name():
    """Discourse pasted with no blank lines (Bambu Lab, heldout24): 'text' / '2' /
    'Rollo' / 'Mar 10'; the count under the last post's prose starts the next card."""
    thread = split_text(DISCOURSE_PAGE, "t")
    assert [r.author for r in thread.replies] == ["jtr_3d", "Rollo", "marek_print", "Anjali"]
    assert thread.replies[1].text == "Same issue here after the update, mine shifts in X."


def test_a_rating_histogram_does_not_close_a_card():
    ctx_lines = to_lines("Ratings\n5\n4\n3\n2\n1\nPriya\nMarch 11, 2024\nText of it here.")
    labels = [R.classify_line(x, CFG) for x in ctx_lines]
    ctx = R.Context(ctx_lines, labels, CFG)
    assert not R._closes_post_above(ctx, 5)
    prose = to_lines("The last post ends with a sentence here.\n2\nRollo\nMar 10\nText.")
    ctx = R.Context(prose, [R.classify_line(x, CFG) for x in prose], CFG)
    assert R._closes_post_above(ctx, 1)


PHPBB_NAME_FIRST_PAGE = ARTICLE + "".join(
    f"\n{name}\nPosts: {posts}\nJoined: Sun Feb 22, 2009 11:48 am\n"
    f"Re: Headline about the leaked files\nMon Mar 03, 2025 {hour}:02 pm\n{text}\nTop"
    for name, posts, hour, text in (
        ("AvgeekMontreal", 5120, 6, "Absolutely. Best window views of any turboprop."),
        (
            "YYZatcFan",
            3302,
            7,
            "AvgeekMontreal wrote:\nAbsolutely. Best window views of any turboprop.\n"
            "There are still a handful in Alaska and the north.",
        ),
        ("LoganB738", 88, 9, "Fun fact: the first one flew in 1983."),
    )
)


def test_one_profile_field_line_makes_a_post_card():
    """author_then_time.v8 (Airliners.net, heldout25): name, 'Posts:' and 'Joined:' over
    the post's subject and time, with no blank lines: the fields make the card. (A quote
    header on the page keeps `card_template` out, as on the real page.)"""
    thread = split_text(PHPBB_NAME_FIRST_PAGE, "t")
    assert [r.author for r in thread.replies] == ["AvgeekMontreal", "YYZatcFan", "LoganB738"]
    assert thread.replies[1].text == "There are still a handful in Alaska and the north."


INVISION4_PAGE = ARTICLE + "".join(
    f"\n\n{name}\nPosted Tuesday at 0{hour}:05 AM\n{name}\n{rank}\n24\n118 posts\n"
    f"Location:Tulsa, OK\n{text}\nQuote"
    for name, hour, rank, text in (
        ("tandyguy84", 2, "Space Invader", "Check the 5V rail at the board first."),
        ("mr_atari", 3, "River Patroller", "Freeze spray is the way to find it."),
        ("tandyguy84", 4, "Space Invader", "Update: it was the RAM chip after all."),
    )
)


def test_rank_and_counts_between_card_name_and_fields_are_chrome():
    """poster_card_name.v2 (AtariAge, heldout25): under 'Posted …' the name again, the
    rank, the reputation and the post count over 'Location:' are the poster's card."""
    thread = split_text(INVISION4_PAGE, "t")
    assert [r.text for r in thread.replies] == [
        "Check the 5V rail at the board first.",
        "Freeze spray is the way to find it.",
        "Update: it was the RAM chip after all.",
    ]
    card = {b.text for b in thread.boilerplate if b.rule == R.poster_card_name.rule_id}
    assert {"Space Invader", "River Patroller", "118 posts"} <= card


def test_sort_tabs_and_form_over_the_comment_notice_go_with_it():
    """comment_section_notice.v2 (Newsroom, B92; heldout25): sort tabs or the comment
    form's button and field labels over the notice are chrome with it; a name over a
    post is not."""

    def drafts(first: str) -> list:
        posts = [("Graham", "Worth pointing out."), ("Alison", "Good point."), ("Mere", "Ka pai.")]
        head = D.Draft("r", text_lines=to_lines(first))
        return [head] + [D.Draft("r", name, text_lines=to_lines(text)) for name, text in posts]

    notice = "Komentari se objavljuju nakon odobrenja. Uvrede neće biti objavljene."
    for lead in ("Most replies\nMost reacted", "Pošalji komentar\nVaše ime"):
        boilerplate: list = []
        kept = D.comment_section_notice(drafts(f"{lead}\n{notice}"), boilerplate, CFG)
        assert [d.author for d in kept] == ["Graham", "Alison", "Mere"]
        assert [b.text for b in boilerplate][:2] == lead.splitlines()
    kept = D.comment_section_notice(drafts(f"Pavle Ilić\n{notice}"), [], CFG)
    assert len(kept) == 4


VB4_PAGE = ARTICLE + "".join(
    f"\n\n03-04-2025, 0{n}:15 PM #{n}\n{name}\n{name} is offline\nMember\nJoin Date\n"
    f"Jan 2011\nPosts\n1,204\nRe: Wilson blown out again\n{text}\nReply With Quote"
    for n, name, text in (
        (2, "CedarCreekKid", "Was on the Trask Sunday before the rain."),
        (3, "Old Man Tolovana", "Kilchis will be a zoo now that you posted it lol"),
        (4, "fishwife_503", "It was a zoo already."),
    )
)


def test_presence_line_under_the_name_is_the_cards_not_a_footer():
    """author_below_header.v3 (iFish, vBulletin 4; heldout25): 'X is offline' right under
    the name X is card chrome; as a footer it closed the card and left a three-word name
    as a reply of its own."""
    thread = split_text(VB4_PAGE, "t")
    assert [r.author for r in thread.replies] == [
        "CedarCreekKid",
        "Old Man Tolovana",
        "fishwife_503",
    ]
    assert thread.replies[1].text == "Kilchis will be a zoo now that you posted it lol"
    other = VB4_PAGE.replace("Old Man Tolovana is offline", "Somebody Else is offline")
    assert "Old Man Tolovana" not in [r.author for r in split_text(other, "t").replies]


def test_a_poster_signing_off_with_their_name_is_a_signature():
    """poster_sign_off.v1 (Sawmill Creek, heldout23): 'Greg' right under a post by Greg
    Kaminski is his sign-off; apart from the post, or alone, or another name, it stays."""

    def signed(author: str, text: str) -> tuple[str, list[str]]:
        boilerplate: list = []
        draft = D.Draft("r", author, text_lines=to_lines(text))
        D.poster_sign_offs([draft], boilerplate)
        return "\n".join(x.text for x in draft.text_lines), [b.text for b in boilerplate]

    assert signed("Greg Kaminski", "Checked the tables.\nGreg") == ("Checked the tables.", ["Greg"])
    assert signed("Ron Sheffield", "Agree with Dale.\n-Ron") == ("Agree with Dale.", ["-Ron"])
    assert signed("Margaret Hale", "See you there.\n\nMargaret")[1] == []
    assert signed("Greg Kaminski", "Greg")[1] == []
    assert signed("Greg Kaminski", "Thanks to\nDale")[1] == []


def test_a_reply_of_punctuation_alone_under_no_header_is_markup_debris():
    """markup_debris.v1 (Universe Today, heldout29): wpDiscuz's bubble leaves '()' on a
    line of its own; under no header it is no reply. Emoji, words, or a poster's '?'
    stay replies."""

    def kept(author: str | None, text: str) -> bool:
        boilerplate: list = []
        draft = D.Draft("r", author, text_lines=to_lines(text))
        return bool(D.drop_markup_debris([draft], boilerplate))

    page = ARTICLE + "\n\nComments\n\nbob · 2h ago\nlol same\nReply\n\n()\n| Reply\n"
    assert [r.text for r in split_text(page, "t").replies] == ["lol same"]
    assert not kept(None, "()")
    assert not kept(None, ".\n|")
    assert kept(None, "👍")
    assert kept(None, ":)") and kept(None, "...") and kept(None, "?")
    assert kept(None, "No.")
    assert kept("Ann", "?")


WP_SIDEBAR_PAGE = (
    ARTICLE
    + "\n\n2 Comments\n"
    + "".join(
        f"{name} says:\nMarch {day}, 2025 at 3:22 pm\n{text}\nReply\n"
        for name, day, text in (
            ("Ken Albright", 4, "Regarding the heaters: there is a setting in the app."),
            ("Jo-Anne", 5, "Love the photo of Paul."),
        )
    )
    + "Leave a Reply Cancel reply\nComment *\nName *\nPost Comment\n"
    "Welcome!\nWe're Nina & Paul, full-time RVers since 2010. Read more about us…\n"
    "Recent Posts\nDisclosure: This site contains affiliate links, and we may earn a small "
    "commission if you make a purchase through them, at no extra cost to you.\n"
)


def test_lines_under_a_comment_form_after_the_comments_are_the_sidebar():
    """after_comment_form.v1 (Wheeling It, heldout25): under the form that follows the
    comments, with no post header below it, the lines are the site's sidebar."""
    thread = split_text(WP_SIDEBAR_PAGE, "t")
    assert [r.author for r in thread.replies] == ["Ken Albright", "Jo-Anne"]
    assert thread.replies[-1].text == "Love the photo of Paul."
    sidebar = [b.text for b in thread.boilerplate if b.rule == R.after_comment_form.rule_id]
    assert sidebar[0] == "Welcome!"
    # A form over the comments has posts under it: nothing there is sidebar.
    form_first = WP_SIDEBAR_PAGE.replace(
        "2 Comments\n", "2 Comments\nLeave a Reply\nPost Comment\n"
    )
    form_first = form_first.replace(
        "Leave a Reply Cancel reply\nComment *\nName *\nPost Comment\n", ""
    )
    assert R.after_comment_form.rule_id not in {
        b.rule for b in split_text(form_first, "t").boilerplate
    }


def _wp_page_ending_with(form: str, tail: str = "") -> Thread:
    """WP_SIDEBAR_PAGE split with `form` where its comment form was: its two replies must
    come out whole, whatever stands under them."""
    page = (
        WP_SIDEBAR_PAGE.replace(
            "Leave a Reply Cancel reply\nComment *\nName *\nPost Comment\n", form
        )
        + tail
    )
    thread = split_text(page, "t")
    assert [r.author for r in thread.replies] == ["Ken Albright", "Jo-Anne"]
    assert thread.replies[-1].text == "Love the photo of Paul."
    return thread


def test_a_comment_form_pasted_without_its_button_still_ends_the_comments():
    """after_comment_form.v2 (Lost Shops of Leith, heldout29): WordPress.com's form shows
    only its heading ('Leave a comment Cancel reply') and 'Δ'; the sidebar under it is
    no reply, even with the action bar's 'Comment' button at the foot of the page."""
    thread = _wp_page_ending_with(
        "Leave a comment Cancel reply\nΔ\nSearch for:\n",
        "Blog at WordPress.com.\nComment\nReblog\nSubscribe\n",
    )
    sidebar = [b.text for b in thread.boilerplate if b.rule == R.after_comment_form.rule_id]
    assert "Search for:" in sidebar and "Welcome!" in sidebar
    assert R._is_respond_form_heading(line("Laisser un commentaire Annuler la réponse"))
    assert not R._is_respond_form_heading(line("Leave a comment"))


def test_reactions_label_is_not_the_comment_header():
    """comment_header.v5 (Homebrew Talk, heldout26): XenForo's 'Reactions:' over the
    names that reacted is chrome; 'Reactions (12)' still heads the comments."""
    assert R.comment_header(line("Reactions:"), CFG) is None
    assert R.comment_header(line("Reactions (12)"), CFG) is not None


POSTED_BY_PAGE = (
    ARTICLE
    + "\n\nComments (3)\n"
    + "".join(
        f"\nPosted by {name}, a resident of Menlo Park: The Willows\non Mar 12, 2025 at {t}\n\n"
        f"{text}\n\nSecond paragraph of the comment by {name}.\n\nReport Objectionable Content\n"
        for name, t, text in (
            ("Willows Resident", "10:02 am", "Traffic will not evaporate."),
            ("Sam K.", "10:31 am", "My kids bike to school on Willow."),
            ("Hmm", "11:15 am", "Agreed with the council for once."),
        )
    )
)


def test_posted_by_line_over_a_time_under_the_comment_header_is_a_post_card():
    """author_then_time.v9 (Embarcadero's Town Square, heldout26): 'Posted by NAME, a
    resident of …' over the time names the poster, and the paragraphs under it are one
    reply; above the comment header the same shape is the article's byline."""
    thread = split_text(POSTED_BY_PAGE, "t")
    assert [r.author for r in thread.replies] == ["Willows Resident", "Sam K.", "Hmm"]
    assert thread.replies[1].text.startswith("My kids bike to school on Willow.\n\nSecond")
    no_header = POSTED_BY_PAGE.replace("Comments (3)\n", "")
    assert "Willows Resident" not in [r.author for r in split_text(no_header, "t").replies]


XENFORO_OP_PAGE = (
    "Homebrew Talk - Beer, Wine, Mead, & Cider Brewing Discussion Forum\n"
    + "\n".join(f"Menu item {k} of the forum's navigation bar" for k in range(12))
    + "\nStuck fermentation on my first stout - pitch more yeast?\nThread starter hops\n"
    + "Start date Mar 10, 2025\nReply\n"
    + "".join(
        f"\nMar 10, 2025\n#{n}\n{name}\nWell-Known Member\nJoined\nFeb 11, 2006\nMessages\n"
        f"28,733\n{text}\nReply\n"
        for n, name, text in (
            (1, "hops", " ".join(["Brewed my first all-grain stout and it stopped early."] * 15)),
            (2, "MashTunMatt", "Three things are working against you."),
            (3, "keg_lord", "Warm it up first."),
        )
    )
)


def test_numbered_first_post_longer_than_the_menus_is_the_opening_post():
    """opening_post.v2 (Homebrew Talk, heldout26): post #1 followed by #2, longer than
    the menu text above it, is the article even with more than the cap above it."""
    thread = split_text(XENFORO_OP_PAGE, "t")
    assert [r.author for r in thread.replies] == ["MashTunMatt", "keg_lord"]
    assert "Brewed my first all-grain stout" in " ".join(thread.article.paragraphs)
    # Shorter than the menus above it, post #1 may be a comment under an article, when
    # no thread byline puts the title, and so the menus, above it (thread_meta).
    short = XENFORO_OP_PAGE.replace("Brewed my first all-grain stout and it stopped early.", "Ok.")
    unmarked = short.replace("Thread starter hops\nStart date Mar 10, 2025\n", "")
    assert split_text(unmarked, "t").replies[0].author == "hops"
    # With it, the menus are the masthead and post #1, however short, the thread's own.
    assert split_text(short, "t").replies[0].author == "MashTunMatt"


def _lines(*texts: str) -> list[R.Line]:
    return [R.make_line(k, text, 0, 0) for k, text in enumerate(texts)]


def test_first_post_longer_than_the_prose_above_it_is_the_opening_post():
    """opening_post.v3 (MedOverNet, heldout52): sixty words of menus, a cookie notice,
    the topic's headline twice and its reply count stand above the first post. Only
    lines of five words or more count as prose, the headline not at all: 36 words, against
    a first post of 70, so the post is the article."""
    menus = [f"Menu {k}" for k in range(30)]
    cookie = " ".join(["cookies"] * 20)
    title = " ".join(["headline"] * 10)
    stats = " ".join(["replies"] * 16)
    post = " ".join(["question"] * 70)

    def run(above: list[str], first: str) -> tuple[list[str | None], int]:
        drafts = [
            D.Draft("t", author=name, text_lines=_lines(text))
            for name, text in (("op", first), ("a", "Yes."), ("b", "No."), ("c", "Maybe."))
        ]
        article = _lines(*above)
        kept = D.opening_post(drafts, article, [], CFG)
        return [d.author for d in kept], len(article)

    forum = [*menus, cookie, title, title, stats]
    assert run(forum, post) == (["a", "b", "c"], len(forum) + 1)
    # Under a news article's three paragraphs, a longer first comment stays a reply.
    news = [*menus, *(" ".join([f"story{k}"] * 30) for k in range(3))]
    assert run(news, post)[0] == ["op", "a", "b", "c"]
    # A headline shown once is prose like any other line of its length.
    assert run([*menus, cookie, title, stats, " ".join(["lede"] * 10)], post)[0][0] == "op"
    # A product's spec lines, five words each, are its article: a review stays a reply.
    specs = [f"Spec {k}: twenty litres, recycled" for k in range(12)]
    assert run([*menus, *specs], post)[0][0] == "op"
    # Past 150 words of prose the page has an article, however long its first comment.
    essay = " ".join(["essay"] * 400)
    assert run([*news, " ".join(["more"] * 70)], essay)[0][0] == "op"


INVISION_COUNT_PAGE = ARTICLE + "".join(
    f"\n\n{name}\n{name}\n{rank}\n{rep}\n{posts} posts\n{place}Posted March {day}\n{text}\n"
    "Quote\nShare this post\nLink to post\nShare on other sites\nMore sharing options..."
    for name, rank, rep, posts, place, day, text in (
        ("Salty Meg", "Members", "12", "148", "Location:Oriental, NC\n", 10, "Anyone rigged one?"),
        ("Gouvernail", "Super Anarchist", "11.9k", "41,220", "", 11, "Pay the rigger."),
        ("Bump", "Anarchist", "311", "1,004", "Location:Annapolis\n", 12, "Swage cracks: do it."),
    )
)


def test_post_count_inside_an_invision_card_is_the_cards():
    """author_then_time.v10 (Sailing Anarchy, heldout26): '148 posts' between the
    reputation and 'Location:' is the poster's count, not a comment header that ends
    the card; the name over it is the author."""
    thread = split_text(INVISION_COUNT_PAGE, "t")
    assert [r.author for r in thread.replies] == ["Salty Meg", "Gouvernail", "Bump"]
    assert R.comment_header(line("148 posts"), CFG) is not None


INVISION_AROUND_PAGE = (
    ARTICLE
    + "\n\nCrusty Roller\nPosted March 2\nCrusty Roller\nRegular Member\n412\nPosts\nShare\n"
    + "Got a few days off next week and want a go for chub on a small river.\n"
    + "Link to comment\nShare on other sites\nMore sharing options..."
    + "".join(
        f"\n{name}\nPosted March {day}\n{name}\n{rank}\n{count}\nPosts\nShare\n{text}\n"
        "Link to comment\nShare on other sites\nMore sharing options..."
        for name, day, rank, count, text in (
            ("Tigger", 2, "Moderator", "3.1k", "Both, but cheesepaste first in clear water."),
            ("Sandy Bottom", 3, "Member", "98", "Bread flake every time."),
            ("Old Quiver", 4, "Regular Member", "1.6k", "Fair enough, I stand corrected 😄"),
        )
    )
    + "\nJoin the conversation\nYou can post now and register later. If you have an account, "
    "sign in now to post with your account.\nReply to this topic...\nGo to topic listing"
)


def test_name_said_around_the_time_is_an_invision_post_card():
    """author_then_time.v11 (Maggotdrowning, heldout27): 'Tigger' / 'Posted March 2' /
    'Tigger' is the post's header under any run of buttons above it; the last one-line
    reply, closed by a smiling face, is the reader's (reply.learned_chrome.v2); the
    guest's reply box under it is chrome (call_to_action.v2)."""
    thread = split_text(INVISION_AROUND_PAGE, "t")
    authors = ["Crusty Roller", "Tigger", "Sandy Bottom", "Old Quiver"]
    assert [r.author for r in thread.replies] == authors
    assert [r.text for r in thread.replies] == [
        "Got a few days off next week and want a go for chub on a small river.",
        "Both, but cheesepaste first in clear water.",
        "Bread flake every time.",
        "Fair enough, I stand corrected 😄",
    ]


def test_name_around_the_time_defers_to_a_time_line_in_the_card_below():
    """author_then_time.v11 leaves a card with its own time line under the name
    (AtariAge: name / 'Posted …' / name / rank / … / 'Posted …' again) to that line."""
    lines = to_lines("Tigger\nPosted March 2\nTigger\nModerator\nPosted March 2\nText here.")
    labels = [R.LineMatch("t", R.ROLE_TEXT) for _ in lines]
    labels[1] = labels[4] = R.LineMatch("ts", R.ROLE_BOILERPLATE, "timestamp")
    ctx = R.Context(lines, labels, CFG)
    assert R._name_around_time(ctx, 1)
    assert R._time_under_name(ctx, 1)
    del lines[4], labels[4]
    ctx = R.Context(lines, labels, CFG)
    assert not R._time_under_name(ctx, 1)


def test_a_smiling_face_reads_as_prose_to_the_chrome_scorer():
    """reply.learned_chrome.v2: a line of words closed by a face is never confident chrome."""
    from stance.split.learned import reads_as_prose

    assert reads_as_prose("Fair enough, I stand corrected 😄")
    assert reads_as_prose("that was the plan all along :)")
    assert not reads_as_prose("Like 👍")
    assert not reads_as_prose("Share on other sites")
    assert not reads_as_prose("lol 😄")


def test_a_rank_over_the_opening_quote_is_the_cards():
    """reply.card_before_quote.v1 (Kerbal, Linus Tech Tips): the rank left as text
    between the poster's header and 'On …, Andy said:' is card chrome, and the quote
    opens Bill's post: neither a reply 'Bottle Rocketeer' nor a post by Andy."""
    lines = to_lines(
        "Bill_Kerbin\nBottle Rocketeer\nOn 3/11/2025 at 4:02 PM, Andy said:\n"
        "> Finish the burn at low throttle.\nOh wow, I have been at full throttle."
    )
    text = R.LineMatch("t", R.ROLE_TEXT)
    labels = [
        R.LineMatch("h", R.ROLE_HEADER, author="Bill_Kerbin"),
        text,
        R.LineMatch("a", R.ROLE_ATTRIBUTION, author="Andy"),
        R.LineMatch("q", R.ROLE_QUOTE),
        text,
    ]
    boilerplate: list = []
    drafts = P._segment(lines, labels, 0, boilerplate, CFG)
    assert [(d.author, d.quoted_author) for d in drafts] == [("Bill_Kerbin", "Andy")]
    assert [x.text for x in drafts[0].text_lines] == ["Oh wow, I have been at full throttle."]
    cards = [b.text for b in boilerplate if b.rule == R.CARD_BEFORE_QUOTE]
    assert cards == ["Bottle Rocketeer"]
    # A sentence under the header is the post's own text: the quote opens a new post.
    lines[1] = R.make_line(1, "I tried that already.", 0, 0)
    assert len(P._segment(lines, labels, 0, [], CFG)) == 2


def test_a_button_said_twice_is_its_stub():
    """repeated_stub.v2 (Invision): 'More sharing options...' twice in one draft, after
    the last post and over the footer, is the stub the other drafts are."""
    stubs = [D.Draft("r", None, text_lines=to_lines("More sharing options...")) for _ in range(2)]
    twice = "More sharing options...\nMore sharing options..."
    double = D.Draft("r", None, text_lines=to_lines(twice))
    reply = D.Draft("r", "Tigger", text_lines=to_lines("Bread flake every time."))
    boilerplate: list = []
    kept = D.drop_repeated_stubs([*stubs, reply, double], boilerplate, CFG)
    assert kept == [reply]
    other = D.Draft("r", None, text_lines=to_lines("More sharing options...\nFollowers"))
    assert other in D.drop_repeated_stubs([*stubs, other], [], CFG)


PHPBB_NUMBERED_PAGE = ARTICLE + (
    "\n\n#2: Post by Jake_G » March 3rd, 2025, 9:41 pm\n"
    "Sounds like cavitation to me. Run it with the reservoir full.\n"
    "#3: Post by orsonw (original poster) » March 3rd, 2025, 10:02 pm\n"
    "Jake_G wrote: ↑March 3rd, 2025, 9:41 pm\n"
    "Sounds like cavitation to me. Run it with the reservoir full.\n"
    "Just tried it with a full tank and it is quieter.\n"
    "#4: Post by Supporter ♡ ShotMaker » March 3rd, 2025, 10:30 pm\n"
    "Check the intake screen on the reservoir tube."
)


def test_numbered_phpbb_headers_and_a_quote_under_one():
    """header_shape.v3 reads '#3: Post by NAME (original poster) » date' and a badge
    before the name; trailer_header.v2 leaves a header over a quote header ('Jake_G
    wrote:') as the header of the post that quotes, not a footer of the post above."""
    thread = split_text(PHPBB_NUMBERED_PAGE, "t")
    assert [r.author for r in thread.replies] == ["Jake_G", "orsonw", "ShotMaker"]
    assert thread.replies[1].text == "Just tried it with a full tank and it is quieter."


def test_korean_and_spanish_footers_and_a_circled_copyright():
    """page_footer_tail.v7: '회사소개' and 'Normas de la comunidad' are footer links,
    'Lo más visto' a footer heading, 'ⓒ RULIWEB' a copyright."""
    for text in ("회사소개", "Normas de la comunidad", "Lo más visto", "ⓒ RULIWEB"):
        assert R._is_page_footer_anchor(line(text)), text
    assert not R._is_page_footer_anchor(line("Lo más visto en la cancha fue el gol"))


@pytest.mark.parametrize(
    "links",
    [
        "Over ons\nColofon",
        "من نحن\nاتصل بنا",
        "Про нас\nКонтакти",
        "เกี่ยวกับเรา\nนโยบายความเป็นส่วนตัว",
        "会社概要\nお問い合わせ",
    ],
)
def test_page_footer_tail_v8_reads_the_links_of_more_languages(links):
    """The footer's 'about us' and 'contact' links start the footer in any of the
    languages listed; the short reply above them keeps its words."""
    ctx = _ctx(f"Title\n\nA sentence here.\n\nlol same\n{links}")
    assert R.page_footer_tail(ctx) == 3


def test_reaction_names_reads_the_list_under_xenforos_label():
    """The names under a bare 'Reactions:' are who reacted, also when the paste broke the
    list at its 'and'; a sentence under the label, or a name under a closed list, is not."""
    ctx = _ctx("Title\n\nReactions:\nfencepost_farmer, Mike in TN and Ray_W\nOldIHguy")
    assert R.reaction_names(ctx, 2).rule == "boilerplate.reaction_names.v1"
    ctx.labels[2] = R.reaction_names(ctx, 2)
    assert R.reaction_names(ctx, 3) is None  # the list closed: the next poster's name
    ctx = _ctx("Title\n\nReactions:\ngradius_vii\nand\ntomasz_k\ntomasz_k")
    for i in (2, 3, 4):
        ctx.labels[i] = R.reaction_names(ctx, i)
        assert ctx.labels[i] is not None, i
    assert R.reaction_names(ctx, 5) is None
    ctx = _ctx("Title\n\nReactions:\nThey all liked the new stove a lot.")
    assert R.reaction_names(ctx, 2) is None


def test_subject_echo_takes_a_subject_the_comment_opens_with():
    """Drupal's comment subject is the comment's first words, cut short or whole; a name
    over a sentence about that person, or over a status line, is not one."""
    ctx = _ctx(
        "Title\n\nFresh milled flour is thirstier\nFresh milled flour is thirstier than "
        "bagged whole wheat.\nStopping at 50% rise is…\nStopping at 50% rise is too early."
        "\nGreat result!\nGreat result! Looking forward to the pics."
    )
    for i in (1, 3, 5):
        assert R.subject_echo(ctx, i).rule == "boilerplate.subject_echo.v1", i
    ctx = _ctx(
        "Title\n\nDana Whitcomb\nDana Whitcomb is a business reporter for NBC News."
        "\nOld Man Tolovana\nOld Man Tolovana is offline\nStar Seller\nStar Sellers "
        "have an outstanding track record."
    )
    for i in (1, 3, 5):
        assert R.subject_echo(ctx, i) is None, i


def test_prosilver_card_over_an_unread_post_header():
    """phpBB's 'Unread post by NAME » date' names NAME (header_shape.v4), and the card
    over it, NAME and their fields, is the card's, not the last line of the post above
    (poster_card_name.v3)."""
    match = R.header_shape(line("Unread post by KaiMbuna » Tue Mar 11, 2025 7:03 pm"), CFG)
    assert match is not None and match.author == "KaiMbuna"
    card = "{name}\nPosts: 38\nJoined: Sat Aug 19, 2023 4:02 pm\nLocation: Leeds, UK\n"
    page = (
        "Yellow lab holding for 3 weeks but no fry?\n\n"
        "I have a 240 litre mbuna tank and one of my labs has been holding for weeks now.\n\n"
        + card.format(name="KaiMbuna")
        + "Unread post by KaiMbuna » Tue Mar 11, 2025 7:03 pm\n"
        "At 25.5C, 3 weeks is right in the normal window.\n"
        "Tanks: 125 Malawi mbuna, 75 Tanganyikan shell dwellers, 40 grow-out\nTop\n\n"
        + card.format(name="reefless_ryan")
        + "Unread post by reefless_ryan » Tue Mar 11, 2025 7:40 pm\n"
        "Thanks, that's reassuring.\nTop\n"
    )
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        (
            "KaiMbuna",
            "At 25.5C, 3 weeks is right in the normal window.\n"
            "Tanks: 125 Malawi mbuna, 75 Tanganyikan shell dwellers, 40 grow-out",
        ),
        ("reefless_ryan", "Thanks, that's reassuring."),
    ]


def test_invision_card_over_the_next_post_is_not_the_post_above_s():
    """A poster's name over their rank, group and count, over a time line, heads the
    post below, even when the same poster wrote the post above (poster_card_name.v3)."""
    card = "{name}\nMembro Pleno\nMembros\n27\nPostado {day} de março\n"
    foot = "Citar\nLink para o comentário\nCompartilhar em outros sites\n"
    page = (
        "Tela preta com ventoinha a 100%\n\n"
        "Montei um PC novo em janeiro e desde a semana passada a tela fica preta no jogo.\n"
        + foot
        + card.format(name="renan_sjc", day=11)
        + "Faz sentido, a etiqueta nem tem a tabela de amperagem direito.\n"
        + foot
        + card.format(name="Tassi", day=11)
        + "Com multímetro em repouso você não vai ver nada.\n"
        + foot
        + card.format(name="renan_sjc", day=12)
        + "Vou testar amanhã.\n"
        + foot
        + card.format(name="renan_sjc", day=13)
        + "Fiz o teste do power limit ontem, nenhuma tela preta.\n"
        + foot
    )
    replies = split_text(page, "t").replies
    assert [r.author for r in replies] == ["renan_sjc", "Tassi", "renan_sjc", "renan_sjc"]


@pytest.mark.parametrize(
    "text,words",
    [
        ("Three plain words", 3),
        ("初めての雲取山、日帰りで挑んで後悔した話", 10),
        ("登山", 1),
        ("note 見出し画像", 3),
        ("댓글 작성하기 로그인", 3),  # Korean puts spaces between words
    ],
)
def test_count_words_counts_two_kana_or_han_characters_as_a_word(text, words):
    """A Japanese headline with no spaces is ten words, not one: it is no button."""
    assert R.count_words(text) == words


def test_mail_from_v2_keeps_senders_and_reads_a_bare_place_as_chrome():
    assert R.mail_from(line("From: Graz"), CFG).role == R.ROLE_BOILERPLATE
    assert R.mail_from(line("From: Margaret Doyle"), CFG).author == "Margaret Doyle"
    sender = R.mail_from(line("From: Anna <anna.k@example.org>"), CFG)
    assert sender.role == R.ROLE_HEADER and sender.author == "Anna"
    # v3: a subject of any length, and Pony Mail's 'List:' field.
    subject = "Subject: Re: [DISCUSS] Commons Compress 2.0: drop Java 8 and the Pack200 codec"
    for field in (subject, "List: dev@commons.example.org"):
        assert R.mail_from(line(field), CFG).role == R.ROLE_BOILERPLATE
    assert R.mail_from(line("Listen: I tried every codec there is."), CFG) is None


MAIL = (
    "From: Rebecca Thorne <rthorne@example.org>\nSubject: Re: Drop Java 8\n"
    "Who would maintain it, though? Security fixes cost us the most time.\n\n"
    "From: Milan Dvorak <mdvorak@example.org>\nSubject: Re: Drop Java 8\n"
    "Java 11 minimum: +1 from me.\n\n"
    "On Tue, Mar 4, 2025 at 3:21 PM Rebecca Thorne <rthorne@example.org> wrote:\n"
    "> Who would maintain it, though? Security fixes cost us the most time.\n\n"
    "From: Gareth Oyelaran <g@example.org>\nSubject: Re: Drop Java 8\n"
    "Count me in as a maintainer.\n"
)


def test_only_an_attribution_s_quote_joins_the_post_above():
    """trailing_quote.v1 on drafts: a post header over nothing but a quote is a post of
    its own; a post that opens with a quote keeps it, and the one it ends in is chrome."""

    def draft(rule: str, text: str = "", quote: str = "") -> D.Draft:
        return D.Draft(
            rule,
            author="x",
            text_lines=to_lines(text) if text else [],
            quote_lines=to_lines(quote) if quote else [],
        )

    wrote = R.wrote_header.rule_id
    headed = [draft("r", "My words."), draft("r", quote="> Only a quote.")]
    assert len(D.trailing_quotes(headed, [])) == 2
    opened = [draft("r", "My words.", "> First quote."), draft(wrote, quote="> Second one.")]
    boilerplate: list = []
    kept = D.trailing_quotes(opened, boilerplate)
    assert len(kept) == 1 and [q.text for q in kept[0].quote_lines] == ["> First quote."]
    assert ("quote", "> Second one.") in [(b.kind, b.text) for b in boilerplate]


def test_a_quote_under_a_mail_s_own_words_closes_that_mail():
    """trailing_quote.v1 (Pony Mail, HyperKitty): Milan answers above the message he
    quotes; the attribution and the quote under his words, with nothing after them,
    are his mail's quote, not a reply of Rebecca's."""
    replies = split_text(ARTICLE + "\n\n" + MAIL, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("Rebecca Thorne", "Who would maintain it, though? Security fixes cost us the most time."),
        ("Milan Dvorak", "Java 11 minimum: +1 from me."),
        ("Gareth Oyelaran", "Count me in as a maintainer."),
    ]
    assert replies[1].parent == replies[0].index
    # The quote names its poster even where its words were trimmed from the original.
    trimmed = MAIL.replace("> Who would maintain it, though?", "> Who maintains it?")
    replies = split_text(ARTICLE + "\n\n" + trimmed, "t").replies
    assert replies[1].parent == replies[0].index
    # Words of the writer's own under the quote: a post that opens with its quote.
    answered = MAIL.replace("time.\n\nFrom: Gareth", "time.\nThen who signs?\n\nFrom: Gareth")
    replies = split_text(ARTICLE + "\n\n" + answered, "t").replies
    assert [r.text for r in replies][2] == "Then who signs?"


def test_code_box_lines_are_the_posters_own():
    """The lines under 'Code:' down to the blank line are a code box; the learned
    scorer never judges them, so a reply with commands in it stays whole
    (learned_chrome.v3, learned_boundary.v3)."""
    lines = to_lines("Try this:\n\nCode:\ncat /sys/power/mem_sleep\nlsmod\n\nThen reboot.")
    assert R.code_box_lines(lines) == [2, 3]
    page = (
        "Laptop no longer resumes from suspend\n\n"
        "Since the last update my laptop does not come back from suspend at all.\n\n"
        "#2 2025-03-11 18:40:31\nfrostbyte\nMember\nRegistered: 2012-09-03\nPosts: 41,118\n"
        "Please post the output of\n\nCode:\ncat /sys/power/mem_sleep\nlsmod\nuname -r\n\n"
        "Also check for out-of-tree modules, those break resume.\nOffline\n\n"
        "#3 2025-03-11 19:05:47\nlumen_ghost\nMember\nRegistered: 2021-02-14\nPosts: 57\n"
        "Here you go, no out-of-tree modules.\nOffline\n"
    )
    replies = split_text(page, "t").replies
    assert [r.author for r in replies] == ["frostbyte", "lumen_ghost"]
    assert "lsmod" in replies[0].text and replies[0].text.endswith("those break resume.")


@pytest.mark.parametrize(
    "tail",
    [
        "پربیننده ترین\nجدول پخش سریال‌های نوروزی\nکلیه حقوق این سایت متعلق به سایت است",
        "الأكثر قراءة\nعنوان خبر آخر\nجميع الحقوق محفوظة",
    ],
)
def test_page_footer_tail_v8_reads_arabic_and_persian_footers(tail):
    """'Most read' over headlines, then the copyright line: the footer starts at the
    heading, and the short reply above it keeps its words."""
    assert R.page_footer_tail(_ctx(f"Title\n\nA sentence here.\n\nlol same\n{tail}")) == 3


def test_sunlive_header_names_the_poster_after_the_bar():
    """'Posted on DATE | By NAME' is a post header naming NAME (header_shape.v4), initials
    included ('K.W.'); a sentence ending in a dotted word is still no name."""
    for text, author in [
        ("Posted on 12-03-2025 15:02 | By Bayboy", "Bayboy"),
        ("Posted on 12-03-2025 16:08 | By K.W.", "K.W."),
    ]:
        match = R.header_shape(line(text), CFG)
        assert match is not None and match.author == author, text
    assert R.is_name(["K.W."], CFG)
    assert not R.is_name(["Agreed", "completely."], CFG)
    assert R.header_shape(line("Posted on the wall | By the door"), CFG) is None


def test_page_footer_tail_v8_reads_a_blogger_sidebar():
    """Blogger's sidebar under the comments ('Blog Archive', a post title cut short with
    dots, the labels, 'Powered by Blogger.') is the page's footer."""
    ctx = _ctx(
        "Title\n\nA sentence here.\n\nlol same\nBlog Archive\n▼ March (2)\n"
        "10 meter vertical from a fishing pole, 2 watt FT8 ...\nLabels\n"
        "antenna (97) CW (64)\nSimple theme. Powered by Blogger."
    )
    assert R.page_footer_tail(ctx) == 3


def test_consent_dialog_v2_reads_a_danish_notice_over_the_headline():
    page = (
        "Nyheder\nDebat\n\nVi bruger cookies\n"
        "Ingeniøren bruger cookies til at forbedre din oplevelse, til statistik og til at "
        "vise relevante annoncer. Du kan til enhver tid ændre dit samtykke.\n"
        "Tillad alle\nKun nødvendige\n\n"
        "Varmepumpe i Aabenraa leverer kun halvdelen af den lovede varme\n\n"
        "Fjernvarmeselskabets store anlæg har kørt med lavere virkningsgrad end lovet hele "
        "vinteren, viser dokumenter fra kommunen, og nu kræver byrådet svar.\n"
    )
    assert split_text(page, "t").title.startswith("Varmepumpe i Aabenraa")


def test_forum_title_under_a_breadcrumb_further_down_and_the_op_keeps_its_name():
    """FluxBB: the titled trail stands under the log-in links (title_breadcrumb_tail.v2);
    the opening post's card above the headline is no masthead, so the poster's name in
    a later card stays a name (masthead.v2)."""
    nav = "".join(f"Menu item {k}\n" for k in range(14))
    card = "#{n} 2025-03-11 1{n}:05:47\nlumen_ghost\nMember\nRegistered: 2021-02-14\nPosts: 57\n"
    page = (
        nav
        + "Index » Kernel & Hardware » Laptop no longer resumes from suspend\nPages: 1\n\n"
        + card.format(n=1)
        + "Laptop no longer resumes from suspend\n"
        "Since the last update my laptop does not come back from suspend at all.\n"
        "Offline\n\n#2 2025-03-11 18:40:31\nfrostbyte\nMember\nRegistered: 2012-09-03\n"
        "Posts: 41,118\nPlease post your complete system journal for the boot.\nOnline\n\n"
        + card.format(n=3)
        + "Here you go, the journal is attached.\nOffline\n"
    )
    thread = split_text(page, "t")
    assert thread.title == "Laptop no longer resumes from suspend"
    assert [r.author for r in thread.replies] == ["frostbyte", "lumen_ghost"]


@pytest.mark.parametrize("text", ["El Guapo, Jr. wrote:", "Den Haag, NL wrote:"])
def test_wrote_header_v10_takes_a_name_after_a_comma_only_after_a_date(text):
    """'Il 11/3/2025 at 21:04, X ha scritto:' names X; a name with a comma in it is no
    date, so its last piece is no name."""
    match = R.wrote_header(line(text), CFG)
    assert match is None or match.author not in ("Jr.", "NL")


def test_numbered_post_v6_reads_a_sub_number_only_after_pantips_prefix():
    assert R.numbered_post(line("ความคิดเห็นที่ 1-2"), CFG) is not None
    assert R.numbered_post(line("#3-4 alice"), CFG) is None


def test_title_breadcrumb_tail_counts_a_japanese_title_as_its_line_does():
    ctx = _ctx(
        "Forum Index › Linux Help › Ubuntu 24.04 で音が出ないときの対処法\n"
        "Ubuntu 24.04 で音が出ないときの対処法\nThe body of the post."
    )
    assert R.title_breadcrumb_tail(ctx) == 1


def test_page_footer_tail_v8_takes_discourses_suggested_topics():
    """'Suggested Topics' over the topic list, down to 'Want to read more? Browse other
    topics …' and the site links: the footer starts under the last post's own buttons."""
    ctx = _ctx(
        "Title\n\nA sentence here.\n\nGood eye, it is above Gjendesheim in February.\n1\n"
        "Reply\n\nSuggested Topics\nTopic\tReplies\tViews\tActivity\n"
        "Sigmoid in 5.0: what changed with the primaries section?\ndarktable\n"
        "14\t1.2k\tFeb 18\nWant to read more? Browse other topics in Processing or view "
        "latest topics.\n\nHome\nCategories\nPrivacy Policy"
    )
    assert R.page_footer_tail(ctx) == 5  # 'Suggested Topics', under the post's 'Reply'


def test_ubb_threads_doubled_card_and_id_header():
    """UBB.threads: '#ID date' over 'Re: subject' opens a post (trailer_header.v3, a
    nine-digit id read as header chrome); the place under the card's fields, printed
    twice, is the card's (card_place.v1); a place said once is not."""
    card = "Joined: Feb 2005\nPosts: 14,702\nLikes: 1,031\nIdaho\n"
    page = (
        "Best wood stove for a 12x14 wall tent?\n\n"
        "Finally pulled the trigger on a canvas wall tent for our elk camp this fall.\n"
        "#19840230 03/02/25 07:05 PM\nRe: Best wood stove for a 12x14 wall tent?\n"
        + card
        + "Crossbow Carl\nCampfire Ranger\nCampfire Ranger\n"
        + card
        + "We run the medium sheet steel stove and it is plenty.\n"
    )
    thread = split_text(page, "t")
    assert [r.text for r in thread.replies] == [
        "We run the medium sheet steel stove and it is plenty."
    ]
    ctx = _ctx("Title\n\nPosts: 611\nWyoming\nThe stove is fine.")
    assert R.card_place(ctx, 2) is None


def test_a_folded_quote_inside_a_headed_post_stays_in_it():
    """XenForo: 'Mike said:' / quote / 'Click to expand...' after the text of a post its
    header opened is part of that post (reply.inner_quote.v1); at a post's start it
    opens the post as before."""
    page = (
        "DPF regen every 3 hours on my L4760\n\n"
        "Bought the L4760 new about 14 months ago and the regen light comes on a lot.\n\n"
        "Mike in TN\nMar 2, 2025\n#2\nRun it up to 2,400 rpm when moving material.\n\n"
        "fencepost_farmer\nMar 3, 2025\n#3\nThanks all, 2,400 fixed it.\n"
        "Mike in TN said:\ndon't interrupt a regen once it starts\nClick to expand...\n"
        "@Mike in TN guilty of this too, won't do it anymore.\n"
    )
    replies = split_text(page, "t").replies
    assert [r.author for r in replies] == ["Mike in TN", "fencepost_farmer"]
    assert replies[1].text.startswith("Thanks all") and replies[1].text.endswith("anymore.")


def test_xenforo_title_over_thread_meta_and_likers_in_portuguese():
    """The line over 'Autor do tópico' / 'Data de início' is the title, whatever tagline
    opens the page (title.over_thread_meta.v1); the list under a bare 'Curtir' is who
    liked (reaction_names.v2), but one name over a poster's time is that poster."""
    ctx = _ctx(
        "Fórum Adrenaline - Um dos maiores e mais ativos fóruns do Brasil\nFóruns\n"
        "Fonte de 550W aguenta a RX 9070?\nAutor do tópico rafa_tdb\n"
        "Data de início 11 Mar 2025\nTexto."
    )
    assert R.title_over_thread_meta(ctx) == 2
    ctx = _ctx("Title\n\nCurtir\nrafa_tdb, Gustavo M. e 6 outras pessoas\n\nLike\nJS9\n10:02 am")
    assert R.reaction_names(ctx, 2) is not None
    assert R.reaction_names(ctx, 5) is None


def test_card_place_reads_a_value_under_its_bare_field_name():
    """'Location:' / 'Melbourne, Australia' (XenForo 1): the value is the card's."""
    ctx = _ctx("Title\n\nForum Resident\nLocation:\nMelbourne, Australia\nText here.")
    assert R.card_place(ctx, 3) is not None


def test_edited_suffix_v2_cuts_the_greek_mark():
    assert R.edited_suffix("Δημοσ. 11 Μαρτίου (επεξεργασμένο)") == (
        "Δημοσ. 11 Μαρτίου",
        "(επεξεργασμένο)",
        "forum-chrome",
    )


@pytest.mark.parametrize(
    "text",
    ["Title\n\nLike\nYes and no", "Title\n\nLike\nTotally Agree\n\nMore."],
)
def test_reaction_names_keeps_a_reply_under_a_like_button(text):
    """Under a bare like button only a list (a comma, a count, a handle) or a lone handle
    ending the post is who liked; a short reply there stays the reader's."""
    assert R.reaction_names(_ctx(text), 2) is None


@pytest.mark.parametrize("text", ["Title\n\nPro:\nCheap and light", "Title\n\nOP:\nyou are wrong"])
def test_card_place_takes_no_value_under_a_rank_or_a_word(text):
    assert R.card_place(_ctx(text), 2) is None


def test_card_place_reads_a_place_over_the_posters_name_and_status():
    """UBB.threads printing its card once: 'Likes: 211' / 'Western PA' / 'Old_Gouge' /
    'Offline'; a line over a sentence is no place."""
    ctx = _ctx("Title\n\nLikes: 211\nWestern PA\nOld_Gouge\nOffline\nText.")
    assert R.card_place(ctx, 2) is not None
    ctx = _ctx("Title\n\nLikes: 211\nWestern PA\nI agree with all of this, truly.\nOffline")
    assert R.card_place(ctx, 2) is None


@pytest.mark.parametrize(
    "card,first",
    [
        ("3. מהנדס ימי כאן\nאבי ש.\n11/03/25 19:10\nמי שלא עבד בים לא מבין.", "מהנדס ימי כאן"),
        (
            "1.\nעצוב, אבל היה ברור\nיואב\n04.03.2025 | 21:41\nגדלתי ליד הפרדס.",
            "עצוב, אבל היה ברור",
        ),
    ],
)
def test_numbered_talkback_keeps_its_title_as_its_first_words(card, first):
    """Mako's 'N. Title' and Haaretz's 'N.' over the title, then name and time: the
    talkback is the reader's, title first (reply.numbered_talkback.v1)."""
    page = (
        "חוף בת גלים ייסגר לרחצה בקיץ\n\n"
        + "העירייה הודיעה כי החוף ייסגר לרחצה בחודשי הקיץ בשל עבודות על שובר הגלים.\n\n"
        + card
        + "\n\n2. צודקים לגמרי\nמירי\n11/03/25 18:55\nהגב\n"
    )
    replies = split_text(page, "t").replies
    assert replies[0].text.startswith(first), replies[0].text
    assert replies[1].author == "מירי" and replies[1].text == "צודקים לגמרי"


def test_ptt_pushes_are_one_line_replies():
    """bbs_push.v1 (PTT, heldout29): each push is a reply by its ID, its text between
    the colon and the time; the server's edit note between pushes is no reply's end."""
    page = (
        ARTICLE
        + "\n--\n※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.36.218.77 (臺灣)\n"
        + "推 sunnyday88: 早該修了 假日根本騎不動 03/11 19:05\n"
        + "→ TNkuma: 為什麼一定要選夏天施工 03/11 19:11\n"
        + "※ 編輯: lazycat0521 (114.36.218.77 臺灣), 03/11/2025 19:33:05\n"
        + "噓 meowmeow99: 好耶 03/11 19:41\n"
    )
    thread = split_text(page, "t")
    assert [(r.author, r.text) for r in thread.replies] == [
        ("sunnyday88", "早該修了 假日根本騎不動"),
        ("TNkuma", "為什麼一定要選夏天施工"),
        ("meowmeow99", "好耶"),
    ]


def test_wpdiscuz_name_under_the_comments_ends_them():
    """after_comment_form.v2 (Universe Today, The Parish Chest): wpDiscuz's name over
    its comment bubble ends the comments; the bubble and the sidebar's 'Recent Comments'
    ('Ellen W on …') are no replies."""
    _wp_page_ending_with(
        "Load More Comments\nwpDiscuz\n0\n0\nWould love your thoughts, please comment.x\n"
        "()\nx\n| Reply\n\nRecent Comments\nJo-Anne on Headline about the leaked files\n"
    )


def test_a_mention_over_a_quoted_line_is_the_quotes_attribution():
    """unmarked_quote.v4 (Nintendo Life): '@Snatcher' alone over a line of Snatcher's
    post is the quote's; the reply is what follows. Over a line of its own words, the
    mention stays the reply's first line."""
    said = (
        "Golden Sun without the first game? Hopefully they are doing it the same way as "
        "the 3DS Virtual Console did, otherwise you lose a lot."
    )
    page = (
        ARTICLE
        + "\n\nComments\n\nSnatcher · 2h ago\n"
        + said
        + "\nReply\n\nBanjo · 1h ago\n@Snatcher\nHopefully they are doing it the same way as"
        " the 3DS\nYeah, and I would bet they have emulated the link code too.\nReply\n"
    )
    replies = split_text(page, "t").replies
    assert replies[1].text == "Yeah, and I would bet they have emulated the link code too."
    assert replies[1].quoted.startswith("@Snatcher") and replies[1].parent == 1
    other = page.replace("@Snatcher\nHopefully", "@Banjo\nHopefully")
    assert split_text(other, "t").replies[1].text.startswith("@Banjo")  # not Banjo's words
    own = page.replace(
        "@Snatcher\nHopefully they are doing it the same way as the 3DS", "@Snatcher\nMe too"
    )
    assert split_text(own, "t").replies[1].text.startswith("@Snatcher")


def test_a_stub_the_page_has_as_chrome_elsewhere_is_chrome():
    """repeated_stub.v3 (RMweb): 'More sharing options...' left alone once is the row the
    page printed as chrome under the other posts."""
    from stance.thread import BoilerplateItem

    chrome = [BoilerplateItem("forum-chrome", "More sharing options...", "x")]
    stub = D.Draft("r", None, text_lines=to_lines("More sharing options..."))
    assert D.drop_repeated_stubs([stub], list(chrome), CFG) == []
    kept = D.Draft("r", None, text_lines=to_lines("More sharing options..."))
    assert D.drop_repeated_stubs([kept], [], CFG) == [kept]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Phạm Thị Thu Hà", True),
        ("Sarah W.", True),
        ("Ý kiến bạn đọc", False),
        ("Most Popular on bostonglobe.com", False),
        ("Bli med i samtalen", False),
        ("Read More Latest News", False),
    ],
)
def test_name_line_v2_takes_four_capitalised_names(text, expected):
    assert R.looks_like_name_line(text, CFG) is expected


def test_title_breadcrumb_tail_v3_stops_at_the_comment_section():
    """A trail that ends at the board names the board; the board list under the
    comments repeats it, and that is no title. Above the comments it still is."""
    crumbs = "Home › Lifestyle › Cars, Motorcycles & Bikes\n"
    below = crumbs + "Bike commute safe?\nThe post.\nComments\nbob\nMarch 10\nyes\n"
    ctx = _ctx(below + "Categories\nCars, Motorcycles & Bikes\nSports\n")
    assert R.title_breadcrumb_tail(ctx) is None
    above = crumbs + "Cars, Motorcycles & Bikes\nThe post.\nComments\nbob\nMarch 10\nyes\n"
    assert R.title_breadcrumb_tail(_ctx(above)) == 1


@pytest.mark.parametrize(
    "banner",
    [
        "Bu site çerezler kullanır. Bu siteyi kullanmaya devam ederek kabul edersiniz.",
        "Við notum vafrakökur til að bæta upplifun þína á vefnum.",
        "Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.",
        "My a naši partneri používame súbory cookie na ukladanie informácií.",
    ],
)
def test_cookie_notice_v3_knows_more_languages(banner):
    """The banner in Turkish, Icelandic, Catalan and Slovak: on DV, NacióDigital and
    Pravda the banner had been taken for the headline, or for the body under it."""
    ctx = _ctx(f"Title\n\nBody text of the article.\n\n{banner}")
    assert R.cookie_notice(ctx, 2) is not None


def test_title_breadcrumb_tail_v3_reads_a_trail_of_one_section():
    """'News / Council hears …' over the headline names it; far from the trail, or a
    short tail ('Home › Games and Technology', a board), it names nothing."""
    title = "Council hears Whalsay ferry fare plea as timetable blamed"
    ctx = _ctx(f"Menu\nNews / {title}\n{title}\nThe body of the article.")
    assert R.title_breadcrumb_tail(ctx) == 2
    far = _ctx(f"News / {title}\na\nb\nc\nd\n{title}\nThe body.")
    assert R.title_breadcrumb_tail(far) is None
    board = _ctx("Home › Games and Technology\nGames and Technology\nThe body.")
    assert R.title_breadcrumb_tail(board) is None


def test_a_danda_ends_a_reply_above_the_footer():
    """`ends_sentence` (Prothom Alo): 'সহমত।' ends a sentence in Bengali; it is the last
    reply, not a line of the footer."""
    text = (
        ARTICLE + "\n\nComments\n\nbob\n2h\nসহমত।\nReply\nAbout Us\nPrivacy Policy\n"
        "© 2025 Example\n"
    )
    assert [r.text for r in split_text(text, "t").replies] == ["সহমত।"]
    assert R.ends_sentence("সহমত।")
    # With no footer closing it, the reply above the footer links keeps its words.
    assert R.page_footer_tail(_ctx("Title\n\nA sentence here.\n\nসহমত।\nTerms\nPrivacy")) == 3


def test_card_template_v2_reads_ages_in_other_units_as_one_line():
    """'৩ ঘণ্টা আগে' and '৪৫ মিনিট আগে' are one card line: the cards with a younger
    comment are cards too."""
    assert R._time_family("0 ঘণ্টা আগে") == R._time_family("0 মিনিট আগে")
    assert R._time_family("antworten 0") == "antworten 0"
    cards = [
        ("রফিকুল ইসলাম", "৩ ঘণ্টা আগে", "মাঝখানের ব্যবসায়ীরা লাভ খেয়ে যায়।", "৪২"),
        ("সাবরিনা আক্তার", "২ ঘণ্টা আগে", "সরকার অন্তত জীবনবিমার ব্যবস্থা করুক।", "৩৭"),
        ("মাহমুদ হাসান", "১ ঘণ্টা আগে", "কোনো বিমা কোম্পানি কি এটা করবে?", "৯"),
        ("নাসরিন সুলতানা", "৪৫ মিনিট আগে", "আল্লাহ সবাইকে নিরাপদে ফিরিয়ে আনুন।", "২৩"),
        ("আবু বকর", "৩০ মিনিট আগে", "সহমত।", "২"),
    ]
    page = (
        ARTICLE
        + "\n\nমন্তব্য (৫)\n\n"
        + "\n".join(
            f"{name}\n{age}\n{text}\nপছন্দ {likes}\nজবাব\n" for name, age, text, likes in cards
        )
    )
    thread = split_text(page, "t")
    assert [r.author for r in thread.replies] == [card[0] for card in cards]
    assert [r.text for r in thread.replies] == [card[2] for card in cards]


def test_names_in_indic_scripts_and_a_name_closed_by_a_full_stop():
    """`is_name` takes the vowel signs of Marathi and Bengali ('अस्मिता'); a name closed
    by a full stop before '|' and a time is a header's name ('भरत. | 11 March, 2025 -
    19:20', Maayboli). A sentence has no separator after its full stop."""
    assert R.is_name(["अस्मिता"], CFG) and R.is_name(["সাবরিনা", "আক্তার"], CFG)
    assert not R.is_name(["भरत।"], CFG)  # the danda ends a sentence, no name holds it
    assert R.split_author_time("भरत. | 11 March, 2025 - 19:20", CFG) == (
        "भरत.",
        "11 March, 2025 - 19:20",
    )
    assert R.split_author_time("It was done. 11 March, 2025", CFG) is None
    assert R.split_author_time("Yes. on 3 May 2016", CFG) is None
    # The separator must follow the word itself, not stand later in the line.
    assert R.split_author_time("Agreed. 2 hours ago | parent", CFG) is None
    # Initials are capitals: 'J.R.' may name a poster, 'e.g.' and 'a.m.' do not.
    assert R.is_name(["J.R."], CFG)
    assert not R.is_name(["e.g."], CFG) and not R.is_name(["a.m."], CFG)


def test_finnish_xenforo_reactions_are_no_poster():
    """'Reaktiot:' over 'Joonas_K, ht_jukka ja 2 muuta' (MuroBBS): who reacted, in
    Finnish, is chrome (reaction_names under any language's label)."""
    page = (
        ARTICLE + "\n\nVastaukset\n\nVesa-Pekka · 2 h sitten\nKatso onko yksikön alla jääkasaa.\n"
        "Lainaa\nReaktiot:\nJoonas_K, ht_jukka ja 2 muuta\n\nmökkimikko · 1 h sitten\n"
        "Kiitos, katson huomenna.\nLainaa\n"
    )
    thread = split_text(page, "t")
    assert [r.author for r in thread.replies] == ["Vesa-Pekka", "mökkimikko"]
    assert thread.replies[0].text == "Katso onko yksikön alla jääkasaa."
    likers = [b.rule for b in thread.boilerplate if b.text == "Joonas_K, ht_jukka ja 2 muuta"]
    assert likers == [R.reaction_names.rule_id]


def test_page_footer_tail_v9_takes_latest_articles():
    """'Latest Articles' over the site's headlines under the thread (UKClimbing)."""
    ctx = _ctx(
        "Title\n\nA sentence here.\n\nThis. And have a plan B that works.\nLike 2\nReport\n"
        "Latest Articles\nWinter climbing courses: how to choose one\n"
        "Cairngorms winter route round-up, March 2025\nForums\nPrivacy\n© 2025 UKClimbing"
    )
    assert ctx.lines[R.page_footer_tail(ctx)].text == "Latest Articles"


def test_bloggers_popular_posts_under_the_comments_are_the_sidebar():
    """after_comment_form.v2 (Narrowboat Kingfisher): 'Popular posts from this blog'
    under the comments opens the sidebar; its blog roll with times is no reply."""
    _wp_page_ending_with(
        "Post a Comment\nPopular posts from this blog\nWinter on the Shroppie\n"
        "January 14, 2025\nRead more\nOther boaters' blogs\nNo Problem\nBack on the Oxford\n"
        "2 hours ago\nReport Abuse\nPowered by Blogger\n"
    )


def test_a_code_block_without_its_label_stays_in_its_post():
    """learned_chrome.v4 (openHAB's Discourse): the fenced code in a post, three
    code-shaped lines or more, is the poster's; the text under it is the same post."""
    code = (
        "var timer = cache.private.get('hallTimer');\n"
        "if (timer !== null && timer.isActive()) {\n"
        "  timer.reschedule(time.toZDT().plusMinutes(3));\n"
        "} else {\n"
        "  items.Hallway_Light.sendCommand('ON');\n"
        "}\n"
    )
    page = (
        ARTICLE
        + "\n\nComments\n\njschwarz · 2h ago\nDon't create a new timer, reschedule it.\n\n"
        + code
        + "\nRules in the same rule never run at the same time, by the way.\nReply\n\n"
        "keiththemole · 1h ago\nOr use the debounce profile.\nReply\n"
    )
    replies = split_text(page, "t").replies
    assert [r.author for r in replies] == ["jschwarz", "keiththemole"]
    assert replies[0].text.endswith("by the way.")
    lines = to_lines(code)
    assert R.code_run_lines(lines) == list(range(len(lines)))
    prose = to_lines("We left at six;\nthe rain came at noon;\nand then we went home.")
    assert R.code_run_lines(prose) == []
    greek = to_lines("Τι λες;\nΠού πας;\nΠότε έρχεσαι;")  # Greek questions end in ';'
    assert R.code_run_lines(greek) == []
    sql = to_lines("CREATE USER app FROM LOGIN app;\nALTER ROLE db_owner ADD MEMBER app;\nGO;")
    assert R.code_run_lines(sql) == [0, 1, 2]


def _reach_page(paragraphs: int) -> str:
    body = "\n\n".join(
        f"Paragraph {n} of the story says what the council decided about the bus lane and "
        "what the traders on the road told the reporter about it this week."
        for n in range(paragraphs)
    )
    return (
        "Residents furious as bus lane cameras issue 4,000 fines\nComments\nNewsBy\n"
        "Priya Mistry\n11:32, 11 MAR 2025\n\n"
        + body
        + "\n\nComments\n27\nBarryFromBraunstone\n2 hours ago\nIt's a bus lane. Read the sign.\n"
        "Reply\nKiran P\n1 hour ago\n@BarryFromBraunstone have you driven there?\nReply\n"
    )


def test_region_comment_header_v4_skips_a_comments_link_over_the_byline():
    """Reach's papers: 'Comments' over the byline ('NewsBy' / name / date) is a jump
    link; the article's paragraphs and then the real header follow."""
    thread = split_text(_reach_page(6), "t")
    assert [r.author for r in thread.replies] == ["BarryFromBraunstone", "Kiran P"]
    assert len(thread.article.paragraphs) >= 6
    # With only a reply's few paragraphs under it, the first header stays a reply's.
    lines = to_lines(_reach_page(2))
    labels, _ = P._label_lines(lines, CFG)
    assert labels[2].role == R.ROLE_HEADER  # 'NewsBy' / 'Priya Mistry' / the date
    rc = R.RegionContext(lines, labels, CFG, 0)
    assert R._article_paragraphs_before_next_marker(rc, 1) == (0, False)
    lines = to_lines(_reach_page(6))
    labels, _ = P._label_lines(lines, CFG)
    assert R._article_paragraphs_before_next_marker(R.RegionContext(lines, labels, CFG, 0), 1)[1]


def test_a_label_or_question_under_every_comment_is_chrome():
    """repeated_stub.v4 (20minutos' 'Valorar:', Motor-Talk's 'Hilfreich?'): a short line
    ending in ':' or '?' that stands alone three times on the page is the site's; twice,
    it may be two readers asking the same."""

    def drafts(text: str, copies: int) -> list:
        return [D.Draft("r", None, text_lines=to_lines(text)) for _ in range(copies)]

    assert D.drop_repeated_stubs(drafts("Hilfreich?", 3), [], CFG) == []
    assert D.drop_repeated_stubs(drafts("Valorar:", 3), [], CFG) == []
    assert len(D.drop_repeated_stubs(drafts("Why?", 2), [], CFG)) == 2
    assert len(D.drop_repeated_stubs(drafts("Is the seal worn out?", 3), [], CFG)) == 3


def test_a_short_label_over_a_quoted_line_is_the_quotes_attribution():
    """unmarked_quote.v5 (The Hull Truth): 'Originally Posted by Capt. Lenny View Post'
    over a line of Capt. Lenny's post is the quote's attribution in the site's words;
    the reply is what follows. Over a line of the writer's own, the label stays."""
    said = (
        "Phase separation is rare. Did it rain hard last week? Underground tanks with bad "
        "seals take on water every time the lot floods."
    )
    page = (
        ARTICLE
        + "\n\nComments\n\nCapt. Lenny · 2h ago\n"
        + said
        + "\nReply\n\nSeaRayBob · 1h ago\nOriginally Posted by Capt. Lenny View Post\n"
        "Did it rain hard last week? Underground tanks with bad seals take on water every "
        "time the lot floods.\nYep, we had almost four inches Wednesday night.\nReply\n"
    )
    replies = split_text(page, "t").replies
    assert replies[1].text == "Yep, we had almost four inches Wednesday night."
    assert replies[1].quoted.startswith("Originally Posted by") and replies[1].parent == 1
    # A label no rule knows: over a quoted line it goes with the quote, over a line of
    # the writer's own it stays.
    label = page.replace("Originally Posted by Capt. Lenny View Post", "Lenny ha scritto così")
    assert split_text(label, "t").replies[1].quoted.startswith("Lenny ha scritto")
    own = label.replace(
        "Did it rain hard last week? Underground tanks with bad seals take on water every "
        "time the lot floods.\nYep",
        "We had four inches of rain on the lot last Wednesday night.\nYep",
    )
    assert split_text(own, "t").replies[1].text.startswith("Lenny ha scritto")
    # A sentence over the quoted line is the writer's own and stays in the reply.
    sentence = page.replace("Originally Posted by Capt. Lenny View Post", "Lenny is right.")
    assert split_text(sentence, "t").replies[1].text.startswith("Lenny is right.")


def test_a_cue_and_the_quote_on_one_line_are_the_quote():
    """unmarked_quote.v6 (Trains.com, Food52, Fark, Gaming On Linux): a first line that
    is a cue with a colon and then words of an earlier reply ('Quote: Originally posted
    by MidwestMike I would rather…') is the quote; the reply is what follows. The cue
    must name the quoted poster or be glued to the quote ('Quoting: MikeI would…')."""
    said = "I would rather find out now than after I've cut forty pieces of plywood."
    page = (
        ARTICLE
        + "\n\nComments\n\nMidwestMike · 2h ago\nThe grade worries me. "
        + said
        + "\nReply\n\nIslandRailer · 1h ago\nQuote: Originally posted by MidwestMike "
        + said
        + "\nWise. Also consider the curve.\nReply\n"
    )
    replies = split_text(page, "t").replies
    assert replies[1].text == "Wise. Also consider the curve."
    assert replies[1].quoted.startswith("Quote: Originally posted by") and replies[1].parent == 1

    def second_reply(cue: str, quote: str = said) -> str:
        changed = page.replace("Quote: Originally posted by MidwestMike " + said, cue + quote)
        return split_text(changed, "t").replies[1].text

    # Glued to the quote, the cue needs no name the page knows; the quote may stand
    # in quote marks.
    assert second_reply("Quoting: Mike") == "Wise. Also consider the curve."
    assert second_reply("Quote: Originally posted by MidwestMike", f" “{said}”") == (
        "Wise. Also consider the curve."
    )
    # Not naming the poster, without a colon, over the reader's own words, after a
    # sentence of the reader's or inside one: the line is the reply's.
    for cue, quote in [
        ("Quoting Mike: ", said),
        ("Originally posted by MidwestMike ", said),
        ("Quote: Originally posted by MidwestMike ", "I never cut plywood before testing."),
        ("Re: MidwestMike is right. I ", said.removeprefix("I ")),
        ("Re: MidwestMike says he ", said.removeprefix("I ")),
    ]:
        assert second_reply(cue, quote).startswith(cue.strip()), cue


CARD_TAIL_PAGE = (
    ARTICLE
    + "\n\nComments\n\n"
    + "".join(
        f"{name}\n45 minutes ago\n{text}\nLike\nReply\nReport\n\n"
        for name, text in [
            ("Zeynep Y.", "Good luck to the neighbours keeping watch tonight."),
            ("Mert K.", "The council promised a new pump two years ago."),
            ("Ayla T.", "We moved our car to the hill road just in case."),
        ]
    )
)


def test_text_under_the_last_card_that_no_card_chrome_closes_is_the_page_s():
    """unclosed_tail.v1 (Milliyet): where every comment card ends in its buttons, a
    last block that no header opens and no buttons close (the footer's copyright
    sentence) is the page's; a last card closed like the others stays a reply, and so
    does the block when a header line stands over it."""
    # The learned scorer's own tail rule (trailing_unheaded) set aside: this one reads
    # the cards' shape alone.
    cfg = replace(CFG, trailing_unheaded_min_authored=1.0, trailing_unheaded_min_chrome=1.0)
    footer = "Content published on this site may not be reproduced without permission.\n"
    thread = split_text(CARD_TAIL_PAGE + footer, "t", cfg)
    assert [r.author for r in thread.replies] == ["Zeynep Y.", "Mert K.", "Ayla T."]
    assert (
        "navigation",
        footer.strip(),
        "reply.unclosed_tail.v2",
    ) in [(b.kind, b.text, b.rule) for b in thread.boilerplate]
    closed = split_text(CARD_TAIL_PAGE + footer + "Like\nReply\n", "t", cfg)
    assert closed.replies[-1].text == footer.strip()
    headed = split_text(CARD_TAIL_PAGE + "#4\n" + footer, "t", cfg)
    assert headed.replies[-1].text == footer.strip()


def test_a_one_paragraph_notice_over_closed_comment_cards_is_the_page_s():
    """unclosed_head.v1 (Phileleftheros, NodeBB): over comment cards that each end in
    their buttons, a first block with no header that no buttons close (a moderation
    notice, 'This topic has been deleted') is the page's; a first post of several
    paragraphs stays (its header may sit inside its text, Kakaku), and so does one
    under a header line."""
    cfg = replace(CFG, trailing_unheaded_min_authored=1.0, trailing_unheaded_min_chrome=1.0)
    cards = CARD_TAIL_PAGE.split("Comments\n\n", 1)[1]
    # Swahili ('This topic has been deleted. Only users with topic management
    # privileges can see it and read all its answers'): no word of it is known.
    notice = (
        "Mada hii imefutwa. Ni watumiaji wenye mamlaka ya kusimamia mada pekee wanaoweza "
        "kuiona na kusoma majibu yake yote.\n\n"
    )
    page = ARTICLE + "\n\nComments\n\n" + notice + cards
    thread = split_text(page, "t", cfg)
    assert [r.author for r in thread.replies] == ["Zeynep Y.", "Mert K.", "Ayla T."]
    assert (notice.strip(), "reply.unclosed_head.v2") in [
        (b.text, b.rule) for b in thread.boilerplate
    ]
    long_post = notice.replace("\n\n", "\n\nWe found the same last winter.\n\n")
    kept = split_text(ARTICLE + "\n\nComments\n\n" + long_post + cards, "t", cfg)
    assert kept.replies[0].text.startswith("Mada hii")
    headed = split_text(ARTICLE + "\n\nComments\n\n#1\n" + notice + cards, "t", cfg)
    assert headed.replies[0].text.startswith("Mada hii")
    # Cards that do not all end in buttons give the page no shape to read.
    loose = cards.replace(
        "Good luck to the neighbours keeping watch tonight.\nLike\nReply\nReport",
        "Good luck to the neighbours keeping watch tonight.",
    )
    unshaped = split_text(ARTICLE + "\n\nComments\n\n" + notice + loose, "t", cfg)
    assert unshaped.replies[0].text.startswith("Mada hii")


def test_a_short_line_over_most_replies_is_the_cards_own_not_an_attribution():
    """unmarked_quote.v5: a label over a quoted line is the quote's attribution only
    where few replies have one; over most of them it is the cards' name line (note.com)
    and the line under it stays the reply's, even where it repeats an earlier one."""
    said = "The ring road was built with public money years ago"

    def card(name: str, first: str) -> D.Draft:
        return D.Draft("r", text_lines=to_lines(f"{name}\n{first}\nAnd more words of mine."))

    few = [D.Draft("r", text_lines=to_lines(said + ".\nMore."))] + [
        card("Mark wrote", said) if k == 2 else D.Draft("r", text_lines=to_lines(f"Plain {k}."))
        for k in range(6)
    ]
    quoted = D.unmarked_quotes(few, CFG)[3]
    assert quoted.quote_lines and quoted.text_lines[0].text == "And more words of mine."
    many = [D.Draft("r", text_lines=to_lines(said + ".\nMore."))] + [
        card(f"hiker{k}", said if k == 2 else f"My own words here number {k}") for k in range(6)
    ]
    assert not D.unmarked_quotes(many, CFG)[3].quote_lines


def test_a_last_card_whose_chrome_stands_over_its_text_stays_a_reply():
    """unclosed_tail.v1: on a page of cards whose chrome stands over the text ('Reply
    Share' / '7 hours ago' / the comment) and that ends with its last comment, that
    comment comes under the same run of chrome as every other: a card, not the page's."""
    texts = [
        "Is this similar to the Nazi-Soviet Pact?",
        "Perhaps in a way. Russia never really did attack ISIS.",
        "The pact lasted two years, this has lasted longer.",
        "Turkey shot down the fighter jet, not ISIS.",
    ]
    page = (
        ARTICLE
        + "\n\n"
        + "".join(f"Reply  Share\n{k + 2} hours ago\n{t}\n" for k, t in enumerate(texts))
    )
    assert [r.text for r in split_text(page, "t").replies] == texts


PHPBB_ARTICLE = (
    "Sprite zero timing on Dendy\n\nI have a platformer that uses sprite 0 hit to split the "
    "status bar. On NTSC and PAL it works, but on a Dendy clone the split happens one "
    "scanline later. The loop is the same on every region.\n\nHas anyone seen this before?\n\n"
)


def _phpbb_card(name: str, rank: str | None, when: str, text: str) -> str:
    profile = f"{rank}\n" if rank else ""
    return (
        f"User avatar\n{name}\n{profile}Posts: 120\nJoined: Mon Sep 20, 2004 6:04 am\n"
        f"Re: Sprite zero timing on Dendy\n\nQuote\nPost by {name} » {when}\n\n{text}\n"
    )


def test_a_rank_between_two_headers_naming_one_poster_is_the_card_s():
    """profile_between_headers.v1 (nesdev, phpBB): a rank no rule knows ('Site Admin')
    between the avatar's name line and the 'Post by' header of the same poster is a
    profile line, where other cards show that pair of headers with nothing between; a
    double post ('Bump' under one card, the poster's next card under it) stays."""
    page = (
        PHPBB_ARTICLE
        + _phpbb_card(
            "kevtris_fan", None, "Sun Mar 09, 2025 7:12 pm", "Are you sure it is the hit?"
        )
        + _phpbb_card("Nesdev_Admin", "Site Admin", "Mon Mar 10, 2025 1:05 am", "Split it out.")
        + _phpbb_card("pixelgrub", None, "Mon Mar 10, 2025 5:48 pm", "Shortened the loop.")
        + _phpbb_card("pixelgrub", None, "Tue Mar 11, 2025 9:02 am", "Bump")
        + _phpbb_card("pixelgrub", None, "Tue Mar 11, 2025 9:30 am", "Solved it myself.")
    )
    thread = split_text(page, "t")
    assert [r.text for r in thread.replies] == [
        "Are you sure it is the hit?",
        "Split it out.",
        "Shortened the loop.",
        "Bump",
        "Solved it myself.",
    ]
    assert ("Site Admin", "reply.profile_between_headers.v1") in [
        (b.text, b.rule) for b in thread.boilerplate
    ]


def test_a_profile_line_needs_the_page_s_bare_header_pair_and_no_sentence():
    """profile_between_headers.v1 at draft level: the pair of header rules must be seen
    bare elsewhere on the page, name the same poster both times, and hold a line or two
    of a few words that end no sentence."""

    def drafts(rank: str, second_author: str = "Ann") -> list[D.Draft]:
        return [
            D.Draft("avatar", author="Bo"),
            D.Draft("post_by", author="Bo", text_lines=to_lines("First post here.")),
            D.Draft("avatar", author="Ann", text_lines=to_lines(rank)),
            D.Draft("post_by", author=second_author, text_lines=to_lines("Second post.")),
        ]

    def kept(page: list[D.Draft]) -> list[str]:
        D.drop_profile_lines(page, [], CFG)
        return [line.text for d in page for line in d.text_lines]

    assert kept(drafts("Site Admin")) == ["First post here.", "Second post."]
    assert "Agreed." in kept(drafts("Agreed."))
    assert "A rank of many more words than a card holds" in kept(
        drafts("A rank of many more words than a card holds")
    )
    assert "Site Admin" in kept(drafts("Site Admin", second_author="Cy"))
    unseen = drafts("Site Admin")
    unseen[0].rule = "other"
    assert "Site Admin" in kept(unseen)


def test_a_short_line_right_over_a_marked_quote_introduces_it():
    """marked_quote_attribution.v1 (Bugzilla, Gerrit, mailing lists): a reply's first
    line, right over its '>' quote and ending no sentence ('(In reply to Alastair Wu
    from comment #1)', 'Patch Set 2:'), joins the quote; a sentence there, a line away
    from the quote, or a reply with nothing after the quote stays the writer's."""

    def draft(text: str) -> D.Draft:
        lines = to_lines(text)
        quote = [line for line in lines if line.text.startswith(">")]
        body = [line for line in lines if not line.text.startswith(">")]
        return D.Draft("r", text_lines=body, quote_lines=quote)

    cue = "(In reply to Alastair Wu [:alwu] from comment #1)"
    page = [
        draft(f"{cue}\n> Could you attach about:support?\nNo crash reports. None at all."),
        draft("I checked this myself.\n> Could you attach it?\nNo crash reports."),
        draft(f"{cue}\nSomething between.\n> Could you attach it?\nNo crash reports."),
        draft(f"{cue}\n> Could you attach about:support?"),
    ]
    boilerplate: list = []
    D.marked_quote_attributions(page, boilerplate)
    assert [d.text_lines[0].text for d in page] == [
        "No crash reports. None at all.",
        "I checked this myself.",
        cue,
        cue,
    ]
    assert [(b.text, b.rule) for b in boilerplate] == [(cue, "reply.marked_quote_attribution.v1")]


def test_a_reply_opening_with_a_cue_over_its_quote_keeps_its_parent():
    """marked_quote_attribution.v1 through the splitter (Bugzilla-style cards): the cue
    leaves the reply's text, and the quote under it still finds the reply it quotes."""
    article = (
        "Audio stutters on Wayland\n\nSince version 133, audio in Firefox stutters on "
        "Wayland sessions when a video plays in another tab. It happens on Fedora and "
        "Debian.\n\n"
    )

    def card(name: str, number: int, body: str) -> str:
        return f"{name}\nComment {number}\n•\n4 months ago\n{body}\n"

    page = (
        article
        + card("Alastair Wu", 1, "Thanks for the report. Could you attach about:support?")
        + card(
            "Jonas Koenig",
            2,
            "(In reply to Alastair Wu from comment #1)\n> Could you attach about:support?\n"
            "Done, it is attached now.",
        )
        + card("Tomasz Nowicki", 3, "I can reproduce this on Fedora 41 as well.")
    )
    thread = split_text(page, "t")
    reply = thread.replies[1]
    assert (reply.text, reply.parent, reply.quoted) == (
        "Done, it is attached now.",
        1,
        "Could you attach about:support?",
    )


def _counter_page(likes: list[int]) -> str:
    article = (
        "Nieuwe fietsbrug in Hasselt pas volgend jaar open\n\nDe nieuwe fietsbrug over het "
        "kanaal in Hasselt gaat pas volgend jaar open. Bij een controle werden gebreken in "
        "de lassen gevonden, meldt de stad.\n\nDe brug kost 9,4 miljoen euro.\n\nReacties (3)\n\n"
    )
    cards = [
        ("Guido Schepers", "Vandaag om 15:40", "Wie controleert die aannemers eigenlijk?"),
        (
            "Ilse Martens",
            "Vandaag om 16:02",
            "Liever dit dan een brug die na vijf jaar dicht moet.",
        ),
        ("Tom Vanderhoydonck", "Vandaag om 16:30", "Ik fiets elke dag over de Hasseltweg."),
    ]
    return article + "".join(
        f"{name}\n{when}\n{text}\nBeantwoorden\nMelden\nLeuk ({n})\n\n"
        for (name, when, text), n in zip(cards, likes, strict=True)
    )


def test_a_button_with_a_count_that_differs_per_card_is_no_poster():
    """counter_button.v1 (hbvl, Version2, Ekstra Bladet): 'Leuk (14)' under each comment
    read as a poster 'Leuk' with a post count, and opened a post over every next card.
    Its count differs from card to card, so it is a button; the real names are found."""
    thread = split_text(_counter_page([14, 9, 3]), "t")
    assert [(r.author, r.text) for r in thread.replies] == [
        ("Guido Schepers", "Wie controleert die aannemers eigenlijk?"),
        ("Ilse Martens", "Liever dit dan een brug die na vijf jaar dicht moet."),
        ("Tom Vanderhoydonck", "Ik fiets elke dag over de Hasseltweg."),
    ]


def test_a_name_with_the_same_count_on_each_card_stays_a_poster():
    """counter_button.v1 at rule level: a poster's count is the same on each of the
    poster's cards ('Leuk (14)' thrice is a poster with 14 posts), and a name seen
    twice gives too little to read; only a repeated name with differing counts goes."""
    from stance.split.pipeline import line_roles

    def relabelled(text: str) -> list[str]:
        lines = to_lines(text)
        ctx = R.Context(lines, line_roles(lines, CFG), CFG)
        return sorted(lines[k].text for k in R.counter_buttons(ctx))

    assert relabelled("Leuk (14)\nHi.\nLeuk (9)\nHo.\nLeuk (3)\nHa.") == [
        "Leuk (14)",
        "Leuk (3)",
        "Leuk (9)",
    ]
    assert relabelled("Leuk (14)\nHi.\nLeuk (14)\nHo.\nLeuk (14)\nHa.") == []
    assert relabelled("Leuk (14)\nHi.\nLeuk (9)\nHo.") == []
    # A poster's times differ from card to card too: only bare counts say 'button'.
    assert relabelled("ann_k · 3h ago\nHi.\nann_k · 5h ago\nHo.\nann_k · 1d ago\nHa.") == []


def _button_run_page(extra: str) -> str:
    article = (
        "Night buses return to Split\n\nThe city will run night buses from the old town to "
        "the suburbs every forty minutes from Friday, the transport company said on "
        "Monday.\n\nThe service runs until the end of September.\n\n12 Comments\n\n"
    )
    cards = [
        ("kastelanka_88", "Finally! Ten years we waited for this.", extra),
        ("Mate_ST", "Every forty minutes is too rare.", ""),
        ("ivana_z", "Better than nothing at all.", ""),
        ("Ante", "lol no", ""),
    ]
    return article + "".join(
        f"{name}\nprije 3 sata\n{text}\nOdgovori\n{more}Sviđa mi se 38\nNe sviđa mi se 1\n\n"
        for name, text, more in cards
    )


def test_a_short_line_inside_a_card_s_button_run_is_a_button():
    """footer_run_stub.v1 (Večernji list): '5 odgovora' ('5 replies') between a card's
    'Odgovori' button and its like counts is one more button, not a reply; a sentence
    there, or a line of more words, stays a reply."""
    # The short-line rule (short_unheaded) set aside: this one reads the button run.
    alone = replace(CFG, short_unheaded_max_words=1)
    thread = split_text(_button_run_page("5 odgovora\n"), "t", alone)
    assert [r.author for r in thread.replies] == ["kastelanka_88", "Mate_ST", "ivana_z", "Ante"]
    assert ("5 odgovora", "reply.footer_run_stub.v1") in [
        (b.text, b.rule) for b in thread.boilerplate
    ]
    for kept in ("Me too.", "and I said so before"):
        thread = split_text(_button_run_page(kept + "\n"), "t", alone)
        assert kept in [r.text for r in thread.replies]


def test_a_short_headerless_line_between_headed_posts_is_the_site_s():
    """short_unheaded.v1 (Practical Machinist, Heise): 'Gus_in_Kenosha, Tonyg and jsk4'
    under a post, alone in its draft on a page whose posts have headers, is the site's
    line of who liked it; two sentences in a line, or a Chinese line of twenty
    characters, are a reader's."""

    def page(extra: str) -> str:
        cards = TIMED_CARDS.replace("\n\n", "\nReply\n\n")
        return ARTICLE + "\n\n" + cards.replace("June.\nReply", "June.\nReply\n" + extra, 1)

    for extra, dropped in (
        ("Me too.", False),
        ("Gus_in_Kenosha, Tonyg and jsk4", True),
        ("Warum 921600? Reicht nicht 460", False),
        ("原来如此，我都用翻滚躲，难怪一直蓄不出来那一招", False),
    ):
        # The block scorer set aside: it judges a reader's odd line on its own.
        thread = split_text(page(extra), "t", replace(CFG, learned_blocks=False))
        assert (extra in [r.text for r in thread.replies]) is not dropped, extra
        assert [r.author for r in thread.replies if r.author] == ["alice", "bob", "carol"]
    thread = split_text(page("Gus_in_Kenosha, Tonyg and jsk4"), "t")
    assert ("Gus_in_Kenosha, Tonyg and jsk4", R.REPLY_SHORT_UNHEADED) in [
        (b.text, b.rule) for b in thread.boilerplate
    ]
    # Where no post has a header (example 003), a short reply is a reader's.
    plain = ARTICLE + "\n\n\nIt closed in May, not June.\n\nlol no\n\nWho paid for the review?\n"
    assert "lol no" in [r.text for r in split_text(plain, "t").replies]
    # A quote over it makes a reader's answer of the short line.
    headed = [D.Draft("r", author=name, text_lines=to_lines("Some words.")) for name in "abc"]
    quoting = D.Draft("r", text_lines=to_lines("lol no"), quote_lines=to_lines("> It closed."))
    P._drop_short_unheaded([*headed, quoting], [], CFG)
    assert [line.text for line in quoting.text_lines] == ["lol no"]


def test_an_unclosed_line_over_closed_headed_posts_is_the_section_s_notice():
    """unclosed_head.v2 (DvhN, Knack, Joop): every post has a header and ends in the
    'Reply' button; the line over the first, with neither, is the comments' notice. A
    line the button closes (a first post whose header was missed), posts without that
    button, or a headerless post among them leave it a reply."""
    notice = "Om te kunnen reageren moet je ingelogd zijn als abonnee. Lees onze huisregels."
    closed = TIMED_CARDS.replace("\n\n", "\nReply\n\n") + "Reply\n"
    page = f"{ARTICLE}\n\n3 Comments\n\n{notice}\n\n{closed}"
    thread = split_text(page, "t")
    assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]
    assert (notice, R.REPLY_UNCLOSED_HEAD) in [(b.text, b.rule) for b in thread.boilerplate]
    for kept in (
        f"{ARTICLE}\n\n3 Comments\n\n{notice}\nReply\n\n{closed}",
        f"{ARTICLE}\n\n3 Comments\n\n{notice}\n\n{TIMED_CARDS}",
    ):
        assert notice in [r.text for r in split_text(kept, "t").replies]

    def card(author: str | None) -> D.Draft:
        return D.Draft("r", author=author, text_lines=to_lines("Some words."), closed=True)

    first = D.Draft("r", text_lines=to_lines(notice))
    labels = [R.LineMatch("text.fallback.v1", R.ROLE_TEXT)]
    assert not D._notice_over_headed_posts([first, card("a"), card(None), card("c")], labels, CFG)
    quoting = D.Draft("r", text_lines=to_lines(notice), quote_lines=to_lines("> Some words."))
    assert not D._notice_over_headed_posts([quoting, card("a"), card("b"), card("c")], labels, CFG)
    assert D._notice_over_headed_posts([first, card("a"), card("b"), card("c")], labels, CFG)


def test_a_button_run_stub_needs_a_button_above_and_no_author():
    """footer_run_stub.v1 at draft level: the line must stand right under a button (a
    short reply under its header's time line stays) and have no author of its own."""
    from stance.split.drafts import drop_footer_run_stubs

    lines = to_lines("Odgovori\n5 odgovora\nSviđa mi se 38\n3 hours ago\nlol no\nSviđa mi se 2")
    roles = [R.ROLE_FOOTER, R.ROLE_TEXT, R.ROLE_FOOTER, R.ROLE_BOILERPLATE, R.ROLE_TEXT]
    labels = [R.LineMatch("t", role) for role in roles + [R.ROLE_FOOTER]]
    page = [
        D.Draft("r", text_lines=[lines[1]]),
        D.Draft("r", text_lines=[lines[4]]),
        D.Draft("r", author="Ante", text_lines=[lines[1]]),
    ]
    kept = drop_footer_run_stubs(page, lines, labels, [])
    assert [(d.author, d.text_lines[0].text) for d in kept] == [
        (None, "lol no"),
        ("Ante", "5 odgovora"),
    ]


def _notice_drafts(first_author: str | None, first: str) -> list:
    posts = [("Graham", "Worth pointing out."), ("Alison", "Good point."), ("Mere", "Ka pai.")]
    head = D.Draft("r", first_author, text_lines=to_lines(first))
    return [head] + [D.Draft("r", name, text_lines=to_lines(text)) for name, text in posts]


NOTICE_ES = (
    "Los comentarios son de exclusiva responsabilidad de sus autores. El diario se reserva "
    "el derecho de eliminarlos."
)


def test_comment_notice_under_the_section_heading_read_as_a_poster():
    """comment_section_notice.v3 (Zougla, El Universo; heldout38): the section's heading
    taken for a poster ('ΣΧΟΛΙΑ', capitals without accents) and short labels that are no
    name ('Iniciar sesión') stand over the notice; a poster's name or a heading that
    names no comments keeps the draft."""
    for author, lead in (("ΣΧΟΛΙΑ", "Email"), (None, "Iniciar sesión\nNormas de participación")):
        boilerplate: list = []
        kept = D.comment_section_notice(
            _notice_drafts(author, f"{lead}\n{NOTICE_ES}"), boilerplate, CFG
        )
        assert [d.author for d in kept] == ["Graham", "Alison", "Mere"]
        assert [b.text for b in boilerplate][-1] == NOTICE_ES
        assert (author in {b.text for b in boilerplate}) == (author is not None)
    for author, lead in (("Pavle Ilić", "Iniciar sesión"), (None, "Pavle Ilić")):
        kept = D.comment_section_notice(_notice_drafts(author, f"{lead}\n{NOTICE_ES}"), [], CFG)
        assert len(kept) == 4


def test_buttons_under_the_comment_heading_are_chrome():
    """comment_heading_stub.v1 (Delfi; heldout24): under a header that names the comments,
    a few short labels are the section's buttons; a sentence, a name-free heading or a
    long run of lines is kept."""
    boilerplate: list = []
    drafts = _notice_drafts("Registruotų komentarai", "Rašyti komentarą\nKomentarų taisyklės")
    kept = D.comment_heading_stubs(drafts, boilerplate, CFG)
    assert [d.author for d in kept] == ["Graham", "Alison", "Mere"]
    assert [b.text for b in boilerplate] == [
        "Registruotų komentarai",
        "Rašyti komentarą",
        "Komentarų taisyklės",
    ]
    assert {b.rule for b in boilerplate} == {R.COMMENT_HEADING_STUB}
    footer = "About Raddle\nForums\nWiki\nCode of conduct\nPrivacy"
    last = [*_notice_drafts(None, "Good post."), D.Draft("r", "Load more comments (4)")]
    last[-1].text_lines = to_lines(footer)
    assert len(D.comment_heading_stubs(last, [], CFG)) == 4
    notes = "the fact that they spend their whole adult life without eating is so metal"
    for words in (f"paleontology-is-neat\n{notes}", "Thanks all.\nSee you at the meeting\nX\nY"):
        last[-1].text_lines = to_lines(words)
        assert len(D.comment_heading_stubs(last, [], CFG)) == 5
    last[-1].text_lines = to_lines(footer)
    assert (
        len(
            D.comment_heading_stubs(
                [*last, D.Draft("r", "Mere", text_lines=to_lines("Ka pai."))], [], CFG
            )
        )
        == 6
    )
    for author, text in (
        ("Featured Comments", "Good signing."),
        ("Registered readers", "Write\nRules"),
        ("ΣΧΟΛΙΑ", "Write\nRules\nSort\nNewest"),
    ):
        assert len(D.comment_heading_stubs(_notice_drafts(author, text), [], CFG)) == 4


def test_a_count_with_one_unit_word_on_every_card_is_chrome():
    """unit_count.v1 (Vísir's Facebook plugin; heldout37): '3 klst.' under each card is
    the card's age in a language the rules do not know. Three or more such lines sharing
    the word, with numbers that differ and no two adjacent, are chrome; an ingredient
    list, a unit seen twice, or one number throughout is left to the other rules."""
    from stance.split.pipeline import line_roles

    def relabelled(text: str) -> list[str]:
        lines = to_lines(text)
        ctx = R.Context(lines, line_roles(lines, CFG), CFG)
        return sorted(lines[k].text for k in R.unit_counts(ctx))

    cards = "Anna\nGott mál.\n3 klst.\nBjörn\nNei.\n2 klst.\nSiggi\nJá já.\n1 klst."
    assert relabelled(cards) == ["1 klst.", "2 klst.", "3 klst."]
    assert relabelled("Pancakes\n2 tbsp\n3 tbsp\n1 tbsp\nMix well.") == []
    # Ages the cascade knows keep their own rule's label.
    assert relabelled("Anna\nGood.\n3h\nBen\nNo.\n2h\nSid\nYes.\n1h") == []
    assert relabelled("Anna\nGott.\n3 klst.\nBjörn\nNei.\n2 klst.") == []
    assert relabelled("Anna\nGott.\n3 klst.\nBjörn\nNei.\n3 klst.\nSiggi\nJá.\n3 klst.") == []
    assert (
        relabelled("Anna\nGott.\n3 klst. síðan\nBjörn\nNei.\n2 klst. síðan\nX\nJá.\n1 klst. síðan")
        == []
    )


def test_a_unit_then_now_is_how_long_not_a_cards_time():
    """card_header.v5 (TacomaWorld; heldout41): 'Been quiet for over a year now.' ends
    a post; 'a year now' is how long, not a card's time, and the line is no header.
    'now' alone, or a time with 'ago', still makes one."""
    assert R.card_header(to_lines("Been quiet for over a year now.")[0], CFG) is None
    assert R.card_header(to_lines("Worked fine for over 2 years now")[0], CFG) is None
    assert R.card_header(to_lines("kai_b · now")[0], CFG).author == "kai_b"
    assert R.card_header(to_lines("Been there 2 years ago")[0], CFG) is not None


def test_a_capital_alone_is_a_names_initial_not_a_time_unit():
    """card_header.v5, header_shape.v5 (ngrm, UK Rivers Guidebook; heldout42): 'W' and
    'M' are units of time ('3 w'), but a capital alone after a name is its initial:
    'Stephen W', not 'Stephen' with a week."""
    assert R.split_author_time("Helen M · 3 hours ago", CFG) == ("Helen M", "3 hours ago")
    assert R.split_author_time("Helen 3 w ago", CFG) == ("Helen", "3 w ago")
    shape = R.header_shape(to_lines("Post by Stephen W » Sat Mar 08, 2025 10:05 pm")[0], CFG)
    assert shape.author == "Stephen W"


def test_the_threads_counter_under_the_last_reply_is_the_pages():
    """page_line_tail.v1 (Singletrack's bbPress; heldout42): 'Viewing 10 posts - 1
    through 10 (of 10 total)' over the first post and under the last closed the last
    reply. Found word for word above the replies, short and with a number, it is the
    page's; a line without a number, a long one, or one not above stays."""
    counter = "Viewing 10 posts - 1 through 10 (of 10 total)"
    top = to_lines(f"Forum\nIs the frame worth fixing?\n{counter}\nAuthor")

    def tail(last: str, page_top: list = top, first: str = "Pics when done please.") -> str:
        drafts = [D.Draft("r", text_lines=to_lines("Nice bike."))]
        drafts.append(D.Draft("r", text_lines=to_lines(f"{first}\n{last}")))
        boilerplate: list = []
        D.page_line_tail(drafts, boilerplate, page_top, CFG)
        return drafts[-1].text_lines[-1].text

    assert tail(counter) == "Pics when done please."
    assert tail("Is the frame worth fixing?") == "Is the frame worth fixing?"
    assert tail(counter, page_top=to_lines("Forum\nAuthor")) == counter
    long = "Viewing 10 posts - 1 through 10 (of 10 total) and the next page of them too"
    assert tail(long, page_top=to_lines(long)) == long
    one = [D.Draft("r", text_lines=to_lines(counter))]
    D.page_line_tail(one, [], top, CFG)
    assert one[0].text_lines[0].text == counter


def test_scandinavian_posted_and_edited_words_are_time_words():
    """timestamp.v6 (Kvinneguiden, Diskusjon.no, Recordere; Invision in Norwegian and
    Danish): 'Skrevet 3. mars (endret)' is the post's time, so it opens the post's card
    instead of its text."""
    for text in ["Skrevet 3. mars", "Skrevet 3. mars (endret)", "Skrivet 4 mars 2025"]:
        assert R.timestamp(to_lines(text)[0], CFG) is not None, text
    assert R.timestamp(to_lines("Skrevet av en leser")[0], CFG) is None


def test_two_buttons_read_as_a_poster_and_a_reply_are_chrome():
    """repeated_stub.v5 (Kvinneguiden, Invision in Norwegian; heldout39): 'Sitat' (the
    quote button) over 'Lenke til kommentar' read as a poster and a one-line reply. Both
    printed as chrome three times elsewhere on the page, they are two buttons; a poster
    or a line printed less often, or a line ending a sentence, stays."""
    from stance.thread import BoilerplateItem

    def kept(author: str, text: str, names: int = 3, lines: int = 3) -> int:
        chrome = [BoilerplateItem("forum-chrome", "Sitat", "t")] * names
        chrome += [BoilerplateItem("forum-chrome", text, "t")] * lines
        drafts = [D.Draft("r", author="Solsikke88", text_lines=to_lines("Go for it."))]
        drafts.append(D.Draft("r", author=author, text_lines=to_lines(text)))
        return len(D.drop_repeated_stubs(drafts, chrome, CFG))

    assert kept("Sitat", "Lenke til kommentar") == 1
    assert kept("Sitat", "Lenke til kommentar", names=2) == 2
    assert kept("Sitat", "Lenke til kommentar", lines=2) == 2
    assert kept("Trollmor", "Lenke til kommentar") == 2
    assert kept("Sitat", "Lenke til kommentar.") == 2


def _field_card(n: int, fields: str) -> str:
    return f"#{n}\nposter{n}\nMessages:\n5,840\n{fields}\nMar 3, 2025 at 8:31 PM\nSo it goes.\n"


def test_a_run_of_fields_the_site_names_on_every_card_is_chrome():
    """field_run.v1 and v2 (TacomaWorld, heldout41; NASIOC, heldout43): 'First Name:' /
    'Jess' / 'Colorado' / 'Vehicle:' / '2021 TRD Pro' between a card's known fields and
    its time are the card's. A field name seen on three cards, inside a run of short
    lines that chrome closes above and below, makes the run chrome; on two cards, under
    a sentence, or with the post's text right under it, the lines stay."""
    from stance.split.pipeline import line_roles

    def relabelled(text: str) -> list[str]:
        lines = to_lines(text)
        ctx = R.Context(lines, line_roles(lines, CFG), CFG)
        return [lines[k].text for k in sorted(R.field_runs(ctx))]

    fields = ["First Name:\nJess\nColorado\nVehicle:\n2021 TRD Pro Lunar Rock"] * 3
    fields[1] = "Pacific NW\nVehicle:\n2018 TRD Sport, Quicksand, Dobinsons, RCI skids"
    page = "".join(_field_card(n, f) for n, f in enumerate(fields))
    assert relabelled(page) == "\n".join([fields[0], fields[1], fields[2]]).split("\n")
    assert relabelled("".join(_field_card(n, f) for n, f in enumerate(fields[:2]))) == []
    # A sentence in the run is the reader's: that card's lines stay.
    own = page.replace("Pacific NW", "I live in the Pacific NW.", 1)
    own_cards = "\n".join([fields[1], fields[2]]).split("\n")
    assert relabelled(own) == "\n".join([fields[0], fields[2]]).split("\n")
    # So is a line longer than chrome, sentence or not.
    long = "we drove it from Colorado to the coast and back twice this winter with no issue"
    assert relabelled(page.replace("Colorado", long, 1)) == own_cards
    # The post's text right under the run: nothing closes it.
    assert relabelled(page.replace("Mar 3, 2025 at 8:31 PM\n", "")) == []
    # A field name is a word or two and its colon.
    assert relabelled(page.replace("Vehicle:", "Vehicle").replace("First Name:", "Name")) == []
    # v2 (NASIOC's vBulletin): a field with its value on its line counts the same, and
    # a blank line may part the run from the chrome under it.
    inline = "".join(
        _field_card(n, f"Chapter/Region: {region}").replace("\nMar 3", "\n\nMar 3")
        for n, region in enumerate(["MAIC", "MWSOC", "SCSOC"])
    )
    assert relabelled(inline) == [
        "Chapter/Region: MAIC",
        "Chapter/Region: MWSOC",
        "Chapter/Region: SCSOC",
    ]
    assert R._field_key(to_lines("Chapter/Region: MAIC")[0]) == "chapter/region"
    for line in ["12:30", "My old car: a Civic", "Ps. mine: MAIC", "Note: it works fine."]:
        assert R._field_key(to_lines(line)[0]) is None, line


SUBJECT_PAGE = ARTICLE + "".join(
    f"\n\n{subject}\nSubmitted by {name} on March 4, 2025 - {hour}:12pm\n{text}\n"
    "Log in or register to post comments"
    for subject, name, hour, text in (
        ("Trondheim!", "Hrvoje", 6, "Trondheim! Never expected that byline."),
        ("A two-person company…", "GrumpyEars", 7, "A two-person company charging $8495."),
        ("Fair concern", "tubeguy_ret", 9, "Fair concern, but the parts are standard."),
        ("Agreed.", "Jo", 10, "Agreed."),
    )
)


def test_a_subject_repeating_the_next_comments_first_words_is_chrome():
    """subject_line.v1 (Stereophile, Drupal; heldout39): the subject over 'Submitted by'
    opens the comment under it; read as the previous comment's last line, it is chrome.
    A line the next post opens with only part of a word, or across a blank line, stays."""
    thread = split_text(SUBJECT_PAGE, "t")
    assert [r.text for r in thread.replies][1:] == [
        "A two-person company charging $8495.",
        "Fair concern, but the parts are standard.",
        "Agreed.",
    ]
    subjects = [b.text for b in thread.boilerplate if b.rule == R.SUBJECT_LINE]
    assert subjects == ["A two-person company…", "Fair concern", "Agreed."]

    def kept(last: str, first: str, blank: bool = False, header_lines: int = 1) -> list[str]:
        header = "".join(["Submitted by b\n"] * header_lines)
        lines = to_lines(f"Good.\n{last}\n{header}{chr(10) if blank else ''}{first}")
        drafts = [
            D.Draft("r", "a", text_lines=lines[:2]),
            D.Draft("r", "b", text_lines=lines[-1:]),
        ]
        return [line.text for d in D.subject_lines(drafts, []) for line in d.text_lines]

    assert kept("Yes", "Yes, and more.") == ["Good.", "Yes, and more."]
    assert kept("Yes", "Yes, and more.", header_lines=3) == ["Good.", "Yes, and more."]
    assert kept("Yes", "Yesterday it rained.") == ["Good.", "Yes", "Yesterday it rained."]
    assert kept("Yes", "Yes, and more.", header_lines=0) == ["Good.", "Yes", "Yes, and more."]
    assert kept("Yes", "Yes, and more.", blank=True) == ["Good.", "Yes", "Yes, and more."]
    assert kept("Yes", "Yes, and more.", header_lines=4) == ["Good.", "Yes", "Yes, and more."]
    # A draft that was only the subject goes; a post with no header keeps the line.
    lines = to_lines("Fair concern\nSubmitted by b\nFair concern, but no.")
    drafts = [D.Draft("r", "a", text_lines=lines[:1]), D.Draft("r", "b", text_lines=lines[2:])]
    assert [d.author for d in D.subject_lines(drafts, [])] == ["b"]
    drafts = [D.Draft("r", "a", text_lines=lines[:1]), D.Draft("r", None, text_lines=lines[2:])]
    assert len(D.subject_lines(drafts, [])) == 2
    long = "one two three four five six seven eight nine ten eleven"
    assert kept(long, f"{long} twelve.") == ["Good.", long, f"{long} twelve."]


def _verb_page(names: list[str], verb: str = "sinabi", glue: str = "\n\n") -> str:
    cards = [
        f"{name} {verb}:\nMarso 11, 2025 nang 3:{10 + k} pm\nComment {k} here, po.\nTumugon"
        for k, name in enumerate(names)
    ]
    return ARTICLE + "\n\n\n4 na saloobin\n\n" + glue.join(cards) + "\n"


def test_a_verb_three_posters_open_their_cards_with_is_a_header():
    """verb_header_page.v1 (Abante; heldout40): 'NAME sinabi:' over each card, the verb
    unknown to the rules. Three different posters make it the page's header; two, or one
    poster thrice, or lines inside a block, do not."""
    names = ["Marites Santos", "jun_batangas", "Carlo R."]
    replies = split_text(_verb_page(names), "t").replies
    assert [(r.author, r.text) for r in replies] == [
        (name, f"Comment {k} here, po.") for k, name in enumerate(names)
    ]
    for other in (names[:2], ["Carlo R."] * 3):
        thread = split_text(_verb_page(other), "t")
        assert not any(r.rule == R.verb_header_page.rule_id for r in thread.replies)
    thread = split_text(_verb_page(names, glue="\nSome words.\n"), "t")
    assert not any(r.rule == R.verb_header_page.rule_id for r in thread.replies)


def _posts(names: list[str]) -> str:
    return "".join(
        f"{name} · 2h ago\nRates were lower last spring, {name} checked.\nReply\n\n"
        for name in names
    )


def test_region_comment_header_v5_skips_a_replies_column_under_the_posts():
    """XenForo's similar-threads table ('Replies' / '12' / 'Views' / '1K') under three
    posts is no comment header: the posts above it are the replies. Under two posts, or
    over more headers than stand above it (an article's header-like lines, then the real
    'Comments'), the header still opens the replies."""
    table = "Hand Tools\nReplies\n12\nViews\n1K\nWho pays for the new bridge when the levy ends?\n"

    def region_header(page: str) -> str | None:
        lines = to_lines(page)
        labels, _ = P._label_lines(lines, CFG)
        found = R.region_comment_header(R.RegionContext(lines, labels, CFG, 1))
        return None if found is None else lines[found].text

    assert region_header(ARTICLE + "\n\n" + _posts(["alice", "bob", "carol"]) + table) is None
    assert region_header(ARTICLE + "\n\n" + _posts(["alice", "bob"]) + table) == "Replies"
    page = ARTICLE + "\n\n" + _posts(["alice", "bob", "carol"]) + "Comments\n"
    assert region_header(page + _posts(["dan", "erin", "fay", "gus"])) == "Comments"


def test_a_glued_initial_with_a_full_stop_is_a_name():
    """is_name: 'MikeG.' (UKworkshop's poster, over his own name as avatar text) is a name
    with its initial; a word that ends a sentence is not."""
    assert R.is_name(["MikeG."], CFG)
    assert not R.is_name(["done."], CFG)
    assert not R.is_name(["USA."], CFG)
    assert not R.is_name(["iPhone."], CFG)
    page = ARTICLE + "\n\nMikeG.\nMikeG.\n12 Mar 2025\nThis. And frankly it is fine.\n"
    labels, _ = P._label_lines(to_lines(page), CFG)
    assert [m.rule for m in labels[3:5]] == ["reply.avatar_over_name.v4"] * 2


def test_a_reply_that_is_only_a_posters_name_is_the_pages():
    """name_only.v1 (UKworkshop, NAWCC): 'MikeG.' alone as a reply's text, MikeG. being a
    poster of the thread, is a table's last-poster column or a card's name again. A
    name with more words, an @mention, a name nobody posted under or a quote under it
    stays a reply."""

    def kept(text: str, quote: str = "") -> bool:
        poster = D.Draft("r", "MikeG.", text_lines=to_lines("This. And frankly it is fine."))
        draft = D.Draft("r", "Views", text_lines=to_lines(text))
        if quote:
            draft.quote_lines = to_lines(quote)
        return len(D.drop_name_only([poster, draft], [])) == 2

    assert not kept("MikeG.")
    assert not kept("mikeg")
    assert kept("MikeG. thanks")
    assert kept("MikeG.\nthanks, that did it")
    assert kept("@MikeG.")
    assert kept("Fitzroy")
    assert kept("MikeG.", quote="This. And frankly it is fine.")


STACK_EXCHANGE_PAGE = (
    "\n".join(
        [
            "Ask Ubuntu",
            "Questions",
            "Tags",
            "Users",
            "Why does my headset drop to mono when a call starts?",
            "Asked 2 days ago",
            "Modified today",
            "Viewed 312 times",
            "5",
            (
                "When I join a call in the browser the headset switches to the headset profile "
                "and stays there after the call ends. Music sounds like a phone line until I "
                "reconnect it by hand."
            ),
            "",
            (
                "I am on 24.04 with the default PipeWire packages. Is there a setting that brings"
                " the good profile back once the call is over?"
            ),
            "bluetooth",
            "pipewire",
            "Share",
            "Improve this question",
            "Follow",
            "asked Mar 9 at 21:40",
            "Liesl Hartmann's user avatar",
            "Liesl Hartmann",
            "213",
            "1",
            (
                "Does any other app keep the microphone open after the call? – Rinzwind_fan Mar 9"
                " at 22:05"
            ),
            (
                "@Rinzwind_fan No, nothing is listed under Streams once the call ends. – Liesl "
                "Hartmann Mar 9 at 22:31"
            ),
            "Add a comment",
            "2 Answers",
            "Sorted by:",
            "Highest score (default)",
            "12",
            "",
            (
                "This is a known bug in the session manager shipped with 24.04. It forgets the "
                "previous profile when the browser re-links its capture stream."
            ),
            "",
            "Two workarounds:",
            "",
            (
                "1. Restore the profile with a small script that runs when the last capture "
                "stream goes away."
            ),
            "",
            "2. Turn automatic switching off and use the laptop microphone for calls.",
            "",
            "Share",
            "Improve this answer",
            "Follow",
            "answered Mar 10 at 7:15",
            "quantumgnome's user avatar",
            "quantumgnome",
            "18.3k",
            "4",
            "Option 2 worked for me, thanks. Accepting this. – Liesl Hartmann Mar 10 at 18:02",
            "Add a comment",
            "3",
            "",
            (
                "Quick and dirty, but I bound the profile switch to a keyboard shortcut and press"
                " it after every call."
            ),
            "",
            "Share",
            "Improve this answer",
            "Follow",
            "answered Mar 11 at 14:22",
            "Bram de Vries's user avatar",
            "Bram de Vries",
            "311",
            "Add a comment",
            "You must log in to answer this question.",
            "Start asking to get answers",
            "Find the answer to your question by asking.",
            "Ask question",
            "Featured on Meta",
            "Community Asks Sprint Announcement - March 2025",
            "Hot Network Questions",
            "Why do some jet engines have a spiral painted on the spinner?",
            (
                "Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under "
                "CC BY-SA."
            ),
        ]
    )
    + "\n"
)


def test_a_stack_exchange_page_splits_into_comments_and_answers():
    """Stack Exchange (six labelled pages, none exact before): the question is the
    article; its comments, signed on their own line ('… – Rinzwind_fan Mar 9 at 22:05',
    comment_signature.v1), stand above the 'N Answers' header and are replies
    (region.comment_header.v6); an answer's card under it names its poster across the
    avatar's alt text (author_footer.v3, avatar_alt.v3); a numbered list in an answer
    stays the answer's (numbered_item.v3); the answer box and what stands under it are
    the page's (after_comment_form.v3)."""
    thread = split_text(STACK_EXCHANGE_PAGE, "t")
    assert [(r.author, r.text[:24]) for r in thread.replies] == [
        ("Rinzwind_fan", "Does any other app keep "),
        ("Liesl Hartmann", "@Rinzwind_fan No, nothin"),
        ("quantumgnome", "This is a known bug in t"),
        ("Liesl Hartmann", "Option 2 worked for me, "),
        ("Bram de Vries", "Quick and dirty, but I b"),
    ]
    assert thread.replies[2].text.endswith("use the laptop microphone for calls.")
    assert thread.replies[0].text == "Does any other app keep the microphone open after the call?"
    chrome = {b.text for b in thread.boilerplate}
    assert "– Rinzwind_fan Mar 9 at 22:05" in chrome
    assert "Community Asks Sprint Announcement - March 2025" in chrome


def test_a_comment_signature_is_split_off_its_comment():
    """comment_signature_split.v1 / comment_signature.v1: the dash, the poster and the
    site's time close the line; a dash in a sentence with no such time stays."""
    kept, signature = R.comment_signature_split(
        "Did you reload nginx after editing? – dmitri_k Jan 14, 2024 at 6:11"
    )
    assert kept == "Did you reload nginx after editing?"
    assert R.comment_signature(line(signature), CFG).author == "dmitri_k"
    assert R.comment_signature_split("It helps a lot. — Kamil Maciorowski 2 days ago")
    assert R.comment_signature_split("Fixed it – thanks Bob, see you Mar 9 at the show") is None
    assert R.comment_signature_split("– Gil Sanderson Mar 9 at 23:01") is None
    assert R.comment_signature(line("– the council said so Mar 9 at 23:01"), CFG) is None
    assert R.comment_signature(line("Gil Sanderson Mar 9 at 23:01"), CFG) is None


def test_a_signed_line_in_the_article_does_not_open_the_replies():
    """region.comment_header.v6 takes a signed comment above the header for the first
    reply only when chrome closes it from above: an article that ends with its writer's
    dashed signature and time stays the article."""
    page = (
        ARTICLE
        + "\nThanks for reading, as ever. – Jane Doe Mar 9 at 10:00\n\nComments\n"
        + _posts(["alice", "bob", "carol"])
    )
    lines = P.prepared_lines(page)[0]
    labels, _ = P._label_lines(lines, CFG)
    found = R.region_comment_header(R.RegionContext(lines, labels, CFG, 1))
    assert found is not None and lines[found].text == "Comments"


def test_a_folded_quote_closes_at_its_marker_in_swedish():
    """quote.until_expand.v3 (Byggahus): XenForo's 'Klicka för att expandera...' closes
    the quote 'X skrev:' opens; the reply is what follows."""
    page = (
        ARTICLE + "\n\nComments\n\nbob · 2h ago\nVilken färg använde ni på fasaden?\nReply\n\n"
        "ann · 1h ago\nbob skrev:\nVilken färg använde ni på fasaden?\n"
        "Klicka för att expandera...\nVanlig plastfärg på putsad yta.\nReply\n"
    )
    replies = split_text(page, "t").replies
    assert [r.text for r in replies] == [
        "Vilken färg använde ni på fasaden?",
        "Vanlig plastfärg på putsad yta.",
    ]
    assert replies[1].parent == 1


def test_a_lone_known_field_over_the_post_time_is_the_card():
    """heldout52 (CycleChat, XenForo 2): 'Location' / 'West Leeds' / '10 Mar 2025', the
    card's one field, became a reply 'Location'; a field name in prose stays."""
    ctx = _ctx("Title\n\nIan H\nSenior Member\nLocation\nIlkley\n10 Mar 2025\n#5\nI ride it daily.")
    assert ctx.labels[5].kind == "timestamp"
    assert R.profile_field_pair(ctx, 3) is not None and R.profile_field_pair(ctx, 4) is not None
    prose = _ctx("Title\n\nWe chose it for one reason.\nLocation\nLovely spot.\n10 Mar 2025\nMore.")
    assert R.profile_field_pair(prose, 2) is None


XENFORO2_POST = (
    "{avatar}\n{name}\n{title}\n{fields}{date}\n#{n}\n{body}\nReport\nLike\nQuote\nReply\n\n"
)


def test_a_title_under_a_doubled_name_is_not_the_poster():
    """heldout52 (CycleChat): XenForo 2 prints the avatar's alt text, the name and the
    poster's title over the time and '#N'; the title was taken for the author."""
    cards = [
        ("G", "grldtnr", "Veteran", "", "10 Mar 2025", 3),
        ("Pale Rider", "Pale Rider", "Legendary Member", "Location\nSheffield\n", "10 Mar 2025", 4),
        ("Ming the Merciless", "Ming the Merciless", "There is no mercy",
         "Location\nInside my skull\n", "11 Mar 2025", 7),
    ]  # fmt: skip
    bodies = [
        "Floating bus stops have their own problems.",
        "Which is a fair point, but not the answer.",
        "Paint and wands. Nothing changes.",
    ]
    page = ARTICLE + "\n\nComments\n\n"
    for (avatar, name, title, fields, date, n), body in zip(cards, bodies, strict=True):
        page += XENFORO2_POST.format(
            avatar=avatar, name=name, title=title, fields=fields, date=date, n=n, body=body
        )
    thread = split_text(page, "t")
    # The avatar's alt text over a name said twice is the card's image, not a stray name.
    rule_id = R.name_time_over_number.rule_id
    assert ("image", "Pale Rider", rule_id) in [
        (b.kind, b.text, b.rule) for b in thread.boilerplate
    ]
    replies = thread.replies
    assert [(r.author, r.text) for r in replies] == [
        ("grldtnr", "Floating bus stops have their own problems."),
        ("Pale Rider", "Which is a fair point, but not the answer."),
        ("Ming the Merciless", "Paint and wands. Nothing changes."),
    ]


def test_written_by_and_date_fields_head_a_post_in_danish():
    """heldout55 (Hifi4all): 'Skrevet af: X' over 'Dato: …' is the post's header, not
    the quote cue 'Skrivet av X:'; 'Citér' is the Danish quote button."""
    post = (
        "Re: {t}\nSkrevet af: {name}\nDato: 09-03-2025 kl. 20:41\nIndlæg: 214\n"
        "{body}\nCitér\nSvar\nAnmeld\n\n"
    )
    page = ARTICLE + "\n\n" + post.format(t="Hi-Res?", name="Analogmanden", body="Kort svar: Nej.")
    page += post.format(t="Hi-Res?", name="BasBent", body="Jeg synes Qobuz lyder bedre.")
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("Analogmanden", "Kort svar: Nej."),
        ("BasBent", "Jeg synes Qobuz lyder bedre."),
    ]
    assert R.share_bar(line("Citér"), CFG) is not None


def test_a_says_verb_under_the_name_heads_the_post():
    """heldout52 (Pplware, WordPress in Portuguese): 'Ricardo Pinto' / 'diz:' / the time;
    the name closed the post above and 'diz:' opened each reply."""
    post = "{name}\ndiz:\n12 de Março de 2025 às 09:41\n{body}\nResponder\n\n"
    page = ARTICLE + "\n\n22 Respostas\n\n" + post.format(name="Ricardo Pinto", body="Finalmente!")
    page += post.format(name="Miguel S.", body="@Ricardo Pinto já testou por cabo?")
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [
        ("Ricardo Pinto", "Finalmente!"),
        ("Miguel S.", "@Ricardo Pinto já testou por cabo?"),
    ]
    # A name inside a block of text, or a field label under a name, is no header.
    ctx = _ctx("Title\n\nWe met Ricardo there.\nAna Costa\ndiz:\nMore text here.")
    assert R.verb_under_name(ctx, 3) is None
    ctx = _ctx("Title\n\nAna Costa\nLocation:\nLisboa")
    assert R.verb_under_name(ctx, 2) is None


def test_session_24_chrome_phrases_in_more_languages():
    """Blind sets heldout52-55: notices no rule knew became replies of their own."""
    cases = [
        (
            R.removed_post,
            "This topic has been deleted. Only users with topic management privileges can see it.",
        ),
        (R.removed_post, "Maoni haya yameondolewa na msimamizi wa blogu."),
        (R.presence_line, "Αυτή τη στιγμή υπάρχουν 7 χρήστες που διαβάζουν αυτό το θέμα."),
        (R.presence_line, "Няма регистрирани потребители, разглеждащи тази страница."),
        (R.reaction_notice, "2 members found this post helpful."),
        (
            R.reaction_notice,
            "Το μέλος Nikos_FTTH ευχαρίστησε τον Giorgos_Patras για αυτό το χρήσιμο μήνυμα:",
        ),
        (R.call_to_action, "Þú verður að vera innskráð/ur til að svara."),
        (R.call_to_action, "Slegs intekenare kan kommentaar lewer. Teken in of meld aan."),
        (R.call_to_action, "Your name or email address:"),
    ]
    for rule_fn, text in cases:
        match = rule_fn(line(text), CFG)
        assert match is not None and match.role == R.ROLE_BOILERPLATE, text
    for rule_fn, text in [
        (R.removed_post, "This topic has been discussed here before, so search first."),
        (R.reaction_notice, "2 members found this post helpful, and so did I when I read it."),
    ]:
        assert rule_fn(line(text), CFG) is None, text


def test_blogger_says_in_swahili_heads_a_comment():
    match = R.wrote_header(line("Mama Neema alisema..."), CFG)
    assert match is not None and match.author == "Mama Neema"


def test_a_reply_subject_repeating_a_long_title_is_chrome():
    """heldout57 (Team-BHP): 'Re: ' and a 19-word headline over every post read as text."""
    title = (
        "Nexon EV at 41,000 km: range drop after 2 years and my battery health check at the dealer"
    )
    ctx = _ctx(f"{title}\n\nRe: {title}\nRe: Nexon EV at 41,000 km: my own numbers differ a lot")
    ctx.title_norm = R.normalise(title)
    assert R.title_repeat(ctx, 1).kind == "title-repeat"
    assert R.title_repeat(ctx, 2) is None


def test_thanks_lines_with_other_member_words_and_a_tabbed_list():
    text = (
        "The following 14 BHPians Thank akshay_nair for this useful post:\tajmat, Gannu_1, "
        "mh12, deepfreak, harry10, scorp88, vb-san, kaushikr, GTO, ForceGurkha, raj_k, "
        "sumit_d, teamvr, blackpanther"
    )
    assert R.reaction_notice(line(text), CFG) is not None
    assert R.reaction_notice(line("The following 3 members were at the meeting."), CFG) is None


def test_blogger_buttons_trailing_off_and_more_notices():
    """heldout58 (a Blogger film blog): 'Add comment' / 'Load more...' under each thread."""
    assert R.vote_count(line("Load more..."), CFG) is not None
    assert R.vote_count(line("Add comment"), CFG) is not None
    assert R.vote_count(line("Waiting for more..."), CFG) is None
    assert R.disclaimer(line("Iruzkinak moderatuta daude. Goienak ez du."), CFG) is not None
    assert R.call_to_action(line("Regístrate o inicia sesión para comentar."), CFG) is not None
    for text in ("Registrato dal: Jun 2012", "المشاركات: 3,186"):
        assert R.profile_line(line(text), CFG) is not None, text


def test_hungarian_forums_name_the_answered_post():
    """heldout13 (Index) and heldout56 (HVG): 'Előzmény: X (#1)' opened each answer."""
    match = R.reply_to_line(line("Előzmény: Kovácsné_Debrecen (#1)"), CFG)
    assert match is not None and match.author == "Kovácsné_Debrecen"
    assert R.reply_to_line(line("Előzmény: a tavalyi árvíz után (2023)"), CFG) is None


def test_a_signed_comment_that_reads_as_a_related_link_stays_a_comment():
    """heldout57 (Aviation Stack Exchange): 'Related: Why …? – Jonas Vik Mar 9 at 16:40'
    under the question lost its words to the related-link rule, and the question's
    comments their place above '3 Answers'."""
    text = "Related: Why do some aircraft have fuel pumps? – Jonas Vik Mar 9 at 16:40"
    kept, signature = R.comment_signature_split(text)
    lines = [
        R.make_line(5, "Follow", 1, 0),
        R.make_line(6, kept, 0, 0),
        R.make_line(6, signature, 0, 0),
    ]
    ctx = R.Context(lines, [R.classify_line(x, CFG) for x in lines], CFG, title_index=0)
    assert ctx.labels[1].role == R.ROLE_BOILERPLATE
    assert R.signed_comment_text(ctx, 2)[1].role == R.ROLE_TEXT
    # A related link over a signature on a line of its own is the page's, not a comment's.
    lines[2] = R.make_line(7, signature, 0, 0)
    ctx = R.Context(lines, [R.classify_line(x, CFG) for x in lines], CFG, title_index=0)
    assert R.signed_comment_text(ctx, 2) is None


GALICIAN_FORM = (
    "Pescador_retirado\n12/03/2025 - 13:05h.\nBo traballo, sen isto seguiría nun caixón.\n\n"
    "Deixa o teu comentario\nNome *\nCorreo electrónico * (non se publicará)\nComentario *\n"
    "Acepto a política de privacidade\n\nO máis lido\nA rampla vella pecha en abril\n"
)


def test_a_comment_form_is_found_by_its_required_fields_in_any_language():
    """heldout52 (Galicia Confidencial, Goiena): the form under the last comment, in
    languages no rule knows, closed the last reply or stood as one."""
    for text in ("Izena *", "Posta elektronikoa * (ez da argitaratuko)", "Comment *"):
        assert R.form_field(line(text), CFG) is not None, text
    for text in ("I paid 40 euros *", "Great point *waves*", "5 stars *"):
        assert R.form_field(line(text), CFG) is None, text
    page = (
        ARTICLE + "\n\nComentarios\n\nAntón R.\n12/03/2025 - 12:20h.\nA rampla vella está mal.\n\n"
    )
    thread = split_text(page + GALICIAN_FORM, "t")
    assert [r.text for r in thread.replies] == [
        "A rampla vella está mal.",
        "Bo traballo, sen isto seguiría nun caixón.",
    ]
    rules = {b.text: b.rule for b in thread.boilerplate}
    assert rules["Deixa o teu comentario"] == R.form_heading.rule_id
    assert rules["O máis lido"] == R.after_comment_form.rule_id
    # One starred line is no form, and a short line over one field and then text is no
    # form's heading.
    ctx = _ctx("Title\n\nGreat point\nNote *\nMore text of the reply here.")
    assert not R._ends_comments(ctx, 2)
    assert R.form_heading(ctx, 1) is None
    ctx = _ctx("Title\n\nLeave a reply\nName *\nEmail *\nSend")
    assert R._ends_comments(ctx, 3) and R.form_heading(ctx, 1) is not None


def test_a_tabbed_table_row_with_counts_is_navigation():
    """heldout57 (Cookaround): the similar-threads table under the last post, a row per
    line with a tab between cells, stood as a reply."""
    row = "Pastiera senza canditi: si può?\tdolcemente_anna\tDolci regionali\t17\t28-02-2025 11:46"
    assert R.navigation(line(row), CFG) is not None
    # Cells with no count or date, or a sentence among them, are no such row.
    text = "Fish\tChips and peas\tMushy peas on the side\tVinegar with a lot of salt on it"
    assert R.navigation(line(text), CFG) is None
    assert R.navigation(line("We paid\t40\teuros\tand it was worth every cent."), CFG) is None


DSL_POST = "{subject}\n{name} | 12.03.2025 {time} | reagovať | citovať\n{body}\n\n"


def test_one_line_headers_with_buttons_and_subjects_over_them():
    """heldout52 (DSL.sk): 'pm_nr | 12.03.2025 10:02 | reagovať | citovať' under each
    post's subject ('eKasa 2.0', ':)'); no header was read, so no reply either."""
    match = R.card_header(line("pm_nr | 12.03.2025 10:02 | reagovať | citovať"), CFG)
    assert match is not None and match.author == "pm_nr"
    assert R.card_header(line("pm_nr | 12.03.2025 10:02 | I agree with this, 100%"), CFG) is None
    page = ARTICLE + "\n\nDiskusia k článku\n\n"
    posts = [
        ("eKasa 2.0", "pm_nr", "10:02", "Fungovať to bude ako vždy."),
        ("Súkromie", "Anonym", "10:50", "Dobré je, že overovateľ dostane len to."),
        ("iOS 16", "macko", "11:40", "Škoda, že nie iOS 15"),
        (":)", "Rado", "12:03", "Konečne niečo užitočné od štátu."),
    ]
    for subject, name, time, body in posts:
        page += DSL_POST.format(subject=subject, name=name, time=time, body=body)
    replies = split_text(page, "t").replies
    assert [(r.author, r.text) for r in replies] == [(p[1], p[3]) for p in posts]
    assert R.card_header(line("pm_nr | 12.03.2025 10:02 | page 2"), CFG) is None
    # Over a bare name (XenForo's card: the name, then the rank read as the header),
    # a short line is the name's card, not a subject; a line ending a sentence is the
    # reply above's.
    cards = "".join(
        f"{n}\n{r}\n\nSome text.\n\n"
        for n, r in [("Knusper", "Esser"), ("Rot", "Gril"), ("Hei", "Kai")]
    )
    ctx = _ctx("Title\n\n" + cards)
    for k in (2, 5, 8):
        ctx.labels[k] = R.LineMatch("test", R.ROLE_HEADER, author=ctx.lines[k].text)
    assert R.subject_over_header(ctx) == {}
    said = "".join(
        f"Fair enough.\n{n} | 12.03.2025 10:0{k} | reagovať\n\n"
        for k, n in enumerate(["ann_k", "bob_m", "cy_d"])
    )
    ctx = _ctx("Title\n\n" + said)
    assert [ctx.labels[k].role for k in (2, 4, 6)] == [R.ROLE_HEADER] * 3
    assert R.subject_over_header(ctx) == {}
    # One short line over three headers is no page's habit.
    ctx = _ctx("Title\n\n" + said.replace("Fair enough.", "Fair enough", 1))
    assert R.subject_over_header(ctx) == {}


def test_the_comments_named_as_a_discussion_in_more_languages():
    """heldout59 (Blesk): 'Diskuze' over 'Do diskuze mohou přispívat pouze registrovaní
    uživatelé…' opened the replies as a first one."""
    for text in ("Diskuze", "Diskussion (12)", "Kommentaarid", "Dyskusja"):
        assert D.names_comments(text), text
    assert not D.names_comments("Diskus_Fan")


def test_the_letter_x_over_a_name_is_its_avatar_not_a_share_button():
    """heldout65 (Wccftech on OpenWeb): once 'X' alone became a share button, the avatar
    letter over 'Xenon_Rider' no longer made the pair a header, and the comment policy
    above the first comment stood as a reply."""
    ctx = _ctx("Title\n\nSome text here.\n\nX\nXenon_Rider\n3h\nEvery single year.")
    assert ctx.labels[2].rule == R.share_bar.rule_id
    relabel = R.avatar_over_name(ctx, 2)
    assert relabel is not None and relabel[3].author == "Xenon_Rider"
    ctx = _ctx("Title\n\nSome text here.\n\nShare\nXenon_Rider\n3h\nEvery single year.")
    assert R.avatar_over_name(ctx, 2) is None


NOTES = [
    ("Maureen", "Seattle", "Made it exactly as written and it was great."),
    ("Greg P.", "Baltimore", "Dry the chickpeas for real."),
    ("Ana R.", "Austin", "Too salty for us."),
]
NOTES_HEAD = (
    ARTICLE + "\n\nCooking Notes\nShare your thoughts, questions or tips for other cooks.\n"
)


def test_a_card_under_a_sentence_is_read_like_the_page_s_other_cards():
    """cards_like_others.v1 (NYT Cooking, heldout73): 'Maureen' / 'Seattle' / '2 years
    ago' right under the notes' invitation is no card alone, but the page's other cards
    have that very shape, so it is one, and the first note no part of the article."""
    placed = NOTES_HEAD + "".join(
        f"{name}\n{place}\n2 years ago\n{text}\nHelpful\n412\nReply\nReport\n"
        for name, place, text in NOTES
    )
    replies = split_text(placed, "t").replies
    assert [(r.author, r.text) for r in replies] == [(n, t) for n, _, t in NOTES]
    # A bare name over the time, too, when a sentence follows the time.
    bare = NOTES_HEAD + "".join(
        f"{name}\n2 years ago\n{text}\nHelpful\n412\nReply\nReport\n" for name, _, text in NOTES
    )
    assert [r.author for r in split_text(bare, "t").replies] == ["Maureen", "Greg P.", "Ana R."]
    # Over a headline rather than a sentence it is a related post's name and date.
    related = bare.replace(NOTES[0][2], "Alexanders: the coastal weed")
    assert [r.author for r in split_text(related, "t").replies] == ["Greg P.", "Ana R."]
    # One card of the shape read by the rules vouches for none.
    two = NOTES_HEAD + "".join(
        f"{name}\n{place}\n2 years ago\n{text}\nHelpful\n412\nReply\nReport\n"
        for name, place, text in NOTES[:2]
    )
    labels, _ = _label_lines(to_lines(two), CFG)
    assert [m.author for m in labels if m.role == R.ROLE_HEADER] == ["Greg P."]
    # Card lines are a name and short labels, not a sentence: 'We loved it!' is text.
    for name, place in (("Maureen", "We loved it!"), ("my husband and I", "Seattle")):
        page = (
            two.replace("Maureen\nSeattle", f"{name}\n{place}")
            + "Ana R.\nAustin\n2 years ago\nOk.\n"
        )
        labels, _ = _label_lines(to_lines(page), CFG)
        assert [m.author for m in labels if m.role == R.ROLE_HEADER] == ["Greg P.", "Ana R."]


def test_a_letter_over_guest_is_a_guest_s_avatar():
    """avatar_over_name.v4 (mid-day on Vuukle): 'G' over 'Guest', a rank line alone,
    is a guest's card; read as 'G' and a time it took the last comment for the page's."""
    ctx = _ctx("Title\n\nSome text here.\n\nG\nGuest\n1h\nwhat a pointless exercise")
    assert ctx.labels[3].rule == R.profile_line.rule_id
    relabel = R.avatar_over_name(ctx, 2)
    assert relabel is not None and relabel[3].author == "Guest"
    # Any other rank stays a rank, whatever letter stands over it.
    ctx = _ctx("Title\n\nSome text here.\n\nM\nMember\n1h\nwhat a pointless exercise")
    assert R.avatar_over_name(ctx, 2) is None


def test_a_json_object_pasted_in_a_post_is_code():
    """heldout66 (OpenWrt forum): the board info's members, each ending in a comma, read
    as a run of chrome and cut the post in two."""
    text = '{\n\t"kernel": "6.6.73",\n\t"hostname": "OpenWrt",\n\t"model": "Cudy WR3000",\n}'
    lines = to_lines(text)
    assert R.code_run_lines(lines) == list(range(len(lines)))
    prose = to_lines("Thanks,\nAnna\nSent from my phone")
    assert R.code_run_lines(prose) == []


TRAILER_COMMENTS = [
    ("We went through exactly this at a state university in 2017.", "Daniel Moreau"),
    ("The merger is not the problem. Ask for a written hiring plan.", "Helen Adebayo"),
    ("Interdisciplinary synergy. Sigh.", "Robert Kessler"),
]


def _trailer_page(comments: list[tuple[str, str]], tail: str = "") -> str:
    """A Typepad page: each comment, then 'Posted by: NAME | DATE' after a blank line."""
    body = "".join(
        f"{text}\n\nPosted by: {name} | March 0{k + 6}, 2025 at 10:1{k} AM\n\n"
        for k, (text, name) in enumerate(comments)
    )
    return ARTICLE + "\n\nComments\n\n" + body + tail


def test_a_posted_by_line_under_each_comment_signs_it():
    """dated_trailer.v1 (Leiter Reports, Balkinization, Typepad): a time line under each
    comment, after a blank line, closes the comment and names its poster; the page's
    own sentence under the last one, which no such line signs, is not a comment
    (unclosed_tail.v2: the signing line opens no card under it)."""
    closing = "The comments to this entry are closed."
    # The learned scorer's tail rule (trailing_unheaded) set aside: this reads the shape.
    cfg = replace(CFG, trailing_unheaded_min_authored=1.0, trailing_unheaded_min_chrome=1.0)
    thread = split_text(_trailer_page(TRAILER_COMMENTS, closing + "\n"), "t", cfg)
    assert [(r.text, r.author) for r in thread.replies] == TRAILER_COMMENTS
    assert (closing, "reply.unclosed_tail.v2") in [(b.text, b.rule) for b in thread.boilerplate]
    # Classic Blogger: 'posted by NAME : TIME', the name before the colon.
    blogger = _trailer_page(TRAILER_COMMENTS).replace("Posted by: ", "posted by Blogger ")
    blogger = blogger.replace(" | March 06, 2025 at", " :").replace(" | March 07, 2025 at", " :")
    blogger = blogger.replace(" | March 08, 2025 at", " :")
    assert [r.author for r in split_text(blogger, "t").replies] == [
        "Blogger " + name for _, name in TRAILER_COMMENTS
    ]


def test_a_time_line_that_heads_its_comment_is_no_trailer():
    """dated_trailer.v1 reads trailers only: a time line running straight into the text
    under it heads that text (Royal Gazette); one under the comment header with no
    comment above it opens the first post; a page whose posts have headers ('X
    said...') keeps its time lines as the cards', as does a card whose time line stands
    under a line of it with no blank line between; one such line is no pattern."""
    page = _trailer_page(TRAILER_COMMENTS)
    assert len(_rule_lines(page, R.dated_trailers.rule_id)) == 3
    heads = ARTICLE + "\n\nComments\n\nBe kind to one another in the comments.\n\n"
    heads += "".join(
        f"Posted by: {name} | March 0{k + 6}, 2025 at 10:1{k} AM\n{text}\n\n"
        for k, (text, name) in enumerate(TRAILER_COMMENTS)
    )
    assert _rule_lines(heads, R.dated_trailers.rule_id) == []
    first = TRAILER_COMMENTS[0][0] + "\n\n"
    opened = page.replace("Comments\n\n" + first, "Comments\n\n")
    assert _rule_lines(opened, R.dated_trailers.rule_id) == []
    headed = page.replace("The merger", "Karen said...\nThe merger")
    assert _rule_lines(headed, R.dated_trailers.rule_id) == []
    # A time line inside a card, no blank line over it, is the card's (Amazon's 'Reviewed
    # in the United Kingdom on 3 January 2024' between the review's headline and text).
    glued = page.replace(".\n\nPosted by:", ".\nPosted by:")
    assert _rule_lines(glued, R.dated_trailers.rule_id) == []
    # One such line is no pattern; a second one under the next comment makes one.
    single = _trailer_page(TRAILER_COMMENTS[:1], "Another reader.\n\nAnd a third one.\n")
    assert _rule_lines(single, R.dated_trailers.rule_id) == []
    signed = "Another reader.\n\nPosted by: Helen Adebayo | March 07, 2025 at 10:11 AM"
    assert (
        len(_rule_lines(single.replace("Another reader.", signed), R.dated_trailers.rule_id)) == 2
    )


@pytest.mark.parametrize(
    "text,kept,author",
    [
        # Vikidia: the talk link in French, the date before the clock, the zone CET.
        (
            "Merci ! Je peux essayer ? Lucas.cm2 (discuter) 5 mars 2025 à 12:31 (CET)",
            "Merci ! Je peux essayer ?",
            "Lucas.cm2",
        ),
        # German Wikipedia: clock first, an abbreviated month with its full stop.
        (
            "Das steht so im Beleg. Hans Meier (Diskussion) 12:03, 7. Mär. 2025 (CET)",
            "Das steht so im Beleg.",
            "Hans Meier",
        ),
        # A full stop closes the post's last word, which is no part of the name.
        (
            "Top, merci à vous deux. Patrouillé. Ours-brun-7 (discuter) 7 mars 2025 à 09:10 (CET)",
            "Top, merci à vous deux. Patrouillé.",
            "Ours-brun-7",
        ),
    ],
)
def test_talk_signature_v3_reads_any_wiki_language(text, kept, author):
    split = R.talk_signature_split(text)
    assert split is not None and split[0] == kept
    assert R.talk_signature(line(split[1]), CFG).author == author


@pytest.mark.parametrize(
    "text",
    [
        "We met them (the council) on 5 March 2025 at noon (CET)",  # no clock time
        "Vote Lucas (independent) 5 mars 2025 à 12:31 (cet)",  # a zone is written in capitals
        "Lucas (discuter) 5 mars à 12:31 (CET)",  # no year
        "See the timetable (bus 12) leaving at 12:31, 2025 edition (PDF) for Lucas",
    ],
)
def test_talk_signature_v3_needs_link_clock_year_and_zone(text):
    assert R.talk_signature(line(text), CFG) is None
    assert R.talk_signature_split("Thanks for that. " + text) is None


def test_dated_trailer_v2_reads_a_time_line_no_rule_knew():
    """dated_trailer.v2 (PrawfsBlawg): 'Posted by: Owen | Mar 4, 2025 10:40:55 AM', with
    its seconds, is no time line the line rules know; a clock time and a year on a line
    that ends no sentence make it one. A sentence with both stays the reader's."""
    body = "".join(
        f"{text}\n\nPosted by: {name} | Mar 4, 2025 10:4{k}:55 AM\n\n"
        for k, (text, name) in enumerate(TRAILER_COMMENTS)
    )
    page = ARTICLE + "\n\nComments\n\n" + body
    assert len(_rule_lines(page, R.dated_trailers.rule_id)) == 3
    thread = split_text(page, "t")
    assert [(r.text, r.author) for r in thread.replies] == TRAILER_COMMENTS
    said = page.replace(" | Mar 4, 2025 10:41:55 AM", " | Mar 4, 2025 10:41:55 AM.")
    assert len(_rule_lines(said, R.dated_trailers.rule_id)) == 2
    assert R._clock_and_year("The vote is at 10:40 on 4 March 2025") is True
    assert R._clock_and_year("The vote is at 10:40 on 4 March 2025.") is False
    assert R._clock_and_year("Room 10:40, building 7") is False


DUTCH_POSTS = [
    ("Marieke", "Wij hadden precies hetzelfde probleem met de school van onze zoon."),
    ("Joost_85", "Bel gewoon de gemeente, die hebben daar een loket voor."),
    ("Fatima B", "Dank jullie wel, ik ga morgen bellen en laat het weten."),
]


def _time_line_page(posts: list[tuple[str, str]], stamp: str) -> str:
    """An article, a comment header, then NAME / TIME / TEXT cards in a time format no
    line rule knows ('4 maart 2025 om 20:14', ouders.nl)."""
    cards = "".join(
        f"{name}\n{stamp.format(minute=10 + k)}\n{text}\n\n" for k, (name, text) in enumerate(posts)
    )
    return ARTICLE + "\n\nReacties\n\n" + cards


def test_a_time_line_every_post_shares_is_the_thread_s_in_any_language():
    """recurring_time.v1 (ouders.nl, Mandiner, Danas): three lines or more that open
    alike and hold a clock time and a year, each over text, are the thread's time lines,
    so the name over each makes a card; two are no pattern, nor are lines that end a
    sentence, nor a page whose headers the rules already read."""
    page = _time_line_page(DUTCH_POSTS, "4 maart 2025 om 20:{minute}")
    assert len(_rule_lines(page, R.recurring_times.rule_id)) == 3
    thread = split_text(page, "t")
    assert [(r.author, r.text) for r in thread.replies] == DUTCH_POSTS
    assert (
        _rule_lines(
            _time_line_page(DUTCH_POSTS[:2], "4 maart 2025 om 20:{minute}"),
            R.recurring_times.rule_id,
        )
        == []
    )
    said = _time_line_page(DUTCH_POSTS, "Op 4 maart 2025 om 20:{minute} belde ik.")
    assert _rule_lines(said, R.recurring_times.rule_id) == []
    numbered = [(f"#{k + 1}\n{name}", text) for k, (name, text) in enumerate(DUTCH_POSTS)]
    headed = _time_line_page(numbered, "4 maart 2025 om 20:{minute}")
    assert _rule_lines(headed, R.recurring_times.rule_id) == []


TIMED_CARDS = (
    "alice · 3h ago\nIt closed in May, not June.\n\n"
    "bob · 2h ago\nThe figure was forty percent.\n\n"
    "carol · 1h ago\nWho paid for the review?\n"
)


def test_the_comments_heading_with_its_count_is_no_post_header():
    """counted_heading.v1 (La Nueva España, Pronews, nra.lv): 'Comentarios - 11' reads
    as a name and a time, the count standing for the time; first of the page's headers
    and the only one timed by a bare number, it is the comments' count, and the notice
    under it no reply."""
    for heading in ("Comentarios - 11", "ΣΧΟΛΙΑ (17)", "댓글 | 8"):
        page = f"{ARTICLE}\n\n{heading}\nMás valorados\n\n{TIMED_CARDS}"
        assert _rule_lines(page, R.counted_headings.rule_id) == [heading]
        thread = split_text(page, "t")
        assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]
    # A count on more than one header is the site's way of heading posts.
    counted = TIMED_CARDS.replace("3h ago", "(3)").replace("2h ago", "(5)")
    page = f"{ARTICLE}\n\nComentarios - 11\nMás valorados\n\n{counted}"
    assert _rule_lines(page, R.counted_headings.rule_id) == []
    # Under a post's header, not first: a poster named as a count is still a poster.
    later = f"{ARTICLE}\n\n{TIMED_CARDS}\nKasia (2)\nZgadzam się.\n"
    assert _rule_lines(later, R.counted_headings.rule_id) == []
    # A paragraph under it is the post of an answerer's card no rule read (Avvo).
    answer = " ".join(["The deposit has to come back within thirty days of the move."] * 3)
    page = f"{ARTICLE}\n\nAttorney answers (4)\n\nDaniel Oyelaran\n{answer}\n\n{TIMED_CARDS}"
    assert _rule_lines(page, R.counted_headings.rule_id) == []


def test_a_thread_time_line_that_names_its_poster_heads_the_post():
    """dated_header.v1 (Bugzilla): 'Comment 4 Tobias Lindqvist 2025-03-03 09:02:47 UTC'
    over each comment names its poster between the numbered label and the time; a
    line that opens with its date names no one."""
    cards = "".join(
        f"Comment {k + 1} {name} 2025-02-28 08:{10 + k}:22 UTC\n{text}\n"
        for k, (name, text) in enumerate(DUTCH_POSTS)
    )
    thread = split_text(ARTICLE + "\n\n" + cards, "t")
    assert [(r.author, r.text) for r in thread.replies] == DUTCH_POSTS
    assert R._name_before_time("Auteur: Baye Fall - En Mars, 2025 (10:52 AM)", CFG) == "Baye Fall"
    assert R._name_before_time("Pere M. | Vic | 11/03/2025 10:12", CFG) == "Pere M."
    assert R._name_before_time("12. marts 2025 kl. 10:30", CFG) is None
    assert R._name_before_time("Tuesday March 4, 2025 10:41", CFG) is None


def _blurb_drafts(*tail: D.Draft) -> list:
    posts = [("alice", "It closed in May."), ("bob", "Forty percent."), ("carol", "Who paid?")]
    return [D.Draft("head", name, text_lines=to_lines(text)) for name, text in posts] + list(tail)


SITES = ("Skip to content", "Tramwatch.com", "Forums")


def test_site_blurb_under_the_last_post_goes():
    """site_blurb.v1 (Stargazers Lounge, Наша Ніва; heldout23, heldout46): a last draft
    that opens with one of the masthead's first lines is the site on itself; a run of
    them goes from the bottom up, a leading guillemet or asterisk read past."""
    blurbs = (
        D.Draft("r1", None, text_lines=to_lines("TRAMWATCH.COM is the largest tram community.")),
        D.Draft("r2", "Started", text_lines=to_lines("«Tramwatch.com» — founded in 2009.")),
    )
    drafts, boilerplate = _blurb_drafts(*blurbs), []
    assert D.site_blurb_tail(drafts, SITES, boilerplate)
    assert [d.author for d in drafts if d.text_lines] == ["alice", "bob", "carol"]
    assert {b.rule for b in boilerplate} == {R.SITE_BLURB}
    assert "Started" in [b.text for b in boilerplate]


def test_site_blurb_keeps_readers_who_name_the_site():
    """A reader addresses the site without opening with its name; a post headed as the
    others are is a reader's whatever it opens with; a quote ends the search; a name
    of two letters, or none, names nothing."""
    kept = [
        D.Draft("r", None, text_lines=to_lines("Because it's Tramwatch.com? Nobody cares.")),
        D.Draft("head", "dave", text_lines=to_lines("Tramwatch.com should cover the depot.")),
        D.Draft("r", None, quote_lines=to_lines("> x"), text_lines=to_lines("Forums are dead.")),
    ]
    for tail in kept:
        drafts, boilerplate = _blurb_drafts(tail), []
        assert not D.site_blurb_tail(drafts, SITES, boilerplate)
        assert drafts[-1].text_lines and not boilerplate
    drafts = _blurb_drafts(D.Draft("r", None, text_lines=to_lines("DN skriver om det.")))
    assert not D.site_blurb_tail(drafts, ("DN",), [])
    assert not D.site_blurb_tail(drafts, (), [])


def test_site_names_are_the_first_masthead_lines():
    """The masthead's lines above the headline, in page order, the first three of them:
    a fourth menu item ('Depots') names no site."""
    page = "Tramwatch\nForums\nGarage\nDepots\n" + ARTICLE
    _, ctx = _label_lines(to_lines(page), CFG, P.default_title_scorer())
    assert CFG.site_name_lines == 3
    assert ctx.site_names == ("Tramwatch", "Forums", "Garage")


def test_a_short_article_quote_in_marks_of_its_own_is_a_quote():
    """unmarked_quote.v7 (Kleine Zeitung, Gazeta; heldout22, heldout43): a line that is
    one quotation in marks, a dash after it allowed, quotes the article at a reply
    quote's length; the same words without marks, or marks around words the article
    lacks, are the reader's."""
    article = to_lines("Wody Polskie zapowiadają pogłębianie kilku miejsc przed sezonem.")
    for first, quoted in (
        ('"Wody Polskie zapowiadają pogłębianie"', True),
        ("„Wody Polskie zapowiadają pogłębianie“ –", True),
        ("Wody Polskie zapowiadają pogłębianie", False),
        ('"Wody Polskie zapowiadają remont"', False),
    ):
        draft = D.Draft("r", "gość", text_lines=to_lines(f"{first}\nOd trzech lat."))
        out = D.unmarked_quotes([draft], CFG, article)[0]
        assert bool(out.quote_lines) is quoted, first
        assert out.text_lines[0].text == ("Od trzech lat." if quoted else first)


@pytest.mark.parametrize(
    "header,author",
    [
        ("ljmarko pred 2 urama", "ljmarko"),
        ("Ana · pred 1 uro", "Ana"),
        ("सुनील यादव बाराबंकी 2 घंटे पहले", "सुनील यादव बाराबंकी"),
        ("রহিম · 3 ঘণ্টা আগে", "রহিম"),
        ("Kumar · 45 நிமிடங்களுக்கு முன்", "Kumar"),
        ("Ali · 2 گھنٹے پہلے", "Ali"),
    ],
)
def test_relative_times_of_south_asian_arabic_and_slovenian_sites(header, author):
    """TIME_UNITS_SOUTH (session 28; Navbharat Times, Hespress, Delo): Hindi, Bengali,
    Urdu and Tamil 'N hours ago', Arabic's dual and Slovenian's dual and singular are
    times, so the name before them heads a card."""
    assert R.split_author_time(header, CFG)[0] == author


@pytest.mark.parametrize("text", ["منذ ساعتين", "منذ يومين", "pred 2 urama", "2 घंटे पहले"])
def test_south_asian_arabic_and_slovenian_times_alone_are_timestamps(text):
    """A card's time line on its own ('منذ ساعتين', two hours ago, Hespress) is one."""
    assert R.timestamp(line(text), CFG).kind == "timestamp"


def _discuz_labels(page: str) -> dict[str, str]:
    lines = to_lines(page)
    labels, _ = _label_lines(lines, CFG)
    return {ln.text: lab.rule for ln, lab in zip(lines, labels, strict=True)}


def test_discuz_floor_under_the_card_chrome_is_the_card_s():
    """discuz_floor.v1 (Xcar, Ck101; heldout90, heldout91): '板凳' or '5#' alone under the
    card's time line is its floor; under the poster's name, which is text, it stays for
    the card rules (DJI's 'DJI Thor' / '3#'), and a reply that says more keeps it."""
    card = "发表于 2025-1-16 21:{m} | 只看该作者\n{floor}\n{text}\n回复\n举报\n"
    posts = [("沙发", "正常的，我也哈尔滨。"), ("板凳", "短途接孩子那种。"), ("5#", "我开22度。")]
    page = (
        ARTICLE
        + "\n\n"
        + "".join(
            card.format(m=10 + k, floor=floor, text=text) for k, (floor, text) in enumerate(posts)
        )
    )
    rules = _discuz_labels(page)
    assert [rules[floor] for floor, _ in posts] == [R.discuz_floors.rule_id] * 3
    under_name = _discuz_labels(ARTICLE + "\n\nDJI Thor\n3#\nAdministrator\nThanks.\n")
    assert under_name["3#"] != R.discuz_floors.rule_id
    more = _discuz_labels(page.replace("\n沙发\n", "\n沙发！抢到了\n"))
    assert more["沙发！抢到了"] != R.discuz_floors.rule_id
