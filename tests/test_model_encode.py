"""How pairs become token ids (stance.model.StanceCrossEncoder.encode), genres included."""

import dataclasses

import pytest

from stance.model import DEFAULT_MODEL_DIR, ModelMeta, Pair, StanceCrossEncoder, genre_tokens
from training.adapters import SOURCE_GENRE, Example


@pytest.fixture(scope="module")
def shipped() -> StanceCrossEncoder:
    return StanceCrossEncoder.load(DEFAULT_MODEL_DIR, dtype="float32")


def _with_meta(model: StanceCrossEncoder, **changes) -> StanceCrossEncoder:
    meta = dataclasses.replace(model.meta, **changes)
    return StanceCrossEncoder(model.forward, model.tokenizer, model.id2label, meta, model.path)


def test_no_genre_marker_without_genre_tokens(shipped):
    model = _with_meta(shipped, genre_tokens={})
    ids = model.encode([Pair("ISIS shot down a jet", "Turkey did, not ISIS.", genre="news")])[0]
    assert ids["input_ids"][0] == model.cls_id
    assert ids["input_ids"][1] != model.tokenizer.token_to_id("[unused2]")


def test_genre_marker_follows_cls_and_counts_against_the_budget(shipped):
    model = _with_meta(shipped, genre_tokens=genre_tokens(), max_length=32)
    long_text = " ".join(["The minister denied the report again."] * 20)
    for genre, token in genre_tokens().items():
        ids = model.encode([Pair("ISIS shot down a jet", long_text, genre=genre)])[0]
        assert ids["input_ids"][:2] == [model.cls_id, model.tokenizer.token_to_id(token)]
        assert len(ids["input_ids"]) <= 32
        assert ids["token_type_ids"][1] == 0  # the marker belongs to the first segment


def test_unknown_genre_is_an_error(shipped):
    model = _with_meta(shipped, genre_tokens=genre_tokens())
    with pytest.raises(ValueError, match="unknown genre"):
        model.encode([Pair("a claim", "a reply", genre="poetry")])


def test_genre_tokens_are_distinct_unused_vocabulary(shipped):
    ids = [shipped.tokenizer.token_to_id(t) for t in genre_tokens().values()]
    assert len(set(ids)) == len(ids) and all(i is not None and i < 100 for i in ids)


def test_examples_take_their_genre_from_the_dataset():
    assert Example("t", "x", "supports", "fnc1").genre == "news"
    assert Example("t", "x", "supports", "rumoureval2019").genre == "reply"
    assert Example("t", "x", "supports", "nli").genre == "nli"
    assert Example("t", "x", "supports", "fnc1", genre="reply").genre == "reply"
    assert set(SOURCE_GENRE.values()) <= set(genre_tokens())


def test_model_meta_round_trips_genre_tokens():
    meta = ModelMeta(genre_tokens=genre_tokens())
    assert ModelMeta(**dataclasses.asdict(meta)).genre_tokens == genre_tokens()
