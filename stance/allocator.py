"""Keep freed memory in the process heap so each batch does not fault in fresh pages.

A bf16 batch allocates a dozen 3–12 MB activations per layer. glibc's malloc serves
blocks that large with mmap by default and returns them to the kernel on free, so the
next batch touches every page again: on RumourEval dev that was about 500,000 minor
page faults per pass. Serving them from the heap and never trimming it cut that to
about 110,000 and raised throughput by 10–20% (benchmarks/bench_inference.py,
BENCHMARKS.md). The price is that the process keeps its peak heap (about 0.55 GB for
the shipped model) until it exits, which a labelling run does anyway.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

# mallopt parameters (glibc malloc.h).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# glibc refuses an mmap threshold above 32 MiB on 64-bit systems.
MMAP_THRESHOLD = 32 * 2**20
TRIM_THRESHOLD = 2**31 - 1


@functools.cache
def retain_freed_memory() -> bool:
    """Ask glibc to serve blocks up to 32 MiB from the heap and never shrink it.

    Returns whether the setting took: False where the C library is not glibc (macOS,
    musl, Windows), which keeps its own allocator's behaviour. Runs once per process.
    """
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        mallopt = libc.mallopt if libc is not None else None
    except (OSError, AttributeError):
        return False
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    # The mmap threshold first: setting the trim threshold alone also freezes the
    # mmap threshold at its 128 KiB start, which sends every activation to mmap.
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
