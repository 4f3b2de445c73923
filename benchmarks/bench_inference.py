"""Inference benchmark: the naive ways against ours, on the same checkpoint and pairs.

Variants (each runs in its own subprocess so peak memory is its own):
  pipeline   transformers pipeline("text-classification"), one pair at a time
  naive      transformers model, batches of 32 in data order, padded to the longest
  ours-fp32  stance's path: lean runtime, length-sorted batches, relevance windows
  ours-bf16  the same in bfloat16 (AMX on this CPU): widths padded to multiples of 16,
             batches filled to 4,096 tokens with rows padded to a multiple of 1,024,
             bias/GELU/residual fused into oneDNN matrix multiplies
  ours-bf16-1w  the same reading each text in one window, as the naive paths do (the
             default reads a text longer than its budget in up to three windows: 10%
             more encodings on RumourEval dev, for accuracy)
  ours-int8  the same with torch dynamic int8 quantisation of the linear layers
  ort-fp32   (--onnxruntime) ours' encoding and batches, run by ONNX Runtime on the
             transformers model exported to ONNX with ORT's BERT fusions (attention,
             bias-GELU, skip-layer-norm); measured to see whether ORT earns its place
  ort-int8   (--onnxruntime) the same after ORT's dynamic int8 quantisation

Pairs: RumourEval-2019 dev (target = source post, text = reply, context = parent),
their real length distribution. Every variant also scores RumourEval dev macro-F1,
so a speed-up that changes predictions shows by how much.

Run: python benchmarks/bench_inference.py [--model DIR] [--pairs N] [--rounds 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
VARIANTS = ("pipeline", "naive", "ours-fp32", "ours-bf16", "ours-bf16-1w", "ours-int8")
ORT_VARIANTS = ("ort-fp32", "ort-int8")


def _ort_session(model_dir: str, quantize: bool):
    """Export the checkpoint to ONNX, apply ORT's BERT fusions, optionally quantise."""
    import tempfile
    import warnings

    import onnx
    import onnxruntime as ort
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer
    from transformers import AutoModelForSequenceClassification

    warnings.filterwarnings("ignore")
    tmp = Path(tempfile.mkdtemp(prefix="stance-ort-"))
    model = AutoModelForSequenceClassification.from_pretrained(
        model_dir, dtype=torch.float32, attn_implementation="eager"
    ).eval()

    class Logits(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, token_type_ids, attention_mask):
            return self.inner(
                input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask
            ).logits

    names = ["input_ids", "token_type_ids", "attention_mask"]
    dummy = torch.ones(2, 16, dtype=torch.long)
    torch.onnx.export(
        Logits(model),
        (dummy, torch.zeros_like(dummy), dummy),
        str(tmp / "model.onnx"),
        input_names=names,
        output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "seq"} for n in names} | {"logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    config = model.config
    fused = optimizer.optimize_model(
        str(tmp / "model.onnx"),
        model_type="bert",
        num_heads=config.num_attention_heads,
        hidden_size=config.hidden_size,
    )
    fused.save_model_to_file(str(tmp / "fused.onnx"))
    path = tmp / "fused.onnx"
    if quantize:
        quantize_dynamic(
            str(path),
            str(tmp / "int8.onnx"),
            weight_type=QuantType.QInt8,
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )
        path = tmp / "int8.onnx"
    options = ort.SessionOptions()
    options.intra_op_num_threads = torch.get_num_threads()
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _pairs(limit: int | None):
    from training.adapters import load_examples

    rows = load_examples("rumoureval2019", DATA, "dev")
    return rows[:limit] if limit else rows


def _flops_per_pair(config: dict, tokens: int, cls_only_last: bool = False) -> float:
    """Forward FLOPs (2 per multiply-add) of a BERT encoder over one sequence of `tokens`.

    `cls_only_last`: the last layer computes keys and values for every token but the
    rest only for [CLS], as stance's runtime does (`BertClassifier._last_layer`).
    """
    h, inter, layers = (
        config["hidden_size"],
        config["intermediate_size"],
        config["num_hidden_layers"],
    )
    dense = 2 * tokens * (4 * h * h + 2 * h * inter)
    attention = 2 * 2 * tokens * tokens * h
    if not cls_only_last:
        return layers * (dense + attention)
    last = 2 * tokens * 2 * h * h + 2 * 2 * tokens * h + 2 * (2 * h * h + 2 * h * inter)
    return (layers - 1) * (dense + attention) + last


def _macro_f1(preds, golds) -> float:
    from training.evaluate import compute_metrics

    return compute_metrics(preds, golds, ["comment", "deny", "query", "support"])["macro_f1"]


def run_variant(name: str, model_dir: str, limit: int | None) -> dict:
    import torch

    from stance.model import Pair, StanceCrossEncoder
    from training.evaluate import RUMOUREVAL

    rows = _pairs(limit)
    golds = [ex.native for ex in rows]
    config = json.loads((Path(model_dir) / "config.json").read_text())
    start = time.perf_counter()
    if name in ("pipeline", "naive"):
        from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

        from stance.model import quiet_transformers

        quiet_transformers()
        tok = AutoTokenizer.from_pretrained(model_dir)
        model = AutoModelForSequenceClassification.from_pretrained(
            model_dir, dtype=torch.float32
        ).eval()
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        labels, tokens = [], []
        if name == "pipeline":
            clf = pipeline("text-classification", model=model, tokenizer=tok, device=-1)
            for ex in rows:
                out = clf(
                    {"text": ex.target, "text_pair": ex.text}, truncation=True, max_length=128
                )
                labels.append(out["label"] if isinstance(out, dict) else out[0]["label"])
                tokens.append(min(128, len(tok(ex.target, ex.text)["input_ids"])))
        else:
            with torch.inference_mode():
                for i in range(0, len(rows), 32):
                    chunk = rows[i : i + 32]
                    batch = tok(
                        [e.target for e in chunk],
                        [e.text for e in chunk],
                        truncation=True,
                        max_length=128,
                        padding=True,
                        return_tensors="pt",
                    )
                    logits = model(**batch).logits
                    labels += [model.config.id2label[int(j)] for j in logits.argmax(-1)]
                    tokens += [batch["input_ids"].shape[1]] * len(chunk)
        secs = time.perf_counter() - start
        preds = [RUMOUREVAL[label] for label in labels]
    else:
        dtype = "bfloat16" if name.startswith("ours-bf16") else "float32"
        model = StanceCrossEncoder.load(model_dir, dtype=dtype)
        if name == "ours-int8":
            model.quantize_int8()
        if name == "ours-bf16-1w":
            model.text_windows = 1
        if name in ORT_VARIANTS:
            # Same encoding and length-sorted batches as ours; ONNX Runtime runs them.
            session = _ort_session(model_dir, quantize=name == "ort-int8")

            def forward(ids, types, mask):
                feed = {"input_ids": ids, "token_type_ids": types, "attention_mask": mask}
                return torch.from_numpy(
                    session.run(None, {k: v.numpy() for k, v in feed.items()})[0]
                )

            model.forward = forward
        load_s = time.perf_counter() - start
        pairs = [Pair(ex.target, ex.text, ex.context) for ex in rows]
        start = time.perf_counter()
        probs = model.probabilities(pairs)
        secs = time.perf_counter() - start
        preds = [RUMOUREVAL[model.id2label[int(j)]] for j in probs.argmax(-1)]
        # Each encoded window costs its batch's padded width, batched as
        # `StanceCrossEncoder.probabilities` batches them (widths rounded to 16 and
        # batches filled to a token budget in bf16).
        windows = model.encode_windows(pairs, model.text_windows)
        flat = [encoding for encodings in windows for encoding in encodings]
        tokens = [width for idx, width in model.batches(flat) for _ in idx]
    cls_only_last = name.startswith("ours")
    flops = sum(_flops_per_pair(config, t, cls_only_last) for t in tokens)
    return {
        "variant": name,
        "pairs": len(rows),
        "seconds": secs,
        "pairs_per_s": len(rows) / secs,
        "gflops_per_s": flops / secs / 1e9,
        "load_s": load_s,
        "macro_f1": _macro_f1(preds, golds),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _median_run(runs: list[dict]) -> dict:
    """The run with the median speed (the lower middle one for an even count)."""
    ranked = sorted(runs, key=lambda r: r["pairs_per_s"])
    return ranked[(len(ranked) - 1) // 2] | {"runs": [r["pairs_per_s"] for r in runs]}


def thread_latency(model_dir: str, repeat: int) -> dict:
    """Cold and warm `stance label` latency, measured as benchmarks/bench_label.py does."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_label import cold_runs, warm_runs

    warm, replies = warm_runs(repeat * 4, model_dir)
    cold = cold_runs(repeat, model_dir)
    return {
        "cold_s": statistics.median(cold),
        "warm_s": statistics.median(warm),
        "replies": replies,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", default=str(ROOT / "stance" / "models" / "default"))
    parser.add_argument("--pairs", type=int, default=None, help="limit pairs (default: all dev)")
    parser.add_argument(
        "--pipeline-pairs", type=int, default=300, help="pairs for the slow one-at-a-time variant"
    )
    parser.add_argument("--variant", choices=VARIANTS + ORT_VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--onnxruntime",
        action="store_true",
        help="also run ONNX Runtime variants (needs onnxruntime, onnx; not a dependency)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="cold `stance label` runs")
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs per variant, interleaved; medians reported"
    )
    parser.add_argument("--out", default=None, help="write the markdown table here")
    args = parser.parse_args()
    if args.variant:
        limit = args.pipeline_pairs if args.variant == "pipeline" else args.pairs
        print(json.dumps(run_variant(args.variant, args.model, limit)))
        return
    names = VARIANTS + (ORT_VARIANTS if args.onnxruntime else ())
    runs: dict[str, list[dict]] = {name: [] for name in names}
    # Rounds interleave the variants, so a slow spell on this shared machine hits all of
    # them; each variant reports its median-speed run.
    for _ in range(args.rounds):
        for name in names:
            cmd = [
                sys.executable,
                __file__,
                "--variant",
                name,
                "--model",
                args.model,
                "--pipeline-pairs",
                str(args.pipeline_pairs),
            ]
            if args.pairs:
                cmd += ["--pairs", str(args.pairs)]
            out = (
                subprocess.run(cmd, check=True, capture_output=True, text=True)
                .stdout.strip()
                .splitlines()[-1]
            )
            runs[name].append(json.loads(out))
            print(f"{name}: {runs[name][-1]['pairs_per_s']:.1f} pairs/s", file=sys.stderr)
    results = [_median_run(runs[name]) for name in names]
    latency = thread_latency(args.model, args.repeat)
    base = {r["variant"]: r for r in results}
    lines = [
        "| variant | pairs | pairs/s, median (range) | × pipeline | × naive batched | GFLOP/s "
        "| RumourEval dev macro-F1 | Δ F1 vs ours-fp32 | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['variant']} | {r['pairs']} | {r['pairs_per_s']:.1f} "
            f"({min(r['runs']):.0f}–{max(r['runs']):.0f}) "
            f"| {r['pairs_per_s'] / base['pipeline']['pairs_per_s']:.1f} "
            f"| {r['pairs_per_s'] / base['naive']['pairs_per_s']:.2f} | {r['gflops_per_s']:.0f} "
            f"| {r['macro_f1']:.4f} | "
            f"{r['macro_f1'] - base['ours-fp32']['macro_f1']:+.4f} | {r['peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        f"`stance label`: example 003 in a fresh process, and a {latency['replies']}-reply "
        "thread warm: "
        f"cold process {latency['cold_s']:.2f} s, "
        f"warm {latency['warm_s'] * 1000:.0f} ms (medians).",
    ]
    table = "\n".join(lines)
    print(table)
    if args.out:
        Path(args.out).write_text(table + "\n")


if __name__ == "__main__":
    main()
