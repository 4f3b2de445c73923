"""Swappable spans (stance.spans)."""

import pytest

from stance.spans import find_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey shot down the fighter jet, not ISIS.", [("entity", "Turkey"), ("entity", "ISIS")]),
        (
            "32 companies dodged $72 billion in 2012",
            [("number", "32"), ("money", "$72 billion"), ("number", "2012")],
        ),
        ("It happened on June 27, 2012 in Paris", [("date", "June 27, 2012"), ("entity", "Paris")]),
        ("It's actually fine.", []),
    ],
)
def test_find_spans(text, expected):
    assert [(s.kind, s.text) for s in find_spans(text)] == expected


def test_span_offsets_point_at_text():
    text = "Reports say\nthe  Syrian Army took Palmyra"
    for span in find_spans(text):
        assert text[span.start : span.end] == span.text
