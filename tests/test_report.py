"""`stance report`: files and CSVs, resuming, bad threads, escaping, and the page in Chromium."""

from __future__ import annotations

import csv
import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance import report as report_mod
from stance.cli import app
from stance.io import expand_inputs
from stance.model import DEFAULT_MODEL_DIR
from stance.report import (
    REPORT_SUFFIXES,
    InputError,
    Report,
    ReportThread,
    assign_ids,
    plot_images,
    render_html,
    render_markdown,
    run_report,
    thread_slug,
)
from stance.thread import Article, Thread
from tests.conftest import DATA, ROOT

runner = CliRunner()

SCRIPT = "<script>document.title='pwned';window.__pwned=1</script>"
ONERROR = "<img src=x onerror=\"document.title='pwned';window.__pwned=1\">"


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:
    """The shipped model when present, else a tiny one trained here (configs/smoke.yaml)."""
    if (DEFAULT_MODEL_DIR / "model.safetensors").is_file():
        return DEFAULT_MODEL_DIR
    if not DATA.is_dir():
        pytest.skip("no shipped model and ../shared/data is missing to train a tiny one")
    out = tmp_path_factory.mktemp("smoke")
    args = ["--config", str(ROOT / "configs" / "smoke.yaml"), "--set", f"data.data_dir={DATA}"]
    result = runner.invoke(app, ["train", *args, "--set", f"train.output_dir={out}"])
    assert result.exit_code == 0, result.output
    return out / "model"


def _record(tid: str, n: int, title: str = "Turkey shot down a Russian jet") -> dict:
    return {
        "id": tid,
        "title": title,
        "article": "Turkey shot down a Russian fighter jet near the Syrian border on Tuesday, "
        "officials said. The pilot was rescued by Syrian troops.",
        "replies": [
            {
                "id": f"{tid}-{i}",
                "author": f"user{i}",
                "text": f"Reply {i}: the jet was over Syria.",
            }
            for i in range(n)
        ],
    }


def _write_jsonl(path: Path, records: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _report(inputs: list[Path], out: Path, model: Path):
    args = ["report", *map(str, inputs), "--out", str(out), "--model", str(model)]
    return runner.invoke(app, args)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """Three structured threads in a JSONL file and one pasted-text thread in a sub-folder."""
    root = tmp_path_factory.mktemp("inputs")
    _write_jsonl(root / "batch.jsonl", [_record("t1", 3), _record("t2", 0), _record("t/3", 4)])
    (root / "pages").mkdir()
    (root / "pages" / "page.txt").write_text(
        (ROOT.parent / "shared" / "examples" / "threads" / "003_8ed88bf6df9fa53f.txt").read_text()
        if (ROOT.parent / "shared" / "examples").is_dir()
        else "A headline about a jet\n\nTurkey shot down the jet, officials said.\n",
        encoding="utf-8",
    )
    return root


def test_report_writes_all_files_and_csv_rows_match_threads(inputs, model_dir, tmp_path):
    out = tmp_path / "rep"
    result = _report([inputs], out, model_dir)
    assert result.exit_code == 0, result.output
    assert "4 thread(s)" in result.stdout and "4 labelled now" in result.stdout
    for name in ("replies.csv", "claims.csv", "index.html", "index.md", "errors.jsonl"):
        assert (out / name).is_file(), name
    for name, _ in report_mod.PLOTS:
        assert (out / "plots" / f"{name}.png").read_bytes().startswith(b"\x89PNG"), name
    assert sorted(p.name for p in (out / "threads").iterdir()) == [
        "page.json",
        "t-3.json",
        "t1.json",
        "t2.json",
    ]
    docs = {p.stem: json.loads(p.read_text()) for p in (out / "threads").glob("*.json")}
    assert all(d["schema"] == 1 for d in docs.values())

    with open(out / "replies.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = [
        (tid, str(r["index"]), r["stance"], r["author"] or "")
        for tid in ("t1", "t2", "t-3", "page")
        for r in docs[tid]["replies"]
    ]
    assert [(r["thread"], r["index"], r["stance"], r["author"]) for r in rows] == expected
    assert len(rows) == 3 + 0 + 4 + len(docs["page"]["replies"])

    with open(out / "claims.csv", encoding="utf-8", newline="") as fh:
        claims = list(csv.DictReader(fh))
    assert len(claims) == sum(len(d["claims"]) for d in docs.values())
    counted = sum(int(c[label]) for c in claims for label in report_mod.LABELS)
    assert counted == sum(1 for d in docs.values() for r in d["replies"] if r["target"])
    assert (out / "errors.jsonl").read_text() == ""


def test_rerun_skips_done_threads_and_gives_identical_files(inputs, model_dir, tmp_path):
    out = tmp_path / "rep"
    assert _report([inputs], out, model_dir).exit_code == 0
    first = _snapshot(out)

    again = _report([inputs], out, model_dir)
    assert again.exit_code == 0, again.output
    assert "0 labelled now, 4 already done" in again.stdout
    assert _snapshot(out) == first

    # A thread whose file is gone (a run killed before writing it) is labelled again,
    # and the report comes out the same as from one uninterrupted run.
    (out / "threads" / "t-3.json").unlink()
    third = _report([inputs], out, model_dir)
    assert "1 labelled now, 3 already done" in third.stdout
    assert _snapshot(out) == first


def test_interrupted_run_leaves_whole_files_and_resumes(inputs, model_dir, tmp_path, monkeypatch):
    out = tmp_path / "rep"
    monkeypatch.setattr(report_mod, "GROUP_REPLIES", 1)  # write after every thread
    calls = []

    def interrupt_after_first_group(done, total, threads, threads_total):
        calls.append(threads)
        if threads >= 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_report([str(inputs)], out, model_dir, interrupt_after_first_group)
    written = list((out / "threads").iterdir())
    assert [p.name for p in written] == ["t1.json"]  # the first thread of the sorted inputs
    assert json.loads(written[0].read_text())["schema"] == 1
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert not (out / "index.html").exists()

    summary = run_report([str(inputs)], out, model_dir)
    assert (summary.reused, summary.labelled_now, summary.failed) == (1, 3, 0)
    assert (out / "index.html").is_file()


def test_bad_threads_go_to_errors_jsonl_and_the_rest_finish(model_dir, tmp_path):
    good = _record("good", 2)
    no_article = {"id": "bad", "article": "  ", "replies": []}
    batch = _write_jsonl(tmp_path / "in" / "batch.jsonl", [good, "{broken", no_article])
    (tmp_path / "in" / "empty.txt").write_text("")
    out = tmp_path / "rep"
    result = _report([batch.parent, tmp_path / "nothing-*.txt"], out, model_dir)
    assert result.exit_code == 2, result.output
    assert "4 input(s) failed" in result.stdout
    assert "Traceback" not in result.output
    assert (out / "threads" / "good.json").is_file()
    errs = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["code"], e["line"]) for e in errs] == [
        ("S030", None),
        ("S005", 2),
        ("S006", 3),
        ("S001", None),
    ]
    assert errs[1]["source"] == str(batch) and errs[3]["source"].endswith("empty.txt")
    assert all(e["message"] and not e["message"].startswith("[") for e in errs)
    assert "Failed inputs (4)" in (out / "index.html").read_text()


def test_model_that_cannot_load_is_exit_2_one_line(inputs, tmp_path):
    result = _report([inputs], tmp_path / "rep", tmp_path / "no-model")
    assert result.exit_code == 2
    assert "S020" in result.stderr and "Traceback" not in result.output


def _xss_inputs(folder: Path) -> list[Path]:
    """Script payloads in every text field of a thread, and in a bad file's name."""
    rec = _record("x1", 0, title=f"Jet news {SCRIPT} {ONERROR}")
    rec["article"] += f" Officials said {ONERROR} was not involved in the attack."
    rec["replies"] = [
        {"author": f"mallory{ONERROR}", "text": f"{SCRIPT} Turkey shot down the jet, not ISIS."},
        {"text": f"{ONERROR} The jet was shot down over Syria by Turkey, officials confirmed."},
    ]
    good = _write_jsonl(folder / "threads.jsonl", [rec])
    bad = folder / f"bad{ONERROR.replace('/', '')}.jsonl"
    bad.write_text("{not json\n")
    return [good, bad]


def _assert_only_plot_images(page: str) -> None:
    assert "<script" not in page.lower()
    assert page.count("<img ") == len(report_mod.PLOTS)
    assert page.count('<img src="data:image/png;base64,') == len(report_mod.PLOTS)
    assert "onerror=" not in page.replace("onerror=&quot;", "")


def test_report_html_escapes_script_in_replies(model_dir, tmp_path):
    out = tmp_path / "rep"
    result = _report(_xss_inputs(tmp_path), out, model_dir)
    assert result.exit_code == 2, result.output  # the bad file
    page = (out / "index.html").read_text()
    _assert_only_plot_images(page)
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;" in page  # title, escaped
    assert "bad&lt;img src=x onerror=" in page  # file name in the failed-inputs table
    assert "<script" not in (out / "index.md").read_text().lower()


def _crafted_report() -> Report:
    """A report whose every shown field (correction, claim, author, error) carries payloads."""
    reply = {
        "index": 1,
        "author": ONERROR,
        "text": SCRIPT + " It was Turkey, not ISIS.",
        "stance": "corrects",
        "confidence": 0.9,
        "target": {"claim": "a1", "text": f"ISIS {SCRIPT} shot down the jet"},
        "evidence": "It was Turkey, not ISIS.",
        "correction": {"wrong": f"ISIS{ONERROR}", "right": f"Turkey{SCRIPT}"},
        "article_stance": "disputes",
        "judgements": [],
    }
    doc = {
        "schema": 1,
        "source": "x",
        "title": SCRIPT,
        "article": {"text": ONERROR, "paragraphs": [ONERROR]},
        "boilerplate": [],
        "claims": [
            {
                "id": "a1",
                "text": f"ISIS {SCRIPT} shot down the jet",
                "origin": "article",
                "reply": None,
            }
        ],
        "replies": [reply],
        "model": {"name": f"m{SCRIPT}", "sha256": "0" * 64},
    }
    error = InputError(f"f{ONERROR}.txt", 3, "S005", f"{SCRIPT} bad")
    return Report([ReportThread("x", doc)], [error])


def test_every_shown_field_is_escaped_in_html_and_markdown():
    report = _crafted_report()
    page = render_html(report, plot_images(report))
    _assert_only_plot_images(page)
    assert "Corrections (1)" in page
    assert (
        '<span class="wrong">ISIS&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;'
        in page
    )
    assert "Content-Security-Policy" in page and "default-src &#x27;none" not in page
    md = render_markdown(report)
    assert "<script" not in md.lower() and "<img" not in md
    assert "~~ISIS&lt;img src=x onerror=" in md


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("t1", "t1"),
        ("t/3", "t-3"),
        ("https://example.com/Story 12?x=1", "https-example.com-story-12-x-1"),
        ("Ärger über Ölpreis", "arger-uber-olpreis"),
        ("../../etc/passwd", "etc-passwd"),
        ("...", "thread"),
        ("新闻", "thread"),
        ("CON", "t-con"),
        ("a" * 200, "a" * 80),
    ],
)
def test_thread_slug_is_a_safe_file_name(name, slug):
    assert thread_slug(name) == slug


def test_assign_ids_makes_repeated_slugs_unique_in_order(tmp_path):
    f = tmp_path / "batch.jsonl"

    def t(source: str) -> Thread:
        return Thread(source=source, title=None, article=Article(["x"]))

    items = [(f, t("A")), (f, t("a")), (f, t(str(f))), (f, t(str(f))), (f, t("a-2"))]
    assert assign_ids(items) == ["a", "a-2", "batch", "batch-2", "a-2-2"]


def test_expand_inputs_folders_globs_hidden_and_excluded(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "rep" / "threads").mkdir(parents=True)
    for name in (
        "b/deep/x.TXT",
        "b/y.html",
        "b/.hidden.txt",
        "b/notes.pdf",
        "a.jsonl",
        "rep/threads/r.json",
    ):
        (tmp_path / name).write_text("x")
    files, unmatched = expand_inputs(
        [str(tmp_path), str(tmp_path / "b" / "*.html"), str(tmp_path / "zz*.txt")],
        REPORT_SUFFIXES,
        exclude=tmp_path / "rep",
    )
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "a.jsonl",
        "b/deep/x.TXT",
        "b/y.html",
    ]
    assert unmatched == [str(tmp_path / "zz*.txt")]


# ------------------------------------------------------------------- headless Chromium
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
CHROME_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGE_STATE = (
    "return {title: document.title, pwned: window.__pwned === 1,"
    " ready: document.readyState,"
    " images: Array.from(document.images).map(i => [i.complete, i.naturalWidth])};"
)


def _webdriver(base: str, method: str, path: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read())["value"]


def _page_states(pages: list[Path], profile: Path) -> list[dict]:
    """Load each page in headless Chromium through chromedriver (plain W3C WebDriver)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    driver = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                _webdriver(base, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        options = {"binary": CHROMIUM, "args": [*CHROME_ARGS, f"--user-data-dir={profile}"]}
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}}
        session = _webdriver(base, "POST", "/session", caps)["sessionId"]
        try:
            states = []
            for page in pages:
                _webdriver(base, "POST", f"/session/{session}/url", {"url": page.as_uri()})
                states.append(
                    _webdriver(
                        base,
                        "POST",
                        f"/session/{session}/execute/sync",
                        {"script": PAGE_STATE, "args": []},
                    )
                )
            return states
        finally:
            _webdriver(base, "DELETE", f"/session/{session}")
    finally:
        driver.terminate()
        driver.wait(timeout=30)


def _dumped_title(page: Path, profile: Path) -> str:
    """Fallback without chromedriver: the page's title after load, from --dump-dom."""
    dom = subprocess.run(
        [CHROMIUM, *CHROME_ARGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return dom.split("<title>", 1)[1].split("</title>", 1)[0]


@pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium chromium-driver)"
)
def test_report_page_in_headless_chromium_shows_plots_and_runs_no_script(model_dir, tmp_path):
    out = tmp_path / "rep"
    _report(_xss_inputs(tmp_path), out, model_dir)
    page = out / "index.html"
    # Control: the same payloads unescaped do run, so the checks below can see a script run.
    control = tmp_path / "control.html"
    control.write_text(
        f"<html><head><title>control</title></head><body>{SCRIPT}{ONERROR}</body></html>"
    )

    if CHROMEDRIVER is None:
        assert _dumped_title(control, tmp_path / "profile1") == "pwned"
        assert _dumped_title(page, tmp_path / "profile2") == "stance report"
        return
    report_state, control_state = _page_states([page, control], tmp_path / "profile")
    assert control_state["pwned"] and control_state["title"] == "pwned"
    assert report_state["ready"] == "complete"
    assert report_state["title"] == "stance report" and not report_state["pwned"]
    assert len(report_state["images"]) == len(report_mod.PLOTS)
    assert all(complete and width > 0 for complete, width in report_state["images"])
