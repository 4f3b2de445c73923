"""`StanceCrossEncoder`: a fine-tuned MiniLM that judges (target claim, reply) pairs.

It does three things: encode pairs (with the reply's parent post as optional context and
long texts reduced to their most relevant sentences), predict calibrated label
probabilities, and save/load itself as a transformers model directory plus a small
`stance_model.json` with what transformers does not keep (temperature, version, lengths).
Training lives in `training/`.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from stance import __version__, errors
from stance.allocator import retain_freed_memory
from stance.labels import LABELS, UNRELATED
from stance.text import relevant_windows, split_sentences

if TYPE_CHECKING:
    import torch
    from tokenizers import Tokenizer

META_FILE = "stance_model.json"
# Windows a long text is read in. FNC-1 dev (news bodies of ~400 words, five or so
# 90-token windows each), shipped model: macro-F1 0.696 with 1 window, 0.7065 with 3,
# 0.7048 with 8 (ARC 0.522 / 0.524 / 0.524); 3 costs 2.5x a single window there, 8 4x.
TEXT_WINDOWS = 3
DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / "default"


@dataclass
class Pair:
    """One judgement to make: does `text` (answering `context`) take a stance on `target`?"""

    target: str
    text: str
    context: str | None = None
    genre: str = "reply"


# What kind of text `Pair.text` is. A model trained with genre markers learns each
# dataset's own notion of a stance (a news body "discusses", a tweet "comments") instead of
# averaging them; the product only ever judges replies, so "reply" is the default.
GENRES = ("reply", "news", "evidence", "nli")


def genre_tokens() -> dict[str, str]:
    """The marker token of each genre: BERT's unused vocabulary slots, untrained until then."""
    return {genre: f"[unused{i + 1}]" for i, genre in enumerate(GENRES)}


@dataclass
class PairPrediction:
    """Calibrated probabilities over the five stances, and how related text is to target."""

    label: str
    scores: dict[str, float]
    related: float


@dataclass
class ModelMeta:
    """What a checkpoint needs beyond transformers' config to predict the same way."""

    stance_version: str = __version__
    max_length: int = 128
    temperature: float = 1.0
    # Shares of the token budget for target / text / context before redistribution.
    target_share: float = 0.3
    context_share: float = 0.2
    # Genre -> vocabulary token put after [CLS]; empty for models trained without genres.
    genre_tokens: dict[str, str] = field(default_factory=dict)
    trained: dict = field(default_factory=dict)


def _allocate(lengths: Sequence[int], shares: Sequence[float], budget: int) -> list[int]:
    """Split a token budget between segments by share, giving unused room to the others."""
    alloc = [min(n, int(budget * s)) for n, s in zip(lengths, shares, strict=True)]
    spare = budget - sum(alloc)
    for i, n in enumerate(lengths):
        extra = min(spare, n - alloc[i])
        alloc[i] += extra
        spare -= extra
    return alloc


class StanceCrossEncoder:
    """Cross-encoder over (target, text[, context]) with a six-way head.

    The head's classes are the five stances plus `unrelated`; `predict` folds
    `unrelated` into `neutral` and reports `related = 1 - p(unrelated)`. Inference runs
    on `stance.encoder.BertClassifier` and the `tokenizers` library, so labelling never
    imports transformers; training wraps a transformers model with `from_transformers`.

    Example:
        >>> model = StanceCrossEncoder.load()                      # doctest: +SKIP
        >>> model.predict(Pair("ISIS shot down a jet", "Turkey did, not ISIS."))  # doctest: +SKIP
    """

    def __init__(
        self,
        forward: Callable[[torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor],
        tokenizer: Tokenizer,
        id2label: dict[int, str],
        meta: ModelMeta,
        path: Path | None = None,
    ) -> None:
        self.forward = forward
        self.tokenizer = tokenizer
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.id2label = dict(id2label)
        self.meta = meta
        self.path = path
        self.cls_id = tokenizer.token_to_id("[CLS]")
        self.sep_id = tokenizer.token_to_id("[SEP]")
        self.pad_id = tokenizer.token_to_id("[PAD]") or 0
        # Batch shapes: see `load` for why bf16 pads widths to a multiple of 16 and fills
        # batches up to a token budget instead of a pair count.
        self.width_multiple = 1
        self.batch_size = 64
        self.tokens_per_batch: int | None = None
        # Windows a long text is read in by `probabilities` (1 = the most relevant only).
        self.text_windows = TEXT_WINDOWS
        self.hf_model = None
        self.hf_tokenizer = None
        # The weights' digest: hashed in the background by `load`, read by `sha256`.
        self._sha256_future: Future[str] | None = None
        self._sha256: str | None = None

    # ---------------------------------------------------------------- loading / saving
    @classmethod
    def load(cls, path: str | Path | None = None, dtype: str = "auto") -> StanceCrossEncoder:
        """Load a saved model directory (default: the model shipped with stance).

        `dtype="auto"` computes in bfloat16 where the CPU has native bf16 (AVX-512 BF16 or
        AMX): about 2x the fp32 throughput here, with RumourEval dev macro-F1 within
        0.002 of fp32 (benchmarks/bench_inference.py); elsewhere in float32.

        Loading also tells glibc to keep freed memory in the heap for the rest of the
        process (`stance.allocator.retain_freed_memory`): 10-20% more pairs/s, and the
        process holds its peak memory until it exits.

        Raises:
            ModelError: the directory is missing or lacks weights, tokenizer or labels.
        """
        path = Path(path) if path is not None else DEFAULT_MODEL_DIR
        if not path.is_dir():
            raise errors.model_missing(str(path), "no such directory")
        for name in ("model.safetensors", "config.json", "tokenizer.json"):
            if not (path / name).exists():
                raise errors.model_missing(str(path), f"no {name}")
        # Every output names the weights' digest. Hashing releases the GIL, so it runs on
        # the other core while torch imports (30 ms of a 2 s cold `stance label` here).
        digest = _background(file_sha256, path / "model.safetensors")

        import torch
        from tokenizers import Tokenizer

        from stance.encoder import FULL_BATCH_ROWS, BertClassifier

        meta_path = path / META_FILE
        meta = ModelMeta(**json.loads(meta_path.read_text())) if meta_path.exists() else ModelMeta()
        if _version_tuple(meta.stance_version) > _version_tuple(__version__):
            warnings.warn(
                f"{path} was written by stance {meta.stance_version}, newer than {__version__}",
                stacklevel=2,
            )
        try:
            if dtype == "auto":
                dtype = "bfloat16" if _native_bf16() else "float32"
            runtime = BertClassifier.from_dir(path, getattr(torch, dtype))
            tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            raise errors.model_missing(str(path), str(exc).splitlines()[0]) from None
        id2label = {int(k): v for k, v in runtime.config.get("id2label", {}).items()}
        if not set(LABELS) <= set(id2label.values()):
            raise errors.model_missing(
                str(path), f"labels {sorted(id2label.values())} lack {LABELS}"
            )
        model = cls(runtime, tokenizer, id2label, meta, path)
        model._sha256_future = digest
        if dtype == "bfloat16":
            # oneDNN builds (JIT-compiles) an AMX kernel for every new input shape; with
            # a width per distinct pair length, a first pass over RumourEval dev spent
            # half its time building kernels (232 pairs/s, 470 once all were built).
            # Widths padded to a multiple of 16 leave few attention shapes; batches
            # filled to 4,096 padded tokens, whose rows the runtime pads to a multiple
            # of 1,024, give the matrix multiplies one shape for all full batches
            # (first pass +18% against batches of 32: benchmarks/bench_inference.py).
            model.width_multiple, model.tokens_per_batch = 16, FULL_BATCH_ROWS
        retain_freed_memory()
        return model

    @classmethod
    def from_transformers(cls, model, tokenizer, meta: ModelMeta) -> StanceCrossEncoder:
        """Wrap a transformers model and tokenizer (training); `save` writes them out."""

        def forward(input_ids, token_type_ids, attention_mask):
            out = model(
                input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask
            )
            return out.logits.float()

        id2label = {int(k): v for k, v in model.config.id2label.items()}
        encoder = cls(forward, tokenizer.backend_tokenizer, id2label, meta)
        encoder.hf_model = model
        encoder.hf_tokenizer = tokenizer
        return encoder

    def save(self, path: str | Path, half: bool = True) -> None:
        """Write weights (fp16 safetensors by default), tokenizer, config and meta.

        The directory loads with transformers' Auto classes as well as with `load`.
        """
        if self.hf_model is None or self.hf_tokenizer is None:
            raise errors.model_missing(str(path), "only a model built for training can be saved")
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        model = self.hf_model
        if half:
            import copy

            model = copy.deepcopy(model).half()
        model.save_pretrained(str(path), safe_serialization=True)
        self.hf_tokenizer.save_pretrained(str(path))
        (path / META_FILE).write_text(json.dumps(asdict(self.meta), indent=2) + "\n")

    def quantize_int8(self) -> None:
        """Replace the linear layers' weights by int8 (dynamic quantisation, fp32 activations).

        Measured in benchmarks/bench_inference.py; not the default, since it changes
        predictions (the benchmark reports by how much).
        """
        runtime = self.forward
        if not hasattr(runtime, "quantize_int8"):
            raise errors.model_missing(str(self.path), "int8 needs the lean runtime")
        runtime.quantize_int8()

    @property
    def label2id(self) -> dict[str, int]:
        return {v: k for k, v in self.id2label.items()}

    @property
    def name(self) -> str:
        return self.path.name if self.path else "in-memory"

    def sha256(self) -> str:
        """Digest of the weights file: identifies exactly which model made a judgement."""
        if self.path is None:
            return ""
        if self._sha256 is None:
            future = self._sha256_future
            self._sha256 = (
                future.result() if future else file_sha256(self.path / "model.safetensors")
            )
        return self._sha256

    # ---------------------------------------------------------------------- encoding
    def encode(self, pairs: Sequence[Pair]) -> list[dict[str, list[int]]]:
        """Token ids for each pair: [CLS] (genre) target [SEP] text [SEP] (context [SEP]).

        Text longer than its share of the budget is reduced to its most target-relevant
        sentences (see `stance.text.relevant_window`) instead of being cut at the end.
        """
        return [windows[0] for windows in self.encode_windows(pairs, 1)]

    def encode_windows(self, pairs: Sequence[Pair], count: int) -> list[list[dict[str, list[int]]]]:
        """Like `encode`, but a text longer than its budget is read in up to `count`
        windows, the most target-relevant first (`stance.text.relevant_windows`)."""
        cls_id, sep_id = self.cls_id, self.sep_id
        targets = self._ids([p.target for p in pairs])
        texts = self._ids([p.text for p in pairs])
        contexts = self._ids([p.context or "" for p in pairs])
        out = []
        for pair, t_ids, x_ids, c_ids in zip(pairs, targets, texts, contexts, strict=True):
            has_ctx = bool(pair.context) and pair.context.strip() != pair.target.strip()
            c_ids = c_ids if has_ctx else []
            lead = self._genre_ids(pair.genre)
            budget = self.meta.max_length - (4 if has_ctx else 3) - len(lead)
            text_share = 1.0 - self.meta.target_share - (self.meta.context_share if has_ctx else 0)
            n_t, n_x, n_c = _allocate(
                [len(t_ids), len(x_ids), len(c_ids)],
                [self.meta.target_share, text_share, self.meta.context_share if has_ctx else 0],
                budget,
            )
            if n_x < len(x_ids):
                windows = self._windows(pair.target, pair.text, n_x, count)
            else:
                windows = [x_ids]
            head = [cls_id, *lead, *t_ids[:n_t], sep_id]
            tail = [*c_ids[-n_c:], sep_id] if c_ids and n_c else []
            encodings = []
            for window in windows:
                rest = [*window[:n_x], sep_id, *tail]
                encodings.append(
                    {"input_ids": head + rest, "token_type_ids": [0] * len(head) + [1] * len(rest)}
                )
            out.append(encodings)
        return out

    def _genre_ids(self, genre: str) -> list[int]:
        if not self.meta.genre_tokens:
            return []
        token = self.meta.genre_tokens.get(genre)
        if token is None:
            known = sorted(self.meta.genre_tokens)
            raise ValueError(f"unknown genre {genre!r}; this model knows {known}")
        return [self.tokenizer.token_to_id(token)]

    def _ids(self, texts: list[str]) -> list[list[int]]:
        # Targets and contexts repeat (one claim against every reply): each distinct text
        # is tokenised once. The lists are shared between equal texts; callers only slice.
        distinct = list(dict.fromkeys(texts))
        encoded = self.tokenizer.encode_batch(distinct, add_special_tokens=False)
        ids = {text: e.ids for text, e in zip(distinct, encoded, strict=True)}
        return [ids[text] for text in texts]

    def _windows(self, target: str, text: str, budget: int, count: int) -> list[list[int]]:
        sentences = split_sentences(text)
        if len(sentences) <= 1:
            return [self._ids([text])[0][:budget]]
        ids = self._ids(sentences)
        chosen = relevant_windows(target, sentences, [len(s) for s in ids], budget, count)
        return [[t for i in window for t in ids[i]][:budget] for window in chosen]

    # -------------------------------------------------------------------- prediction
    def batches(
        self, encoded: Sequence[dict[str, list[int]]], batch_size: int | None = None
    ) -> list[tuple[list[int], int]]:
        """Length-sorted batches as (pair indices, padded width), so padding stays small.

        With `batch_size` (or without a token budget) each batch holds that many pairs;
        otherwise a batch takes pairs while their count times the padded width fits in
        `tokens_per_batch`, so short pairs run in large batches and every full batch has
        about the same number of rows.
        """
        step = self.width_multiple
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]["input_ids"]))
        widths = {i: -(-len(encoded[i]["input_ids"]) // step) * step for i in order}
        budget = None if batch_size else self.tokens_per_batch
        size = batch_size or self.batch_size
        out: list[tuple[list[int], int]] = []
        idx: list[int] = []
        for i in order:  # sorted, so the newest pair is the widest in its batch
            full = (len(idx) + 1) * widths[i] > budget if budget else len(idx) == size
            if idx and full:
                out.append((idx, widths[idx[-1]]))
                idx = []
            idx.append(i)
        if idx:
            out.append((idx, widths[idx[-1]]))
        return out

    def logits(self, pairs: Sequence[Pair], batch_size: int | None = None) -> torch.Tensor:
        """Raw head outputs for pairs, in input order, each text read in one window."""
        return self._run(self.encode(pairs), batch_size)

    def probabilities(self, pairs: Sequence[Pair], batch_size: int | None = None) -> torch.Tensor:
        """Calibrated class probabilities (columns as `id2label`), in input order.

        A text longer than its budget is read in up to `text_windows` windows. Whether it
        is about the target at all is judged on the most relevant window (later windows
        are less about the target by construction, so they would dilute it); how it
        relates, given that it does, is averaged over all windows, so a refutation in
        paragraph six counts (FNC-1 dev macro-F1 0.696 -> 0.7065: see `TEXT_WINDOWS`).
        """
        import torch

        windows = self.encode_windows(pairs, self.text_windows)
        flat = [encoding for encodings in windows for encoding in encodings]
        probs = (self._run(flat, batch_size) / self.meta.temperature).softmax(-1)
        unrelated = self.label2id.get(UNRELATED)
        out = torch.empty(len(windows), probs.shape[1])
        row = 0
        for k, encodings in enumerate(windows):
            rows = probs[row : row + len(encodings)]
            row += len(encodings)
            out[k] = rows[0] if len(rows) == 1 else _read_windows(rows, unrelated)
        return out

    def _run(
        self, encoded: Sequence[dict[str, list[int]]], batch_size: int | None = None
    ) -> torch.Tensor:
        """Head outputs for encoded pairs, in order."""
        import torch

        result = torch.empty(len(encoded), len(self.id2label))
        with torch.inference_mode():
            for idx, width in self.batches(encoded, batch_size):
                # Pad in Python and convert once: a tensor copy per row cost 10% of a run.
                pads = [width - len(encoded[i]["input_ids"]) for i in idx]
                ids = torch.tensor(
                    [
                        encoded[i]["input_ids"] + [self.pad_id] * p
                        for i, p in zip(idx, pads, strict=True)
                    ]
                )
                types = torch.tensor(
                    [encoded[i]["token_type_ids"] + [0] * p for i, p in zip(idx, pads, strict=True)]
                )
                mask = torch.tensor([[1] * (width - p) + [0] * p for p in pads])
                result[idx] = self.forward(ids, types, mask)
        return result

    def predict(
        self, pairs: Pair | Sequence[Pair], batch_size: int | None = None
    ) -> PairPrediction | list[PairPrediction]:
        """Judge one pair or many; an empty list gives an empty list.

        Probabilities are temperature-calibrated (fitted on dev data at training time).
        """
        single = isinstance(pairs, Pair)
        batch = [pairs] if single else list(pairs)
        if not batch:
            return []
        probs = self.probabilities(batch, batch_size).tolist()
        preds = [self._fold(p) for p in probs]
        return preds[0] if single else preds

    def _fold(self, probs: list[float]) -> PairPrediction:
        by_label = {self.id2label[i]: p for i, p in enumerate(probs)}
        unrelated = by_label.pop(UNRELATED, 0.0)
        scores = {label: by_label.get(label, 0.0) for label in LABELS}
        scores["neutral"] += unrelated
        label = max(scores, key=scores.get)
        return PairPrediction(label=label, scores=scores, related=1.0 - unrelated)


def _read_windows(probs: torch.Tensor, unrelated: int | None) -> torch.Tensor:
    """One distribution from a text's windows (rows, most relevant first): p(unrelated)
    from the first window, the related classes' mean over all windows scaled to the rest."""
    mean = probs.mean(0)
    if unrelated is None:
        return mean
    p_unrelated = probs[0, unrelated]
    mean[unrelated] = 0.0
    out = mean / mean.sum().clamp_min(1e-12) * (1.0 - p_unrelated)
    out[unrelated] = p_unrelated
    return out


def quiet_transformers() -> None:  # used by training, which imports transformers
    """Silence transformers' load reports and progress bars: our output is a contract."""
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def _native_bf16() -> bool:
    """Whether oneDNN has native bf16 kernels here; emulated bf16 is slower than fp32."""
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _background(fn: Callable, *args) -> Future:
    """Run `fn(*args)` on a worker thread now; the future holds its result or error."""
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(fn, *args)
    finally:
        pool.shutdown(wait=False)


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())
