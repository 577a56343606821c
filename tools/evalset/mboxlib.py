"""Small helpers that write Google-Takeout-style mbox messages by hand.

Used by make_eval.py only. Everything is deterministic (seeded random), so
re-running the generator reproduces the same bytes.
"""
import base64
import datetime as dt
import hashlib
import html
import quopri
import random
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

ZONES = {
    "ET": ZoneInfo("America/New_York"),
    "CT": ZoneInfo("America/Chicago"),
    "MT": ZoneInfo("America/Denver"),
    "PT": ZoneInfo("America/Los_Angeles"),
    "UK": ZoneInfo("Europe/London"),
    "UTC": dt.timezone.utc,
}
ET = ZONES["ET"]

RNG = random.Random(20261120)


def when(s):
    """'2026-11-18 13:40 PT' -> aware datetime."""
    date, time, zone = s.split()
    d = dt.datetime.strptime(date + " " + time, "%Y-%m-%d %H:%M")
    sec = RNG.randint(0, 59)
    return d.replace(second=sec, tzinfo=ZONES[zone])


def rand_alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def gmail_numeric_id(t):
    ms = int(t.timestamp() * 1000)
    return (ms << 20) | RNG.getrandbits(20)


def fmt_addr(name, email):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@:;"[]'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        enc = Header(name, "utf-8").encode()
        return "%s <%s>" % (enc, email)


def enc_subject(s, style="Q"):
    """RFC 2047: keep an ASCII reply prefix readable, encode the rest in words of <= 75 chars."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    import re
    m = re.match(r"^((?:(?:Re|RE|Fwd|Automatic reply|Out of Office): )*)(.*)$", s)
    prefix, rest = m.group(1), m.group(2)
    words = []
    cur = []
    cs = "UTF-8" if style == "Q" else "utf-8"
    head, tail = "=?%s?%s?" % (cs, style), "?="

    def render(chars):
        raw = "".join(chars).encode("utf-8")
        if style == "B":
            return head + base64.b64encode(raw).decode() + tail
        out = []
        for b in raw:
            c = chr(b)
            if b == 0x20:
                out.append("_")
            elif b < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % b)
        return head + "".join(out) + tail

    for ch in rest:
        if cur and len(render(cur + [ch])) > 75:
            words.append(render(cur))
            cur = []
        cur.append(ch)
    if cur:
        words.append(render(cur))
    return prefix + "\n ".join(words)


def qp(text, charset="utf-8"):
    data = text.encode(charset)
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def encode_part(ctype, text, cte, charset="UTF-8", extra_params="", extra_headers=()):
    """Return lines (list of str) of one leaf MIME part: headers + blank + body."""
    hdr = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, extra_params)]
    hdr += list(extra_headers)
    if cte == "7bit":
        body = text
        if any(ord(c) > 127 for c in text):
            raise ValueError("non-ascii text in 7bit part: " + text[:60])
    elif cte == "8bit":
        hdr.append("Content-Transfer-Encoding: 8bit")
        body = text
    elif cte == "quoted-printable":
        hdr.append("Content-Transfer-Encoding: quoted-printable")
        body = qp(text, charset.lower())
    elif cte == "base64":
        hdr.append("Content-Transfer-Encoding: base64")
        body = b64(text.encode(charset.lower()))
    else:
        raise ValueError(cte)
    if cte == "7bit" and ctype == "text/calendar":
        hdr.append("Content-Transfer-Encoding: 7bit")
    return hdr, body


def multipart(subtype, boundary, parts):
    """parts: list of (hdr_lines, body) ; returns (hdr_lines, body)."""
    hdr = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)]
    chunks = []
    for h, b in parts:
        chunks.append("--" + boundary + "\n" + "\n".join(h) + "\n\n" + b.rstrip("\n") + "\n")
    body = "\n".join(chunks) + "\n--" + boundary + "--\n"
    return hdr, body


def gmail_boundary():
    return "0000000000" + "".join(RNG.choice("0123456789abcdef") for _ in range(18))


def outlook_boundary(tag):
    return "_000_%s_" % tag


# ---------------------------------------------------------------- quoting

def gmail_attr(t, name, email, zone):
    lt = t.astimezone(zone)
    hour = lt.strftime("%I").lstrip("0")
    return "On %s, %s %d, %d at %s:%s %s %s <%s> wrote:" % (
        lt.strftime("%a"), lt.strftime("%b"), lt.day, lt.year, hour, lt.strftime("%M"),
        lt.strftime("%p"), name, email)


def iphone_attr(t, name, email, zone):
    lt = t.astimezone(zone)
    hour = lt.strftime("%I").lstrip("0")
    return "On %s %d, %d, at %s:%s %s, %s <%s> wrote:" % (
        lt.strftime("%b"), lt.day, lt.year, hour, lt.strftime("%M"), lt.strftime("%p"), name, email)


def gt_quote(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append("> " + line)
    return "\n".join(out)


def outlook_header_block(prev, zone, uk):
    lt = prev.t.astimezone(zone)
    if uk:
        sent = "%d %s %d %s" % (lt.day, lt.strftime("%B"), lt.year, lt.strftime("%H:%M"))
    else:
        hour = lt.strftime("%I").lstrip("0")
        sent = "%s, %s %d, %d %s:%s %s" % (lt.strftime("%A"), lt.strftime("%B"), lt.day, lt.year,
                                            hour, lt.strftime("%M"), lt.strftime("%p"))
    to = "; ".join("%s <%s>" % (n, e) if n else e for n, e in prev.to)
    return ("________________________________\n"
            "From: %s <%s>\n"
            "Sent: %s\n"
            "To: %s\n"
            "Subject: %s\n" % (prev.frm[0], prev.frm[1], sent, to, prev.subject))


def text_to_html_div(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (html.escape(line) if line else "<br>"))
    return '<div dir="ltr">' + "".join(out) + "</div>"


# ---------------------------------------------------------------- calendar

VTZ = {
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Denver": [
        "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    # Outlook writes Windows zone names and a 1601 epoch.
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def ical_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    data = line.encode("utf-8")
    if len(data) <= 75:
        return [line]
    out = []
    first = True
    while data:
        limit = 75 if first else 74
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            cut -= 1
        chunk = data[:cut].decode("utf-8")
        out.append(chunk if first else " " + chunk)
        data = data[cut:]
        first = False
    return out


def calendar(method, prodid, tzid, start, end, uid, dtstamp, organizer, attendees, summary,
             description, location, sequence=0, outlook=False, status="CONFIRMED"):
    """start/end: naive local datetimes in tzid. Returns CRLF text."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + method]
    if outlook:
        L = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:" + prodid, "VERSION:2.0"]
    L += VTZ[tzid]
    L += ["BEGIN:VEVENT"]
    if outlook:
        L += ["ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
        for n, e in attendees:
            L += ["ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, e)]
        L += ["DESCRIPTION;LANGUAGE=en-US:" + ical_text(description),
              "UID:" + uid,
              "SUMMARY;LANGUAGE=en-US:" + ical_text(summary),
              "DTSTART;TZID=%s:%s" % (tzid, start.strftime("%Y%m%dT%H%M%S")),
              "DTEND;TZID=%s:%s" % (tzid, end.strftime("%Y%m%dT%H%M%S")),
              "CLASS:PUBLIC", "PRIORITY:5",
              "DTSTAMP:" + dtstamp.strftime("%Y%m%dT%H%M%SZ"),
              "TRANSP:OPAQUE", "STATUS:" + status, "SEQUENCE:%d" % sequence,
              "LOCATION;LANGUAGE=en-US:" + ical_text(location),
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % sequence,
              "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % RNG.randint(100000000, 999999999),
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-LOCATIONS:[]",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    else:
        L += ["DTSTART;TZID=%s:%s" % (tzid, start.strftime("%Y%m%dT%H%M%S")),
              "DTEND;TZID=%s:%s" % (tzid, end.strftime("%Y%m%dT%H%M%S")),
              "DTSTAMP:" + dtstamp.strftime("%Y%m%dT%H%M%SZ"),
              "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
              "UID:" + uid]
        for n, e in attendees:
            L += ["ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
                  ";CN=%s;X-NUM-GUESTS=0:mailto:%s" % (n, e)]
        if "Google" in prodid:
            L += ["X-GOOGLE-CONFERENCE:https://meet.example/" + uid.split("@")[0][:12]]
        L += ["CREATED:" + dtstamp.strftime("%Y%m%dT%H%M%SZ"),
              "DESCRIPTION:" + ical_text(description),
              "LAST-MODIFIED:" + dtstamp.strftime("%Y%m%dT%H%M%SZ"),
              "LOCATION:" + ical_text(location),
              "SEQUENCE:%d" % sequence, "STATUS:" + status,
              "SUMMARY:" + ical_text(summary), "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in L:
        out += fold(line)
    return "\r\n".join(out) + "\r\n"
