"""Freed activations stay in the heap, so the next batch faults in no fresh pages."""

import platform
import resource

import pytest

from stance.allocator import retain_freed_memory

glibc_only = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)


@glibc_only
def test_setting_takes_on_glibc():
    assert retain_freed_memory() is True


@glibc_only
def test_a_loaded_model_runs_batches_without_page_faults():
    """After a warm-up pass, another pass over the same pairs faults in few fresh pages.

    Measured here for this pass: 23,000-39,000 minor faults with glibc's defaults (each
    multi-megabyte activation is mmapped and unmapped again); 10-3,100 with the setting.
    """
    from stance.model import Pair, StanceCrossEncoder

    model = StanceCrossEncoder.load()
    pairs = [
        Pair(f"Claim {i}: the bridge reopened in March", "No, it was May " * (i % 7 + 1))
        for i in range(256)
    ]
    model.probabilities(pairs)
    model.probabilities(pairs)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    model.probabilities(pairs)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before < 8000


def test_reports_false_without_a_c_library(monkeypatch):
    import ctypes.util

    retain_freed_memory.cache_clear()
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    try:
        assert retain_freed_memory() is False
    finally:
        retain_freed_memory.cache_clear()
