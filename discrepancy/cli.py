"""Command line: a thin mapping of options onto the library API."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__, baseline
from .config import FAIL_ON, FORMATS, Settings, excluded, resolve, show
from .corpus import Document, Skipped, iter_documents
from .diff import diff
from .diff import markdown as diff_markdown
from .diff import to_json as diff_json
from .errors import DiscrepancyError, ExitStatus
from .extract import extract_document
from .formats import FORMAT_BY_SUFFIX, encode
from .rules import Rules, load_rules
from .schema import CLAIM_FIELDS, SEVERITIES, SEVERITY_RANK
from .stories import load_stories, stories_of
from .suppress import suppress, unused


def _fail(message: str) -> None:
    click.echo(f"discrepancy: {message}", err=True)
    sys.exit(ExitStatus.INPUT_ERROR)


def _rules(rules_dir: str | None) -> Rules:
    try:
        return load_rules(rules_dir)
    except DiscrepancyError as exc:
        _fail(str(exc))
        raise  # unreachable


def _report_skips(skipped: list[Skipped]) -> None:
    for skip in skipped:
        click.echo(f"discrepancy: skipped {skip}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="discrepancy")
def main() -> None:
    """Find numbers that disagree across news sources, and who says what."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "table"]),
    default=None,
    help="Output format (default: table on a terminal, else jsonl).",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(),
    default=None,
    help="Folder of rules merged over the defaults.",
)
@click.option("--strict", is_flag=True, help="Exit 2 when any document is skipped.")
def extract(paths: tuple[str, ...], fmt: str | None, rules_dir: str | None, strict: bool) -> None:
    """Print the numeric claims found in PATHS (files, folders, .jsonl, or - for stdin).

    Documents are read and written one at a time, so memory stays flat on large inputs."""
    rules = _rules(rules_dir)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    out = sys.stdout
    writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
    if writer:
        writer.writerow(CLAIM_FIELDS)
    documents = skipped = 0
    for item in iter_documents(paths):
        if isinstance(item, Skipped):
            _report_skips([item])
            skipped += 1
            continue
        documents += 1
        claims = extract_document(item, rules)
        for claim in claims:
            row = claim.to_dict()
            if fmt == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif writer:
                writer.writerow(
                    [
                        "; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                        for v in row.values()
                    ]
                )
            else:
                who = f"  [{row['speaker']}]" if row["speaker"] else ""
                unit = row["unit"] or "-"
                out.write(
                    f"{row['document']}:{row['line']}\t{row['surface']}\t{row['value']:g}"
                    f"\t{unit}\t{row['concept'] or '-'}{who}\n"
                )
    if documents == 0 or (strict and skipped):
        sys.exit(ExitStatus.INPUT_ERROR)


def _settings_options(command):
    """The options that override the configuration file; shared by check, precommit and
    config show so that `config show` can show the effect of any of them."""
    options = [
        click.option(
            "--config",
            "config_file",
            type=click.Path(dir_okay=False),
            default=None,
            help="Configuration file (default: the nearest discrepancy.toml, or pyproject.toml "
            "with [tool.discrepancy], from the current folder up).",
        ),
        click.option(
            "--rules",
            type=click.Path(),
            default=None,
            help="Folder of rules merged over the defaults.",
        ),
        click.option(
            "--fail-on",
            type=click.Choice(FAIL_ON),
            default=None,
            help="Exit 1 when a reported finding has this severity or worse [default: error].",
        ),
        click.option(
            "--min-severity",
            type=click.Choice(SEVERITIES),
            default=None,
            help="Report only findings of this severity or worse [default: none, i.e. all].",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default=None,
            help="Format written to standard output [default: markdown].",
        ),
        click.option(
            "--baseline",
            type=click.Path(dir_okay=False),
            default=None,
            help="Report only findings whose fingerprint is not in this baseline file.",
        ),
        click.option(
            "--exclude",
            multiple=True,
            help="Glob of document paths to leave out (repeatable; replaces the configured list).",
        ),
        click.option(
            "--ignore",
            multiple=True,
            help="Fingerprint, finding kind or concept id to suppress (repeatable; replaces the "
            "configured list).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _run_options(command):
    options = [
        click.option(
            "--output",
            "-o",
            "outputs",
            multiple=True,
            type=click.Path(dir_okay=False),
            help="Write the report to FILE, in the format of its suffix "
            f"({', '.join(FORMAT_BY_SUFFIX)}); repeatable. Standard output then gets a report "
            "only when --format is given.",
        ),
        click.option(
            "--write-baseline",
            type=click.Path(dir_okay=False),
            default=None,
            help="Record every current finding in FILE as known, and exit 0.",
        ),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported."),
        click.option("--strict", is_flag=True, help="Exit 2 when any document is skipped."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _settings(config_file: str | None, **overrides) -> Settings:
    try:
        return resolve(overrides, config=config_file)
    except DiscrepancyError as exc:
        _fail(str(exc))
        raise  # unreachable


def _progress(documents: list[Document]) -> Iterator[Document]:
    """A progress bar on a terminal; nothing in CI or when standard error is piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield from documents
        return
    with click.progressbar(documents, label="discrepancy: checking", file=sys.stderr) as bar:
        yield from bar


def _write(target: str, data: bytes) -> None:
    try:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_bytes(data)
    except OSError as exc:
        _fail(f"{target}: cannot be written ({exc.strerror or exc})")


def _check(
    loaded: tuple[list[Document], list[Skipped]],
    settings: Settings,
    *,
    fmt: str | None,
    outputs: tuple[str, ...],
    write_baseline: str | None,
    exit_zero: bool,
    strict: bool,
) -> None:
    """check and precommit: run, triage (suppressions, baseline, minimum severity), write the
    report(s), exit."""
    from .pipeline import run

    for target in outputs:
        if Path(target).suffix.lower() not in FORMAT_BY_SUFFIX:
            suffixes = ", ".join(FORMAT_BY_SUFFIX)
            _fail(f"{target}: cannot tell the format from the suffix (use {suffixes})")
    stdout_fmt = fmt if fmt or outputs else settings.format
    if stdout_fmt == "parquet":
        _fail("parquet is binary and is not written to standard output: use --output FILE.parquet")
    rules = _rules(settings.rules)
    documents, skipped = loaded
    documents = [d for d in documents if not excluded(d.path, settings)]
    _report_skips(skipped)
    if not documents:
        _fail("no documents could be checked")
    known = None
    if settings.baseline and not (write_baseline and not Path(settings.baseline).exists()):
        try:
            known = baseline.load(settings.baseline)
        except DiscrepancyError as exc:
            _fail(str(exc))
    report = run(documents, skipped, rules, progress=_progress)
    report = suppress(report, settings.ignore, origin=settings.origins["ignore"])
    for item in unused(report):
        click.echo(f"discrepancy: unused suppression {item['where']}: {item['rule']}", err=True)
    if write_baseline:
        _write(write_baseline, baseline.dump(report).encode("utf-8"))
    if known is not None:
        report = baseline.apply(report, known, settings.baseline)
    report = report.at_least(settings.min_severity)
    for target in outputs:
        _write(target, encode(report, FORMAT_BY_SUFFIX[Path(target).suffix.lower()]))
    if stdout_fmt:
        sys.stdout.write(report.render(stdout_fmt))
    if strict and report.skipped:
        sys.exit(ExitStatus.INPUT_ERROR)
    worst = report.worst()
    if write_baseline or exit_zero or settings.fail_on == "never" or worst is None:
        sys.exit(ExitStatus.OK)
    if SEVERITY_RANK[worst] <= SEVERITY_RANK[settings.fail_on]:
        sys.exit(ExitStatus.FINDINGS)
    sys.exit(ExitStatus.OK)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_settings_options
@_run_options
def check(paths: tuple[str, ...], config_file: str | None, fmt: str | None, **options) -> None:
    """Match the claims of PATHS across sources and report what agrees and what conflicts.

    Settings come from the nearest discrepancy.toml or pyproject.toml [tool.discrepancy];
    options given here override them (see `discrepancy config show`).

    Exit status: 0 when no reported finding reaches --fail-on, 1 when one does, 2 for usage or
    input errors (nothing could be checked, a malformed rules, config or baseline file, or a
    skip under --strict)."""
    from .pipeline import load

    run_options = {k: options.pop(k) for k in ("outputs", "write_baseline", "exit_zero", "strict")}
    settings = _settings(config_file, format=fmt, **options)
    _check(load(paths), settings, fmt=fmt, **run_options)


@main.command()
@click.argument("files", nargs=-1)
@_settings_options
@_run_options
def precommit(files: tuple[str, ...], config_file: str | None, fmt: str | None, **options) -> None:
    """Check the whole story of each changed FILE: the folder holding it, with every other
    document in that folder (pre-commit's entry point; see .pre-commit-hooks.yaml)."""
    run_options = {k: options.pop(k) for k in ("outputs", "write_baseline", "exit_zero", "strict")}
    settings = _settings(config_file, format=fmt, **options)
    paths = stories_of(f for f in files if not excluded(f, settings))
    if not paths:
        sys.exit(ExitStatus.OK)
    _check(load_stories(paths), settings, fmt=fmt, **run_options)


@main.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json"]),
    default="markdown",
    show_default=True,
    help="Format written to standard output.",
)
@click.option(
    "--rules", type=click.Path(), default=None, help="Folder of rules merged over the defaults."
)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None)
def diff_command(old: str, new: str, fmt: str, rules: str | None, config_file: str | None) -> None:
    """List the figures added, removed and changed between two revisions OLD and NEW of a
    document or of a story folder, aligned by what each figure is about."""
    from .pipeline import load

    settings = _settings(config_file, rules=rules)
    ruleset = _rules(settings.rules)
    loaded = {}
    for side in (old, new):
        documents, skipped = load([side])
        _report_skips(skipped)
        if not documents:
            _fail(f"{side}: no documents to compare")
        loaded[side] = (documents, skipped)
    result = diff(
        loaded[old][0],
        loaded[new][0],
        ruleset,
        old=old,
        new=new,
        skipped=loaded[old][1] + loaded[new][1],
    )
    sys.stdout.write(diff_markdown(result) if fmt == "markdown" else diff_json(result))


@main.group()
def config() -> None:
    """Show the configuration in force."""


@config.command("show")
@_settings_options
def config_show(config_file: str | None, fmt: str | None, **options) -> None:
    """Print the effective settings and where each came from (default, file, command line)."""
    click.echo(show(_settings(config_file, format=fmt, **options)), nl=False)


@main.group()
def rules() -> None:
    """List and explain the rules in force."""


@rules.command("list")
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(),
    default=None,
    help="Folder of rules merged over the defaults.",
)
def rules_list(rules_dir: str | None) -> None:
    """One line per concept and verdict: id, severity or kind, message."""
    ruleset = _rules(rules_dir)
    for concept in ruleset.concepts:
        flags = ",".join(
            f
            for f, on in (
                ("contested", concept.contested),
                ("evolving", concept.evolving),
                ("not-matched", not concept.match),
            )
            if on
        )
        click.echo(f"concept  {concept.id:<16} {flags or '-':<20} {concept.label}")
    for kind, severity in sorted(ruleset.severities.items()):
        click.echo(f"verdict  {kind:<16} {severity:<20} {ruleset.messages[kind]}")


@rules.command("explain")
@click.argument("rule_id")
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(),
    default=None,
    help="Folder of rules merged over the defaults.",
)
def rules_explain(rule_id: str, rules_dir: str | None) -> None:
    """What RULE_ID (a concept or verdict id) does, with its examples."""
    ruleset = _rules(rules_dir)
    concept = ruleset.concept(rule_id)
    if concept is not None:
        click.echo(f"{concept.id}: {concept.label}")
        click.echo(f"  message:   {concept.message}")
        names = ("heads", "cues", "dimensions", "split_by", "speaker_nouns", "topic", "topic_cues")
        for name in names:
            values = getattr(concept, name)
            if values:
                click.echo(f"  {name + ':':<10} {', '.join(values)}")
        for group, cues in concept.topic_groups.items():
            click.echo(f"  {'topic group ' + group + ':'} {', '.join(cues)}")
        click.echo(
            f"  contested: {concept.contested}; evolving: {concept.evolving}; "
            f"per event: {concept.event}; counts gains: {concept.gains}; "
            f"of people only: {concept.people}; matched across sources: {concept.match}"
        )
        for example in concept.examples:
            click.echo(f"  example:   {example['text']}")
        return
    if rule_id in ruleset.severities:
        click.echo(
            f"{rule_id}: {ruleset.messages[rule_id]} (severity {ruleset.severities[rule_id]})"
        )
        return
    _fail(f"no rule with id {rule_id!r}; see 'discrepancy rules list'")
