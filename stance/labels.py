"""The label set and how the model's classes map onto it."""

from __future__ import annotations

# The five stances a judgement can have (SPEC.md). Order here is only for display:
# the model's own order always comes from its saved id2label map.
LABELS = ("supports", "disputes", "corrects", "queries", "neutral")
# The model has a sixth class for "not about this target at all"; it is folded into
# `neutral` for the stance and reported separately as 1 - related.
UNRELATED = "unrelated"
MODEL_LABELS = (*LABELS, UNRELATED)
