"""Properties of the plain-text splitter: it never crashes and never loses a word."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.split import split_text
from stance.thread import Thread

_WORD_RE = re.compile(r"\w+")

# Lines that make the rules fire, mixed with arbitrary text, so the property covers
# the chrome, header and quote paths and not only plain paragraphs.
POOL = [
    "Leaked files show deals between IS and Damascus",
    "**IS Files Reveal Assad’s Deals**",
    "Islamic State and the Assad regime have been colluding in deals, Sky News says.",
    "Secrets-of-ISIS-revealed (1).png",
    "Assad meets his generals. Picture: AFP",
    "Also Read:  THE US REJECTS THE COMPARISON",
    "*Despite damage Palmyra retains 'authenticity'",
    "closed #7",
    "12 Comments",
    "Reply  Share  Report",
    "alice_k · 3h ago",
    "bob said 3 hours ago",
    "Jane Doe @jdoe · 5h",
    "bob wrote:",
    "> the documents are fake",
    "#3 carol",
    "@SkyNews this is propaganda",
    "level 1",
    "3 years ago",
    "Tom Baker",
    "Like · Reply · 3h",
    "News & Politics",
    "gains and losses.” (T/R07/R01)",
    "a**b and ## heading",
    "# Heading text",
]


def words(text: str | None) -> Counter:
    return Counter(_WORD_RE.findall(text or ""))


def output_words(thread: Thread) -> Counter:
    out = words(thread.title) + words(thread.article.text)
    for item in thread.boilerplate:
        out += words(item.text)
    for reply in thread.replies:
        out += words(reply.text) + words(reply.author) + words(reply.quoted)
    return out


page_lines = st.lists(
    st.one_of(st.sampled_from(POOL), st.text(max_size=80)),
    max_size=30,
)
gaps = st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n", "\n\n\n\n"]), min_size=30)


@st.composite
def pages(draw) -> str:
    lines = draw(page_lines)
    seps = draw(gaps)
    return "".join(line + sep for line, sep in zip(lines, seps, strict=False))


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=400))
def test_never_crashes_and_loses_no_word_on_arbitrary_text(text: str) -> None:
    thread = split_text(text, "prop")
    assert not words(text) - output_words(thread)


@SETTINGS
@given(pages())
def test_loses_no_word_on_page_like_text(text: str) -> None:
    thread = split_text(text, "prop")
    missing = words(text) - output_words(thread)
    assert not missing, missing
    for reply in thread.replies:
        assert reply.text
        assert reply.parent is None or 1 <= reply.parent < reply.index
