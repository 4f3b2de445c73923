"""Time `split_text` on a ~1 MB thread; the target is under one second.

The thread is example 003's article followed by its replies repeated in several
layouts (blank-line blocks, comment cards, 'wrote:' quotes, numbered posts) until the
page reaches 1 MB, so every rule cascade and the parent search get exercised.

`--layout cards` builds the other kind of long page instead: a thousand-odd comment
cards with no comment header above them ('Reply  Share' / '5 hours ago' / text), where a
card rule once scanned every line above each time line: 5.99 s for 1 MB in session 16,
0.80 s since (BENCHMARKS.md).

`--layout cjk` builds a Japanese page (note.com's comment cards: name, date, text, 'スキ'
and its count, '返信'), every line of it non-ASCII, where `rules.count_words` counts kana
and Han characters (session 17): 0.97-0.99 s for 1 MB (5,424 replies), against
1.01 s for the session's starting code timed alongside (BENCHMARKS.md).

`--layout bylines` builds comment cards opened by 'Posted by NAME, a resident of PLACE'
over their time (Embarcadero's Town Square) with no comment header above them, where a
card rule looked for one among all the labels above every card until session 17
(BENCHMARKS.md).

Run: python benchmarks/bench_split.py [--size-mb 1.0] [--repeat 3]
                                      [--layout mixed|cards|cjk|bylines]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from stance.split import split_text

EXAMPLE = Path(__file__).resolve().parents[2] / "shared/examples/threads/003_8ed88bf6df9fa53f.txt"
FALLBACK_ARTICLE = (
    "Leaked files show deals between IS and Damascus\n\n"
    + "Islamic State and the Assad regime have been colluding in deals, Sky News says.\n\n" * 20
)
REPLIES = [
    "Is this similar to the Nazi-Soviet Pact?",
    "Perhaps in a way. Russia (and Assad) never really did attack ISIS.",
    "Turkey shot down the fighter jet, not ISIS. Turkey, your friendly NATO ally.",
    "Russia never really did engage ISIS.",
]


def _grow(head: list[str], chunk: Callable[[int], str], size_bytes: int) -> str:
    """`head` (an article, maybe a comment header), then `chunk(0)`, `chunk(1)`, … until
    the article and the chunks reach size_bytes."""
    parts = list(head)
    size = len(head[0].encode())
    n = 0
    while size < size_bytes:
        text = chunk(n)
        parts.append(text)
        size += len(text.encode())
        n += 1
    return "".join(parts)


def _mixed_chunk(n: int) -> str:
    """Reply n in one of four layouts: a card, a 'wrote:' quote, a numbered post, a
    bare block."""
    text = REPLIES[n % len(REPLIES)] + f" (post {n})"
    layout = n % 4
    if layout == 0:
        return f"user{n} · {n % 59 + 1}m ago\n{text}\nReply  Share  Report\n\n"
    if layout == 1:
        return f"user{n - 1} wrote:\n> {REPLIES[(n - 1) % len(REPLIES)]}\n{text}\n\n"
    if layout == 2:
        return f"#{n} user{n}\n{text}\n\n"
    return f"{text}\n\n"


def build_thread(size_bytes: int) -> str:
    """Article plus replies in mixed layouts until the text reaches size_bytes."""
    if EXAMPLE.is_file():
        article = EXAMPLE.read_text(encoding="utf-8").split("\n\n\nIs this similar")[0]
    else:
        article = FALLBACK_ARTICLE
    return _grow([article, "\n\n1,234 Comments\n\n"], _mixed_chunk, size_bytes)


def build_cards(size_bytes: int) -> str:
    """An article, then comment cards with no comment header until size_bytes."""
    return _grow(
        [FALLBACK_ARTICLE],
        lambda n: f"Reply  Share\n{n % 23 + 1} hours ago\n{REPLIES[n % len(REPLIES)]} (post {n})\n",
        size_bytes,
    )


CJK_ARTICLE = (
    "初めての雲取山、日帰りで挑んで後悔した話\n\n"
    + "登山を始めて二年目、奥多摩の山はだいたい日帰りで歩いてきたので、"
    "東京都最高峰もいけるだろうと思って雲取山に日帰りで行ってきました。\n\n" * 12
)
CJK_REPLIES = [
    "お疲れさまでした！私も去年同じルートを歩いて、全く同じ膝の状態になりました。",
    "山荘泊おすすめです。夕方の富士山がすごく綺麗ですよ。",
    "三月は日陰に凍結が残っていることがあるので、チェーンスパイクは持っていった方が安心です。",
    "読んでいて膝が痛くなりました…",
]


def build_cjk(size_bytes: int) -> str:
    """A Japanese article, then note.com-style comment cards until size_bytes."""
    return _grow(
        [CJK_ARTICLE, "コメント（999）\n\n"],
        lambda n: (
            f"山歩き{n % 97}\n2025年{n % 12 + 1}月{n % 28 + 1}日 {n % 24}:{n % 60:02d}\n"
            f"{CJK_REPLIES[n % len(CJK_REPLIES)]}\nスキ\n{n % 9}\n返信\n\n"
        ),
        size_bytes,
    )


def build_bylines(size_bytes: int) -> str:
    """An article, then 'Posted by NAME, a resident of PLACE' cards over their time and
    text until size_bytes, with no comment header."""
    return _grow(
        [FALLBACK_ARTICLE],
        lambda n: (
            f"Posted by Sam K{n % 50}., a resident of Menlo Park: Belle Haven\n"
            f"on Mar {n % 28 + 1}, 2025 at {n % 12 + 1}:15 pm\n"
            f"{REPLIES[n % len(REPLIES)]} (post {n})\n\n"
        ),
        size_bytes,
    )


BUILDERS = {"mixed": build_thread, "cards": build_cards, "cjk": build_cjk, "bylines": build_bylines}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    parser.add_argument("--layout", choices=tuple(BUILDERS), default="mixed")
    args = parser.parse_args(argv)
    build = BUILDERS[args.layout]
    text = build(int(args.size_mb * 1024 * 1024))
    runs = []
    thread = None
    for _ in range(args.repeat):
        start = time.perf_counter()
        thread = split_text(text, "bench")
        runs.append(time.perf_counter() - start)
    assert thread is not None
    best = min(runs)
    size_mb = len(text.encode()) / 1024 / 1024
    verdict = "OK" if best < 1.0 else "TOO SLOW"
    # The first run also loads the learned scorers' weights and fills the token-kind
    # cache that later pages share; the split's own caches are per page.
    print(
        f"split_text: {size_mb:.2f} MB, {len(thread.replies)} replies, "
        f"best of {args.repeat}: {best:.3f} s ({verdict}, target < 1 s); first run {runs[0]:.3f} s"
    )
    return 0 if best < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
