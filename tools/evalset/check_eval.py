#!/usr/bin/python3
"""Validates server/src/test/resources/eval/eval.mbox and eval-labels.json.

1. Python's `mailbox` parses every message; every message has X-GM-THRID and
   X-Gmail-Labels; no body line could be taken for a `From ` separator.
2. Every label's thread id is in the mbox and every thread is labelled.
3. Every MIME part decodes: base64 strictly, quoted-printable, charsets strictly,
   RFC 2047 headers; the email package reports no defects.
4. Every text/calendar or application/ics part is RFC 5545 valid (CRLF after
   transfer decoding, lines <= 75 octets, VERSION/PRODID/METHOD, UID/DTSTAMP/
   DTSTART per VEVENT, every TZID backed by a VTIMEZONE, DTSTAMP in UTC), parses
   with icalendar and vobject, and its start is printed in America/New_York.
5. An independent re-computation of policy.md from hand-entered facts (which
   interview times and which deadline phrases each thread holds, keyed by the
   message's local ET time) against the hand-written labels: it re-checks the
   business-day arithmetic and the message ordering read from the mbox.

Needs Debian's python3-icalendar, python3-vobject, python3-holidays.
Usage: /usr/bin/python3 tools/evalset/check_eval.py
"""
import base64
import binascii
import datetime as dt
import email
import json
import mailbox
import os
import re
import sys
from email import policy
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from zoneinfo import ZoneInfo

import holidays
import icalendar
import vobject

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
MBOX = os.path.join(ROOT, "server/src/test/resources/eval/eval.mbox")
LABELS = os.path.join(ROOT, "server/src/test/resources/eval/eval-labels.json")
ET = ZoneInfo("America/New_York")
ME = "morgan.blake@gmail.com"
NOW = dt.datetime(2026, 11, 20, 17, 0, tzinfo=dt.timezone.utc)
TODAY = NOW.astimezone(ET).date()
US = holidays.US(years=[2026, 2027])

problems = []


def bad(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


# ----------------------------------------------------------------- business days
def is_bd(d):
    return d.weekday() < 5 and d not in US


def bd(d, k):
    assert k >= 1
    while k:
        d += dt.timedelta(days=1)
        if is_bd(d):
            k -= 1
    return d


def resolve(phrase, d):
    """The deadline table of policy.md, against message date d."""
    monday = d - dt.timedelta(days=d.weekday())
    days = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4}
    p = phrase.lower()
    m = re.fullmatch(r"(by|on) (monday|tuesday|wednesday|thursday|friday)", p)
    if m:
        wd = days[m.group(2)]
        x = d + dt.timedelta(days=1)
        while x.weekday() != wd:
            x += dt.timedelta(days=1)
        return x
    if p == "next friday":
        return monday + dt.timedelta(days=7 + 4)
    m = re.fullmatch(r"by (\d+)/(\d+)", p)
    if m:
        return dt.date(d.year, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"by november (\d+)", p)
    if m:
        return dt.date(d.year, 11, int(m.group(1)))
    table = {"within a week": 7, "in two weeks": 14, "in a couple of days": 2, "in a few days": 3}
    if p in table:
        return d + dt.timedelta(days=table[p])
    if p == "within 3 business days":
        return bd(d, 3)
    if p == "end of the week":
        return monday + dt.timedelta(days=4)
    if p in ("end of next week", "next week"):
        return monday + dt.timedelta(days=11)
    if p == "early next week":
        return monday + dt.timedelta(days=8)
    if p == "end of the month":
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1)
    raise ValueError(phrase)


# ----------------------------------------------------------------- facts (hand-entered)
# Message keys are the Date header in America/New_York, "YYYY-MM-DD HH:MM".
# interviews: ET start times of every interview that took place or is to come
#   (a replaced or only-proposed slot is not listed).
# deadlines: their message -> the deadline phrase it states (table row wording).
# auto: automatic replies -> return date R (or None).
# outcome: their message -> "offer" | "reject"; withdraw: your withdrawal message.
FACTS = {
    "A1": dict(interviews=["2026-11-18 12:00"], deadlines={"2026-11-18 16:41": "early next week"}),
    "A2": dict(interviews=["2026-11-17 13:00"]),
    "A3": dict(interviews=["2026-11-09 15:00"], deadlines={"2026-11-10 11:20": "end of next week"}),
    "A4": dict(interviews=["2026-11-12 12:30"], deadlines={"2026-11-13 12:10": "within 3 business days"}),
    "A5": dict(interviews=["2026-11-16 12:00"], deadlines={"2026-11-17 09:05": "by November 20"}),
    "A6": dict(interviews=["2026-11-10 14:00"], deadlines={"2026-11-10 18:40": "by friday"}),
    "A7": dict(interviews=["2026-11-10 09:00"], deadlines={"2026-11-11 05:05": "within a week"},
               auto={"2026-11-19 09:11": "2026-11-30"}),
    "A8": dict(interviews=["2026-10-26 10:30"], deadlines={"2026-10-27 09:30": "in two weeks"},
               auto={"2026-11-19 10:16": "2026-12-01"}),
    "A9": dict(interviews=["2026-10-20 13:30"], deadlines={"2026-10-21 10:20": "end of the month"}),
    "A10": dict(interviews=["2026-11-05 10:00"], deadlines={"2026-11-05 13:30": "in a few days"}),
    "A11": dict(interviews=["2026-10-30 14:30"], deadlines={"2026-11-02 10:00": "in a couple of days",
                                                           "2026-11-05 16:10": "on thursday"}),
    "A12": dict(interviews=["2026-11-04 16:00"], deadlines={"2026-11-05 11:45": "next friday"}),
    "A13": dict(interviews=["2026-11-06 11:00"], deadlines={"2026-11-09 09:30": "end of the week",
                                                           "2026-11-16 12:05": "by 11/20"}),
    "A14": dict(interviews=["2026-11-13 15:30"], deadlines={"2026-11-17 10:00": "next week"}),
    "S1": dict(interviews=["2026-11-20 15:00"]),
    "S2": dict(interviews=["2026-11-12 16:30", "2026-11-30 10:30"]),
    "S3": dict(interviews=["2026-11-24 09:00"]),
    "O1": dict(interviews=["2026-11-13 10:00"], outcome={"2026-11-19 17:30": "offer"}),
    "O2": dict(interviews=["2026-11-09 11:00"], outcome={"2026-11-17 05:00": "reject"}),
    "O3": dict(interviews=["2026-10-29 13:00"], outcome={"2026-11-12 11:00": "reject"}),
    "O4": dict(interviews=["2026-11-04 11:00"], withdraw="2026-11-16 11:00"),
}


def et_key(t):
    return t.astimezone(ET).strftime("%Y-%m-%d %H:%M")


def parse_et(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


def plan(facts, msgs):
    """msgs: list of (t, mine, key) sorted by t. Returns the label fields policy.md gives."""
    keys = {k for _, _, k in msgs}
    for group in ("deadlines", "auto", "outcome"):
        for k in facts.get(group, {}):
            if k not in keys:
                bad("fact refers to no message: %s %s" % (group, k))
    if facts.get("withdraw") and facts["withdraw"] not in keys:
        bad("withdraw fact refers to no message")
    ivs = sorted(parse_et(s) for s in facts["interviews"])
    past = [x for x in ivs if x <= NOW]
    fut = [x for x in ivs if x > NOW]
    I = past[-1] if past else None
    nxt = fut[0] if fut else None
    auto = facts.get("auto", {})
    out = dict(interviewDate=I.date().isoformat() if I else None,
               nextInterviewDate=nxt.date().isoformat() if nxt else None, deadline=None)
    if facts.get("withdraw"):
        t = parse_et(facts["withdraw"])
        return dict(out, stage="WITHDRAWN", action="NONE", due=t.date().isoformat())
    outcomes = [(t, facts["outcome"][k]) for t, mine, k in msgs if k in facts.get("outcome", {})]
    if outcomes:
        t, kind = outcomes[-1]
        if kind == "offer":
            return dict(out, stage="OFFER", action="NONE", due=t.astimezone(ET).date().isoformat())
        answered = any(mine and tt > t for tt, mine, _ in msgs)
        return dict(out, stage="REJECTED", action="NONE" if answered else "REQUEST_FEEDBACK",
                    due=t.astimezone(ET).date().isoformat())
    if nxt:
        return dict(out, stage="SCHEDULED", action="NONE", due=nxt.date().isoformat())
    assert I is not None
    i = I.date()
    theirs_after = [t for t, mine, k in msgs if not mine and k not in auto and t > I]
    B = theirs_after[-1] if theirs_after else I
    dB = B.astimezone(ET).date()
    D = None
    stating = [(t, facts["deadlines"][k]) for t, mine, k in msgs
               if not mine and k in facts.get("deadlines", {})]
    if stating:
        t, phrase = stating[-1]
        cand = resolve(phrase, t.astimezone(ET).date())
        if cand >= dB:
            D = cand
    out["deadline"] = D.isoformat() if D else None
    cutoff = bd(i, 2)
    mine_after_I = [t for t, mine, _ in msgs if mine and t > I]
    counted = [t for t, mine, _ in msgs if mine and t > B and t.astimezone(ET).date() > cutoff]
    n = len(counted)
    if not mine_after_I and TODAY <= cutoff:
        action, due = "THANK_YOU", i
    elif n == 0:
        action, due = "CHECK_IN", bd(D, 1) if D else bd(dB, 5)
    else:
        last = counted[-1].astimezone(ET).date()
        action = {1: "FOLLOW_UP", 2: "FINAL_NOTE"}.get(n, "MOVE_ON")
        due = bd(last, 5)
    for k, R in auto.items():
        if R:
            floor = bd(dt.date.fromisoformat(R), 1)
            due = max(due, floor)
    return dict(out, stage="AWAITING", action=action, due=due.isoformat())


# ----------------------------------------------------------------- calendar check
def check_calendar(where, raw, crlf_required):
    text = raw.decode("utf-8")
    if crlf_required:
        if "\n" in text.replace("\r\n", ""):
            bad("%s: calendar has bare LF line endings" % where)
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    for ln in lines:
        if len(ln.encode("utf-8")) > 75:
            bad("%s: calendar line longer than 75 octets: %r" % (where, ln[:40]))
    unfolded = []
    for ln in lines:
        if ln.startswith((" ", "\t")):
            unfolded[-1] += ln[1:]
        else:
            unfolded.append(ln)
    if unfolded[0] != "BEGIN:VCALENDAR" or unfolded[-1] != "END:VCALENDAR":
        bad("%s: not a VCALENDAR" % where)
    names = [u.split(":", 1)[0].split(";", 1)[0] for u in unfolded]
    for req in ("VERSION", "PRODID"):
        if req not in names:
            bad("%s: VCALENDAR lacks %s" % (where, req))
    if "VERSION:2.0" not in unfolded:
        bad("%s: VERSION is not 2.0" % where)
    # component nesting
    stack = []
    for u in unfolded:
        if u.startswith("BEGIN:"):
            stack.append(u[6:])
        elif u.startswith("END:"):
            if not stack or stack.pop() != u[4:]:
                bad("%s: BEGIN/END mismatch at %s" % (where, u))
    if stack:
        bad("%s: unclosed %s" % (where, stack))
    tzids_defined = set(u[5:] for u in unfolded if u.startswith("TZID:"))
    tzids_used = set(re.findall(r";TZID=([^:;]+)[:;]", "\n".join(unfolded)))
    if tzids_used - tzids_defined:
        bad("%s: TZID without VTIMEZONE: %s" % (where, tzids_used - tzids_defined))
    cal = icalendar.Calendar.from_ical(text)
    method = str(cal.get("METHOD"))
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    if not events:
        bad("%s: no VEVENT" % where)
    for ev in events:
        for req in ("UID", "DTSTAMP", "DTSTART"):
            if req not in ev:
                bad("%s: VEVENT lacks %s" % (where, req))
        stamp = [u for u in unfolded if u.startswith("DTSTAMP")]
        if not all(s.endswith("Z") for s in stamp):
            bad("%s: DTSTAMP not in UTC" % where)
    for tz in (c for c in cal.walk() if c.name == "VTIMEZONE"):
        subs = [c for c in tz.subcomponents if c.name in ("STANDARD", "DAYLIGHT")]
        if not subs:
            bad("%s: VTIMEZONE without STANDARD/DAYLIGHT" % where)
        for s in subs:
            for req in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO"):
                if req not in s:
                    bad("%s: %s lacks %s" % (where, s.name, req))
    # vobject builds tzinfo objects from the VTIMEZONE blocks themselves
    vcal = vobject.readOne(text)
    starts = []
    for ev in vcal.vevent_list:
        st = ev.dtstart.value
        en = ev.dtend.value
        if en <= st:
            bad("%s: DTEND not after DTSTART" % where)
        starts.append((st.astimezone(ET), ev.uid.value, int(ev.sequence.value) if hasattr(ev, "sequence") else 0))
    return method, starts


# ----------------------------------------------------------------- main
def header_text(v):
    return str(make_header(decode_header(v))) if v else ""


def main():
    raw = open(MBOX, "rb").read()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        bad("mbox is not 7-bit clean")
    sep = re.compile(rb"^From \d+@xxx \w{3} \w{3} \d\d \d\d:\d\d:\d\d \+0000 \d{4}$")
    lines = raw.split(b"\n")
    for idx, ln in enumerate(lines):
        if ln.startswith(b"From "):
            if not sep.match(ln):
                bad("line %d starts with 'From ' but is no separator" % (idx + 1))
            elif idx > 0 and lines[idx - 1] != b"":
                bad("separator at line %d not preceded by a blank line" % (idx + 1))
    nsep = sum(1 for ln in lines if sep.match(ln))

    box = mailbox.mbox(MBOX)
    threads = {}
    count = 0
    cal_report = []
    for key in box.keys():
        m = box.get_message(key)
        count += 1
        data = box.get_bytes(key)
        msg = email.message_from_bytes(data, policy=policy.default)
        mid = msg["Message-ID"]
        thr = msg["X-GM-THRID"]
        if not thr or not msg["X-Gmail-Labels"]:
            bad("%s lacks X-GM-THRID or X-Gmail-Labels" % mid)
        if not m.get_from().split("@")[0].isdigit():
            bad("%s: odd From_ line %r" % (mid, m.get_from()))
        for h in ("Date", "From", "To", "Message-ID", "Subject"):
            if msg[h] is None:
                bad("%s lacks %s" % (mid, h))
        subject = header_text(data and email.message_from_bytes(data)["Subject"])
        t = parsedate_to_datetime(msg["Date"])
        frm = getaddresses([str(msg["From"])])[0]
        for part in msg.walk():
            if part.defects:
                bad("%s: defects %s in %s" % (mid, part.defects, part.get_content_type()))
            if part.is_multipart():
                continue
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            payload = part.get_payload(decode=False)
            if cte == "base64":
                try:
                    base64.b64decode("".join(payload.split()), validate=True)
                except binascii.Error as e:
                    bad("%s: base64 does not decode: %s" % (mid, e))
                if any(len(x) > 76 for x in payload.split("\n")):
                    bad("%s: base64 line over 76" % mid)
            elif cte == "quoted-printable":
                if any(len(x) > 76 for x in payload.split("\n")):
                    bad("%s: quoted-printable line over 76" % mid)
                if re.search(r"=(?![0-9A-F]{2}|\n|$)", payload):
                    bad("%s: bad quoted-printable escape" % mid)
            elif cte in ("7bit", "8bit"):
                if any(len(x) > 998 for x in payload.split("\n")):
                    bad("%s: line over 998 octets" % mid)
            body = part.get_payload(decode=True)
            ctype = part.get_content_type()
            if ctype.startswith("text/"):
                cs = part.get_content_charset() or "us-ascii"
                try:
                    body.decode(cs, errors="strict")
                except (UnicodeDecodeError, LookupError) as e:
                    bad("%s: %s part does not decode as %s: %s" % (mid, ctype, cs, e))
            if ctype in ("text/calendar", "application/ics"):
                method, starts = check_calendar("%s %s" % (mid, ctype), body, crlf_required=(cte == "base64"))
                ct_method = part.get_param("method")
                if ctype == "text/calendar" and (ct_method or "").upper() != method.upper():
                    bad("%s: Content-Type method=%s but METHOD:%s" % (mid, ct_method, method))
                for st, uid, seq in starts:
                    cal_report.append((thr, ctype, cte, method, st.isoformat(), seq))
        threads.setdefault(thr, []).append((t, frm[1].lower() == ME, et_key(t), subject, msg))
    if count != nsep:
        bad("mailbox parsed %d messages but file has %d separators" % (count, nsep))
    print("parsed %d messages in %d threads" % (count, len(threads)))

    labels = json.load(open(LABELS))
    if labels.get("me") != ME or labels.get("now") != "2026-11-20T17:00:00Z" or labels.get("zone") != "America/New_York":
        bad("labels header wrong")
    L = labels["threads"]
    for tid in L:
        if tid not in threads:
            bad("labelled thread %s is not in the mbox" % tid)
    for tid in threads:
        if tid not in L:
            bad("thread %s (%s) has no label" % (tid, threads[tid][0][3]))

    # map keys -> thread ids
    idmap = {}
    for line in open(os.path.join(HERE, "thread-ids.txt")):
        k, tid, _ = line.split(" ", 2)
        idmap[k] = tid
    print("\ncalendar parts (start in America/New_York):")
    keyof = {v: k for k, v in idmap.items()}
    for thr, ctype, cte, method, st, seq in cal_report:
        print("  %-4s %-16s %-7s %-8s %s seq=%d" % (keyof.get(thr), ctype, cte, method, st, seq))

    print("\nrecomputed from facts vs labels:")
    fields = ("stage", "interviewDate", "nextInterviewDate", "deadline", "action", "due")
    for k, facts in FACTS.items():
        tid = idmap[k]
        msgs = sorted((t, mine, key) for t, mine, key, _, _ in threads[tid])
        got = plan(facts, msgs)
        lab = L[tid]
        diff = [f for f in fields if got[f] != lab.get(f)]
        if not lab.get("interview"):
            diff.append("interview flag")
        status = "ok " if not diff else "DIFF " + ",".join(diff)
        print("  %-4s %-10s %-17s %-11s %s" % (k, got["stage"], got["action"], got["due"], status))
        if diff:
            bad("%s: computed %s, labelled %s" % (k, {f: got[f] for f in fields}, {f: lab.get(f) for f in fields}))
        # the contact's first name must appear in the employer's last non-automatic message
        last = [msg for t, mine, key, _, msg in sorted(threads[tid], key=lambda x: x[0])
                if not mine and key not in facts.get("auto", {})][-1]
        blob = str(last["From"]) + "\n" + (last.get_body(("plain", "html")).get_content())
        if lab["contactFirstName"] not in blob:
            bad("%s: contact %s not in the last employer message" % (k, lab["contactFirstName"]))
    for k, tid in idmap.items():
        if k.startswith("N") and L[tid].get("interview") is not False:
            bad("%s should be interview:false" % k)
        if not k.startswith("N") and k not in FACTS:
            bad("%s has no facts" % k)
    print("\n%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
