"""The hand-written threads of the evaluation mailbox (see make_eval.py).

Keys: A* = interview threads awaiting an answer, S* = an interview still ahead,
O* = an outcome (offer, rejection, withdrawal), N* = not an interview thread.
Every time is in the sender's zone (ET, CT, MT, PT, UK, UTC).
"""
import datetime as dt

D = dt.datetime


def build(Msg, ME):
    # ------------------------------------------------------------------ A1
    # Kestrel & Vine: interview known only after the fact ("earlier today").
    P = ("Priya Natarajan", "priya@kestrelvine.example")
    Msg("A1", "2026-11-12 10:05 ET", ME, [P], subject="Senior Product Designer role \u2014 intro via Owen Park",
        fmt="alt", quote=None, text="""Hi Priya,

Owen Park mentioned that you're hiring a Senior Product Designer for the checkout team at Kestrel & Vine, and he suggested I reach out directly.

I've spent the last four years designing subscription and checkout flows at Forkful, most recently leading the redesign that cut cart abandonment by 18%. My portfolio is at morganblake-design.example; the "pantry swap" case study is probably the most relevant.

Would you be open to a conversation?

Best,
Morgan Blake
""")
    Msg("A1", "2026-11-13 08:47 PT", P, [ME], fmt="alt-qp", zone="PT", text="""Hi Morgan!

Owen speaks very highly of you, and I just spent a happy twenty minutes in your portfolio. The pantry swap work is lovely.

Yes, let\u2019s talk. Things are a bit of a circus here with our offsite, so rather than wrestle with calendars, let me call you when I find a gap. What\u2019s the best number to reach you?

Priya
""")
    Msg("A1", "2026-11-13 12:31 ET", ME, [P], text="""Hi Priya,

Thank you, that's very kind! The best number is (917) 555-0148, and I'm flexible most days.

Best,
Morgan
""")
    Msg("A1", "2026-11-18 13:41 PT", P, [ME], fmt="alt", zone="PT", text="""Morgan,

Great chatting with you earlier today! You asked all the right questions about our checkout metrics, and I loved hearing how you ran the pantry swap experiments.

I'm writing up my notes for the hiring panel now, and we'll circle back early next week on next steps.

Have a lovely rest of your week,
Priya

--
Priya Natarajan
Head of Design, Kestrel & Vine
Portland, OR
""")

    # ------------------------------------------------------------------ A2
    # Basalt Ridge Outfitters: time only in an attached text/calendar (America/Denver);
    # interview 3 business days ago, nothing sent since.
    K = ("Kayla Brennan", "kayla.brennan@basaltridge.example")
    MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@basaltridge.example")
    a2 = Msg("A2", "2026-11-09 09:12 MT", K, [ME], subject="Basalt Ridge Outfitters - interview for Lead UX Designer, E-commerce",
             quote=None, text="""Hi Morgan,

Thanks for applying for our Lead UX Designer, E-commerce role! Marcus Oyelaran, our Director of Digital, would like to meet you for an hour over video.

Our scheduling tool will email you a calendar invitation in a few minutes with the date, time and video link. If the time doesn't work, just reply and I'll find another.

Kayla

Kayla Brennan
Talent Acquisition Partner | Basalt Ridge Outfitters
1550 Wynkoop St, Denver, CO
""")
    Msg("A2", "2026-11-09 09:20 MT", K, [ME], parent=None, quote=None, fmt="plain+ics",
        subject="Interview confirmed: Morgan Blake / Lead UX Designer, E-commerce",
        text="""Hi Morgan,

Your interview with Basalt Ridge Outfitters has been scheduled. The attached invitation has the time (it will show in your calendar's time zone) and the video link.

Interviewer: Marcus Oyelaran (Director of Digital)
Format: video call, 60 minutes

Need to make a change? Reply to this email and Kayla will help.

Sent on behalf of Kayla Brennan, Basalt Ridge Outfitters
""", cal=dict(method="REQUEST", prodid="-//Basalt Ridge Outfitters//Interview Scheduler 3.2//EN",
              tzid="America/Denver", start=D(2026, 11, 17, 11, 0), end=D(2026, 11, 17, 12, 0),
              uid="brx-int-5f2c91a7@basaltridge.example", dtstamp=D(2026, 11, 9, 16, 20, 0),
              organizer=K, attendees=[ME, MARCUS],
              summary="Interview: Morgan Blake / Lead UX Designer, E-commerce",
              description="Video interview with Marcus Oyelaran, Director of Digital.\nJoin: https://meet.basaltridge.example/ux-lead-mblake",
              location="https://meet.basaltridge.example/ux-lead-mblake"))
    Msg("A2", "2026-11-09 13:02 ET", ME, [K], parent=a2, text="""Hi Kayla,

Thank you! The invitation came through and I've accepted it. I'm looking forward to meeting Marcus.

Best,
Morgan
""")

    # ------------------------------------------------------------------ A3
    # Tessellate Robotics via Lever: ISO-ish time; thank-you sent 2 business days after
    # (across Veterans Day); "by the end of next week".
    LEVER = ("Dana Whitfield via Lever", "no-reply@hire.lever.example")
    DANA = ("Dana Whitfield", "dana.whitfield@tessellate.example")
    a3_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>Hi Morgan,</p>
<p>Your interview for <strong>Product Designer, Fleet Operations</strong> at Tessellate Robotics is confirmed.</p>
<table cellpadding="4" style="border:1px solid #dddddd">
<tr><td><b>When</b></td><td>2026-11-09 15:00 ET (45 min)</td></tr>
<tr><td><b>Where</b></td><td>Zoom: https://zoom.example/j/84120033917</td></tr>
<tr><td><b>With</b></td><td>Dana Whitfield (Recruiting), Felix Amundsen (Design Lead)</td></tr>
</table>
<p>Need to reschedule? Just reply to this email. We&#39;ll be in touch after the conversation.</p>
<p>Dana Whitfield<br>Technical Recruiter, Tessellate Robotics</p>
<p style="font-size:11px;color:#888888">Sent via Lever &middot; Tessellate Robotics, 2100 Smallman St, Pittsburgh, PA</p>
</td></tr></table></body></html>
"""
    Msg("A3", "2026-11-03 15:04 UTC", LEVER, [ME], reply_to=DANA, fmt="html", quote=None, mid="lever",
        subject="Interview confirmed: Product Designer, Fleet Operations at Tessellate Robotics",
        html_body=a3_html, text="""Hi Morgan,

Your interview for Product Designer, Fleet Operations at Tessellate Robotics is confirmed.

When: 2026-11-09 15:00 ET (45 min)
Where: Zoom: https://zoom.example/j/84120033917
With: Dana Whitfield (Recruiting), Felix Amundsen (Design Lead)

Need to reschedule? Just reply to this email. We'll be in touch after the conversation.

Dana Whitfield
Technical Recruiter, Tessellate Robotics

Sent via Lever \u00b7 Tessellate Robotics, 2100 Smallman St, Pittsburgh, PA
""")
    Msg("A3", "2026-11-03 11:30 ET", ME, [DANA], text="""Hi Dana,

Thanks, confirmed for Monday the 9th. Looking forward to meeting you and Felix.

Best,
Morgan
""")
    a3_html2 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222222">
<p>Hi Morgan,</p>
<p>Thanks for making time yesterday &mdash; Felix really enjoyed walking through the dispatch console with you.</p>
<p>We&rsquo;re wrapping up first-round interviews and plan to share feedback with everyone by the end of next week.</p>
<p>Dana</p>
<p>Dana Whitfield<br>Technical Recruiter, Tessellate Robotics</p>
<p style="font-size:11px;color:#888888">Sent via Lever &middot; Tessellate Robotics, 2100 Smallman St, Pittsburgh, PA</p>
</body></html>
"""
    Msg("A3", "2026-11-10 16:20 UTC", LEVER, [ME], reply_to=DANA, fmt="html", quote=None, mid="lever",
        html_body=a3_html2, text="""Hi Morgan,

Thanks for making time yesterday \u2014 Felix really enjoyed walking through the dispatch console with you.

We\u2019re wrapping up first-round interviews and plan to share feedback with everyone by the end of next week.

Dana

Dana Whitfield
Technical Recruiter, Tessellate Robotics

Sent via Lever \u00b7 Tessellate Robotics, 2100 Smallman St, Pittsburgh, PA
""")
    Msg("A3", "2026-11-12 09:45 ET", ME, [DANA], text="""Hi Dana,

Apologies for the slow note, and thank you and Felix for Monday's conversation. I especially enjoyed digging into how dispatchers triage robot faults, and I'd love to help make that console calmer to use.

Best regards,
Morgan
""")

    # ------------------------------------------------------------------ A4
    # Cedar Loop Software: "Nov. 12th, 9:30am PT"; "within 3 business days".
    R = ("Rachel Okonjo", "rokonjo@cedarloop.example")
    Msg("A4", "2026-11-05 14:10 PT", R, [ME], subject="Cedar Loop Software - UX Research Manager - panel interview",
        fmt="alt", quote=None, zone="PT", text="""Hello Morgan,

Thank you for your interest in the UX Research Manager position at Cedar Loop Software. The hiring team would like to invite you to a virtual panel interview on Nov. 12th, 9:30am PT. The panel will run about two hours and include Hanna Berg (Director of Research) and Theo Marsh (Principal Product Manager).

Please let me know whether this time works for you.

Best regards,
Rachel Okonjo
Senior Recruiter | Cedar Loop Software
Seattle, WA
""")
    Msg("A4", "2026-11-05 18:22 ET", ME, [R], text="""Hello Rachel,

Thank you for the invitation. I'm happy to confirm Thursday, November 12 at 9:30am Pacific, and I look forward to meeting Hanna and Theo.

Kind regards,
Morgan Blake
""")
    Msg("A4", "2026-11-13 09:10 PT", R, [ME], fmt="alt", zone="PT", text="""Hello Morgan,

Thank you for meeting with the panel yesterday. The team will compare notes, and you'll hear from us within 3 business days.

Best regards,
Rachel
""")
    Msg("A4", "2026-11-13 15:05 ET", ME, [R], fmt="alt", text="""Hello Rachel,

Thank you for organizing yesterday's panel, and please pass my thanks to Hanna and Theo. I especially enjoyed our discussion about building a research practice alongside the support team.

Kind regards,
Morgan
""")

    # ------------------------------------------------------------------ A5
    # Halvorsen: display name is the talent team, signed by Bethany; "Monday the 16th at noon";
    # "by November 20".
    H = ("Halvorsen Talent Acquisition", "careers@halvorsen.example")
    CURTIS = ("Curtis Mbeki", "curtis.mbeki@halvorsen.example")
    Msg("A5", "2026-11-11 10:30 ET", H, [ME], subject="Your application: Design Systems Lead at Halvorsen Insurance Group",
        fmt="alt-b64", quote=None, text="""Hi Morgan,

Thanks so much for your interest in the Design Systems Lead role at Halvorsen Insurance Group! Our VP of Experience Design, Curtis Mbeki, would love to meet you over Microsoft Teams.

Would Monday the 16th at noon (Eastern) work for you? The conversation will last about 45 minutes.

Warmly,
Bethany Cole
Talent Acquisition Coordinator | Halvorsen Insurance Group
Hartford, CT
""")
    Msg("A5", "2026-11-11 12:15 ET", ME, [H], text="""Hi Bethany,

Monday the 16th at noon works well for me. Thank you!

Best,
Morgan
""")
    Msg("A5", "2026-11-16 16:30 ET", ME, [H], cc=[CURTIS], text="""Hi Bethany,

Thank you for arranging today's conversation with Curtis. I enjoyed hearing how the team wants to bring the agent portal and the policyholder app onto one component library, and I'd be glad to help make that happen.

Best regards,
Morgan
""")
    Msg("A5", "2026-11-17 09:05 ET", H, [ME], fmt="alt-b64", text="""Hi Morgan,

Thanks for your lovely note. Curtis really enjoyed your conversation! He's meeting a couple more candidates this week, and we expect to have a decision for you by November 20.

Warmly,
Bethany

Bethany Cole
Talent Acquisition Coordinator | Halvorsen Insurance Group
""")

    # ------------------------------------------------------------------ A6
    # Loomwork: "Tuesday 11/10 @ 2pm"; "by friday" stated before their latest reply.
    E = ("Eli Navarro", "eli@loomwork.example")
    iph = ["X-Mailer: iPhone Mail (22B91)"]
    Msg("A6", "2026-11-06 21:48 ET", E, [ME], subject="Loomwork / founding designer", quote=None, mid="iphone",
        charset="us-ascii", extra=iph, text="""Morgan - saw your portfolio on Read.cv, love the pantry swap stuff. We're hiring our first designer. Can you do Tuesday 11/10 @ 2pm? Zoom, 45 min.

-Eli

Eli Navarro | CEO, Loomwork | Brooklyn, NY

Sent from my iPhone
""")
    Msg("A6", "2026-11-07 10:02 ET", ME, [E], text="""Hi Eli,

Thanks for reaching out! Tuesday at 2pm works for me. I'll look out for the Zoom link.

Morgan
""")
    Msg("A6", "2026-11-10 17:15 ET", ME, [E], text="""Hi Eli,

Thanks for the conversation today. It was exciting to hear how Loomwork wants to make pattern-making feel as easy as sketching, and I'd love to help shape that from day one.

Best,
Morgan
""")
    Msg("A6", "2026-11-10 18:40 ET", E, [ME], quote="iphone", mid="iphone", charset="us-ascii", extra=iph,
        text="""thx Morgan. team will decide by friday.
-E

Sent from my iPhone
""")
    Msg("A6", "2026-11-16 10:20 ET", ME, [E], text="""Hi Eli,

I hope you had a good weekend. I wanted to check in on the founding designer role, and I'm happy to share anything else that would help the team decide.

Best,
Morgan
""")
    Msg("A6", "2026-11-17 19:55 ET", E, [ME], quote="iphone", mid="iphone", charset="us-ascii", extra=iph,
        text="""hey Morgan - sorry, still waiting on feedback from one of our advisors. hang tight!
-E

Sent from my iPhone
""")

    # ------------------------------------------------------------------ A7
    # Fairhaven Digital (London, Outlook): "10 November at 14:00 GMT"; "within a week";
    # check-in answered by an Auto-Submitted out-of-office reply.
    HO = ("Harriet Osei", "harriet.osei@fairhavendigital.example")
    Msg("A7", "2026-11-02 11:15 UK", HO, [ME], subject="Senior UX Designer \u2013 interview invitation \u2013 Fairhaven Digital",
        subj_style="B", fmt="outlook", quote=None, mid="outlook-uk", zone="UK", text="""Dear Morgan,

Thank you for your application for the Senior UX Designer role (remote, working US Eastern hours). I am delighted to invite you to a first-stage interview via Microsoft Teams on 10 November at 14:00 GMT with myself and Oliver Grant, our Head of Product Design.

Please do let me know if this time suits.

Kind regards,

Harriet Osei
Talent Partner | Fairhaven Digital
40 Clerkenwell Road, London EC1M 5PS
""")
    Msg("A7", "2026-11-02 09:40 ET", ME, [HO], text="""Dear Harriet,

Thank you for the invitation. That time suits me well, and I look forward to speaking with you and Oliver.

Kind regards,
Morgan Blake
""")
    Msg("A7", "2026-11-10 11:30 ET", ME, [HO], text="""Dear Harriet,

Thank you and Oliver for this morning's conversation. I particularly enjoyed hearing about the accessibility audit of the banking app, and it confirmed how much I'd like to join the team.

Kind regards,
Morgan
""")
    Msg("A7", "2026-11-11 10:05 UK", HO, [ME], subj_style="B", fmt="outlook", quote="outlook", mid="outlook-uk", zone="UK",
        text="""Dear Morgan,

Thank you for your kind note; it was a pleasure to speak with you. We are seeing the final candidates this week and aim to let everyone know the outcome within a week.

Kind regards,

Harriet
""")
    a7c = Msg("A7", "2026-11-19 09:10 ET", ME, [HO], text="""Dear Harriet,

I hope you are well. I wanted to check in on the Senior UX Designer role. I remain very enthusiastic about the opportunity and would be grateful for any update.

Kind regards,
Morgan
""")
    Msg("A7", "2026-11-19 14:11 UK", HO, [ME], quote=None, mid="outlook-uk", subj_style="B",
        subject="Automatic reply: " + a7c.subject, labels="Inbox,Opened,Category Primary",
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
               "X-MS-Exchange-Inbox-Rules-Loop: harriet.osei@fairhavendigital.example"],
        text="""Thank you for your email. I am currently out of the office with limited access to email and will return on Monday 30 November.

For anything urgent, please contact talent@fairhavendigital.example and a member of the team will help.

Harriet Osei
Talent Partner | Fairhaven Digital
""")

    # ------------------------------------------------------------------ A8
    # Palisade Learning: three slots, Morgan takes the second; "in two weeks";
    # check-in + follow-up; out-of-office by wording only (no header).
    N = ("Nadia Rahimi", "nadia.rahimi@palisadelearning.example")
    Msg("A8", "2026-10-20 13:00 ET", N, [ME], subject="Product Design Manager at Palisade Learning", fmt="alt",
        quote=None, text="""Hi Morgan,

Thank you for applying for the Product Design Manager role at Palisade Learning. I'd like to set up a 60-minute conversation with you. Would any of these times work?

- Friday, October 23 at 1:00 PM ET
- Monday, October 26 at 10:30 AM ET
- Tuesday, October 27 at 3:00 PM ET

Best,
Nadia Rahimi
Director of Product Design, Palisade Learning
""")
    Msg("A8", "2026-10-20 15:45 ET", ME, [N], fmt="alt", text="""Hi Nadia,

Thank you so much! Monday at 10:30 works best for me.

Best,
Morgan
""")
    Msg("A8", "2026-10-20 16:02 ET", N, [ME], fmt="alt", text="""Perfect, Monday it is. Here's the video link: https://meet.palisadelearning.example/nadia-rahimi

Nadia
""")
    Msg("A8", "2026-10-26 14:20 ET", ME, [N], fmt="alt", text="""Hi Nadia,

Thank you for this morning's conversation. I loved hearing how your team tests new lesson formats with teachers, and I came away even more excited about the role.

Best,
Morgan
""")
    Msg("A8", "2026-10-27 09:30 ET", N, [ME], fmt="alt", text="""Thanks, Morgan, I enjoyed it too. We have a few more conversations to hold, and I expect to have an update for you in two weeks.

Nadia
""")
    Msg("A8", "2026-11-12 10:00 ET", ME, [N], fmt="alt", text="""Hi Nadia,

I hope your week is going well. I wanted to check in on the Product Design Manager role, and I'm still very interested.

Best,
Morgan
""")
    a8f = Msg("A8", "2026-11-19 10:15 ET", ME, [N], fmt="alt", text="""Hi Nadia,

Following up on my note from last week about the Product Design Manager position. I'd be glad to share anything else that would be helpful.

Best,
Morgan
""")
    Msg("A8", "2026-11-19 10:16 ET", N, [ME], quote=None, fmt="plain-qp", subject="Out of Office: " + a8f.subject,
        labels="Inbox,Opened,Category Primary", text="""Hello,

Thank you for your message. I'm away on leave and will be back in the office on Tuesday, December 1. I'll reply as soon as I can after I return.

For anything urgent about Product Design, please contact Tomasz W\u00f3jcik (tomasz.wojcik@palisadelearning.example).

Best,
Nadia
""")

    # ------------------------------------------------------------------ A9
    # Riverbend Health System: "by the end of the month"; three unanswered messages.
    LF = ("Lorraine Fitch", "lfitch@riverbendhealth.example")
    Msg("A9", "2026-10-14 11:00 ET", LF, [ME], subject="Interview Invitation - UX Designer, Patient Portal", fmt="plain-qp",
        charset="iso-8859-1", quote=None, text="""Dear Morgan,

Thank you for your interest in the UX Designer, Patient Portal position at Riverbend Health System. We would like to invite you to interview with the Digital Experience team on Tuesday, October 20, 2026 at 1:30 p.m. Eastern Time via Webex.

Please reply to confirm your availability.

Sincerely,

Lorraine Fitch
Talent Acquisition Specialist
Riverbend Health System \u00b7 Albany, NY
""")
    Msg("A9", "2026-10-14 12:10 ET", ME, [LF], text="""Dear Lorraine,

Thank you for the invitation. I'm pleased to confirm Tuesday, October 20 at 1:30 p.m.

Sincerely,
Morgan Blake
""")
    Msg("A9", "2026-10-20 16:45 ET", ME, [LF], text="""Dear Lorraine,

Thank you for arranging today's interview. I appreciated the team's candor about the portal's accessibility challenges, and I'd welcome the chance to help address them.

Sincerely,
Morgan Blake
""")
    Msg("A9", "2026-10-21 10:20 ET", LF, [ME], fmt="plain-qp", charset="iso-8859-1", quote="outlook", outlook_uk=False,
        mid="outlook-us", text="""Dear Morgan,

Thank you for your note. The team will complete interviews this week, and we anticipate reaching a decision by the end of the month.

Sincerely,

Lorraine Fitch
Talent Acquisition Specialist
Riverbend Health System \u00b7 Albany, NY
""")
    Msg("A9", "2026-11-02 09:30 ET", ME, [LF], text="""Dear Lorraine,

I hope you're well. I'm writing to check in on the UX Designer, Patient Portal position. I remain very interested in the role.

Sincerely,
Morgan Blake
""")
    Msg("A9", "2026-11-09 09:45 ET", ME, [LF], text="""Dear Lorraine,

I wanted to follow up on my message of last week regarding the UX Designer, Patient Portal position. Please let me know if I can provide anything further.

Sincerely,
Morgan Blake
""")
    Msg("A9", "2026-11-19 10:00 ET", ME, [LF], text="""Dear Lorraine,

I understand hiring timelines can shift. I'm still very interested in the UX Designer, Patient Portal role and would be grateful to hear where things stand, whatever the outcome.

Thank you again for your time.

Sincerely,
Morgan Blake
""")

    # ------------------------------------------------------------------ A10
    # Bluefin Maps: reschedule ("Unfortunately something came up ... push to Thursday at 10?");
    # "in a few days"; check-in and follow-up unanswered.
    IN = ("In\u00eas Carvalho", "ines@bluefinmaps.example")
    Msg("A10", "2026-10-28 14:00 ET", IN, [ME], subject="Bluefin Maps \u2014 Senior Interaction Designer", fmt="alt",
        quote=None, text="""Hi Morgan!

Loved your application for the Senior Interaction Designer role. Could you do a video chat Tuesday, Nov 3 at 11am ET? We'd spend an hour on your portfolio and a bit on how you think about map interactions.

Cheers,
In\u00eas

In\u00eas Carvalho
Design Director, Bluefin Maps
""")
    Msg("A10", "2026-10-28 15:30 ET", ME, [IN], text="""Hi In\u00eas,

Tuesday at 11 works for me. Looking forward to it!

Best,
Morgan
""")
    Msg("A10", "2026-11-02 08:15 ET", IN, [ME], fmt="alt", text="""Hi Morgan,

Unfortunately something came up \u2014 our team offsite just moved to Tuesday. Can we push to Thursday at 10? Same link. So sorry for the shuffle!

In\u00eas
""")
    Msg("A10", "2026-11-02 09:00 ET", ME, [IN], text="""Hi In\u00eas,

No problem at all. Thursday at 10 works for me.

Morgan
""")
    Msg("A10", "2026-11-02 09:12 ET", IN, [ME], fmt="alt", text="""You're a star. Thursday at 10am it is!

In\u00eas
""")
    Msg("A10", "2026-11-05 13:30 ET", IN, [ME], fmt="alt", text="""Morgan, thanks for the great conversation this morning and for rolling with the reschedule. We're talking to one more person and should be able to get back to you in a few days.

In\u00eas
""")
    Msg("A10", "2026-11-05 18:45 ET", ME, [IN], text="""Hi In\u00eas,

Thank you for this morning. I really enjoyed the whiteboard exercise on offline route editing, and I left with a long list of ideas.

Best,
Morgan
""")
    Msg("A10", "2026-11-10 10:30 ET", ME, [IN], text="""Hi In\u00eas,

I hope your week is off to a good start. I wanted to check in on the Senior Interaction Designer role. I'm still very excited about it.

Best,
Morgan
""")
    Msg("A10", "2026-11-17 10:00 ET", ME, [IN], text="""Hi In\u00eas,

Just following up on my note from last week about the Senior Interaction Designer role. Happy to send anything else that would help.

Best,
Morgan
""")

    # ------------------------------------------------------------------ A11
    # Wrenfield Home: "in a couple of days" superseded by "on Thursday" (written on a Thursday).
    TL = ("Tobias Lindgren", "tobias.lindgren@wrenfield.example")
    Msg("A11", "2026-10-26 10:00 CT", TL, [ME], subject="Wrenfield Home: UX Designer, Customer Experience", quote=None,
        zone="CT", text="""Hi Morgan,

Thanks for applying to Wrenfield Home for the UX Designer, Customer Experience role. I'd like to set up a 45-minute video interview. Are you free Friday, October 30 at 2:30 PM ET?

Thanks,
Tobias Lindgren
Product Design Lead, Wrenfield Home
Minneapolis, MN
""")
    Msg("A11", "2026-10-26 12:40 ET", ME, [TL], text="""Hi Tobias,

Yes, Friday the 30th at 2:30 PM ET works for me. Thank you!

Morgan
""")
    Msg("A11", "2026-10-30 17:00 ET", ME, [TL], text="""Hi Tobias,

Thanks for this afternoon's conversation. I enjoyed hearing about the delivery-tracking pain points, and I'm excited about the role.

Best,
Morgan
""")
    Msg("A11", "2026-11-02 09:00 CT", TL, [ME], zone="CT", text="""Thanks Morgan, the team enjoyed meeting you. We'll get back to you in a couple of days.

Tobias
""")
    Msg("A11", "2026-11-05 09:30 ET", ME, [TL], text="""Hi Tobias,

I hope you're having a good week. I wanted to check in on the UX Designer, Customer Experience role.

Best,
Morgan
""")
    Msg("A11", "2026-11-05 15:10 CT", TL, [ME], zone="CT", text="""Hi Morgan,

Sorry for the slow reply! Our hiring committee didn't get to this role at today's meeting, so it will be reviewed at the next one and you'll hear from us on Thursday.

Tobias
""")
    Msg("A11", "2026-11-13 10:05 ET", ME, [TL], text="""Hi Tobias,

I hope the committee meeting went well. I'm checking in on the UX Designer, Customer Experience role, and I'm still very interested.

Best,
Morgan
""")

    # ------------------------------------------------------------------ A12
    # Saltmarsh Games: "by next Friday".
    KA = ("Kofi Asante", "kofi@saltmarshgames.example")
    Msg("A12", "2026-10-30 12:00 ET", KA, [ME], subject="Saltmarsh Games | Senior UX Designer, Live Ops", fmt="alt",
        quote=None, text="""Hey Morgan,

The UX team at Saltmarsh Games would love to chat with you about the Senior UX Designer, Live Ops position. Would Wednesday, November 4 at 4pm Eastern work? It'd be a one-hour Google Meet with Ana Duarte and Jules Fontaine.

Cheers,
Kofi Asante
Recruiter, Saltmarsh Games
Baltimore, MD
""")
    Msg("A12", "2026-10-30 13:10 ET", ME, [KA], text="""Hi Kofi,

That works for me. See you Wednesday at 4!

Morgan
""")
    Msg("A12", "2026-11-04 18:30 ET", ME, [KA], text="""Hi Kofi,

Thank you for setting up today's conversation, and please thank Ana and Jules for me as well. I had a lot of fun talking through the event calendar redesign.

Best,
Morgan
""")
    Msg("A12", "2026-11-05 11:45 ET", KA, [ME], fmt="alt", text="""Thanks Morgan! Ana and Jules had great things to say. We have two more candidates to see, and we'll have an answer for you by next Friday.

Kofi
""")

    # ------------------------------------------------------------------ A13
    # Northgate Search Partners (agency) for Holloway Medical Devices:
    # "by the end of the week" superseded by "by 11/20" (same day as Morgan's check-in).
    DM = ("Declan Murphy", "dmurphy@northgatesearch.example")
    Msg("A13", "2026-11-02 10:00 ET", DM, [ME], subject="Holloway Medical Devices - Human Factors & UX Lead - interview",
        fmt="outlook", quote=None, mid="outlook-us", outlook_uk=False, text="""Hi Morgan,

Thanks for sending over your updated CV. Good news: my client, Holloway Medical Devices, would like to interview you for their Human Factors & UX Lead role.

They've proposed Friday, November 6 at 11:00am ET on Teams with Sandra Kim, their VP of R&D. Can you confirm that works?

Best,
Declan

Declan Murphy
Senior Consultant | Northgate Search Partners
Boston, MA
""")
    Msg("A13", "2026-11-02 11:20 ET", ME, [DM], text="""Hi Declan,

Friday at 11 works well. Thanks for setting it up!

Morgan
""")
    Msg("A13", "2026-11-06 14:00 ET", ME, [DM], text="""Hi Declan,

Just finished with Sandra. It was a great conversation, especially about usability testing for the new infusion pump interface. Thanks again for putting me forward.

Best,
Morgan
""")
    Msg("A13", "2026-11-09 09:30 ET", DM, [ME], fmt="outlook", quote="outlook", mid="outlook-us", outlook_uk=False,
        text="""Hi Morgan,

Sandra was impressed. The client is interviewing one more person and has said they'll give me feedback by the end of the week.

Speak soon,
Declan
""")
    Msg("A13", "2026-11-16 09:40 ET", ME, [DM], text="""Hi Declan,

Hope you had a good weekend. Any word from Holloway on the Human Factors & UX Lead role?

Thanks,
Morgan
""")
    Msg("A13", "2026-11-16 12:05 ET", DM, [ME], fmt="outlook", quote="outlook", mid="outlook-us", outlook_uk=False,
        text="""Hi Morgan,

I chased them this morning. They've had a couple of people out sick, but they've committed to a decision by 11/20. I'll call you as soon as I hear anything.

Declan
""")

    # ------------------------------------------------------------------ A14
    # Hearthstone Realty Group: "next week" plus a request "please send your availability by Friday".
    MB = ("Monique Baptiste", "mbaptiste@hearthstonerealty.example")
    Msg("A14", "2026-11-09 14:00 ET", MB, [ME], subject="Interview - Product Designer, Agent Tools", fmt="plain-qp",
        quote=None, text="""Dear Morgan,

Thank you for applying to Hearthstone Realty Group. We would like to invite you to an in-person interview for the Product Designer, Agent Tools position at our Hoboken office (200 River Street, 5th floor) on Friday, November 13 at 3:30 PM.

Please let me know if this works for you.

Best regards,
Monique Baptiste
HR Manager, Hearthstone Realty Group
""")
    Msg("A14", "2026-11-09 15:00 ET", ME, [MB], text="""Dear Monique,

Thank you. Friday, November 13 at 3:30 PM works for me, and I look forward to visiting the office.

Best regards,
Morgan Blake
""")
    Msg("A14", "2026-11-13 19:30 ET", ME, [MB], text="""Dear Monique,

Thank you for hosting me this afternoon. It was great to meet the agent-tools team and to see how agents actually use the listing app in the field.

Best regards,
Morgan Blake
""")
    Msg("A14", "2026-11-17 10:00 ET", MB, [ME], fmt="plain-qp", text="""Dear Morgan,

Thank you again for coming in on Friday. The team is finishing its last interviews, and we plan to share a decision next week.

In the meantime, please send your availability by Friday for a possible short conversation with our CEO, so that we can move quickly if the team decides to go ahead.

Best regards,
Monique
""")

    # ------------------------------------------------------------------ S1
    # Parcelwise: "tomorrow at 3 (Eastern)" -> today 15:00 ET, after now.
    SW = ("Sienna Wolfe", "sienna@parcelwise.example")
    Msg("S1", "2026-11-17 11:30 PT", SW, [ME], subject="Parcelwise - Product Designer, Growth", fmt="alt", quote=None,
        zone="PT", text="""Hi Morgan,

Thanks for applying to Parcelwise! I'm the Head of Product, and I'd love to do an intro interview about the Product Designer, Growth role. What does your availability look like over the next few days?

Sienna

Sienna Wolfe
Head of Product, Parcelwise
San Francisco, CA
""")
    Msg("S1", "2026-11-17 15:10 ET", ME, [SW], text="""Hi Sienna,

Thanks for reaching out! I'm free Thursday after 1pm ET, or any time Friday afternoon.

Best,
Morgan
""")
    Msg("S1", "2026-11-19 09:45 PT", SW, [ME], fmt="alt", zone="PT", text="""Thursday got away from me, sorry! How about tomorrow at 3 (Eastern)? I'll send a Zoom link.

Sienna
""")
    Msg("S1", "2026-11-19 13:20 ET", ME, [SW], text="""Tomorrow at 3 works great. Talk then!

Morgan
""")

    # ------------------------------------------------------------------ S2
    # Ironbridge Capital: phone screen done; final round only in an Outlook meeting request
    # (TZID=Eastern Standard Time).
    VH = ("Victoria Hale", "victoria.hale@ironbridgecap.example")
    conf = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may contain confidential information.
"""
    Msg("S2", "2026-11-05 10:00 ET", VH, [ME], subject="Phone Screen - UX Lead, Client Portal", fmt="outlook", quote=None,
        mid="outlook-us", outlook_uk=False, text="""Good morning Morgan,

Thank you for your application for the UX Lead, Client Portal position with Ironbridge Capital. I would like to schedule a 30-minute phone screen with you on Thursday, November 12 at 4:30 PM ET.

Please confirm at your earliest convenience.

Regards,

Victoria Hale
HR Business Partner | Ironbridge Capital
1 Liberty Plaza, New York, NY
""" + conf)
    Msg("S2", "2026-11-05 11:05 ET", ME, [VH], text="""Good morning Victoria,

Thank you. I'm happy to confirm Thursday, November 12 at 4:30 PM.

Regards,
Morgan Blake
""")
    Msg("S2", "2026-11-12 17:30 ET", ME, [VH], text="""Hi Victoria,

Thank you for this afternoon's call. I enjoyed learning about the client portal roadmap and the plans to simplify statements.

Regards,
Morgan
""")
    s2i = Msg("S2", "2026-11-17 14:00 ET", VH, [ME], parent=None, quote=None, fmt="outlook", mid="outlook-us",
              cal_mode="outlook", subject="Final Round Interview - UX Lead, Client Portal - Morgan Blake",
              text="""Morgan,

Thank you for your time last week. The team would like to invite you to a final-round panel interview with Richard Tan (Head of Digital), Amara Eze (Lead Product Designer) and Simone Park (Client Service). Please accept the attached meeting request to confirm.

Regards,
Victoria
""" + conf, cal=dict(method="REQUEST", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                     tzid="Eastern Standard Time", start=D(2026, 11, 30, 10, 30), end=D(2026, 11, 30, 12, 0),
                     uid="040000008200E00074C5B7101A82E0080000000030F2A17C5E79DC01000000000000000010000000A41E3B9C27D54F4DB1E6A2F0C3D7B812",
                     dtstamp=D(2026, 11, 17, 19, 0, 0), organizer=VH, attendees=[ME],
                     summary="Final Round Interview - UX Lead, Client Portal - Morgan Blake",
                     description="Final-round panel interview. Please check in at the 24th floor reception.",
                     location="Ironbridge Capital, 1 Liberty Plaza, 24th Floor, Room 24B", outlook=True))
    Msg("S2", "2026-11-17 15:20 ET", ME, [VH], parent=s2i, text="""Hi Victoria,

Thank you! I've accepted the meeting request and look forward to meeting the panel.

Regards,
Morgan
""")

    # ------------------------------------------------------------------ S3
    # Kittiwake Studio (Edinburgh): Google invitation, TZID=Europe/London, time only in the
    # calendar; moved by an updated invitation (same UID, SEQUENCE:1); "Unfortunately" in a
    # scheduling sense.
    FM = ("Fiona MacLeod", "fiona@kittiwakestudio.example")
    AOIFE = ("Aoife Gallagher", "aoife@kittiwakestudio.example")
    s3a = Msg("S3", "2026-11-09 10:30 UK", FM, [ME], subject="Lead Service Designer - Kittiwake Studio", fmt="alt",
              quote=None, zone="UK", text="""Hi Morgan,

Thanks ever so much for your application for the Lead Service Designer role. We'd love to have a chat with you over Google Meet, so I'll pop an invitation into your calendar with Aoife Gallagher (our Design Director) and myself. Do shout if the time doesn't suit.

All the best,
Fiona

Fiona MacLeod
Studio Manager, Kittiwake Studio
Leith, Edinburgh
""")
    s3cal = dict(method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzid="Europe/London",
                 start=D(2026, 11, 19, 15, 0), end=D(2026, 11, 19, 15, 45),
                 uid="2c7k1q0v9m4bq8r6kittiwake@google.com", dtstamp=D(2026, 11, 9, 10, 34, 0),
                 organizer=FM, attendees=[ME, AOIFE, FM],
                 summary="Kittiwake Studio - Lead Service Designer chat",
                 description="Chat about the Lead Service Designer role with Aoife and Fiona.",
                 location="Google Meet", sequence=0)
    Msg("S3", "2026-11-09 10:34 UK", FM, [ME], parent=None, quote=None, fmt="alt", cal=s3cal, cal_mode="google",
        subject="Invitation: Kittiwake Studio - Lead Service Designer chat", text="""Fiona MacLeod has invited you to an event.

Kittiwake Studio - Lead Service Designer chat

Join with Google Meet: https://meet.example/kwk-lsd-chat

Guests: Fiona MacLeod (organiser), Aoife Gallagher, Morgan Blake

Reply for morgan.blake@gmail.com: Yes / No / Maybe / More options

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.
""")
    s3m = Msg("S3", "2026-11-09 09:05 ET", ME, [FM], parent=s3a, text="""Hi Fiona,

Thank you! The invitation came through and I've accepted. I'm looking forward to meeting you and Aoife.

Best,
Morgan
""")
    s3f = Msg("S3", "2026-11-16 09:15 UK", FM, [ME], parent=s3m, fmt="alt", zone="UK", text="""Hi Morgan,

Unfortunately Aoife has been pulled into a client workshop in Glasgow on Thursday, so I've moved our chat to Tuesday 24th. You'll get an updated invitation from Google in a moment. Sorry for the shuffle!

Fiona
""")
    s3cal2 = dict(s3cal, start=D(2026, 11, 24, 14, 0), end=D(2026, 11, 24, 14, 45),
                  dtstamp=D(2026, 11, 16, 9, 16, 0), sequence=1)
    Msg("S3", "2026-11-16 09:16 UK", FM, [ME], parent=None, quote=None, fmt="alt", cal=s3cal2, cal_mode="google",
        subject="Updated invitation: Kittiwake Studio - Lead Service Designer chat", text="""This event has been changed.

Kittiwake Studio - Lead Service Designer chat

Join with Google Meet: https://meet.example/kwk-lsd-chat

Guests: Fiona MacLeod (organiser), Aoife Gallagher, Morgan Blake

Reply for morgan.blake@gmail.com: Yes / No / Maybe / More options

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.
""")
    Msg("S3", "2026-11-16 08:05 ET", ME, [FM], parent=s3f, text="""No problem at all, Tuesday works. See you both then!

Morgan
""")

    # ------------------------------------------------------------------ O1
    # Bramble Health: offer (HTML-only message), no answer yet.
    JH = ("Jasper Hollins", "jasper@bramblehealth.example")
    Msg("O1", "2026-11-06 16:00 ET", JH, [ME], subject="Bramble Health - final interviews for Principal Product Designer",
        fmt="alt", quote=None, text="""Hi Morgan,

Great news: the team would like you to come in for our final interview loop for the Principal Product Designer role. We have you down for Friday, November 13, 10:00am to 2:00pm ET at our office (55 Water St, 9th floor). Lunch is on us, and don't worry, we're not superstitious about the date.

Let me know if that works.

Jasper Hollins
VP of Design, Bramble Health
""")
    Msg("O1", "2026-11-06 17:10 ET", ME, [JH], text="""Hi Jasper,

That works perfectly. See you on the 13th!

Morgan
""")
    Msg("O1", "2026-11-13 18:00 ET", ME, [JH], text="""Hi Jasper,

Thank you and the team for today. The care-team dashboard critique was the most fun I've had in an interview, and I left even more excited about Bramble.

Best,
Morgan
""")
    Msg("O1", "2026-11-16 11:00 ET", JH, [ME], fmt="alt", text="""Thanks Morgan, really strong signal from the loop. We'll be in touch soon.

Jasper
""")
    Msg("O1", "2026-11-19 17:30 ET", JH, [ME], fmt="html", text="""Hi Morgan,

I'm thrilled to tell you that we'd like to offer you the Principal Product Designer role at Bramble Health! \U0001F389

Our People team will send the written offer with compensation and benefits details tomorrow. Once you've had a chance to read it, let's find time to talk through any questions.

Congratulations. We can't wait to work with you.

Jasper
""")

    # ------------------------------------------------------------------ O2
    # Pennant Payments (London): rejection without the word "unfortunately"; not answered.
    AR = ("Alistair Reeve", "alistair.reeve@pennantpay.example")
    Msg("O2", "2026-11-03 12:00 UK", AR, [ME], subject="Interview: Product Designer (Payments) - Pennant Payments",
        fmt="outlook", quote=None, mid="outlook-uk", zone="UK", text="""Hi Morgan,

Thanks for applying for the Product Designer (Payments) role at Pennant Payments. We'd like to invite you to a video interview with Chloe Marsh, our Lead Designer, on Monday 9 November at 16:00 (GMT). It will last around 45 minutes on Microsoft Teams.

Could you let me know if that suits?

Kind regards,
Alistair

Alistair Reeve
Talent Acquisition Lead | Pennant Payments
2 Finsbury Avenue, London EC2M 2PP
""")
    Msg("O2", "2026-11-03 09:15 ET", ME, [AR], text="""Hi Alistair,

Thank you. Monday 9 November at 16:00 GMT suits me well.

Best regards,
Morgan
""")
    Msg("O2", "2026-11-09 13:30 ET", ME, [AR], text="""Hi Alistair,

Thank you for arranging this morning's interview, and please pass on my thanks to Chloe. I really enjoyed discussing the merchant onboarding journey.

Best regards,
Morgan
""")
    Msg("O2", "2026-11-10 09:00 UK", AR, [ME], fmt="outlook", quote="outlook", mid="outlook-uk", zone="UK", text="""Hi Morgan,

Thanks for your note, lovely to hear. We'll be in touch in the coming weeks once we've seen all of the shortlisted candidates.

Kind regards,
Alistair
""")
    Msg("O2", "2026-11-17 10:00 UK", AR, [ME], fmt="outlook", quote="outlook", mid="outlook-uk", zone="UK", text="""Dear Morgan,

Thank you for taking the time to interview with us for the Product Designer (Payments) role.

After careful consideration, I'm sorry to let you know that we won't be progressing your application on this occasion. Chloe was impressed by your research skills, and we'd encourage you to keep an eye on future vacancies.

Kind regards,
Alistair
""")

    # ------------------------------------------------------------------ O3
    # Driftwood Travel: rejection already answered (and feedback given afterwards).
    CO = ("Carmen Ortiz", "carmen.ortiz@driftwoodtravel.example")
    Msg("O3", "2026-10-22 15:00 ET", CO, [ME], subject="Driftwood Travel - UX Designer, Bookings interview", fmt="alt",
        quote=None, text="""Hi Morgan,

Thank you for applying to Driftwood Travel! We'd like to invite you to interview for the UX Designer, Bookings role on Thu 10/29, 1:00-2:00 PM EDT, over Zoom with Hector Salgado (Product Manager) and Mei Tanaka (Senior Designer).

Please confirm when you can.

Carmen Ortiz
Recruiting Manager, Driftwood Travel
Miami, FL
""")
    Msg("O3", "2026-10-22 16:10 ET", ME, [CO], text="""Hi Carmen,

Confirmed for Thursday, 10/29 at 1:00 PM. Thank you!

Morgan
""")
    Msg("O3", "2026-10-29 16:00 ET", ME, [CO], text="""Hi Carmen,

Thank you for today's interview, and please thank Hector and Mei for me. I enjoyed our conversation about simplifying multi-city bookings.

Best,
Morgan
""")
    Msg("O3", "2026-11-12 11:00 ET", CO, [ME], fmt="alt", text="""Hi Morgan,

Thank you for your patience and for the time you spent with the team. After a lot of discussion, we've decided to move forward with another candidate whose experience more closely matches what we need right now.

We really appreciated getting to know you and wish you the best in your search.

Carmen
""")
    Msg("O3", "2026-11-13 09:20 ET", ME, [CO], text="""Hi Carmen,

Thank you for letting me know. I enjoyed meeting the team, and if you have any feedback on my interview, I'd welcome it.

Best,
Morgan
""")
    Msg("O3", "2026-11-16 14:30 ET", CO, [ME], fmt="alt", text="""Hi Morgan,

Of course. The panel loved your research approach and your portfolio; the other finalist simply had deeper experience with airline inventory systems. We'd be glad to keep your details on file for future openings.

Carmen
""")

    # ------------------------------------------------------------------ O4
    # Oakhurst Public Media: Morgan withdraws; they acknowledge afterwards.
    RM = ("Rosalind Meyer", "rmeyer@oakhurstmedia.example")
    Msg("O4", "2026-10-29 10:00 ET", RM, [ME], subject="Oakhurst Public Media: Digital Product Designer", quote=None,
        text="""Hello Morgan,

Thanks for your application for the Digital Product Designer position. I'd like to invite you to an interview at our studio (311 Canal St, 4th floor) on Wednesday, November 4 at 11am. You'll meet me and Dev Patel from our audience team.

Best,
Rosalind Meyer
Director of Digital, Oakhurst Public Media
""")
    Msg("O4", "2026-10-29 11:30 ET", ME, [RM], text="""Hello Rosalind,

Thank you. Wednesday, November 4 at 11am works for me.

Best,
Morgan
""")
    Msg("O4", "2026-11-04 16:00 ET", ME, [RM], text="""Hi Rosalind,

Thank you and Dev for today, and for the studio tour. I enjoyed talking about how listeners find episodes in the app.

Best,
Morgan
""")
    Msg("O4", "2026-11-05 10:00 ET", RM, [ME], text="""Thanks, Morgan. We're a small team, so things move slowly here, but we'll be in touch.

Rosalind
""")
    Msg("O4", "2026-11-16 11:00 ET", ME, [RM], text="""Hi Rosalind,

Thank you again for your time. After a lot of thought, I've decided to withdraw my application for the Digital Product Designer role, as the in-office schedule doesn't fit with my family commitments right now.

I really enjoyed meeting you and Dev, and I wish you the best with the search.

Best,
Morgan
""")
    Msg("O4", "2026-11-17 09:00 ET", RM, [ME], text="""Understood, Morgan. Thank you for letting us know, and best of luck! We'll close out your application on our side.

Rosalind
""")

    # ================================================================== not interview threads
    # N1 job alert digest
    HW = ("Hirewire Jobs", "alerts@hirewire.example")
    Msg("N1", "2026-11-19 12:00 UTC", HW, [ME], subject="8 new Product Designer jobs for you in New York, NY", fmt="html",
        quote=None, labels="Inbox,Category Promotions,Unread",
        extra=["List-Unsubscribe: <https://hirewire.example/u/8f3a>"], text="8 new Product Designer jobs",
        html_body="""<html><body style="font-family:Arial,sans-serif">
<h2>8 new Product Designer jobs for you</h2>
<p>Based on your search &quot;product designer&quot; near New York, NY</p>
<table cellpadding="6">
<tr><td><a href="https://hirewire.example/j/101">Senior Product Designer</a><br>Gullwing Insurance &middot; New York, NY &middot; Easy apply</td></tr>
<tr><td><a href="https://hirewire.example/j/102">UX Researcher, Interview Studies</a><br>Clearpath Labs &middot; Remote</td></tr>
<tr><td><a href="https://hirewire.example/j/103">Product Designer II</a><br>Tandem Grocers &middot; Jersey City, NJ</td></tr>
<tr><td><a href="https://hirewire.example/j/104">Lead Product Designer, Payments</a><br>Fernway Bank &middot; New York, NY &middot; Apply by Friday</td></tr>
<tr><td><a href="https://hirewire.example/j/105">Design Systems Designer</a><br>Mosaic Health &middot; Brooklyn, NY</td></tr>
<tr><td><a href="https://hirewire.example/j/106">Product Designer, Growth</a><br>Lumenstack &middot; Remote (US)</td></tr>
<tr><td><a href="https://hirewire.example/j/107">Staff Product Designer</a><br>Quarry Analytics &middot; New York, NY</td></tr>
<tr><td><a href="https://hirewire.example/j/108">UX Designer, Mobile</a><br>Pelican Transit &middot; Newark, NJ</td></tr>
</table>
<p>Tip: employers are scheduling interviews within a week of posting. Apply early!</p>
<p style="font-size:10px;color:#999">You are receiving this job alert because you signed up on Hirewire. <a href="https://hirewire.example/u/8f3a">Unsubscribe</a></p>
</body></html>
""")

    # N2 newsletter about interviews and follow-ups
    PR = ("The Portfolio Review", "letters@portfolioreview.example")
    Msg("N2", "2026-11-16 13:00 UTC", PR, [ME], subject="How to follow up after an interview (without being annoying)",
        fmt="alt-qp", quote=None, labels="Inbox,Category Updates,Opened",
        extra=["List-Unsubscribe: <https://portfolioreview.example/unsubscribe?u=mb>",
               "List-Id: The Portfolio Review <letters.portfolioreview.example>"],
        text="""THE PORTFOLIO REVIEW \u00b7 Issue #112

How to follow up after an interview (without being annoying)

You had the interview. The hiring manager said "we'll be in touch by Friday." Friday comes and goes. Now what?

1. Send the thank-you note within 24 hours of the interview. Keep it short and specific.
2. If they gave you a date, follow up the next business day after it passes. "Hi Jordan, I wanted to follow up on my interview on Tuesday..." is all it takes.
3. No date? Wait about a week, then send one friendly follow-up.
4. Unfortunately, silence is common. Two follow-ups after the interview is plenty; after that, let it go.
5. Never follow up with an ultimatum about other offers.

Reader question: "My recruiter said I'd hear back next week. Should I call?" Email first. Call only if your interview was with a small team that prefers the phone.

Next week: portfolio reviews that land interviews.

Unsubscribe: https://portfolioreview.example/unsubscribe?u=mb
""")

    # N3 application receipt from an ATS, no interview
    SH = ("Sparrowhawk Energy", "no-reply@us.greenhouse-mail.example")
    Msg("N3", "2026-11-18 15:22 UTC", SH, [ME], subject="Thank you for applying to Sparrowhawk Energy", fmt="plain-b64",
        quote=None, labels="Inbox,Category Updates,Opened", text="""Hi Morgan,

Thank you for your interest in Sparrowhawk Energy! We've received your application for the Senior UX Designer, Grid Software position.

Our recruiting team reviews every application. If your background is a match, someone from the team will reach out to schedule an interview. Because of the volume of applications, we may not be able to respond to everyone individually.

Best,
The Sparrowhawk Energy Recruiting Team

Please do not reply to this email; this mailbox is not monitored.
""")

    # N4 Morgan is the interviewer (board member of a nonprofit)
    TG = ("Tanisha Greene", "tanisha@eastsidegardens.example")
    n4a = Msg("N4", "2026-11-12 19:30 ET", TG, [ME], subject="Could you interview a Volunteer Coordinator candidate?",
              fmt="alt", quote=None, text="""Hi Morgan,

As promised at the board meeting: we have three finalists for the Volunteer Coordinator job, and I'd love a board member on each interview. Could you interview Luis Ortega with me on Thursday, November 19 at 5:30pm at the garden office? I'll send a calendar invite with his resume linked, plus our standard questions. Each interview is 45 minutes.

Thank you!
Tanisha

Tanisha Greene
Executive Director, Eastside Community Gardens
""")
    Msg("N4", "2026-11-12 19:35 ET", TG, [ME], parent=None, quote=None, fmt="alt", cal_mode="google",
        subject="Invitation: Volunteer Coordinator interview - Luis Ortega @ Thu Nov 19, 2026 5:30pm - 6:15pm (EST) (morgan.blake@gmail.com)",
        text="""Tanisha Greene has invited you to an event.

Volunteer Coordinator interview - Luis Ortega
When: Thursday Nov 19, 2026 5:30pm - 6:15pm (Eastern Time - New York)
Where: Eastside Community Gardens office, 412 E 9th St

Guests: Tanisha Greene (organizer), Morgan Blake

Reply for morgan.blake@gmail.com: Yes / No / Maybe / More options

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.
""", cal=dict(method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzid="America/New_York",
              start=D(2026, 11, 19, 17, 30), end=D(2026, 11, 19, 18, 15), uid="6hq2c0b5l1eastside@google.com",
              dtstamp=D(2026, 11, 13, 0, 35, 0), organizer=TG, attendees=[ME, TG],
              summary="Volunteer Coordinator interview - Luis Ortega",
              description="Candidate: Luis Ortega. Resume: https://drive.example/luis-ortega-resume. Use the standard question sheet.",
              location="Eastside Community Gardens office, 412 E 9th St"))
    n4m = Msg("N4", "2026-11-12 20:10 ET", ME, [TG], parent=n4a, text="""Hi Tanisha,

Happy to help! I'll review Luis's resume beforehand and see you at the garden office on Thursday.

Morgan
""")
    Msg("N4", "2026-11-20 08:30 ET", TG, [ME], parent=n4m, fmt="alt", text="""Hi Morgan,

Thanks so much for interviewing Luis with me last night. What did you think? I'd love your notes before I speak with the other board members on Monday.

Tanisha
""")

    # N5 non-job meeting invitation
    WN = ("Walter Nguyen", "walt.nguyen@example.com")
    n5 = Msg("N5", "2026-11-14 14:00 ET", WN, [ME], quote=None, fmt="alt", cal_mode="google",
             subject="Invitation: Hillcrest Tenants' Association - winter planning meeting @ Thu Dec 3, 2026 7pm - 8:30pm (EST) (morgan.blake@gmail.com)",
             text="""Walter Nguyen has invited you to an event.

Hillcrest Tenants' Association - winter planning meeting
When: Thursday Dec 3, 2026 7pm - 8:30pm (Eastern Time - New York)
Where: Community room, 1180 Hillcrest Ave

Agenda: snow removal rota, follow-up with the management company about the boiler, holiday potluck.

Reply for morgan.blake@gmail.com: Yes / No / Maybe / More options

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.
""", cal=dict(method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzid="America/New_York",
              start=D(2026, 12, 3, 19, 0), end=D(2026, 12, 3, 20, 30), uid="1tq8v3k7p2hillcrest@google.com",
              dtstamp=D(2026, 11, 14, 19, 0, 0), organizer=WN, attendees=[ME],
              summary="Hillcrest Tenants' Association - winter planning meeting",
              description="Agenda: snow removal rota, follow-up with the management company about the boiler, holiday potluck.",
              location="Community room, 1180 Hillcrest Ave"))
    Msg("N5", "2026-11-14 18:00 ET", ME, [WN], parent=n5, text="""Count me in. I can bring the sign-up sheet for the potluck.

Morgan
""")

    # N6 cold recruiter outreach, no interview
    AV = ("Ava Sinclair", "ava@talentbridgepartners.example")
    Msg("N6", "2026-11-10 13:15 ET", AV, [ME], subject="Staff Product Designer opportunity - climate tech", quote=None,
        text="""Hi Morgan,

I came across your portfolio and was really impressed by your subscription checkout work. I'm partnering with a Series B climate-tech startup that's hiring a Staff Product Designer to lead their home-energy app (fully remote, strong equity).

Would you be open to a chat about the role? Happy to work around your schedule.

Best,
Ava Sinclair
Principal Recruiter, Talentbridge Partners
""")
    Msg("N6", "2026-11-17 09:40 ET", AV, [ME], text="""Hi Morgan, just bumping this to the top of your inbox. If the timing isn't right, no worries at all; I'd still love to connect about future roles.

Ava
""")
