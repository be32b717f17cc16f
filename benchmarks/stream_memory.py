#!/usr/bin/env python3
"""Show that `discrepancy extract FILE.jsonl` streams: peak memory does not grow with input.

    python benchmarks/stream_memory.py [--sizes 20,200] [--seed 0]

For each size (in MB, 1 MB = 1,000,000 bytes) a .jsonl file of documents is written to a
temporary directory: a fixed pool of about 2 MB of make_corpus.py articles repeated with
the body paragraphs rotated on each pass and unique ids ("s000012-o3.r0007").  Then a fresh
wrapper process runs

    python -m discrepancy extract FILE --format jsonl > /dev/null

and reports the peak resident memory of that one child (ru_maxrss of RUSAGE_CHILDREN; the
wrapper has no other child) and its wall time.  Columns: input MB, documents, seconds,
MB/s, documents/s, child peak RSS MB.  Flat streaming keeps the peak RSS about the same at
every size.  The extractor runs at roughly 0.45 MB/s, so 50 MB takes about 2 minutes
and 200 MB about 8.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
POOL_CHARS = 2_000_000
OUTLETS = 5


def pool(seed: int) -> list[dict]:
    """About POOL_CHARS of make_corpus.py articles: id, story, source, published, text."""
    import make_corpus

    docs, n = [], 0
    for story_docs, _truth in make_corpus.iter_corpus(10**6, OUTLETS, seed):
        docs.extend(story_docs)
        n += sum(len(d["text"]) for d in story_docs)
        if n >= POOL_CHARS:
            return docs
    return docs


def vary(text: str, k: int) -> str:
    """The headline, then the body paragraphs rotated by k."""
    paras = text.split("\n\n")
    head, body = paras[:1], paras[1:]
    if body:
        r = k % len(body)
        body = body[r:] + body[:r]
    return "\n\n".join(head + body)


def write_jsonl(path: Path, size_bytes: int, docs: list[dict]) -> int:
    """Write documents until the file holds size_bytes; return the number written."""
    written = count = k = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size_bytes:
            for d in docs:
                row = {**d, "id": f"{d['id']}.r{k:04d}", "text": vary(d["text"], k)}
                line = json.dumps(row, ensure_ascii=False) + "\n"
                fh.write(line)
                written += len(line.encode("utf-8"))
                count += 1
                if written >= size_bytes:
                    break
            k += 1
    return count


def pythonpath() -> str:
    old = os.environ.get("PYTHONPATH")
    return str(REPO) + (os.pathsep + old if old else "")


def child(path: str) -> int:
    """Runs in the fresh wrapper: one extract subprocess, then its peak RSS as JSON."""
    cmd = [sys.executable, "-m", "discrepancy", "extract", path, "--format", "jsonl"]
    env = {**os.environ, "PYTHONPATH": pythonpath()}
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as null:
        res = subprocess.run(cmd, stdout=null, stderr=subprocess.PIPE, env=env, cwd=str(REPO))
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rss_mb = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    print(json.dumps({"returncode": res.returncode, "seconds": seconds, "peak_rss_mb": rss_mb,
                      "stderr": res.stderr.decode("utf-8", "replace")[-2000:]}))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="20,200", help="comma-separated MB (default 20,200)")
    ap.add_argument("--seed", type=int, default=0, help="make_corpus seed (default 0)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        return child(a.child)
    sizes = [float(s) for s in a.sizes.split(",") if s.strip()]
    sys.path.insert(0, str(HERE))
    docs = pool(a.seed)

    rows = []
    with tempfile.TemporaryDirectory(prefix="discrepancy-stream-") as tmp:
        for mb in sizes:
            path = Path(tmp) / f"documents-{mb:g}mb.jsonl"
            n_docs = write_jsonl(path, int(mb * 1e6), docs)
            n_bytes = path.stat().st_size
            print(f"  {mb:g} MB: {n_docs:,} documents written, extracting...", file=sys.stderr,
                  flush=True)
            res = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                                  str(path)], capture_output=True, text=True)
            path.unlink()
            if res.returncode:
                print(f"wrapper failed (exit {res.returncode})\n{res.stderr[-2000:]}",
                      file=sys.stderr)
                return 1
            out = json.loads(res.stdout.strip().splitlines()[-1])
            if out["returncode"]:
                print(f"discrepancy extract failed (exit {out['returncode']})\n{out['stderr']}",
                      file=sys.stderr)
                return 1
            rows.append({"mb": n_bytes / 1e6, "documents": n_docs, **out})
            print(f"  {mb:g} MB: {out['seconds']:.1f}s, peak RSS {out['peak_rss_mb']:.1f} MB",
                  file=sys.stderr, flush=True)

    print(f"{'input MB':>9} {'documents':>10} {'seconds':>8} {'MB/s':>6} {'docs/s':>7} "
          f"{'peak RSS MB':>12}")
    for r in rows:
        print(f"{r['mb']:9.1f} {r['documents']:>10,} {r['seconds']:8.1f} "
              f"{r['mb'] / r['seconds']:6.3f} {r['documents'] / r['seconds']:7.0f} "
              f"{r['peak_rss_mb']:12.1f}")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"input x{last['mb'] / first['mb']:.1f}, peak RSS "
              f"x{last['peak_rss_mb'] / first['peak_rss_mb']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
