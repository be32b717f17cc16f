#!/usr/bin/env python3
"""Score quantity extraction on the hand-written news set and on quantulum3's own suite.

    python benchmarks/extract_eval.py [--split dev|dev2|test|all] [--show-errors N]
                                      [--errors-of ours|quantulum3] [--list-excluded]

Two systems are scored on the same sentences in the same run: ours
(``discrepancy.extract``) and quantulum3 (``quantulum3.parser.parse``).  If
``import discrepancy`` fails, only quantulum3 is scored.

Matching is one-to-one within a sentence: gold and predicted quantities are first
paired by overlapping character spans (the gold span is where the gold surface
occurs in the text), then the leftovers are paired by equal value.  Three levels
are scored: value, value+unit, bounds (value, low and high).  See
docs/annotation.md for the conventions; benchmarks/data/extract/README.md for the
data.  Tune on dev, report test.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import time
import warnings
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "extract"
REPO = HERE.parent

CLASSES = ("counts", "dates", "articles", "ranges", "hedges", "changes", "money", "percent",
           "labels", "spelled", "forms", "news", "urls", "ordinals")
FIELDS = ("surface", "value", "low", "high", "hedge", "change", "vague", "unit")
HEDGES = (None, "about", "more_than", "at_least", "less_than", "up_to", "nearly")


# --------------------------------------------------------------------------- data

@dataclass
class Q:
    surface: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    hedge: str | None = None
    change: str | None = None


@dataclass
class Item:
    id: str
    cls: str
    text: str
    gold: list


def _num_boundary_ok(text: str, start: int, end: int) -> bool:
    """The occurrence is not glued to a longer word or number ("5" inside "2.5" or "2025")."""
    def glued(i, step):
        if not (0 <= i < len(text)):
            return False
        c = text[i]
        if c.isalnum():
            return True
        j = i + step
        return c in ".," and 0 <= j < len(text) and text[j].isdigit()
    return not glued(start - 1, -1) and not glued(end, 1)


def occurrences(text: str, surface: str, boundary: bool = True) -> list:
    out, i = [], text.find(surface)
    while i >= 0:
        if not boundary or _num_boundary_ok(text, i, i + len(surface)):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def locate(text: str, quantities: list) -> list:
    """Character spans for gold quantities, given in text order.

    A quantity may carry "occurrence" (0-based index among the word-bounded
    occurrences of its surface); otherwise repeated surfaces are taken in order.
    """
    spans, taken = [], {}
    for q in quantities:
        s = q["surface"]
        occ = occurrences(text, s) or occurrences(text, s, boundary=False)
        if not occ:
            raise ValueError(f"surface {s!r} not in text {text!r}")
        if "occurrence" in q:
            k = q["occurrence"]
        else:  # next occurrence not inside an earlier gold span ("25k" after "£25k")
            k = taken.get(s, 0)
            while k < len(occ) and any(a < occ[k] + len(s) and occ[k] < b for a, b in spans):
                k += 1
        if k >= len(occ):
            raise ValueError(f"occurrence {k} of {s!r} not in text {text!r}")
        taken[s] = k + 1
        spans.append((occ[k], occ[k] + len(s)))
    return spans


def _opt_float(x):
    return None if x is None else float(x)


def load_split(name: str) -> list:
    path = DATA / f"{name}.jsonl"
    items, seen = [], set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            o = json.loads(line)
            where = f"{path.name}:{n} ({o.get('id')})"
            if o["id"] in seen:
                raise ValueError(f"{where}: duplicate id")
            seen.add(o["id"])
            if o["class"] not in CLASSES:
                raise ValueError(f"{where}: unknown class {o['class']!r}")
            gold = []
            spans = locate(o["text"], o["quantities"])
            for q, (a, b) in zip(o["quantities"], spans):
                missing = [k for k in FIELDS if k not in q]
                if missing:
                    raise ValueError(f"{where}: missing {missing}")
                if q["hedge"] not in HEDGES or q["change"] not in (None, "up", "down"):
                    raise ValueError(f"{where}: bad hedge/change in {q}")
                lo, hi, v = q["low"], q["high"], q["value"]
                if (lo is not None and lo > v) or (hi is not None and hi < v):
                    raise ValueError(f"{where}: value outside bounds in {q}")
                gold.append(Q(q["surface"], a, b, float(v), _opt_float(lo), _opt_float(hi),
                              q["unit"] or "", q["hedge"], q["change"]))
            items.append(Item(o["id"], o["class"], o["text"], gold))
    return items


def ambiguous_surfaces(items: list) -> list:
    """Gold surfaces with word-bounded occurrences outside every gold span (for --check)."""
    out = []
    for it in items:
        spans = [(g.start, g.end) for g in it.gold]
        for s in sorted({g.surface for g in it.gold}):
            free = [i for i in occurrences(it.text, s)
                    if not any(a < i + len(s) and i < b for a, b in spans)]
            if free:
                out.append((it.id, s))
    return out


# --------------------------------------------------------------------------- systems

def _quiet(fn, *a):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with redirect_stderr(io.StringIO()), redirect_stdout(io.StringIO()):
            return fn(*a)


def quantulum_system():
    parser = _quiet(__import__, "quantulum3.parser", None, None, ["parse"])

    def run(text: str) -> list:
        out = []
        for q in _quiet(parser.parse, text):
            v = float(q.value)
            unc = getattr(q, "uncertainty", None)
            lo, hi = (v - unc, v + unc) if unc else (v, v)
            name = q.unit.name if q.unit is not None else ""
            a, b = q.span
            out.append(Q(q.surface, a, b, v, lo, hi, "" if name == "dimensionless" else name))
        return out
    return run


def ours_system():
    sys.path.insert(0, str(REPO))
    import discrepancy  # ImportError is handled by the caller
    if not callable(getattr(discrepancy, "extract", None)):
        raise ImportError("discrepancy.extract is missing")

    def run(text: str) -> list:
        out = []
        for q in discrepancy.extract(text):
            g = lambda k, d=None: getattr(q, k, d)
            out.append(Q(g("surface", ""), g("start", -1), g("end", -1), _opt_float(g("value")),
                         _opt_float(g("low")), _opt_float(g("high")), g("unit") or "",
                         g("hedge"), g("change")))
        return out
    return run


# --------------------------------------------------------------------------- matching

def num_eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))


_SPELLING = (("meter", "metre"), ("liter", "litre"), ("center", "centre"), ("fiber", "fibre"),
             ("tonnes", "tonne"), ("kilogramme", "kilogram"), ("gramme", "gram"))
_ALIASES = {"united states dollar": "dollar", "us dollar": "dollar", "dimensionless": ""}


def norm_unit(u) -> str:
    u = (u or "").strip().lower()
    u = _ALIASES.get(u, u)
    for a, b in _SPELLING:
        u = u.replace(a, b)
    u = _ALIASES.get(u, u)
    # drop one trailing plural "s" per word ("miles per hour", "degrees celsius")
    return " ".join(w[:-1] if len(w) > 2 and w.endswith("s") else w for w in u.split())


_Q3_UNIT_NAMES = None


def q3_unit_names() -> set:
    global _Q3_UNIT_NAMES
    if _Q3_UNIT_NAMES is None:
        try:
            from quantulum3 import load
            _Q3_UNIT_NAMES = {norm_unit(n) for n in _quiet(load.units, "en_US").names}
        except Exception:  # pragma: no cover
            _Q3_UNIT_NAMES = set()
    return _Q3_UNIT_NAMES


def unit_eq(gold: str, pred: str, count_lenient: bool = False) -> bool:
    g, p = norm_unit(gold), norm_unit(pred)
    if g == p:
        return True
    # quantulum3's suite calls counts "dimensionless"; ours names the counted noun
    return count_lenient and g == "" and p not in q3_unit_names()


def match(gold: list, pred: list) -> list:
    """One-to-one pairs (gi, pi): by overlapping span first, then by equal value."""
    cand = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > 0:
                cand.append((not num_eq(g.value, p.value), -ov, gi, pi))
    pairs, ug, up = [], set(), set()
    for _, _, gi, pi in sorted(cand):
        if gi not in ug and pi not in up:
            pairs.append((gi, pi)); ug.add(gi); up.add(pi)
    for gi, g in enumerate(gold):
        if gi in ug:
            continue
        best = [(abs(p.start - g.start), pi) for pi, p in enumerate(pred)
                if pi not in up and num_eq(g.value, p.value)]
        if best:
            pi = min(best)[1]
            pairs.append((gi, pi)); ug.add(gi); up.add(pi)
    return sorted(pairs)


LEVELS = ("value", "value+unit", "bounds")


def pair_ok(g: Q, p: Q, level: str, count_lenient=False) -> bool:
    if not num_eq(g.value, p.value):
        return False
    if level == "value+unit":
        return unit_eq(g.unit, p.unit, count_lenient)
    if level == "bounds":
        return num_eq(g.low, p.low) and num_eq(g.high, p.high)
    return True


class Tally:
    def __init__(self):
        self.n_gold = self.n_pred = 0
        self.tp = {lv: 0 for lv in LEVELS}

    def add(self, gold, pred, pairs, count_lenient=False):
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        for gi, pi in pairs:
            for lv in LEVELS:
                self.tp[lv] += pair_ok(gold[gi], pred[pi], lv, count_lenient)

    def prf(self, level):
        tp = self.tp[level]
        p = tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)
        r = tp / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def run_system(fn, texts):
    t0 = time.perf_counter()
    preds = [fn(t) for t in texts]
    return preds, time.perf_counter() - t0


# --------------------------------------------------------------------------- quantulum3 suite

def q3_suite() -> list:
    import quantulum3
    path = os.path.join(os.path.dirname(quantulum3.__file__), "_lang", "en_US", "tests",
                        "quantities.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


_YEAR = re.compile(r"^\d{4}s?$")
_LABEL_BEFORE = re.compile(r"(?<!\w)(?:[A-Z][\w-]*|[A-Za-z]+\d[\w-]*) $")


def _dimless(r):
    return r["unit"] == "dimensionless"


def rule_year(item):
    """years and decades ("1979", "the 1960s") are not quantities"""
    return any(_dimless(r) and _YEAR.match(r["surface"]) and 1000 <= r["value"] <= 2100
               for r in item["res"])


def rule_label(item):
    """a number right after a name or code ("Voyager 2", "English 101", "i7 860") is a label"""
    text = item["req"]
    for r in (r for r in item["res"] if _dimless(r) and r["surface"].isdigit()):
        for i in occurrences(text, r["surface"]):
            if _LABEL_BEFORE.search(text[:i]):
                return True
    return False


def rule_dozen_unit(item):
    """counting words are numbers ("a dozen eggs" = 12 eggs), not units ("1 dozen")"""
    return any(r["unit"] in ("dozen", "baker's dozen", "gross", "score") for r in item["res"])


def rule_range_midpoint(item):
    """a range is one quantity with value = low and its high, not a midpoint +/- half-width"""
    return any(r.get("uncertainty") and not re.search(r"\+/-|±", r["surface"])
               for r in item["res"])


def rule_plus_minus(item):
    """a symmetric +/- uncertainty has no field in the news conventions"""
    return any(re.search(r"\+/-|±", r["surface"]) for r in item["res"])


def rule_bracket_negative(item):
    """in news prose a bracketed amount "($7.5 million)" is a gloss, not an accounting negative"""
    return any(r["value"] < 0 and r["surface"].lstrip().startswith("(") for r in item["res"])


def rule_article_one(item):
    """the articles a/an on their own ("a penny", "A kibibyte") are not the number 1"""
    return any(r["value"] == 1 and re.match(r"(?i)an? ", r["surface"]) for r in item["res"])


def rule_named_value(item):
    """a named point ("absolute zero") states no number"""
    return any(r["surface"].lower() in ("absolute zero",) for r in item["res"])


_VAGUE = re.compile(r"(?i)\b(?:several|a few)\s+(?:hundred|thousand|million)\b"
                    r"|\b(?:dozens|hundreds|thousands|millions)\s+of\b")


def rule_vague_unannotated(item):
    """a vague amount ("several hundred years") is a quantity with wide bounds in the news
    conventions; the suite leaves it out"""
    return any(not any(m.group().lower() in r["surface"].lower() for r in item["res"])
               for m in _VAGUE.finditer(item["req"]))


EXCLUSION_RULES = (rule_year, rule_label, rule_dozen_unit, rule_range_midpoint, rule_plus_minus,
                   rule_bracket_negative, rule_article_one, rule_named_value,
                   rule_vague_unannotated)


def rule_name(rule):
    return rule.__name__[len("rule_"):]


def suite_items():
    kept, excluded = [], []
    for n, it in enumerate(q3_suite()):
        hits = [rule_name(r) for r in EXCLUSION_RULES if r(it)]
        if hits:
            excluded.append((n, it, hits))
            continue
        text = it["req"]
        spans = locate(text, it["res"])
        gold = [Q(r["surface"], a, b, float(r["value"]), float(r["value"]), float(r["value"]),
                  "" if _dimless(r) else r["unit"]) for r, (a, b) in zip(it["res"], spans)]
        kept.append(Item(f"q3-{n:03d}", "q3", text, gold))
    return kept, excluded


# --------------------------------------------------------------------------- report

def fmt_q(q):
    if q is None:
        return "-"
    b = "" if (num_eq(q.low, q.value) and num_eq(q.high, q.value)) else f" [{q.low}..{q.high}]"
    extra = "".join(f" {k}={getattr(q, k)}" for k in ("hedge", "change") if getattr(q, k))
    return f"{q.surface!r} {q.value:g}{b} unit={q.unit!r}{extra}"


def errors_for(items, preds, count_lenient=False):
    out = []
    for it, pred in zip(items, preds):
        pairs = match(it.gold, pred)
        pg, pp = {g for g, _ in pairs}, {p for _, p in pairs}
        rows = []
        for gi, pi in pairs:
            g, p = it.gold[gi], pred[pi]
            if not pair_ok(g, p, "value"):
                kind = "value"
            elif not pair_ok(g, p, "value+unit", count_lenient):
                kind = "unit"
            elif not pair_ok(g, p, "bounds"):
                kind = "bounds"
            else:
                continue
            rows.append((g.start, kind, g, p))
        rows += [(it.gold[gi].start, "missed", it.gold[gi], None)
                 for gi in range(len(it.gold)) if gi not in pg]
        rows += [(pred[pi].start, "spurious", None, pred[pi])
                 for pi in range(len(pred)) if pi not in pp]
        for _, kind, g, p in sorted(rows, key=lambda r: (r[0], r[1])):
            out.append((it, kind, g, p))
    return out


def score(items, preds, count_lenient=False):
    t = Tally()
    for it, pred in zip(items, preds):
        t.add(it.gold, pred, match(it.gold, pred), count_lenient)
    return t


def prf_line(name, t, levels=LEVELS):
    cells = []
    for lv in levels:
        p, r, f = t.prf(lv)
        cells.append(f"{lv:>10} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return f"  {name:<11}" + " |".join(cells)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "dev2", "test", "all"), default="dev")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--errors-of", choices=("ours", "quantulum3"), default="ours")
    ap.add_argument("--list-excluded", action="store_true")
    ap.add_argument("--check", action="store_true",
                    help="also list gold surfaces that occur more than once in their sentence")
    args = ap.parse_args(argv)

    splits = ("dev", "dev2", "test") if args.split == "all" else (args.split,)
    splits = tuple(s for s in splits if (DATA / f"{s}.jsonl").exists())
    items = [it for s in splits for it in load_split(s)]
    texts = [it.text for it in items]
    n_chars = sum(map(len, texts))

    systems = []
    try:
        systems.append(("ours", ours_system()))
    except Exception as e:  # ImportError, or anything raised at import time
        print(f"note: import discrepancy failed ({type(e).__name__}: {e}); scoring quantulum3 only")
    systems.append(("quantulum3", quantulum_system()))

    n_gold = sum(len(it.gold) for it in items)
    print(f"extraction set: split={args.split} sentences={len(items)} gold={n_gold} chars={n_chars}")
    if args.check:
        amb = ambiguous_surfaces(items)
        print(f"check: {len(amb)} gold surfaces with extra occurrences in their sentence")
        for i, s in amb:
            print(f"  {i} {s!r}")

    preds, tallies, speed = {}, {}, {}
    for name, fn in systems:
        preds[name], secs = run_system(fn, texts)
        tallies[name] = score(items, preds[name])
        speed[name] = n_chars / secs if secs else float("inf")
    for name, _ in systems:
        print(prf_line(name, tallies[name]))

    print("per-class value+unit F1 (gold quantities):")
    names = [n for n, _ in systems]
    print("  " + f"{'class':<10}{'n':>5}" + "".join(f"{n:>12}" for n in names))
    for cls in sorted({it.cls for it in items}):
        idx = [i for i, it in enumerate(items) if it.cls == cls]
        sub = [items[i] for i in idx]
        ng = sum(len(it.gold) for it in sub)
        row = "  " + f"{cls:<10}{ng:>5}"
        for n in names:
            t = score(sub, [preds[n][i] for i in idx])
            row += f"{t.prf('value+unit')[2]:>12.3f}"
        print(row)

    if "ours" in preds:
        agree = {"hedge": [0, 0], "change": [0, 0]}
        for it, pred in zip(items, preds["ours"]):
            for gi, pi in match(it.gold, pred):
                g, p = it.gold[gi], pred[pi]
                if num_eq(g.value, p.value):
                    for k in agree:
                        agree[k][0] += getattr(g, k) == getattr(p, k)
                        agree[k][1] += 1
        print("ours on value-matched pairs: " + ", ".join(
            f"{k} agrees {a}/{n}" for k, (a, n) in agree.items()))

    # quantulum3's own suite
    kept, excluded = suite_items()
    sg = sum(len(it.gold) for it in kept)
    print(f"quantulum3 suite: items={len(kept) + len(excluded)} scored={len(kept)} "
          f"gold={sg} excluded={len(excluded)}")
    per_rule = {rule_name(r): 0 for r in EXCLUSION_RULES}
    for _, _, hits in excluded:
        for h in hits:
            per_rule[h] += 1
    for r in EXCLUSION_RULES:
        doc = " ".join(r.__doc__.split())
        print(f"  excluded {per_rule[rule_name(r)]:>3} by {rule_name(r):<17} ({doc})")
    if args.list_excluded:
        for n, it, hits in excluded:
            print(f"    q3-{n:03d} [{','.join(hits)}] {it['req']!r}")
    for name, fn in systems:
        sp, _ = run_system(fn, [it.text for it in kept])
        t = score(kept, sp, count_lenient=(name == "ours"))
        print(prf_line(name, t, LEVELS[:2]))

    print("speed (extraction set): " + ", ".join(
        f"{n} {speed[n]:,.0f} chars/s" for n in names))

    if args.show_errors:
        who = args.errors_of if args.errors_of in preds else "quantulum3"
        errs = errors_for(items, preds[who])
        print(f"first {min(args.show_errors, len(errs))} of {len(errs)} mismatches for {who}:")
        for it, kind, g, p in errs[:args.show_errors]:
            print(f"  {it.id} [{it.cls}] {kind}: gold {fmt_q(g)} | pred {fmt_q(p)}")
            print(f"      {it.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
