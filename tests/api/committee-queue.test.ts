/**
 * H6: a committee member's pending items are the requests before a committee they sit on, not yet voted
 * on by them — filtered by the server (`filter={"awaitingMyVote":true}`), never by the console.
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { attest, fileRequest, move, registerBeneficiary, serviceId } from '../helpers/journey';

type Row = { id: string; status: string };

/** Takes a fresh request of this service to the committee the way the front desk and researcher do. */
const toCommittee = async (beneficiary: string, service: string): Promise<string> => {
  const reception = await loginAs('reception_officer');
  const researcher = await loginAs('social_researcher');
  const { id } = await fileRequest(beneficiary, service, {
    interviewPassed: true,
    documentsProvided: ['national_id_copy', 'social_status_proof'],
  });
  await attest(beneficiary, id);
  for (const to of ['complete', 'in_research']) {
    const r = await move(reception, id, to);
    if (r.status !== 200) throw new Error(`${to}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  expect(
    (
      await http('PUT', `/api/wasl/service-requests/${id}`, {
        token: researcher,
        body: { researchReport: 'الحالة مستحقة بعد الزيارة والمقابلة' },
      })
    ).status,
  ).toBe(200);
  expect((await move(researcher, id, 'in_committee')).status).toBe(200);
  return id;
};

const pending = async (username: string, ids: string[]) =>
  http<Row[]>('GET', '/api/wasl/service-requests', {
    token: await loginAsUser(username),
    query: { filter: { id: ids, awaitingMyVote: true }, range: [0, 99] },
  });

describe("the committee member's pending items", () => {
  let ownCommittee: string;
  let shared: string;
  beforeAll(async () => {
    const admin = await loginAs('association_admin');
    const member2 = await db()('up_users')
      .where({ username: 'committee-member-2' })
      .first<{ document_id: string }>('document_id');
    const stamp = Date.now();
    const committee = await http<{ id: string }>('POST', '/api/wasl/committees', {
      token: admin,
      body: {
        key: `family-${stamp}`,
        nameAr: 'لجنة الإرشاد الأسري',
        type: 'specialized',
        quorum: 1,
        members: [member2.document_id],
        active: true,
      },
    });
    expect(committee.status).toBe(201);
    const service = await http<{ id: string }>('POST', '/api/wasl/services', {
      token: admin,
      body: {
        key: `family-${stamp}`,
        nameAr: 'الإرشاد الأسري المتخصص',
        category: 'counselling',
        published: true,
        committee: committee.body.id,
        requiredDocuments: [],
        eligibilityRules: [],
      },
    });
    expect(service.status).toBe(201);
    const beneficiary = (await registerBeneficiary()).id;
    ownCommittee = await toCommittee(beneficiary, service.body.id);
    shared = await toCommittee(beneficiary, await serviceId('skills-programmes'));
  });
  afterAll(closeDb);

  it('[ESR-H6] shows only requests before a committee the caller sits on', async () => {
    expect((await pending('committee-member', [ownCommittee, shared])).body.map((r) => r.id)).toEqual([shared]);
    expect((await pending('committee-member-2', [ownCommittee, shared])).body.map((r) => r.id).sort()).toEqual(
      [ownCommittee, shared].sort(),
    );
  });

  it("[ESR-H6] a request leaves the member's pending items once they have voted, and stays for the others", async () => {
    expect(
      (
        await http('POST', `/api/wasl/service-requests/${shared}/votes`, {
          token: await loginAsUser('committee-member'),
          body: { choice: 'approve' },
        })
      ).status,
    ).toBe(201);
    const mine = await pending('committee-member', [ownCommittee, shared]);
    expect(mine.body).toEqual([]);
    expect(mine.headers.get('content-range')).toMatch(/\/0$/);
    expect((await pending('committee-member-3', [ownCommittee, shared])).body.map((r) => r.id)).toEqual([shared]);
  });

  it("[ESR-H6] every pending item, across the whole queue, is in committee, of the member's committee and unvoted by them", async () => {
    const rows = (
      await http<Row[]>('GET', '/api/wasl/service-requests', {
        token: await loginAsUser('committee-member'),
        query: { filter: { awaitingMyVote: true }, range: [0, 499] },
      })
    ).body;
    const user = await db()('up_users').where({ username: 'committee-member' }).first<{ id: number }>('id');
    const expected = await db()('wasl_service_requests as r')
      .join('wasl_service_requests_service_lnk as sl', 'sl.service_request_id', 'r.id')
      .join('wasl_services_committee_lnk as cl', 'cl.service_id', 'sl.service_id')
      .join('wasl_committees_members_lnk as ml', 'ml.committee_id', 'cl.committee_id')
      .where({ 'r.status': 'in_committee', 'ml.user_id': user.id })
      .whereNotExists(
        db()('wasl_votes_request_lnk as vr')
          .join('wasl_votes_member_lnk as vm', 'vm.vote_id', 'vr.vote_id')
          .whereRaw('vr.service_request_id = r.id')
          .where('vm.user_id', user.id),
      )
      .distinct('r.document_id');
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r: { document_id: string }) => r.document_id).sort());
    expect(rows.every((r) => r.status === 'in_committee')).toBe(true);
  });

  it('[ESR-H6] any other value of the filter is a 400 INVALID_FILTER', async () => {
    const res = await http<ErrorBody>('GET', '/api/wasl/service-requests', {
      token: await loginAs('committee_member'),
      query: { filter: { awaitingMyVote: 'yes' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ field: 'awaitingMyVote', code: 'INVALID_FILTER' });
  });
});
