/**
 * The service's flags take effect on a real Strapi (DESIGN.md "Service": needs interview / research /
 * referral): an admin sets them in the catalogue and the journey of that service's requests follows.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { attest, fileRequest, move, registerBeneficiary } from '../helpers/journey';

type Refusal = ErrorBody & { error: { details: { blockers?: { code: string }[] } } };
type Journey = { nextSteps: string[]; status: string };

describe('service flags change the journey', () => {
  let admin: string;
  let reception: string;
  let committee: string;

  const service = async (flags: Record<string, boolean>): Promise<string> => {
    const committees = await http<{ id: string }[]>('GET', '/api/wasl/committees', {
      token: admin,
      query: { filter: { key: 'research' } },
    });
    expect(committees.body).toHaveLength(1);
    const created = await http<{ id: string }>('POST', '/api/wasl/services', {
      token: admin,
      body: {
        key: `flags-${Object.keys(flags).join('-')}-${Date.now()}`,
        nameAr: 'خدمة لاختبار إعدادات الرحلة',
        category: 'counselling',
        published: true,
        committee: committees.body[0].id,
        requiredDocuments: [],
        eligibilityRules: [],
        ...flags,
      },
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const attested = async (serviceId: string, patch: Record<string, unknown> = {}) => {
    const beneficiary = (await registerBeneficiary()).id;
    const request = (await fileRequest(beneficiary, serviceId, { documentsProvided: [], ...patch })).id;
    await attest(beneficiary, request);
    return request;
  };
  const journey = async (request: string) =>
    (await http<Journey>('GET', `/api/wasl/service-requests/${request}/journey`, { token: reception })).body;

  beforeAll(async () => {
    [admin, reception, committee] = await Promise.all([
      loginAs('association_admin'),
      loginAs('reception_officer'),
      loginAs('committee_member'),
    ]);
  });

  it('[HRF-H4] a service that needs no social research skips the research step: the front desk sends it to the committee', async () => {
    const request = await attested(await service({ needsResearch: false }));
    expect((await move(reception, request, 'complete')).status).toBe(200);
    expect((await journey(request)).nextSteps).toEqual(['incomplete', 'in_committee', 'withdrawn']);
    const research = await move(reception, request, 'in_research');
    expect(research.status).toBe(409);
    expect((research.body as Refusal).error.details.code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await move(reception, request, 'in_committee')).status).toBe(200);
    expect(
      (await http<Journey>('GET', `/api/wasl/service-requests/${request}/journey`, { token: committee })).body.status,
    ).toBe('in_committee');
  });

  it('[HRF-H4] a service that needs the research offers no shortcut to the committee', async () => {
    const request = await attested(await service({ needsResearch: true }));
    expect((await move(reception, request, 'complete')).status).toBe(200);
    expect((await journey(request)).nextSteps).toEqual(['incomplete', 'in_research', 'withdrawn']);
    expect((await move(reception, request, 'in_committee')).status).toBe(409);
  });

  it('[YSR-E3] a service that needs an interview is not complete until the interview result is recorded', async () => {
    const request = await attested(await service({ needsInterview: true }));
    const refused = await move(reception, request, 'complete');
    expect(refused.status).toBe(409);
    expect((refused.body as Refusal).error.details.blockers?.map((b) => b.code)).toEqual(['INTERVIEW_RESULT_MISSING']);
    expect(
      (
        await http('PUT', `/api/wasl/service-requests/${request}`, {
          token: reception,
          body: { interviewPassed: true },
        })
      ).status,
    ).toBe(200);
    expect((await move(reception, request, 'complete')).status).toBe(200);
  });

  it('[YSR-E4] a service that needs a referral is not complete until the referral source is recorded', async () => {
    const request = await attested(await service({ needsReferral: true }));
    const refused = await move(reception, request, 'complete');
    expect(refused.status).toBe(409);
    expect((refused.body as Refusal).error.details.blockers?.map((b) => b.code)).toEqual(['REFERRAL_MISSING']);
    expect(
      (
        await http('PUT', `/api/wasl/service-requests/${request}`, {
          token: reception,
          body: { referralSource: 'court' },
        })
      ).status,
    ).toBe(200);
    expect((await move(reception, request, 'complete')).status).toBe(200);
  });
});
