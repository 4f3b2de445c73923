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


def _encoded(lengths):
    return [{"input_ids": [1] * n, "token_type_ids": [0] * n} for n in lengths]


def test_token_budget_batches_fill_to_the_budget(shipped):
    model = _with_meta(shipped)
    model.width_multiple, model.tokens_per_batch = 16, 64
    got = model.batches(_encoded([5, 40, 17, 3, 16, 33]))
    # Sorted by length, widths rounded up to 16, pairs x width never above 64.
    assert got == [([3, 0, 4], 16), ([2], 32), ([5], 48), ([1], 48)]


def test_explicit_batch_size_counts_pairs(shipped):
    model = _with_meta(shipped)
    model.tokens_per_batch = 4096
    got = model.batches(_encoded([7, 2, 9, 4, 5]), batch_size=2)
    assert got == [([1, 3], 4), ([4, 0], 7), ([2], 9)]


def test_logits_keep_input_order_across_batches(shipped):
    model = _with_meta(shipped)
    model.tokens_per_batch = 64
    pairs = [Pair("ISIS shot down the jet", "no " * n) for n in (30, 2, 60, 9)]
    budgeted = model.logits(pairs)
    assert len(model.batches(model.encode(pairs))) > 1
    for pair, row in zip(pairs, budgeted, strict=True):
        assert (row - model.logits([pair])[0]).abs().max() < 1e-4


def test_long_text_is_read_in_several_windows(shipped):
    model = _with_meta(shipped)
    body = " ".join(f"Sentence number {i} says the minister resigned on Friday." for i in range(60))
    windows = model.encode_windows([Pair("The minister resigned", body)], 8)[0]
    assert 2 <= len(windows) <= 8
    assert windows[0] == model.encode([Pair("The minister resigned", body)])[0]
    assert all(len(w["input_ids"]) <= model.meta.max_length for w in windows)


def test_windows_keep_relatedness_of_the_first_and_average_the_stance():
    import torch

    from stance.model import _read_windows

    rows = torch.tensor([[0.6, 0.2, 0.2], [0.0, 0.1, 0.9]])  # columns: a, b, unrelated
    got = _read_windows(rows, unrelated=2)
    assert torch.isclose(got[2], torch.tensor(0.2))
    # Related mass 0.8 split as the windows' mean over a and b: (0.3, 0.15) -> 2:1.
    assert torch.allclose(got[:2], torch.tensor([0.8 * 2 / 3, 0.8 / 3]))
    assert torch.isclose(got.sum(), torch.tensor(1.0))


def test_short_pairs_get_the_plain_calibrated_softmax(shipped):
    import torch

    pairs = [Pair("ISIS shot down the jet", "Turkey shot it down, not ISIS.")]
    plain = (shipped.logits(pairs) / shipped.meta.temperature).softmax(-1)
    assert torch.allclose(shipped.probabilities(pairs), plain, atol=1e-6)
