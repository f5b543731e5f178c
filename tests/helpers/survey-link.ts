/**
 * ALL-SAT, YSR-E1: a real post-service survey link, as a beneficiary gets it: a request filed, researched,
 * approved by the committee, registered and delivered through the API, and the rating mail caught by the
 * real SMTP server on loopback (tests/helpers/smtp.ts) with its one-time link.
 */
import { simpleParser } from 'mailparser';
import { http, loginAs, loginAsUser } from './api';
import { attest, fileRequest, move, registerBeneficiary, serviceId } from './journey';
import { waitFor, type Received } from './smtp';

const LINK = /\/survey\/([A-Za-z0-9_-]{43})/;

/**
 * A request of `service` for a beneficiary who chose email, researched, approved by the committee (two
 * votes: the demo's quorum), registered and delivered: delivery sends the rating link.
 */
export const deliveredRequest = async (
  email: string,
  { service = 'family-counselling', branch }: { service?: string; branch?: string } = {},
): Promise<string> => {
  const beneficiary = (await registerBeneficiary({ email, preferredChannel: 'email' })).id;
  const request = (await fileRequest(beneficiary, await serviceId(service), branch ? { branch } : {})).id;
  await attest(beneficiary, request);
  const reception = await loginAs('reception_officer');
  for (const to of ['complete', 'in_research']) expect((await move(reception, request, to)).status).toBe(200);
  const researcher = await loginAs('social_researcher');
  await http('PUT', `/api/wasl/service-requests/${request}`, {
    token: researcher,
    body: { researchReport: 'تحتاج الأسرة إلى استشارة تربوية' },
  });
  expect((await move(researcher, request, 'in_committee')).status).toBe(200);
  for (const member of ['committee-member', 'committee-member-2'])
    await http('POST', `/api/wasl/service-requests/${request}/votes`, {
      token: await loginAsUser(member),
      body: { choice: 'approve', reason: 'استيفاء الشروط' },
    });
  for (const to of ['registered', 'delivered']) expect((await move(reception, request, to)).status).toBe(200);
  return request;
};

/** A delivered request of `service` for a beneficiary who chose email; the token of the link mailed to them. */
export const deliveredSurveyToken = async (inbox: Received[], email: string, service = 'family-counselling') => {
  await deliveredRequest(email, { service });
  const mail = await waitFor(async () => {
    const mine = await Promise.all(inbox.filter((m) => m.to.includes(email)).map((m) => simpleParser(m.raw)));
    return mine.find((m) => LINK.test(m.text ?? ''));
  });
  return (LINK.exec(mail.text ?? '') as RegExpExecArray)[1];
};
