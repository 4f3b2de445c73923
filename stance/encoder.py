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
        # One matrix multiply for query, key and value instead of three.
        for i in range(self.layers):
            p = f"encoder.layer.{i}.attention.self"
            self.w[f"{p}.qkv.weight"] = torch.cat(
                [self.w[f"{p}.{n}.weight"] for n in ("query", "key", "value")]
            )
            self.w[f"{p}.qkv.bias"] = torch.cat(
                [self.w[f"{p}.{n}.bias"] for n in ("query", "key", "value")]
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
            weight, bias = self.w[f"{name}.weight"], self.w[f"{name}.bias"]
            algorithm = "none" if post == "gelu" else ""  # erf GELU, as BERT uses
            return torch.ops.mkldnn._linear_pointwise(x, weight, bias, post, [], algorithm)
        if self._int8 is not None:
            out = self._int8[name.replace(".", "_")](x)
        else:
            out = torch.nn.functional.linear(x, self.w[f"{name}.weight"], self.w[f"{name}.bias"])
        return torch.nn.functional.gelu(out) if post == "gelu" else out

    def _linear_add(self, x: torch.Tensor, name: str, residual: torch.Tensor) -> torch.Tensor:
        if self.fused and self._int8 is None:
            weight, bias = self.w[f"{name}.weight"], self.w[f"{name}.bias"]
            return torch.ops.mkldnn._linear_pointwise.binary(x, residual, weight, bias, "add")
        return self._linear(x, name) + residual

    def quantize_int8(self) -> None:
        """Dynamic int8 quantisation of every dense layer (weights int8, activations fp32)."""
        linears = torch.nn.ModuleDict()
        for key, weight in self.w.items():
            if (
                key.endswith(".weight")
                and weight.dim() == 2
                and not key.startswith("embeddings")
                and not key.startswith("classifier")
                and not key.endswith(("query.weight", "key.weight", "value.weight"))
            ):
                name = key.removesuffix(".weight")
                layer = torch.nn.Linear(weight.shape[1], weight.shape[0])
                layer.weight.data = weight.float()
                layer.bias.data = self.w[f"{name}.bias"].float()
                linears[name.replace(".", "_")] = layer
        self._int8 = torch.ao.quantization.quantize_dynamic(
            linears, {torch.nn.Linear}, dtype=torch.qint8
        )

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

        def to_rows(t: torch.Tensor) -> torch.Tensor:
            flat = t.reshape(real, hidden)
            return flat if rows == real else torch.nn.functional.pad(flat, (0, 0, 0, rows - real))

        x = self._norm(to_rows(x), "embeddings.LayerNorm")
        # Boolean mask: True where attention is allowed (pad keys are masked out).
        mask = attention_mask.bool()[:, None, None, :]
        for i in range(self.layers):
            p = f"encoder.layer.{i}"
            qkv = self._linear(x, f"{p}.attention.self.qkv")[:real].view(batch, seq, -1)
            q, k, v = (
                t.view(batch, seq, self.heads, head_dim).transpose(1, 2)
                for t in qkv.split(hidden, dim=-1)
            )
            ctx = torch.nn.functional.scaled_dot_product_attention(
                q, k, v, attn_mask=mask, scale=1.0 / math.sqrt(head_dim)
            )
            x = self._norm(
                self._linear_add(to_rows(ctx.transpose(1, 2)), f"{p}.attention.output.dense", x),
                f"{p}.attention.output.LayerNorm",
            )
            h = self._linear(x, f"{p}.intermediate.dense", post="gelu")
            x = self._norm(self._linear_add(h, f"{p}.output.dense", x), f"{p}.output.LayerNorm")
        pooled = torch.tanh(self._linear(x[:real:seq], "pooler.dense"))
        return torch.nn.functional.linear(
            pooled, self.w["classifier.weight"], self.w["classifier.bias"]
        ).float()


def _has_fused_linear() -> bool:
    """oneDNN's fused linear (what torch.compile emits on CPU) in this torch build."""
    try:
        return torch.backends.mkldnn.is_available() and hasattr(
            torch.ops.mkldnn, "_linear_pointwise"
        )
    except (AttributeError, RuntimeError):
        return False
