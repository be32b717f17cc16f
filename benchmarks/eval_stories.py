#!/usr/bin/env python3
"""Score matching and verdicts on hand-written multi-outlet stories with planted items.

    python benchmarks/eval_stories.py benchmarks/data/stories/dev [--show]
    python benchmarks/eval_stories.py sample_corpus

The folder holds one sub-folder per story and an ``expected.toml`` in the format of
``sample_corpus/expected.toml``.  ``discrepancy.check`` runs once on the folder.

* recall: an ``[[expect]]`` item is found when one finding holds all its listed claims,
  each on a different side (an ``unattributed`` item: in one finding); "right kind" also
  needs the planted kind; "any kind" accepts any error or warning finding (any severity
  for ``related``).  An item whose (document, value) names no claim is "not extracted".
* consistent items flagged: an error or warning finding holds two of the item's claims on
  different sides; the second figure counts only ``contradiction`` and ``disputed``.
* unplanted error/warning findings: those holding no planted item; hand-written stories
  may hold real conflicts nobody listed, so read them (``--show``) before counting them
  as false.
"""
from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLAG = ("error", "warning")


def claim_ids(claims, wanted: list[dict]) -> list[str] | None:
    """The claim id of each listed (document, value), or None when one is not extracted."""
    ids = []
    for item in wanted:
        rows = claims.filter(
            (claims["document"] == item["document"])
            & ((claims["value"] - item["value"]).abs() <= 1e-6 * abs(item["value"]))
        )
        if rows.height != 1:
            return None
        ids.append(rows["id"][0])
    return ids


def apart(finding, ids: list[str]) -> bool:
    """All `ids` in the finding, each on its own side (or in it at all, for one side)."""
    if not set(ids) <= set(finding.claims):
        return False
    if finding.kind == "unattributed" or len(ids) < 2:
        return True
    sides = [next((n for n, s in enumerate(finding.sides) if i in s), -1) for i in ids]
    return len(set(sides)) == len(ids)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", action="store_true", help="list misses, flags and unplanted findings")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    import discrepancy

    expected = tomllib.loads((args.folder / "expected.toml").read_text("utf-8"))
    report = discrepancy.check([str(args.folder)])
    claims, findings = report.claims, report.findings
    print(f"{args.folder}: {claims['document'].n_unique()} documents, {claims.height} claims, "
          f"{len(findings)} findings")

    right = anykind = missing = 0
    used: set[str] = set()
    by_kind: dict[str, list[int]] = {}
    for item in expected.get("expect", []):
        ids = claim_ids(claims, item["claims"])
        tally = by_kind.setdefault(item["kind"], [0, 0, 0])
        tally[0] += 1
        if ids is None:
            missing += 1
            if args.show:
                print(f"  not extracted  {item['id']}: {item['claims']}")
            continue
        hits = [f for f in findings if apart(f, ids)]
        used |= {f.id for f in hits}
        ok = any(f.kind == item["kind"] for f in hits)
        near = ok or any(f.severity in FLAG or f.kind == "related" for f in hits)
        right += ok
        anykind += near
        tally[1] += ok
        tally[2] += near
        if args.show and not ok:
            got = sorted({f.kind for f in hits}) or "nothing"
            print(f"  missed  {item['id']} ({item['kind']}): found {got} — {item.get('note', '')}")

    flagged = flagged_cd = 0
    consistent = expected.get("consistent", [])
    for item in consistent:
        ids = claim_ids(claims, item["claims"])
        if ids is None or len(ids) < 2:
            continue
        hits = [f for f in findings if f.severity in FLAG and apart(f, ids[:2])]
        flagged += bool(hits)
        flagged_cd += any(f.kind in ("contradiction", "disputed") for f in hits)
        if args.show and hits:
            print(f"  flagged  {item['id']}: {[f.kind for f in hits]} — {item.get('note', '')}")

    n = len(expected.get("expect", []))
    print(f"planted discrepancies {n}: found with the right kind {right} ({right / max(n, 1):.1%}), "
          f"any kind {anykind} ({anykind / max(n, 1):.1%}), not extracted {missing}")
    for kind, (total, ok, near) in sorted(by_kind.items()):
        print(f"  {kind:20s} {total:3d}  right {ok:3d}  any {near:3d}")
    m = len(consistent)
    print(f"planted consistencies {m}: flagged as error/warning {flagged} ({flagged / max(m, 1):.1%}), "
          f"as contradiction/disputed {flagged_cd} ({flagged_cd / max(m, 1):.1%})")
    unplanted = [f for f in findings if f.severity in FLAG and f.id not in used]
    print(f"error/warning findings {sum(f.severity in FLAG for f in findings)}, "
          f"holding no planted item {len(unplanted)}")
    if args.show:
        for f in unplanted:
            print(f"  unplanted  {f.kind} {f.concept}: {f.explanation}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
