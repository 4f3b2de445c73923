"""The five reference pages through `stance split --format json`, checked as
../shared/examples/README.md defines right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLES = SHARED / "examples"
PAGES = sorted((EXAMPLES / "threads").glob("*.txt")) if EXAMPLES.is_dir() else []

pytestmark = pytest.mark.skipif(not PAGES, reason="../shared/examples is not beside the repo")


def norm(text: str) -> str:
    """Whitespace-normalised, case-insensitive form (examples/README.md)."""
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def split_json() -> dict[str, dict]:
    runner = CliRunner()
    out = {}
    for page in PAGES:
        result = runner.invoke(app, ["split", str(page), "--format", "json"])
        assert result.exit_code == 0, result.output
        out[page.stem] = json.loads(result.stdout)
    return out


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_example_splits_as_expected(page: Path, split_json: dict[str, dict]) -> None:
    expected = json.loads((EXAMPLES / "expected" / f"{page.stem}.json").read_text())
    got = split_json[page.stem]

    assert got["title"] == expected["title"]
    article = norm(got["article"]["text"])
    assert article.startswith(norm(expected["article_starts"]))
    assert article.endswith(norm(expected["article_ends"]))

    boilerplate = [norm(b["text"]) for b in got["boilerplate"]]
    for snippet in expected["boilerplate_includes"]:
        assert any(norm(snippet) in b for b in boilerplate), snippet
        assert norm(snippet) not in article, snippet

    assert len(got["replies"]) == len(expected["replies"])
    for reply, want in zip(got["replies"], expected["replies"], strict=True):
        assert norm(reply["text"]).startswith(norm(want["starts"])), (reply["text"], want)


def test_bold_markers_never_reach_text(split_json: dict[str, dict]) -> None:
    """Example 003 wraps its title and standfirst in '**'."""
    thread = split_json["003_8ed88bf6df9fa53f"]
    texts = [thread["article"]["text"]] + [r["text"] for r in thread["replies"]]
    assert not any("**" in t for t in texts)


def test_text_view_runs(tmp_path: Path) -> None:
    """The rich view shows the title, the boilerplate kinds and numbered replies."""
    result = CliRunner().invoke(
        app, ["split", str(EXAMPLES / "threads" / "003_8ed88bf6df9fa53f.txt")]
    )
    assert result.exit_code == 0, result.output
    assert "IS Files Reveal Assad's Deals With Militants" in result.stdout
    assert "forum-chrome" in result.stdout
    assert "#7 anonymous" in result.stdout
