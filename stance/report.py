"""Batch reports: label many threads, tabulate replies and claims, plot, render HTML and MD."""

from __future__ import annotations

import base64
import csv
import html
import io as _strings
import json
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from stance import errors
from stance import io as stance_io
from stance.labels import LABELS
from stance.thread import Thread

# What a folder or glob contributes; a file named outright is read whatever its suffix.
REPORT_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
# Replies labelled between writes of per-thread files: enough for several full model
# chunks (LabelConfig.chunk_replies = 64), little enough that a kill loses seconds of work.
GROUP_REPLIES = 256
# File-name slugs: long record ids (URLs) are cut; 80 leaves room for a "-12" suffix.
MAX_SLUG_CHARS = 80
# Names Windows refuses as file names, whatever the extension.
_RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))}
_RESERVED_NAMES |= {f"lpt{i}" for i in range(10)}
# Plot sizes: beyond these the bars become too thin to read.
PLOT_THREADS = 30
PLOT_CLAIMS = 15
MAX_POSITIONS = 20

REPLY_COLUMNS = (
    "thread",
    "index",
    "author",
    "stance",
    "target_claim",
    "target_text",
    "confidence",
    "correction_wrong",
    "correction_right",
)
CLAIM_COLUMNS = ("thread", "claim", "text", "origin", *LABELS)
# Everything the page may load is inline: data: images and the inline style sheet.
# No script source is allowed at all, so escaped or not, thread text cannot run.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
PLOTS = (
    ("stance_overall", "Stance of all replies"),
    ("stance_per_thread", "Stance per thread"),
    ("claims_most_discussed", "Most discussed claims"),
    ("stance_by_position", "Stance along reply order"),
    ("confidence", "Confidence per predicted stance"),
)

ProgressFn = Callable[[int, int, int, int], None]


@dataclass
class InputError:
    """One input that gave no thread: where it is and why, as written to errors.jsonl."""

    source: str
    line: int | None
    code: str
    message: str

    @classmethod
    def from_error(cls, exc: errors.StanceError, path: Path | None = None) -> InputError:
        """Take the location from the error when it has one, else the file being read."""
        source = exc.source or (str(path) if path is not None else "")
        return cls(source, exc.line, exc.code, exc.message)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "line": self.line,
            "code": self.code,
            "message": self.message,
        }


@dataclass
class ReportThread:
    """A labelled thread in a report: its file id and its schema-1 document."""

    id: str
    doc: dict


@dataclass
class Report:
    """Labelled threads and failed inputs, with the tables and counts the report shows.

    Built from schema-1 documents (not `LabelledThread`s) so that a resumed run, which
    reads earlier threads back from disk, builds exactly the same report as a fresh one.
    """

    threads: list[ReportThread]
    errors: list[InputError] = field(default_factory=list)

    def reply_rows(self) -> list[dict]:
        """One row per reply, in thread then reply order (the columns of replies.csv)."""
        rows = []
        for t in self.threads:
            for r in t.doc["replies"]:
                target = r.get("target") or {}
                correction = r.get("correction") or {}
                rows.append(
                    {
                        "thread": t.id,
                        "index": r["index"],
                        "author": r.get("author") or "",
                        "stance": r["stance"],
                        "target_claim": target.get("claim", ""),
                        "target_text": target.get("text", ""),
                        "confidence": r["confidence"],
                        "correction_wrong": correction.get("wrong", ""),
                        "correction_right": correction.get("right", ""),
                    }
                )
        return rows

    def claim_rows(self) -> list[dict]:
        """One row per claim with how many replies take each stance toward it."""
        rows = []
        for t in self.threads:
            counts: dict[str, Counter] = {}
            for r in t.doc["replies"]:
                if r.get("target"):
                    counts.setdefault(r["target"]["claim"], Counter())[r["stance"]] += 1
            for c in t.doc["claims"]:
                got = counts.get(c["id"], Counter())
                row = {"thread": t.id, "claim": c["id"], "text": c["text"], "origin": c["origin"]}
                rows.append(row | {label: got[label] for label in LABELS})
        return rows

    def top_claims(self, limit: int) -> list[dict]:
        """The most discussed claims (rows of `claim_rows`), most first.

        Ranked by replies taking a stance (not neutral) toward the claim, then by all
        replies targeting it; ties keep input order (the sort is stable).
        """
        stances = [lab for lab in LABELS if lab != "neutral"]
        rows = [row for row in self.claim_rows() if sum(row[lab] for lab in LABELS)]
        rows.sort(key=lambda r: (-sum(r[lab] for lab in stances), -sum(r[lab] for lab in LABELS)))
        return rows[:limit]

    def stance_counts(self) -> dict[str, int]:
        """Replies per stance over all threads, every label present."""
        got = Counter(r["stance"] for t in self.threads for r in t.doc["replies"])
        return {label: got[label] for label in LABELS}

    def thread_counts(self, t: ReportThread) -> dict[str, int]:
        got = Counter(r["stance"] for r in t.doc["replies"])
        return {label: got[label] for label in LABELS}

    def corrections(self) -> list[dict]:
        """Every reply labelled `corrects` with a named wrong and right part."""
        found = []
        for t in self.threads:
            for r in t.doc["replies"]:
                if r["stance"] == "corrects" and r.get("correction"):
                    found.append({"thread": t.id, "reply": r, "target": r.get("target") or {}})
        return found

    def models(self) -> list[str]:
        """The models that labelled the threads, as `name (sha256 prefix)`, sorted."""
        names = {
            f"{t.doc['model']['name']} ({t.doc['model']['sha256'][:12]})" for t in self.threads
        }
        return sorted(names)


@dataclass
class ReportSummary:
    """What a report run did, for the command's closing line and its exit code."""

    out: Path
    threads: int
    labelled_now: int
    reused: int
    replies: int
    failed: int

    def line(self) -> str:
        failed = (
            f"; {self.failed} input(s) failed, see {self.out / 'errors.jsonl'}"
            if self.failed
            else ""
        )
        return (
            f"report: {self.threads} thread(s), {self.replies} replies "
            f"({self.labelled_now} labelled now, {self.reused} already done){failed}; "
            f"open {self.out / 'index.html'}"
        )


# ------------------------------------------------------------------------------ thread ids
def thread_slug(name: str) -> str:
    """A file-name-safe, lower-case slug of a thread id or file stem.

    Lower case because macOS and Windows file systems treat `A.json` and `a.json` as one.

    Example:
        >>> thread_slug("https://example.com/Story 12?x=1")
        'https-example.com-story-12-x-1'
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", plain).strip("-._").lower()
    slug = slug[:MAX_SLUG_CHARS].rstrip("-._") or "thread"
    if slug.split(".")[0] in _RESERVED_NAMES:
        slug = f"t-{slug}"
    return slug


def assign_ids(items: Sequence[tuple[Path, Thread]]) -> list[str]:
    """Unique file ids for threads, in order: the record id, else the file's stem.

    A repeated slug gets `-2`, `-3`, ... in input order; inputs are sorted, so the same
    command gives every thread the same id on every run, which resuming relies on.
    """
    used: set[str] = set()
    ids = []
    for path, thread in items:
        base = thread_slug(path.stem if thread.source == str(path) else thread.source)
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        ids.append(slug)
    return ids


# ---------------------------------------------------------------------------- reading
def read_inputs(
    inputs: Sequence[str], exclude: Path | None = None
) -> tuple[list[tuple[str, Thread]], list[InputError]]:
    """Read and split every thread the inputs name, keeping going past bad ones.

    Args:
        inputs: Files, folders or globs as typed on the command line.
        exclude: A folder not to read (the report's own output).

    Returns:
        (id, thread) pairs in input order, and one `InputError` per input or record that
        gave no thread.
    """
    files, unmatched = stance_io.expand_inputs(inputs, REPORT_SUFFIXES, exclude)
    failed = [InputError.from_error(errors.no_input_matched(arg)) for arg in unmatched]
    found: list[tuple[Path, Thread]] = []
    for path in files:
        try:
            for item in stance_io.read_threads(path):
                if isinstance(item, errors.StanceError):
                    failed.append(InputError.from_error(item, path))
                else:
                    found.append((path, item))
        except errors.StanceError as exc:
            failed.append(InputError.from_error(exc, path))
        except Exception as exc:  # noqa: BLE001 - one page the splitter chokes on must not stop a batch
            detail = f"{type(exc).__name__}: {exc}"
            failed.append(InputError.from_error(errors.split_failed(str(path), detail), path))
    ids = assign_ids(found)
    return [(tid, thread) for tid, (_, thread) in zip(ids, found, strict=True)], failed


def _groups(items: Sequence[tuple[str, Thread]], budget: int) -> Iterator[list[tuple[str, Thread]]]:
    """Consecutive threads with about `budget` replies in all (a long thread goes alone)."""
    group: list[tuple[str, Thread]] = []
    size = 0
    for item in items:
        group.append(item)
        size += len(item[1].replies)
        if size >= budget:
            yield group
            group, size = [], 0
    if group:
        yield group


def _is_done(doc: object, sha256: str) -> bool:
    """A per-thread file counts as done if it is schema 1 from the same model."""
    return (
        isinstance(doc, dict)
        and doc.get("schema") == 1
        and isinstance(doc.get("model"), dict)
        and doc["model"].get("sha256") == sha256
        and isinstance(doc.get("replies"), list)
    )


# --------------------------------------------------------------------------- the run
def run_report(
    inputs: Sequence[str],
    out: Path,
    model: Path | None = None,
    progress: ProgressFn | None = None,
) -> ReportSummary:
    """Label every thread the inputs name and write the report folder.

    Threads whose `threads/<id>.json` exists (same model) are read back, not labelled
    again, so an interrupted run continues where it stopped. Every file is written
    atomically; `index.html` is written last.

    Args:
        inputs: Files, folders (searched for .txt, .html, .htm, .json, .jsonl) or globs.
        out: The report folder, created if missing.
        model: A model directory; None for the model shipped with stance.
        progress: Called as (replies done, replies to do, threads done, threads to do)
            after each group of threads is written.

    Returns:
        Counts for the summary line; `failed` > 0 means some input gave no thread.

    Raises:
        ModelError: the model cannot be loaded.
        BadInputError: `out` is a file.

    Example:
        >>> run_report(["threads/"], Path("reports/today"))  # doctest: +SKIP
    """
    from stance.label import Labeller, to_schema
    from stance.model import StanceCrossEncoder

    stance_io.ensure_dir(out)
    threads_dir = out / "threads"
    named, failed = read_inputs(inputs, exclude=out)
    encoder = StanceCrossEncoder.load(model)
    sha = encoder.sha256()

    docs: dict[str, dict] = {}
    for tid, _ in named:
        doc = stance_io.read_json_file(threads_dir / f"{tid}.json")
        if _is_done(doc, sha):
            docs[tid] = doc
    pending = [(tid, t) for tid, t in named if tid not in docs]
    reused = len(docs)
    todo_replies = sum(len(t.replies) for _, t in pending)
    done_replies = 0
    labeller = Labeller(encoder)
    if progress:
        progress(0, todo_replies, 0, len(pending))
    done_threads = 0
    for group in _groups(pending, GROUP_REPLIES):
        labelled_group = labeller.label_many([t for _, t in group])
        for (tid, thread), labelled in zip(group, labelled_group, strict=True):
            # Round-trip through JSON so that this run's documents equal what a resumed
            # run reads back from disk, and both build the same report.
            doc = json.loads(json.dumps(to_schema(labelled), ensure_ascii=False))
            stance_io.write_json(threads_dir / f"{tid}.json", doc)
            docs[tid] = doc
            done_replies += len(thread.replies)
            done_threads += 1
        if progress:
            progress(done_replies, todo_replies, done_threads, len(pending))

    report = Report([ReportThread(tid, docs[tid]) for tid, _ in named], failed)
    for name, data in report_files(report).items():
        stance_io.write_atomic(out / name, data)
    return ReportSummary(
        out=out,
        threads=len(named),
        labelled_now=len(pending),
        reused=reused,
        replies=sum(len(t.doc["replies"]) for t in report.threads),
        failed=len(failed),
    )


# ------------------------------------------------------------------------- rendering
def report_files(report: Report) -> dict[str, str | bytes]:
    """Every report file but the per-thread ones, by path relative to the report folder.

    Ordered so that `index.html` comes last: once it exists, the rest is complete.
    """
    images = plot_images(report)
    files: dict[str, str | bytes] = {
        "errors.jsonl": "".join(
            json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in report.errors
        ),
        "replies.csv": _csv(REPLY_COLUMNS, report.reply_rows()),
        "claims.csv": _csv(CLAIM_COLUMNS, report.claim_rows()),
    }
    for name, png in images.items():
        files[f"plots/{name}.png"] = png
    files["index.md"] = render_markdown(report)
    files["index.html"] = render_html(report, images)
    return files


def _csv(columns: Sequence[str], rows: Sequence[dict]) -> str:
    buf = _strings.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def plot_images(report: Report) -> dict[str, bytes]:
    """The report's plots as PNG bytes, keyed by the names in `PLOTS`."""
    from stance import plots

    counts = report.stance_counts()
    by_size = sorted(
        range(len(report.threads)), key=lambda i: (-len(report.threads[i].doc["replies"]), i)
    )
    shown = [report.threads[i] for i in by_size[:PLOT_THREADS]]
    thread_rows = [(t.id, report.thread_counts(t)) for t in shown if t.doc["replies"]]
    per_thread_title = "Stance per thread"
    if len(report.threads) > PLOT_THREADS:
        per_thread_title += f" ({PLOT_THREADS} of {len(report.threads)} with most replies)"

    claim_rows = [
        (f"{r['thread']} {r['claim']}: {r['text']}", {lab: r[lab] for lab in LABELS})
        for r in report.top_claims(PLOT_CLAIMS)
    ]

    positions: dict[int, Counter] = {}
    for t in report.threads:
        for r in t.doc["replies"]:
            positions.setdefault(min(r["index"], MAX_POSITIONS + 1), Counter())[r["stance"]] += 1
    position_rows = [
        (str(p) if p <= MAX_POSITIONS else f"{MAX_POSITIONS + 1}+", dict(positions[p]))
        for p in sorted(positions)
    ]

    confidences: dict[str, list[float]] = {label: [] for label in LABELS}
    for t in report.threads:
        for r in t.doc["replies"]:
            confidences.setdefault(r["stance"], []).append(float(r["confidence"]))

    builders = {
        "stance_overall": lambda: plots.stance_totals_figure(counts, LABELS),
        "stance_per_thread": lambda: plots.stacked_stance_figure(
            thread_rows, LABELS, per_thread_title, "thread"
        ),
        "claims_most_discussed": lambda: plots.stacked_stance_figure(
            claim_rows, LABELS, "Most discussed claims (replies targeting each)", "claim"
        ),
        "stance_by_position": lambda: plots.stance_by_position_figure(position_rows, LABELS),
        "confidence": lambda: plots.confidence_histogram_figure(confidences, LABELS),
    }
    images = {}
    with warnings.catch_warnings():
        # Thread text in tick labels may hold characters the default font lacks (CJK,
        # emoji); the box drawn instead is fine for a plot, the warning per glyph is noise.
        warnings.filterwarnings("ignore", message=r"Glyph .* missing from")
        for name, _ in PLOTS:
            images[name] = plots.figure_png(builders[name]())
    return images


def _e(value: object) -> str:
    """Escape untrusted text for HTML element content and quoted attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def _thread_title(t: ReportThread, limit: int = 90) -> str:
    text = t.doc.get("title") or t.doc["article"]["text"]
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary_sentence(report: Report) -> str:
    replies = sum(len(t.doc["replies"]) for t in report.threads)
    return (
        f"{len(report.threads)} thread(s), {replies} replies, "
        f"{len(report.corrections())} correction(s) found, {len(report.errors)} input(s) failed."
    )


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem;
       color: #222; line-height: 1.4; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1.5rem 0; }
img { max-width: 100%; height: auto; border: 1px solid #eee; }
.wrong { color: #b71c1c; text-decoration: line-through; }
.right { color: #1b5e20; font-weight: 600; }
.muted { color: #777; }
"""


def render_html(report: Report, images: dict[str, bytes]) -> str:
    """The self-contained `index.html`: plots inline, tables of threads, corrections, errors.

    All text from threads and inputs passes through `html.escape`; the Content-Security-
    Policy forbids scripts besides, so a missed escape still could not run code.
    """
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>stance report</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<h1>stance report</h1>",
        f"<p>{_e(_summary_sentence(report))}</p>",
    ]
    if report.threads:
        out.append(f'<p class="muted">Model: {_e(", ".join(report.models()))}</p>')
    out.append("<h2>Plots</h2>")
    for name, caption in PLOTS:
        data = base64.b64encode(images[name]).decode("ascii")
        out.append(
            f'<figure><img src="data:image/png;base64,{data}" alt="{_e(caption)}">'
            f"<figcaption>{_e(caption)}</figcaption></figure>"
        )

    top = report.top_claims(PLOT_CLAIMS)
    out.append(f"<h2>Most discussed claims ({len(top)})</h2>")
    if top:
        head = "".join(f"<th>{_e(h)}</th>" for h in ("thread", "claim", "text", *LABELS))
        out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
        for row in top:
            cells = [f"<td>{_e(row[k])}</td>" for k in ("thread", "claim", "text")]
            cells += [f'<td class="n">{row[label]}</td>' for label in LABELS]
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</tbody></table>")
    else:
        out.append('<p class="muted">No reply targets a claim.</p>')

    out.append(f"<h2>Threads ({len(report.threads)})</h2>")
    head = "".join(f"<th>{_e(h)}</th>" for h in ("thread", "title", "replies", *LABELS))
    out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
    for t in report.threads:
        counts = report.thread_counts(t)
        href = "threads/" + quote(f"{t.id}.json")
        cells = [
            f'<td><a href="{_e(href)}">{_e(t.id)}</a></td>',
            f"<td>{_e(_thread_title(t))}</td>",
            f'<td class="n">{len(t.doc["replies"])}</td>',
            *(f'<td class="n">{counts[label]}</td>' for label in LABELS),
        ]
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</tbody></table>")

    corrections = report.corrections()
    out.append(f"<h2>Corrections ({len(corrections)})</h2>")
    if corrections:
        head = "".join(
            f"<th>{h}</th>"
            for h in ("thread", "reply", "author", "wrong → right", "claim", "reply text")
        )
        out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
        for c in corrections:
            r = c["reply"]
            fix = r["correction"]
            cells = [
                f"<td>{_e(c['thread'])}</td>",
                f'<td class="n">{_e(r["index"])}</td>',
                f"<td>{_e(r.get('author') or '')}</td>",
                f'<td><span class="wrong">{_e(fix["wrong"])}</span> → '
                f'<span class="right">{_e(fix["right"])}</span></td>',
                f"<td>{_e(c['target'].get('claim', ''))}: {_e(c['target'].get('text', ''))}</td>",
                f"<td>{_e(r['text'])}</td>",
            ]
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</tbody></table>")
    else:
        out.append('<p class="muted">No corrections found.</p>')

    out.append(f"<h2>Failed inputs ({len(report.errors)})</h2>")
    if report.errors:
        head = "".join(f"<th>{h}</th>" for h in ("source", "line", "code", "message"))
        out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
        for err in report.errors:
            line = "" if err.line is None else err.line
            out.append(
                f'<tr><td>{_e(err.source)}</td><td class="n">{_e(line)}</td>'
                f"<td>{_e(err.code)}</td><td>{_e(err.message)}</td></tr>"
            )
        out.append("</tbody></table>")
    else:
        out.append('<p class="muted">None.</p>')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def _md(value: object) -> str:
    """Escape untrusted text for a Markdown table cell: no markup, links, HTML or breaks."""
    text = " ".join(("" if value is None else str(value)).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def render_markdown(report: Report) -> str:
    """`index.md`: the same content as index.html, with plots linked from plots/."""
    lines = ["# stance report", "", _summary_sentence(report), ""]
    if report.threads:
        lines += [f"Model: {_md(', '.join(report.models()))}", ""]
    lines += ["## Plots", ""]
    for name, caption in PLOTS:
        lines += [f"![{caption}](plots/{name}.png)", ""]
    top = report.top_claims(PLOT_CLAIMS)
    lines += [f"## Most discussed claims ({len(top)})", ""]
    if top:
        lines.append("| thread | claim | text | " + " | ".join(LABELS) + " |")
        lines.append("|---|---|---|" + "---:|" * len(LABELS))
        for row in top:
            nums = " | ".join(str(row[label]) for label in LABELS)
            cells = " | ".join(_md(row[k]) for k in ("thread", "claim", "text"))
            lines.append(f"| {cells} | {nums} |")
    else:
        lines.append("No reply targets a claim.")
    lines.append("")
    lines += [f"## Threads ({len(report.threads)})", ""]
    lines.append("| thread | title | replies | " + " | ".join(LABELS) + " |")
    lines.append("|---|---|---:|" + "---:|" * len(LABELS))
    for t in report.threads:
        counts = report.thread_counts(t)
        nums = " | ".join(str(counts[label]) for label in LABELS)
        link = f"[{_md(t.id)}](threads/{quote(t.id + '.json')})"
        lines.append(f"| {link} | {_md(_thread_title(t))} | {len(t.doc['replies'])} | {nums} |")
    corrections = report.corrections()
    lines += ["", f"## Corrections ({len(corrections)})", ""]
    if corrections:
        lines.append("| thread | reply | wrong → right | claim |")
        lines.append("|---|---:|---|---|")
        for c in corrections:
            fix = c["reply"]["correction"]
            target = c["target"]
            lines.append(
                f"| {_md(c['thread'])} | {c['reply']['index']} | "
                f"~~{_md(fix['wrong'])}~~ → **{_md(fix['right'])}** | "
                f"{_md(target.get('claim', ''))}: {_md(target.get('text', ''))} |"
            )
    else:
        lines.append("No corrections found.")
    lines += ["", f"## Failed inputs ({len(report.errors)})", ""]
    if report.errors:
        lines.append("| source | line | code | message |")
        lines.append("|---|---:|---|---|")
        for err in report.errors:
            line = "" if err.line is None else err.line
            lines.append(f"| {_md(err.source)} | {line} | {err.code} | {_md(err.message)} |")
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"
