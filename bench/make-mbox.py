#!/usr/bin/env python3
"""Writes a large Takeout-style mbox by repeating a labelled mailbox with fresh thread and message ids.

usage: bench/make-mbox.py SOURCE.mbox THREADS OUT.mbox
"""
import re, sys

src, want, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(src, encoding="utf-8", errors="surrogateescape").read()
threads = len(set(re.findall(r"^X-GM-THRID: (\d+)", text, re.M)))
copies = -(-want // threads)
with open(out, "w", encoding="utf-8", errors="surrogateescape") as f:
    for i in range(copies):
        f.write(re.sub(r"(X-GM-THRID: \d+)", r"\g<1>%d" % i,
                re.sub(r"<([^<>@\s]+)@", r"<\1.%d@" % i, text)))
print(f"{copies * threads} threads written to {out}")
