"""The prefix-tree alternation must match exactly what the plain alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stance.split.literals import any_of

WORDS = st.lists(st.text(alphabet="ab.|é (", min_size=1, max_size=4), min_size=1, max_size=6)
TEXT = st.text(alphabet="ab.|é (xy", max_size=12)


def _plain(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_tree_finds_the_same_spans_as_a_longest_first_alternation(words, text):
    tree = re.compile(any_of(words))
    assert [m.span() for m in tree.finditer(text)] == [
        m.span() for m in _plain(words).finditer(text)
    ]


def test_tree_shares_prefixes_and_escapes_metacharacters():
    pattern = any_of(["reply", "replies", "a.b"])
    assert re.fullmatch(pattern, "replies") and re.fullmatch(pattern, "reply")
    assert re.fullmatch(pattern, "a.b") and not re.fullmatch(pattern, "axb")
    assert pattern.count("repl") == 1  # the shared prefix is written once


def test_tree_keeps_word_boundaries_and_case_flags_of_the_caller():
    hint = re.compile(r"\b" + any_of(["ago", "agora"]) + r"\b", re.IGNORECASE)
    assert hint.search("3 hours AGO") and hint.search("agora mesmo")
    assert not hint.search("agog")


@pytest.mark.parametrize("words", [[], [""]])
def test_tree_refuses_to_match_everywhere(words):
    with pytest.raises(ValueError):
        any_of(words)
