"""A lean BERT forward pass over safetensors weights, for inference without transformers.

Importing transformers costs over a second on a laptop CPU, more than the whole
labelling of a short thread; a MiniLM cross-encoder's forward pass is a few dozen
lines of torch. This module computes exactly what transformers'
`BertForSequenceClassification` computes in eval mode (tests/test_encoder.py checks the
logits against it), reading the same `config.json` and `model.safetensors`.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import torch
from safetensors.torch import load_file

# Tokens in a full batch of the bf16 path (`StanceCrossEncoder` fills batches to this
# budget): the row count the weights are laid out for once, at load.
FULL_BATCH_ROWS = 4096
# The last layer's [CLS] rows are padded to a multiple of this on the fused path.
CLS_ROWS_MULTIPLE = 256


class BertClassifier:
    """BERT encoder + pooler + linear head, eval mode only, weights from safetensors."""

    def __init__(
        self, weights: dict[str, torch.Tensor], config: dict, dtype: torch.dtype = torch.float32
    ) -> None:
        self.config = config
        self.dtype = dtype
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.w = {k.removeprefix("bert."): v.to(dtype) for k, v in weights.items()}
        self.layers = int(config["num_hidden_layers"])
        # One matrix multiply for query, key and value instead of three (the last layer
        # splits its query from its keys and values instead, below).
        for i in range(self.layers - 1):
            p = f"encoder.layer.{i}.attention.self"
            self.w[f"{p}.qkv.weight"] = torch.cat(
                [self.w[f"{p}.{n}.weight"] for n in ("query", "key", "value")]
            )
            self.w[f"{p}.qkv.bias"] = torch.cat(
                [self.w[f"{p}.{n}.bias"] for n in ("query", "key", "value")]
            )
        # The last layer needs queries for the [CLS] rows only (see `_last_layer`): its
        # keys and values are one matrix multiply over every row, its queries another
        # over [CLS] rows.
        last = f"encoder.layer.{self.layers - 1}.attention.self"
        for part in ("weight", "bias"):
            self.w[f"{last}.kv.{part}"] = torch.cat(
                [self.w[f"{last}.{n}.{part}"] for n in ("key", "value")]
            )
        self._int8: torch.nn.ModuleDict | None = None
        # bf16 on oneDNN: bias, GELU and the residual add run inside the matrix multiply
        # (oneDNN post-ops) instead of as separate passes over memory; measured 23% off a
        # linear+GELU and 8% off a linear+add here (benchmarks/bench_inference.py).
        self.fused = dtype == torch.bfloat16 and _has_fused_linear()
        # oneDNN also builds a kernel per row count: the fused path pads the (batch x
        # width) rows it multiplies to a multiple of this, so batches filled to a token
        # budget share one shape (10-15 ms saved per linear layer and new shape here).
        self.rows_multiple = 1024 if self.fused else 1
        # Weights reordered once into oneDNN's blocked layout for the row count of a full
        # batch, instead of on every call: 5% off the linear layers at 4,096 rows here.
        self.packed: dict[str, torch.Tensor] = {}
        if self.fused:
            for name in self._dense_layers():
                weight = self.w[f"{name}.weight"]
                self.packed[name] = torch.ops.mkldnn._reorder_linear_weight(weight, FULL_BATCH_ROWS)
        if config.get("hidden_act", "gelu") != "gelu":
            raise ValueError(f"unsupported activation {config.get('hidden_act')}")

    @classmethod
    def from_dir(cls, path: str | Path, dtype: torch.dtype = torch.float32) -> BertClassifier:
        path = Path(path)
        config = json.loads((path / "config.json").read_text())
        return cls(load_file(str(path / "model.safetensors")), config, dtype)

    def _linear(self, x: torch.Tensor, name: str, post: str = "none") -> torch.Tensor:
        """x @ W.T + b, then `post` ("none" or "gelu"): one oneDNN call when fused."""
        if self.fused and self._int8 is None:
            weight, bias = self.packed[name], self.w[f"{name}.bias"]
            algorithm = "none" if post == "gelu" else ""  # erf GELU, as BERT uses
            return torch.ops.mkldnn._linear_pointwise(x, weight, bias, post, [], algorithm)
        if self._int8 is not None:
            out = self._int8[name.replace(".", "_")](x)
        else:
            out = torch.nn.functional.linear(x, self.w[f"{name}.weight"], self.w[f"{name}.bias"])
        return torch.nn.functional.gelu(out) if post == "gelu" else out

    def _linear_add(self, x: torch.Tensor, name: str, residual: torch.Tensor) -> torch.Tensor:
        if self.fused and self._int8 is None:
            weight, bias = self.packed[name], self.w[f"{name}.bias"]
            return torch.ops.mkldnn._linear_pointwise.binary(x, residual, weight, bias, "add")
        return self._linear(x, name) + residual

    def quantize_int8(self) -> None:
        """Dynamic int8 quantisation of every dense layer (weights int8, activations fp32)."""
        linears = torch.nn.ModuleDict()
        for name in self._dense_layers():
            weight = self.w[f"{name}.weight"]
            layer = torch.nn.Linear(weight.shape[1], weight.shape[0])
            layer.weight.data = weight.float()
            layer.bias.data = self.w[f"{name}.bias"].float()
            linears[name.replace(".", "_")] = layer
        self._int8 = torch.ao.quantization.quantize_dynamic(
            linears, {torch.nn.Linear}, dtype=torch.qint8
        )

    def _dense_layers(self) -> list[str]:
        """The dense layers the forward pass calls, by weight name (the classifier head
        excepted): fused qkv in all layers but the last, whose query runs alone."""
        names = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}"
            if i < self.layers - 1:
                names.append(f"{p}.attention.self.qkv")
            else:
                names += [f"{p}.attention.self.kv", f"{p}.attention.self.query"]
            names += [f"{p}.attention.output.dense", f"{p}.intermediate.dense", f"{p}.output.dense"]
        return [*names, "pooler.dense"]

    def _norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return torch.nn.functional.layer_norm(
            x, x.shape[-1:], self.w[f"{name}.weight"], self.w[f"{name}.bias"], self.eps
        )

    def __call__(
        self, input_ids: torch.Tensor, token_type_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> torch.Tensor:
        """Logits for a padded batch (batch, seq) -> (batch, num_labels), in float32.

        The hidden state is kept as (rows, hidden), rows = batch x seq padded to
        `rows_multiple`; the padding rows go through the row-wise layers and are never
        read by attention or the pooler.
        """
        w = self.w
        batch, seq = input_ids.shape
        positions = torch.arange(seq)
        x = (
            w["embeddings.word_embeddings.weight"][input_ids]
            + w["embeddings.position_embeddings.weight"][positions]
            + w["embeddings.token_type_embeddings.weight"][token_type_ids]
        )
        hidden = x.shape[-1]
        head_dim = hidden // self.heads
        real = batch * seq
        rows = -(-real // self.rows_multiple) * self.rows_multiple
        x = self._norm(_pad_rows(x.reshape(real, hidden), rows), "embeddings.LayerNorm")
        # Boolean mask: True where attention is allowed (pad keys are masked out).
        mask = attention_mask.bool()[:, None, None, :]
        for i in range(self.layers - 1):
            p = f"encoder.layer.{i}"
            qkv = self._linear(x, f"{p}.attention.self.qkv")[:real].view(batch, seq, -1)
            q, k, v = (
                t.view(batch, seq, self.heads, head_dim).transpose(1, 2)
                for t in qkv.split(hidden, dim=-1)
            )
            ctx = torch.nn.functional.scaled_dot_product_attention(
                q, k, v, attn_mask=mask, scale=1.0 / math.sqrt(head_dim)
            )
            x = self._layer_tail(_pad_rows(ctx.transpose(1, 2).reshape(real, hidden), rows), x, p)
        cls = self._last_layer(x, mask, batch, seq)
        pooled = torch.tanh(self._linear(cls, "pooler.dense"))[:batch]
        return torch.nn.functional.linear(
            pooled, self.w["classifier.weight"], self.w["classifier.bias"]
        ).float()

    def _last_layer(
        self, x: torch.Tensor, mask: torch.Tensor, batch: int, seq: int
    ) -> torch.Tensor:
        """The last layer's output at the [CLS] rows, the only rows the pooler reads.

        Every token's keys and values are still needed, but queries, the attention
        output, the feed-forward block and the layer norms run on one row per pair
        instead of `seq`: the same logits for about 5/6 of a layer's work less (14% of
        the forward pass's matrix-multiply FLOPs). The [CLS] rows are padded to a
        multiple of `CLS_ROWS_MULTIPLE` so that oneDNN meets few row counts (it builds a kernel per
        shape).
        """
        p = f"encoder.layer.{self.layers - 1}"
        hidden = x.shape[-1]
        head_dim = hidden // self.heads
        real = batch * seq
        kv = self._linear(x, f"{p}.attention.self.kv")[:real].view(batch, seq, -1)
        k, v = (
            t.view(batch, seq, self.heads, head_dim).transpose(1, 2)
            for t in kv.split(hidden, dim=-1)
        )
        step = CLS_ROWS_MULTIPLE if self.rows_multiple > 1 else 1
        cls_rows = -(-batch // step) * step
        first = _pad_rows(x[:real:seq], cls_rows)
        q = self._linear(first, f"{p}.attention.self.query")[:batch]
        ctx = torch.nn.functional.scaled_dot_product_attention(
            q.view(batch, 1, self.heads, head_dim).transpose(1, 2),
            k,
            v,
            attn_mask=mask,
            scale=1.0 / math.sqrt(head_dim),
        ).reshape(batch, hidden)
        return self._layer_tail(_pad_rows(ctx, cls_rows), first, p)

    def _layer_tail(self, ctx: torch.Tensor, residual: torch.Tensor, p: str) -> torch.Tensor:
        """A layer after its attention: output projection, residual and norm, then the
        feed-forward block, residual and norm; the same code for every layer, so the
        last layer's [CLS]-only path cannot drift from the others."""
        y = self._norm(
            self._linear_add(ctx, f"{p}.attention.output.dense", residual),
            f"{p}.attention.output.LayerNorm",
        )
        h = self._linear(y, f"{p}.intermediate.dense", post="gelu")
        return self._norm(self._linear_add(h, f"{p}.output.dense", y), f"{p}.output.LayerNorm")


def _pad_rows(t: torch.Tensor, rows: int) -> torch.Tensor:
    """`t` (n, width) with zero rows appended up to `rows` (oneDNN's row-count buckets)."""
    n = t.shape[0]
    return t if rows <= n else torch.nn.functional.pad(t, (0, 0, 0, rows - n))


def _has_fused_linear() -> bool:
    """oneDNN's fused linear (what torch.compile emits on CPU) in this torch build."""
    try:
        return torch.backends.mkldnn.is_available() and hasattr(
            torch.ops.mkldnn, "_linear_pointwise"
        )
    except (AttributeError, RuntimeError):
        return False
