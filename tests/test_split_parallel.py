"""The line cascade on two processes gives exactly what one process gives."""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

import pytest

from stance.split import SplitConfig, parallel, split_text
from stance.split import pipeline as P
from stance.split import rules as R
from stance.split.parallel import can_fork, split_across_two

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples" / "threads"
CFG = SplitConfig()


def _two_cores() -> bool:
    return sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) >= 2


@pytest.fixture
def fork_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the machine could fork, let it: earlier tests may leave an idle helper
    thread (tqdm's monitor) that makes `can_fork` refuse, and these functions take no
    lock such a thread could hold."""
    if not _two_cores():
        pytest.skip("needs Linux and two usable cores")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    assert can_fork()


def _squares_and_pid(xs: list[int]) -> list[tuple[int, int]]:
    return [(x * x, os.getpid()) for x in xs]


def test_short_list_stays_on_one_process() -> None:
    out = split_across_two(_squares_and_pid, list(range(10)), min_items=11)
    assert [v for v, _ in out] == [x * x for x in range(10)]
    assert {pid for _, pid in out} == {os.getpid()}


@pytest.mark.usefixtures("fork_allowed")
def test_long_list_is_shared_with_a_child_in_order() -> None:
    out = split_across_two(_squares_and_pid, list(range(1001)), min_items=2)
    assert [v for v, _ in out] == [x * x for x in range(1001)]
    pids = [pid for _, pid in out]
    # The parent judges the first half, the child the rest.
    assert set(pids[:500]) == {os.getpid()}
    assert os.getpid() not in set(pids[500:])


@pytest.mark.usefixtures("fork_allowed")
def test_a_failing_child_makes_the_parent_redo_its_half() -> None:
    parent = os.getpid()

    def fails_in_child(xs: list[int]) -> list[int]:
        if os.getpid() != parent:
            raise RuntimeError("child")
        return [x + 1 for x in xs]

    assert split_across_two(fails_in_child, list(range(100)), min_items=2) == list(range(1, 101))


@pytest.mark.usefixtures("fork_allowed")
def test_an_error_in_the_parent_leaves_no_child_behind() -> None:
    parent = os.getpid()

    def fails_in_parent(xs: list[int]) -> list[int]:
        if os.getpid() == parent:
            raise ValueError("parent")
        return xs

    with pytest.raises(ValueError, match="parent"):
        split_across_two(fails_in_parent, list(range(100)), min_items=2)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left unreaped


@pytest.mark.usefixtures("fork_allowed")
def test_a_host_that_ignores_sigchld_still_gets_the_childs_half() -> None:
    # With SIGCHLD ignored the system reaps the child itself, and waitpid has nothing
    # to wait for; the data read from the pipe is then all there is to check.
    before = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        out = split_across_two(_squares_and_pid, list(range(300)), min_items=2)
    finally:
        signal.signal(signal.SIGCHLD, before)
    assert [v for v, _ in out] == [x * x for x in range(300)]
    assert os.getpid() not in {pid for _, pid in out[150:]}


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not can_fork()
        out = split_across_two(_squares_and_pid, list(range(50)), min_items=2)
        assert {pid for _, pid in out} == {os.getpid()}
    finally:
        stop.set()
        worker.join()


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_rule_by_rule_cascade_matches_line_by_line(name: str) -> None:
    lines, _ = P.prepared_lines((EXAMPLES / name).read_text(encoding="utf-8"))
    assert R.classify_lines(lines, CFG) == [R.classify_line(x, CFG) for x in lines]


@pytest.mark.usefixtures("fork_allowed")
@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_line_roles_on_two_processes_match_one(name: str) -> None:
    lines, _ = P.prepared_lines((EXAMPLES / name).read_text(encoding="utf-8"))
    one = P.line_roles(lines, SplitConfig(parallel_min_lines=10**9))
    two = P.line_roles(lines, SplitConfig(parallel_min_lines=1))
    assert two == one


@pytest.mark.usefixtures("fork_allowed")
def test_a_long_thread_splits_the_same_on_two_processes() -> None:
    replies = "".join(
        f"user{n} · {n % 50 + 1}m ago\nReply number {n} says something.\nReply  Share\n\n"
        for n in range(1500)
    )
    text = "Headline of the story\n\n" + "The article body sentence.\n\n" * 5 + replies
    one = split_text(text, "t", SplitConfig(parallel_min_lines=10**9))
    two = split_text(text, "t", SplitConfig(parallel_min_lines=1))
    assert two == one
    assert len(two.replies) == 1500
