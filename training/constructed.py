"""Derived and constructed examples for what no dataset labels: `corrects`, and more queries.

No public dataset here marks corrective replies, so `corrects` examples come from four
documented sources (see README, "How corrects examples are made"):

1. swap:      a claim with one entity/number/date swapped, phrased as a correction
              ("Turkey shot down the jet, not ISIS.") — the reply states the right value.
2. nli_swap:  NLI contradictions whose hypothesis differs from the premise by one short
              substituted span (not a negation): the hypothesis states a replacement.
3. deny_fix:  RumourEval `deny` replies that state a replacement: a correction cue
              ("actually", "not X but", "it was", "instead") plus a number or name absent
              from the target.
4. Counter-examples keep the class honest: the same claims answered with a bare denial
   ("This is fake.", "Not ISIS.") are `disputes`, and with a question are `queries`.
"""

from __future__ import annotations

import dataclasses
import difflib
import random
import re
from collections.abc import Sequence

from stance.spans import Span, find_spans
from training.adapters import Example

# Cues that a denial goes on to give the right value.
CORRECTION_CUES = re.compile(
    r"\b(actually|in fact|instead|correction|was really)\b|\bnot\b[^.?!]{1,40}\bbut\b", re.I
)
NEGATIONS = frozenset(
    ["no", "not", "never", "nobody", "nothing", "none", "n't", "cannot", "without"]
)

CORRECTION_TEMPLATES = (
    "{right}, not {wrong}.",
    "Actually, {fixed}",
    "No, it was {right}, not {wrong}.",
    "Wrong: {fixed}",
    "It's {right}, not {wrong}.",
    "Not {wrong} but {right}.",
    "Correction: {right}, not {wrong}.",
    "{fixed} Not {wrong}.",
    "That's not right. {fixed}",
    "Get your facts straight: it was {right}.",
    "It was actually {right}.",
    "Nope. {fixed}",
    "You have it wrong, it's {right} not {wrong}.",
    "{fixed} Check the facts.",
)
DENIAL_TEMPLATES = (
    "This is fake.",
    "That's not true.",
    "Fake news.",
    "No way this is true, {wrong} had nothing to do with it.",
    "Not {wrong}.",
    "Completely false.",
    "I don't believe this for a second.",
    "This has been debunked.",
    "Wrong.",
    "Nonsense, that never happened.",
    "It wasn't {wrong}.",
)
QUERY_TEMPLATES = (
    "Is it true that {claim_lc}?",
    "Source?",
    "Any source for this?",
    "Was it really {wrong}?",
    "Where did you read that {claim_lc}?",
    "Is this confirmed?",
    "Can anyone verify this?",
    "Wait, {wrong}? How do we know?",
    "Are you sure about {wrong}?",
    "Who says {claim_lc}?",
    "What's the evidence that {claim_lc}?",
)


def _alternative(span: Span, pool: dict[str, list[str]], rng: random.Random) -> str | None:
    if span.kind in ("number", "money") and re.search(r"\d", span.text):
        digits = re.search(r"\d[\d,]*", span.text)
        assert digits is not None
        value = int(digits.group(0).replace(",", "") or 0)
        new = (
            value + rng.choice([-3, -2, -1, 1, 2, 5, 10])
            if value < 30
            else int(value * rng.choice([0.5, 0.7, 1.3, 1.8, 2]))
        )
        if new <= 0 or new == value:
            new = value + 7
        return span.text.replace(
            digits.group(0), f"{new:,}" if "," in digits.group(0) else str(new), 1
        )
    options = [o for o in pool.get(span.kind, []) if o.lower() != span.text.lower()]
    return rng.choice(options) if options else None


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".!")
    if (
        len(text) > 1
        and text[0].isupper()
        and not text[1].isupper()
        and text.split()[0][0:1].isupper() is not False
    ):
        first = text.split()[0]
        if first not in {"I"} and not find_spans(first):
            return text[0].lower() + text[1:]
    return text


def _title_case(text: str) -> bool:
    """Headlines In Title Case hide which words are names; they make bad swap sources."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) > 0.5 * max(len(words), 1)


def _swappable(text: str, span: Span) -> bool:
    if len(span.text) < 2:
        return False
    # A capitalised first word may just start the sentence; keep it only if all-caps.
    return not (span.kind == "entity" and span.start == 0 and not span.text.isupper())


def swap_examples(claims: Sequence[str], rng: random.Random, n: int) -> list[Example]:
    """Constructed corrections (and denials/queries of the same claims) from span swaps."""
    spans_of = {c: [s for s in find_spans(c) if _swappable(c, s)] for c in claims}
    usable = [c for c in claims if spans_of[c] and 4 <= len(c.split()) <= 40 and not _title_case(c)]
    pool: dict[str, list[str]] = {}
    for c in usable:
        for s in spans_of[c]:
            pool.setdefault(s.kind, []).append(s.text)
    out: list[Example] = []
    rng.shuffle(usable)
    for claim in usable:
        if len(out) >= n:
            break
        span = rng.choice(spans_of[claim])
        right = _alternative(span, pool, rng)
        if not right:
            continue
        fixed = claim[: span.start] + right + claim[span.end :]
        fixed = fixed.strip()
        if not fixed.endswith((".", "!", "?")):
            fixed += "."
        fill = {"right": right, "wrong": span.text, "fixed": fixed, "claim_lc": _lower_first(claim)}
        roll = rng.random()
        if roll < 0.6:
            text = rng.choice(CORRECTION_TEMPLATES).format(**fill)
            label = "corrects"
        elif roll < 0.8:
            text = rng.choice(DENIAL_TEMPLATES).format(**fill)
            label = "disputes"
        else:
            text = rng.choice(QUERY_TEMPLATES).format(**fill)
            label = "queries"
        out.append(
            Example(
                claim,
                text,
                label,
                "constructed",
                group=f"swap:{claim[:40]}",
                native=f"swap:{span.kind}",
            )
        )
    return out


def _single_substitution(premise: str, hypothesis: str) -> tuple[str, str] | None:
    a, b = premise.split(), hypothesis.split()
    ops = [
        op
        for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    wrong, right = a[i1:i2], b[j1:j2]
    if len(wrong) > 3 or len(right) > 3 or len(a) - len(wrong) < max(3, len(a) // 2):
        return None
    changed = {w.lower().strip(".,") for w in wrong + right}
    if NEGATIONS & changed or any(w.endswith(("n't", "n’t")) for w in changed):
        return None
    return " ".join(wrong), " ".join(right)


def _as_correction(ex: Example, how: str) -> Example:
    return dataclasses.replace(ex, label="corrects", source="constructed", native=how)


def nli_swap_examples(examples: Sequence[Example]) -> list[Example]:
    """Relabel NLI contradictions that differ from the premise by one substitution."""
    out = []
    for ex in examples:
        if ex.source == "nli" and ex.label == "disputes":
            sub = _single_substitution(ex.target, ex.text)
            if sub:
                out.append(_as_correction(ex, "nli_swap"))
    return out


def deny_fix_examples(examples: Sequence[Example]) -> list[Example]:
    """Relabel RumourEval denials that state a replacement value as `corrects`."""
    out = []
    for ex in examples:
        if ex.source != "rumoureval2019" or ex.label != "disputes":
            continue
        if not CORRECTION_CUES.search(ex.text):
            continue
        target_low = ex.target.lower()
        new = [
            s
            for s in find_spans(ex.text)
            if s.text.lower() not in target_low
            and s.kind in ("number", "money", "date", "entity")
            and ex.text[max(0, s.start - 1) : s.start] not in ("@", "#")
        ]
        if new:
            out.append(_as_correction(ex, "deny_fix"))
    return out


def unrelated_pairs(examples: Sequence[Example], rng: random.Random, n: int) -> list[Example]:
    """Short texts paired with a claim from another thread or dataset, labelled `unrelated`.

    FNC-1's unrelated pairs are headlines against long news bodies; without short
    negatives the model calls any short reply "related" to any claim (a cat on a
    keyboard against "The Eiffel Tower is in Paris" scored related 0.93). Half the
    targets come from the same dataset (another thread: a harder negative), half from
    another dataset.
    """
    pool = [ex for ex in examples if len(ex.text.split()) <= 60 and ex.label != "unrelated"]
    by_source: dict[str, list[Example]] = {}
    for ex in pool:
        by_source.setdefault(ex.source, []).append(ex)
    out: list[Example] = []
    for ex in rng.sample(pool, min(n, len(pool))):
        same = by_source[ex.source]
        donor = rng.choice(same if rng.random() < 0.5 and len(same) > 1 else pool)
        if donor.group == ex.group or donor.target == ex.target:
            continue
        out.append(
            Example(
                donor.target,
                ex.text,
                "unrelated",
                "constructed",
                group=ex.group,
                native="shuffled",
                genre=ex.genre,
            )
        )
    return out


def relabel(base: Sequence[Example], derived: Sequence[Example]) -> list[Example]:
    """Replace base examples by their derived relabelling (same target and text)."""
    keys = {(d.target, d.text) for d in derived}
    return [ex for ex in base if (ex.target, ex.text) not in keys] + list(derived)


def sample_markdown(data_dir: str, per_source: int = 12, seed: int = 13) -> str:
    """A readable sample of every kind of derived example, for a reader to check by eye."""
    from training.adapters import load_examples

    rng = random.Random(seed)
    rumour = load_examples("rumoureval2019", data_dir, "train")
    nli_rows = load_examples("nli", data_dir, "train")
    claims = sorted(
        {
            ex.target
            for name in ("fnc1", "climate_fever", "rumoureval2019", "healthver")
            for ex in load_examples(name, data_dir, "train")
        }
    )
    groups = {
        "swap (constructed correction / denial / query of a real claim)": swap_examples(
            claims, rng, 3000
        ),
        "nli_swap (NLI contradiction by one substitution)": nli_swap_examples(nli_rows),
        "deny_fix (RumourEval deny stating a replacement)": deny_fix_examples(rumour),
    }
    lines = [
        "# Sample of derived `corrects` (and counter-example) training rows",
        "",
        f"Regenerate: `python -m training.constructed {data_dir}`",
        "",
    ]
    for title, rows in groups.items():
        lines += [
            f"## {title}: {len(rows)} rows",
            "",
            "| label | target | reply |",
            "|---|---|---|",
        ]
        for ex in rng.sample(rows, min(per_source, len(rows))):
            cell = lambda s: " ".join(s.split()).replace("|", "\\|")[:160]  # noqa: E731
            lines.append(f"| {ex.label} | {cell(ex.target)} | {cell(ex.text)} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(sample_markdown(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
