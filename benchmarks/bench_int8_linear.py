"""Would static int8 on oneDNN's AMX kernels beat the bf16 fused linear layers?

Times, for each of MiniLM's four linear shapes at the runtime's 4,096-row batches:
bf16 `mkldnn._linear_pointwise` (what stance runs), the same with a prepacked weight,
oneDNN's int8 `qlinear_pointwise` on already-quantised input (the kernel alone), the
activation quantisation pass that int8 needs before it (scale from the batch, round,
clamp, cast), and the two together; plus each path's largest error against fp32.

The question it answers: the int8 kernel is faster, but does it stay faster once the
activations must be quantised between layers (BERT's layer norms and attention outputs
are bf16)? Run: python benchmarks/bench_int8_linear.py [--rows 4096]
"""

from __future__ import annotations

import argparse
import sys
import time

import torch

# (in, out, post-op) of one MiniLM-L6 layer's linear layers: QKV, attention output,
# intermediate (+GELU), output.
SHAPES = [(384, 1152, "none"), (384, 384, "none"), (384, 1536, "gelu"), (1536, 384, "none")]


def _ms(fn, repeat: int = 40) -> float:
    for _ in range(5):
        fn()
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat * 1e3


def _quantise(x: torch.Tensor) -> tuple[torch.Tensor, float]:
    """Symmetric per-tensor int8 of a bf16 activation, as a dynamic scheme must."""
    scale = float(x.abs().amax().float()) / 127 or 1.0
    return (x / scale).round_().clamp_(-127, 127).to(torch.int8), scale


def measure_shape(rows: int, k: int, n: int, post: str) -> dict[str, float | str]:
    """Timings (ms) and largest errors against fp32 for one linear shape."""
    x = torch.randn(rows, k).bfloat16()
    w = (torch.randn(n, k) * 0.05).bfloat16()
    b = torch.randn(n).bfloat16()
    algo = "none" if post == "gelu" else ""
    packed_bf16 = torch.ops.mkldnn._reorder_linear_weight(w, rows)
    wf = w.float()
    w_scale = wf.abs().amax(1) / 127
    wq = (wf / w_scale[:, None]).round().clamp(-127, 127).to(torch.int8)
    packed = torch.ops.onednn.qlinear_prepack(wq, [rows, k])
    w_zero = torch.zeros(n, dtype=torch.int32)
    xq, x_scale = _quantise(x)

    def int8(q: torch.Tensor = xq, scale: float = x_scale) -> torch.Tensor:
        return torch.ops.onednn.qlinear_pointwise(
            q, scale, 0, packed, w_scale, w_zero, b.float(), 1.0, 0, torch.bfloat16,
            post, [], algo,
        )  # fmt: skip

    def quantised_int8() -> torch.Tensor:
        return int8(*_quantise(x))

    def bf16(weight: torch.Tensor = w) -> torch.Tensor:
        return torch.ops.mkldnn._linear_pointwise(x, weight, b, post, [], algo)

    ref = torch.nn.functional.linear(x.float(), wf, b.float())
    ref = torch.nn.functional.gelu(ref) if post == "gelu" else ref
    return {
        "shape": f"{rows}x{k}->{n}" + (" +gelu" if post == "gelu" else ""),
        "bf16_ms": _ms(bf16),
        "bf16_packed_ms": _ms(lambda: bf16(packed_bf16)),
        "int8_kernel_ms": _ms(int8),
        "quantise_ms": _ms(lambda: _quantise(x)),
        "int8_total_ms": _ms(quantised_int8),
        "bf16_max_err": float((bf16().float() - ref).abs().max()),
        "int8_max_err": float((quantised_int8().float() - ref).abs().max()),
    }


def measure(rows: int) -> list[dict[str, float | str]]:
    torch.manual_seed(0)
    return [measure_shape(rows, k, n, post) for k, n, post in SHAPES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=4096)
    args = parser.parse_args(argv)
    if not hasattr(torch.ops.onednn, "qlinear_pointwise"):
        print("this torch build has no oneDNN int8 linear", file=sys.stderr)
        return 2
    rows = measure(args.rows)
    cols = list(rows[0])
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        cells = [r[c] if isinstance(r[c], str) else f"{r[c]:.3f}" for c in cols]
        print("| " + " | ".join(cells) + " |")
    totals = {c: sum(float(r[c]) for r in rows) for c in cols[1:6]}
    print(
        "per layer: bf16 {bf16_ms:.2f} ms, int8 kernels {int8_kernel_ms:.2f} ms, "
        "int8 with quantisation {int8_total_ms:.2f} ms".format(**totals)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
