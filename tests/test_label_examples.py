"""`stance label` end to end on the five example pages with the shipped model.

shared/examples/expected/*.json list acceptable stances per reply; 003 also names the
corrected reply and the wrong/right parts ("Turkey shot down the fighter jet, not ISIS.").
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()
THREADS = sorted((EXAMPLES / "threads").glob("*.txt"))


def _label(path: Path) -> dict:
    result = runner.invoke(app, ["label", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("path", THREADS, ids=[p.stem for p in THREADS])
def test_example_labels_match_expected(path):
    expected = json.loads((EXAMPLES / "expected" / f"{path.stem}.json").read_text())
    doc = _label(path)
    assert doc["schema"] == 1
    assert doc["model"]["sha256"] and len(doc["model"]["sha256"]) == 64
    assert len(doc["replies"]) == len(expected["replies"])
    claim_ids = {c["id"] for c in doc["claims"]}
    assert any(c["origin"] == "article" for c in doc["claims"])
    for got, want in zip(doc["replies"], expected["replies"], strict=True):
        assert got["text"].startswith(want["starts"])
        assert got["stance"] in want["stance"], (got["index"], got["stance"], got["text"][:60])
        assert got["article_stance"] in want["article_stance"], (
            got["index"],
            got["article_stance"],
        )
        assert 0.0 <= got["confidence"] <= 1.0
        if got["target"]:
            assert got["target"]["claim"] in claim_ids
        if "target_reply" in want:
            assert got["target"]["claim"].startswith(f"r{want['target_reply']}.")
            assert want["target_mentions"] in got["target"]["text"]
        if "correction" in want:
            assert got["correction"] == want["correction"]
        if got["stance"] == "corrects":
            assert got["correction"]["wrong"] and got["correction"]["right"]
        else:
            assert got["correction"] is None


def test_canonical_correction_evidence():
    doc = _label(EXAMPLES / "threads" / "003_8ed88bf6df9fa53f.txt")
    reply = doc["replies"][4]
    assert reply["evidence"] == "Turkey shot down the fighter jet, not ISIS."


def test_table_view_shows_the_correction():
    result = runner.invoke(app, ["label", str(EXAMPLES / "threads" / "003_8ed88bf6df9fa53f.txt")])
    assert result.exit_code == 0
    assert "corrects" in result.stdout and "ISIS → Turkey" in result.stdout
