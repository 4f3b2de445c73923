"""JSON / JSONL thread records (SPEC.md schema) into threads, and their errors."""

from __future__ import annotations

import pytest

from stance.errors import BadInputError
from stance.structured import thread_from_record


def test_record_maps_parents_to_indexes() -> None:
    record = {
        "id": "t1",
        "title": "Leak",
        "article": "First paragraph.\n\nSecond paragraph.",
        "replies": [
            {"id": "r1", "author": "alice", "text": "This is fake."},
            {"id": "r2", "author": "bob", "parent": "r1", "text": "Why?"},
            {"id": "r3", "parent": "t1", "text": "Answers the article."},
            {"parent": "nope", "text": "Unknown parent."},
        ],
    }
    thread = thread_from_record(record, "file.jsonl", 3)
    assert thread.source == "t1"
    assert thread.title == "Leak"
    assert thread.article.paragraphs == ["First paragraph.", "Second paragraph."]
    assert [r.index for r in thread.replies] == [1, 2, 3, 4]
    assert [r.parent for r in thread.replies] == [None, 1, None, None]
    assert [r.author for r in thread.replies] == ["alice", "bob", None, None]
    assert thread.replies[1].id == "r2"


def test_forward_parent_is_unknown() -> None:
    record = {
        "article": "Text.",
        "replies": [{"id": "a", "parent": "b", "text": "x"}, {"id": "b", "text": "y"}],
    }
    assert thread_from_record(record, "f", 1).replies[0].parent is None


def test_source_falls_back_to_file_without_id() -> None:
    assert thread_from_record({"article": "Text."}, "f.json", 1).source == "f.json"


@pytest.mark.parametrize(
    "record,needle",
    [
        ({"id": "x", "replies": []}, "'article' must be a string, got missing"),
        ({"article": "   "}, "'article' is empty"),
        ({"article": 3}, "'article' must be a string, got a int"),
        ({"article": "A.", "replies": {"text": "x"}}, "'replies' must be a list"),
        ({"article": "A.", "replies": [{"text": 5}]}, "replies[0].text must be a string"),
        ({"article": "A.", "replies": ["hello"]}, "replies[0] must be an object"),
        ({"article": "A.", "replies": [{"text": "x", "author": 1}]}, "replies[0].author"),
        ({"article": "A.", "title": ["t"]}, "'title' must be a string"),
        (["not", "a", "dict"], "expected a JSON object"),
    ],
)
def test_bad_records_raise_coded_errors(record, needle) -> None:
    with pytest.raises(BadInputError) as info:
        thread_from_record(record, "threads.jsonl", 7)
    message = str(info.value)
    assert message.startswith("[S006] threads.jsonl: line 7:")
    assert needle in message
