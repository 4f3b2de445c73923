"""Evaluation arithmetic (training.evaluate): pure functions."""

import pytest

from training.evaluate import compute_metrics, expected_calibration_error, fnc_score


def test_compute_metrics_per_class_and_confusion():
    m = compute_metrics(["a", "a", "b", "b"], ["a", "b", "b", "b"], ["a", "b"])
    assert m["confusion"] == [[1, 0], [1, 2]]
    assert m["f1"]["a"] == pytest.approx(2 / 3)
    assert m["f1"]["b"] == pytest.approx(0.8)
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0.8) / 2)


def test_fnc_score_weights():
    assert fnc_score(["unrelated", "agree"], ["unrelated", "agree"]) == 1.0
    # related-ness right but wrong stance: 0.25 of 1.0 for the related pair
    assert fnc_score(["discuss"], ["agree"]) == pytest.approx(0.25)


def test_ece_zero_when_calibrated():
    ece, bins = expected_calibration_error([1.0, 1.0], [True, True])
    assert ece == 0.0 and bins[-1]["n"] == 2
