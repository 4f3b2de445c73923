"""Direct classification of (target, text[, context]) pairs: the `stance classify` rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from stance import errors
from stance.model import GENRES, Pair, StanceCrossEncoder


@dataclass
class PairRecord:
    """A validated input line of a pairs file."""

    id: str
    pair: Pair
    line: int


def parse_pair_record(obj: object, source: str, line: int) -> PairRecord:
    """Validate one decoded JSON line against SPEC's pair schema.

    Raises:
        BadInputError: not an object, `id`/`target`/`text` missing or not strings, or
            an unknown `genre`.
    """
    if not isinstance(obj, dict):
        raise errors.bad_pair_record(source, line, f"expected an object, got {type(obj).__name__}")
    for key in ("target", "text"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise errors.bad_pair_record(source, line, f"'{key}' must be a non-empty string")
    context = obj.get("context")
    if context is not None and not isinstance(context, str):
        raise errors.bad_pair_record(source, line, "'context' must be a string when given")
    rid = obj.get("id", str(line))
    if not isinstance(rid, (str, int)):
        raise errors.bad_pair_record(source, line, "'id' must be a string")
    # Optional: what kind of text `text` is; models trained with genre markers use it.
    genre = obj.get("genre", "reply")
    if genre not in GENRES:
        raise errors.bad_pair_record(source, line, f"'genre' must be one of {', '.join(GENRES)}")
    return PairRecord(str(rid), Pair(obj["target"], obj["text"], context, genre), line)


def classify_records(
    model: StanceCrossEncoder, records: Iterable[PairRecord], batch_size: int = 256
) -> Iterator[dict]:
    """Classify records in input order, `batch_size` at a time so memory stays bounded."""
    batch: list[PairRecord] = []

    def flush() -> Iterator[dict]:
        preds = model.predict([r.pair for r in batch])
        for rec, pred in zip(batch, preds, strict=True):
            yield {
                "id": rec.id,
                "label": pred.label,
                "scores": {k: round(v, 4) for k, v in pred.scores.items()},
                "related": round(pred.related, 4),
            }
        batch.clear()

    for rec in records:
        batch.append(rec)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
