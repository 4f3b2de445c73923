"""Domain types of a thread: the article, its boilerplate and the replies.

Every stage after reading (splitting, claims, labelling, reports) speaks these types.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

BOILERPLATE_KINDS = (
    "title-repeat",
    "image",
    "caption",
    "related-link",
    "byline",
    "section-label",
    "call-to-action",
    "disclaimer",
    "navigation",
    "forum-chrome",
    "timestamp",
    "advertisement",
    "other",
)


@dataclass
class BoilerplateItem:
    """Text on the page that is neither article nor reply, with what kind of chrome it is."""

    kind: str
    text: str
    rule: str = ""


@dataclass
class Reply:
    """One reader reply. `index` is 1-based in page order; `parent` is a reply index or None
    when the reply answers the article (or its parent is unknown)."""

    index: int
    text: str
    author: str | None = None
    parent: int | None = None
    quoted: str | None = None
    id: str | None = None
    rule: str = ""


@dataclass
class Article:
    """The article body as paragraphs; `text` joins them with blank lines."""

    paragraphs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Thread:
    """A split page: the unit every later stage works on."""

    source: str
    title: str | None
    article: Article
    boilerplate: list[BoilerplateItem] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The `stance split --format json` shape (a subset of SPEC's schema 1)."""
        return {
            "schema": 1,
            "source": self.source,
            "title": self.title,
            "article": {"text": self.article.text, "paragraphs": list(self.article.paragraphs)},
            "boilerplate": [{"kind": b.kind, "text": b.text} for b in self.boilerplate],
            "replies": [
                {
                    "index": r.index,
                    "id": r.id,
                    "author": r.author,
                    "parent": r.parent,
                    "quoted": r.quoted,
                    "text": r.text,
                }
                for r in self.replies
            ],
        }


def thread_as_dict(thread: Thread) -> dict:
    """Full dataclass dump, rule names included (for debugging and rule counts)."""
    return asdict(thread)
