"""Time `stance report` on RumourEval threads: replies labelled per second, end to end.

Threads are built from ../shared/data/rumoureval2019/dev.jsonl: each source tweet is the
article and its replies are cut into threads of about `--replies` each; these are
cycled until there are `--threads` of them. Target (issue 5): >= 50 replies/s with the
default model over 500 threads of about 15 replies.
Run: python benchmarks/bench_report.py [--threads 500] [--replies 15] [--model DIR]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "rumoureval2019" / "dev.jsonl"
# A tail shorter than this is dropped rather than made into a thread of its own.
MIN_REPLIES = 5


def build_threads(path: Path, n_threads: int, per_thread: int) -> list[dict]:
    """Structured thread records (SPEC.md) cut from RumourEval conversations."""
    tweets: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            tweets[row["thread_id"]].append(row)
    windows = []
    for thread_id in sorted(tweets):
        rows = tweets[thread_id]
        article = rows[0]["source_text"]
        replies = [
            {"id": r["id"], "parent": r["parent_id"], "text": r["text"]}
            for r in rows
            if not r["is_source"]
        ]
        for start in range(0, len(replies), per_thread):
            part = replies[start : start + per_thread]
            if len(part) >= MIN_REPLIES:
                windows.append((thread_id, start, article, part))
    records = []
    for k, (thread_id, start, article, part) in enumerate(islice(cycle(windows), n_threads)):
        records.append({"id": f"{thread_id}-{start}-{k}", "article": article, "replies": part})
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=500)
    parser.add_argument("--replies", type=int, default=15)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()

    from stance.report import run_report

    records = build_threads(DEV, args.threads, args.replies)
    n_replies = sum(len(r["replies"]) for r in records)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "threads.jsonl"
        inputs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        start = time.perf_counter()
        summary = run_report([str(inputs)], Path(tmp) / "report", args.model)
        elapsed = time.perf_counter() - start
        resume_start = time.perf_counter()
        run_report([str(inputs)], Path(tmp) / "report", args.model)
        resumed = time.perf_counter() - resume_start
    print(f"{summary.threads} threads, {n_replies} replies in {elapsed:.1f} s (with model load)")
    print(f"{n_replies / elapsed:.1f} replies/s (target >= 50 with the default model)")
    print(f"re-run with every thread done: {resumed:.1f} s")


if __name__ == "__main__":
    main()
