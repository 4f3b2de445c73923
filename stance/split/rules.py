"""Named heuristic rules of the plain-text splitter, registered in ordered cascades.

Every rule is a small pure function that looks at one line (or a line and its
neighbours) and either says what it is or returns None. Rules are registered in
ordered lists; the order is part of the behaviour, the first match wins and every
cascade has an explicit fallback. The id a rule carries ends up on the decision it
made (`BoilerplateItem.rule`, `Reply.rule`), so reports can count which rules fire.
Changing what a rule does means publishing it under a new `.vN` id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from stance.split.config import SplitConfig

F = TypeVar("F", bound=Callable)


def rule(rule_id: str) -> Callable[[F], F]:
    """Attach a dotted, versioned id to a rule function."""

    def mark(fn: F) -> F:
        fn.rule_id = rule_id  # type: ignore[attr-defined]
        return fn

    return mark


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Line:
    """One non-blank line of a pasted page and the facts rules look at.

    `gap` is the number of blank lines before it (0: same block as the line before);
    `block` numbers the blank-line-separated blocks.
    """

    index: int
    text: str
    lower: str
    words: int
    gap: int
    block: int


# Roles a line can play. Boilerplate is chrome; a header opens a reply and may name
# its author; an attribution is a "name wrote:" line; a footer is chrome that closes
# a reply; a marker is chrome that announces the replies ("12 Comments").
ROLE_TEXT = "text"
ROLE_BOILERPLATE = "boilerplate"
ROLE_MARKER = "marker"
ROLE_FOOTER = "footer"
ROLE_HEADER = "header"
ROLE_ATTRIBUTION = "attribution"
ROLE_QUOTE = "quote"
ROLE_MENTION = "mention"
# A rule line ('----------'): chrome that closes the current reply but, unlike a
# footer, never starts the reply region (articles use '* * *' as section breaks).
ROLE_SEPARATOR = "separator"


@dataclass(frozen=True)
class LineMatch:
    """What a rule decided about a line.

    For headers, `author` is the poster's name and `chrome` the rest of the line
    (a timestamp, a post number) that goes to boilerplate with `chrome_kind`.
    """

    rule: str
    role: str
    kind: str = ""
    author: str | None = None
    chrome: str = ""
    chrome_kind: str = ""


# --------------------------------------------------------------------------- keyword lists


def frozenset_of(words: str) -> frozenset[str]:
    """A keyword set written as one whitespace-separated string (easier to read and edit)."""
    return frozenset(words.split())


IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif")
CREDIT_WORDS = (
    "picture",
    "pictures",
    "photo",
    "photos",
    "photograph",
    "image",
    "images",
    "pic",
    "credit",
    "illustration",
    "graphic",
    "video",
)
PHOTO_AGENCIES = ("ap", "afp", "reuters", "getty", "getty images", "epa", "pa", "shutterstock")
RELATED_PREFIXES = (
    "also read",
    "read also",
    "read more",
    "more to read",
    "related",
    "related articles",
    "related article",
    "related stories",
    "related coverage",
    "related news",
    "related content",
    "related links",
    "see also",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "more on this story",
    "more on this",
    "trending",
    "trending now",
    "most read",
    "most popular",
    "editor's picks",
    "further reading",
    "watch",
    "listen",
)
DISCLAIMER_PREFIXES = (
    "disclaimer",
    "the views and opinions expressed",
    "the views expressed",
    "views expressed",
    "copyright",
    "©",
    "all rights reserved",
    "this article may not be",
    "this material may not be",
    "terms of use",
    "terms of service",
    "privacy policy",
    "cookie policy",
)
CTA_PREFIXES = (
    "join the conversation",
    "join the discussion",
    "join the debate",
    "sign up",
    "subscribe",
    "log in to",
    "login to",
    "sign in to",
    "register to",
    "create an account",
    "create a free account",
    "click here",
    "follow us",
    "like us on",
    "download the app",
    "download our app",
    "get the app",
    "share this article",
    "share this story",
    "share this post",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "post a comment",
    "comments are closed",
    "commenting is closed",
    "commenting has been disabled",
    "you must be logged in",
    "become a member",
    "become a subscriber",
    "support our journalism",
    "support independent journalism",
    "get our newsletter",
)
AGENCY_PHRASES = (
    "news agency",
    "press agency",
    "news service",
    "associated press",
    "press association",
    "agence france-presse",
    "agence france presse",
    "reuters",
    "afp",
    "bernama",
    "xinhua",
    "anadolu",
    "tass",
    "interfax",
)
BYLINE_VERBS = (
    "by",
    "written by",
    "reporting by",
    "reported by",
    "words by",
    "story by",
    "posted by",
    "edited by",
    "compiled by",
)
# Words after "By" that start a sentence, not a name ("By contrast, ...").
NOT_BYLINE_WORDS = (
    "the",
    "a",
    "an",
    "this",
    "that",
    "then",
    "now",
    "contrast",
    "comparison",
    "early",
    "late",
    "far",
    "mid",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
SECTION_WORDS = frozenset_of(
    """news politics world opinion opinions business sport sports tech technology science
    health entertainment culture lifestyle middle east europe us uk asia africa americas
    local national international analysis editorial editorials video videos breaking latest
    featured top stories commentary features blog blogs environment religion travel arts
    economy markets law crime security defence defense military society media education
    weather faith foreign affairs global current events terrorism conflict syria iraq
    war and the"""
)
SECTION_CONNECTORS = frozenset({"&", "|", "/", "›", "»", ">", "·", "•", "-", "–", "—", ","})
NAVIGATION_LINES = (
    "skip to content",
    "skip to main content",
    "skip navigation",
    "menu",
    "main menu",
    "search",
    "home",
    "back to top",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "previous story",
    "next story",
    "older posts",
    "newer posts",
    "toggle navigation",
    "open menu",
    "close menu",
)
CLOSED_WORDS = (
    "closed",
    "locked",
    "pinned",
    "unpinned",
    "archived",
    "listed",
    "unlisted",
    "solved",
    "merged",
    "moved",
)
# Singular "Reply"/"Comment" are left out: alone on a line they are footer buttons.
COMMENT_HEADER_WORDS = (
    "comments",
    "replies",
    "responses",
    "reactions",
    "posts",
    "answers",
    "discussion",
    "conversation",
)
# Words of a share bar that belongs to the page ("Share  Tweet  Email").
SHARE_WORDS = frozenset_of(
    """share shares shared tweet retweet email e-mail print facebook twitter whatsapp linkedin
    reddit pinterest telegram copy link embed save saved follow more options"""
)
# Words of a per-reply footer ("Reply  Share  Report", "Like · Reply"): a line made of
# these closes a reply.
REPLY_MARKERS = frozenset_of(
    """reply replies report like likes unlike dislike flag permalink quote upvote downvote
    vote votes award edit delete hide mute block respond recommend recommended helpful
    thanks thank agree disagree ▲ ▼ ↑ ↓ ♥ ❤"""
)
MONTHS = frozenset_of(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april
    june july august september october november december"""
)
WEEKDAYS = frozenset_of(
    """mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
    saturday sunday"""
)
TIME_UNITS = frozenset_of(
    """s sec secs second seconds m min mins minute minutes h hr hrs hour hours d day days w
    wk wks week weeks mo mos month months y yr yrs year years"""
)
TIME_FILLER = frozenset_of(
    """posted updated published edited last modified on at ago about around gmt utc bst est
    edt pst pdt cst cdt cet cest ist aest am pm a.m. p.m. a an just now moments yesterday today
    | · • - – — ,"""
)
RELATIVE_TIME_WORDS = frozenset({"ago", "yesterday", "today", "now"})
# Words after which a header line's time part starts ("alice said 3h ago").
HEADER_SEPARATORS = frozenset(
    {"·", "•", "|", "-", "–", "—", "said", "commented", "replied", "posted", "on", "at"}
)
# Words that open sentences, never user names: keeps "He said on May 3" out of headers.
NOT_NAME_WORDS = frozenset_of(
    """the a an he she it they we i you this that these those there here his her their our
    my your its on in at of for to from by with and or but if so as when while after before
    posted updated published edited reply share report level comments replies"""
)
# Thread links that trail a header's time ('3 hours ago | parent | next [–]', Hacker News).
THREAD_NAV_WORDS = frozenset_of(
    """parent next prev root context flag favorite link on: | [–] [-] [+] – - [reply]"""
)
ATTRIBUTION_VERBS = ("wrote", "writes", "said", "says", "posted", "replied")
QUOTE_PREFIXES = ("originally posted by", "quote from", "quoting", "in reply to")
CHROME_LINES = (
    "avatar",
    "quote:",
    "quote",
    "load more",
    "load more comments",
    "load more replies",
    "show more",
    "show less",
    "show more replies",
    "show more comments",
    "hide replies",
    "click to expand",
    "click to expand...",
    "expand",
    "collapse",
    "edited",
    "[deleted]",
    "[removed]",
    "deleted",
    "·",
    "•",
    "see more",
    "see translation",
    "view more replies",
    "view more comments",
    "sort by",
    "newest",
    "oldest",
    "top",
    "best",
    "newest first",
    "oldest first",
)

# --------------------------------------------------------------------------- patterns

_WORD_RE = re.compile(r"\S+")
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":")
_IMAGE_RE = re.compile(
    r"^\S.{0,200}\.(?:" + "|".join(IMAGE_EXTENSIONS) + r")(?:\?\S*)?$", re.IGNORECASE
)
_CREDIT_TAIL_RE = re.compile(
    r"(?:^|[\s.(\[|–—-])(?:"
    + "|".join(CREDIT_WORDS)
    + r")\s*(?:credit)?\s*:\s*[^.!?:]{1,60}[)\]]?$",
    re.IGNORECASE,
)
_PAREN_TAIL_RE = re.compile(r"\(([^()]{2,160})\)\s*$")
_PAREN_CREDIT_RE = re.compile(
    r"\bvia\s+\w+|\b(?:photo|picture|image|photograph|file photo|pool photo)\b|getty images"
    r"|/\s*(?:" + "|".join(PHOTO_AGENCIES) + r")\b",
    re.IGNORECASE,
)
_RELATED_RE = re.compile(
    r"^(?:"
    + "|".join(re.escape(p) for p in sorted(RELATED_PREFIXES, key=len, reverse=True))
    + r")\s*(?:[:\-–—|»>]|$)",
    re.IGNORECASE,
)
_STARRED_RE = re.compile(r"^\*(?![\s*])[^*]{3,300}$")
_DISCLAIMER_RE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in DISCLAIMER_PREFIXES) + r"|\(c\)\s*\d{4})",
    re.IGNORECASE,
)
_CTA_RE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in CTA_PREFIXES) + r")\b", re.IGNORECASE)
_AGENCY_RE = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in AGENCY_PHRASES) + r")\W*$", re.IGNORECASE
)
_ABBR_SIGNOFF_RE = re.compile(r"^[\w’'.\- ]{3,60}\(\s*[A-Z]{2,6}\s*\)$")
_BYLINE_RE = re.compile(
    r"^(?:" + "|".join(BYLINE_VERBS) + r")\s+(?!(?:" + "|".join(NOT_BYLINE_WORDS) + r")\b)"
    r"[A-Z@]",
    re.IGNORECASE,
)
_READ_TIME_RE = re.compile(r"\b\d+\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
_BREADCRUMB_RE = re.compile(r"^home\s*[›»>/|]", re.IGNORECASE)
_PAGER_RE = re.compile(r"^(?:page \d+ of \d+|(?:\d+\s+){1,10}(?:next|›|»)?)$", re.IGNORECASE)
_CLOSED_RE = re.compile(
    r"^(?:" + "|".join(CLOSED_WORDS) + r")(?:\s+on\s+[^#]{1,40})?\s*#?\d{0,6}$"
    r"|^(?:this )?(?:topic|thread) (?:was |has been |is )?(?:automatically )?(?:closed|locked)",
    re.IGNORECASE,
)
_COMMENT_HEADER_RE = re.compile(
    r"^(?:\d[\d,.]*k?\s+)?(?:reader\s+|readers'?\s+|user\s+|top\s+|all\s+|latest\s+)?"
    r"(?:" + "|".join(COMMENT_HEADER_WORDS) + r")(?:\s*\(\s*\d[\d,.]*k?\s*\))?"
    r"(?:\s+on\s+[^.!?]{1,120})?\s*:?$"
    r"|^(?:view|show|see|read)\s+(?:all\s+)?(?:\d[\d,.]*\s+)?(?:comments?)$"
    r"|^(?:what (?:our )?readers (?:say|think)|have your say|your comments?)\s*:?$",
    re.IGNORECASE,
)
_VOTE_RE = re.compile(
    r"^(?:[▲▼↑↓+\-]?\s*\d[\d,.]*k?(?:\s*(?:points?|votes?|likes?|upvotes?|downvotes?|"
    r"retweets?|reposts?|quotes?|views?|shares?|reactions?))?"
    r"|level \d+|score:?\s*-?\d+|\d+ (?:more )?repl(?:y|ies)(?: hidden| collapsed)?"
    r"|view \d+ (?:more )?repl(?:y|ies)|show \d+ more(?: replies| comments)?"
    r"|replying to(?:\s+@\w+)+(?:\s+and\s+\d+\s+others?)?)$",
    re.IGNORECASE,
)
_NUMERIC_TIME_RE = re.compile(
    r"^'?\d{1,4}(?:[:/.\-]\d{1,4}){0,2}"
    r"(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.|s|m|h|d|w|y|mo|min|mins|hr|hrs|yr|yrs|wk|wks)?[.,]?$",
    re.IGNORECASE,
)
_QUOTE_RE = re.compile(r"^>+\s?")
_HAS_WORD_RE = re.compile(r"\w")
_RULE_LINE_RE = re.compile(r"^[-–—_=*~#+.·•\s]{3,}$")
_WROTE_RE = re.compile(
    r"^(?:on\s+[^,]{3,60},\s*)?(?P<author>[^\s>].{0,60}?)\s+(?:"
    + "|".join(ATTRIBUTION_VERBS)
    + r")\s*:\s*$",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"<[^<>@\s]+@[^<>\s]+>|\([^()@\s]+@[^()\s]+\)")
_QUOTED_BY_RE = re.compile(
    r"^(?:quote:?\s*)?(?:" + "|".join(QUOTE_PREFIXES) + r")\s+(?P<author>.{1,60}?)\s*:?$",
    re.IGNORECASE,
)
_NUMBERED_RE = re.compile(
    r"^(?:#\s?|(?:post|comment|reply)\s*#\s*|(?:post|comment)\s+)(?P<num>\d{1,6})\b"
    r"\s*(?:[:.·•|–—-]\s*)?(?:by\s+)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_MENTION_RE = re.compile(r"^@\w{1,40}")
_SEPARATOR_CHARS_RE = re.compile(r"\s*([·•|])\s*")
_RELATIVE_UNIT_RE = re.compile(r"^\d+(?:s|m|h|d|w|y|mo|min|mins|hr|hrs)\.?$")
_TIME_HINT_RE = re.compile(r"\d|\bago\b|yesterday|today|\bnow\b", re.IGNORECASE)
_NAME_TOKEN_RE = re.compile(r"^[\w@][\w@.'’\-]*$")


# --------------------------------------------------------------------------- helpers


def make_line(index: int, text: str, gap: int, block: int) -> Line:
    """Build a `Line` with its derived facts computed once (rules run on every line)."""
    return Line(index, text, text.lower(), len(text.split()), gap, block)


def strip_quote_marks(text: str) -> str:
    """A quoted line without its leading '>' marks."""
    return _QUOTE_RE.sub("", text).strip()


def ends_sentence(text: str) -> bool:
    """True when a line ends the way a sentence or paragraph ends."""
    return text.rstrip().endswith(_TERMINAL)


def _tokens(text: str) -> list[str]:
    """Split on whitespace with header separators (· • |) as tokens of their own."""
    return _SEPARATOR_CHARS_RE.sub(r" \1 ", text).split()


def _time_token(raw: str) -> int:
    """0: not a time token; 1: time filler ('on', 'May', 'hours'); 2: an anchor that
    makes a line a time (a number, '3h', 'ago', 'yesterday')."""
    tok = raw.lower().strip("(),[]")
    if not tok:
        return 1
    bare = tok.rstrip(".,")
    if _NUMERIC_TIME_RE.match(tok) or bare in RELATIVE_TIME_WORDS:
        return 2
    if bare in TIME_UNITS or bare in MONTHS or bare in WEEKDAYS:
        return 1
    if tok in TIME_FILLER or bare in TIME_FILLER:
        return 1
    return 0


def is_timestamp_tokens(tokens: Sequence[str]) -> bool:
    """True when every token is a date, a time or time filler, with a digit or 'ago'."""
    anchored = False
    for raw in tokens:
        kind = _time_token(raw)
        if kind == 0:
            return False
        anchored = anchored or kind == 2
    return anchored


def is_name(tokens: Sequence[str], config: SplitConfig) -> bool:
    """True when tokens look like a user or display name, not the start of a sentence."""
    if not 1 <= len(tokens) <= config.author_max_words:
        return False
    if sum(len(t) for t in tokens) + len(tokens) - 1 > config.author_max_chars:
        return False
    if tokens[0].lower().rstrip(":") in NOT_NAME_WORDS:
        return False
    for tok in tokens:
        if not _NAME_TOKEN_RE.match(tok):
            return False
        if tok.endswith(("!", "?", ":", ";")):
            return False
        # "J." and "Jr." are initials; any other token ending in "." ends a sentence.
        if tok.endswith(".") and len(tok.rstrip(".")) > 2:
            return False
        if tok.isdigit():
            return False
    return True


def split_author_time(text: str, config: SplitConfig) -> tuple[str, str] | None:
    """Split 'name · 3h ago' into ('name', '3h ago'), or None when it is not such a line."""
    # Cheap pre-check first: this runs on every short line of a 1 MB thread.
    if not _TIME_HINT_RE.search(text):
        return None
    tokens = _tokens(text)
    if len(tokens) < 2 or len(tokens) > config.chrome_max_words + config.author_max_words:
        return None
    # Thread links after the time are chrome of the header, not part of the name.
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower() in THREAD_NAV_WORDS:
        end -= 1
    nav, tokens = tokens[end:], tokens[:end]
    # The time part is the longest run of time tokens at the end of the line; one
    # backwards pass instead of trying every split point.
    j = len(tokens)
    while j > 0 and _time_token(tokens[j - 1]):
        j -= 1
    if j == 0 or j == len(tokens):
        return None
    rest = tokens[j:]
    k = j
    while k > 0 and tokens[k - 1].lower() in HEADER_SEPARATORS:
        k -= 1
    # "Peter, 03/05/2016 10:15": a comma closing the name separates it like '·' does.
    separated = k < j or (k > 0 and tokens[k - 1].endswith(","))
    while rest and rest[0].lower() in HEADER_SEPARATORS:
        separated = True
        rest = rest[1:]
    author = [t.rstrip(",") for t in tokens[:k]]
    if not rest or not author or not is_timestamp_tokens(rest):
        return None
    if not is_name(author, config):
        return None
    relative = any(t.lower().strip(".,()") in RELATIVE_TIME_WORDS for t in rest) or any(
        _RELATIVE_UNIT_RE.match(t.lower()) for t in rest
    )
    # Without a separator, only a relative time ("3 hours ago") marks a header:
    # "Sky News 3 May 2016" inside an article must not open a reply.
    if separated or relative or _has_wide_space(text, author):
        # Symbol separators go; word separators ('said', 'on') stay with the time so
        # that no word of the line is lost.
        chrome = tokens[k:] + nav
        while chrome and chrome[0] in SECTION_CONNECTORS:
            chrome = chrome[1:]
        return " ".join(author), " ".join(chrome)
    return None


def _has_wide_space(text: str, author: Sequence[str]) -> bool:
    """True when the author is followed by two or more spaces or a tab in the raw line."""
    head = " ".join(author)
    pos = text.find(author[-1]) + len(author[-1]) if author else -1
    if pos <= 0 or not text.startswith(author[0]) or len(head) > len(text):
        return False
    return text[pos : pos + 2] == "  " or text[pos : pos + 1] == "\t"


def _chrome_tokens(line: Line) -> list[str]:
    """Lower-cased tokens of a line with separators and punctuation removed."""
    out = []
    for tok in _tokens(line.lower):
        tok = tok.strip("()[]{},.:;!?\"'›»<>*")
        if tok and tok not in SECTION_CONNECTORS:
            out.append(tok)
    return out


# --------------------------------------------------------------------------- line rules


@rule("quote.angle.v1")
def quote_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """'> text' lines quote an earlier post (mail and forum style); checked first so a
    quoted line is never mistaken for chrome."""
    if _QUOTE_RE.match(line.text):
        return LineMatch(quote_line.rule_id, ROLE_QUOTE)
    return None


@rule("boilerplate.image_file.v1")
def image_file(line: Line, config: SplitConfig) -> LineMatch | None:
    """A bare image file name ('Secrets-of-ISIS-revealed (1).png', example 000) is what a
    page paste leaves where a picture stood."""
    if line.words <= 12 and _IMAGE_RE.match(line.text):
        return LineMatch(image_file.rule_id, ROLE_BOILERPLATE, "image")
    return None


@rule("boilerplate.caption_credit.v1")
def caption_credit(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line ending in a photo credit ('... for years. Picture: AFP', example 002) is a
    caption, not article text."""
    if line.words <= config.caption_max_words and _CREDIT_TAIL_RE.search(line.text):
        return LineMatch(caption_credit.rule_id, ROLE_BOILERPLATE, "caption")
    return None


@rule("boilerplate.caption_paren.v1")
def caption_paren(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line ending in a parenthesised credit ('(Denis Balibouse/pool photo via AP)',
    example 004) is a caption."""
    if line.words > config.caption_max_words:
        return None
    m = _PAREN_TAIL_RE.search(line.text)
    if m and _PAREN_CREDIT_RE.search(m.group(1)):
        return LineMatch(caption_paren.rule_id, ROLE_BOILERPLATE, "caption")
    return None


@rule("boilerplate.related_link.v1")
def related_link(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Also Read: ...', 'RELATED:' (examples 001, 002) point at other stories."""
    if line.words <= config.related_max_words and _RELATED_RE.match(line.text):
        return LineMatch(related_link.rule_id, ROLE_BOILERPLATE, "related-link")
    return None


@rule("boilerplate.starred_headline.v1")
def starred_headline(line: Line, config: SplitConfig) -> LineMatch | None:
    """'*Headline' (no space after the star, example 002) is a related-story link; a
    '* item' bullet or a '*note.*' is not."""
    if (
        line.words <= config.related_max_words
        and _STARRED_RE.match(line.text)
        and not line.text.endswith(".")
    ):
        return LineMatch(starred_headline.rule_id, ROLE_BOILERPLATE, "related-link")
    return None


@rule("boilerplate.disclaimer.v1")
def disclaimer(line: Line, config: SplitConfig) -> LineMatch | None:
    """'DISCLAIMER: The views ...' (example 003), copyright and policy lines."""
    if _DISCLAIMER_RE.match(line.text):
        return LineMatch(disclaimer.rule_id, ROLE_BOILERPLATE, "disclaimer")
    return None


@rule("boilerplate.call_to_action.v1")
def call_to_action(line: Line, config: SplitConfig) -> LineMatch | None:
    """'Join the conversation as a VIP Member' (example 004), 'Subscribe', 'Leave a
    reply': the page asking the reader to act."""
    if line.words <= config.cta_max_words and _CTA_RE.match(line.text):
        return LineMatch(call_to_action.rule_id, ROLE_BOILERPLATE, "call-to-action")
    return None


@rule("boilerplate.navigation.v1")
def navigation(line: Line, config: SplitConfig) -> LineMatch | None:
    """Menus, breadcrumbs ('Home > World') and pagers ('Page 2 of 5') of a pasted page."""
    if line.words > config.chrome_max_words:
        return None
    bare = line.lower.strip(" .:»›")
    if bare in NAVIGATION_LINES or _BREADCRUMB_RE.match(line.text) or _PAGER_RE.match(bare):
        return LineMatch(navigation.rule_id, ROLE_BOILERPLATE, "navigation")
    return None


@rule("boilerplate.closed_marker.v1")
def closed_marker(line: Line, config: SplitConfig) -> LineMatch | None:
    """'closed #7' (example 003) and 'This topic was automatically closed': forum state."""
    if line.words <= config.chrome_max_words and _CLOSED_RE.match(line.text):
        return LineMatch(closed_marker.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


@rule("boilerplate.rule_line.v1")
def rule_line(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line of only dashes, stars or underscores ('----------') separates posts."""
    if (
        len(line.text) >= 3
        and not _HAS_WORD_RE.search(line.text)
        and _RULE_LINE_RE.match(line.text)
    ):
        return LineMatch(rule_line.rule_id, ROLE_SEPARATOR, "forum-chrome")
    return None


@rule("marker.comment_header.v1")
def comment_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """'12 Comments', 'Replies', 'Comments (3)': the header between article and replies;
    chrome itself, and the strongest sign of where the replies start."""
    if line.words <= config.chrome_max_words and _COMMENT_HEADER_RE.match(line.text.strip()):
        return LineMatch(comment_header.rule_id, ROLE_MARKER, "forum-chrome")
    return None


@rule("boilerplate.vote_count.v1")
def vote_count(line: Line, config: SplitConfig) -> LineMatch | None:
    """Counters and thread controls on their own line ('12 points', 'level 2',
    'Replying to @x', 'Load more'), left by Reddit, Twitter and Disqus pastes."""
    if line.words > config.chrome_max_words:
        return None
    bare = line.lower.strip()
    if _VOTE_RE.match(bare) or bare in CHROME_LINES:
        return LineMatch(vote_count.rule_id, ROLE_BOILERPLATE, "forum-chrome")
    return None


@rule("boilerplate.share_bar.v1")
def share_bar(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line of only share/reply words ('Reply  Share  Report', 'Like · Reply · 3h').
    With a reply word it is a reply's footer and closes that reply."""
    if line.words > config.chrome_max_words:
        return None
    tokens = _chrome_tokens(line)
    if not tokens:
        return None
    words = 0
    reply_word = False
    for tok in tokens:
        if tok in REPLY_MARKERS:
            reply_word = True
            words += 1
        elif tok in SHARE_WORDS:
            words += 1
        elif not (is_timestamp_tokens([tok]) or tok in TIME_UNITS or tok.isdigit()):
            return None
    if words == 0:
        return None
    role = ROLE_FOOTER if reply_word else ROLE_BOILERPLATE
    return LineMatch(share_bar.rule_id, role, "forum-chrome")


@rule("boilerplate.timestamp.v1")
def timestamp(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line that is only a date or time ('3 hours ago', 'May 3, 2016 at 10:15 am')."""
    if line.words <= config.chrome_max_words and is_timestamp_tokens(_tokens(line.text)):
        return LineMatch(timestamp.rule_id, ROLE_BOILERPLATE, "timestamp")
    return None


@rule("boilerplate.byline.v1")
def byline(line: Line, config: SplitConfig) -> LineMatch | None:
    """'By Jane Doe, Reuters' and '4 min read' lines name the writer, not the story."""
    if line.words > config.byline_max_words:
        return None
    if _READ_TIME_RE.search(line.text):
        return LineMatch(byline.rule_id, ROLE_BOILERPLATE, "byline")
    if _BYLINE_RE.match(line.text) and not line.text.endswith((".", "!", "?")):
        return LineMatch(byline.rule_id, ROLE_BOILERPLATE, "byline")
    return None


@rule("boilerplate.agency_signoff.v1")
def agency_signoff(line: Line, config: SplitConfig) -> LineMatch | None:
    """A short closing line naming a news agency ('Mi’raj Islamic News Agency (MINA)',
    example 001) signs the story off."""
    if line.words > config.signoff_max_words or ":" in line.text:
        return None
    if line.text.endswith((".", "!", "?")):
        return None
    if _AGENCY_RE.search(line.text) or _ABBR_SIGNOFF_RE.match(line.text):
        return LineMatch(agency_signoff.rule_id, ROLE_BOILERPLATE, "byline")
    return None


@rule("boilerplate.section_label.v1")
def section_label(line: Line, config: SplitConfig) -> LineMatch | None:
    """'News & Politics' (example 004): a line made only of section names."""
    if line.words > 3 * config.section_max_words:
        return None
    # Connectors ('&', '|', '›') do not count as words of the label.
    tokens = [t for t in _tokens(line.lower) if t not in SECTION_CONNECTORS]
    if 0 < len(tokens) <= config.section_max_words and all(
        t.strip(":") in SECTION_WORDS for t in tokens
    ):
        if all(t in ("and", "the") for t in tokens):
            return None
        return LineMatch(section_label.rule_id, ROLE_BOILERPLATE, "section-label")
    return None


@rule("reply.wrote_header.v1")
def wrote_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """'alice wrote:', 'Originally Posted by bob': names whose words follow, as a quote
    (when '>' lines come next) or as the post itself."""
    if line.words > config.author_max_words + 12:
        return None
    quoted_by = _QUOTED_BY_RE.match(line.text)
    m = quoted_by or _WROTE_RE.match(line.text)
    if not m:
        return None
    author = _EMAIL_RE.sub("", m.group("author")).strip(" ,\"'")
    # Mail clients write "On Tue, May 3, 2016 at 10:15 AM, Bob Stone wrote:": the
    # name is what follows the last comma of the date.
    if line.lower.startswith("on ") and "," in author:
        author = author.rsplit(",", 1)[1].strip(" \"'")
    if not is_name(author.split(), config):
        return None
    # "Originally Posted by X" always introduces a quote; "X wrote:" may head a post.
    kind = "quote-attribution" if quoted_by else ""
    return LineMatch(
        wrote_header.rule_id, ROLE_ATTRIBUTION, "byline", author=author, chrome_kind=kind
    )


@rule("reply.numbered_post.v1")
def numbered_post(line: Line, config: SplitConfig) -> LineMatch | None:
    """'#3 alice', 'Post #12 by bob · 2h ago': a numbered forum post header."""
    if line.words > config.chrome_max_words:
        return None
    m = _NUMBERED_RE.match(line.text)
    if not m:
        return None
    rest = m.group("rest").strip()
    number = line.text[: m.start("rest")].strip()
    if not rest:
        return LineMatch(
            numbered_post.rule_id, ROLE_HEADER, chrome=number, chrome_kind="forum-chrome"
        )
    split = split_author_time(rest, config)
    if split:
        return LineMatch(
            numbered_post.rule_id,
            ROLE_HEADER,
            author=split[0],
            chrome=f"{number} {split[1]}",
            chrome_kind="forum-chrome",
        )
    if is_name(rest.split(), config):
        return LineMatch(
            numbered_post.rule_id,
            ROLE_HEADER,
            author=rest,
            chrome=number,
            chrome_kind="forum-chrome",
        )
    return None


@rule("reply.card_header.v1")
def card_header(line: Line, config: SplitConfig) -> LineMatch | None:
    """'alice · 3h ago', 'Jane Doe @jdoe · 5h': a comment card's author-and-time line."""
    if line.words > config.chrome_max_words + config.author_max_words:
        return None
    split = split_author_time(line.text, config)
    if not split:
        return None
    return LineMatch(
        card_header.rule_id, ROLE_HEADER, author=split[0], chrome=split[1], chrome_kind="timestamp"
    )


@rule("reply.mention_start.v1")
def mention_start(line: Line, config: SplitConfig) -> LineMatch | None:
    """A line opening with '@name' addresses another poster: Twitter-style replies."""
    if _MENTION_RE.match(line.text):
        return LineMatch(mention_start.rule_id, ROLE_MENTION)
    return None


LineRule = Callable[[Line, SplitConfig], "LineMatch | None"]

# Order is behaviour: quotes first (quoted chrome is still quoted content), specific
# boilerplate before generic chrome, chrome before headers (so 'closed #7' is not post 7
# and 'Posted 3h ago' is not a user called Posted), mentions last.
LINE_RULES: list[LineRule] = [
    quote_line,
    image_file,
    caption_credit,
    caption_paren,
    related_link,
    starred_headline,
    disclaimer,
    call_to_action,
    navigation,
    closed_marker,
    rule_line,
    comment_header,
    vote_count,
    share_bar,
    timestamp,
    byline,
    agency_signoff,
    section_label,
    wrote_header,
    numbered_post,
    card_header,
    mention_start,
]
TEXT_FALLBACK = "text.fallback.v1"


def classify_line(line: Line, config: SplitConfig) -> LineMatch:
    """Run the line cascade: the first rule that matches decides; plain text otherwise."""
    for fn in LINE_RULES:
        match = fn(line, config)
        if match is not None:
            return match
    return LineMatch(TEXT_FALLBACK, ROLE_TEXT)


# --------------------------------------------------------------------------- tail rules

_DESK_CODE_RE = re.compile(r"\s*([”\"]?\s*\([A-Z][A-Z0-9]{0,5}(?:/[A-Z0-9]{1,6}){1,5}\))\s*$")


@rule("boilerplate.desk_code.v1")
def desk_code(text: str) -> tuple[str, str, str] | None:
    """An agency desk code closing a paragraph ('... losses.” (T/R07/R01)', example 001)
    is an editor's sign-off; it is cut off with the closing quote it follows, so the
    paragraph ends at its last sentence."""
    m = _DESK_CODE_RE.search(text)
    if not m or m.start() == 0:
        return None
    return text[: m.start()].rstrip(), m.group(1).strip(), "byline"


TailRule = Callable[[str], "tuple[str, str, str] | None"]
# Rules that cut chrome off the end of a content line: (kept text, chrome, kind).
TAIL_RULES: list[TailRule] = [desk_code]


# --------------------------------------------------------------------------- context rules


def normalise(text: str) -> str:
    """Case-, quote- and whitespace-insensitive form used to compare lines."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.findall(r"\w+", text.casefold()))


@dataclass
class Context:
    """The page as the context rules see it: lines, their current labels, the title."""

    lines: list[Line]
    labels: list[LineMatch]
    config: SplitConfig
    title_index: int | None = None
    title_norm: str = ""


ContextRule = Callable[[Context, int], "LineMatch | None"]


@rule("boilerplate.title_repeat.v1")
def title_repeat(ctx: Context, i: int) -> LineMatch | None:
    """The headline pasted again (h1 after <title>, '**Headline' in example 003)."""
    if ctx.title_index is None or i == ctx.title_index or not ctx.title_norm:
        return None
    # Word counts can differ only by markup tokens ('**', '#'); skip normalising the rest.
    if abs(ctx.lines[i].words - ctx.lines[ctx.title_index].words) > 2:
        return None
    if normalise(ctx.lines[i].text) == ctx.title_norm:
        return LineMatch(title_repeat.rule_id, ROLE_BOILERPLATE, "title-repeat")
    return None


@rule("boilerplate.doubled_line.v1")
def doubled_line(ctx: Context, i: int) -> LineMatch | None:
    """A line repeated on the next line (alt text then caption, examples 001 and 002)."""
    line = ctx.lines[i]
    if line.words < ctx.config.doubled_min_words:
        return None
    # Only lines of equal word count can be repeats; normalising is the costly part.
    candidates = []
    if i + 1 < len(ctx.lines) and ctx.lines[i + 1].gap == 0:
        candidates.append(ctx.lines[i + 1])
    if i > 0 and line.gap == 0:
        candidates.append(ctx.lines[i - 1])
    candidates = [c for c in candidates if c.words == line.words]
    if candidates:
        norm = normalise(line.text)
        if any(normalise(c.text) == norm for c in candidates):
            return LineMatch(doubled_line.rule_id, ROLE_BOILERPLATE, "caption")
    return None


@rule("reply.author_then_time.v1")
def author_then_time(ctx: Context, i: int) -> LineMatch | None:
    """A bare name with a timestamp line right below it ('alice' / '3 hours ago',
    YouTube and Reddit pastes) is a reply header."""
    line = ctx.lines[i]
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap > 0:
        return None
    if ctx.labels[i + 1].rule != timestamp.rule_id:
        return None
    if not is_name(line.text.split(), ctx.config) or ends_sentence(line.text):
        return None
    return LineMatch(author_then_time.rule_id, ROLE_HEADER, author=line.text)


@rule("quote.after_quoted_by.v1")
def quote_after_quoted_by(ctx: Context, i: int) -> LineMatch | None:
    """vBulletin drops the '>' marks: the line right under 'Originally Posted by X' is
    the quote when the post's own text follows it in the same block."""
    if i == 0 or ctx.lines[i].gap > 0:
        return None
    above = ctx.labels[i - 1]
    if above.role != ROLE_ATTRIBUTION or above.chrome_kind != "quote-attribution":
        return None
    if i + 1 >= len(ctx.lines) or ctx.lines[i + 1].gap > 0:
        return None
    return LineMatch(quote_after_quoted_by.rule_id, ROLE_QUOTE)


# Order: the title repeat is the most specific; the doubled-line test would also catch
# a headline pasted twice, but its kind is title-repeat.
CONTEXT_RULES: list[ContextRule] = [
    title_repeat,
    doubled_line,
    author_then_time,
    quote_after_quoted_by,
]


@rule("title.first_line.v1")
def title_first_line(ctx: Context) -> int | None:
    """The first line that is not chrome, if it is headline length, is the title."""
    for i, label in enumerate(ctx.labels[: ctx.config.title_search_lines]):
        if label.role == ROLE_BOILERPLATE:
            continue
        if label.role != ROLE_TEXT:
            return None
        if ctx.lines[i].words <= ctx.config.title_max_words and len(ctx.lines) > 1:
            return i
        return None
    return None


TITLE_RULES: list[Callable[[Context], int | None]] = [title_first_line]
TITLE_FALLBACK = "title.none.v1"


# --------------------------------------------------------------------------- region rules


@dataclass
class RegionContext:
    """What region rules need: labelled lines and where the article's text begins."""

    lines: list[Line]
    labels: list[LineMatch]
    config: SplitConfig
    article_start: int


def _is_content(label: LineMatch) -> bool:
    return label.role in (ROLE_TEXT, ROLE_MENTION, ROLE_QUOTE)


@rule("region.comment_header.v1")
def region_comment_header(rc: RegionContext) -> int | None:
    """Replies start after the first '12 Comments' / 'Replies' header below the article."""
    for i in range(rc.article_start + 1, len(rc.lines)):
        if rc.labels[i].role == ROLE_MARKER:
            return i
    return None


@rule("region.reply_header.v1")
def region_reply_header(rc: RegionContext) -> int | None:
    """Replies start at the first reply header ('alice · 3h ago', '#3 bob', 'x wrote:')."""
    for i in range(rc.article_start + 1, len(rc.lines)):
        if rc.labels[i].role in (ROLE_HEADER, ROLE_ATTRIBUTION):
            return i
    return None


@rule("region.mention_run.v1")
def region_mention_run(rc: RegionContext) -> int | None:
    """Replies start at the first block opening with '@name' when most blocks from
    there on do too (a Twitter thread under its tweet or article)."""
    starts: list[tuple[int, bool]] = []
    for i in range(rc.article_start + 1, len(rc.lines)):
        line, label = rc.lines[i], rc.labels[i]
        if line.gap > 0 and _is_content(label):
            starts.append((i, label.role == ROLE_MENTION))
    total = len(starts)
    mentions_after = sum(1 for _, m in starts if m)
    for k, (i, is_mention) in enumerate(starts):
        if is_mention and mentions_after / (total - k) >= rc.config.mention_min_share:
            return i
        if is_mention:
            mentions_after -= 1
    return None


@rule("region.footer_block.v1")
def region_footer_block(rc: RegionContext) -> int | None:
    """Replies start at the block holding the first reply footer ('Like · Reply')."""
    for i in range(rc.article_start + 1, len(rc.lines)):
        if rc.labels[i].role == ROLE_FOOTER:
            j = i
            while j > rc.article_start + 1 and rc.lines[j].gap == 0:
                j -= 1
            return j
    return None


@rule("region.wide_gap.v1")
def region_wide_gap(rc: RegionContext) -> int | None:
    """Replies start after the first blank gap wider than the article's own (two blank
    lines where paragraphs have one, example 003), once the article has begun in
    earnest and when text, not chrome, follows the gap (example 004)."""
    cfg = rc.config
    words = 0
    narrowest: int | None = None
    for i in range(rc.article_start, len(rc.lines)):
        line, label = rc.lines[i], rc.labels[i]
        if i > rc.article_start and line.gap > 0:
            wide = line.gap >= cfg.wide_gap_lines and (narrowest is None or line.gap > narrowest)
            if wide and words >= cfg.min_article_words and _is_content(label):
                return i
            narrowest = line.gap if narrowest is None else min(narrowest, line.gap)
        if _is_content(label):
            words += line.words
    return None


REGION_RULES: list[Callable[[RegionContext], int | None]] = [
    region_comment_header,
    region_reply_header,
    region_mention_run,
    region_footer_block,
    region_wide_gap,
]
REGION_FALLBACK = "region.none.v1"


# --------------------------------------------------------------------------- reply boundaries

# Ids of the decisions that open a reply inside the reply region; the pipeline records
# them on `Reply.rule`. Headers carry their own line rule's id.
REPLY_AFTER_FOOTER = "reply.after_footer.v1"
REPLY_QUOTE_START = "reply.quote_start.v1"
REPLY_BLOCK = "reply.block.v1"
REPLY_NAME_LINE = "reply.name_line.v1"


def looks_like_name_line(text: str, config: SplitConfig) -> bool:
    """True when a reply's first line could be its poster's name ('JohnSmith')."""
    return not ends_sentence(text) and is_name(text.split(), config) and len(text.split()) <= 3


# --------------------------------------------------------------------------- parent rules


@dataclass
class ParentQuery:
    """A reply looking for its parent among the replies before it."""

    index: int
    quoted: str | None
    quoted_author: str | None
    text: str


@rule("parent.quote_match.v1")
def parent_quote_match(
    query: ParentQuery, earlier: Sequence[tuple[int, str, str | None]], config: SplitConfig
) -> int | None:
    """A quote whose words occur in an earlier reply makes that reply the parent."""
    if not query.quoted:
        return None
    q = normalise(query.quoted)
    if len(q) < config.quote_min_chars:
        return None
    head, tail = q[: config.quote_match_chars], q[-config.quote_match_chars :]
    for index, norm_text, _author in reversed(earlier[-config.parent_search_window :]):
        if head in norm_text or tail in norm_text:
            return index
    return None


@rule("parent.quoted_author.v1")
def parent_quoted_author(
    query: ParentQuery, earlier: Sequence[tuple[int, str, str | None]], config: SplitConfig
) -> int | None:
    """'alice wrote:' above a quote points at alice's latest earlier reply."""
    if not query.quoted_author:
        return None
    want = query.quoted_author.casefold()
    for index, _norm, author in reversed(earlier[-config.parent_search_window :]):
        if author and author.casefold() == want:
            return index
    return None


_LEADING_MENTION_RE = re.compile(r"^@(\w{1,40})")


@rule("parent.mention_author.v1")
def parent_mention_author(
    query: ParentQuery, earlier: Sequence[tuple[int, str, str | None]], config: SplitConfig
) -> int | None:
    """A reply opening with '@alice' answers alice's latest earlier reply."""
    m = _LEADING_MENTION_RE.match(query.text)
    if not m:
        return None
    want = m.group(1).casefold()
    for index, _norm, author in reversed(earlier[-config.parent_search_window :]):
        if author and author.casefold().lstrip("@") == want:
            return index
        if author and any(t.lstrip("@").casefold() == want for t in author.split()):
            return index
    return None


PARENT_RULES = [parent_quote_match, parent_quoted_author, parent_mention_author]
PARENT_FALLBACK = "parent.none.v1"


def all_rule_ids() -> list[str]:
    """Every registered rule id, cascades in order, fallbacks included."""
    ids = [fn.rule_id for fn in LINE_RULES] + [TEXT_FALLBACK]
    ids += [fn.rule_id for fn in TAIL_RULES]
    ids += [fn.rule_id for fn in CONTEXT_RULES]
    ids += [fn.rule_id for fn in TITLE_RULES] + [TITLE_FALLBACK]
    ids += [fn.rule_id for fn in REGION_RULES] + [REGION_FALLBACK]
    ids += [REPLY_AFTER_FOOTER, REPLY_QUOTE_START, REPLY_BLOCK, REPLY_NAME_LINE]
    ids += [fn.rule_id for fn in PARENT_RULES] + [PARENT_FALLBACK]
    return ids
