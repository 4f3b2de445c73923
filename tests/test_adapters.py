"""Each dataset adapter on the real files in ../shared/data."""

import pytest

from stance.labels import MODEL_LABELS
from tests.conftest import DATA, needs_data
from training.adapters import ADAPTERS, load_examples

pytestmark = needs_data()


@pytest.mark.parametrize("name", sorted(ADAPTERS))
def test_adapter_reads_real_files(name):
    train = load_examples(name, DATA, "train")
    dev = load_examples(name, DATA, "dev")
    assert len(train) > 500 and len(dev) > 100
    assert {ex.label for ex in train} <= set(MODEL_LABELS)
    assert all(ex.target.strip() and ex.text.strip() for ex in train[:200])


@pytest.mark.parametrize("name", ["fnc1", "arc", "climate_fever"])
def test_groups_never_cross_train_and_dev(name):
    train = {ex.group for ex in load_examples(name, DATA, "train")}
    dev = {ex.group for ex in load_examples(name, DATA, "dev")}
    assert train.isdisjoint(dev)


def test_rumoureval_uses_parent_as_context_only_for_nested_replies():
    rows = load_examples("rumoureval2019", DATA, "train")
    assert any(ex.context for ex in rows)
    assert all(ex.context != ex.target for ex in rows if ex.context)


def test_rumoureval_all_adds_source_posts_judged_against_themselves():
    """The official task A set scores source posts too (dev: 38 of 1,485 tweets)."""
    replies = load_examples("rumoureval2019", DATA, "dev")
    every = load_examples("rumoureval2019_all", DATA, "dev")
    sources = [ex for ex in every if ex.target == ex.text and not ex.context]
    assert len(every) == len(replies) + 38 == len(replies) + len(sources)
    assert sum(ex.native == "support" for ex in sources) == 29
