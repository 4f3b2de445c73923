"""All file reading and writing of the library: decoding, format detection, atomic writes.

Everything else in `stance` works on strings and dataclasses; keeping I/O here means bad
bytes are turned into `BadInputError`s in one place, before any parsing starts.
"""

from __future__ import annotations

import glob
import json
import os
import re
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from stance import errors
from stance.thread import Thread

if TYPE_CHECKING:
    from stance.split.config import SplitConfig

# One thread page is rarely over a few MB; 32 MB keeps a stray 100 MB dump from eating
# memory while leaving room for very long forum threads. JSONL batches are streamed and
# only each line is held to this limit.
MAX_INPUT_BYTES = 32 * 1024 * 1024
# Share of C0 control characters (other than tab/newline/CR/formfeed) above which
# bytes are taken for a binary file rather than text with a few stray characters.
MAX_CONTROL_SHARE = 0.01
INPUT_FORMATS = ("auto", "text", "html", "json", "jsonl")
_C1_CONTROLS_RE = re.compile("[\x80-\x9f]")


class DecodingWarning(UserWarning):
    """The input was not UTF-8 and was decoded with a fallback codec."""


@dataclass
class DecodedText:
    text: str
    encoding: str


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > MAX_CONTROL_SHARE * max(len(sample), 1)


def decode_bytes(data: bytes, source: str) -> DecodedText:
    """Decode page bytes: UTF-8 first, then cp1252 and latin-1 with a warning.

    Raises:
        BadInputError: empty, binary or undecodable input.
    """
    if not data.strip():
        raise errors.empty_input(source)
    if _looks_binary(data):
        raise errors.binary_input(source)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # latin-1 decodes any byte, but where cp1252 failed it yields C1 control
        # characters (U+0080-U+009F), which no pasted page contains: not text after all.
        if codec == "latin-1" and _C1_CONTROLS_RE.search(text):
            break
        warnings.warn(f"{source}: not UTF-8, decoded as {codec}", DecodingWarning, stacklevel=2)
        return DecodedText(text, codec)
    raise errors.undecodable_input(source)


def read_text(path: Path, limit: int = MAX_INPUT_BYTES) -> DecodedText:
    """Read and decode one input file, refusing what cannot be a thread.

    Raises:
        BadInputError: missing, directory, too large, empty, binary or undecodable.
    """
    source = str(path)
    if not path.exists():
        raise errors.missing_file(source)
    if path.is_dir():
        raise errors.not_a_file(source)
    size = path.stat().st_size
    if size > limit:
        raise errors.too_large(source, size, limit)
    return decode_bytes(path.read_bytes(), source)


def detect_format(text: str, path: Path | None = None) -> str:
    """Guess the input format from the content, using the file name only to break ties."""
    head = text.lstrip()[:2048]
    suffix = path.suffix.lower() if path else ""
    # A pasted page may open with a bracketed tag ('[civic-tech] City data portal ...',
    # a mailing list's subject): only '[' followed by an object, a string or ']' is JSON.
    if head.startswith("{") or re.match(r"\[\s*(?:[{\]\"]|$)", head):
        first_line = head.splitlines()[0] if head else ""
        if suffix == ".jsonl" or (first_line.endswith("}") and text.strip().count("\n") > 0):
            return "jsonl"
        return "json"
    low = head.lower()
    if (
        low.startswith("<!doctype html")
        or low.startswith("<html")
        or (suffix in (".html", ".htm") and "<" in low)
    ):
        return "html"
    if "<body" in low or ("</p>" in low and "<div" in low):
        return "html"
    return "text"


def iter_json_records(text: str, source: str, fmt: str) -> Iterator[tuple[int, dict | Exception]]:
    """Yield (line number, record or error) for JSON / JSONL text.

    A JSON file may hold one object or a list of objects. In JSONL a bad line yields its
    error and reading goes on, so one broken thread never stops a batch.
    """
    if fmt == "json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield exc.lineno, errors.malformed_json(source, exc.lineno, exc.msg)
            return
        items = obj if isinstance(obj, list) else [obj]
        for item in items:
            yield 1, item
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, errors.malformed_json(source, lineno, exc.msg)


def read_threads(
    path: Path, input_format: str = "auto", split_config: SplitConfig | None = None
) -> Iterator[Thread | errors.StanceError]:
    """Read every thread in a file: one for text and HTML pages, one per record for JSON(L).

    Whole-file problems (missing, binary, ...) raise; per-record problems are yielded as
    errors so that a caller working through a batch can record them and go on.
    `split_config` tunes the splitter for text and HTML pages (default `SplitConfig()`).
    """
    from stance.split import split_html, split_text
    from stance.structured import thread_from_record

    if input_format not in INPUT_FORMATS:
        raise errors.unknown_input_format(str(path), input_format)
    decoded = read_text(path)
    source = str(path)
    fmt = detect_format(decoded.text, path) if input_format == "auto" else input_format
    if fmt in ("json", "jsonl"):
        for lineno, rec in iter_json_records(decoded.text, source, fmt):
            if isinstance(rec, Exception):
                yield rec
                continue
            try:
                yield thread_from_record(rec, source, lineno)
            except errors.StanceError as exc:
                yield exc
        return
    if fmt == "html":
        thread = split_html(decoded.text, source, split_config)
    else:
        thread = split_text(decoded.text, source, split_config)
    if not thread.article.paragraphs and not thread.replies:
        raise errors.no_article(source)
    yield thread


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file so that a reader never sees it half-written, even if we are killed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _under(path: Path, folder: Path | None) -> bool:
    return folder is not None and (path == folder or folder in path.parents)


def _folder_files(folder: Path, suffixes: Sequence[str], exclude: Path | None) -> list[Path]:
    """Thread files under a folder; hidden names (ours: `.name.tmp`) and `exclude` skipped."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder).parts
        if any(part.startswith(".") for part in rel) or _under(path.resolve(), exclude):
            continue
        if path.suffix.lower() in suffixes and path.is_file():
            found.append(path)
    return found


def expand_inputs(
    inputs: Sequence[str], suffixes: Sequence[str], exclude: Path | None = None
) -> tuple[list[Path], list[str]]:
    """The files that command-line inputs name: files, folders (searched recursively), globs.

    A file named outright is taken whatever its suffix; folders and globs contribute only
    files with one of `suffixes`. Files are deduplicated and sorted by their resolved path,
    so the same set of inputs gives the same order however it was spelled.

    Args:
        inputs: Paths or glob patterns as typed.
        suffixes: Lower-case suffixes (with the dot) wanted from folders and globs.
        exclude: A folder never to read from (a report's own output inside an input).

    Returns:
        The files, and the inputs that matched no file.

    Example:
        >>> expand_inputs(["no/such/*.txt"], (".txt",))
        ([], ['no/such/*.txt'])
    """
    skip = exclude.resolve() if exclude is not None else None
    by_key: dict[str, Path] = {}
    unmatched: list[str] = []
    for arg in inputs:
        path = Path(arg)
        if path.is_file():
            found = [path]
        elif path.is_dir():
            found = _folder_files(path, suffixes, skip)
        else:
            found = []
            for match in sorted(glob.glob(arg, recursive=True)):
                m = Path(match)
                if m.is_dir():
                    found += _folder_files(m, suffixes, skip)
                elif m.suffix.lower() in suffixes and not _under(m.resolve(), skip):
                    found.append(m)
        if not found:
            unmatched.append(arg)
        for f in found:
            by_key.setdefault(str(f.resolve()), f)
    return [by_key[k] for k in sorted(by_key)], unmatched


def read_json_file(path: Path) -> object | None:
    """A JSON file's content, or None when it is missing or not valid JSON.

    Used for outputs we wrote ourselves (a report's per-thread files): one that cannot
    be read is simply made again, so there is nothing to report.
    """
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None


def write_json(path: Path, obj: object) -> None:
    """Write an object as indented UTF-8 JSON, atomically (see `write_atomic`)."""
    write_atomic(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def ensure_dir(path: Path) -> None:
    """Create an output folder (and its parents) unless it exists.

    Raises:
        BadInputError: [S032] the path exists and is a file.
    """
    if path.exists() and not path.is_dir():
        raise errors.report_out_not_dir(str(path))
    path.mkdir(parents=True, exist_ok=True)
