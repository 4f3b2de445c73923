"""`stance label` on structured threads and bad input, with the shipped model."""

import json

from typer.testing import CliRunner

from stance.cli import app

runner = CliRunner()


def _thread(n_replies: int) -> dict:
    return {
        "id": "t1",
        "title": "Turkey shot down a Russian fighter jet near the Syrian border",
        "article": "Turkey shot down a Russian fighter jet near the Syrian border on Tuesday, "
        "officials said.",
        "replies": [
            {"id": str(i), "text": f"Reply number {i} about the jet and the border."}
            for i in range(n_replies)
        ],
    }


def test_thread_without_replies_gives_claims_and_empty_replies(tmp_path):
    p = tmp_path / "t.json"
    p.write_text(json.dumps(_thread(0)))
    result = runner.invoke(app, ["label", str(p), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["replies"] == [] and doc["claims"]


def test_jsonl_batch_goes_past_a_bad_line(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text(
        json.dumps(_thread(2)) + "\n{broken\n" + json.dumps({**_thread(1), "id": "t2"}) + "\n"
    )
    result = runner.invoke(app, ["label", str(p), "--format", "json"])
    assert result.exit_code == 2
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in docs] == ["t1", "t2"]
    assert "line 2" in result.stderr and "Traceback" not in result.output


def test_empty_file_is_exit_2_one_line(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    result = runner.invoke(app, ["label", str(p)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "empty" in result.stderr


def test_missing_model_dir_is_exit_2(tmp_path):
    p = tmp_path / "t.json"
    p.write_text(json.dumps(_thread(1)))
    result = runner.invoke(app, ["label", str(p), "--model", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "S020" in result.stderr


def test_two_thousand_replies_complete_with_progress(tmp_path):
    p = tmp_path / "big.json"
    p.write_text(json.dumps(_thread(2000)))
    result = runner.invoke(app, ["label", str(p), "--format", "json"])
    assert result.exit_code == 0, result.output[-500:]
    doc = json.loads(result.stdout)
    assert len(doc["replies"]) == 2000
    assert "labelled 2000/2000 replies" in result.stderr


def test_console_entry_labels_and_exits_with_the_commands_code(tmp_path):
    """`python -m stance` (the console script's `main`) in a fresh process: the JSON
    arrives whole and exit codes pass through its fast exit."""
    import subprocess
    import sys

    good = tmp_path / "t.json"
    good.write_text(json.dumps(_thread(2)))
    run = subprocess.run(
        [sys.executable, "-m", "stance", "label", str(good), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["replies"]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    bad = subprocess.run(
        [sys.executable, "-m", "stance", "label", str(empty)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
