#!/usr/bin/env python3
"""Check that discrepancy.check scales about linearly with the corpus.

    python benchmarks/check_scale.py [--sizes 1000,10000,100000] [--outlets 5] [--seed 0]
    python benchmarks/check_scale.py --claims 1000000 [--budget-s 600] [--budget-mb 8192]

For each size, a synthetic corpus of that many documents (``ceil(size / outlets)``
stories, see make_corpus.py) is written to a temporary directory; then a fresh Python
process per size loads it and times ``discrepancy.check(docs)``, and reports its peak
resident memory (``ru_maxrss`` of the child).  Extract and match times are shown when
the report object exposes them (an attribute or ``to_dict()`` key such as ``timings``
or ``stats`` holding "extract..." / "match..." entries); otherwise only the total.

Columns: documents, claims, findings, load seconds, check seconds, extract and match
seconds (when known), peak MB, check seconds per 1,000 documents, and the ratio of the
check time to the previous size's (compare with the size ratio: linear scaling keeps
the per-1k column flat). Every phase the report exposes is listed below the table.

``--flat`` passes the documents without their story field, so that the timing includes
grouping a flat corpus into stories.

``--claims N`` measures matching and assessing alone on N claims: a fresh process
extracts the claims of a small generated corpus (1,000 documents: real extraction
output, so real block sizes: a story's claims of one concept), copies that table into
as many renamed stories as N needs, and times ``match.comparable`` + ``scope_pairs`` +
``assess`` on it, with the process's peak resident memory; it fails (exit 1) beyond
``--budget-s`` seconds or ``--budget-mb`` MB.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TIMING_ATTRS = ("timings", "timing", "times", "stats", "profile", "perf", "durations")


def _walk(x, prefix: str = "", found: dict | None = None) -> dict[str, float]:
    """Flatten nested dicts / plain objects of numbers into {"a.b": seconds}."""
    found = {} if found is None else found
    if isinstance(x, dict):
        for k, v in x.items():
            _walk(v, f"{prefix}.{k}" if prefix else str(k), found)
    elif hasattr(x, "__dict__") and not isinstance(x, type) and not callable(x):
        _walk(vars(x), prefix, found)
    elif isinstance(x, int | float) and not isinstance(x, bool) and prefix:
        found[prefix] = float(x)
    return found


def _phase_times(obj) -> dict[str, float]:
    """Find {phase: seconds} in whatever the report exposes; {} when nothing."""
    for name in TIMING_ATTRS:
        v = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if v is not None and not callable(v):
            found = _walk(v)
            if found:
                return found
    return {}


def child(path: str, flat: bool = False) -> int:
    """Runs in the fresh process: load, check, measure; print one JSON line."""
    import resource

    sys.path.insert(0, str(REPO))
    t0 = time.perf_counter()
    import discrepancy
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    with open(os.path.join(path, "documents.jsonl"), encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    if flat:  # the checker groups the documents into stories itself
        docs = [{k: v for k, v in d.items() if k != "story"} for d in docs]
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = discrepancy.check(docs)
    t_check = time.perf_counter() - t0
    rss_check = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    phases = _phase_times(report)
    n_claims = n_findings = None
    for attr, tgt in (("claims", "c"), ("findings", "f")):
        v = getattr(report, attr, None)
        try:
            n = len(v) if v is not None else None
        except TypeError:
            n = None
        if tgt == "c":
            n_claims = n
        else:
            n_findings = n
    t0 = time.perf_counter()
    if n_claims is None or n_findings is None or not phases:
        d = report.to_dict()
        if n_claims is None:
            n_claims = len(d.get("claims") or [])
        if n_findings is None:
            n_findings = len(d.get("findings") or [])
        if not phases:
            phases = _phase_times(d)
    t_dict = time.perf_counter() - t0
    print(json.dumps({"documents": len(docs), "claims": n_claims, "findings": n_findings,
                      "import": t_import, "load": t_load, "check": t_check,
                      "to_dict": t_dict, "phases": phases,
                      "peak_mb": rss_check / 1024.0,
                      "peak_mb_end": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                      / 1024.0}))
    return 0


def claims_child(n: int, outlets: int, seed: int) -> int:
    """Runs in a fresh process: n synthetic claims (copies of a small corpus's real claims
    table, each copy its own stories and documents) through matching and assessing."""
    import resource

    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(HERE))
    import make_corpus
    import polars as pl

    import discrepancy
    from discrepancy import match
    from discrepancy.assess import assess
    from discrepancy.rules import load_rules

    docs = [d for batch, _ in make_corpus.iter_corpus(1000 // outlets, outlets, seed)
            for d in batch]
    base = discrepancy.check(docs).claims
    documents = pl.DataFrame(
        {k: [d[k] for d in docs] for k in ("published", "source", "story")}
        | {"document": [d["id"] for d in docs]})
    copies = pl.DataFrame({"_copy": list(range(-(-n // base.height)))})

    def copy(frame: pl.DataFrame, renamed: list[str]) -> pl.DataFrame:
        tag = "~" + pl.col("_copy").cast(pl.String)
        return (frame.join(copies, how="cross")
                .with_columns([pl.col(c) + tag for c in renamed]).drop("_copy"))

    claims = copy(base, ["id", "document", "story"]).head(n)
    documents = copy(documents, ["document", "story"])
    blocks = claims.group_by("story", "concept").len()["len"]
    del docs, base
    rules = load_rules()
    t0 = time.perf_counter()
    frame = match.comparable(claims, documents, rules)
    edges = match.scope_pairs(frame, float(rules.tolerances["matching"]["same_figure"]))
    t_match = time.perf_counter() - t0
    findings = assess(claims, frame, edges, documents, rules)
    t_assess = time.perf_counter() - t0 - t_match
    print(json.dumps({"claims": claims.height, "documents": documents.height,
                      "stories": claims["story"].n_unique(),
                      "block_mean": float(blocks.mean()), "block_max": int(blocks.max()),
                      "match": t_match, "assess": t_assess, "findings": len(findings),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    return 0


def claims_scale(a) -> int:
    res = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--claims-child",
                          str(a.claims), "--outlets", str(a.outlets), "--seed", str(a.seed)],
                         cwd=str(REPO), capture_output=True, text=True, timeout=a.timeout,
                         env={**os.environ, "PYTHONPATH": _pythonpath()})
    if res.returncode:
        print(f"child failed (exit {res.returncode})\n{res.stderr[-2000:]}", file=sys.stderr)
        return 1
    r = json.loads(res.stdout.strip().splitlines()[-1])
    total = r["match"] + r["assess"]
    ok = total <= a.budget_s and r["peak_mb"] <= a.budget_mb
    print(f"{r['claims']:,} claims in {r['stories']:,} stories ({r['documents']:,} documents; "
          f"story-concept blocks: mean {r['block_mean']:.1f}, max {r['block_max']} claims)")
    print(f"match {r['match']:.1f}s + assess {r['assess']:.1f}s = {total:.1f}s, "
          f"{r['findings']:,} findings, peak {r['peak_mb']:,.0f} MB (whole process)")
    print(f"{'PASS' if ok else 'FAIL'}: budget {a.budget_s:.0f}s and {a.budget_mb:,.0f} MB")
    return 0 if ok else 1


def pick(phases: dict[str, float], word: str) -> float | None:
    hits = [v for k, v in phases.items() if word in k.lower().rsplit(".", 1)[-1]]
    if not hits:
        hits = [v for k, v in phases.items() if word in k.lower()]
    return sum(hits) if hits else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Time discrepancy.check at growing corpus sizes.")
    ap.add_argument("--sizes", default="1000,10000,100000",
                    help="comma-separated document counts (default 1000,10000,100000)")
    ap.add_argument("--outlets", type=int, default=5, help="documents per story")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per size")
    ap.add_argument("--claims", type=int, default=None,
                    help="time matching + assessing alone on this many synthetic claims")
    ap.add_argument("--budget-s", type=float, default=600.0)
    ap.add_argument("--budget-mb", type=float, default=8192.0)
    ap.add_argument("--flat", action="store_true",
                    help="pass documents without their story field (time story grouping too)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--claims-child", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        return child(a.child, a.flat)
    if a.claims_child:
        return claims_child(a.claims_child, a.outlets, a.seed)
    if a.claims:
        return claims_scale(a)

    sys.path.insert(0, str(HERE))
    import make_corpus

    probe = subprocess.run([sys.executable, "-c", "import discrepancy"], cwd=str(REPO),
                           capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": _pythonpath()})
    if probe.returncode:
        last = (probe.stderr.strip().splitlines() or ["?"])[-1]
        print(f"cannot import discrepancy: {last}", file=sys.stderr)
        return 2

    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    rows = []
    for size in sizes:
        stories = math.ceil(size / a.outlets)
        with tempfile.TemporaryDirectory(prefix="discrepancy-scale-") as tmp:
            t0 = time.perf_counter()
            make_corpus.generate(stories, a.outlets, a.seed, tmp)
            t_gen = time.perf_counter() - t0
            try:
                res = subprocess.run([sys.executable, str(Path(__file__).resolve()),
                                      "--child", tmp, *(["--flat"] if a.flat else [])],
                                     cwd=str(REPO), capture_output=True,
                                     text=True, timeout=a.timeout,
                                     env={**os.environ, "PYTHONPATH": _pythonpath()})
            except subprocess.TimeoutExpired:
                print(f"{size}: timed out after {a.timeout:.0f}s", file=sys.stderr)
                break
        if res.returncode:
            print(f"{size}: child failed (exit {res.returncode})\n{res.stderr[-2000:]}",
                  file=sys.stderr)
            return 1
        out = json.loads(res.stdout.strip().splitlines()[-1])
        out["generate"] = t_gen
        rows.append(out)
        print(f"  {out['documents']} documents: generated in {t_gen:.1f}s, "
              f"check {out['check']:.1f}s", file=sys.stderr, flush=True)

    has_phases = any(r["phases"] for r in rows)
    head = (f"{'documents':>10} {'claims':>9} {'findings':>9} {'load s':>7} {'check s':>8} "
            + (f"{'extract s':>9} {'match s':>8} {'assess s':>8} " if has_phases else "")
            + f"{'peak MB':>8} {'s/1k docs':>9} {'x prev':>7}")
    print(head)
    prev = None
    for r in rows:
        per_k = r["check"] / r["documents"] * 1000 if r["documents"] else float("nan")
        if prev and prev["check"] > 0:
            ratio = (f"{r['check'] / prev['check']:6.2f}x "
                     f"(size x{r['documents'] / prev['documents']:.0f})")
        else:
            ratio = f"{'-':>7}"
        line = (f"{r['documents']:>10,} {_n(r['claims']):>9} {_n(r['findings']):>9} "
                f"{r['load']:7.2f} {r['check']:8.2f} ")
        if has_phases:
            ex, ma = pick(r["phases"], "extract"), pick(r["phases"], "match")
            line += f"{_f(ex):>9} {_f(ma):>8} {_f(pick(r['phases'], 'assess')):>8} "
        line += f"{r['peak_mb']:8.0f} {per_k:9.3f} {ratio}"
        print(line)
        prev = r
    if has_phases:
        keys = sorted({k for r in rows for k in r["phases"]})
        print("phases reported: " + ", ".join(keys))
        for r in rows:
            print(f"  {r['documents']:>10,}: " + ", ".join(
                f"{k} {r['phases'][k]:.2f}s" for k in keys if k in r["phases"]))
    else:
        print("(the report exposes no phase timings: total check time only)")
    return 0


def _pythonpath() -> str:
    old = os.environ.get("PYTHONPATH")
    return str(REPO) + (os.pathsep + old if old else "")


def _n(v) -> str:
    return f"{v:,}" if isinstance(v, int) else "?"


def _f(v) -> str:
    return f"{v:.2f}" if v is not None else "-"


if __name__ == "__main__":
    sys.exit(main())
