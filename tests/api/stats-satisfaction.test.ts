/**
 * S1, MC4: satisfaction survey results from the statistics API (cms/services/stats.ts): responses, mean score,
 * CSAT (share of scores 4 and 5), per service and branch. Responses are written with raw SQL (as the bench
 * does; the API cannot backdate them) for requests at a branch of the test's own, in July 2025, so every figure
 * is a hand count of this file's rows.
 */
import { readTestServer } from '../helpers/server-env';
import { closeDb, db } from '../helpers/db';
import { insertedId, newBranch, rawInstant, rawKey, stats } from '../helpers/stats';

type Sat = { responses: number; averageScore: number | null; csat: number | null };
type Satisfaction = Sat & {
  from: string;
  to: string;
  bucket: string;
  responseRate: number | null;
  series: ({ bucket: string } & Sat)[];
  byService: ({ serviceId: number; serviceName: string } & Sat)[];
  byBranch: ({ branchId: number; branchName: string } & Sat)[];
};

const july = { from: '2025-07-01', to: '2025-07-31' };

afterAll(closeDb);

describe('satisfaction statistics', () => {
  const client = readTestServer().client;
  let branch: { documentId: string; id: number };
  let services: { id: number; name_ar: string }[];
  const ids: Record<string, number> = {};

  const now = () => rawInstant(client, new Date().toISOString());
  const request = async (service: number) => {
    const key = rawKey('sat');
    const id = insertedId(
      await db()('wasl_service_requests')
        .insert({
          document_id: key,
          tracking_number: `T-${key}`,
          status: 'delivered',
          version: 1,
          received_at: rawInstant(client, '2025-06-01T06:00:00Z'),
          created_at: now(),
          updated_at: now(),
        })
        .returning('id'),
    );
    await db()('wasl_service_requests_service_lnk').insert({ service_request_id: id, service_id: service });
    await db()('wasl_service_requests_branch_lnk').insert({ service_request_id: id, branch_id: branch.id });
    return id;
  };
  const response = async (name: string, requestId: number, surveyId: number, score: number, submittedAt: string) => {
    const id = insertedId(
      await db()('wasl_survey_responses')
        .insert({
          document_id: rawKey('rsp'),
          score,
          channel: 'in_person',
          submitted_at: rawInstant(client, submittedAt),
          created_at: now(),
          updated_at: now(),
        })
        .returning('id'),
    );
    await db()('wasl_survey_responses_survey_lnk').insert({ survey_response_id: id, survey_id: surveyId });
    await db()('wasl_survey_responses_request_lnk').insert({ survey_response_id: id, service_request_id: requestId });
    ids[name] = id;
  };

  beforeAll(async () => {
    branch = await newBranch('STATS-S1', 'فرع قياس الرضا');
    services = await db()('wasl_services').select('id', 'name_ar').orderBy('id');
    expect(services.length).toBeGreaterThan(1);
    const [survey] = (await db()('wasl_surveys').select('id').orderBy('id')) as { id: number }[];
    expect(survey).toBeDefined();
    ids.q1 = await request(services[0].id);
    ids.q2 = await request(services[1].id);
    // 1 July 13:00 Riyadh; 2 July 01:00 Riyadh (22:00 UTC on 1 July); 5 July twice; 30 June 23:00 Riyadh (outside).
    await response('a', ids.q1, survey.id, 5, '2025-07-01T10:00:00Z');
    await response('b', ids.q1, survey.id, 4, '2025-07-01T22:00:00Z');
    await response('c', ids.q2, survey.id, 3, '2025-07-05T09:00:00Z');
    await response('d', ids.q2, survey.id, 2, '2025-07-05T10:00:00Z');
    await response('e', ids.q1, survey.id, 1, '2025-06-30T20:00:00Z');
  });

  const byService = (res: { body: Satisfaction }, index: number) =>
    res.body.byService.find((s) => s.serviceId === services[index].id);

  it('[S1] gives the responses, the mean score and CSAT of the range, per Riyadh day', async () => {
    const res = await stats<Satisfaction>('satisfaction', { ...july, branch: branch.id });
    expect(res.status).toBe(200);
    // (5 + 4 + 3 + 2) / 4 = 3.5; two of four scored 4 or 5. A link belongs to no branch: no response rate here.
    expect(res.body).toMatchObject({
      from: '2025-07-01',
      to: '2025-07-31',
      responses: 4,
      averageScore: 3.5,
      csat: 50,
      responseRate: null,
    });
    expect(res.body.series).toHaveLength(31);
    expect(res.body.series.slice(0, 3)).toEqual([
      { bucket: '2025-07-01', responses: 1, averageScore: 5, csat: 100 },
      { bucket: '2025-07-02', responses: 1, averageScore: 4, csat: 100 },
      { bucket: '2025-07-03', responses: 0, averageScore: null, csat: null },
    ]);
    expect(res.body.series[4]).toEqual({ bucket: '2025-07-05', responses: 2, averageScore: 2.5, csat: 0 });
    expect(res.body.byBranch).toEqual([
      { branchId: branch.id, branchName: 'فرع قياس الرضا', responses: 4, averageScore: 3.5, csat: 50 },
    ]);
  });

  it('[MC4] analyses the results per service, and follows a changed score and a request moved to another service', async () => {
    const before = await stats<Satisfaction>('satisfaction', { ...july, branch: branch.id });
    expect(byService(before, 0)).toMatchObject({ responses: 2, averageScore: 4.5, csat: 100 });
    expect(byService(before, 1)).toMatchObject({ responses: 2, averageScore: 2.5, csat: 0 });
    await db()('wasl_survey_responses').where({ id: ids.d }).update({ score: 5 });
    const rescored = await stats<Satisfaction>('satisfaction', { ...july, branch: branch.id });
    // (5 + 4 + 3 + 5) / 4 = 4.25; three of four.
    expect(rescored.body).toMatchObject({ responses: 4, averageScore: 4.25, csat: 75 });
    expect(byService(rescored, 1)).toMatchObject({ responses: 2, averageScore: 4, csat: 50 });
    await db()('wasl_service_requests_service_lnk')
      .where({ service_request_id: ids.q2 })
      .update({ service_id: services[0].id });
    const moved = await stats<Satisfaction>('satisfaction', { ...july, branch: branch.id, bucket: 'month' });
    expect(byService(moved, 0)).toMatchObject({ responses: 4, averageScore: 4.25, csat: 75 });
    expect(byService(moved, 1)).toEqual({
      serviceId: services[1].id,
      serviceName: services[1].name_ar,
      responses: 0,
      averageScore: null,
      csat: null,
    });
    expect(moved.body.series).toEqual([{ bucket: '2025-07-01', responses: 4, averageScore: 4.25, csat: 75 }]);
  });

  it('[S1] gives the response rate: the one-time links sent in the range that were answered', async () => {
    const [survey] = (await db()('wasl_surveys').select('id').orderBy('id')) as { id: number }[];
    const invite = async (sentAt: string, usedAt: string | null) => {
      const key = rawKey('inv');
      const id = insertedId(
        await db()('wasl_survey_invitations')
          .insert({
            document_id: key,
            channel: 'email',
            sent_at: rawInstant(client, sentAt),
            expires_at: rawInstant(client, '2025-09-30T00:00:00Z'),
            used_at: usedAt === null ? null : rawInstant(client, usedAt),
            token_hash: `${key}-hash`,
            dedupe_key: `${key}-dedupe`,
            created_at: now(),
            updated_at: now(),
          })
          .returning('id'),
      );
      await db()('wasl_survey_invitations_survey_lnk').insert({ survey_invitation_id: id, survey_id: survey.id });
    };
    // Four links sent in July (Riyadh), three answered; one sent on 30 June 23:30 Riyadh does not count.
    await invite('2025-07-02T06:00:00Z', '2025-07-02T08:00:00Z');
    await invite('2025-07-03T06:00:00Z', '2025-07-04T08:00:00Z');
    await invite('2025-07-10T06:00:00Z', '2025-08-01T08:00:00Z');
    await invite('2025-07-31T20:00:00Z', null);
    await invite('2025-06-30T20:30:00Z', '2025-07-01T08:00:00Z');
    const res = await stats<Satisfaction>('satisfaction', july);
    expect(res.status).toBe(200);
    expect(res.body.responseRate).toBe(75);
  });

  it('[ALL-SAT] gives no figure per staff member, and only management reads it', async () => {
    const res = await stats<Satisfaction>('satisfaction', { ...july, branch: branch.id });
    const keys = Object.keys(res.body).sort();
    expect(keys).toEqual([
      'averageScore',
      'bucket',
      'byBranch',
      'byService',
      'csat',
      'from',
      'responseRate',
      'responses',
      'series',
      'to',
    ]);
    expect((await stats('satisfaction', july, 'reception_officer')).status).toBe(403);
    expect((await stats('satisfaction', july, 'follow_up_committee')).status).toBe(403);
  });
});
