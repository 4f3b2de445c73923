"""Regular-expression alternations of literal words, written as a prefix tree.

Python's `re` tries every branch of `a|b|c` at every position of the text, so a gate
such as 'does this line hold any footer word?' (over 150 phrases) costs about 10 µs
per line; the splitter asks such questions of every line of a page. Written as a
prefix tree ('repl(?:y|ies)' instead of 'reply|replies'), each position costs one
character test per tree level, and the same line takes about 3 µs
(benchmarks/bench_split.py). The tree matches exactly the strings the plain
alternation matches; at a given position it prefers the longest word, as an
alternation sorted longest-first does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def any_of(words: Iterable[str]) -> str:
    """A pattern (a non-capturing group) that matches any of `words` literally."""
    tree: dict = {}
    for word in set(words):
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not tree:
        raise ValueError("no words to match")
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict) -> str:
    """The alternation below one tree node; a word ending here makes the rest optional
    (greedy, so the longest word is tried first)."""
    parts = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if _END in node:
        return body + "?" if len(parts) == 1 and len(parts[0]) == 1 else f"(?:{body})?"
    return body
