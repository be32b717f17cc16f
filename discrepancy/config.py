"""Settings from `[tool.discrepancy]` in pyproject.toml or from a discrepancy.toml, found by
walking up from the current folder, so that a newsroom repository configures the checker once.
Command-line options override the file; every value remembers where it came from."""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import DiscrepancyError
from .schema import SEVERITIES

CONFIG_NAMES = ("discrepancy.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
FORMATS = ("markdown", "json", "sarif", "github", "jsonl", "csv", "parquet")
CHOICES: dict[str, tuple[str, ...]] = {
    "fail_on": FAIL_ON,
    "min_severity": SEVERITIES,
    "format": FORMATS,
}
PATHS = ("rules", "baseline")
LISTS = ("exclude", "ignore")
DEFAULTS: dict[str, Any] = {
    "rules": None,
    "fail_on": "error",
    "min_severity": "none",
    "format": "markdown",
    "baseline": None,
    "exclude": (),
    "ignore": (),
}


@dataclass(frozen=True)
class Settings:
    """The effective settings; `root` is the folder exclude globs are relative to."""

    rules: str | None = None
    fail_on: str = "error"
    min_severity: str = "none"
    format: str = "markdown"
    baseline: str | None = None
    exclude: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    root: str = "."
    config: str | None = None
    origins: dict[str, str] = field(default_factory=dict)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in DEFAULTS}


def _shown(path: Path) -> str:
    """A path as the user sees it: relative to the current folder."""
    return os.path.relpath(path.resolve(), Path.cwd().resolve())


def _section(path: Path) -> dict[str, Any] | None:
    """The discrepancy settings in `path`, or None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DiscrepancyError(_shown(path), f"malformed TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DiscrepancyError(_shown(path), f"cannot be read ({exc})") from None
    if path.name != "pyproject.toml":
        return data
    section = data.get("tool", {}).get("discrepancy")
    if section is not None and not isinstance(section, dict):
        raise DiscrepancyError(_shown(path), "[tool.discrepancy] must be a table")
    return section


def find_config(start: Path) -> Path | None:
    """The nearest discrepancy.toml, or pyproject.toml with a [tool.discrepancy] table."""
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and _section(candidate) is not None:
                return candidate
    return None


def validate(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """Known keys (hyphens or underscores) with values of the right shape, else one clear error."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        name = key.replace("-", "_")
        if name not in DEFAULTS:
            raise DiscrepancyError(where, f"unknown setting {key!r} (known: {', '.join(DEFAULTS)})")
        if name in LISTS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise DiscrepancyError(where, f"{key} must be a list of strings")
            value = tuple(value)
        elif not isinstance(value, str):
            raise DiscrepancyError(where, f"{key} must be a string")
        if name in CHOICES and value not in CHOICES[name]:
            raise DiscrepancyError(
                where, f"{key} must be one of {', '.join(CHOICES[name])}, not {value!r}"
            )
        out[name] = value
    return out


def resolve(
    overrides: dict[str, Any] | None = None,
    *,
    config: str | Path | None = None,
) -> Settings:
    """Defaults, then the config file (`config`, or the nearest one), then `overrides` (the
    options given on the command line; None means not given)."""
    path = Path(config) if config is not None else find_config(Path.cwd())
    values = dict(DEFAULTS)
    origins = dict.fromkeys(DEFAULTS, "default")
    root = "."
    shown = None
    if path is not None:
        if not path.is_file():
            raise DiscrepancyError(str(path), "no such configuration file")
        section = _section(path)
        if section is None:
            raise DiscrepancyError(str(path), "has no [tool.discrepancy] table")
        shown = _shown(path)
        root = _shown(path.parent)
        for name, value in validate(section, shown).items():
            if name in PATHS:
                value = os.path.normpath(os.path.join(root, value))
            values[name], origins[name] = value, shown
    for name, value in validate(
        {k: v for k, v in (overrides or {}).items() if v not in (None, ())}, "command line"
    ).items():
        values[name], origins[name] = value, "command line"
    return Settings(**values, root=root, config=shown, origins=origins)


def excluded(path: str | None, settings: Settings) -> bool:
    """Whether a document path (as given, relative to the current folder) matches an exclude
    glob, itself or through one of its folders; globs are relative to the config's folder."""
    if not path or not settings.exclude:
        return False
    candidates = {PurePosixPath(Path(path).as_posix())}
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(settings.root))
    if not rel.startswith(".."):
        candidates.add(PurePosixPath(Path(rel).as_posix()))
    for candidate in sorted(candidates):
        parts = candidate.parts
        for n in range(1, len(parts) + 1):
            prefix = PurePosixPath(*parts[:n]).as_posix()
            if any(fnmatch.fnmatchcase(prefix, glob.rstrip("/")) for glob in settings.exclude):
                return True
    return False


def show(settings: Settings) -> str:
    """The effective settings as TOML lines, each with where it came from."""
    lines = [f"# configuration file: {settings.config or 'none found'}"]
    for name, value in settings.values().items():
        if value is None:
            text = f"# {name} is not set"
        elif isinstance(value, tuple):
            text = f"{name} = [{', '.join(_quote(v) for v in value)}]"
        else:
            text = f"{name} = {_quote(value)}"
        lines.append(f"{text:<44} # {settings.origins[name]}")
    return "\n".join(lines) + "\n"


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
