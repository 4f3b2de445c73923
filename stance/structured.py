"""Threads given as JSON records (SPEC.md schema) turned into `Thread`s."""

from __future__ import annotations

from typing import Any

from stance import errors
from stance.thread import Article, Reply, Thread

_OPTIONAL_REPLY_STRINGS = ("id", "author", "parent")


def _paragraphs(text: str) -> list[str]:
    """Blank-line paragraphs of a structured article (its lines are the author's own)."""
    paras = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        block = block.strip()
        if block:
            paras.append(block)
    return paras


def _check_str(value: Any, what: str, source: str, line: int, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        kind = "missing" if value is None else f"a {type(value).__name__}"
        raise errors.bad_thread_record(source, line, f"{what} must be a string, got {kind}")
    return value


def thread_from_record(record: dict, source: str, line: int) -> Thread:
    """Build a thread from one record `{"id", "title"?, "article", "replies": [...]}`.

    Reply `parent` ids are resolved to 1-based reply indexes; a parent that is the
    thread's own id, or names no earlier reply, becomes None (answers the article).

    Args:
        record: The decoded JSON object.
        source: The file it came from, for error messages.
        line: Its line number in that file (1 for a plain JSON file).

    Returns:
        The thread; its `source` is the record's id when it has one, else `source`.

    Raises:
        BadInputError: [S006] when the record is not an object, has no article text,
            or a field has the wrong type.

    Example:
        >>> t = thread_from_record({"id": "t1", "article": "Text.", "replies": []}, "f", 1)
        >>> t.source
        't1'
    """
    if not isinstance(record, dict):
        raise errors.bad_thread_record(
            source, line, f"expected a JSON object, got {type(record).__name__}"
        )
    thread_id = _check_str(record.get("id"), "'id'", source, line, optional=True)
    title = _check_str(record.get("title"), "'title'", source, line, optional=True)
    article = _check_str(record.get("article"), "'article'", source, line, optional=False)
    if not article or not article.strip():
        raise errors.bad_thread_record(source, line, "'article' is empty; give the article text")
    raw_replies = record.get("replies", [])
    if raw_replies is None:
        raw_replies = []
    if not isinstance(raw_replies, list):
        raise errors.bad_thread_record(
            source, line, f"'replies' must be a list, got {type(raw_replies).__name__}"
        )

    replies: list[Reply] = []
    index_of: dict[str, int] = {}
    for k, item in enumerate(raw_replies, start=1):
        where = f"replies[{k - 1}]"
        if not isinstance(item, dict):
            raise errors.bad_thread_record(
                source, line, f"{where} must be an object, got {type(item).__name__}"
            )
        text = _check_str(item.get("text"), f"{where}.text", source, line, optional=False)
        fields = {
            name: _check_str(item.get(name), f"{where}.{name}", source, line, optional=True)
            for name in _OPTIONAL_REPLY_STRINGS
        }
        parent_id = fields["parent"]
        # Parents must come earlier: a forward or unknown id, or the thread's own id,
        # means the reply answers the article.
        parent = index_of.get(parent_id) if parent_id is not None else None
        reply = Reply(
            index=k,
            text=text.strip(),
            author=fields["author"],
            parent=parent,
            id=fields["id"],
            rule="structured.record.v1",
        )
        replies.append(reply)
        if fields["id"] is not None:
            index_of.setdefault(fields["id"], k)

    return Thread(
        source=thread_id if thread_id else source,
        title=title,
        article=Article(_paragraphs(article)),
        replies=replies,
    )
