"""Shared fixtures: where ../shared is, and the shipped model loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
EXAMPLES = SHARED / "examples"


@pytest.fixture(scope="session")
def shipped_model():
    from stance.model import StanceCrossEncoder

    return StanceCrossEncoder.load()


def needs_data():
    return pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is not beside the repo")
