"""Rules over whole would-be replies ('drafts'), once the line rules have cut them:
which are the site's repeated chrome, which quote or answer an earlier reply, which is
a forum's opening post. They read the page's drafts together (a line opening three
replies, a block the page repeats, the authors named so far), so they run after
segmentation and before the learned trimming, or after it where they say so; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from stance.split import rules as R
from stance.split.config import SplitConfig
from stance.thread import BoilerplateItem


@dataclass
class Draft:
    """A reply being assembled from its lines."""

    rule: str
    author: str | None = None
    quoted_author: str | None = None
    text_lines: list[R.Line] = field(default_factory=list)
    quote_lines: list[R.Line] = field(default_factory=list)
    closed: bool = False
    # The number the post's header gives it ('#1', '03-04-2025, 05:48 PM #1'), if any.
    number: int | None = None

    def text_key(self) -> str:
        """The reply's own words in the form replies are compared by (`R.normalise`):
        repeats, stubs and quotes all ask whether two drafts say the same."""
        return R.normalise(" ".join(line.text for line in self.text_lines))


def drop_author_repeats(drafts: list[Draft], boilerplate: list[BoilerplateItem]) -> None:
    """reply.author_repeat.v1: a post card may print the poster's name twice, over the
    time and again over the rank (Invision: 'Mauricio_M' / 'Posted March 13' /
    'Mauricio_M' / 'Members'). The second copy, opening the text of the post its header
    named, is the card's, not the post's first words. A draft left empty stays: it is
    the header that an 'X said:' quote under it belongs to (`unmarked_quotes`)."""
    for draft in drafts:
        body = draft.text_lines
        if draft.author and body and body[0].text.strip() == draft.author.strip():
            boilerplate.append(BoilerplateItem("byline", body.pop(0).text, R.AUTHOR_REPEAT))


def drop_profile_lines(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> None:
    """reply.profile_between_headers.v1: a post card may name its poster in two headers
    (phpBB: 'User avatar' / 'Nesdev_Admin' / 'Site Admin' / 'Posts: 1207' / … / 'Post by
    Nesdev_Admin » Mon Mar 10'), and a rank or title line between the two, which no
    rule knows ('Site Admin', 'Sponsor'), reads as a post of its own. It is the card's
    when the page shows that pair of headers with nothing between them on other cards
    (the posters without a rank): card words only (`card_words_only`), under one header
    and over another naming the same poster. Language-free: it reads which header rules
    follow each other, not the rank's words."""

    def same_poster(a: Draft, b: Draft) -> bool:
        return bool(a.author and b.author) and _name_key(a.author) == _name_key(b.author)

    bare_pairs = {
        (a.rule, b.rule)
        for a, b in zip(drafts, drafts[1:], strict=False)
        if same_poster(a, b) and not a.text_lines and not a.quote_lines and a.rule != b.rule
    }
    for a, b in zip(drafts, drafts[1:], strict=False):
        if (a.rule, b.rule) not in bare_pairs or not same_poster(a, b) or a.quote_lines:
            continue
        if not a.text_lines or not card_words_only(a.text_lines, config):
            continue
        for line in a.text_lines:
            boilerplate.append(
                BoilerplateItem("forum-chrome", line.text, R.PROFILE_BETWEEN_HEADERS)
            )
        a.text_lines = []


def card_words_only(lines: list[R.Line], config: SplitConfig) -> bool:
    """A line or two of a card's own words (a rank, a place, a badge): none longer than
    a card line, none ending a sentence. No reader writes that and then a header."""
    return len(lines) <= _MAX_CARD_LINES and all(
        line.words <= config.card_line_max_words and not R.ends_sentence(line.text)
        for line in lines
    )


# A rank and a place, or a badge and a title: the most card lines one header stands over.
_MAX_CARD_LINES = 2


def marked_quote_attributions(drafts: list[Draft], boilerplate: list[BoilerplateItem]) -> None:
    """reply.marked_quote_attribution.v1: a short line opening a reply right over its
    marked quote ('(In reply to Alastair Wu from comment #1)' / '> Could you attach…',
    'Patch Set 2:' / '> That seems long') introduces the quote in the site's or the
    mailer's own words. It goes to boilerplate, and the reply starts after the quote;
    the quote stays as it is, to find the reply it quotes. Language-free: the quote
    marks say what follows is quoted, and the line's shape (a few words, no sentence
    stop) says it is no prose of the writer's."""
    for draft in drafts:
        body, quote = draft.text_lines, draft.quote_lines
        # The writer's own words must follow the quote: a reply is never only its cue.
        if len(body) < 2 or not quote or quote[0].index != body[0].index + 1:
            continue
        cue = body[0]
        if cue.words <= _ATTRIBUTION_MAX_WORDS and not R.ends_with_stop(cue.text):
            boilerplate.append(
                BoilerplateItem("forum-chrome", body.pop(0).text, R.MARKED_QUOTE_ATTRIBUTION)
            )


def trailing_quotes(drafts: list[Draft], boilerplate: list[BoilerplateItem]) -> list[Draft]:
    """reply.trailing_quote.v1: a mail answered above the message it quotes ('Pack200:
    I checked …' / 'On Tue, Mar 4, 2025 at 3:21 PM Rebecca Thorne <…> wrote:' / '> Who
    would maintain it …') ends in the quote, with nothing of the writer's under it. An
    attribution and its quote with no words after them, under a post of the writer's
    own, close that post: they are its quote, not a reply of the quoted poster's."""
    out: list[Draft] = []
    for draft in drafts:
        prev = out[-1] if out else None
        if prev is not None and draft.rule in R.ATTRIBUTION_RULE_IDS and not draft.text_lines:
            if prev.quote_lines:
                # A quote of its own opens the post already: the one it ends in is
                # chrome, as the post's quote names one parent.
                for quoted in draft.quote_lines:
                    boilerplate.append(BoilerplateItem("quote", quoted.text, R.TRAILING_QUOTE))
            else:
                prev.quote_lines = draft.quote_lines
                prev.quoted_author = prev.quoted_author or draft.quoted_author
            continue
        out.append(draft)
    return out


def opened_as_others(last: Draft, earlier: list[Draft]) -> bool:
    """A page's post headers repeat their shape: a last one read by a rule that read
    none of the others, and naming none of the thread's posters, is the page's."""
    return any(d.rule == last.rule or d.author == last.author for d in earlier)


# Marks a site's blurb may open with before its name ('«Наша Ніва» — …', '* …').
_BLURB_LEAD = "«\"“'*• "


def site_blurb_tail(
    drafts: list[Draft], site_names: tuple[str, ...], boilerplate: list[BoilerplateItem]
) -> bool:
    """reply.site_blurb.v1: under the last post, a would-be reply that opens with the
    site's own name ('Pinside is the world's largest pinball community.', 'Vísir er í
    eigu Sýnar hf.', 'Mtbr.com is …') is the site speaking of itself in its footer, as
    a reader addresses a site ('Grazas a Praza …', 'Because it's Hackaday?') and does
    not open a last word with its name. A header like the other posts' keeps the draft
    a reader's ('Garmin Employee' under a moderator's name). Names are the masthead's
    first lines (`Context.site_names`); a run of such blurbs goes from the bottom up.
    Says whether one went."""
    names = [name.casefold() for name in site_names if len(name) >= 3]
    dropped = False
    while names:
        live = [d for d in drafts if d.text_lines]
        if not live or live[-1].quote_lines:
            break
        last = live[-1]
        if last.author and opened_as_others(last, live[:-1]):
            break  # a poster's header like the others': a reader's post
        opening = last.text_lines[0].text.lstrip(_BLURB_LEAD).casefold()
        if not any(opening.startswith(name) for name in names):
            break
        dropped = True
        if last.author:
            boilerplate.append(BoilerplateItem("byline", last.author, R.SITE_BLURB))
        for line in last.text_lines:
            boilerplate.append(BoilerplateItem("other", line.text, R.SITE_BLURB))
        last.text_lines = []
    return dropped


def drop_repeated_stubs(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> list[Draft]:
    """reply.repeated_stub.v4: a would-be reply that is only short chrome the page repeats
    ('Messages', 'Rate this comment positively', 'Show parent') — no author, no quote, no
    line ending a sentence, and the same words as another such draft — is a button row
    no rule knew, not two readers writing the same thing. v2: a draft of one line said
    twice has that line's words. v3: a stub whose words the page has as chrome elsewhere
    goes too. v4: a label or question of a few words that closes a line ('Valorar:',
    'Hilfreich?', 20minutos and Motor-Talk under every comment) is one when the page
    has it `PROMPT_STUB_MIN_COPIES` times: readers do not ask the same thing thrice. v5:
    a one-line draft whose poster and text are both chrome the page prints that often
    is two buttons, the first read as a name (`button_pair`)."""

    def stub_text(draft: Draft) -> str | None:
        if draft.author or draft.quote_lines or not draft.text_lines:
            return None
        if sum(line.words for line in draft.text_lines) > config.chrome_max_words:
            return None
        # A button may trail off ('More sharing options...', 'Load more…'); a full
        # stop, question or exclamation is a reader's.
        if any(ends_statement(line.text) for line in draft.text_lines):
            return None
        # v2: one button said twice ('More sharing options...' under the last post, then
        # again over the thread's footer, Invision) is that button's stub as well.
        distinct = {R.normalise(line.text) for line in draft.text_lines}
        return distinct.pop() if len(distinct) == 1 else draft.text_key()

    # v3: a stub the page already printed as chrome is that chrome again ('More sharing
    # options...' left alone once the learned trimming cut the row around it, Invision).
    stubs = {id(d): stub_text(d) for d in drafts}
    chrome = {R.normalise(item.text) for item in boilerplate} if any(stubs.values()) else set()
    drafts = _drop_repeats(
        drafts,
        boilerplate,
        lambda d: stubs[id(d)],
        "forum-chrome",
        R.REPLY_REPEATED_STUB,
        seen=chrome,
    )

    def prompt_text(draft: Draft) -> str | None:
        if draft.author or draft.quote_lines or len(draft.text_lines) != 1:
            return None
        line = draft.text_lines[0]
        if line.words > PROMPT_STUB_MAX_WORDS or not line.text.rstrip().endswith(("?", ":")):
            return None
        return R.normalise(line.text)

    drafts = _drop_repeats(
        drafts,
        boilerplate,
        prompt_text,
        "forum-chrome",
        R.REPLY_REPEATED_STUB,
        least=PROMPT_STUB_MIN_COPIES,
    )
    # v5: a button read as a poster over another button ('Sitat' / 'Lenke til
    # kommentar', Invision in Norwegian): name and text each printed as chrome
    # `PROMPT_STUB_MIN_COPIES` times elsewhere on the page.
    shaped = {
        id(d)
        for d in drafts
        if d.author
        and not d.quote_lines
        and len(d.text_lines) == 1
        and d.text_lines[0].words <= config.chrome_max_words
        and not ends_statement(d.text_lines[0].text)
    }
    if not shaped:
        return drafts
    # Only the words of those drafts are counted (a long page prints thousands of items).
    wanted = {t for d in drafts if id(d) in shaped for t in (d.author, d.text_lines[0].text)}
    printed = Counter(item.text for item in boilerplate if item.text in wanted)

    def button_pair(draft: Draft) -> bool:
        return (
            id(draft) in shaped
            and printed[draft.author] >= PROMPT_STUB_MIN_COPIES
            and printed[draft.text_lines[0].text] >= PROMPT_STUB_MIN_COPIES
        )

    return drop_drafts(drafts, boilerplate, button_pair, "forum-chrome", R.REPLY_REPEATED_STUB)


# A label or question under every comment ('Valorar:', 'Hilfreich?'): this short, and
# this many copies on the page.
PROMPT_STUB_MAX_WORDS = 3
PROMPT_STUB_MIN_COPIES = 3


def _masked(text: str) -> str:
    """A line's comparable form with every number the same ('thumb up 0 thumb down 0')."""
    return R.digits_masked(R.normalise(text))


def drop_repeated_edge_lines(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> None:
    """reply.repeated_edge_line.v2: the same line opening (or closing) two or more
    replies that go on past it ('Save this answer.' / 'Show activity on this post.'
    over every Stack Exchange answer) is the site's, even when it reads as a sentence:
    two readers do not open different replies with the same words. v2: a line that
    differs only in its numbers counts as the same when the page has it three times or
    more, its copies already cut as chrome included ('Vote: Thumb up 12 Thumb down 0
    You need to be logged in to vote' under each WordPress comment)."""
    masked_chrome = Counter(_masked(item.text) for item in boilerplate if R.has_digit(item.text))
    for edge in (0, -1):
        while True:
            edges = [
                d.text_lines[edge]
                for d in drafts
                if len(d.text_lines) >= 2
                and d.text_lines[edge].words >= config.repeated_edge_min_words
            ]
            counts = Counter(R.normalise(line.text) for line in edges)
            repeated = {t for t, n in counts.items() if n >= 2 and t}
            masked = Counter(_masked(line.text) for line in edges if R.has_digit(line.text))
            alike = {t for t, n in masked.items() if n + masked_chrome[t] >= 3}
            if not repeated and not alike:
                break
            for d in drafts:
                if len(d.text_lines) < 2:
                    continue
                text = d.text_lines[edge].text
                if R.normalise(text) in repeated or (R.has_digit(text) and _masked(text) in alike):
                    line = d.text_lines.pop(edge)
                    boilerplate.append(
                        BoilerplateItem("forum-chrome", line.text, R.REPLY_REPEATED_EDGE_LINE)
                    )


def _is_pipe_signature(line: R.Line, config: SplitConfig) -> bool:
    """'My signal tutorials: Path signals for beginners | Priority junctions': a few short
    items between bars, none a sentence."""
    if " | " not in line.text or line.words > config.cta_max_words:
        return False
    items = [item.strip() for item in line.text.split("|")]
    return all(
        item and len(item.split()) <= config.pipe_signature_item_words and not ends_statement(item)
        for item in items
    )


def pipe_signatures(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> None:
    """boilerplate.pipe_signature.v1: a post's last paragraph made of short items between
    bars ('My tutorials: Path signals | Priority junctions', 'Ryzen 7 9700X | B650M |
    32GB DDR5') is the poster's signature. phpBB's prosilver and vBulletin pages pasted as
    text keep no rule over it, and a reader does not end a post with a bar-separated
    list. It must stand apart (a blank line above it) and not be the post's only text."""
    for draft in drafts:
        lines = draft.text_lines
        if len(lines) >= 2 and lines[-1].gap > 0 and _is_pipe_signature(lines[-1], config):
            line = lines.pop()
            boilerplate.append(BoilerplateItem("byline", line.text, R.PIPE_SIGNATURE))


# Marks a sign-off may carry around the name ('-Ron', '~ Greg', 'Greg.').
_SIGN_OFF_MARKS = " -–—~.,!"


def signs_off(text: str, author: str | None) -> bool:
    """An email's signature line ('Margaret', 'M.' under a mail from Margaret Doyle) is
    the writer's own closing: the learned trimming leaves it in the text, as the mail
    had it. Looser than `poster_sign_offs`, which drops a forum poster's name only when
    it is the whole name or its first word and sits right under the post."""
    if not author:
        return False
    names = author.casefold().split()
    words = text.casefold().replace(".", " ").split()
    return 0 < len(words) <= 2 and all(
        w in names or (len(w) == 1 and any(n.startswith(w) for n in names)) for w in words
    )


def poster_sign_offs(drafts: list[Draft], boilerplate: list[BoilerplateItem]) -> None:
    """boilerplate.poster_sign_off.v1: a post's last line that is only the poster's own
    name, or its first word ('Greg' under a post by Greg Kaminski, '-Ron'), is the poster
    signing off, as forum regulars do, not words of the post. Only with a name the card
    gave and other text above it: a one-word reply stays whole. And only right under the
    post's last line: a letter's closing name set apart by a blank line is kept, as the
    labelled mail chains keep it (tuned/outlook_chain)."""
    for draft in drafts:
        lines = draft.text_lines
        if not draft.author or len(lines) < 2 or lines[-1].words > 3 or lines[-1].gap:
            continue
        signed = lines[-1].text.strip(_SIGN_OFF_MARKS).lower()
        names = draft.author.lower().split()
        if signed and names and signed in (" ".join(names), names[0]):
            boilerplate.append(BoilerplateItem("signature", lines.pop().text, R.POSTER_SIGN_OFF))


def reply_to_author_lines(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> None:
    """reply.reply_to_author.v4: a short first line that names the author of an earlier
    reply and says little else ('Respondendo a Ana Paula S.', 'Απάντηση προς Γιώργος
    Π.', '↳ răspuns pentru cristi.b', 'Előzmény: vitorlás_Gábor (#1)', 'Replying to
    @tomasz') is the site's reply-to cue, in whatever language: it goes to boilerplate
    and names the reply's parent. The page's own authors make it language-free.
    v2: the name and a comma alone ('Twin Otter Tom,'), or an '@name' alone, is the
    writer's salutation: it names the parent and stays in the text. v3: the name alone
    under the site's own reply-to line ('In reply to Jules M' / 'Jules M' / the quote,
    news.com.au) heads the quote of that reply: it goes too. v4: a numbered card's poster
    ('3. Dan T.', Ziarul de Iași) is named without the number ('Răspuns pentru: Dan T.')."""
    seen: dict[str, str] = {}  # casefolded name -> the author as the page wrote it
    for draft in drafts:
        body = draft.text_lines
        named = draft.quoted_author
        if (
            len(body) >= 2
            and seen
            and (named is None or _name_key(body[0].text) == _name_key(named))
        ):
            _take_reply_to_cue(draft, seen, boilerplate, config)
        if draft.author and len(draft.author) >= 3:
            seen.setdefault(_name_key(draft.author), draft.author)
            # v4: a numbered card's header ('3. Dan T.') is answered by the name alone.
            bare = R.without_list_number(draft.author)
            if bare != draft.author and len(bare) >= 3:
                seen.setdefault(_name_key(bare), bare)


def _take_reply_to_cue(
    draft: Draft, seen: dict[str, str], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> None:
    body = draft.text_lines
    # The cue opens the reply, or follows one short line no rule read (a time in a
    # language the rules do not know: 'πριν από 3 ώρες').
    short = body[0].words <= config.reply_to_max_other_words and not R.ends_sentence(body[0].text)
    for k in [0, 1] if len(body) >= 3 and short else [0]:
        cue = body[k]
        named = _names_in(cue.text, seen) if cue.words <= config.reply_to_max_words else None
        if named is None:
            continue
        # What the line says beside the name ('Respondendo a', '(#1)'): a few words, no
        # sentence ('Ana Paula S.' may end in a full stop itself).
        rest = re.sub(re.escape(named), " ", cue.text, count=1, flags=re.IGNORECASE).strip()
        if len(rest.split()) > config.reply_to_max_other_words:
            continue
        if R.ends_sentence(rest) and not rest.endswith(":"):
            continue
        if (rest == "," and cue.text.rstrip().endswith(",")) or R.is_lone_mention(cue.text):
            # 'Twin Otter Tom,' over the text: the writer's own salutation. It names the
            # parent like a cue, but it is the reply's first words.
            draft.quoted_author = named
            return
        boilerplate.append(BoilerplateItem("forum-chrome", body.pop(k).text, R.REPLY_TO_AUTHOR))
        draft.quoted_author = named
        return


def _name_key(text: str) -> str:
    return text.casefold().strip("@:,;()[]").strip()


def _names_in(text: str, authors: dict[str, str]) -> str | None:
    """The longest earlier author named in `text` as a run of whole words (an @ before
    it or a colon after it is fine), or None. Looked up run by run, so a long thread's
    thousands of authors cost nothing per line."""
    words = text.split()
    for size in range(min(len(words), 6), 0, -1):
        for start in range(len(words) - size + 1):
            author = authors.get(_name_key(" ".join(words[start : start + size])))
            if author is not None:
                return author
    return None


_QUOTE_CANDIDATES = 32
_QUOTE_MARKS = "\"'„“”«»‚‘’「」"


def _unquoted_key(line: R.Line) -> str:
    """A line's comparable form without the quote marks around it: a quote of an
    earlier reply is looked up, and compared, by this."""
    return R.normalise(line.text.strip(_QUOTE_MARKS + " "))


# A line that is one quotation in marks, a dash or colon after it allowed: '"Wody Polskie
# zapowiadają pogłębianie"', '„Jede Straße in Erlangen inzwischen 30“ –'.
_MARKED_LINE_RE = re.compile(r"^\s*[\"“„«‘‚「][^\"“”„«»「」]+[\"”“»’」]\s*[-–—:]?\s*$")

# '“The developer offered the money for it.” A contribution towards…': a quoted sentence
# opening a line, then the reader's own next sentence.
_LEADING_QUOTE_RE = re.compile(
    r"^\s*[\"“„«‘'](?P<quote>[^\"“”„«»]{8,}?[.!?…])[\"”“»’']\s+(?P<rest>[^\W\d_].*)$"
)


def leading_quote(line: R.Line) -> tuple[R.Line, R.Line] | None:
    """The quoted sentence a line opens with and the rest of the line, as two lines, when
    the rest is a new sentence (a capital after the closing mark); a quote inside the
    reader's own sentence ('"A short bus ride away" is doing…') is not split off."""
    m = _LEADING_QUOTE_RE.match(line.text)
    if m is None or not m.group("rest")[:1].isupper():
        return None
    quote = line.text[: m.start("rest")].strip()
    return (
        R.make_line(line.index, quote, line.gap, line.block),
        R.make_line(line.index, m.group("rest"), 0, line.block),
    )


# The most words an attribution over a quote has ('8 minutes ago, Jud - s/v Sputnik said:').
_ATTRIBUTION_MAX_WORDS = 12
# Label-led drafts a page may have before its labels read as its cards' own lines.
_LABEL_LED_MIN = 3


def unmarked_quotes(
    drafts: list[Draft], config: SplitConfig, article_lines: Sequence[R.Line] = ()
) -> list[Draft]:
    """reply.unmarked_quote.v5: a reply's opening lines that repeat words of an earlier
    reply ('„Dacă ne scoateți de pe trotuar…”' under 'DanaV a scris:'; a line of the
    post answered, pasted without '>') are a quote of it, whatever the site's markup
    was. A draft the rules opened at 'X wrote:' whose first line quotes X, right under
    an empty header, is that header's post quoting X (Invision, Tweakers). v2: an
    opening line that repeats a longer run of the article's words ('"The report
    includes other options, including a combined new branch"') quotes the article, and
    a quoted sentence of an earlier reply opening a line ('“The developer offered the
    money for it.” A contribution…') is cut off the reader's own words after it. v3: under
    'X wrote:', a first line shorter than the run length ('Anonyymi kirjoitti:' / 'Osta
    Toyota.', Suomi24) quotes X when one of X's recent replies holds it word for word.
    v4: an '@name' alone over such a quote ('@Snatcher' / a line of Snatcher's post, Nintendo
    Life) is the quote's attribution and goes with it. v5: so is any short line that
    ends no sentence over such a quote ('Originally Posted by Capt. Lenny View Post',
    'mira_k:', 'Op dinsdag 11 maart 2025 14:05 schreef Mark_V:'): the quoted words found
    in an earlier reply are the evidence, so the site's wording need not be known. v6:
    the cue and the quote may share a line ('Quote: Originally posted by MidwestMike I
    would rather…', 'jso2897: The Edmunds test found…'); the cue names the quoted poster,
    or is glued to the quote ('Quoting: MohandevirAny word on…'). v7: a line that is one
    quotation in its own marks ('"Wody Polskie zapowiadają pogłębianie"') quotes the
    article at a reply quote's length (`unmarked_quote_min_words`): the marks say so."""
    size = config.unmarked_quote_min_words
    article = f" {R.normalise(' '.join(line.text for line in article_lines))} "
    # Earlier replies by their word runs of `size`, so a line is compared only with the
    # replies that share its first words (a long thread has thousands).
    said: list[tuple[str, str | None]] = []
    by_run: dict[str, list[int]] = {}
    out: list[Draft] = []
    # A line opening three replies or more is the site's chrome, not a quote (a quote
    # of an opening line opens two: the quoted reply and the one quoting it).
    openings = Counter(R.normalise(d.text_lines[0].text) for d in drafts if len(d.text_lines) >= 2)

    def source_of(line: R.Line, article_too: bool = True) -> str | None | bool:
        """The author of the earlier reply `line` repeats (None: no author or the
        article, looked in when `article_too`), or False."""
        if openings[R.normalise(line.text)] >= 3:
            return False
        text = _unquoted_key(line)
        words = text.split()
        if len(words) < size:
            return False
        # The most recent replies first, and only so many: a quote answers a recent
        # post, and a thread repeating one phrase thousands of times stays linear.
        for k in reversed(by_run.get(" ".join(words[:size]), ())[-_QUOTE_CANDIDATES:]):
            if text in said[k][0]:
                return said[k][1]
        # v7: a line in quote marks of its own ('„in denen keine Schule ist“') says it
        # quotes, so the article's words need only a reply quote's length.
        marked = _MARKED_LINE_RE.match(line.text) is not None
        article_min = size if marked else config.article_quote_min_words
        if article_too and len(words) >= article_min and f" {text} " in article:
            return None
        return False

    # Replies that could open with a quote (two lines or more, the first of quote
    # length); earlier replies are indexed only up to the last of them, and a page with
    # none (one-line replies) costs nothing.
    inline = {k: leading_quote(d.text_lines[0]) for k, d in enumerate(drafts) if d.text_lines}
    inline = {k: split for k, split in inline.items() if split is not None}
    # v3: under 'X wrote:' a quote may be shorter than a run ('Osta Toyota.'); it is
    # looked for, whole, in X's own recent replies only.
    short_attributed = {
        k
        for k, d in enumerate(drafts)
        if d.rule == R.wrote_header.rule_id
        and d.author
        and len(d.text_lines) >= 2
        and 0 < d.text_lines[0].words < size
    }
    # v5: a short line that ends no sentence over such a quote ('Originally Posted by
    # Capt. Lenny View Post', 'mira_k:', '(In reply to Alastair Wu from comment #3)')
    # is the quote's attribution in the site's own words, whatever the language; v4:
    # '@Snatcher' alone is one when the quoted words are Snatcher's (Nintendo Life).
    label_led = {
        k
        for k, d in enumerate(drafts)
        if len(d.text_lines) >= 3
        and d.text_lines[1].words >= size
        and _attribution_shaped(d.text_lines[0])
    }
    # A short line over most replies is the cards' own (a name line the rules did not
    # read as a header: note.com's name over its date), not a quote's attribution, and
    # looking under each for a quote would index every reply of a long page.
    if len(label_led) > max(_LABEL_LED_MIN, len(drafts) // 2):
        label_led = set()
    # v6: a cue and the quote on one line ('Quoting: MohandevirAny word on…').
    cued = {
        k: splits
        for k, d in enumerate(drafts)
        if len(d.text_lines) >= 2 and k not in inline
        for splits in [_cue_splits(d.text_lines[0], size)]
        if splits
    }
    openers = [
        k
        for k, d in enumerate(drafts)
        if (len(d.text_lines) >= 2 and d.text_lines[0].words >= size)
        or k in inline
        or k in short_attributed
        or k in label_led
    ]
    last = openers[-1] if openers else -1
    # Only a line above a reply's last can be read as a quote, so only the runs those
    # lines open with are ever looked up: the index keeps those and skips the rest
    # (building every run of every reply took a tenth of a 1 MB thread's split).
    wanted = {
        " ".join(_unquoted_key(line).split()[:size])
        for k in openers
        for line in [*drafts[k].text_lines[:-1], *inline.get(k, ())[:1]]
    } | {
        " ".join(R.normalise(tail).split()[:size])
        for splits in cued.values()
        for _, tail, _ in splits
    }
    wanted_starts = {run.split(" ", 1)[0] for run in wanted}
    for position, draft in enumerate(drafts):
        if position > last:
            out.extend(drafts[position:])
            break
        body = draft.text_lines
        source: str | None | bool = False
        if position in short_attributed and _said_by(body[0], draft.author, said):
            source = draft.author
            draft.quote_lines.append(body.pop(0))
        elif position in label_led:
            found = source_of(body[1], article_too=False)
            # A mention must name the quoted poster: '@Snatcher' over a line of Snatcher's.
            named = not R.is_lone_mention(body[0].text) or (
                isinstance(found, str) and _name_key(found) == _name_key(body[0].text)
            )
            if found is not False and named:
                source = found
                draft.quote_lines += [body.pop(0), body.pop(0)]
        while len(body) >= 2 and body[0].words >= size:
            found = source_of(body[0])
            if found is False:
                break
            source = found
            draft.quote_lines.append(body.pop(0))
        if not draft.quote_lines and position in inline:
            quote, rest = inline[position]
            # Only an earlier reply's words: a line opening with the article's words in
            # quote marks reads as the reader's own comment on them (Threads, Medium).
            found = source_of(quote, article_too=False)
            if found is not False:
                source = found
                draft.quote_lines.append(quote)
                body[0] = rest
        if not draft.quote_lines and position in cued:
            first = body[0]
            # The longest tail an earlier reply holds is the quote; the cue before it
            # names the quoted poster ('Quote: Originally posted by MidwestMike …') or
            # is glued to the quote, which no sentence is.
            found, head, tail, glued = next(
                (
                    (found, head, tail, glued)
                    for head, tail, glued in cued[position]
                    for found in [source_of(R.make_line(first.index, tail, 0, 0), False)]
                    if found is not False
                ),
                (False, "", "", False),
            )
            if found is not False and (
                glued
                or (
                    isinstance(found, str)
                    and _cue_shaped(head, tail)
                    and _names_in(head, {_name_key(found): found})
                )
            ):
                source = found
                draft.quote_lines.append(body.pop(0))
        if draft.quote_lines and source and draft.quoted_author is None:
            draft.quoted_author = source
        opened_at_attribution = draft.rule == R.wrote_header.rule_id and draft.quote_lines
        host = out[-1] if out else None
        if opened_at_attribution and host and host.author and not host.text_lines:
            host.quoted_author = draft.author
            host.quote_lines += draft.quote_lines
            host.text_lines = draft.text_lines
            draft = host
            out.pop()
        if draft.text_lines:
            text = draft.text_key()
            words = text.split()
            runs = {
                " ".join(words[k : k + size])
                for k in range(len(words) - size + 1)
                if words[k] in wanted_starts
            }
            for run in runs & wanted:
                by_run.setdefault(run, []).append(len(said))
            said.append((text, draft.author))
        out.append(draft)
    return out


def _cue_splits(line: R.Line, size: int) -> list[tuple[str, str, bool]]:
    """The ways `line` may read as a quote's cue and then the quote itself: a head of at
    most `_ATTRIBUTION_MAX_WORDS` words reaching a colon ('Quoting:', 'X wrote:') and a
    tail of at least `size` words, longest tail first. The third item says the tail is
    glued to the head's last word ('MohandevirAny word on…': a name, then a capital with
    no space, as Gaming On Linux pastes). Whether the head reads as a cue is
    `_cue_shaped`'s to judge, once the quote's extent is known."""
    if ":" not in line.text:
        return []
    words = line.text.split()
    limit = min(len(words) - size, _ATTRIBUTION_MAX_WORDS)
    colon = next((k for k, word in enumerate(words[:limit]) if ":" in word), None)
    if colon is None:
        return []
    out = []
    for j in range(colon, limit):
        word = words[j]
        # Only a word after the colon's, with a capital after its first letter, can
        # hide a glued quote.
        if j > colon and word[1:] != word[1:].lower():
            for cut in range(1, len(word)):
                if word[cut - 1].islower() and word[cut].isupper():
                    head = " ".join([*words[:j], word[:cut]])
                    out.append((head, " ".join([word[cut:], *words[j + 1 :]]), True))
        out.append((" ".join(words[: j + 1]), " ".join(words[j + 1 :]), False))
    return out


def _cue_shaped(head: str, tail: str) -> bool:
    """Whether `head`, over the quote `tail`, reads as a cue: ending in its colon, or
    ending no sentence with the quote opening as a sentence does ('… posted by
    MidwestMike I would…'), not in the middle of the reader's own."""
    if head.endswith(":"):
        return True
    return (tail[0].isupper() or tail[0] in _QUOTE_MARKS) and not R.ends_sentence(head)


def _attribution_shaped(line: R.Line) -> bool:
    """A line short enough to name a poster and a time, ending no sentence (or with
    the colon that introduces a quote)."""
    text = line.text.rstrip()
    return line.words <= _ATTRIBUTION_MAX_WORDS and (
        text.endswith(":") or not R.ends_sentence(text)
    )


def _said_by(line: R.Line, author: str | None, said: list[tuple[str, str | None]]) -> bool:
    """Whether `line`, as whole words, is in one of `author`'s replies among the most
    recent `_QUOTE_CANDIDATES` of the page (a quote answers a recent post, and a long
    thread stays linear)."""
    text = f" {_unquoted_key(line)} "
    name = _name_key(author or "")
    return any(
        who and _name_key(who) == name and text in f" {earlier} "
        for earlier, who in said[-_QUOTE_CANDIDATES:]
    )


def drop_repeated_blocks(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> list[Draft]:
    """reply.repeated_block.v1: the same words, a sentence or more, standing alone
    without a header in two places or more ('"Never trust a benchmark you didn't run
    yourself."' under each post of one poster, a review site's disclaimer under every
    review) are a forum signature or the site's text: two readers do not write the
    same reply word for word. Copies side by side are one reader's double post."""

    def key(draft: Draft) -> str | None:
        if draft.author or draft.quote_lines or not draft.text_lines:
            return None
        text = draft.text_key()
        return text if len(text.split()) >= config.repeated_block_min_words else None

    return _drop_repeats(
        drafts, boilerplate, key, "other", R.REPLY_REPEATED_BLOCK, spare_pairs=True
    )


# What markup leaves behind as lines of its own: brackets round an empty count ('()'),
# a tag list's closing full stop, a pipe between two buttons. Not an emoticon (':)'), an
# ellipsis or '?': those are a reader's.
_MARKUP_DEBRIS_RE = re.compile(r"[\s()\[\]{}|,]*\.?[\s()\[\]{}|,]*")


def drop_markup_debris(drafts: list[Draft], boilerplate: list[BoilerplateItem]) -> list[Draft]:
    """reply.markup_debris.v1: a would-be reply of brackets, pipes, commas and at most one
    full stop, under no header and quoting nothing ('()' in wpDiscuz's comment bubble,
    the '.' after Stack Exchange's tag list), is what the page's markup left, not a
    reader's words. Emoji ('👍'), an emoticon (':)'), '...' and '?' are a reader's."""

    def debris(draft: Draft) -> bool:
        return (
            not draft.author
            and not draft.quote_lines
            and bool(draft.text_lines)
            and all(_MARKUP_DEBRIS_RE.fullmatch(line.text) for line in draft.text_lines)
        )

    return drop_drafts(drafts, boilerplate, debris, "forum-chrome", R.MARKUP_DEBRIS)


def drop_name_only(drafts: list[Draft], boilerplate: list[BoilerplateItem]) -> list[Draft]:
    """reply.name_only.v1: a would-be reply whose one line is the name of a poster in
    the thread ('MikeG.' under a similar-threads table as its last poster, UKworkshop;
    a card printing the name again below its header) is the page naming someone, not a
    reader writing. A reply that answers with a name says more ('@MikeG.', 'MikeG.
    thanks'), and a quote under it makes it a reply."""
    posters = {_name_key(d.author).rstrip(".") for d in drafts if d.author}

    def name_only(draft: Draft) -> bool:
        return (
            len(draft.text_lines) == 1
            and not draft.quote_lines
            and draft.text_lines[0].text.strip().casefold().rstrip(".") in posters
        )

    return drop_drafts(drafts, boilerplate, name_only, "byline", R.NAME_ONLY)


# A label in a card's button row: a count and its word ('5 odgovora', '2 Antworten').
_FOOTER_STUB_MAX_WORDS = 3


def drop_footer_run_stubs(
    drafts: list[Draft],
    lines: list[R.Line],
    labels: list[R.LineMatch],
    boilerplate: list[BoilerplateItem],
) -> list[Draft]:
    """reply.footer_run_stub.v1: a would-be reply of one short line that ends no
    sentence, inside a card's run of buttons (a button right above it and chrome right
    below, no blank line between: 'Odgovori' / '5 odgovora' / 'Sviđa mi se 38'), is one
    more button no rule knew. A reply's text stands under its header, not under its
    card's buttons; language-free, it reads the run, not the words."""

    def in_run(draft: Draft) -> bool:
        if draft.author or draft.quote_lines or len(draft.text_lines) != 1:
            return False
        line = draft.text_lines[0]
        i = line.index
        if i == 0 or i + 1 >= len(lines) or line.gap or lines[i + 1].gap:
            return False
        if line.words > _FOOTER_STUB_MAX_WORDS or R.ends_with_stop(line.text):
            return False
        below = labels[i + 1].role
        return labels[i - 1].role == R.ROLE_FOOTER and below in (R.ROLE_FOOTER, R.ROLE_BOILERPLATE)

    return drop_drafts(drafts, boilerplate, in_run, "forum-chrome", R.REPLY_FOOTER_RUN_STUB)


# What closes a comment card: its button row, its counts, its time (not the page's
# navigation or a call to action, which close the page).
_CARD_CLOSING_KINDS = frozenset({"forum-chrome", "timestamp"})


def _closed_by_card_chrome(draft: Draft, lines: list[R.Line], labels: list[R.LineMatch]) -> bool:
    """Whether the line right under the draft's last line is its card's chrome."""
    after = draft.text_lines[-1].index + 1
    if after >= len(lines):
        return False
    label = labels[after]
    return label.role == R.ROLE_FOOTER or (
        label.role == R.ROLE_BOILERPLATE and label.kind in _CARD_CLOSING_KINDS
    )


def drop_unclosed_edges(
    drafts: list[Draft],
    lines: list[R.Line],
    labels: list[R.LineMatch],
    boilerplate: list[BoilerplateItem],
    config: SplitConfig,
) -> list[Draft]:
    """reply.unclosed_tail.v2: where every comment is a card closed by its own chrome
    (a button row, a count, a time under the text), a last would-be reply that no
    header opened and no such chrome closes is the page's own text under the cards: a
    related thread, a 'who is reading' line, a copyright sentence left over from the
    footer. reply.unclosed_head.v1: the same of a first would-be reply over such cards
    (a moderation notice, the teaser of the comment box, 'This topic has been
    deleted'). Language-free: they read the page's shape, not its words. A post whose
    header the rules saw but whose author they missed keeps its place (a header line
    stands between it and the text above), and so does a last comment under the same
    run of chrome as every card before it (`_under_card_seam`). v2 of the tail: unless
    that chrome names a poster, which signs the card above it (Typepad's 'Posted by: …'
    under each comment) and opens no card below. v2 of the head:
    `_notice_over_headed_posts`."""
    live = [d for d in drafts if d.text_lines]
    if len(live) < 3:
        return drafts
    if _notice_over_headed_posts(live, labels, config):
        # Read by the drafts' own headers and footers, whatever chrome follows it.
        drafts = drop_drafts(
            drafts, boilerplate, lambda d: d is live[0], "navigation", R.REPLY_UNCLOSED_HEAD
        )
        live = live[1:]
    # Most pages end (and begin) with a card closed like the others: nothing to read.
    if _closed_by_card_chrome(live[0], lines, labels) and _closed_by_card_chrome(
        live[-1], lines, labels
    ):
        return drafts
    closed = [_closed_by_card_chrome(d, lines, labels) for d in live]
    drop: list[tuple[Draft, str]] = []
    last, first = live[-1], live[0]
    # Between the last card's text and the tail; over the head, a card's header and
    # profile lines take a few lines at most.
    tail_gap = range(live[-2].text_lines[-1].index + 1, last.text_lines[0].index)
    head_gap = range(max(0, first.text_lines[0].index - _HEAD_LOOKBACK), first.text_lines[0].index)
    if (
        all(closed[:-1])
        and not closed[-1]
        and _unheaded(last, tail_gap, labels)
        and not _under_card_seam(live, tail_gap, labels)
    ):
        drop.append((last, R.REPLY_UNCLOSED_TAIL))
    # Over the cards only a notice of one paragraph: a first post whose header the
    # rules read as its text runs on in paragraphs of its own (Kakaku).
    notice = all(line.gap == 0 for line in first.text_lines[1:])
    if all(closed[1:]) and not closed[0] and notice and _unheaded(first, head_gap, labels):
        drop.append((first, R.REPLY_UNCLOSED_HEAD))
    for edge, rule in drop:
        drafts = drop_drafts(
            drafts, boilerplate, lambda d, edge=edge: d is edge, "navigation", rule
        )
    return drafts


def _notice_over_headed_posts(
    live: list[Draft], labels: list[R.LineMatch], config: SplitConfig
) -> bool:
    """unclosed_head.v2: where every post after the first has a header and most end in
    a footer (the site's buttons), a first would-be reply with neither is the notice
    over them, whatever chrome its cards carry ('Om te kunnen reageren moet je ingelogd
    zijn als abonnee.', DvhN; 'Op Knack.be kunt u reageren als abonnee.') when it is one
    paragraph. A first post whose header the rules missed still ends in the buttons,
    and stays."""
    first, later = live[0], live[1:]
    if first.closed or not all(d.author for d in later):
        return False
    # As v1 asks: one paragraph (a post runs on in paragraphs of its own), and no header
    # line over it (a card whose name the rules missed).
    above = range(max(0, first.text_lines[0].index - _HEAD_LOOKBACK), first.text_lines[0].index)
    if any(line.gap for line in first.text_lines[1:]) or not _unheaded(first, above, labels):
        return False
    return sum(1 for d in later if d.closed) >= config.unclosed_notice_min_closed * len(later)


def _under_card_seam(live: list[Draft], gap: range, labels: list[R.LineMatch]) -> bool:
    """Whether the lines in `gap` run as those between any two cards before it (their
    rules in order): then the block under them is one more card, whose chrome stands
    over its text ('Reply  Share' / '9 hours ago' / the comment, on a page that ends
    with its last comment)."""
    seam = tuple(labels[k].rule for k in gap)
    # v2: a seam that opens with a poster's name right under the text ('Posted by: Ed
    # Holloway | …' under each comment) signs the card above it and opens nothing below.
    if gap and labels[gap[0]].role == R.ROLE_FOOTER and labels[gap[0]].author:
        return False
    return bool(seam) and any(
        len(seam) == b.text_lines[0].index - a.text_lines[-1].index - 1
        and seam
        == tuple(labels[k].rule for k in range(a.text_lines[-1].index + 1, b.text_lines[0].index))
        for a, b in zip(live, live[1:-1], strict=False)
    )


# How far above a first would-be reply its card's header could stand (name, rank,
# join date, post count, location, then the text).
_HEAD_LOOKBACK = 8


def _unheaded(draft: Draft, above: range, labels: list[R.LineMatch]) -> bool:
    """No author, no quote, and no header line in `above` (a card's header whose name
    the rules missed still opens a post)."""
    if draft.author or draft.quote_lines:
        return False
    return not any(labels[k].role == R.ROLE_HEADER for k in above)


def drop_drafts(
    drafts: list[Draft],
    boilerplate: list[BoilerplateItem],
    is_chrome: Callable[[Draft], bool],
    kind: str,
    rule_id: str,
) -> list[Draft]:
    """The drafts `is_chrome` keeps; the others go to boilerplate as `kind` under
    `rule_id`, header name and lines, so no word of the page is lost."""
    kept = []
    for draft in drafts:
        if not is_chrome(draft):
            kept.append(draft)
            continue
        if draft.author:
            boilerplate.append(BoilerplateItem(kind, draft.author, rule_id))
        for line in draft.text_lines:
            boilerplate.append(BoilerplateItem(kind, line.text, rule_id))
    return kept


def _drop_repeats(
    drafts: list[Draft],
    boilerplate: list[BoilerplateItem],
    key: Callable[[Draft], str | None],
    kind: str,
    rule_id: str,
    spare_pairs: bool = False,
    seen: frozenset[str] | set[str] = frozenset(),
    least: int = 2,
) -> list[Draft]:
    """Drafts whose `key` (None: never dropped) `least` drafts share, counting those in
    `seen` once more, go to boilerplate as `kind`; with `spare_pairs`, not copies side
    by side (a double post)."""
    keys = [key(d) for d in drafts]
    counts = Counter(k for k in keys if k)
    counts.update({k: 1 for k in keys if k and k in seen})
    doubled = {a for a, b in zip(keys, keys[1:], strict=False) if a and a == b}
    gone = {
        id(draft)
        for draft, k in zip(drafts, keys, strict=True)
        if k and counts[k] >= least and not (spare_pairs and k in doubled)
    }
    if not gone:
        return drafts
    return drop_drafts(drafts, boilerplate, lambda d: id(d) in gone, kind, rule_id)


def ends_statement(text: str) -> bool:
    """A sentence end that is not an ellipsis."""
    text = text.rstrip()
    return R.ends_sentence(text) and not text.endswith(("...", "…"))


def apply_name_lines(drafts: list[Draft], config: SplitConfig) -> None:
    """Layout rule reply.name_line.v2: when most multi-line replies open with a bare name,
    those first lines are the posters' names (Facebook-style pastes). v2: a name of four
    capitalised words is one (`R.looks_like_name_line`: 'Phạm Thị Thu Hà', Dân trí)."""
    multi = [d for d in drafts if d.author is None and len(d.text_lines) >= 2]
    named = [d for d in multi if R.looks_like_name_line(d.text_lines[0].text, config)]
    if len(named) < config.name_line_min_replies:
        return
    if len(named) / len(multi) < config.name_line_min_share:
        return
    for d in named:
        d.author = d.text_lines.pop(0).text


def opening_post(
    drafts: list[Draft],
    article_lines: list[R.Line],
    boilerplate: list[BoilerplateItem],
    config: SplitConfig,
) -> list[Draft]:
    """article.opening_post.v2: a forum thread, Q&A page or issue has no article above
    its first post; that post, long and followed by replies, is what they discuss, so it
    is the article (its author a byline), not a reply to an article nobody wrote. Empty
    headers before it (a name shown twice, a participant count) are passed over. v2: or
    the numbered first post (`_numbered_first`) under more text than the cap allows. v3:
    or a first post longer than the prose above it (`_longer_than_prose`)."""
    lead = next((k for k, d in enumerate(drafts) if d.text_lines or d.quote_lines), len(drafts))
    if len(drafts) - lead < config.opening_post_min_replies or not drafts[lead].text_lines:
        return drafts
    first = drafts[lead]
    article_words = sum(line.words for line in article_lines)
    if (
        article_words >= config.opening_post_max_article_words
        and not _numbered_first(drafts[lead:], article_words)
        and not _longer_than_prose(first, article_lines, config)
    ):
        return drafts
    if sum(line.words for line in first.text_lines) < config.opening_post_min_words:
        return drafts
    for empty in drafts[:lead]:
        if empty.author:
            boilerplate.append(BoilerplateItem("byline", empty.author, R.OPENING_POST))
    head = first.text_lines[0]
    # The post opens a paragraph of its own, whatever sat above its header.
    article_lines.append(R.make_line(head.index, head.text, max(1, head.gap), head.block))
    article_lines.extend(first.text_lines[1:])
    if first.author:
        boilerplate.append(BoilerplateItem("byline", first.author, R.OPENING_POST))
    for line in first.quote_lines:
        boilerplate.append(BoilerplateItem("other", line.text, R.OPENING_POST))
    return drafts[lead + 1 :]


def _longer_than_prose(first: Draft, article_lines: list[R.Line], config: SplitConfig) -> bool:
    """v3: menus and tags above a forum's first post run past the cap, but their lines
    are short. Counting only lines of five words or more (a cookie notice, 'This topic has 6
    replies …'), less a headline shown twice, a first post half as long again as that
    prose is the thread's own; an article's prose is longer than its first comment."""
    seen = Counter(line.text for line in article_lines)
    prose = sum(
        line.words
        for line in article_lines
        if line.words >= config.opening_post_prose_line_words and seen[line.text] == 1
    )
    post = sum(line.words for line in first.text_lines)
    return prose < config.opening_post_max_prose_words and prose * 3 < post * 2


def _numbered_first(drafts: list[Draft], article_words: int) -> bool:
    """v2: the post numbered 1, followed by post 2, and longer than all the page's text
    above it, opens a forum thread however much menu and notice text stands above it
    (XenForo's '#1' under 'Thread starter X'). Under a news article, comment #1 is
    shorter than the article it answers."""
    if len(drafts) < 2 or drafts[0].number != 1 or drafts[1].number != 2:
        return False
    return sum(line.words for line in drafts[0].text_lines) > article_words


# The word 'comment' in 17 languages: a line holding one names the comment section
# (its heading, its buttons), not a poster.
COMMENT_STEMS = (
    "comment", "comentári", "comentari", "commentaire", "kommentar", "commento", "commenti",
    "reactie", "komentar", "komentář", "yorum", "σχόλι", "تعليق", "תגוב", "コメント", "댓글",
    "评论", "評論",
    # v4: 'komment' (Estonian, Hungarian, Finnish) and 'discussion' in six languages
    # ('Diskuze', Blesk; 'Diskussion', 'Dyskusja', 'Discusión').
    "komment", "diskuz", "diskuss", "diskusi", "diskusj", "dyskusj", "discussion", "discusi",
)  # fmt: skip
# Words a comment section's own notice uses: comments, their rules, and the
# subscription it asks for.
COMMENT_NOTICE_WORDS = (
    *COMMENT_STEMS, "netiquette", "community guidelines", "community rules", "subscri",
    "assinant", "abonné", "abonnent", "premium",
)  # fmt: skip


# A comment form's field labels, over or under the comment section's notice.
COMMENT_FORM_FIELDS = frozenset(
    {"name", "your name", "email", "e-mail", "website", "vaše ime", "ime", "nombre", "nome",
     "nom", "votre nom", "ihr name", "namn", "navn", "imię", "jméno", "meno", "név", "nimi",
     "isim", "שם", "vardas", "όνομα"}
)  # fmt: skip
# Words of a comment list's sort tabs beyond the sort bar's ('Most replies').
_NOTICE_SORT_WORDS = R.SORT_OPTION_WORDS | {"replies", "reacted", "reactions", "responses"}


def _is_notice_lead(line: R.Line) -> bool:
    """A short line over the comment section's notice: a sort tab, the form's button or
    a field label, or a link that names the comments ('Pravila komentarisanja'). v3: or
    any short label that is no name ('Iniciar sesión' / 'Normas de participación')."""
    if not _is_short_label(line):
        return False
    if not all(word[:1].isupper() for word in line.text.split()):
        return True
    bare = line.lower.strip(" *:")
    return (
        bare in COMMENT_FORM_FIELDS
        or bare in R.COMMENT_FORM_BUTTONS
        or all(w in _NOTICE_SORT_WORDS for w in bare.split())
        or any(word in bare for word in COMMENT_NOTICE_WORDS)
    )


def names_comments(text: str) -> bool:
    """Whether a line names the comments ('ΣΧΟΛΙΑ', 'Les commentaires'). Accents are
    folded because headings are often set in capitals, which drop them ('σχόλια'); an
    ASCII line has none to fold (most names: one search, no Unicode work)."""
    lower = text.lower()
    return _COMMENT_STEM_RE.search(lower if lower.isascii() else _fold(lower)) is not None


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_COMMENT_STEM_RE = re.compile("|".join(re.escape(_fold(word)) for word in COMMENT_STEMS))


def _is_short_label(line: R.Line) -> bool:
    """A button, tab or link label: a few words, no sentence."""
    return line.words <= 4 and not R.ends_sentence(line.text)


def _is_link_label(line: R.Line, config: SplitConfig) -> bool:
    """A menu entry or a headline's link: at most a chrome line's words, no sentence."""
    return line.words <= config.chrome_max_words and not R.ends_sentence(line.text)


def comment_heading_stubs(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> list[Draft]:
    """reply.comment_heading_stub.v2: a draft whose header names the comments ('Registruotų
    komentarai' over 'Rašyti komentarą' / 'Komentarų taisyklės', Delfi) is the comment
    section's own heading over its buttons, when every line under it is a short label.
    The last such draft may be a longer run of links ('Load more comments (4)' over
    Raddle's footer menu), each of a chrome line's length with no sentence. Under a
    heading read as a header, a reader's words are kept: a sentence, a longer line
    (Tumblr's unpunctuated notes), or more than three lines before the last draft. v2:
    the words of `COMMENT_STEMS` v4 ('Diskuze', 'Kommentaarid')."""
    last = drafts[-1] if drafts else None

    def heading_stub(draft: Draft) -> bool:
        body = draft.text_lines
        return (
            bool(draft.author)
            and names_comments(draft.author)
            and not draft.quote_lines
            and bool(body)
            and (
                (len(body) <= 3 and all(_is_short_label(line) for line in body))
                or (draft is last and all(_is_link_label(line, config) for line in body))
            )
        )

    return drop_drafts(drafts, boilerplate, heading_stub, "forum-chrome", R.COMMENT_HEADING_STUB)


def _opens_with(text: str, subject: str) -> bool:
    """Whether `text` opens with `subject`'s words, to a word's end (punctuation aside:
    'A two-person company…' opens 'A two-person company charging …')."""
    subject = R.normalise(subject)
    opening = R.normalise(text)
    return bool(subject) and (opening == subject or opening.startswith(f"{subject} "))


# A subject line is a title's length, and the header under it a few lines at most.
SUBJECT_MAX_WORDS = 10
SUBJECT_MAX_HEADER_LINES = 3


def subject_lines(drafts: list[Draft], boilerplate: list[BoilerplateItem]) -> list[Draft]:
    """reply.subject_line.v1: a comment's subject is printed over its header, and by
    default it is the comment's first words ('A two-person company…' / 'Submitted by
    GrumpyEars on …' / 'A two-person company charging $8495 …', Drupal). Read under the
    previous comment, it ended that one. A short last line that the next post's first
    line opens with (to a word's end, an ellipsis dropped), in the same block with only
    the header between, is that subject. A draft that was only a subject goes."""
    out: list[Draft] = []
    for k, draft in enumerate(drafts):
        after = drafts[k + 1] if k + 1 < len(drafts) else None
        body = draft.text_lines
        if after is not None and after.author and body and after.text_lines:
            last, first = body[-1], after.text_lines[0]
            # The line facts first, as they are cheap; the words only where they pass.
            if (
                last.words <= SUBJECT_MAX_WORDS
                and first.block == last.block
                # A header line between: chat lines ('[10:15] alice: zorble') carry
                # each post on its header, and one may open with the last one's words.
                and 2 <= first.index - last.index <= SUBJECT_MAX_HEADER_LINES + 1
                and _opens_with(first.text, last.text)
            ):
                item = BoilerplateItem("forum-chrome", body.pop().text, R.SUBJECT_LINE)
                boilerplate.append(item)
                if not body and not draft.quote_lines:
                    continue
        out.append(draft)
    return out


def page_line_tail(
    drafts: list[Draft],
    boilerplate: list[BoilerplateItem],
    page_top: Sequence[R.Line],
    config: SplitConfig,
) -> None:
    """reply.page_line_tail.v1: the thread's counter printed over the first post and
    again under the last ('Viewing 10 posts - 1 through 10 (of 10 total)', bbPress;
    'Page 1 of 3' elsewhere) ended the last reply. A short line with a number that
    closes the last reply, found word for word above the replies, is the page's: a
    reader's last words do not repeat the page's top, numbers and all."""
    if not drafts or len(drafts[-1].text_lines) < 2:
        return
    last = drafts[-1].text_lines[-1]
    if last.words > config.chrome_max_words or not R.has_digit(last.text):
        return
    key = R.normalise(last.text)
    if any(R.normalise(line.text) == key for line in page_top):
        boilerplate.append(
            BoilerplateItem("navigation", drafts[-1].text_lines.pop().text, R.PAGE_LINE_TAIL)
        )


def comment_section_notice(
    drafts: list[Draft], boilerplate: list[BoilerplateItem], config: SplitConfig
) -> list[Draft]:
    """reply.comment_section_notice.v4: the first would-be reply, without a header where
    most replies after it have one, that speaks of the comments themselves, their rules
    or a subscription ('Os comentários a este artigo estão reservados a assinantes.',
    'Willkommen in unserer Community! ... Unsere Netiquette finden Sie hier.') is the
    comment section's notice, in any of the languages above. It opens with a sentence,
    and no short line in it has prose under it (a name over a post). v2: sort tabs and
    the comment form's button and field labels may stand over it (`_is_notice_lead`).
    v3: its header may be the section's heading ('ΣΧΟΛΙΑ (23)' read as a poster), and
    any short label that is no name may stand over it ('Iniciar sesión'). v4: the words
    of `COMMENT_STEMS` v4 ('Diskuze' over 'Do diskuze mohou přispívat pouze registrovaní
    uživatelé…', Blesk)."""
    lead = next((k for k, d in enumerate(drafts) if d.text_lines), None)
    if lead is None:
        return drafts
    first, after = drafts[lead], drafts[lead + 1 :]
    if (first.author and not names_comments(first.author)) or first.quote_lines or len(after) < 2:
        return drafts
    if 2 * sum(1 for d in after if d.author) < len(after):
        return drafts
    # v2: the list's sort tabs and the comment form over the notice ('Most replies' /
    # 'Most reacted', Coral; 'Pošalji komentar' / 'Vaše ime', B92) go with it.
    opening = 0
    while opening < len(first.text_lines) - 1 and _is_notice_lead(first.text_lines[opening]):
        opening += 1
    notice = first.text_lines[opening:]
    words = sum(line.words for line in notice)
    text = " ".join(line.lower for line in notice)
    if not config.comment_notice_min_words <= words <= config.comment_notice_max_words:
        return drafts
    if text.startswith("@"):
        return drafts
    if not any(word in text for word in COMMENT_NOTICE_WORDS):
        return drafts
    # A notice is sentences, perhaps with the list's sort options under it; a short line
    # with prose under it is a post the rules read no header for ('Loading comments…' /
    # 'WallabyCrossing' / the post).
    if not R.ends_sentence(notice[0].text):
        return drafts
    below = notice[1:]
    for k, line in enumerate(below):
        if not R.ends_sentence(line.text) and any(later.words > 4 for later in below[k + 1 :]):
            return drafts
    if first.author:
        boilerplate.append(BoilerplateItem("forum-chrome", first.author, R.COMMENT_SECTION_NOTICE))
    for line in first.text_lines:
        boilerplate.append(BoilerplateItem("disclaimer", line.text, R.COMMENT_SECTION_NOTICE))
    return drafts[:lead] + after
