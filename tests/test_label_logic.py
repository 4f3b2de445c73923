"""Labelling decisions (stance.label) with a scripted model: no weights needed."""

from stance.claims import Claim
from stance.correction import Correction
from stance.label import Labeller, evidence_sentence, to_schema
from stance.labels import LABELS
from stance.model import Pair, PairPrediction
from stance.thread import Article, Reply, Thread


def _pred(label: str, p: float = 0.8, related: float = 0.9) -> PairPrediction:
    rest = (1 - p) / (len(LABELS) - 1)
    return PairPrediction(label, {k: (p if k == label else rest) for k in LABELS}, related)


class ScriptedModel:
    """Answers by rules on the pair text, like a model that learnt them perfectly."""

    name = "scripted"

    def sha256(self) -> str:
        return "0" * 64

    def predict(self, pairs):
        out = []
        for pair in pairs if isinstance(pairs, list) else [pairs]:
            text, target = pair.text.lower(), pair.target.lower()
            if "not isis" in text and "isis" in target:
                out.append(_pred("corrects"))
            elif text.endswith("?"):
                out.append(_pred("queries", 0.6))
            elif "fake" in text and "jet" in target:
                out.append(_pred("corrects"))  # a model mistake: no replacement stated
            else:
                out.append(_pred("neutral", 0.7, related=0.2))
        return out


def _thread() -> Thread:
    return Thread(
        source="t",
        title="Assad and ISIS made deals, files show",
        article=Article(["Leaked files show Assad and ISIS made deals over Palmyra."]),
        replies=[
            Reply(1, "Is this true?"),
            Reply(
                2, "ISIS took out a Russian airliner and shot down a fighter jet killing the pilot."
            ),
            Reply(3, "Turkey shot down the fighter jet, not ISIS. Turkey, your NATO ally."),
            Reply(4, "The jet story is fake."),
            Reply(5, "Nice weather today in the valley, lovely."),
        ],
    )


def test_correction_targets_the_earlier_reply_and_names_parts():
    doc = to_schema(Labeller(ScriptedModel()).label(_thread()))
    r3 = doc["replies"][2]
    assert r3["stance"] == "corrects"
    assert r3["target"]["claim"].startswith("r2.")
    assert r3["correction"] == {"wrong": "ISIS", "right": "Turkey"}
    assert r3["evidence"] == "Turkey shot down the fighter jet, not ISIS."


def test_corrects_without_a_replacement_is_reported_as_disputes():
    doc = to_schema(Labeller(ScriptedModel()).label(_thread()))
    r4 = doc["replies"][3]
    assert r4["stance"] == "disputes" and r4["correction"] is None


def test_query_and_neutral_and_schema_fields():
    doc = to_schema(Labeller(ScriptedModel()).label(_thread()))
    assert doc["replies"][0]["stance"] == "queries"
    assert doc["replies"][4]["stance"] == "neutral"
    assert doc["model"] == {"name": "scripted", "sha256": "0" * 64}
    for r in doc["replies"]:
        assert set(r) == {
            "index", "author", "text", "stance", "confidence", "target", "evidence",
            "correction", "article_stance", "judgements",
        }  # fmt: skip


def test_reply_claims_are_only_targets_for_later_replies():
    doc = to_schema(Labeller(ScriptedModel()).label(_thread()))
    for r in doc["replies"]:
        for j in r["judgements"]:
            if j["claim"].startswith("r"):
                assert int(j["claim"][1:].split(".")[0]) < r["index"]


def test_evidence_sentence_rules():
    target = Claim("a1", "Assad and ISIS made deals over Palmyra", "article")
    text = "I doubt it. Assad and ISIS never made any deals at all. Who knows?"
    assert evidence_sentence(text, "queries", target, None) == "Who knows?"
    assert (
        evidence_sentence(text, "disputes", target, None)
        == "Assad and ISIS never made any deals at all."
    )
    corr = Correction("ISIS", "Turkey", "x")
    assert (
        evidence_sentence("Sure. Turkey did it, not ISIS.", "corrects", target, corr)
        == "Turkey did it, not ISIS."
    )


def test_empty_thread_gives_no_replies():
    thread = Thread("t", "Title here about things", Article(["Turkey shot down a jet in 2015."]))
    doc = to_schema(Labeller(ScriptedModel()).label(thread))
    assert doc["replies"] == [] and doc["claims"]


def test_pairs_are_built_per_candidate_plus_article():
    seen: list[Pair] = []

    class Recording(ScriptedModel):
        def predict(self, pairs):
            seen.extend(pairs)
            return super().predict(pairs)

    Labeller(Recording()).label(_thread())
    assert any(p.target.startswith("Assad and ISIS made deals") for p in seen)
