"""Splitting a page into title, article, boilerplate and replies (text and HTML)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stance.split.config import SplitConfig
from stance.split.pipeline import split_text

if TYPE_CHECKING:
    from stance.thread import Thread


def split_html(html: str, source: str, config: SplitConfig | None = None) -> Thread:
    """Split an HTML page into a thread; see `stance.split.html.split_html`.

    Imported lazily because trafilatura and lxml take a while to load and plain-text
    splitting never needs them.
    """
    from stance.split.html import split_html as _split_html

    return _split_html(html, source, config)


__all__ = ["SplitConfig", "split_html", "split_text"]
