"""Command line: a thin mapping of options onto the library API."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from . import __version__
from .corpus import Skipped, iter_documents
from .errors import DiscrepancyError, ExitStatus
from .extract import extract_text
from .rules import Rules, load_rules
from .schema import CLAIM_FIELDS, SEVERITY_RANK

FORMAT_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".json": "json"}
FAIL_ON = ("error", "warning", "info", "never")


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
        claims = extract_text(
            item.text, published=item.published, rules=rules, document=item.id, story=item.story
        )
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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json"]),
    default="markdown",
    show_default=True,
    help="Format written to standard output.",
)
@click.option(
    "--output",
    "-o",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Write the report to FILE instead (format from its suffix: .md, .json); may be repeated.",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(),
    default=None,
    help="Folder of rules merged over the defaults.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="error",
    show_default=True,
    help="Exit 1 when a finding of this severity or worse is reported.",
)
@click.option("--strict", is_flag=True, help="Exit 2 when any document is skipped.")
def check(
    paths: tuple[str, ...],
    fmt: str,
    outputs: tuple[str, ...],
    rules_dir: str | None,
    fail_on: str,
    strict: bool,
) -> None:
    """Match the claims of PATHS across sources and report what agrees and what conflicts.

    Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for usage or input
    errors (nothing could be checked, a malformed rules folder, or a skip under --strict)."""
    from .pipeline import load, run

    rules = _rules(rules_dir)
    documents, skipped = load(paths)
    _report_skips(skipped)
    if not documents:
        _fail("no documents could be checked")
    report = run(documents, skipped, rules)
    if outputs:
        for target in outputs:
            suffix = Path(target).suffix.lower()
            if suffix not in FORMAT_BY_SUFFIX:
                _fail(f"{target}: cannot tell the format from the suffix (use .md or .json)")
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            Path(target).write_text(report.render(FORMAT_BY_SUFFIX[suffix]), encoding="utf-8")
    else:
        sys.stdout.write(report.render(fmt))
    if strict and report.skipped:
        sys.exit(ExitStatus.INPUT_ERROR)
    worst = report.worst()
    if fail_on != "never" and worst is not None and SEVERITY_RANK[worst] <= SEVERITY_RANK[fail_on]:
        sys.exit(ExitStatus.FINDINGS)
    sys.exit(ExitStatus.OK)


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
        for name in ("heads", "cues", "dimensions", "split_by"):
            values = getattr(concept, name)
            if values:
                click.echo(f"  {name + ':':<10} {', '.join(values)}")
        click.echo(
            f"  contested: {concept.contested}; evolving: {concept.evolving}; "
            f"matched across sources: {concept.match}"
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
