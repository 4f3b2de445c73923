"""Applies the splitter's rule cascades to pasted text and builds a `Thread`; no I/O."""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

from stance.split import drafts as D
from stance.split import rules as R
from stance.split.blocks import BlockJudge, default_block_scorer, page_blocks
from stance.split.config import SplitConfig
from stance.split.drafts import Draft
from stance.split.learned import (
    ChromeLineScorer,
    default_scorer,
    ends_prose,
    forget_page_facts,
    page_counts,
    reads_as_prose,
)
from stance.split.parallel import split_across_two
from stance.split.title_model import TitleScorer, default_title_scorer
from stance.thread import Article, BoilerplateItem, Reply, Thread

# Markdown-ish emphasis and headings survive copy-paste from some pages (example 003
# wraps its title and standfirst in `**`); they are markup, never words.
_BOLD_RE = re.compile(r"\*\*+")
_INNER_BOLD_RE = re.compile(r"(?<=\w)\*\*+(?=\w)")
_HEADING_RE = re.compile(r"^#{1,6}\s+(?=\D)")
_NEWLINES_RE = re.compile(r"\r\n?")


def clean_line(raw: str) -> str:
    """Strip a raw line of surrounding whitespace, bold markers and heading hashes."""
    text = raw.strip()
    if "**" in text:
        # Between two word characters the markers are the only separator ("a**b"):
        # keep the words apart; elsewhere they simply go.
        text = _BOLD_RE.sub("", _INNER_BOLD_RE.sub(" ", text)).strip()
    if text.startswith("#"):
        text = _HEADING_RE.sub("", text)
    return text


def to_lines(text: str) -> list[R.Line]:
    """Cut text into non-blank `Line`s, each knowing the blank lines before it."""
    out: list[R.Line] = []
    gap = 0
    block = -1
    for raw in _NEWLINES_RE.sub("\n", text).split("\n"):
        cleaned = clean_line(raw)
        if not cleaned:
            gap += 1
            continue
        if gap > 0 or block < 0:
            block += 1
        out.append(R.make_line(len(out), cleaned, gap if out else 0, block))
        gap = 0
    return out


def _paragraphs(lines: list[R.Line]) -> list[str]:
    """Article paragraphs: a blank line or a sentence-final line ends one.

    Hard-wrapped lines (no final punctuation) are joined with a space, so a paragraph
    pasted from a fixed-width page stays one paragraph.
    """
    paras: list[str] = []
    current: list[str] = []
    for line in lines:
        if current and (line.gap > 0 or R.ends_sentence(current[-1])):
            paras.append(" ".join(current))
            current = []
        current.append(line.text)
    if current:
        paras.append(" ".join(current))
    return paras


def _reply_text(lines: list[R.Line]) -> str:
    """Reply text: blocks joined by a blank line, wrapped lines by a space."""
    parts: list[str] = []
    for k, line in enumerate(lines):
        if k:
            if line.gap > 0:
                parts.append("\n\n")
            elif R.ends_sentence(lines[k - 1].text):
                parts.append("\n")
            else:
                parts.append(" ")
        parts.append(line.text)
    return "".join(parts)


def _quote_text(lines: list[R.Line]) -> str:
    return "\n".join(R.strip_quote_marks(line.text) for line in lines).strip()


def _cut_tails(lines: list[R.Line]) -> list[BoilerplateItem]:
    """Apply the tail cascade: chrome at the end of a line is cut off (in place) and
    returned as boilerplate. A talk-page signature at the end of a line becomes a line
    of its own, so the line cascade reads it as the post's closing trailer."""
    cut_off: list[BoilerplateItem] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        signed = R.talk_signature_split(line.text) or R.comment_signature_split(line.text)
        if signed is not None:
            kept, signature = signed
            lines[k] = R.make_line(line.index, kept, line.gap, line.block)
            lines.insert(k + 1, R.make_line(line.index, signature, 0, line.block))
            k += 2
            continue
        k += 1
    for k, line in enumerate(lines):
        for tail_rule in R.TAIL_RULES:
            cut = tail_rule(line.text)
            if cut is not None:
                kept, chrome, kind = cut
                lines[k] = R.make_line(line.index, kept, line.gap, line.block)
                cut_off.append(BoilerplateItem(kind, chrome, tail_rule.rule_id))
                break
    return cut_off


def prepared_lines(text: str) -> tuple[list[R.Line], list[BoilerplateItem]]:
    """The page's lines as every later stage sees them, and the chrome cut off their
    ends. Public so that the learned scorer's training data is read the same way."""
    lines = to_lines(text)
    return lines, _cut_tails(lines)


def line_roles(lines: list[R.Line], config: SplitConfig) -> list[R.LineMatch]:
    """The line cascade's verdict on each line, alone (no neighbours, no title yet).
    Public so that the title scorer is trained on the labels it sees here."""
    # Line rules read only a line's text, and pages repeat their chrome ('Reply  Share',
    # vote arrows, sign-offs) on every post: each distinct text is classified once, and
    # on a long page the distinct lines are judged on two processes (split/parallel.py).
    first_of: dict[str, int] = {}
    distinct: list[R.Line] = []
    for line in lines:
        if line.text not in first_of:
            first_of[line.text] = len(distinct)
            distinct.append(line)
    verdicts = split_across_two(
        partial(R.classify_lines, config=config), distinct, config.parallel_min_lines
    )
    return [verdicts[first_of[line.text]] for line in lines]


def _find_title(
    ctx: R.Context, config: SplitConfig, title_scorer: TitleScorer | None
) -> tuple[int, str] | None:
    """The title's index and the rule that chose it: the learned headline choice when
    it is confident, else the title cascade. A breadcrumb naming the title goes first,
    then the line over XenForo's thread byline."""
    named = R.title_breadcrumb_tail(ctx)
    if named is not None:
        return named, R.title_breadcrumb_tail.rule_id
    named = R.title_over_thread_meta(ctx)
    if named is not None:
        return named, R.title_over_thread_meta.rule_id
    if title_scorer is not None:
        # A long first line is the headline itself (the examples paste no masthead);
        # a site's name or tagline above its menus is short.
        first = R.title_first_line(ctx)
        if first is None or ctx.lines[first].words < config.title_first_line_min_words:
            found = title_scorer.pick(ctx.lines, ctx.labels, config)
            if found is not None:
                return found, R.TITLE_LEARNED
    for title_rule in R.TITLE_RULES:
        found = title_rule(ctx)
        if found is not None:
            return found, title_rule.rule_id
    return None


def _label_lines(
    lines: list[R.Line], config: SplitConfig, title_scorer: TitleScorer | None = None
) -> tuple[list[R.LineMatch], R.Context]:
    """Run the line cascade, find the title, then the context cascade on text lines."""
    labels = line_roles(lines, config)
    ctx = R.Context(lines, labels, config)
    # Page rules that read the line cascade's labels across the page, before the title.
    for page_rule in (R.counter_buttons, R.unit_counts, R.consent_dialogs):
        for k, match in page_rule(ctx).items():
            labels[k] = match
    title = _find_title(ctx, config, title_scorer)
    if title is not None:
        found, rule_id = title
        ctx.title_index = found
        ctx.title_norm = R.normalise(lines[found].text)
        labels[found] = R.LineMatch(rule_id, "title")
        # A post header above the headline opens the first post, whose card and subject
        # the headline is ('#1 …' / 'lumen_ghost' / 'Posts: 57' / the topic, FluxBB):
        # the masthead ends at it, or the poster's name would be chrome in every card.
        top = next((k for k in range(found) if labels[k].role == R.ROLE_HEADER), found)
        ctx.masthead = frozenset(
            lines[k].lower
            for k in range(top)
            if labels[k].role == R.ROLE_TEXT and lines[k].words <= config.chrome_max_words
        )
    for i, label in enumerate(labels):
        if label.role != R.ROLE_TEXT:
            continue
        for context_rule in R.CONTEXT_RULES:
            match = context_rule(ctx, i)
            if match is not None:
                labels[i] = match
                break
    if ctx.title_index is not None:
        ctx.site_names = tuple(
            lines[k].text.strip()
            for k in range(ctx.title_index)
            if labels[k].rule == R.masthead_line.rule_id
        )[: config.site_name_lines]
    # Recurring line shapes after the article's first lines are the thread's own chrome.
    first = 0 if ctx.title_index is None else ctx.title_index + 1
    for k, match in R.repeated_shapes(ctx, first).items():
        labels[k] = match
    for k, match in R.recurring_times(ctx, first).items():
        labels[k] = match
    # Card rules read a line's neighbours and may relabel several lines at once (a name,
    # a job title and a time line become one header), so they run after the others;
    # numbered talkbacks first, whose name and time would read as any card's.
    for k, match in R.numbered_talkbacks(ctx).items():
        labels[k] = match
    for i in range(len(lines)):
        for card_rule in R.CARD_RULES:
            relabel = card_rule(ctx, i)
            if relabel is not None:
                for k, match in relabel.items():
                    labels[k] = match
                break
    for k, match in R.quote_frames(ctx).items():
        labels[k] = match
    # Cards no keyword rule knew, read from the page's own repetition (any language).
    for k, match in R.card_template(ctx, first).items():
        labels[k] = match
    # Page rules that read the card rules' labels across the page, each seeing the last's.
    for page_rule in (
        R.field_runs,
        R.subject_over_header,
        R.cards_like_others,
        R.dated_trailers,
        R.dated_headers,
        R.counted_headings,
        R.discuz_floors,
    ):
        for k, match in page_rule(ctx).items():
            labels[k] = match
    # The site's footer under the last comment is navigation, whatever it looks like;
    # found last, so it knows which lines the card rules made reply headers.
    footer = R.page_footer_tail(ctx)
    if footer is not None:
        for k in range(footer, len(lines)):
            labels[k] = R.LineMatch(R.page_footer_tail.rule_id, R.ROLE_BOILERPLATE, "navigation")
    # A sidebar under the comment form runs down to the footer, which keeps its own label,
    # as does chrome a rule already named in between (the form's fields, archive months).
    sidebar = R.after_comment_form(ctx)
    if sidebar is not None:
        for k in range(sidebar, len(lines) if footer is None else footer):
            if labels[k].role != R.ROLE_BOILERPLATE:
                labels[k] = R.LineMatch(
                    R.after_comment_form.rule_id, R.ROLE_BOILERPLATE, "navigation"
                )
    return labels, ctx


def _find_region(
    lines: list[R.Line], labels: list[R.LineMatch], config: SplitConfig, article_start: int
) -> tuple[int, str]:
    """Where the replies begin (len(lines) when there are none) and the rule that said so."""
    rc = R.RegionContext(lines, labels, config, article_start)
    for region_rule in R.REGION_RULES:
        pos = region_rule(rc)
        if pos is not None:
            return pos, region_rule.rule_id
    return len(lines), R.REGION_FALLBACK


def _chrome_item(line: R.Line, label: R.LineMatch) -> BoilerplateItem:
    """A non-content line outside the replies as boilerplate (headers up top are bylines)."""
    if label.role in (R.ROLE_HEADER, R.ROLE_ATTRIBUTION):
        return BoilerplateItem("byline", line.text, label.rule)
    return BoilerplateItem(label.kind or "other", line.text, label.rule)


def _headed(lines: list[R.Line], labels: list[R.LineMatch], start: int, cfg: SplitConfig) -> bool:
    """True when replies in the region are delimited by headers or by footers, so blank
    lines inside a reply are its paragraphs (reply.footer_delimited.v1 for footers)."""
    footers = 0
    for i in range(start, len(lines)):
        role = labels[i].role
        if role in (R.ROLE_HEADER, R.ROLE_ATTRIBUTION):
            return True
        if role == R.ROLE_FOOTER:
            footers += 1
    return footers >= cfg.footer_min_count


def _block_gap(
    lines: list[R.Line],
    labels: list[R.LineMatch],
    article: list[R.Line],
    start: int,
    cfg: SplitConfig,
) -> int:
    """Blank lines that separate headerless replies (reply.wide_gap_block.v1).

    One, unless the replies began after a gap at least `paragraph_gap_margin` lines
    wider than the article's paragraphs: then replies are that far apart and narrower
    gaps are paragraphs of one reply (tuned/triple_gap_multi_para; example 003 opens
    with two blank lines over the article's one and keeps one-line splits).

    v2: below a comment header ('Comments'), when at least half the gaps are wider
    than the article's paragraph gap and the rest equal it, the wide ones separate
    replies (tuned/plain_multipara: replies two blank lines apart, their paragraphs one).
    Without the header, example 003 mixes one and two blank lines between replies."""
    if start >= len(lines) or start == 0:
        return 1
    article_gap = min((ln.gap for ln in article[1:] if ln.gap > 0), default=1)
    wide_from = article_gap + cfg.paragraph_gap_margin
    opening = lines[start].gap
    if opening >= wide_from:
        return opening
    if labels[start].role != R.ROLE_MARKER:
        return 1
    gaps = [ln.gap for ln in lines[start + 2 :] if ln.gap > 0]
    wide = [g for g in gaps if g > article_gap]
    if len(wide) >= 2 and len(wide) >= len(gaps) - len(wide) and min(gaps) == article_gap:
        return min(wide)
    return 1


def _skip_pre_header_chrome(
    lines: list[R.Line],
    labels: list[R.LineMatch],
    start: int,
    cfg: SplitConfig,
    boilerplate: list[BoilerplateItem],
) -> int:
    """reply.pre_header_chrome.v1: in a region of headed replies, short lines between
    the comment header and the first reply header ('Sign in to join the discussion',
    'Order by newest') are the comment section's chrome, not a headerless first reply."""
    heads = [
        i for i in range(start, len(lines)) if labels[i].role in (R.ROLE_HEADER, R.ROLE_ATTRIBUTION)
    ]
    if len(heads) < 2 or heads[0] == start:
        return start
    first = heads[0]
    between = range(start, first)
    if any(lines[i].words > cfg.chrome_max_words for i in between):
        return start
    for i in between:
        label = labels[i]
        kind = label.kind if label.role != R.ROLE_TEXT and label.kind else "forum-chrome"
        rule_id = label.rule if label.role != R.ROLE_TEXT else R.REPLY_PRE_HEADER_CHROME
        boilerplate.append(BoilerplateItem(kind, lines[i].text, rule_id))
    return first


def _segment(
    lines: list[R.Line],
    labels: list[R.LineMatch],
    start: int,
    boilerplate: list[BoilerplateItem],
    cfg: SplitConfig,
    block_gap: int = 1,
) -> list[Draft]:
    """Cut the reply region into drafts.

    With reply headers (or footers closing replies) in the region, a reply runs from one
    header to the next (blank lines inside it are its paragraphs). Without, each
    blank-line block is one reply (example 003), a block of '>' quotes joining the block
    it introduces; `block_gap` says how many blank lines separate two replies.
    """
    headed = _headed(lines, labels, start, cfg)
    footer_mode = headed and not any(
        labels[i].role in (R.ROLE_HEADER, R.ROLE_ATTRIBUTION) for i in range(start, len(lines))
    )
    if headed:
        start = _skip_pre_header_chrome(lines, labels, start, cfg, boilerplate)
    drafts: list[Draft] = []
    cur: Draft | None = None
    in_signature = False
    # A reply-to cue after a post's text ('Odpowiedź do: X', Trójmiasto) stands above the
    # next post's card and names that post's parent.
    pending_reply_to: str | None = None

    def open_draft(rule_id: str, author: str | None = None) -> Draft:
        draft = Draft(rule_id, author)
        drafts.append(draft)
        return draft

    for i in range(start, len(lines)):
        line, label = lines[i], labels[i]
        role = label.role
        # boilerplate.signature_block.v2: a signature may quote someone ('Quote from:
        # Sandy Lanes on …', YACF); only the next post's header ends it.
        if in_signature and line.gap == 0 and role != R.ROLE_HEADER:
            boilerplate.append(BoilerplateItem("byline", line.text, R.SIGNATURE_BLOCK))
            continue
        in_signature = False
        new_block = line.gap >= block_gap
        if role in (R.ROLE_BOILERPLATE, R.ROLE_MARKER, "title"):
            boilerplate.append(BoilerplateItem(label.kind or "title-repeat", line.text, label.rule))
        elif role in (R.ROLE_FOOTER, R.ROLE_SEPARATOR):
            if label.author and cur is not None and (not cur.closed or cur.author is None):
                # A trailer ('Posted by Mark on May 3') or an author card under the post
                # (reply.author_footer.v1, after the post's own footer): the name goes
                # to the reply. A reply that already has its author keeps the whole line
                # as chrome, so the second name is not lost.
                if cur.author is None:
                    cur.author = label.author
                    if label.chrome:
                        boilerplate.append(
                            BoilerplateItem(label.chrome_kind, label.chrome, label.rule)
                        )
                else:
                    boilerplate.append(BoilerplateItem(label.kind, line.text, label.rule))
            else:
                boilerplate.append(BoilerplateItem(label.kind, line.text, label.rule))
            if R.opens_signature(line, label):
                in_signature = True
            if cur is not None:
                cur.closed = True
        elif role == R.ROLE_HEADER:
            named_card = (
                cur is not None
                and cur.author is not None
                and not (cur.text_lines or cur.quote_lines or cur.closed)
            )
            if label.author is None and named_card and not label.inline:
                # A post number under the poster's card ('#3' after the name and its
                # profile fields, XenForo) heads the same post: the name stays with it.
                boilerplate.append(BoilerplateItem("forum-chrome", line.text, label.rule))
                continue
            cur = open_draft(label.rule, label.author)
            cur.number = R.post_number(label.chrome or line.text)
            cur.quoted_author, pending_reply_to = pending_reply_to, None
            if label.chrome:
                boilerplate.append(BoilerplateItem(label.chrome_kind, label.chrome, label.rule))
            if label.inline:
                cur.text_lines.append(R.make_line(line.index, label.inline, 0, line.block))
        elif role == R.ROLE_REPLY_TO:
            boilerplate.append(BoilerplateItem(label.kind, line.text, label.rule))
            if cur is not None and not cur.text_lines:
                cur.quoted_author = label.author
            else:
                pending_reply_to = label.author
        elif role == R.ROLE_ATTRIBUTION:
            boilerplate.append(BoilerplateItem("byline", line.text, label.rule))
            # A quote may sit inside its frame ('-----' lines, boilerplate.quote_frame.v1).
            after = i + 1
            while after < len(lines) and labels[after].rule == R.quote_frames.rule_id:
                after += 1
            quote_follows = after < len(lines) and labels[after].role == R.ROLE_QUOTE
            if cur is not None and _card_before_quote(cur, cfg):
                # 'Bill_Kerbin_Jr' / 'Bottle Rocketeer' / … / 'On 3/11/2025, Andy
                # said:': the rank under the name is card chrome, and the quote opens
                # Bill's post, not a post of Andy's.
                for card_line in cur.text_lines:
                    boilerplate.append(
                        BoilerplateItem("forum-chrome", card_line.text, R.CARD_BEFORE_QUOTE)
                    )
                cur.text_lines = []
                cur.quoted_author = label.author
            elif not quote_follows:
                cur = open_draft(label.rule, label.author)
            elif _quote_inside_post(cur, labels[after]):
                # R.REPLY_INNER_QUOTE: a folded quote box ('Mike in TN said:' / … /
                # 'Click to expand...') after the text of a post its header opened is
                # that post's own: XenForo prints a poster's answer to several people
                # as one post. The quote joins the post's quotes; its text goes on.
                boilerplate[-1] = BoilerplateItem("byline", line.text, R.REPLY_INNER_QUOTE)
                cur.quoted_author = cur.quoted_author or label.author
            else:
                if cur is None or cur.closed or cur.text_lines:
                    cur = open_draft(label.rule)
                cur.quoted_author = label.author
        elif role == R.ROLE_QUOTE:
            if cur is None or cur.closed or (cur.text_lines and not headed and new_block):
                cur = open_draft(R.REPLY_QUOTE_START)
            cur.quote_lines.append(line)
        else:
            start_rule = label.rule if role == R.ROLE_MENTION else R.REPLY_BLOCK
            if cur is None:
                cur = open_draft(start_rule)
            elif cur.closed:
                cur = open_draft(R.REPLY_FOOTER_DELIMITED if footer_mode else R.REPLY_AFTER_FOOTER)
            elif not headed and new_block and cur.text_lines:
                cur = open_draft(R.REPLY_WIDE_GAP_BLOCK if block_gap > 1 else start_rule)
            pending_reply_to = None
            if label.inline:  # a text line with chrome in front (a review's stars)
                boilerplate.append(BoilerplateItem(label.chrome_kind, label.chrome, label.rule))
                line = R.make_line(line.index, label.inline, line.gap, line.block)
            cur.text_lines.append(line)
    return drafts


def _quote_inside_post(cur: Draft | None, first_quote: R.LineMatch) -> bool:
    """Whether a quote box starting at `first_quote` sits inside the open post `cur`: a
    box a folding forum closes with its expand marker (`quote.until_expand`), after text
    of a post whose header named its poster."""
    return (
        cur is not None
        and not cur.closed
        and cur.author is not None
        and bool(cur.text_lines)
        and first_quote.rule == R.quote_until_expand.rule_id
    )


def _card_before_quote(draft: Draft, cfg: SplitConfig) -> bool:
    """reply.card_before_quote.v1: a headed, open draft holding only a line or two of
    card words (a rank such as 'Bottle Rocketeer', no sentence) when a quote header
    comes: those lines are the poster's card (no reader opens with two words and then
    quotes), and the quote opens that poster's post, even when the quoted words are not
    marked as a quote."""
    if draft.author is None or draft.closed or draft.quote_lines or not draft.text_lines:
        return False
    return D.card_words_only(draft.text_lines, cfg)


class _ChromeJudge:
    """The learned scorer's verdicts on the page's lines, each line scored once."""

    def __init__(self, lines: list[R.Line], scorer: ChromeLineScorer) -> None:
        self.lines = lines
        self.scorer = scorer
        self.counts = page_counts(lines)
        # Draft lines are the page's own `Line` objects, except text a header carried on
        # its own line ('[10:15] alice: text'), which the rules already read as the reader's.
        self.position = {id(line): k for k, line in enumerate(lines)}
        self.scores: dict[int, float] = {}
        self.text_sums: dict[tuple[str, str], float] = {}
        # v3: the lines of a code box under its 'Code:' label are the poster's ('cat
        # /sys/power/mem_sleep' / 'lsmod'): short, no sentence, every look of chrome,
        # and never judged; v4: so are those of a code block pasted without a label.
        for k in R.code_box_lines(lines):
            self.scores[k] = 0.0

    def probability(self, line: R.Line) -> float:
        """P(chrome) of a draft line (0 for text it never judges)."""
        k = self.position.get(id(line))
        if k is None:
            return 0.0
        if k not in self.scores:
            lines = self.lines
            # A clause running on ('Morning all,') and the name under a closing
            # 'Thanks,' are a letter's own words: email replies keep them.
            if line.text.endswith(",") or (k and lines[k - 1].text.endswith(",")):
                self.scores[k] = 0.0
            else:
                self.scores[k] = self.scorer.line_probability(
                    lines, k, *self.counts, self.text_sums
                )
        return self.scores[k]

    def level(self, line: R.Line) -> int:
        """`ChromeLineScorer.chrome_level` of a draft line (0 for text it never judges)."""
        return self.scorer.chrome_level(line, self.probability(line))

    def confident(self, line: R.Line) -> bool:
        """Level 2, confident chrome. A line that ends as prose never is while sentences
        are never trimmed alone, so it is not scored at all (most replies' lines)."""
        if self.scorer.sentence_threshold >= 1.0 and reads_as_prose(line.text):
            return False
        return self.level(line) == 2


def _split_at_chrome_runs(
    drafts: list[Draft], judge: _ChromeJudge, boilerplate: list[BoilerplateItem], min_run: int
) -> list[Draft]:
    """reply.learned_boundary.v5: a run of `min_run` or more confident chrome lines
    with text on both sides inside one would-be reply is a card the rules did not read
    (a name, a badge, a time, a button row): the text after it is the next reply."""
    out: list[Draft] = []
    for draft in drafts:
        body = draft.text_lines
        confident = [judge.confident(line) for line in body]
        cuts: list[tuple[int, int]] = []
        k = 0
        while k < len(body):
            if not confident[k]:
                k += 1
                continue
            end = k
            while end < len(body) and confident[end]:
                end += 1
            if k > 0 and end < len(body) and end - k >= min_run:
                cuts.append((k, end))
            k = end
        if not cuts:
            out.append(draft)
            continue
        start = 0
        current = draft
        for lo, hi in cuts:
            current.text_lines = body[start:lo]
            out.append(current)
            for line in body[lo:hi]:
                boilerplate.append(
                    BoilerplateItem("forum-chrome", line.text, R.REPLY_LEARNED_BOUNDARY)
                )
            current = Draft(R.REPLY_LEARNED_BOUNDARY)
            start = hi
        current.text_lines = body[start:]
        out.append(current)
    return out


def _trim_learned_chrome(
    drafts: list[Draft],
    judge: _ChromeJudge,
    boilerplate: list[BoilerplateItem],
    cfg: SplitConfig,
) -> list[Draft]:
    """reply.learned_chrome.v5: lines at either edge of a reply that the learned scorer
    is confident are the site's chrome ('Works at …', '#3 of 62', 'Show 3 new
    comments') go to boilerplate; a reply of several lines that is chrome through and
    through (a site footer under the last comment) goes with them. Inside a reply, one
    confident chrome line stays (more likely a short line of the reader's own); a run
    of them is a card the rules missed, and splits it (`_split_at_chrome_runs`). A
    one-line reply is judged only beside others of its shape: 'this' or 'Agreed' on
    its own has every look of a button. A lone '@name' opening a reply is the reader's
    own address and stays. Last, a trailing reply without a header may go
    (`_drop_trailing_unheaded`). v2 (and learned_boundary.v2): a line closed by a
    smiling face ('Fair enough, I stand corrected 😄') reads as prose and is never
    confident chrome (`reads_as_prose`), whatever its neighbours say. v3 (and
    learned_boundary.v3): nor is a line of a code box (`rules.code_box_lines`). v4 (and
    learned_boundary.v4): nor one of a code block pasted without its label
    (`rules.code_run_lines`: a Discourse post's fenced code). v5 (and learned_boundary.v5):
    nor a JSON object's members, lines ending in a comma (OpenWrt's board info)."""

    def trim(body: list[R.Line], at: int, step: int, keep: int) -> None:
        # Pop chrome from one edge (at 0 or -1); a sentence goes only when the line
        # inside it is confident chrome, and a reply the rules gave an author keeps a line.
        outer = 0
        if at == 0 and body and R.is_lone_mention(body[0].text):
            return  # '@gumboot' over the text: the reader addressing a poster
        while len(body) > keep:
            # The line inside this one, or for the last line left, the one just cut.
            inner = (2 if judge.confident(body[at + step]) else 0) if len(body) > 1 else outer
            here = 2
            if not judge.confident(body[at]):
                # Not confident: a sentence the scorer leans to (level 1) goes only with
                # confident chrome inside it, and anything else stays.
                if inner < 2 or judge.level(body[at]) == 0:
                    return
                here = 1
            if len(body) > 1 and _runs_on(*((body[0], body[1]) if at == 0 else body[-2:])):
                return
            outer = here
            boilerplate.append(
                BoilerplateItem("forum-chrome", body.pop(at).text, R.REPLY_LEARNED_CHROME)
            )

    drafts = _split_at_chrome_runs(drafts, judge, boilerplate, cfg.learned_boundary_min_run)
    # A one-line reply looks like chrome on its own ('this', 'Agreed', 'nope'); it goes
    # only when other one-line replies share its shape ('No me gusta 17', 'No me gusta
    # 4'; a username the rules did not know, over each post).
    singles = Counter(R.line_shape(d.text_lines[0].text) for d in drafts if len(d.text_lines) == 1)
    for draft in drafts:
        if len(draft.text_lines) == 1:
            only = draft.text_lines[0]
            shared = singles[R.line_shape(only.text)] >= 2
            if not draft.author and shared and judge.confident(only):
                draft.text_lines.pop()
                boilerplate.append(
                    BoilerplateItem("forum-chrome", only.text, R.REPLY_LEARNED_CHROME)
                )
            continue
        keep = 1 if draft.author else 0
        trim(draft.text_lines, 0, 1, keep)
        if not (draft.text_lines and D.signs_off(draft.text_lines[-1].text, draft.author)):
            trim(draft.text_lines, -1, -1, keep)
    _drop_trailing_unheaded(drafts, judge, boilerplate, cfg)
    _drop_short_unheaded(drafts, boilerplate, cfg)
    return drafts


def _drop_short_unheaded(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], cfg: SplitConfig
) -> None:
    """reply.short_unheaded.v1: what `_is_short_unheaded` reads under the last post reads
    the same between posts: on a page whose posts have headers, a headerless line of a
    few words with no sentence in it is the site's ('Gus_in_Kenosha, Tonyg and jsk4'
    liking a post, 'The following users liked this post:', a profile field), wherever
    it stands."""
    live = [d for d in drafts if d.text_lines]
    if len(live) < 3 or not _mostly_authored(live, cfg):
        return
    for draft in live:
        if not draft.quote_lines and _is_short_unheaded(draft, cfg):
            only = draft.text_lines.pop()
            boilerplate.append(BoilerplateItem("forum-chrome", only.text, R.REPLY_SHORT_UNHEADED))


def _drop_trailing_unheaded(
    drafts: list[Draft], judge: _ChromeJudge, boilerplate: list[BoilerplateItem], cfg: SplitConfig
) -> None:
    """reply.trailing_unheaded.v1: on a page whose replies come with headers (most of
    them have an author), a last would-be reply with no header of its own is the site's
    footer under the comments ('Tom's Hardware is part of Future plc…', 'The BBC is not
    responsible for the content of external sites.') when the chrome scorer leans that
    way too: its lines' mean P(chrome) reaches `trailing_unheaded_min_chrome`. v2: or
    a last draft whose header no rule of the page's other headers read
    (`drafts.opened_as_others`): the footer's heading over the site's blurb taken for a name
    ('Barbados' / 'TODAY is the leading …', 'Zobrazit všechny názory'). v3: or a
    headerless last line too short to be a post of its own (`_is_short_unheaded`); and
    the site's text under a thread is often a run of drafts (a quick-reply box, a
    jump menu, related threads), so once one goes the draft above it is judged in
    turn, by the scorer at the surer bar `trailing_run_min_chrome`: a reader's line
    the scorer half leans to stays."""
    first = True
    while True:
        live = [d for d in drafts if d.text_lines]
        if len(live) < 3:
            return
        last, earlier = live[-1], live[:-1]
        if last.quote_lines or (last.author and D.opened_as_others(last, earlier)):
            return
        if not _mostly_authored(earlier, cfg):
            return
        mean = sum(judge.probability(line) for line in last.text_lines) / len(last.text_lines)
        leans = mean >= (cfg.trailing_unheaded_min_chrome if first else cfg.trailing_run_min_chrome)
        if not (leans or _is_short_unheaded(last, cfg)):
            return
        first = False
        for line in last.text_lines:
            boilerplate.append(BoilerplateItem("navigation", line.text, R.REPLY_TRAILING_UNHEADED))
        last.text_lines = []


def _mostly_authored(drafts: list[Draft], cfg: SplitConfig) -> bool:
    """A page whose replies come with headers: `trailing_unheaded_min_authored` of the
    drafts have an author. The headerless ones among them are what the tail rules read."""
    return sum(1 for d in drafts if d.author) >= cfg.trailing_unheaded_min_authored * len(drafts)


# A reader's short word ends as a sentence does ('Pratim, i ja se vraćam u svibnju.');
# a thread title may end in '?', a menu's label in ':'.
_SENTENCE_STOPS = (".", "!", "。", "！", "…", "～")
# Two sentences in a line ('Warum überhaupt 921600? Reicht nicht 460'): a reader's.
_INNER_STOP_RE = re.compile(r"[.!?…][\s\u3000]+\S|[。！？]\s*\S")


def _is_short_unheaded(draft: Draft, cfg: SplitConfig) -> bool:
    """A headerless one-line 'reply' of a few words in a thread whose posts have
    headers is the page's: a related thread's title ('Chain housing cover gaskets -
    which kit?'), a jump menu ('Ir para:', 'Μετάβαση στη σελίδα:'). A reader's short
    word comes under a header of its own, so it has an author, and when its header
    was missed it still ends as a sentence, or holds two (`_INNER_STOP_RE`). Words as
    `R.count_words` counts them: a Chinese line is no one-word label."""
    if draft.author or len(draft.text_lines) != 1:
        return False
    line = draft.text_lines[0]
    text = line.text.strip()
    if text.endswith(_SENTENCE_STOPS) or _INNER_STOP_RE.search(text):
        return False
    return line.words <= cfg.short_unheaded_max_words and len(text) <= cfg.short_unheaded_max_chars


def _drop_site_blocks(
    drafts: list[Draft],
    judge: _ChromeJudge,
    scorer: BlockJudge,
    boilerplate: list[BoilerplateItem],
) -> list[Draft]:
    """reply.learned_block.v1: a would-be reply that the block scorer is confident is
    the site's own text (a moderation notice above the comments, a disclaimer under
    every review, a profile card, a footer or related headlines under the thread) goes
    to boilerplate whole. Judged after the line trimming, so each block is what would
    otherwise become a reply."""
    live = [d for d in drafts if d.text_lines]
    blocks = page_blocks(
        [
            (
                [line.text for line in d.text_lines],
                # A sentence's verdict is no block feature: not scored (most lines).
                [
                    0.0 if ends_prose(line.text) else judge.probability(line)
                    for line in d.text_lines
                ],
                bool(d.author),
                bool(d.quote_lines),
            )
            for d in live
        ]
    )
    dropped = {id(d) for d, block in zip(live, blocks, strict=True) if scorer.is_site_text(block)}
    for draft in live:
        if id(draft) in dropped:
            if draft.author:
                boilerplate.append(BoilerplateItem("byline", draft.author, R.REPLY_LEARNED_BLOCK))
            for line in draft.quote_lines + draft.text_lines:
                boilerplate.append(BoilerplateItem("other", line.text, R.REPLY_LEARNED_BLOCK))
    return [d for d in drafts if id(d) not in dropped]


def _runs_on(first: R.Line, second: R.Line) -> bool:
    """A sentence wrapped over two lines ('Agreed' / 'the installers are …'): the second
    opens in lower case and the first does not end a sentence, so both are prose."""
    head = second.text[:1]
    return head.isalpha() and head.islower() and not R.ends_sentence(first.text)


def _build_replies(
    drafts: list[Draft], config: SplitConfig, boilerplate: list[BoilerplateItem]
) -> list[Reply]:
    """Turn drafts into `Reply`s and find each one's parent with the parent cascade."""
    replies: list[Reply] = []
    earlier: list[tuple[int, str, str | None]] = []
    for d in drafts:
        quoted = _quote_text(d.quote_lines) if d.quote_lines else None
        text = _reply_text(d.text_lines) if d.text_lines else (quoted or "")
        if not text:
            # A header with nothing under it (a deleted post): keep the name as chrome.
            if d.author:
                boilerplate.append(BoilerplateItem("byline", d.author, d.rule))
            continue
        index = len(replies) + 1
        query = R.ParentQuery(index, quoted, d.quoted_author, text)
        parent = None
        for parent_rule in R.PARENT_RULES:
            parent = parent_rule(query, earlier, config)
            if parent is not None:
                break
        replies.append(
            Reply(
                index=index, text=text, author=d.author, parent=parent, quoted=quoted, rule=d.rule
            )
        )
        earlier.append((index, R.normalise(text), d.author))
    return replies


def split_text(
    text: str,
    source: str,
    config: SplitConfig | None = None,
    chrome_scorer: ChromeLineScorer | None = None,
    title_scorer: TitleScorer | None = None,
    block_scorer: BlockJudge | None = None,
) -> Thread:
    """Split pasted page text into title, article, boilerplate and replies.

    Args:
        text: The page as plain text (an article, optionally followed by replies).
        source: Where it came from (a path or an id), kept on the thread.
        config: Rule thresholds; `SplitConfig()` when None.
        chrome_scorer: The learned chrome-line scorer; the shipped one when None (and
            `config.learned_chrome` is on).
        title_scorer: The learned headline choice; the shipped one when None (and
            `config.learned_title` is on).
        block_scorer: The learned judge of whole would-be replies; the shipped one when
            None (and `config.learned_blocks` is on). It reads the chrome scorer's
            verdicts, so it runs only with one.

    Returns:
        The split `Thread`. Every word of `text` lands in its title, article,
        boilerplate or a reply (text, author or quote).

    Example:
        >>> t = split_text("Title\\n\\nBody text.\\n\\n\\nA reply.", "x")
        >>> t.title, [r.text for r in t.replies]  # doctest: +SKIP
    """
    try:
        return _split_page(
            text, source, config or SplitConfig(), chrome_scorer, title_scorer, block_scorer
        )
    finally:
        # Facts cached per text pay off within a page (stages compare the same lines and
        # replies again and again); kept across a batch they would only grow.
        forget_page_facts()
        R.normalise.cache_clear()


def _split_page(
    text: str,
    source: str,
    config: SplitConfig,
    chrome_scorer: ChromeLineScorer | None,
    title_scorer: TitleScorer | None,
    block_scorer: BlockJudge | None,
) -> Thread:
    lines, tails = prepared_lines(text)
    if not lines:
        return Thread(source=source, title=None, article=Article([]))
    title_scorer = title_scorer or (default_title_scorer() if config.learned_title else None)
    labels, ctx = _label_lines(lines, config, title_scorer)

    first = 0 if ctx.title_index is None else ctx.title_index + 1
    article_start = next(
        (
            i
            for i in range(first, len(lines))
            if labels[i].role in (R.ROLE_TEXT, R.ROLE_MENTION, R.ROLE_QUOTE)
        ),
        len(lines),
    )
    region_start = len(lines)
    if article_start < len(lines):
        region_start, _region_rule = _find_region(lines, labels, config, article_start)

    boilerplate: list[BoilerplateItem] = []
    article_lines: list[R.Line] = []
    for i in range(region_start):
        line, label = lines[i], labels[i]
        if i == ctx.title_index:
            continue
        if label.role in (R.ROLE_TEXT, R.ROLE_MENTION, R.ROLE_QUOTE):
            article_lines.append(line)
        else:
            boilerplate.append(_chrome_item(line, label))

    R.number_replies(lines, labels, region_start, config)
    block_gap = _block_gap(lines, labels, article_lines, region_start, config)
    drafts = _segment(lines, labels, region_start, boilerplate, config, block_gap)
    drafts = D.trailing_quotes(drafts, boilerplate)
    D.drop_author_repeats(drafts, boilerplate)
    D.drop_profile_lines(drafts, boilerplate, config)
    drafts = D.drop_repeated_stubs(drafts, boilerplate, config)
    D.apply_name_lines(drafts, config)
    D.reply_to_author_lines(drafts, boilerplate, config)
    drafts = D.unmarked_quotes(drafts, config, article_lines)
    D.marked_quote_attributions(drafts, boilerplate)
    drafts = D.opening_post(drafts, article_lines, boilerplate, config)
    drafts = D.comment_section_notice(drafts, boilerplate, config)
    drafts = D.comment_heading_stubs(drafts, boilerplate, config)
    drafts = D.subject_lines(drafts, boilerplate)
    scorer = chrome_scorer or (default_scorer() if config.learned_chrome else None)
    if scorer is not None:
        judge = _ChromeJudge(lines, scorer)
        drafts = _trim_learned_chrome(drafts, judge, boilerplate, config)
        blocks = block_scorer or (default_block_scorer() if config.learned_blocks else None)
        if blocks is not None:
            drafts = _drop_site_blocks(drafts, judge, blocks, boilerplate)
    # After the learned trimming, which clears the chrome under each reply's last line
    # and cuts button rows out of replies ('More sharing options...' under each post).
    D.drop_repeated_edge_lines(drafts, boilerplate, config)
    D.pipe_signatures(drafts, boilerplate, config)
    D.poster_sign_offs(drafts, boilerplate)
    drafts = D.drop_repeated_stubs(drafts, boilerplate, config)
    drafts = D.drop_repeated_blocks(drafts, boilerplate, config)
    drafts = D.drop_markup_debris(drafts, boilerplate)
    drafts = D.drop_name_only(drafts, boilerplate)
    drafts = D.drop_footer_run_stubs(drafts, lines, labels, boilerplate)
    drafts = D.drop_unclosed_edges(drafts, lines, labels, boilerplate, config)
    D.site_blurb_tail(drafts, ctx.site_names, boilerplate)
    D.page_line_tail(drafts, boilerplate, lines[:region_start], config)
    replies = _build_replies(drafts, config, boilerplate)
    boilerplate.extend(tails)
    title = lines[ctx.title_index].text if ctx.title_index is not None else None
    return Thread(
        source=source,
        title=title,
        article=Article(_paragraphs(article_lines)),
        boilerplate=boilerplate,
        replies=replies,
    )
