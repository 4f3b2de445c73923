"""Wrong/right alignment of corrections (stance.correction): one test per rule."""

from stance.correction import (
    CORRECTION_RULES,
    align_correction,
    has_explicit_correction,
    rule_not_y_but_x,
    rule_span_swap,
    rule_x_not_y,
)

REPLY3 = (
    "ISIS took out a large, loaded Russian airliner remember and "
    "shot down a fighter jet killing the pilot."
)


def test_rule_ids_are_pinned():
    assert [r.__name__ for r in CORRECTION_RULES] == [
        "rule_not_y_but_x",
        "rule_x_not_y",
        "rule_span_swap",
    ]


def test_x_not_y_fires_on_example_003():
    """shared/examples/threads/003: reply 5 corrects reply 3."""
    c = rule_x_not_y(
        "Turkey shot down the fighter jet, not ISIS. Turkey, your friendly NATO ally.", REPLY3
    )
    assert (c.wrong, c.right, c.rule) == ("ISIS", "Turkey", "correction.x_not_y.v1")


def test_x_not_y_does_not_fire_when_negated_part_is_not_in_target():
    assert rule_x_not_y("Turkey did it, not Russia.", REPLY3) is None


def test_not_y_but_x_fires():
    c = rule_not_y_but_x(
        "It was not ISIS but Turkey that shot it down", "ISIS shot down a fighter jet"
    )
    assert (c.wrong, c.right) == ("ISIS", "Turkey")


def test_not_y_but_x_does_not_fire_without_replacement():
    assert (
        rule_not_y_but_x("It was not ISIS, but who cares", "ISIS shot down a fighter jet") is None
    )


def test_span_swap_numbers_money_dates():
    """The issue's example: 31 corporations, $128 billion, since 2008."""
    c = rule_span_swap(
        "It's actually 31 corporations that dodged $128 billion since 2008",
        "32 companies dodged $72 billion in 2012",
    )
    assert (c.wrong, c.right) == ("32; $72 billion; 2012", "31; $128 billion; 2008")


def test_span_swap_does_not_fire_on_bare_denial():
    assert rule_span_swap("This is fake.", "32 companies dodged $72 billion in 2012") is None


def test_align_and_explicit():
    assert align_correction("This is fake.", REPLY3) is None
    assert has_explicit_correction("Turkey shot down the fighter jet, not ISIS.", REPLY3)
    assert not has_explicit_correction("It's actually 31 corporations", "32 companies dodged taxes")


def test_span_swap_v2_ignores_names():
    """A reply naming another country is not a correction of every claim (label of 003 r7)."""
    assert (
        rule_span_swap("Russia never really did engage ISIS.", "Turkey shot down the jet.") is None
    )
