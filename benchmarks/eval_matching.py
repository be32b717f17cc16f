#!/usr/bin/env python3
"""Score discrepancy's matching and assessing on a corpus made by make_corpus.py.

    python benchmarks/make_corpus.py --stories 200 --outlets 5 --seed 1 --out /tmp/c
    python benchmarks/eval_matching.py /tmp/c [--limit STORIES] [--show N] [--json FILE]

Runs ``discrepancy.check(documents)`` once on the whole corpus and reads
``report.to_dict()`` (the JSON contract of design.md).  A truth claim
``(document, value)`` is matched by a report claim of the same document whose value is
equal within 1e-6 relative.

* recall: a planted conflict (kind != consistent) is found when one finding of severity
  error or warning (for ``related``: any severity) contains claims matching every listed
  claim; "right kind" also needs ``finding.kind == planted kind``.
* false findings: the share of error + warning findings that match no planted conflict.
  Strict (the contract of the brief): the finding contains claims matching at least two
  of the planted item's listed claims.  Lenient: it contains a claim from each side of
  the conflict (``sides`` in truth.jsonl lists every claim of each side).
* consistent items flagged: an error or warning finding contains claims matching every
  listed claim of a ``consistent`` item (rounding, conversion, speakers_agree,
  lookalike, historical) on different sides (claims on one side agree: listing them
  together is not flagging them); also ``related`` items flagged as error or warning.

Exit status: 0 after scoring, 2 when ``import discrepancy`` fails.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CONFLICTS = ("contradiction", "disputed", "conversion_mismatch", "scope_mismatch", "related")
FLAG = ("error", "warning")


def close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def load(path: Path, limit: int | None):
    docs, stories = [], []
    seen = set()
    with open(path / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if d["story"] not in seen:
                if limit is not None and len(seen) >= limit:
                    break
                seen.add(d["story"])
                stories.append(d["story"])
            docs.append(d)
    truth = []
    with open(path / "truth.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                t = json.loads(line)
                if t["story"] in seen:
                    truth.append(t)
    return docs, truth


def as_float(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


class Finding:
    __slots__ = ("by_doc", "claim_ids", "id", "kind", "raw", "severity")

    def __init__(self, raw, claims_by_id):
        self.raw = raw
        self.id = raw.get("id")
        self.kind = str(raw.get("kind", ""))
        self.severity = str(raw.get("severity", "")).lower()
        self.claim_ids = list(raw.get("claims") or [])
        self.by_doc: dict[str, list[tuple[object, float]]] = defaultdict(list)
        for cid in self.claim_ids:
            c = claims_by_id.get(cid)
            if c is None:
                c = claims_by_id.get(str(cid))
            if c is None:
                continue
            v = as_float(c.get("value"))
            if v is not None:
                self.by_doc[str(c.get("document"))].append((cid, v))

    def matches(self, tc) -> list:
        """Claim ids of this finding matching truth claim tc."""
        return [cid for cid, v in self.by_doc.get(tc["document"], ())
                if close(v, float(tc["value"]))]

    def has_all(self, claims) -> bool:
        return all(self.matches(tc) for tc in claims)

    def count_listed(self, claims) -> int:
        return sum(1 for tc in claims if self.matches(tc))

    def splits(self, claims) -> bool:
        """The listed claims sit on different sides of this finding (a finding without
        ``sides`` counts as one side per claim): agreeing claims on one side of a finding
        are not reported as conflicting with each other."""
        if not self.has_all(claims):
            return False
        sides = self.raw.get("sides")
        if not sides:
            return True
        where = {cid: n for n, side in enumerate(sides) for cid in side}
        found = [{where.get(cid) for cid in self.matches(tc)} for tc in claims]
        return not set.intersection(*found) if found else False

    def hits_both_sides(self, sides) -> bool:
        if len(sides) < 2:
            return False
        a = {cid for tc in sides[0] for cid in self.matches(tc)}
        if not a:
            return False
        b = {cid for tc in sides[1] for cid in self.matches(tc)}
        return bool(b) and len(a | b) >= 2


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Score discrepancy.check on a synthetic corpus.")
    ap.add_argument("dir", help="directory with documents.jsonl and truth.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="only the first N stories")
    ap.add_argument("--show", type=int, default=0,
                    help="print up to N misses and N false findings")
    ap.add_argument("--json", default=None, help="also write the scores to this file")
    ap.add_argument("--flat", action="store_true",
                    help="pass the documents without their story field: the checker must "
                         "group them into stories itself (scoring still uses the truth)")
    a = ap.parse_args(argv)
    path = Path(a.dir)

    sys.path.insert(0, str(REPO))
    try:
        import discrepancy
    except Exception as e:
        print(f"cannot import discrepancy ({type(e).__name__}: {e}); nothing scored",
              file=sys.stderr)
        return 2

    docs, truth = load(path, a.limit)
    doc_story = {d["id"]: d["story"] for d in docs}
    t0 = time.perf_counter()
    given = [{k: v for k, v in d.items() if k != "story"} for d in docs] if a.flat else docs
    report = discrepancy.check(given)
    t_check = time.perf_counter() - t0
    rep = report.to_dict()
    t_all = time.perf_counter() - t0

    claims = rep.get("claims") or []
    if not claims:
        print("warning: the report holds no claims (is the extractor working?)",
              file=sys.stderr)
    claims_by_id = {c.get("id"): c for c in claims}
    findings = [Finding(f, claims_by_id) for f in rep.get("findings") or []]
    by_story: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        stories = {doc_story.get(dd) for dd in f.by_doc}
        for s in stories:
            by_story[s].append(f)
    truth_by_story: dict[str, list[dict]] = defaultdict(list)
    for t in truth:
        truth_by_story[t["story"]].append(t)

    # ---- recall of planted conflicts
    planted = Counter()
    right = Counter()
    anyk = Counter()
    got_kind: dict[str, Counter] = defaultdict(Counter)
    misses = []
    rel_flagged = 0
    cons_items = Counter()
    cons_flagged = Counter()
    cons_examples = []
    for t in truth:
        kind = t["kind"]
        cands = by_story.get(t["story"], ())
        if kind == "consistent":
            note = t.get("note", "")
            cons_items[note] += 1
            hit = [f for f in cands if f.severity in FLAG and f.splits(t["claims"])]
            if hit:
                cons_flagged[note] += 1
                if len(cons_examples) < a.show:
                    cons_examples.append((t, hit[0]))
            continue
        planted[kind] += 1
        ok_sev = (lambda f: True) if kind == "related" else (lambda f: f.severity in FLAG)
        hit = [f for f in cands if ok_sev(f) and f.has_all(t["claims"])]
        if hit:
            anyk[kind] += 1
            if any(f.kind == kind for f in hit):
                right[kind] += 1
                got_kind[kind][kind] += 1
            else:
                got_kind[kind][hit[0].kind] += 1
        elif len(misses) < a.show:
            misses.append(t)
        if kind == "related" and any(
                f.severity in FLAG and f.has_all(t["claims"]) for f in cands):
            rel_flagged += 1

    # ---- false findings
    flagged = [f for f in findings if f.severity in FLAG]
    sev = Counter(f.severity for f in findings)
    kinds_found = Counter((f.kind, f.severity) for f in findings)
    false_strict, false_lenient = Counter(), Counter()
    false_examples = []
    for f in flagged:
        stories = {doc_story.get(dd) for dd in f.by_doc}
        items = [t for s in stories for t in truth_by_story.get(s, ())
                 if t["kind"] != "consistent"]
        strict = any(f.count_listed(t["claims"]) >= 2 for t in items)
        lenient = strict or any(f.hits_both_sides(t.get("sides", ())) for t in items)
        if not strict:
            false_strict[f.kind, f.severity] += 1
        if not lenient:
            false_lenient[f.kind, f.severity] += 1
            if len(false_examples) < a.show:
                false_examples.append(f)

    # ---- print
    n_docs = len(docs)
    print(f"{n_docs} documents, {len({d['story'] for d in docs})} stories, "
          f"{len(claims)} claims, {len(findings)} findings "
          f"({', '.join(f'{k} {v}' for k, v in sorted(sev.items()))}); "
          f"check {t_check:.1f}s, with to_dict {t_all:.1f}s")
    print()
    print(f"{'planted kind':22} {'items':>6} {'right':>6} {'any':>6} {'recall':>7} "
          f"{'any kind':>8}  found as")
    tot = [0, 0, 0]
    for k in CONFLICTS:
        n = planted[k]
        tot[0] += n
        tot[1] += right[k]
        tot[2] += anyk[k]
        other = ", ".join(f"{kk} {v}" for kk, v in got_kind[k].most_common() if kk != k)
        print(f"{k:22} {n:6d} {right[k]:6d} {anyk[k]:6d} {pct(right[k], n):>7} "
              f"{pct(anyk[k], n):>8}  {other}")
    print(f"{'all conflicts':22} {tot[0]:6d} {tot[1]:6d} {tot[2]:6d} {pct(tot[1], tot[0]):>7} "
          f"{pct(tot[2], tot[0]):>8}")
    print(f"{'related as err/warn':22} {rel_flagged:6d} of {planted['related']} "
          f"({pct(rel_flagged, planted['related']).strip()})")
    print()
    print(f"{'consistent (no flag)':22} {'items':>6} {'flagged':>8} {'rate':>7}")
    ct = [0, 0]
    for note, n in sorted(cons_items.items()):
        ct[0] += n
        ct[1] += cons_flagged[note]
        print(f"  {note:20} {n:6d} {cons_flagged[note]:8d} {pct(cons_flagged[note], n):>7}")
    print(f"{'  all':22} {ct[0]:6d} {ct[1]:8d} {pct(ct[1], ct[0]):>7}")
    print()
    nf = len(flagged)
    fs, fl = sum(false_strict.values()), sum(false_lenient.values())
    print(f"error+warning findings {nf}: matching no planted conflict "
          f"{fs} ({pct(fs, nf).strip()}) strict, {fl} ({pct(fl, nf).strip()}) lenient")
    print(f"{'finding kind':22} {'severity':>8} {'count':>6} {'false strict':>13} "
          f"{'false lenient':>14}")
    for (k, s), n in sorted(kinds_found.items()):
        fsn = false_strict[k, s]
        fln = false_lenient[k, s]
        extra = (f"{fsn:13d} {fln:14d}" if s in FLAG else f"{'':13} {'':14}")
        print(f"{k:22} {s:>8} {n:6d} {extra}")
    if a.show:
        print("\n--- missed planted conflicts")
        for t in misses:
            print(json.dumps({k: t[k] for k in ("story", "kind", "note", "claims")}))
        print("\n--- false error/warning findings (lenient)")
        for f in false_examples:
            cl = [claims_by_id.get(c) or claims_by_id.get(str(c)) or {} for c in f.claim_ids]
            print(json.dumps({"kind": f.kind, "severity": f.severity,
                              "message": f.raw.get("message"),
                              "claims": [(c.get("document"), c.get("value"), c.get("unit"),
                                          c.get("speaker"), c.get("surface")) for c in cl]}))
        print("\n--- consistent items flagged")
        for t, f in cons_examples:
            print(json.dumps({"item": {k: t[k] for k in ("story", "note", "claims")},
                              "finding": {"kind": f.kind, "message": f.raw.get("message")}}))
    if a.json:
        out = {"documents": n_docs, "claims": len(claims), "findings": len(findings),
               "seconds": t_check,
               "planted": dict(planted), "right": dict(right), "any": dict(anyk),
               "related_flagged": rel_flagged,
               "consistent": dict(cons_items), "consistent_flagged": dict(cons_flagged),
               "flagged_findings": nf,
               "false_strict": {f"{k}/{s}": v for (k, s), v in false_strict.items()},
               "false_lenient": {f"{k}/{s}": v for (k, s), v in false_lenient.items()}}
        Path(a.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
