"""Name the wrong part of a claim and its replacement, by aligning a reply with its target.

Rules run as a cascade, first match wins, each recorded by id:
- `correction.not_y_but_x.v1`: "not Y but X" — Y is in the target, X is new.
- `correction.x_not_y.v1`:     "X, not Y" / "X not Y" — Y is in the target, X is new.
- `correction.span_swap.v2`:   numbers, money and dates of the target that the reply
                               replaces with new ones of the same kind, paired in order.
                               (v1 also swapped names; a reply naming any other person or
                               place then "corrected" every claim, so names now need the
                               explicit "not" of the two rules above.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from stance.spans import Span, find_spans

VALUE_KINDS = frozenset({"number", "money", "date"})
COMPATIBLE = {
    "entity": {"entity"},
    "number": {"number", "money"},
    "money": {"money", "number"},
    "date": {"date", "number"},
}


@dataclass(frozen=True)
class Correction:
    wrong: str
    right: str
    rule: str


def _in(text: str, low_haystack: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(text.lower())}(?!\w)", low_haystack) is not None


def _new_spans(reply: str, target_low: str) -> list[Span]:
    return [s for s in find_spans(reply) if not _in(s.text, target_low)]


_NOT_Y_BUT_X = re.compile(
    r"\bnot\s+(?:the\s+|a\s+)?(?P<y>[^,.;!?]{1,40}?)\s*,?\s+but\s+(?:the\s+|a\s+)?(?P<x>[^,.;!?]{1,40})",
    re.I,
)
_X_NOT_Y = re.compile(
    r"(?P<x>[^,.;!?]{1,80}?)\s*,?\s+(?:and\s+)?not\s+(?:the\s+|a\s+|by\s+)?(?P<y>[^,.;!?]{1,40})",
    re.I,
)


def _span_in(fragment: str, target_low: str, want_new: bool) -> Span | None:
    spans = [s for s in find_spans(fragment) if _in(s.text, target_low) != want_new]
    return spans[-1 if want_new else 0] if spans else None


def rule_not_y_but_x(reply: str, target: str) -> Correction | None:
    """'not ISIS but Turkey': the negated span is the wrong part, the 'but' span the right."""
    low = target.lower()
    for m in _NOT_Y_BUT_X.finditer(reply):
        wrong = _span_in(m.group("y"), low, want_new=False)
        right = _span_in(m.group("x"), low, want_new=True)
        if wrong and right:
            return Correction(wrong.text, right.text, "correction.not_y_but_x.v1")
    return None


def rule_x_not_y(reply: str, target: str) -> Correction | None:
    """'Turkey shot down the jet, not ISIS': negated span wrong, the new span before it right."""
    low = target.lower()
    for m in _X_NOT_Y.finditer(reply):
        wrong = _span_in(m.group("y"), low, want_new=False)
        if not wrong:
            continue
        candidates = [
            s
            for s in find_spans(m.group("x"))
            if not _in(s.text, low) and wrong.kind in COMPATIBLE.get(s.kind, {s.kind})
        ]
        if candidates:
            return Correction(wrong.text, candidates[0].text, "correction.x_not_y.v1")
    return None


def rule_span_swap(reply: str, target: str) -> Correction | None:
    """Target spans missing from the reply, paired in order with new spans of the same kind."""
    reply_low = reply.lower()
    gone = [s for s in find_spans(target) if s.kind in VALUE_KINDS and not _in(s.text, reply_low)]
    new = [s for s in _new_spans(reply, target.lower()) if s.kind in VALUE_KINDS]
    pairs = []
    used: set[int] = set()
    for g in gone:
        for i, n in enumerate(new):
            if i not in used and n.kind in COMPATIBLE.get(g.kind, {g.kind}):
                pairs.append((g.text, n.text))
                used.add(i)
                break
    if not pairs:
        return None
    return Correction(
        "; ".join(p[0] for p in pairs), "; ".join(p[1] for p in pairs), "correction.span_swap.v2"
    )


CORRECTION_RULES: tuple[Callable[[str, str], Correction | None], ...] = (
    rule_not_y_but_x,
    rule_x_not_y,
    rule_span_swap,
)


def align_correction(reply: str, target: str) -> Correction | None:
    """The wrong part of `target` and what `reply` says instead, or None if no rule fires."""
    for rule in CORRECTION_RULES:
        found = rule(reply, target)
        if found:
            return found
    return None


def corrects_something_else(reply: str, target: str) -> bool:
    """True when the reply negates a name or number that the target never mentions.

    "Turkey shot down the jet, not ISIS" corrects whoever said ISIS did it; toward a
    target that does not mention ISIS it takes no stance at all.
    """
    low = target.lower()
    for pattern in (_NOT_Y_BUT_X, _X_NOT_Y):
        for m in pattern.finditer(reply):
            spans = find_spans(m.group("y"))
            if spans and not any(_in(s.text, low) for s in spans):
                return True
    return False


def has_explicit_correction(reply: str, target: str) -> Correction | None:
    """The correction when the reply negates a part of the target and names a replacement
    ("not Y but X", "X, not Y"); None otherwise. Truthy exactly when such a rule fires."""
    for rule in CORRECTION_RULES[:2]:
        found = rule(reply, target)
        if found:
            return found
    return None
