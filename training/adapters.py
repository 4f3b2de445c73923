"""Adapters: each public dataset in the data directory as one list of `Example`s.

Every dataset has its own labels and shape; here they become (target, text, context,
label) with our six model labels. Where a dataset has no dev split, groups (an FNC body,
an ARC comment, a Climate-FEVER claim) are assigned to train or dev by a stable hash, so
no body or claim is seen on both sides. Official test splits are never read.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from datasets import load_dataset

from stance.labels import MODEL_LABELS

# What kind of text each dataset's `text` is (see `stance.model.GENRES`). Reader comments
# and tweets are replies; FNC-1 bodies are news; claim-verification sentences and
# Perspectrum's perspectives are evidence; constructed examples imitate replies.
SOURCE_GENRE = {
    "rumoureval2019": "reply",
    "subreddit_agreement": "reply",
    "semeval2016_task6": "reply",
    "arc": "reply",
    "constructed": "reply",
    "fnc1": "news",
    "perspectrum": "evidence",
    "climate_fever": "evidence",
    "healthver": "evidence",
    "nli": "nli",
}


@dataclass
class Example:
    """One training or evaluation pair in the model's label space."""

    target: str
    text: str
    label: str
    source: str
    context: str | None = None
    group: str = ""
    native: str = ""
    genre: str = ""

    def __post_init__(self) -> None:
        if self.label not in MODEL_LABELS:
            raise ValueError(f"{self.source}: label {self.label!r} not in {MODEL_LABELS}")
        if not self.genre:
            self.genre = SOURCE_GENRE.get(self.source, "reply")

    @property
    def related(self) -> bool:
        return self.label != "unrelated"


def in_dev(group: str, dev_share: float) -> bool:
    """Stable train/dev assignment of a group (body id, claim id) by hash."""
    h = int(hashlib.sha1(group.encode("utf-8")).hexdigest()[:8], 16)
    return (h % 10_000) < dev_share * 10_000


def _rows(path: Path, fmt: str) -> list[dict]:
    # keep_default_na: FNC headlines such as "None" must stay strings, not NaN.
    kwargs = {"keep_default_na": False} if fmt == "csv" else {}
    if fmt == "tsv":
        fmt, kwargs = "csv", {"sep": "\t", "keep_default_na": False}
    ds = load_dataset(fmt, data_files=str(path), split="train", **kwargs)
    return ds.to_list()


def _keep(split: str, dev: bool) -> bool:
    return dev if split == "dev" else not dev


RUMOUREVAL_MAP = {
    "support": "supports",
    "deny": "disputes",
    "query": "queries",
    "comment": "neutral",
}


def _rumoureval(data_dir: Path, split: str, with_sources: bool) -> list[Example]:
    rows = _rows(data_dir / "rumoureval2019" / f"{split}.jsonl", "json")
    out = []
    for r in rows:
        if r["is_source"] and not with_sources:
            continue
        parent = r.get("parent_text")
        nested = parent and r.get("parent_id") != r["thread_id"] and not r["is_source"]
        out.append(
            Example(
                target=r["source_text"],
                text=r["text"],
                context=parent if nested else None,
                label=RUMOUREVAL_MAP[r["label"]],
                source="rumoureval2019",
                group=r["thread_id"],
                native=r["label"],
            )
        )
    return out


def rumoureval2019(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """RumourEval-2019 task A: stance of a reply toward the thread's source post.

    The target is the source post; the context is the direct parent when the reply
    answers another reply. Source posts themselves are skipped (they are the target).
    """
    return _rumoureval(data_dir, split, with_sources=False)


def rumoureval2019_all(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """RumourEval-2019 task A as officially scored: every tweet and post, source posts
    included. A source post's stance is toward its own rumour (mostly `support`, some
    `query`), so it is judged as the pair (source post, source post). For evaluation:
    the replies-only set `rumoureval2019` is what the model trains on."""
    return _rumoureval(data_dir, split, with_sources=True)


FNC_MAP = {
    "agree": "supports",
    "disagree": "disputes",
    "discuss": "neutral",
    "unrelated": "unrelated",
}


def _fnc_like(folder: Path, stances: str, bodies: str, name: str, split: str, dev_share: float):
    body_text = {str(r["Body ID"]): r["articleBody"] for r in _rows(folder / bodies, "csv")}
    out = []
    for r in _rows(folder / stances, "csv"):
        body_id = str(r["Body ID"])
        if not _keep(split, in_dev(f"{name}:{body_id}", dev_share)):
            continue
        out.append(
            Example(
                target=r["Headline"],
                text=body_text[body_id],
                label=FNC_MAP[r["Stance"]],
                source=name,
                group=body_id,
                native=r["Stance"],
            )
        )
    return out


def fnc1(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """FNC-1 headline vs body; dev is held out by body id (the official test is absent)."""
    return _fnc_like(
        data_dir / "fnc1", "train_stances.csv", "train_bodies.csv", "fnc1", split, dev_share
    )


def arc(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """ARC: reader comments vs claims, in FNC format; dev held out by comment id."""
    return _fnc_like(
        data_dir / "arc", "arc_stances_train.csv", "arc_bodies.csv", "arc", split, dev_share
    )


def perspectrum(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """Perspectrum: a perspective supports or undermines a claim."""
    rows = _rows(data_dir / "perspectrum" / f"pairs_{split}.jsonl", "json")
    lab = {"SUPPORT": "supports", "UNDERMINE": "disputes"}
    return [
        Example(
            r["claim"],
            r["perspective"],
            lab[r["label"]],
            "perspectrum",
            group=str(r["claim_id"]),
            native=r["label"],
        )
        for r in rows
        if r["label"] in lab
    ]


def semeval2016_task6(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """SemEval-2016 task 6: tweet stance toward a topic (the target is a topic, not a claim)."""
    lab = {"FAVOR": "supports", "AGAINST": "disputes", "NONE": "neutral"}
    rows = _rows(data_dir / "semeval2016_task6" / "train.tsv", "tsv")
    return [
        Example(
            r["Target"],
            r["Tweet"].replace("#SemST", "").strip(),
            lab[r["Stance"]],
            "semeval2016_task6",
            group=str(r["ID"]),
            native=r["Stance"],
        )
        for r in rows
        if r["Stance"] in lab and _keep(split, in_dev(f"se16:{r['ID']}", dev_share))
    ]


def subreddit_agreement(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """Reddit replies vs the quote they answer: the quote is both target and context."""
    lab = {2: "supports", 0: "disputes", 1: "neutral"}
    rows = _rows(data_dir / "subreddit_agreement" / "SubReddit-MaskMandate.csv", "csv")
    out = []
    for i, r in enumerate(rows):
        rel = int(r["relation"])
        if rel in lab and _keep(split, in_dev(f"sr:{i}", dev_share)):
            out.append(
                Example(
                    r["quote_text"],
                    r["response_text"],
                    lab[rel],
                    "subreddit_agreement",
                    group=str(i),
                    native=str(rel),
                )
            )
    return out


def climate_fever(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """Climate-FEVER: evidence sentences vs a claim; a claim's evidence stays together."""
    lab = {"SUPPORTS": "supports", "REFUTES": "disputes", "NOT_ENOUGH_INFO": "neutral"}
    out = []
    path = data_dir / "claim_verification" / "climate_fever" / "climate-fever.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if not _keep(split, in_dev(f"cf:{r['claim_id']}", dev_share)):
            continue
        for ev in r["evidences"]:
            out.append(
                Example(
                    r["claim"],
                    ev["evidence"],
                    lab[ev["evidence_label"]],
                    "climate_fever",
                    group=str(r["claim_id"]),
                    native=ev["evidence_label"],
                )
            )
    return out


def healthver(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """HealthVer (its dev split, the only one here): evidence vs health claim."""
    lab = {"Supports": "supports", "Refutes": "disputes", "Neutral": "neutral"}
    rows = _rows(data_dir / "claim_verification" / "healthver" / "healthver_dev.csv", "csv")
    return [
        Example(
            r["claim"].strip(),
            r["evidence"],
            lab[r["label"]],
            "healthver",
            group=r["claim"],
            native=r["label"],
        )
        for r in rows
        if r["label"] in lab and _keep(split, in_dev(f"hv:{r['claim']}", dev_share))
    ]


NLI_MAP = {
    "entailment": "supports",
    "e": "supports",
    "ENTAILMENT": "supports",
    "contradiction": "disputes",
    "c": "disputes",
    "CONTRADICTION": "disputes",
    "neutral": "neutral",
    "n": "neutral",
    "NEUTRAL": "neutral",
}


def nli(data_dir: Path, split: str, dev_share: float) -> list[Example]:
    """NLI dev sets only (SNLI dev, ANLI R1-R3 dev, SICK TRAIN+TRIAL); test files are never read.

    The premise plays the target claim and the hypothesis the reply.
    """
    out = []
    folder = data_dir / "nli"
    rows = [
        ("snli", r["premise"], r["hypothesis"], r["label"])
        for r in _rows(folder / "snli" / "dev.jsonl", "json")
    ]
    for rnd in ("R1", "R2", "R3"):
        rows += [
            (f"anli{rnd}", r["context"], r["hypothesis"], r["label"])
            for r in _rows(folder / "anli" / f"{rnd}_dev.jsonl", "json")
        ]
    sick = _rows(folder / "sick" / "SICK.txt", "tsv")
    rows += [
        ("sick", r["sentence_A"], r["sentence_B"], r["entailment_label"])
        for r in sick
        if r["SemEval_set"] in ("TRAIN", "TRIAL")
    ]
    for i, (name, premise, hyp, label) in enumerate(rows):
        if label not in NLI_MAP or not _keep(split, in_dev(f"nli:{premise}", dev_share)):
            continue
        premise = premise.replace(" .", ".").replace(" ,", ",") if name == "snli" else premise
        hyp = hyp.replace(" .", ".").replace(" ,", ",") if name == "snli" else hyp
        out.append(
            Example(
                premise, hyp, NLI_MAP[label], "nli", group=f"{name}:{i}", native=f"{name}:{label}"
            )
        )
    return out


ADAPTERS: dict[str, Callable[[Path, str, float], list[Example]]] = {
    "rumoureval2019": rumoureval2019,
    "rumoureval2019_all": rumoureval2019_all,
    "fnc1": fnc1,
    "arc": arc,
    "perspectrum": perspectrum,
    "semeval2016_task6": semeval2016_task6,
    "subreddit_agreement": subreddit_agreement,
    "climate_fever": climate_fever,
    "healthver": healthver,
    "nli": nli,
}


def load_examples(
    name: str, data_dir: str | Path, split: str, dev_share: float = 0.15
) -> list[Example]:
    """All examples of one dataset's train or dev side."""
    if split not in ("train", "dev"):
        raise ValueError(f"split must be train or dev, not {split!r}")
    rows = ADAPTERS[name](Path(data_dir), split, dev_share)
    # A few source rows have an empty or missing side; they carry no stance to learn.
    return [
        ex
        for ex in rows
        if isinstance(ex.target, str)
        and isinstance(ex.text, str)
        and ex.target.strip()
        and ex.text.strip()
    ]


def sample_per_label(
    examples: list[Example], per_label_max: dict[str, int] | None, seed: int
) -> list[Example]:
    """Cap each label's count (seeded), so a huge majority class does not drown the rest."""
    if not per_label_max:
        return list(examples)
    rng = random.Random(seed)
    by_label: dict[str, list[Example]] = {}
    for ex in examples:
        by_label.setdefault(ex.label, []).append(ex)
    out = []
    for label, items in sorted(by_label.items()):
        cap = per_label_max.get(label)
        if cap is not None and len(items) > cap:
            items = rng.sample(items, cap)
        out.extend(items)
    return out
