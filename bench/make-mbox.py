#!/usr/bin/env python3
"""Writes a large Takeout-style mbox by repeating a labelled mailbox with fresh thread and message ids.

usage: bench/make-mbox.py [--per-thread N] SOURCE.mbox THREADS OUT.mbox

Each copy of SOURCE gets its own X-GM-THRID and Message-IDs (References and In-Reply-To follow, so
the copies thread like the source). With --per-thread N, every thread of a copy is padded to at
least N messages by repeating its follow-ups (its messages after the first; a one-message thread
repeats that message), as a long back-and-forth does: each repeat has a fresh Message-ID, replies to
the message before it, and is dated a few minutes after the message it repeats, so the thread keeps
its order and its dates (and so its plan) stay close to the source's. Real bodies, quoted history,
HTML and calendar parts are all kept, so the reading and inference work per message stays real.
"""
import argparse
import datetime
import email.utils
import re
import sys

SEPARATOR = re.compile(r"^From \S+ ", re.M)


def split_messages(text):
    """The mbox's messages, each with its separator line; a separator follows a blank line or starts the file."""
    starts = [m.start() for m in SEPARATOR.finditer(text) if m.start() == 0 or text[m.start() - 2:m.start()] == "\n\n"]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def header(msg, name):
    head = msg.split("\n\n", 1)[0]
    m = re.search(r"^%s: *(.*)$" % re.escape(name), head, re.M | re.I)
    return m.group(1).strip() if m else None


def set_header(msg, name, value):
    head, sep, body = msg.partition("\n\n")
    head, n = re.subn(r"^%s: *.*$" % re.escape(name), lambda _: "%s: %s" % (name, value), head, count=1, flags=re.M | re.I)
    if n == 0:
        head += "\n%s: %s" % (name, value)
    return head + sep + body


def repeat(msg, serial, parent_id, minutes):
    """A follow-up repeating msg: fresh Message-ID, a reply to parent_id, dated `minutes` later."""
    mid = header(msg, "Message-ID")
    if mid:
        msg = set_header(msg, "Message-ID", re.sub(r"<([^<>@\s]+)@", r"<\1.r%d@" % serial, mid, count=1))
    if parent_id:
        msg = set_header(msg, "In-Reply-To", parent_id)
    date = header(msg, "Date")
    if date:
        try:
            when = email.utils.parsedate_to_datetime(date)
            msg = set_header(msg, "Date", email.utils.format_datetime(when + datetime.timedelta(minutes=minutes)))
        except (TypeError, ValueError):
            pass  # an unreadable Date stays as it is: the reader falls back to the separator's date
    return msg


def pad(thread, per_thread):
    follow_ups = thread[1:] or thread[:1]
    out = list(thread)
    k = 0
    while len(out) < per_thread:
        src = follow_ups[k % len(follow_ups)]
        k += 1
        out.append(repeat(src, k, header(out[-1], "Message-ID"), minutes=k))
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--per-thread", type=int, default=0, help="pad every thread to at least N messages")
    p.add_argument("source")
    p.add_argument("threads", type=int)
    p.add_argument("out")
    a = p.parse_args()

    text = open(a.source, encoding="utf-8", errors="surrogateescape").read()
    threads = {}
    for msg in split_messages(text):
        threads.setdefault(header(msg, "X-GM-THRID"), []).append(msg)
    if a.per_thread:
        threads = {k: pad(v, a.per_thread) for k, v in threads.items()}
        block = "".join(m if m.endswith("\n\n") else m.rstrip("\n") + "\n\n" for v in threads.values() for m in v)
    else:
        block = text  # as before: the source as it is, in its own order
    per_copy = sum(len(v) for v in threads.values())
    copies = -(-a.threads // len(threads))
    with open(a.out, "w", encoding="utf-8", errors="surrogateescape") as f:
        for i in range(copies):
            f.write(re.sub(r"(X-GM-THRID: \d+)", r"\g<1>%d" % i,
                    re.sub(r"<([^<>@\s]+)@", r"<\1.%d@" % i, block)))
    print(f"{copies * len(threads)} threads, {copies * per_copy} messages written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
