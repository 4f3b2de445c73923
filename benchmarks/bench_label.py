"""Time `stance label`: a fresh process on example 003, and a warm 10-reply thread.

Targets (issue 4): cold process <= 3 s wall; warm 10-reply thread <= 0.3 s.
Run: python benchmarks/bench_label.py [--model DIR] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT.parent / "shared" / "examples" / "threads" / "003_8ed88bf6df9fa53f.txt"


def cold_runs(repeat: int, model: str | None) -> list[float]:
    cmd = [sys.executable, "-m", "stance", "label", str(EXAMPLE), "--format", "json"]
    if model:
        cmd += ["--model", model]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def warm_runs(repeat: int, model: str | None) -> tuple[list[float], int]:
    from stance.label import Labeller
    from stance.model import StanceCrossEncoder
    from stance.split import split_text
    from stance.thread import Reply

    thread = split_text(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE))
    # Ten replies: the seven of 003 and three of its replies again, as new posts.
    extra = [Reply(8 + i, r.text, parent=r.parent) for i, r in enumerate(thread.replies[:3])]
    thread.replies = thread.replies + extra
    labeller = Labeller(StanceCrossEncoder.load(model))
    labeller.label(thread)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        labeller.label(thread)
        times.append(time.perf_counter() - start)
    return times, len(thread.replies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cold = cold_runs(args.repeat, args.model)
    warm, n = warm_runs(args.repeat * 4, args.model)
    print(
        f"cold `stance label` on 003: median {statistics.median(cold):.2f} s, "
        f"min {min(cold):.2f} s (target <= 3 s)"
    )
    print(
        f"warm {n}-reply thread: median {statistics.median(warm) * 1000:.0f} ms, "
        f"min {min(warm) * 1000:.0f} ms (target <= 300 ms)"
    )


if __name__ == "__main__":
    main()
