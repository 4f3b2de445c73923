"""The whole training loop on a tiny slice through the real CLI (configs/smoke.yaml)."""

import json

from typer.testing import CliRunner

from stance.cli import app
from stance.model import StanceCrossEncoder
from tests.conftest import DATA, ROOT, needs_data

pytestmark = needs_data()
runner = CliRunner()


def test_smoke_train_evaluate_and_resume(tmp_path):
    out = tmp_path / "run"
    args = ["--config", str(ROOT / "configs" / "smoke.yaml"), "--set", f"data.data_dir={DATA}"]
    result = runner.invoke(app, ["train", *args, "--set", f"train.output_dir={out}"])
    assert result.exit_code == 0, result.output
    model_dir = out / "model"
    for name in (
        "model.safetensors",
        "config.json",
        "tokenizer.json",
        "stance_model.json",
        "MODEL_CARD.md",
    ):
        assert (model_dir / name).is_file(), name
    metrics = json.loads((out / "metrics.json").read_text())
    assert 0.0 <= metrics["rumoureval2019"]["macro_f1"] <= 1.0
    model = StanceCrossEncoder.load(model_dir)
    assert set(model.id2label.values()) == {
        "supports",
        "disputes",
        "corrects",
        "queries",
        "neutral",
        "unrelated",
    }

    # A second run finds the checkpoints and resumes instead of refusing or starting over.
    again = runner.invoke(app, ["train", *args, "--set", f"train.output_dir={out}"])
    assert again.exit_code == 0, again.output

    report = tmp_path / "eval"
    ev = runner.invoke(
        app, ["evaluate", *args, "--model", str(model_dir), "--set", f"eval.report_dir={report}"]
    )
    assert ev.exit_code == 0, ev.output
    assert (report / "rumoureval2019_confusion.png").stat().st_size > 1000
    assert (report / "rumoureval2019_reliability.png").stat().st_size > 1000


def test_non_empty_output_dir_without_checkpoints_is_refused(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    result = runner.invoke(
        app,
        [
            "train",
            "--config",
            str(ROOT / "configs" / "smoke.yaml"),
            "--set",
            f"train.output_dir={out}",
        ],
    )
    assert result.exit_code == 2
    assert "S021" in result.output and "--overwrite" in result.output
