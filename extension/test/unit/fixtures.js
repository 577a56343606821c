// ThreadView samples shaped like docs/api.md.
export const HOSTILE = '<img src=x onerror=alert(1)>';

export function view(over = {}) {
  return {
    threadId: '18c2f0a1b2c3d4e5',
    subject: 'Interview - Product Manager',
    company: 'Acme',
    role: 'Product Manager',
    contact: { name: 'Jane Doe', email: 'jane@acme.example' },
    stage: 'AWAITING',
    interviewAt: '2026-11-10T14:00:00-05:00',
    interviewEvidence: { sentence: 'confirmed for Tuesday, November 10 at 2:00 PM', messageId: 'm1' },
    nextInterviewAt: null,
    deadline: '2026-11-13',
    deadlineEvidence: { sentence: "we'll get back to you by Friday", messageId: 'm2' },
    followUpsSent: 1,
    progress: { thankYou: '2026-11-10', checkIn: '2026-11-16', followUp: null, finalNote: null },
    nextAction: { type: 'FOLLOW_UP', due: '2026-11-23', dueNow: false, reason: 'No answer to your check-in of Nov 16; five business days later is Nov 23.' },
    draft: { to: 'jane@acme.example', subject: 'Re: Interview - Product Manager', body: 'Hi Jane' },
    state: { snoozedUntil: null, dismissed: false },
    gmailUrl: 'https://mail.google.com/mail/u/0/#all/18c2f0a1b2c3d4e5',
    ...over,
  };
}

export function hostileView() {
  return view({
    company: `${HOSTILE}Evil Corp`,
    role: '<script>alert(2)</script>',
    subject: '<svg onload=alert(3)>',
    deadlineEvidence: { sentence: `${HOSTILE} we'll reply by Friday`, messageId: 'm3' },
    nextAction: { type: 'FOLLOW_UP', due: '2026-11-23', dueNow: true, reason: '<iframe src="javascript:alert(4)"></iframe>' },
  });
}
