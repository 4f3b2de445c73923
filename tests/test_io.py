"""Bad input through `stance split`: one line naming the file, exit code 2, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance.cli import app

runner = CliRunner()
ARTICLE = (
    "Leaked files show deals\n\nIslamic State and the Assad regime have been colluding, "
    "according to files seen by Sky News.\n"
)


def run_split(path: Path, *extra: str):
    return runner.invoke(app, ["split", str(path), *extra])


def assert_one_line_error(result, path: Path, code: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"stance: error: [{code}] {path}")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "name,data,code",
    [
        ("empty.txt", b"", "S001"),
        ("blank.txt", b" \n\n\t\n", "S001"),
        ("binary.bin", bytes(range(256)) * 8, "S002"),
        ("undecodable.txt", b"Title\n\nText with \x81\x8d\x8f\x90\x9d bytes in it\n", "S003"),
        ("bad.json", b'{"id": "t1", "article": "x",', "S005"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_line_error(run_split(path), path, code)


def test_file_over_size_limit(tmp_path: Path) -> None:
    """A 100 MB file (sparse, so the test writes nothing) is refused before reading."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    result = run_split(path)
    assert_one_line_error(result, path, "S004")
    assert "104,857,600 bytes" in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert_one_line_error(run_split(path), path, "S008")


def test_jsonl_bad_line_among_good_ones(tmp_path: Path) -> None:
    """The good threads are still written; the bad line is named; exit code 2."""
    good = {"id": "t1", "article": "Text one.", "replies": [{"text": "A reply."}]}
    path = tmp_path / "threads.jsonl"
    path.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "t2"}) + "\n",
        encoding="utf-8",
    )
    result = run_split(path, "--format", "json")
    assert result.exit_code == 2
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == ["t1", "t2"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1
    assert errors[0].startswith(f"stance: error: [S005] {path}: line 2: malformed JSON")


def test_jsonl_record_with_wrong_types(tmp_path: Path) -> None:
    path = tmp_path / "threads.jsonl"
    path.write_text(
        json.dumps({"id": "a", "article": "Fine."}) + "\n" + json.dumps({"id": "b"}) + "\n",
        encoding="utf-8",
    )
    result = run_split(path, "--format", "json")
    assert result.exit_code == 2
    assert "[S006]" in result.stderr and "line 2" in result.stderr


def test_cp1252_text_is_accepted_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((ARTICLE + "\n\nCafé owners said – “it’s fake”.\n").encode("cp1252"))
    result = run_split(path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "not UTF-8, decoded as cp1252" in result.stderr
    assert "Café owners" in json.loads(result.stdout)["article"]["text"]


def test_detect_format_bracketed_subject_is_text() -> None:
    """A mailing-list paste opens '[civic-tech] Subject': text, not a JSON list."""
    from stance.io import detect_format

    assert detect_format("[civic-tech] City portal to charge\n\nThe city said.") == "text"
    assert detect_format("[Update] Minister resigns\n\nBody.") == "text"
    assert detect_format('[{"title": "t", "article": "a", "replies": []}]') == "json"
    assert detect_format("[\n  {\n") == "json"
    assert detect_format('{"title": "t"}\n{"title": "u"}\n') == "jsonl"
