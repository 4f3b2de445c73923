"""A learned judge of whole would-be replies: is this block a reader's reply, or text of
the site's that the rules cut out as one?

After the rules and the chrome-line scorer have cut and trimmed the replies, what is
still wrong on unseen sites is mostly whole blocks: a moderation notice above the first
comment ('Vi granskar kommentarer innan de publiceras.'), a footer under the last
('Powered by Discourse'), a disclaimer repeated under every review, a profile card
between posts ('J jdh_cinema', 'Reg: Nov 2009'), related headlines after the thread.
Each line of such a block may look like prose, so the line scorer leaves it; the block
as a whole has a look of its own: where it sits, whether it has a header like its
neighbours, whether the page repeats it word for word, how chrome-like its lines are,
and the words it opens with. A logistic model over those facts (weights in
`reply_blocks.json`, trained by `training/reply_blocks.py` on the labelled layouts)
gives P(site text); the pipeline drops a block only when it is confident
(rule `reply.learned_block.v1`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Protocol

from stance.split.learned import LinearModel, bucket, ends_prose
from stance.split.rules import has_digit, is_avatar_of, normalise

WEIGHTS_PATH = Path(__file__).resolve().parent / "reply_blocks.json"

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END_RE = re.compile(r"[.!?。！？](?:\s|$)")
_CASE_WORDS = 40
# Words are features only this far into a block: site text announces itself early
# ('Powered by', 'Want to bookmark', 'Willkommen in unserer Community').
_LEADING_WORDS = 4
# A one-line block this short on a page whose replies mostly have no header is kept.
_SHORT_WORDS = 4


@dataclass(frozen=True)
class ReplyBlock:
    """What the block scorer sees of one would-be reply, as the rules left it."""

    lines: tuple[str, ...]  # its text lines
    chrome: tuple[float, ...]  # each line's P(chrome) from the chrome-line scorer
    has_author: bool  # the rules read a header with a name over it
    has_quote: bool  # it quotes another post
    position: int  # 0-based, among the page's would-be replies
    count: int  # how many would-be replies the page has
    authored_share: float  # share of the page's would-be replies with an author
    repeats: int  # other would-be replies with the same text

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def _position(block: ReplyBlock) -> str:
    if block.count == 1:
        return "only"
    if block.position == 0:
        return "first"
    return "last" if block.position == block.count - 1 else "mid"


def _avatar_name(line: str) -> bool:
    """'J jdh_cinema', 'JC José Carlos Moura' or 'tomasz_k tomasz_k': an avatar (letter,
    initials or alt text) and the name, joined into one line over a post."""
    words = line.split()
    return len(words) >= 2 and is_avatar_of(words[0], words[1:])


def _short_reply_of_a_plain_thread(block: ReplyBlock) -> bool:
    return (
        len(block.lines) == 1
        and len(block.lines[0].split()) <= _SHORT_WORDS
        and block.authored_share < 0.5
        and not block.repeats
    )


def _says_two_things(block: ReplyBlock) -> bool:
    """Two sentences or more: a reply whose header the rules missed reads like this,
    and so do some site notices; leave-one-set-out, dropping such blocks lost real
    replies at P >= 0.9 for about one more notice, so they stay."""
    return len(_SENTENCE_END_RE.findall(block.text)) >= 2


def block_features(block: ReplyBlock) -> list[str]:
    """The names of a block's binary features (see the module docstring)."""
    text = block.text
    words = _WORD_RE.findall(text.casefold())
    n_lines = len(block.lines)
    pos = _position(block)
    size = bucket(len(words), (2, 4, 8, 16, 40, 100))
    out = [
        f"pos={pos}",
        f"words={size}",
        f"pos={pos}&words={size}",
        f"lines={bucket(n_lines, (2, 3, 5, 10))}",
        # A header is telling only against the page's habit: on a plain paste no reply
        # has one, on a forum a block without one is odd.
        f"author={block.has_author}&authored={bucket(block.authored_share, (0.3, 0.6, 0.9))}",
    ]
    if block.has_quote:
        out.append("quote")
    if block.repeats:
        out.append(f"repeats={bucket(block.repeats, (2, 3))}")
    prose = [ends_prose(line) for line in block.lines]
    # The chrome scorer never has the last word on a sentence ('This is fake.' is as
    # short and plain as a button), so only the other lines' verdicts count here.
    chrome = [p for p, is_prose in zip(block.chrome, prose, strict=True) if not is_prose]
    if chrome:
        mean = sum(chrome) / len(chrome)
        out.append(f"chrome_mean={bucket(mean, (0.1, 0.3, 0.5, 0.7, 0.9))}")
        out.append(f"chrome_max={bucket(max(chrome), (0.3, 0.6, 0.9))}")
        out.append(f"chrome_min={bucket(min(chrome), (0.1, 0.3, 0.6))}")
    out.append(f"prose_lines={bucket(sum(prose), (1, 2, 4))}")
    out.append(f"prose_share={bucket(sum(prose) / max(1, n_lines), (0.01, 0.5, 0.99))}")
    out.append(f"last_prose={bool(prose) and prose[-1]}")
    if n_lines == 1 and _avatar_name(block.lines[0]):
        out.append("avatar_name")
    if text.rstrip().endswith("?"):
        out.append(f"question&words={size}")
    # Title Case marks names, buttons and headlines, which are short: the first words
    # of a block say it (and a long reply is not read word by word here).
    letters = [w for w in text.split(None, _CASE_WORDS)[:_CASE_WORDS] if w[:1].isalpha()]
    if letters:
        capitalised = sum(w[0].isupper() for w in letters) / len(letters)
        out.append(f"capitalised={bucket(capitalised, (0.3, 0.6, 0.9))}&words={size}")
    if has_digit(text):
        out.append("digits")
    for k, word in enumerate(islice(words, _LEADING_WORDS)):
        if not word.isdigit():
            out.append(f"w:{word}")
            if k == 0:
                out.append(f"w0:{word}")
    return out


class BlockJudge(Protocol):
    """Whatever decides blocks in the pipeline: the scorer, or in training a recorder."""

    def is_site_text(self, block: ReplyBlock) -> bool: ...


@dataclass(frozen=True)
class BlockScorer(LinearModel):
    """Logistic scores of 'this would-be reply is the site's text', from trained weights."""

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> BlockScorer:
        return cls.read(path)

    def probability(self, block: ReplyBlock) -> float:
        """P(site text) of one block."""
        return self.score(block_features(block))

    def is_site_text(self, block: ReplyBlock) -> bool:
        """Confident enough to drop the block: P(site text) reaches the threshold. A
        short line of a plain thread is never judged: 'Agreed', 'this' or 'lol no' has
        every look of a button, and only a header over the page's other replies (or the
        page repeating it) tells a button apart."""
        if _short_reply_of_a_plain_thread(block) or _says_two_things(block):
            return False
        return self.probability(block) >= self.threshold


def page_blocks(
    drafts: list[tuple[list[str], list[float], bool, bool]],
) -> list[ReplyBlock]:
    """`ReplyBlock`s for a page's would-be replies, each given as (text lines, their
    P(chrome), has an author, has a quote): the page-level facts (position, how many
    carry an author, repeated texts) come from seeing them together."""
    texts = [normalise(" ".join(lines)) for lines, _, _, _ in drafts]
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    authored = sum(1 for d in drafts if d[2]) / max(1, len(drafts))
    return [
        ReplyBlock(
            tuple(lines),
            tuple(chrome),
            author,
            quote,
            k,
            len(drafts),
            authored,
            counts[text] - 1,
        )
        for k, ((lines, chrome, author, quote), text) in enumerate(zip(drafts, texts, strict=True))
    ]


@lru_cache(maxsize=1)
def default_block_scorer() -> BlockScorer | None:
    """The shipped scorer, read once; None when its weights file is absent."""
    if not WEIGHTS_PATH.exists():
        return None
    return BlockScorer.load()
