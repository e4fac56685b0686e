#!/usr/bin/env python3
"""Writes reader's copies of Reuters-21578 articles (TITLE, AUTHOR line, DATELINE + BODY, as newsarc's
tests and evaluation build them) into a folder, one .txt file each, 1,000 to a subfolder.

    bench/reuters-copies.py OUT [N] [--copies K]

N: at most this many articles (default: all: 17,806 have a body in the 20 .sgm files of
../shared/corpora, reut2-000 to reut2-019). --copies K writes each article K times with a numbered
line appended, so that K x 17,806 distinct articles can be built for benchmarks at scale
(bench/archive-bench.sh). Reads ../shared/corpora/reuters-21578 in place."""
import html, os, re, sys

def articles(corpus):
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".sgm"):
            continue
        text = open(os.path.join(corpus, name), encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', text, re.S):
            def tag(t):
                s, e = m.group(2).find(f"<{t}>"), m.group(2).find(f"</{t}>")
                return None if s < 0 or e < 0 else html.unescape(m.group(2)[s + len(t) + 2:e])
            body = tag("BODY")
            if not body:
                continue
            title, author, dateline = tag("TITLE"), tag("AUTHOR"), tag("DATELINE")
            yield m.group(1), "".join([title + "\n" if title else "", author + "\n" if author else "", dateline or "", body])

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    copies = int(sys.argv[sys.argv.index("--copies") + 1]) if "--copies" in sys.argv else 1
    if "--copies" in sys.argv:
        args.remove(str(copies))
    out, limit = args[0], int(args[1]) if len(args) > 1 else None
    corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpora", "reuters-21578")
    n = 0
    for k in range(copies):
        for newid, copy in articles(corpus):
            if limit is not None and n >= limit:
                break
            folder = os.path.join(out, f"{n // 1000:03d}")
            os.makedirs(folder, exist_ok=True)
            suffix = f"\n\nCopy {k + 1}.\n" if copies > 1 else ""
            with open(os.path.join(folder, f"reuters-{newid}-{k + 1}.txt"), "w", encoding="utf-8") as f:
                f.write(copy + suffix)
            n += 1
    print(n, file=sys.stderr)

main()
