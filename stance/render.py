"""Human-readable terminal views (rich) of split and labelled threads."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from stance.thread import Thread

# Piped output has no terminal width; 80 columns squeeze the label table's seven
# columns until stances and corrections are cut, so pipes get this width instead.
PIPE_WIDTH = 140


def _console(wide: bool = False) -> Console:
    """A stdout console; created per call so tests that capture stdout see the output."""
    console = Console(highlight=False, soft_wrap=False)
    if wide and not console.is_terminal:
        console = Console(highlight=False, soft_wrap=False, width=PIPE_WIDTH)
    return console


def print_split(thread: Thread) -> None:
    """Print a split thread: title, article paragraphs, boilerplate and numbered replies.

    Page text is untrusted: it is escaped so that '[bold]' in a reply stays literal.

    Args:
        thread: The split thread to show.
    """
    console = _console()
    console.rule(f"[bold]{escape(thread.source)}[/bold]")
    title = escape(thread.title) if thread.title else "[dim](no title)[/dim]"
    console.print(f"[bold cyan]Title:[/bold cyan] {title}")
    console.print()

    paras = thread.article.paragraphs
    body = "\n\n".join(escape(p) for p in paras) if paras else "[dim](empty)[/dim]"
    console.print(Panel(body, title=f"Article ({len(paras)} paragraphs)", title_align="left"))

    if thread.boilerplate:
        table = Table(title="Boilerplate", title_justify="left", show_lines=False)
        table.add_column("kind", style="magenta", no_wrap=True)
        table.add_column("text")
        for item in thread.boilerplate:
            table.add_row(escape(item.kind), escape(item.text))
        console.print(table)

    console.print(f"[bold]Replies ({len(thread.replies)})[/bold]")
    if not thread.replies:
        console.print("[dim](none)[/dim]")
    for reply in thread.replies:
        who = escape(reply.author) if reply.author else "anonymous"
        parent = f" ↳ reply {reply.parent}" if reply.parent else ""
        header = f"#{reply.index} {who}{parent}"
        body = escape(reply.text)
        if reply.quoted:
            quoted = "\n".join("> " + escape(q) for q in reply.quoted.splitlines())
            body = f"[dim]{quoted}[/dim]\n{body}"
        console.print(Panel(body, title=header, title_align="left", border_style="green"))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


STANCE_STYLES = {
    "supports": "green",
    "disputes": "red",
    "corrects": "bold yellow",
    "queries": "cyan",
    "neutral": "dim",
}


def print_label(doc: dict) -> None:
    """Print a labelled thread (schema-1 dict) as a table: one row per reply.

    Args:
        doc: the `stance.label.to_schema` document.
    """
    console = _console(wide=True)
    console.rule(f"[bold]{escape(doc['source'])}[/bold]")
    title = escape(doc["title"]) if doc["title"] else "[dim](no title)[/dim]"
    n_article = sum(1 for c in doc["claims"] if c["origin"] == "article")
    console.print(f"[bold cyan]Title:[/bold cyan] {title}")
    console.print(f"{n_article} article claims, {len(doc['claims']) - n_article} reply claims")
    if not doc["replies"]:
        console.print("[dim]No replies.[/dim]")
        return
    table = Table(show_lines=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("reply")
    table.add_column("stance", no_wrap=True)
    table.add_column("target")
    table.add_column("conf.", justify="right", no_wrap=True)
    table.add_column("correction")
    table.add_column("article", no_wrap=True)
    for r in doc["replies"]:
        style = STANCE_STYLES.get(r["stance"], "")
        target = r["target"]
        target_cell = (
            f"[dim]{target['claim']}[/dim] {escape(_short(target['text'], 50))}" if target else ""
        )
        corr = r["correction"]
        corr_cell = f"{escape(corr['wrong'])} → {escape(corr['right'])}" if corr else ""
        table.add_row(
            str(r["index"]),
            escape(_short(r["text"])),
            f"[{style}]{r['stance']}[/{style}]" if style else r["stance"],
            target_cell,
            f"{r['confidence']:.2f}",
            corr_cell,
            r["article_stance"],
        )
    console.print(table)
    model = doc["model"]
    console.print(f"[dim]model {escape(model['name'])} sha256 {model['sha256'][:12]}[/dim]")


class ReportProgress:
    """A rich progress bar with ETA on stderr for `stance report`, counted in replies.

    Replies, not threads, because model time grows with replies and thread sizes vary
    by orders of magnitude; the thread count is shown beside the bar.
    """

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("labelling"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("replies, {task.fields[threads]} threads"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = None

    def __enter__(self) -> ReportProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def __call__(self, replies: int, replies_total: int, threads: int, threads_total: int) -> None:
        """Record progress: the signature of `stance.report.ProgressFn`."""
        shown = f"{threads}/{threads_total}"
        if self._task is None:
            self._task = self._progress.add_task("report", total=replies_total, threads=shown)
        self._progress.update(self._task, completed=replies, threads=shown)
