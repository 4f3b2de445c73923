"""`stance classify` with the shipped model on unambiguous pairs."""

import json

import pytest
from typer.testing import CliRunner

from stance.cli import app

runner = CliRunner()
PAIRS = [
    {
        "id": "sup",
        "target": "The Eiffel Tower is in Paris.",
        "text": "Yes, the Eiffel Tower is in Paris, I saw it there last year.",
    },
    {
        "id": "que",
        "target": "The Eiffel Tower is in Paris.",
        "text": "Is the Eiffel Tower really in Paris? Source?",
    },
    {
        "id": "cor",
        "target": "ISIS shot down a Russian fighter jet.",
        "text": "Turkey shot down the fighter jet, not ISIS.",
    },
    {
        "id": "unr",
        "target": "The Eiffel Tower is in Paris.",
        "text": "My cat likes to sleep on the warm laptop keyboard.",
    },
]


def _write(tmp_path, lines):
    p = tmp_path / "pairs.jsonl"
    p.write_text("\n".join(lines) + "\n")
    return p


def test_classify_unambiguous_pairs(tmp_path):
    p = _write(tmp_path, [json.dumps(x) for x in PAIRS])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["classify", str(p), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["sup", "que", "cor", "unr"]
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        assert set(r["scores"]) == {"supports", "disputes", "corrects", "queries", "neutral"}
        assert abs(sum(r["scores"].values()) - 1.0) < 1e-3
    assert by_id["sup"]["label"] == "supports"
    assert by_id["que"]["label"] == "queries"
    assert by_id["cor"]["label"] in ("corrects", "disputes")
    assert by_id["sup"]["related"] > 0.5


@pytest.mark.xfail(
    strict=True,
    reason="known defect of the shipped model: short off-topic replies score related 0.93; "
    "configs/default.yaml now adds short unrelated negatives from every dataset (a run with "
    "them scored 0.42 here but was not shipped, see README 'The model')",
)
def test_off_topic_reply_is_unrelated(tmp_path):
    p = _write(tmp_path, [json.dumps(PAIRS[3])])
    result = runner.invoke(app, ["classify", str(p)])
    assert json.loads(result.stdout)["related"] < 0.5


def test_classify_skips_bad_lines_with_line_numbers(tmp_path):
    p = _write(
        tmp_path,
        [
            json.dumps(PAIRS[0]),
            "nope",
            json.dumps({"id": "x", "target": "t"}),
            json.dumps(PAIRS[1]),
            json.dumps({**PAIRS[0], "id": "g", "genre": "poetry"}),
            json.dumps({**PAIRS[0], "id": "n", "genre": "news"}),
        ],
    )
    result = runner.invoke(app, ["classify", str(p)])
    assert result.exit_code == 2
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["sup", "que", "n"]
    assert "line 2" in result.stderr and "line 3" in result.stderr
    assert "line 5" in result.stderr and "'genre' must be one of" in result.stderr
