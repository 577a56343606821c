#!/usr/bin/env python3
"""Writes server/src/test/resources/eval/eval.mbox: a hand-written evaluation mailbox.

The mail texts are written here by hand; this script only encodes them as a
Google Takeout export would (ids, threading headers, MIME, quoting). The labels
(eval-labels.json) are NOT computed by this script: they were worked out by
hand from shared/policy.md and are checked separately by check_eval.py.

Usage: python3 tools/evalset/make_eval.py [OUT.mbox]
"""
import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mboxlib import (ET, RNG, ZONES, b64, calendar, encode_part, enc_subject, fmt_addr,  # noqa: E402
                     gmail_attr, gmail_boundary, gmail_numeric_id, gt_quote, iphone_attr,
                     multipart, outlook_boundary, outlook_header_block, rand_alnum,
                     text_to_html_div, when)

ME = ("Morgan Blake", "morgan.blake@gmail.com")
MESSAGES = []
BY_THREAD = {}


class Msg:
    def __init__(self, key, t, frm, to, text, subject=None, fmt="plain", quote="gmail",
                 parent="prev", reply_to=None, cc=(), labels=None, extra=(), cal=None,
                 cal_mode=None, html_body=None, mid=None, subj_style="Q", charset="UTF-8",
                 zone="ET", received=True, outlook_uk=True):
        self.key, self.t, self.frm, self.to, self.text = key, when(t), frm, list(to), text
        self.fmt, self.quote, self.reply_to, self.cc = fmt, quote, reply_to, list(cc)
        self.extra, self.cal, self.cal_mode, self.html_body = list(extra), cal, cal_mode, html_body
        self.subj_style, self.charset, self.zone, self.received = subj_style, charset, zone, received
        self.outlook_uk = outlook_uk
        self.mine = frm[1] == ME[1]
        self.labels = labels or ("Sent" if self.mine else "Inbox,Important,Opened,Category Primary")
        thread = BY_THREAD.setdefault(key, [])
        if parent == "prev":
            self.parent = thread[-1] if thread else None
        else:
            self.parent = parent  # None or a Msg
        if subject is None:
            base = self.parent.subject if self.parent else None
            if base is None:
                raise ValueError("subject needed")
            if base.lower().startswith(("re:", "re :")):
                subject = base
            else:
                subject = ("RE: " if fmt.startswith("outlook") else "Re: ") + base
        self.subject = subject
        self.mid = self.make_mid(mid)
        self.gid = gmail_numeric_id(self.t)
        thread.append(self)
        MESSAGES.append(self)

    # ------------------------------------------------------------ ids
    def make_mid(self, style):
        dom = self.frm[1].split("@")[1]
        if style is None:
            style = "gmail" if self.mine else "domain"
        if style == "gmail":
            return "<CA%s@mail.gmail.com>" % rand_alnum(
                44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
        if style == "outlook-uk":
            box = "LO4P302MB%04d" % RNG.randint(1000, 9999)
            return "<%s%s@%s.GBRP302.PROD.OUTLOOK.COM>" % (box, rand_alnum(12, "0123456789ABCDEF"), box)
        if style == "outlook-us":
            box = "BN8PR12MB%04d" % RNG.randint(1000, 9999)
            return "<%s%s@%s.namprd12.prod.outlook.com>" % (box, rand_alnum(12, "0123456789ABCDEF"), box)
        if style == "iphone":
            h = rand_alnum(32, "0123456789ABCDEF")
            return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
        if style == "lever":
            return "<%s.%s@hire.lever.example>" % (rand_alnum(16, "0123456789abcdef"),
                                                   rand_alnum(8, "0123456789abcdef"))
        u = self.t.astimezone(dt.timezone.utc)
        return "<%s.%s@mail.%s>" % (u.strftime("%Y%m%d%H%M%S"), rand_alnum(12, "0123456789abcdef"), dom)

    # ------------------------------------------------------------ text
    def full_text(self):
        if hasattr(self, "_full"):
            return self._full
        text = self.text.rstrip("\n") + "\n"
        p = self.parent
        if p is not None and self.quote:
            zone = ZONES[self.zone]
            if self.quote == "gmail":
                text += "\n" + gmail_attr(p.t, p.frm[0], p.frm[1], zone) + "\n" + gt_quote(p.full_text()) + "\n"
            elif self.quote == "iphone":
                text += "\n" + iphone_attr(p.t, p.frm[0], p.frm[1], zone) + "\n\n" + gt_quote(p.full_text()) + "\n"
            elif self.quote == "outlook":
                text += "\n" + outlook_header_block(p, zone, self.outlook_uk) + "\n" + p.full_text()
            else:
                raise ValueError(self.quote)
        self._full = text
        return text

    def full_html(self):
        if hasattr(self, "_html"):
            return self._html
        if self.html_body is not None:
            self._html = self.html_body
            return self._html
        own = text_to_html_div(self.text.rstrip("\n"))
        p = self.parent
        if p is not None and self.quote in ("gmail", "iphone"):
            zone = ZONES[self.zone]
            attr = gmail_attr(p.t, p.frm[0], p.frm[1], zone) if self.quote == "gmail" else \
                iphone_attr(p.t, p.frm[0], p.frm[1], zone)
            own += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                    'solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                    % (html.escape(attr), p.full_html()))
        elif p is not None and self.quote == "outlook":
            blk = outlook_header_block(p, ZONES[self.zone], self.outlook_uk).split("\n")[1:5]
            rows = "<br>".join("<b>%s:</b> %s" % (html.escape(l.split(":", 1)[0]), html.escape(l.split(":", 1)[1].strip()))
                               for l in blk)
            own = ('<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">'
                   + "".join("<div>%s</div>" % (html.escape(l) or "<br>") for l in self.text.rstrip("\n").split("\n"))
                   + '</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                   '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + rows
                   + '</font><div>&nbsp;</div></div>' + p.full_html())
        self._html = own
        return own

    # ------------------------------------------------------------ mime
    def body_part(self):
        txt = self.full_text()
        fmt = self.fmt
        cs = self.charset
        if fmt == "plain":
            cte = "7bit" if all(ord(c) < 128 for c in txt) else "quoted-printable"
            return encode_part("text/plain", txt, cte, cs)
        if fmt == "plain-qp":
            return encode_part("text/plain", txt, "quoted-printable", cs)
        if fmt == "plain-b64":
            return encode_part("text/plain", txt, "base64", cs)
        if fmt == "plain-flowed":
            h, b = encode_part("text/plain", txt, "7bit", "us-ascii")
            h[0] = 'Content-Type: text/plain; charset=us-ascii; format=flowed; delsp=yes'
            return h, b
        if fmt == "html":
            return encode_part("text/html", self.full_html(), "quoted-printable", cs)
        if fmt in ("alt", "alt-qp", "alt-b64", "outlook"):
            cte_t = {"alt": None, "alt-qp": "quoted-printable", "alt-b64": "base64",
                     "outlook": "quoted-printable"}[fmt]
            if cte_t is None:
                cte_t = "7bit" if all(ord(c) < 128 for c in txt) else "quoted-printable"
            h_html = self.full_html()
            if fmt == "outlook":
                h_html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                          '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                          '</head>\n<body dir="ltr">\n' + h_html + '\n</body>\n</html>\n')
            cte_h = "quoted-printable" if fmt in ("alt-qp", "outlook") or any(ord(c) > 127 for c in h_html) else "7bit"
            if fmt == "alt-b64":
                cte_h = "base64"
            if cte_h == "7bit" and len(max(h_html.split("\n"), key=len)) > 900:
                cte_h = "quoted-printable"
            parts = [encode_part("text/plain", txt, cte_t, cs if fmt != "outlook" else "utf-8"),
                     encode_part("text/html", h_html, cte_h, cs if fmt != "outlook" else "utf-8")]
            if self.cal is not None and self.cal_mode in ("google", "outlook"):
                method = self.cal["method"]
                cal_text = calendar(**self.cal)
                if self.cal_mode == "google":
                    ch = ['Content-Type: text/calendar; charset="UTF-8"; method=%s' % method,
                          "Content-Transfer-Encoding: 7bit"]
                    parts.append((ch, cal_text.replace("\r\n", "\n")))
                else:
                    ch = ['Content-Type: text/calendar; charset="utf-8"; method=%s' % method,
                          "Content-Transfer-Encoding: base64"]
                    parts.append((ch, b64(cal_text)))
            bnd = outlook_boundary(rand_alnum(24, "0123456789ABCDEF")) if fmt == "outlook" else gmail_boundary()
            alt = multipart("alternative", bnd, parts)
            if self.cal is not None and self.cal_mode == "google":
                att = (['Content-Type: application/ics; name="invite.ics"',
                        'Content-Disposition: attachment; filename="invite.ics"',
                        "Content-Transfer-Encoding: base64"], b64(calendar(**self.cal)))
                return multipart("mixed", gmail_boundary(), [alt, att])
            return alt
        if fmt == "plain+ics":
            body = encode_part("text/plain", txt, "7bit" if all(ord(c) < 128 for c in txt) else "quoted-printable", cs)
            cal_text = calendar(**self.cal)
            att = (['Content-Type: text/calendar; charset="utf-8"; method=%s; name="invite.ics"' % self.cal["method"],
                    'Content-Disposition: attachment; filename="invite.ics"',
                    "Content-Transfer-Encoding: base64"], b64(cal_text))
            return multipart("mixed", "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999),
                                                              RNG.randint(100000000, 999999999),
                                                              int(self.t.timestamp() * 1000)), [body, att])
        raise ValueError(fmt)

    def render(self, thrid):
        u = self.t.astimezone(dt.timezone.utc)
        lines = ["From %d@xxx %s" % (self.gid, u.strftime("%a %b %d %H:%M:%S +0000 %Y")),
                 "X-GM-THRID: %d" % thrid,
                 "X-Gmail-Labels: " + self.labels]
        if not self.mine:
            dom = self.frm[1].split("@")[1]
            host = "mail." + dom if not dom.startswith("hire.") else "smtp-out-%d.%s" % (RNG.randint(10, 99), dom)
            ip = "192.0.2.%d" % RNG.randint(2, 250)
            lines += ["Delivered-To: " + ME[1],
                      "Received: from %s (%s. [%s])" % (host, host, ip),
                      "        by mx.google.com with ESMTPS id %s.%d" % (rand_alnum(10, "0123456789abcdef"), RNG.randint(10, 99)),
                      "        for <%s>; %s" % (ME[1], self.date_header())]
        lines += ["MIME-Version: 1.0", "Date: " + self.date_header(), "Message-ID: " + self.mid]
        if self.parent is not None:
            refs = self.parent.refs() + [self.parent.mid]
            lines.append("In-Reply-To: " + self.parent.mid)
            lines.append("References: " + "\n ".join(refs))
        lines.append("Subject: " + enc_subject(self.subject, self.subj_style))
        lines.append("From: " + fmt_addr(*self.frm))
        if self.reply_to:
            lines.append("Reply-To: " + fmt_addr(*self.reply_to))
        lines.append("To: " + ", ".join(fmt_addr(n, e) for n, e in self.to))
        if self.cc:
            lines.append("Cc: " + ", ".join(fmt_addr(n, e) for n, e in self.cc))
        lines += self.extra
        h, body = self.body_part()
        lines += h
        out = "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n\n"
        return out

    def refs(self):
        if self.parent is None:
            return []
        return self.parent.refs() + [self.parent.mid]

    def date_header(self):
        from email.utils import format_datetime
        return format_datetime(self.t)


def write(path):
    thrid = {}
    for key, msgs in BY_THREAD.items():
        thrid[key] = min(msgs, key=lambda m: m.t).gid
    out = []
    for m in sorted(MESSAGES, key=lambda m: m.t):
        out.append(m.render(thrid[m.key]))
    data = "".join(out)
    for i, line in enumerate(data.split("\n")):
        if line.startswith("From ") and not line.endswith(("+0000 2026",)):
            raise SystemExit("unescaped From_ line in a body: %r" % line)
    with open(path, "w", encoding="ascii") as f:
        f.write(data)
    return thrid


# =====================================================================
# The mailbox. Morgan Blake, product/UX designer in New York, job hunting.
# Times are given in the sender's own zone.
# =====================================================================
from threads import build  # noqa: E402

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", ".."))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "server/src/test/resources/eval/eval.mbox")
    build(Msg, ME)
    thrid = write(out)
    with open(os.path.join(here, "thread-ids.txt"), "w") as f:
        for key in sorted(thrid, key=lambda k: (k[0], int(k[1:]))):
            msgs = BY_THREAD[key]
            f.write("%s %d %s\n" % (key, thrid[key], msgs[0].subject))
    # The labels are hand-written in labels-by-key.json; only the thread keys are replaced by ids.
    import json
    from collections import OrderedDict
    by_key = json.load(open(os.path.join(here, "labels-by-key.json")), object_pairs_hook=OrderedDict)
    order = sorted(by_key, key=lambda k: ({"S": 0, "A": 1, "O": 2, "N": 3}[k[0]], int(k[1:])))
    labels = OrderedDict([("now", "2026-11-20T17:00:00Z"), ("zone", "America/New_York"),
                          ("me", ME[1]), ("threads", OrderedDict())])
    for k in order:
        labels["threads"][str(thrid[k])] = by_key[k]
    lab_path = os.path.join(os.path.dirname(out), "eval-labels.json")
    with open(lab_path, "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote", out, len(MESSAGES), "messages in", len(thrid), "threads;", lab_path)
