/**
 * Publishing a policy document (issue 13): the board approval is required (PD1), a publish through the
 * console or through Strapi's own admin API leaves an audit entry naming who and which version, and a
 * policy that supersedes another marks it superseded, so nobody is asked to sign the old one (PD2).
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { adminSession, type AdminSession } from '../helpers/audit';
import { closeDb, db, jsonColumn } from '../helpers/db';
import { APPROVAL } from '../helpers/policies';

const CM = '/content-manager/collection-types/plugin::wasl.policy-document';

type PolicyRecord = {
  id: string;
  versionNumber: number;
  published: boolean;
  publishedVersion: number | null;
  superseded: boolean;
  supersededBy: { id: string; titleAr: string } | null;
  signable: boolean;
  bodyHtmlAr: string;
};

let admin: string;
const key = (name: string) => `${name}-${Date.now()}`;
const draft = async (body: Record<string, unknown>) => {
  const res = await http<PolicyRecord>('POST', '/api/wasl/policy-documents', { token: admin, body });
  expect(res.status).toBe(201);
  return res.body.id;
};
const publish = (id: string) =>
  http<PolicyRecord & ErrorBody>('POST', `/api/wasl/policy-documents/${id}/publish`, { token: admin });
const versionRows = (id: string) =>
  db()('wasl_policy_versions')
    .where({ policy_document_id: id })
    .orderBy('version_number')
    .select('version_number', 'withdrawn_at', 'supersedes_document_id', 'body_ar');
const auditRows = (id: string) =>
  db()('wasl_audit_logs')
    .where({ resource: 'policy-documents', record_id: id })
    .whereIn('action', ['publish', 'unpublish', 'discard_draft'])
    .orderBy('id')
    .select('action', 'actor_id', 'actor_role', 'summary');

beforeAll(async () => {
  admin = await loginAs('association_admin');
});
afterAll(closeDb);

describe('[PD1] the board approval', () => {
  it('[PD1] publishing a policy without its approval is refused with one message per missing field, in Arabic and English; nothing is published nor snapshotted', async () => {
    const id = await draft({ policyKey: key('no-approval'), titleAr: 'سياسة بلا اعتماد', bodyAr: 'نص' });
    const res = await publish(id);
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('VALIDATION_FAILED');
    const errors = res.body.error.details.errors.map((e) => [e.field, e.code]);
    expect(errors).toEqual([
      ['boardMeetingNumber', 'APPROVAL_MEETING_REQUIRED'],
      ['boardSession', 'APPROVAL_SESSION_REQUIRED'],
      ['chairName', 'APPROVAL_CHAIR_REQUIRED'],
      ['approvalDate', 'APPROVAL_DATE_REQUIRED'],
      ['approvalDateHijri', 'APPROVAL_HIJRI_REQUIRED'],
      ['signatories', 'APPROVAL_SIGNATORIES_REQUIRED'],
    ]);
    expect(res.body.error.details.errors[0]).toMatchObject({
      messageAr: 'نشر السياسة يتطلب رقم اجتماع مجلس الإدارة الذي اعتمدها',
      messageEn: 'Publishing a policy needs the number of the board meeting that approved it',
    });
    for (const error of res.body.error.details.errors) expect(error.messageAr).not.toBe(error.messageEn);
    expect(
      Number(
        (
          await db()('wasl_policy_documents').where({ document_id: id }).whereNotNull('published_at').count({ n: '*' })
        )[0].n,
      ),
    ).toBe(0);
    expect(await versionRows(id)).toEqual([]);
    expect(await auditRows(id)).toEqual([]);
    // A draft is not what staff read: for anyone but the admin it does not exist.
    expect((await http('GET', `/api/wasl/policy-documents/${id}`, { token: await loginAs('manager') })).status).toBe(
      404,
    );
  });

  it('[PD1] a Hijri date that is not the approval day is refused on that field', async () => {
    const id = await draft({
      policyKey: key('wrong-hijri'),
      titleAr: 'سياسة',
      ...APPROVAL,
      approvalDateHijri: '1442-11-28',
    });
    const res = await publish(id);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({
        field: 'approvalDateHijri',
        code: 'APPROVAL_HIJRI_MISMATCH',
        messageEn: 'The Hijri date is not the same day as the Gregorian approval date: it is 2021-07-08',
      }),
    ]);
  });

  it("[PD1] a policy edited and published through Strapi's admin API leaves an audit entry naming the admin user and the version; unpublishing leaves another", async () => {
    const session: AdminSession = await adminSession();
    const cm = (method: string, path: string, body: unknown = {}) =>
      http<{ data?: { documentId: string } } & ErrorBody>(method, `${CM}${path}`, { token: session.token, body });
    const id = await draft({
      policyKey: key('via-admin'),
      titleAr: 'سياسة التطوع',
      bodyAr: 'الإصدار الأول',
      ...APPROVAL,
    });
    expect((await publish(id)).status).toBe(200);

    const edited = await cm('PUT', `/${id}`, { versionNumber: 2, bodyAr: 'الإصدار الثاني' });
    expect(edited.status).toBe(200);
    const published = await cm('POST', `/${id}/actions/publish`);
    expect(published.status).toBe(200);
    expect((await versionRows(id)).map((r) => [r.version_number, r.body_ar, r.withdrawn_at])).toEqual([
      [1, 'الإصدار الأول', null],
      [2, 'الإصدار الثاني', null],
    ]);

    const unpublished = await cm('POST', `/${id}/actions/unpublish`);
    expect(unpublished.status).toBe(200);
    const rows = (await auditRows(id)).map((r) => ({ ...r, summary: jsonColumn(r.summary) }));
    expect(rows.slice(1)).toEqual([
      {
        action: 'publish',
        actor_id: session.userId,
        actor_role: 'strapi_admin',
        summary: { versionNumber: 2, via: 'content-manager' },
      },
      {
        action: 'unpublish',
        actor_id: session.userId,
        actor_role: 'strapi_admin',
        summary: { versionNumber: 2, via: 'content-manager' },
      },
    ]);
    expect(rows[0]).toMatchObject({
      action: 'publish',
      actor_role: 'association_admin',
      summary: { versionNumber: 1, via: 'console' },
    });
    // PD4: withdrawn, every version of it leaves the site.
    expect((await versionRows(id)).every((r) => r.withdrawn_at !== null)).toBe(true);
  });

  it('[PD1] through the admin API too, a policy without its approval is not published', async () => {
    const session = await adminSession();
    const id = await draft({ policyKey: key('admin-no-approval'), titleAr: 'سياسة بلا اعتماد' });
    const res = await http<ErrorBody>('POST', `${CM}/${id}/actions/publish`, { token: session.token, body: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => e.field)).toEqual([
      'boardMeetingNumber',
      'boardSession',
      'chairName',
      'approvalDate',
      'approvalDateHijri',
      'signatories',
    ]);
    expect(await versionRows(id)).toEqual([]);
  });

  it('[PD3] a changed text under the published version number is refused (409): a new text is a new version', async () => {
    const id = await draft({ policyKey: key('same-number'), titleAr: 'سياسة الخصوصية', bodyAr: 'نص أول', ...APPROVAL });
    expect((await publish(id)).status).toBe(200);
    expect(
      (await http('PUT', `/api/wasl/policy-documents/${id}`, { token: admin, body: { bodyAr: 'نص معدل' } })).status,
    ).toBe(200);
    const res = await publish(id);
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('POLICY_VERSION_TEXT_CHANGED');
    expect((await versionRows(id)).map((r) => r.body_ar)).toEqual(['نص أول']);
  });
});

describe('[PD2] superseding', () => {
  it('[PD2] publishing a policy that supersedes another marks the other superseded, still readable, and it can no longer be signed', async () => {
    const old = await draft({ policyKey: key('old-policy'), titleAr: 'سياسة الشكاوى القديمة', ...APPROVAL });
    expect((await publish(old)).status).toBe(200);
    const officer = await loginAs('contact_officer');
    const before = await http<PolicyRecord>('GET', `/api/wasl/policy-documents/${old}`, { token: officer });
    expect(before.body).toMatchObject({ superseded: false, supersededBy: null, signable: true });

    const newer = await draft({ policyKey: key('new-policy'), titleAr: 'سياسة الشكاوى', ...APPROVAL, supersedes: old });
    expect((await publish(newer)).status).toBe(200);
    const after = await http<PolicyRecord>('GET', `/api/wasl/policy-documents/${old}`, { token: officer });
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({
      superseded: true,
      supersededBy: { id: newer, titleAr: 'سياسة الشكاوى' },
      signable: false,
    });
    expect((await versionRows(newer)).map((r) => r.supersedes_document_id)).toEqual([old]);
    expect((await versionRows(old)).map((r) => [r.version_number, r.withdrawn_at])).toEqual([[1, null]]);
    const ack = await http<ErrorBody>('POST', '/api/wasl/policy-acknowledgements', {
      token: officer,
      body: { policy: old },
    });
    expect(ack.status).toBe(409);
    expect(ack.body.error.details.code).toBe('POLICY_SUPERSEDED');
  });
});
