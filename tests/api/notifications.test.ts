/**
 * H6: the beneficiary hears the committee's decision through the agreed channel. Mail leaves through
 * a real SMTP server on loopback (smtp-server); while it is down the message waits in the outbox and
 * is delivered once it is back, so an outage loses nothing.
 */
import { simpleParser } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import { loginAs, loginAsUser, http } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { readTestServer } from '../helpers/server-env';
import { startSmtp, waitFor, type Received } from '../helpers/smtp';
import { attest, fileRequest, move, registerBeneficiary, serviceId } from '../helpers/journey';

type Outbox = { status: string; attempts: number; last_error: string | null; template: string; recipient: string };
const outboxRow = async (requestId: string, template: string): Promise<Outbox | undefined> =>
  db()('wasl_notifications').where({ related_id: requestId, template }).first();

/** A request decided by the committee (two approving votes), for a beneficiary who chose email. */
const decide = async (email: string) => {
  const beneficiary = (await registerBeneficiary({ email, preferredChannel: 'email' })).id;
  const request = (await fileRequest(beneficiary, await serviceId('family-counselling'))).id;
  await attest(beneficiary, request);
  const reception = await loginAs('reception_officer');
  for (const to of ['complete', 'in_research']) expect((await move(reception, request, to)).status).toBe(200);
  const researcher = await loginAs('social_researcher');
  await http('PUT', `/api/wasl/service-requests/${request}`, {
    token: researcher,
    body: { researchReport: 'تحتاج الأسرة إلى استشارة تربوية' },
  });
  expect((await move(researcher, request, 'in_committee')).status).toBe(200);
  // H6: the second approving vote reaches the quorum (2) with a majority, so it records the decision.
  for (const member of ['committee-member', 'committee-member-2']) {
    await http('POST', `/api/wasl/service-requests/${request}/votes`, {
      token: await loginAsUser(member),
      body: { choice: 'approve', reason: 'استيفاء الشروط' },
    });
  }
  expect((await db()('wasl_service_requests').where({ document_id: request }).first('status')).status).toBe('approved');
  return request;
};

describe('decision notifications over SMTP', () => {
  const inbox: Received[] = [];
  let smtp: SMTPServer | null = null;
  afterAll(async () => {
    await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
    await closeDb();
  });

  it('[ESR-H6] keeps the decision in the outbox while SMTP is down, then delivers it in Arabic', async () => {
    const request = await decide('noura.decision@mail.example');
    // Nothing listens on the SMTP port yet: the worker tries, fails, and keeps the message pending.
    const waiting = await waitFor(async () => {
      const row = await outboxRow(request, 'request_decided');
      return row && row.attempts >= 1 ? row : undefined;
    });
    expect(waiting).toMatchObject({ status: 'pending', recipient: 'noura.decision@mail.example' });
    expect(waiting.last_error).not.toContain('noura');

    smtp = await startSmtp(readTestServer().smtpPort, inbox);
    const sent = await waitFor(async () => {
      const row = await outboxRow(request, 'request_decided');
      return row?.status === 'sent' ? row : undefined;
    });
    expect(sent.status).toBe('sent');
    // The completion notice went to the same address: the worker may deliver the two in either order.
    const parsed = await waitFor(async () => {
      const mine = await Promise.all(
        inbox.filter((m) => m.to.includes('noura.decision@mail.example')).map((m) => simpleParser(m.raw)),
      );
      return mine.find((m) => m.subject?.startsWith('تمت الموافقة'));
    });
    const tracking = (
      await db()('wasl_service_requests')
        .where({ document_id: request })
        .first<{ tracking_number: string }>('tracking_number')
    ).tracking_number;
    expect(parsed.subject).toBe(`تمت الموافقة على طلبكم — ${tracking}`);
    expect(parsed.headers.get('content-language')).toBe('ar');
    expect(parsed.text).toContain(
      'الأسباب: قررت اللجنة الموافقة بأغلبية الأصوات (موافقة 2، رفض 0، امتناع 0): استيفاء الشروط',
    );
    expect(parsed.html).toContain('dir="rtl"');
    expect(parsed.html).toContain('يسرنا إبلاغكم بموافقة اللجنة المختصة');
  });

  it('[YSR-E1] [ESR-H8] after delivery of a service that needs a rating, the beneficiary is asked to rate it', async () => {
    const request = await decide('rating.after@mail.example');
    const reception = await loginAs('reception_officer');
    expect((await move(reception, request, 'registered')).status).toBe(200);
    expect(await outboxRow(request, 'rating_requested')).toBeUndefined();
    expect((await move(reception, request, 'delivered')).status).toBe(200);
    const row = await waitFor(async () => {
      const r = await outboxRow(request, 'rating_requested');
      return r?.status === 'sent' ? r : undefined;
    });
    expect(row.recipient).toBe('rating.after@mail.example');
    const mails = await Promise.all(
      inbox.filter((m) => m.to.includes('rating.after@mail.example')).map((m) => simpleParser(m.raw)),
    );
    expect(mails.map((m) => m.subject).filter((subject) => subject?.includes('تقييم'))).toHaveLength(1);
  });

  it('[ESR-H6] tells the beneficiary, when it happens, that the request went to the committee', async () => {
    const request = await decide('to.committee@mail.example');
    const row = await waitFor(async () => {
      const r = await outboxRow(request, 'request_in_committee');
      return r?.status === 'sent' ? r : undefined;
    });
    expect(row.recipient).toBe('to.committee@mail.example');
    const parsed = await waitFor(async () => {
      const mine = await Promise.all(
        inbox.filter((m) => m.to.includes('to.committee@mail.example')).map((m) => simpleParser(m.raw)),
      );
      return mine.find((m) => m.subject?.startsWith('أحيل طلبكم'));
    });
    expect(parsed.text).toContain('أحيل إلى اللجنة المختصة لدراسته');
    expect(parsed.text).toContain('عبر وسيلة التواصل المتفق عليها معكم');
  });

  it('[ESR-H7] tells the beneficiary the due date when the request becomes complete', async () => {
    const beneficiary = (await registerBeneficiary({ email: 'due.date@mail.example', preferredChannel: 'email' })).id;
    const request = (await fileRequest(beneficiary, await serviceId('family-counselling'))).id;
    await attest(beneficiary, request);
    expect((await move(await loginAs('reception_officer'), request, 'complete')).status).toBe(200);
    const row = await waitFor(async () => {
      const r = await outboxRow(request, 'request_completed');
      return r?.status === 'sent' ? r : undefined;
    });
    expect(row.recipient).toBe('due.date@mail.example');
    expect(inbox.some((m) => m.to.includes('due.date@mail.example'))).toBe(true);
  });
});
