"""Error types and their messages; every message carries a stable code.

Library code raises these; the CLI turns them into one line on stderr. Exit code 2
means the user's input or usage was bad, 1 that stance itself failed.
"""

from __future__ import annotations


class StanceError(Exception):
    """Base of every error stance raises on purpose."""

    exit_code = 1

    def __init__(
        self, code: str, message: str, *, source: str | None = None, line: int | None = None
    ) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message
        # Where the problem is, when known: a batch report lists failures by file and line.
        self.source = source
        self.line = line


class BadInputError(StanceError):
    """The input file or value cannot be used; the fix is on the user's side."""

    exit_code = 2


class ConfigError(BadInputError):
    """A config file or override is invalid."""


class ModelError(StanceError):
    """A model directory is missing, incomplete or not loadable."""

    exit_code = 2


def empty_input(source: str) -> BadInputError:
    return BadInputError("S001", f"{source}: file is empty; give a thread with an article")


def binary_input(source: str) -> BadInputError:
    return BadInputError("S002", f"{source}: looks like a binary file, not text, HTML or JSON")


def undecodable_input(source: str) -> BadInputError:
    return BadInputError("S003", f"{source}: bytes are not UTF-8, cp1252 or latin-1 text")


def too_large(source: str, size: int, limit: int) -> BadInputError:
    return BadInputError(
        "S004",
        f"{source}: {size:,} bytes is over the {limit:,}-byte limit; split it into smaller threads",
    )


def malformed_json(source: str, line: int, detail: str) -> BadInputError:
    return BadInputError(
        "S005", f"{source}: line {line}: malformed JSON ({detail})", source=source, line=line
    )


def bad_thread_record(source: str, line: int, detail: str) -> BadInputError:
    return BadInputError(
        "S006", f"{source}: line {line}: not a thread record: {detail}", source=source, line=line
    )


def no_article(source: str) -> BadInputError:
    return BadInputError("S007", f"{source}: no article text found after splitting")


def missing_file(source: str) -> BadInputError:
    return BadInputError("S008", f"{source}: no such file")


def not_a_file(source: str) -> BadInputError:
    return BadInputError("S009", f"{source}: is a directory, not a file")


def bad_pair_record(source: str, line: int, detail: str) -> BadInputError:
    return BadInputError("S010", f"{source}: line {line}: not a pair record: {detail}")


def unknown_config_key(source: str, key: str) -> ConfigError:
    return ConfigError("S012", f"config key '{key}' unknown in {source}; remove it or fix its name")


def bad_config_value(source: str, key: str, value: object, why: str) -> ConfigError:
    return ConfigError("S013", f"{source}: {key}={value!r} is invalid: {why}")


def model_missing(path: str, detail: str) -> ModelError:
    return ModelError("S020", f"{path}: not a stance model directory ({detail})")


def output_exists(path: str) -> BadInputError:
    return BadInputError(
        "S021", f"{path}: output directory is not empty; pass --overwrite or choose another"
    )


def unknown_input_format(source: str, name: str) -> BadInputError:
    return BadInputError("S011", f"{source}: unknown input format '{name}'")


def no_input_matched(pattern: str) -> BadInputError:
    return BadInputError(
        "S030",
        f"{pattern}: matches no file; give thread files, folders or globs "
        "(.txt, .html, .htm, .json, .jsonl)",
        source=pattern,
    )


def split_failed(source: str, detail: str) -> BadInputError:
    return BadInputError(
        "S031",
        f"{source}: could not be split into article and replies ({detail}); "
        "check that it is a news page or thread",
        source=source,
    )


def report_out_not_dir(path: str) -> BadInputError:
    return BadInputError(
        "S032", f"{path}: report output exists and is not a directory; choose a folder", source=path
    )
