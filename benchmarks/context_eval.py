#!/usr/bin/env python
"""Score discrepancy's claim context (counted, concept, qualifiers, scope, speaker, hearsay)
against the hand-annotated set in benchmarks/data/context/.

    python benchmarks/context_eval.py [--split dev|dev2|...|test|all] [--show-errors N] [--field F]

A split is any benchmarks/data/context/<split>.jsonl; "all" is every split, test last.

Every gold claim names its number by `surface` and `occurrence`: the occurrence-th (0-based)
match of `surface` in the document text, where a match may not start or end inside a word or
a number (so "24" does not match inside "2024", "124" or "0.24", and "1" not inside "1,100").
Each gold claim is paired with the predicted claim whose [start, end) overlaps its span the
most; a gold claim with no overlapping prediction is wrong on every field.

The data are validated first (surface found, occurrence in range, concept known, field types).
Invalid data exit 1. If `import discrepancy` fails, the validation result is printed and the
script exits 0 without scoring.

Tune on dev; report test.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DATA_DIR = os.path.join(HERE, "data", "context")
# dev, dev2, ... in number order, then test
SPLITS = tuple(sorted(
    (f[: -len(".jsonl")] for f in os.listdir(DATA_DIR) if f.endswith(".jsonl")),
    key=lambda s: (s == "test", len(s), s),
))

CONCEPTS = (
    "prisoners", "deaths", "injured", "military_losses", "settlements", "territory",
    "displaced", "missing", "crowd", "arrests", "buildings", "money", "percentage", "other",
)
# concepts of our rules that narrow one of the annotation's
NARROWER = {"strike_share": "percentage"}


def annotated_concept(concept: str | None) -> str:
    """A concept of our rules that the annotation has no name for (flooded area, rescued) is
    its catch-all `other`, as is no concept at all; one that narrows an annotated concept (a
    share on strike) is that concept."""
    concept = NARROWER.get(concept, concept)
    return concept if concept in CONCEPTS else "other"


FIELDS = ("speaker", "counted", "concept", "scope", "qualifiers", "hearsay")

# ---------------------------------------------------------------------------
# locating gold claims


def surface_pattern(surface: str) -> re.Pattern[str]:
    """A match of `surface` that neither starts nor ends inside a word or a number."""
    return re.compile(r"(?<!\w)(?<!\d[.,])" + re.escape(surface) + r"(?![.,]\d)(?!\w)")


def surface_spans(text: str, surface: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in surface_pattern(surface).finditer(text)]


def gold_span(text: str, claim: dict) -> tuple[int, int] | None:
    spans = surface_spans(text, claim["surface"])
    occ = claim.get("occurrence", 0)
    if not isinstance(occ, int) or occ < 0 or occ >= len(spans):
        return None
    return spans[occ]


# ---------------------------------------------------------------------------
# validation


def load_split(split: str) -> list[dict]:
    path = os.path.join(DATA_DIR, f"{split}.jsonl")
    docs = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                doc = json.loads(line)
                doc["_split"] = split
                doc["_line"] = lineno
                docs.append(doc)
    return docs


def validate(docs: list[dict]) -> list[str]:
    problems: list[str] = []
    seen_ids: set[str] = set()
    for doc in docs:
        where = f"{doc['_split']}.jsonl:{doc['_line']}"
        for key, typ in (("id", str), ("published", str), ("source", str), ("text", str), ("claims", list)):
            if not isinstance(doc.get(key), typ):
                problems.append(f"{where}: field {key!r} missing or not {typ.__name__}")
        if problems and not isinstance(doc.get("claims"), list):
            continue
        did = doc.get("id")
        if did in seen_ids:
            problems.append(f"{where}: duplicate id {did}")
        seen_ids.add(did)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc.get("published", ""))):
            problems.append(f"{where}: published {doc.get('published')!r} is not YYYY-MM-DD")
        text = doc.get("text", "")
        seen_spans: set[tuple[int, int]] = set()
        for i, c in enumerate(doc.get("claims", [])):
            cw = f"{did} claim {i} ({c.get('surface')!r})"
            if not isinstance(c.get("surface"), str) or not c["surface"]:
                problems.append(f"{cw}: surface missing")
                continue
            spans = surface_spans(text, c["surface"])
            if not spans:
                problems.append(f"{cw}: surface not found in text")
                continue
            occ = c.get("occurrence")
            if not isinstance(occ, int) or not 0 <= occ < len(spans):
                problems.append(f"{cw}: occurrence {occ!r} out of range (surface occurs {len(spans)}x)")
                continue
            span = spans[occ]
            if span in seen_spans:
                problems.append(f"{cw}: two claims annotate the same span")
            seen_spans.add(span)
            if c.get("concept") not in CONCEPTS:
                problems.append(f"{cw}: concept {c.get('concept')!r} not in {CONCEPTS}")
            if not isinstance(c.get("counted"), str) or not c["counted"].strip():
                problems.append(f"{cw}: counted missing")
            elif c["counted"] != c["counted"].lower():
                problems.append(f"{cw}: counted not lower case")
            quals = c.get("qualifiers")
            if not isinstance(quals, list) or not all(isinstance(q, str) for q in quals):
                problems.append(f"{cw}: qualifiers must be a list of strings")
            elif any(q != q.lower() for q in quals):
                problems.append(f"{cw}: qualifiers not lower case")
            for key in ("scope", "speaker"):
                v = c.get(key)
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    problems.append(f"{cw}: {key} must be a non-empty string or null")
            if not isinstance(c.get("hearsay"), bool):
                problems.append(f"{cw}: hearsay must be true/false")
    return problems


# ---------------------------------------------------------------------------
# field comparison

TITLE_WORDS = {
    "gen", "general", "lt", "col", "colonel", "maj", "major", "adm", "admiral", "president",
    "prime", "minister", "secretary", "chancellor", "gov", "governor", "sen", "senator", "rep",
    "representative", "mr", "mrs", "ms", "dr", "prof", "sheriff", "commander", "chief",
    "superintendent", "mayor", "spokesman", "spokeswoman", "spokesperson", "interior", "foreign",
    "defence", "defense", "health", "finance", "home", "farming", "agriculture", "climate",
    "change", "environment", "energy", "transport", "transportation", "justice", "vice",
    "deputy", "commissioner", "ambassador", "sir", "dame", "king", "queen", "shadow", "leader",
    "head", "director", "administrator", "ombudsman",
}
ORG_WORDS = {
    "ministry", "police", "office", "service", "agency", "staff", "force", "forces", "government",
    "committee", "commission", "council", "authority", "department", "union", "network", "bank",
    "organization", "organisation", "institute", "headquarters", "centre", "center", "group",
    "prefecture", "kremlin", "pentagon", "treasury", "army", "navy", "alliance", "association",
    "unions", "organisers", "organizers", "officials", "authorities", "bloggers", "party",
    "consortium", "cdc", "who", "unhcr", "ocha", "iom", "unicef", "fire", "examiner", "hall",
}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _translit(tok: str) -> str:
    # Syrskyi -> syrsky, Zelenskyi -> zelensky
    return tok[:-1] if len(tok) > 3 and tok.endswith("yi") else tok


def speaker_tokens(s: str | None) -> list[str]:
    if not s:
        return []
    s = _fold(s).lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "s", s)
    s = s.replace("'", "")
    toks = [_translit(t) for t in re.findall(r"[a-z0-9]+", s)]
    while toks and toks[0] == "the":
        toks = toks[1:]
    return toks


def strip_titles(toks: list[str]) -> list[str]:
    """Drop leading title words from a person's name ("interior minister gerald darmanin")."""
    if any(t in ORG_WORDS for t in toks):
        return toks
    out = list(toks)
    while len(out) > 1 and out[0] in TITLE_WORDS:
        out = out[1:]
    return out


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def speaker_match(gold: str | None, pred: str | None) -> bool:
    g, p = speaker_tokens(gold), speaker_tokens(pred)
    if not g and not p:
        return True
    if not g or not p:
        return False
    g, p = strip_titles(g), strip_titles(p)
    if g == p or _contains(g, p) or _contains(p, g):
        return True
    # a person's surname alone ("Gerasimov" for "Valery Gerasimov", "Gen. Gerasimov")
    gold_is_org = any(t in ORG_WORDS for t in g)
    return not gold_is_org and g[-1] == p[-1]


def head_norm(s: str | None) -> str:
    s = (s or "").strip().lower()
    return s[:-1] if s.endswith("s") and len(s) > 1 else s


STOP = {"the", "of", "in", "on", "at", "a", "an", "and", "to", "for", "this", "that", "its",
        "their", "his", "her", "our", "as"}


def scope_words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", _fold(s or "").lower()) if w not in STOP}


def scope_match(gold: str | None, pred: str | None) -> bool:
    g = gold.strip() if isinstance(gold, str) else ""
    p = pred.strip() if isinstance(pred, str) else ""
    if not g and not p:
        return True
    if not g or not p:
        return False
    gw, pw = scope_words(g), scope_words(p)
    if not gw and not pw:
        return g.lower() == p.lower()
    return len(gw & pw) / len(gw | pw) >= 0.5


def qual_set(q) -> set[str]:
    return {str(x).strip().lower() for x in (q or []) if str(x).strip()}


def jaccard(a: set, b: set) -> float:
    return 1.0 if not a and not b else len(a & b) / len(a | b)


# ---------------------------------------------------------------------------
# predictions


def attr(obj, name, default=None):
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def pred_head(pred) -> str:
    head = attr(pred, "head")
    if not head:
        counted = attr(pred, "counted") or ""
        words = re.findall(r"[\w'-]+", counted)
        head = words[-1] if words else ""
    return head


def best_overlap(span: tuple[int, int], preds: list) -> object | None:
    s, e = span
    best, best_key = None, None
    for p in preds:
        ps, pe = attr(p, "start"), attr(p, "end")
        if not isinstance(ps, int) or not isinstance(pe, int):
            continue
        ov = min(e, pe) - max(s, ps)
        if ov <= 0:
            continue
        key = (ov, -abs(ps - s), -(pe - ps))
        if best_key is None or key > best_key:
            best, best_key = p, key
    return best


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence (roughly) around a span, for error listings."""
    left = max(text.rfind("\n", 0, start), *(text.rfind(x, 0, start) for x in (". ", "? ", "! ")))
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(x, end) for x in (". ", "? ", "! ", "\n")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def score(docs: list[dict], extract, show_errors: int, field: str) -> None:
    totals = Counter()
    qual_jacc = 0.0
    n = 0
    found = 0
    spk_none = Counter()
    spk_some = Counter()
    errors: list[str] = []
    failed_docs = []
    for doc in docs:
        text = doc["text"]
        try:
            preds = list(extract(text, published=doc.get("published"), source=doc.get("source")) or [])
        except Exception as exc:  # a crash on one document counts as no predictions
            failed_docs.append(f"{doc['id']}: {type(exc).__name__}: {exc}")
            preds = []
        for c in doc["claims"]:
            span = gold_span(text, c)
            n += 1
            p = best_overlap(span, preds) if span else None
            if p is not None:
                found += 1
            ok = {f: False for f in FIELDS}
            qj = 0.0
            if p is not None:
                ok["speaker"] = speaker_match(c.get("speaker"), attr(p, "speaker"))
                ok["counted"] = head_norm(c.get("counted")) == head_norm(pred_head(p))
                ok["concept"] = c.get("concept") == annotated_concept(attr(p, "concept"))
                ok["scope"] = scope_match(c.get("scope"), attr(p, "scope"))
                gq, pq = qual_set(c.get("qualifiers")), qual_set(attr(p, "qualifiers"))
                ok["qualifiers"] = gq == pq
                qj = jaccard(gq, pq)
                ok["hearsay"] = bool(c.get("hearsay")) == bool(attr(p, "hearsay"))
            qual_jacc += qj
            for f in FIELDS:
                totals[f] += ok[f]
            bucket = spk_none if c.get("speaker") is None else spk_some
            bucket["n"] += 1
            bucket["ok"] += ok["speaker"]
            if not ok[field] and len(errors) < show_errors:
                gold_v = c.get(field)
                if p is None:
                    pred_v = "<no overlapping prediction>"
                elif field == "counted":
                    pred_v = repr(pred_head(p))
                else:
                    pred_v = repr(attr(p, field))
                sent = sentence_at(text, *span) if span else ""
                errors.append(
                    f"[{doc['id']}] {c['surface']!r}#{c.get('occurrence', 0)}  gold={gold_v!r}  pred={pred_v}\n"
                    f"      {sent}"
                )

    def pct(k, d):
        return f"{100.0 * k / d:5.1f}%  ({k}/{d})" if d else "   n/a"

    print(f"documents: {len(docs)}   gold claims: {n}")
    print(f"found (overlapping prediction): {pct(found, n)}")
    print()
    labels = {"speaker": "speaker", "counted": "counted head", "concept": "concept",
              "scope": "scope", "qualifiers": "qualifiers (set =)", "hearsay": "hearsay"}
    for f in FIELDS:
        print(f"  {labels[f]:<22} {pct(totals[f], n)}")
    print(f"  {'qualifiers (mean Jacc.)':<22} {100.0 * qual_jacc / n if n else 0:5.1f}%")
    print()
    print(f"  speaker, gold = null    {pct(spk_none['ok'], spk_none['n'])}")
    print(f"  speaker, gold = named   {pct(spk_some['ok'], spk_some['n'])}")
    if failed_docs:
        print()
        print(f"extract() raised on {len(failed_docs)} document(s):")
        for f in failed_docs:
            print("  " + f)
    if show_errors:
        print()
        print(f"first {len(errors)} {field} mismatches:")
        for e in errors:
            print("  " + e)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="print the first N mismatches (speaker unless --field says otherwise)")
    ap.add_argument("--field", choices=FIELDS, default="speaker",
                    help="which field's mismatches --show-errors lists (default speaker)")
    args = ap.parse_args(argv)

    splits = SPLITS if args.split == "all" else (args.split,)
    docs = [d for s in splits for d in load_split(s)]
    problems = validate(docs)
    n_claims = sum(len(d.get("claims", [])) for d in docs)
    if problems:
        print(f"data INVALID ({len(problems)} problem(s)):")
        for p in problems:
            print("  " + p)
        return 1
    print(f"data ok: {'+'.join(splits)}: {len(docs)} documents, {n_claims} claims")

    try:
        import discrepancy
    except ImportError:
        sys.path.insert(0, REPO)
        sys.modules.pop("discrepancy", None)
    try:
        import discrepancy
        extract = discrepancy.extract
    except Exception as exc:
        print(f"cannot score: `import discrepancy; discrepancy.extract` failed "
              f"({type(exc).__name__}: {exc}). Data validated only.")
        return 0
    print()
    score(docs, extract, args.show_errors, args.field)
    return 0


if __name__ == "__main__":
    sys.exit(main())
