#!/usr/bin/env python3
"""Time our extractor against the quantulum3 baseline on the same texts, side by side.

    python benchmarks/extract_speed.py [--quick] [--json] [--seed 0]

Texts, built deterministically from text the repository owns:
  articles   whole synthetic articles from make_corpus.py (600,000 characters; --quick 60,000)
  sentences  the sentences of benchmarks/data/extract/*.jsonl, alternating with unique
             sentences split from those articles (400,000 characters; --quick 40,000)

Systems:
  ours          discrepancy.extract(text): quantities + context + attribution
  ours-numbers  discrepancy.quantities.extract_quantities(text): numbers only
  quantulum3    quantulum3.parser.parse(text) (installed version, no classifier extra)

Each system is warmed up on a few texts first.  The texts are then cut into chunks of
about 20,000 characters and every chunk is run by each system in turn (the order rotates
from chunk to chunk), so the systems share the machine's noise.  "vs q3" is the system's
characters per second divided by quantulum3's (higher is faster).

Memory: the tracemalloc peak of a separate, untimed pass of each system over the first
50,000 characters of each set (--quick 10,000; tracing slows the code, so it is kept
out of the timed passes), and the process's max RSS after warm-up and at the end (all
systems share the process, so RSS is not per system).  Progress goes to stderr;
--json prints the figures as JSON on stdout and the table on stderr.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import json
import platform
import re
import resource
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SYSTEMS = ("ours", "ours-numbers", "quantulum3")
SETS = ("articles", "sentences")
OUTLETS = 5
# a sentence ends at . ! ? (optionally closing a quote) before a capital, digit or quote
SENTENCE_END = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["”’]))\s+(?=["“‘(]?[A-Z0-9])')


# =========================================================================== texts


def article_stream(seed: int) -> Iterator[str]:
    """Whole articles from make_corpus.py, story after story, in generation order."""
    import make_corpus

    for docs, _truth in make_corpus.iter_corpus(10**6, OUTLETS, seed):
        for doc in docs:
            yield doc["text"]


def split_sentences(text: str) -> Iterator[str]:
    for para in text.split("\n"):
        for sentence in SENTENCE_END.split(para.strip()):
            if len(sentence) >= 20:
                yield sentence


def data_sentences() -> Iterator[str]:
    for path in sorted((HERE / "data" / "extract").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)["text"]


def alternate(a: Iterable[str], b: Iterable[str]) -> Iterator[str]:
    b = iter(b)
    for x in a:
        yield x
        y = next(b, None)
        if y is not None:
            yield y
    yield from b


def unique(items: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for x in items:
        if x not in seen:
            seen.add(x)
            yield x


def take(items: Iterable[str], chars: int) -> list[str]:
    """Texts from items until they hold at least `chars` characters."""
    out, n = [], 0
    for x in items:
        if n >= chars:
            break
        out.append(x)
        n += len(x)
    return out


def build_texts(article_chars: int, sentence_chars: int, seed: int) -> dict[str, list[str]]:
    articles = take(article_stream(seed), article_chars)
    from_articles = (s for text in article_stream(seed) for s in split_sentences(text))
    sentences = take(unique(alternate(data_sentences(), from_articles)), sentence_chars)
    return {"articles": articles, "sentences": sentences}


def chunks(texts: list[str], chars: int) -> list[list[str]]:
    out, cur, n = [], [], 0
    for t in texts:
        cur.append(t)
        n += len(t)
        if n >= chars:
            out.append(cur)
            cur, n = [], 0
    if cur:
        out.append(cur)
    return out


# =========================================================================== systems


def load_systems() -> tuple[dict[str, Callable[[str], list]], str]:
    sys.path.insert(0, str(REPO))
    import quantulum3
    from quantulum3 import parser as q3

    import discrepancy
    from discrepancy.quantities import extract_quantities

    fns = {"ours": discrepancy.extract, "ours-numbers": extract_quantities,
           "quantulum3": q3.parse}
    return fns, getattr(quantulum3, "__version__", "?")


def run_pass(fn: Callable[[str], list], texts: list[str]) -> tuple[float, int, int]:
    """(seconds, items found, texts that raised) for fn over texts."""
    items = errors = 0
    t0 = time.perf_counter()
    for text in texts:
        try:
            items += len(fn(text))
        except Exception:
            errors += 1
    return time.perf_counter() - t0, items, errors


def traced_peak(fn: Callable[[str], list], texts: list[str]) -> float:
    """tracemalloc peak (bytes) of one pass of fn over texts, results discarded."""
    gc.collect()
    tracemalloc.start()
    try:
        for text in texts:
            with contextlib.suppress(Exception):
                fn(text)
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


# =========================================================================== run


def measure(a: argparse.Namespace) -> dict:
    kb = 1000
    art, sen, mem, chunk = (60, 40, 10, 5) if a.quick else (600, 400, 50, 20)
    t0 = time.perf_counter()
    texts = build_texts(art * kb, sen * kb, a.seed)
    t_build = time.perf_counter() - t0
    fns, q3_version = load_systems()

    warm = texts["articles"][:3] + texts["sentences"][:5]
    for name in SYSTEMS:
        run_pass(fns[name], warm)
    rss_warm = max_rss_mb()

    acc = {s: {n: {"texts": 0, "chars": 0, "items": 0, "errors": 0, "seconds": 0.0}
               for n in SYSTEMS} for s in SETS}
    total_chars = sum(len(t) for s in SETS for t in texts[s])
    done = 0
    step = 0
    t_run = time.perf_counter()
    last_decile = 0
    for s in SETS:
        for chunk_texts in chunks(texts[s], chunk * kb):
            k = step % len(SYSTEMS)
            for name in SYSTEMS[k:] + SYSTEMS[:k]:
                gc.collect()
                sec, items, errors = run_pass(fns[name], chunk_texts)
                r = acc[s][name]
                r["texts"] += len(chunk_texts)
                r["chars"] += sum(len(t) for t in chunk_texts)
                r["items"] += items
                r["errors"] += errors
                r["seconds"] += sec
            step += 1
            done += sum(len(t) for t in chunk_texts)
            if done * 10 // total_chars > last_decile:
                last_decile = done * 10 // total_chars
                print(f"  {done / total_chars:4.0%}  {done:>9,} chars  {s:<9}  "
                      f"{time.perf_counter() - t_run:6.1f}s", file=sys.stderr, flush=True)

    results: dict[str, dict] = {}
    for s in (*SETS, "total"):
        parts = SETS if s == "total" else (s,)
        results[s] = {}
        for name in SYSTEMS:
            r = {k: sum(acc[p][name][k] for p in parts) for k in acc[SETS[0]][name]}
            r["chars_per_s"] = r["chars"] / r["seconds"] if r["seconds"] else None
            results[s][name] = r
        base = results[s]["quantulum3"]["chars_per_s"]
        for name in SYSTEMS:
            cps = results[s][name]["chars_per_s"]
            results[s][name]["vs_quantulum3"] = cps / base if cps and base else None

    print("  memory pass (tracemalloc)", file=sys.stderr, flush=True)
    sample = take(texts["articles"], mem * kb) + take(texts["sentences"], mem * kb)
    memory = {name: {"sample_chars": sum(map(len, sample)),
                     "tracemalloc_peak_kb": traced_peak(fns[name], sample) / 1e3}
              for name in SYSTEMS}
    return {
        "python": platform.python_version(),
        "quantulum3": q3_version,
        "quick": a.quick,
        "seed": a.seed,
        "chunk_chars": chunk * kb,
        "build_seconds": t_build,
        "results": results,
        "memory": memory,
        "max_rss_mb_after_warmup": rss_warm,
        "max_rss_mb": max_rss_mb(),
    }


def table(res: dict) -> str:
    lines = [f"extract speed: ours vs quantulum3 {res['quantulum3']} "
             f"(Python {res['python']}, chunks of {res['chunk_chars']:,} chars)",
             f"{'set':<10} {'system':<13} {'texts':>6} {'chars':>10} {'items':>7} "
             f"{'errors':>6} {'seconds':>8} {'chars/s':>10} {'vs q3':>7}"]
    for s, by_system in res["results"].items():
        for name, r in by_system.items():
            cps = f"{r['chars_per_s']:10,.0f}" if r["chars_per_s"] else f"{'-':>10}"
            ratio = f"{r['vs_quantulum3']:6.2f}x" if r["vs_quantulum3"] else f"{'-':>7}"
            lines.append(f"{s:<10} {name:<13} {r['texts']:>6,} {r['chars']:>10,} "
                         f"{r['items']:>7,} {r['errors']:>6} {r['seconds']:8.2f} {cps} {ratio}")
    lines.append("")
    lines.append(f"{'memory':<10} {'system':<13} {'sample chars':>12} {'tracemalloc peak KB':>20}")
    for name, m in res["memory"].items():
        lines.append(f"{'':<10} {name:<13} {m['sample_chars']:>12,} "
                     f"{m['tracemalloc_peak_kb']:>20,.0f}")
    lines.append(f"process max RSS: {res['max_rss_mb']:.1f} MB "
                 f"(after imports and warm-up: {res['max_rss_mb_after_warmup']:.1f} MB)")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="about 100 KB of text instead of 1 MB")
    ap.add_argument("--json", action="store_true",
                    help="print the figures as JSON on stdout (the table goes to stderr)")
    ap.add_argument("--seed", type=int, default=0, help="make_corpus seed (default 0)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    warnings.simplefilter("ignore")   # quantulum3 warns that its classifier is not installed
    res = measure(a)
    if a.json:
        print(table(res), file=sys.stderr)
        print(json.dumps(res, indent=2))
    else:
        print(table(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
