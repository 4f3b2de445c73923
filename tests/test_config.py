"""Config loading (stance.config): defaults, overrides, unknown keys."""

import pytest

from stance.config import load_config
from stance.errors import ConfigError, StanceError
from tests.conftest import ROOT


def test_default_config_loads():
    cfg = load_config(ROOT / "configs" / "default.yaml")
    assert cfg.model.max_length == 128
    assert "rumoureval2019" in cfg.data.sources


def test_dotted_override_and_number_coercion(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("train:\n  lr: 1e-5\n")
    cfg = load_config(p, ["train.epochs=1", "data.max_train_samples=16"])
    assert cfg.train.lr == 1e-5 and cfg.train.epochs == 1.0 and cfg.data.max_train_samples == 16


def test_unknown_key_names_file_and_key(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("train:\n  lrr: 1\n")
    with pytest.raises(ConfigError, match=r"S012.*train\.lrr.*bad\.yaml"):
        load_config(p)


def test_out_of_range_value(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("model:\n  max_length: 4\n")
    with pytest.raises(ConfigError, match="max_length"):
        load_config(p)


def test_unknown_dataset(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("data:\n  sources: {mnli: {}}\n")
    with pytest.raises(StanceError, match="mnli"):
        load_config(p)
