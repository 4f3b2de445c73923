"""Derived `corrects` examples (training.constructed)."""

import random

from training.adapters import Example
from training.constructed import deny_fix_examples, nli_swap_examples, swap_examples


def test_nli_single_substitution_becomes_corrects_but_negation_does_not():
    rows = [
        Example(
            "A blond woman shows her profile in front of a car.",
            "A brunette woman shows her profile in front of a car.",
            "disputes",
            "nli",
        ),
        Example(
            "A man is playing a guitar on stage.",
            "A man is not playing a guitar on stage.",
            "disputes",
            "nli",
        ),
    ]
    out = nli_swap_examples(rows)
    assert [ex.text for ex in out] == [rows[0].text]
    assert out[0].label == "corrects"


def test_deny_fix_needs_cue_and_new_value():
    rows = [
        Example(
            "Eleven dead in shooting at Paris offices",
            "@guardian actually 12 dead",
            "disputes",
            "rumoureval2019",
        ),
        Example(
            "Eleven dead in shooting at Paris offices", "This is fake", "disputes", "rumoureval2019"
        ),
    ]
    assert [ex.text for ex in deny_fix_examples(rows)] == ["@guardian actually 12 dead"]


def test_swap_examples_state_the_replacement():
    claims = ["Turkish jets shot down a Russian plane over Syria in 2015."] * 3 + [
        "Police in Paris arrested 3 men."
    ]
    out = swap_examples(claims, random.Random(0), 50)
    assert out
    for ex in out:
        assert ex.label in {"corrects", "disputes", "queries"}
        if ex.label == "corrects":
            assert ex.text != ex.target


def test_contracted_negation_is_a_dispute_not_a_correction():
    """reports/corrects_sample.md showed "The lady isn't slicing up the meat" as corrects."""
    rows = [
        Example(
            "The lady is slicing up the meat",
            "The lady isn't slicing up the meat",
            "disputes",
            "nli",
        )
    ]
    assert nli_swap_examples(rows) == []
