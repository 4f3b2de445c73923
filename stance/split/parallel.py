"""Runs a pure function of a long list on two processes, one half each.

The line cascade is the splitter's largest cost: about 30 µs for each distinct line, and
a 1 MB thread has some 19,000 of them (BENCHMARKS.md, "Splitting"). Each line's verdict
reads only that line, so the list can be cut in two and the halves judged at once on
two cores. Threads would not help (the cascade is pure Python, one interpreter lock);
a forked child shares the parent's compiled patterns and loaded word lists for free,
and sends back only its verdicts.

A fork is taken only where it is safe and pays: on Linux, with a second core this
process may use, with no other Python thread running (a thread holding a lock at the
fork would leave that lock held in the child), and for lists long enough that the ~5 ms
of fork and transfer are repaid. Anything that goes wrong in the child (an error in the
function, a killed process, a short read) makes the parent judge that half itself, so
the result is always what the plain loop gives.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U", bound=Hashable)


def can_fork() -> bool:
    """True where a second process may run the other half: Linux, two usable cores,
    and this the only Python thread."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() != 1:
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except OSError:
        return False


def split_across_two(
    fn: Callable[[Sequence[T]], list[U]], items: Sequence[T], min_items: int
) -> list[U]:
    """`fn(items)`, computed as `fn(first half) + fn(second half)` on two processes
    when `items` has at least `min_items` entries and `can_fork()`. `fn` must work item
    by item (so that the halves add up to the whole) and be pure, and its results must
    be hashable: equal results are sent once (most lines share a handful of verdicts)."""
    if len(items) < min_items or not can_fork():
        return fn(items)
    half = len(items) // 2
    try:
        read_fd, write_fd = os.pipe()
    except OSError:
        return fn(items)
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return fn(items)
    if pid == 0:  # the child: judge the second half, send it, leave without cleanup
        _run_child(fn, items[half:], read_fd, write_fd)
    os.close(write_fd)
    finished = False
    try:
        head = fn(items[:half])
        with os.fdopen(read_fd, "rb") as pipe:
            read_fd = -1
            data = pipe.read()
        finished = True
    finally:
        if read_fd != -1:
            os.close(read_fd)
        if not finished:  # the parent failed or was interrupted: the child's work is moot
            os.kill(pid, signal.SIGKILL)
        status = _reap(pid)
    tail = _child_result(data, status, len(items) - half)
    if tail is None:
        tail = fn(items[half:])
    return head + tail


def _run_child(
    fn: Callable[[Sequence[T]], list[U]], items: Sequence[T], read_fd: int, write_fd: int
) -> None:
    """Judge `items`, write them pickled to `write_fd` and exit; never returns, never
    runs the parent's exit handlers or flushes its buffers (`os._exit`)."""
    status = 1
    try:
        os.close(read_fd)
        shared: dict[U, U] = {}
        results = [shared.setdefault(r, r) for r in fn(items)]
        data = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
        status = 0
    except BaseException:  # noqa: BLE001 - any failure: the parent redoes the half
        status = 1
    finally:
        os._exit(status)


def _reap(pid: int) -> int | None:
    """The child's exit status; None where the host ignores SIGCHLD and the system has
    reaped it already (the data read is then checked on its own)."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return None


def _child_result(data: bytes, status: int | None, expected: int) -> list | None:
    """The child's verdicts, or None when it did not finish cleanly: a bad exit status,
    or data that does not unpickle to a list of the expected length."""
    exited_badly = status is not None and (not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0)
    if exited_badly or not data:
        return None
    try:
        results = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError):
        return None
    if not isinstance(results, list) or len(results) != expected:
        return None
    return results
