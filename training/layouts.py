"""The labelled page layouts in tests/layouts/ and how a split of one is scored.

Each layout is NAME.txt (a pasted page) with NAME.json: the expected start of every
reply's own text, in order, and optionally how each ends. Shared by the layout benchmark
(benchmarks/eval_split_layouts.py) and the chrome scorer's training
(training/chrome_lines.py), so both count a page as right in the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stance.split import SplitConfig, split_text
from stance.split.blocks import BlockJudge
from stance.split.learned import ChromeLineScorer

# The labelled sets the shipped learned parts (chrome lines, headlines, blocks) learn
# from: the sets of sessions 1-5. Adding heldout16 and heldout17 cost two pages in-sample
# (session 6); adding heldout16 to heldout21 cost three, and a page of heldout22 that
# neither version had seen (session 12). A fresh held-out set stays out until scored.
LEARNED_SETS = ("tuned", *(f"heldout{k}" for k in range(4, 16)))


@dataclass
class LayoutPage:
    """One labelled page: its set, name, text, and expected reply starts and ends."""

    set_name: str
    name: str
    text: str
    starts: list[str]
    ends: list[str] | None
    # The labelled headline (None: the page has none), where `has_title` says one is.
    title: str | None = None
    has_title: bool = False

    @property
    def key(self) -> str:
        return f"{self.set_name}/{self.name}"


@dataclass
class PageScore:
    """How one split of a page compares with its labels."""

    exact: bool  # as many replies as expected, each starting (and ending) right
    why: str  # 'ok', or the first thing that is wrong
    matched: int  # expected replies some split reply gets exactly right
    split: int  # replies the splitter found


def load_layouts(root: Path, sets: list[str]) -> list[LayoutPage]:
    """Every labelled page of the named sets, in a stable order."""
    pages = []
    for set_name in sets:
        for txt in sorted((root / set_name).glob("*.txt")):
            meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            text = txt.read_text(encoding="utf-8")
            pages.append(
                LayoutPage(
                    set_name,
                    txt.stem,
                    text,
                    meta["replies"],
                    meta.get("ends"),
                    meta.get("title"),
                    "title" in meta,
                )
            )
    return pages


def norm(text: str) -> str:
    """Whitespace- and case-insensitive form in which starts and ends are compared."""
    return " ".join(text.split()).casefold()


def matched_replies(got: list[str], starts: list[str], ends: list[str] | None) -> int:
    """How many expected replies some split reply gets exactly right (start and, where
    given, end), each split reply counted once: a softer score than whole pages."""
    used: set[int] = set()
    for k, start in enumerate(starts):
        for j, text in enumerate(got):
            right_end = not ends or norm(text).endswith(norm(ends[k]))
            if j not in used and norm(text).startswith(norm(start)) and right_end:
                used.add(j)
                break
    return len(used)


def score_page(
    page: LayoutPage,
    config: SplitConfig | None = None,
    scorer: ChromeLineScorer | None = None,
    block_scorer: BlockJudge | None = None,
) -> PageScore:
    """Split `page` and compare: a page is exact when it has as many replies as labelled
    and each begins with its start and, where ends are labelled, ends with its end, so
    a footer or timestamp left in a reply's text is a wrong boundary too."""
    thread = split_text(page.text, page.key, config, scorer, block_scorer=block_scorer)
    got = [r.text for r in thread.replies]
    matched = matched_replies(got, page.starts, page.ends)
    if len(got) != len(page.starts):
        why = f"{len(got)} replies, expected {len(page.starts)}: {[g[:30] for g in got]}"
        return PageScore(False, why, matched, len(got))
    for k, (text, start) in enumerate(zip(got, page.starts, strict=True), start=1):
        if not norm(text).startswith(norm(start)):
            why = f"reply {k} starts {text[:40]!r}, expected {start!r}"
            return PageScore(False, why, matched, len(got))
    for k, (text, end) in enumerate(zip(got, page.ends or [], strict=False), start=1):
        if not norm(text).endswith(norm(end)):
            why = f"reply {k} ends {text[-40:]!r}, expected {end!r}"
            return PageScore(False, why, matched, len(got))
    return PageScore(True, "ok", matched, len(got))


def compare_variants(
    test: list[LayoutPage], variants: list[tuple[str, Callable[[LayoutPage], PageScore]]]
) -> dict[str, object]:
    """One row of a leave-one-set-out table: for each named way of splitting, the pages
    exactly right and replies exactly right (precision, recall); then the pages the last
    way fixes and breaks against the first."""
    row: dict[str, object] = {"pages": len(test)}
    exact_pages = []
    for name, score in variants:
        scores = [score(p) for p in test]
        matched = sum(s.matched for s in scores)
        exact_pages.append({p.name for p, s in zip(test, scores, strict=True) if s.exact})
        row[name] = len(exact_pages[-1])
        row[f"{name}_precision"] = round(matched / max(1, sum(s.split for s in scores)), 3)
        row[f"{name}_recall"] = round(matched / max(1, sum(len(p.starts) for p in test)), 3)
    row["fixed"] = sorted(exact_pages[-1] - exact_pages[0])
    row["broken"] = sorted(exact_pages[0] - exact_pages[-1])
    return row
