"""HTML pages: trafilatura for the article, comment markup for the replies, text fallback.

trafilatura finds a page's main text well and can pull its comment section too, but
it returns the comments as one run of paragraphs: who wrote what, and where one
comment ends, is lost (checked with trafilatura 2.3: `bare_extraction(...,
include_comments=True).comments` is a newline-joined string). So replies are read
from the comment markup itself (elements whose class or id says comment), and the
article from trafilatura on the page with those elements removed. A page without
comment markup is turned into text and given to the plain-text splitter, which knows
the pasted layouts ("12 Comments", "alice · 3h ago", ...).
"""

from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree

from stance import errors
from stance.split.config import SplitConfig
from stance.split.pipeline import split_text
from stance.split.rules import normalise
from stance.thread import Article, BoilerplateItem, Reply, Thread


def _tags(words: str) -> frozenset[str]:
    """A set of tag or class names written as one whitespace-separated string."""
    return frozenset(words.split())


BLOCK_TAGS = _tags(
    """p div section article aside header footer nav main li ul ol dl dt dd table tr td th
    h1 h2 h3 h4 h5 h6 blockquote pre figure figcaption form fieldset address hr"""
)
DROP_TAGS = _tags("script style noscript template svg head iframe button")
# Class tokens (or id prefixes) naming one comment. Containers ("comments",
# "comment-list") and parts ("comment-body", "comment-author") are deliberately absent.
COMMENT_CLASSES = _tags(
    """comment c-comment comment-item commentitem comment-entry comment-card user-comment
    media-comment js-comment"""
)
# "post" and "reply" name a comment only inside a comment section: WordPress gives the
# article itself class "post" and id "post-42", and the Reply link box class "reply".
SECTION_ONLY_CLASSES = _tags("post reply")
_SECTION_RE = re.compile(r"comment|disqus|replies|discussion", re.IGNORECASE)
_COMMENT_ID_RE = re.compile(r"^comment[-_]?\d+$", re.IGNORECASE)
_AUTHOR_CLASS_RE = re.compile(r"(?:^|[-_])(?:author|user|username|fn|nickname|name)(?:$|[-_])")
# Tried in order: "comment-content" is the text, "comment-body" often wraps the meta too.
_BODY_CLASS_RES = (
    re.compile(r"(?:^|[-_])(?:content|text|message)(?:$|[-_])"),
    re.compile(r"(?:^|[-_])(?:body|entry)(?:$|[-_])"),
)
_META_CLASS_RE = re.compile(
    r"(?:^|[-_])(?:meta|metadata|date|time|timestamp|actions|footer|reply-link|links|avatar"
    r"|vote|votes|toolbar|reply)(?:$|[-_])"
)
_SAYS_RE = re.compile(r"\s*(?:says|said|wrote)\s*:?\s*$", re.IGNORECASE)
_SPACES_RE = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANKS_RE = re.compile(r"\n\s*\n(?:\s*\n)+")
# Rule ids of the decisions this module makes (the text fallback records its own).
RULE_COMMENT_MARKUP = "html.comment_markup.v1"
RULE_COMMENT_TIME = "html.comment_time.v1"


def _classes(el: etree._Element) -> list[str]:
    return (el.get("class") or "").lower().split()


def _is_comment(el: etree._Element) -> bool:
    """True for an element that holds one comment (class token or id says so)."""
    if not isinstance(el.tag, str):
        return False
    classes = _classes(el)
    if any(c in COMMENT_CLASSES for c in classes):
        return True
    if _COMMENT_ID_RE.match(el.get("id") or ""):
        return True
    if any(c in SECTION_ONLY_CLASSES for c in classes):
        return any(
            _SECTION_RE.search((a.get("class") or "") + " " + (a.get("id") or ""))
            for a in el.iterancestors()
        )
    return False


def _block_text(el: etree._Element, skip: set | None = None) -> str:
    """Visible text of an element with a blank line between block elements."""
    parts: list[str] = []
    skip = skip or set()

    def walk(node: etree._Element) -> None:
        if not isinstance(node.tag, str) or node.tag in DROP_TAGS or node in skip:
            return
        block = node.tag in BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if node.tag == "br":
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(el)
    text = _SPACES_RE.sub(" ", "".join(parts))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANKS_RE.sub("\n\n", text).strip()


def _first_match(
    el: etree._Element, pattern: re.Pattern[str], nested: set, avoid: re.Pattern[str] | None = None
) -> etree._Element | None:
    """First descendant (outside nested comments) with a class token matching pattern."""
    for node in el.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        if any(node is n or n in node.iterancestors() for n in nested):
            continue
        classes = _classes(node)
        if any(pattern.search(c) for c in classes) and not (
            avoid and any(avoid.search(c) for c in classes)
        ):
            return node
    return None


def _comment_nodes(root: etree._Element) -> list[etree._Element]:
    """Comment elements in page order.

    An element named like a comment but holding fewer than two words of its own (a
    WordPress `<div class="reply">` around the Reply link, an empty wrapper) is not one.
    """
    found = [el for el in root.iter() if _is_comment(el)]
    found_set = set(found)
    out = []
    for el in found:
        nested = {d for d in el.iterdescendants() if d in found_set}
        if len(_block_text(el, nested).split()) >= 2:
            out.append(el)
    return out


def _reply_from_node(
    node: etree._Element, nested: set, boilerplate: list[BoilerplateItem]
) -> tuple[str, str | None]:
    """Text and author of one comment element, its timestamp sent to boilerplate."""
    author_el = _first_match(node, _AUTHOR_CLASS_RE, nested, avoid=re.compile("avatar|url|img"))
    author = None
    skip = set(nested)
    if author_el is not None:
        inner = _first_match(author_el, re.compile(r"^(?:fn|name|username)$"), set())
        name = _block_text(inner if inner is not None else author_el)
        name = _SAYS_RE.sub("", name).strip()
        if 0 < len(name) <= 60:
            author = name
        skip.add(author_el)
    time_el = next(
        (t for t in node.iterdescendants("time") if not any(t in n.iter() for n in nested)), None
    )
    if time_el is not None:
        stamp = _block_text(time_el) or time_el.get("datetime") or ""
        if stamp:
            boilerplate.append(BoilerplateItem("timestamp", stamp, RULE_COMMENT_TIME))
        skip.add(time_el)
    for meta in node.iterdescendants():
        if isinstance(meta.tag, str) and any(_META_CLASS_RE.search(c) for c in _classes(meta)):
            skip.add(meta)
    for pattern in _BODY_CLASS_RES:
        body_el = _first_match(node, pattern, nested, avoid=_META_CLASS_RE)
        if body_el is not None and body_el is not author_el:
            return _block_text(body_el, skip), author
    return _block_text(node, skip), author


def _article_from(root: etree._Element, title: str | None) -> tuple[str | None, list[str]]:
    """Title and article paragraphs from trafilatura, the title line removed."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        root, include_comments=False, with_metadata=True, favor_recall=True
    )
    if doc is None or not (doc.text or "").strip():
        return title, []
    title = title or doc.title
    paras = [p.strip() for p in doc.text.split("\n") if p.strip()]
    if paras and title and normalise(paras[0]) == normalise(title):
        paras = paras[1:]
    return title, paras


def _page_title(root: etree._Element) -> str | None:
    for xpath in ("//h1", "//title"):
        found = root.xpath(xpath)
        if found:
            text = _block_text(found[0])
            if text:
                return text
    return None


def split_html(html: str, source: str, config: SplitConfig | None = None) -> Thread:
    """Split an HTML page into title, article and replies.

    Args:
        html: The page's markup.
        source: Where it came from, kept on the thread and used in errors.
        config: Thresholds for the plain-text fallback.

    Returns:
        The thread. Replies come from comment markup when the page has it (authors and
        nesting included); otherwise the page's text goes through `split_text`.

    Raises:
        BadInputError: [S007] when the markup cannot be parsed at all.
    """
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise errors.BadInputError("S007", f"{source}: HTML could not be parsed ({exc})") from None

    comments = _comment_nodes(root)
    if not comments:
        thread = split_text(_block_text(root), source, config)
        if thread.replies:
            return thread
        title, paras = _article_from(copy.deepcopy(root), _page_title(root))
        if not paras:
            return thread
        return Thread(source, title or thread.title, Article(paras), thread.boilerplate, [])

    boilerplate: list[BoilerplateItem] = []
    replies: list[Reply] = []
    index_of: dict[int, int] = {}
    comment_set = set(comments)
    for node in comments:
        nested = {d for d in node.iterdescendants() if d in comment_set}
        text, author = _reply_from_node(node, nested, boilerplate)
        if not text:
            continue
        ancestor = next((a for a in node.iterancestors() if a in comment_set), None)
        parent = index_of.get(id(ancestor)) if ancestor is not None else None
        reply = Reply(len(replies) + 1, text, author, parent, rule=RULE_COMMENT_MARKUP)
        reply.id = node.get("id")
        replies.append(reply)
        index_of[id(node)] = reply.index

    # The article is read from a copy with the comments cut out, so that comment text
    # can never leak into it even where trafilatura misses the comment section.
    stripped = copy.deepcopy(root)
    for el in [el for el in stripped.iter() if _is_comment(el)]:
        if el.getparent() is not None:
            el.getparent().remove(el)
    title, paras = _article_from(stripped, _page_title(root))
    if not paras:
        fallback = split_text(_block_text(stripped), source, config)
        title, paras = title or fallback.title, fallback.article.paragraphs
        boilerplate = fallback.boilerplate + boilerplate
    return Thread(source, title, Article(paras), boilerplate, replies)
