"""Matplotlib figures for evaluation and batch reports; functions return `Figure`s.

The Agg backend is selected here so plots render on headless machines (CI, servers).
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402


def confusion_figure(
    confusion: Sequence[Sequence[int]], labels: Sequence[str], title: str
) -> Figure:
    """Counts of gold (rows) against predicted (columns) labels, annotated in each cell."""
    fig = Figure(figsize=(1.2 * len(labels) + 2.5, 1.0 * len(labels) + 2))
    ax = fig.subplots()
    im = ax.imshow(confusion, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    peak = max((max(row) for row in confusion), default=0)
    for i, row in enumerate(confusion):
        for j, value in enumerate(row):
            ax.text(
                j,
                i,
                str(value),
                ha="center",
                va="center",
                color="white" if value > peak / 2 else "black",
            )
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    return fig


def reliability_figure(bins: Sequence[dict], ece: float, title: str) -> Figure:
    """Accuracy against confidence per bin; the diagonal is perfect calibration."""
    fig = Figure(figsize=(5, 5))
    ax = fig.subplots()
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    centers = [(b["lo"] + b["hi"]) / 2 for b in bins]
    widths = [b["hi"] - b["lo"] for b in bins]
    ax.bar(
        centers,
        [b["accuracy"] for b in bins],
        width=widths,
        alpha=0.7,
        edgecolor="black",
        label="accuracy",
    )
    ax.plot(
        [b["confidence"] for b in bins],
        [b["accuracy"] for b in bins],
        marker="o",
        color="C1",
        label="mean confidence",
    )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("accuracy")
    ax.set_title(f"{title} (ECE {ece:.3f})")
    ax.legend(loc="upper left")
    fig.tight_layout()
    return fig


# Batch report plots (stance report). One colour per stance, the same in every plot.
LABEL_COLORS = {
    "supports": "#2e7d32",
    "disputes": "#c62828",
    "corrects": "#6a1b9a",
    "queries": "#ef6c00",
    "neutral": "#9e9e9e",
}
# Thread and claim text is shown in plots; longer labels make the bars unreadable.
MAX_TICK_CHARS = 48


def _plain(text: str, limit: int = MAX_TICK_CHARS) -> str:
    """Page text as a plot label: one line, cut to `limit`, `$` escaped.

    Matplotlib reads `$...$` as mathtext, and a reply such as "$5 or $10" would be
    typeset, or fail to render; escaping keeps the text literal.
    """
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("$", r"\$")


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="grey")
    ax.set_xticks([])
    ax.set_yticks([])


def stance_totals_figure(counts: dict[str, int], labels: Sequence[str]) -> Figure:
    """How many replies carry each stance, over all threads."""
    fig = Figure(figsize=(6, 4))
    ax = fig.subplots()
    values = [counts.get(label, 0) for label in labels]
    bars = ax.bar(labels, values, color=[LABEL_COLORS.get(lab, "C0") for lab in labels])
    ax.bar_label(bars, [str(v) for v in values], padding=2)
    ax.set_title(f"Stance of all replies (n={sum(values)})")
    ax.set_xlabel("stance")
    ax.set_ylabel("replies")
    ax.margins(y=0.15)
    fig.tight_layout()
    return fig


def stacked_stance_figure(
    rows: Sequence[tuple[str, dict[str, int]]],
    labels: Sequence[str],
    title: str,
    ylabel: str,
) -> Figure:
    """Horizontal bars, one per row (thread or claim), split by stance, first row on top."""
    fig = Figure(figsize=(9, 1.2 + 0.38 * max(len(rows), 3)))
    ax = fig.subplots()
    if not rows:
        _empty(ax, "no replies to show")
        ax.set_title(title)
        fig.tight_layout()
        return fig
    names = [_plain(name) for name, _ in rows]
    y = list(range(len(rows)))[::-1]
    left = [0] * len(rows)
    for label in labels:
        widths = [counts.get(label, 0) for _, counts in rows]
        ax.barh(y, widths, left=left, color=LABEL_COLORS.get(label, "C0"), label=label)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(y, names)
    ax.set_title(title)
    ax.set_xlabel("replies")
    ax.set_ylabel(ylabel)
    ax.legend(title="stance", loc="lower right", fontsize="small")
    fig.tight_layout()
    return fig


def stance_by_position_figure(
    shares: Sequence[tuple[str, dict[str, int]]], labels: Sequence[str]
) -> Figure:
    """Share of each stance at each reply position (1st reply, 2nd, ...): do threads turn?"""
    fig = Figure(figsize=(9, 4.5))
    ax = fig.subplots()
    title = "Stance along reply order"
    if not shares:
        _empty(ax, "no replies to show")
        ax.set_title(title)
        fig.tight_layout()
        return fig
    x = list(range(len(shares)))
    totals = [max(sum(counts.values()), 1) for _, counts in shares]
    bottom = [0.0] * len(shares)
    for label in labels:
        part = [counts.get(label, 0) / n for (_, counts), n in zip(shares, totals, strict=True)]
        ax.bar(x, part, bottom=bottom, color=LABEL_COLORS.get(label, "C0"), label=label, width=0.85)
        bottom = [a + b for a, b in zip(bottom, part, strict=True)]
    ax.set_xticks(x, [name for name, _ in shares])
    ax.set_ylim(0, 1)
    ax.set_title(title)
    ax.set_xlabel("reply position in thread")
    ax.set_ylabel("share of replies")
    ax.legend(title="stance", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    fig.tight_layout()
    return fig


def confidence_histogram_figure(
    confidences: dict[str, Sequence[float]], labels: Sequence[str], bins: int = 20
) -> Figure:
    """Distribution of the model's confidence for each predicted stance, one panel each."""
    fig = Figure(figsize=(3 * len(labels), 3.8), layout="constrained")
    axes = fig.subplots(1, len(labels), sharex=True, squeeze=False)[0]
    edges = [i / bins for i in range(bins + 1)]
    handles = []
    for ax, label in zip(axes, labels, strict=True):
        values = [min(max(v, 0.0), 1.0) for v in confidences.get(label, [])]
        _, _, bars = ax.hist(values, bins=edges, color=LABEL_COLORS.get(label, "C0"), label=label)
        handles.append(bars[0])
        ax.set_title(f"{label} (n={len(values)})")
        ax.set_xlim(0, 1)
        ax.set_xlabel("confidence")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        if not values:
            ax.set_ylim(0, 1)
            ax.set_yticks([])
            ax.text(0.5, 0.5, "none", ha="center", va="center", transform=ax.transAxes)
    axes[0].set_ylabel("replies")
    fig.legend(handles, list(labels), loc="outside lower center", ncols=len(labels))
    fig.suptitle("Confidence of each predicted stance")
    return fig


def figure_png(fig: Figure) -> bytes:
    """A figure as PNG bytes, without the software tag so bytes depend only on the data."""
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    return buf.getvalue()
