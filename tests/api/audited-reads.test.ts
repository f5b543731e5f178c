/**
 * P1 (PDPL): reads of sensitive data leave one audit row per HTTP request, with record ids and field
 * names and never a value (cms/services/read-audit.ts): list pages with unmasked IDs or phones, searches
 * by ID or phone, and reads of one request, its journey, one complaint.
 */
import { http, loginAs } from '../helpers/api';
import { registerBeneficiary } from '../helpers/journey';
import { auditRows, list, type Rec } from '../helpers/lists';

describe('audited reads', () => {
  let beneficiary: Rec;
  beforeAll(async () => {
    const { id } = await registerBeneficiary();
    beneficiary = (
      await http<Rec>('GET', `/api/wasl/beneficiaries/${id}`, { token: await loginAs('reception_officer') })
    ).body;
  });

  it('[P1] a beneficiaries page with unmasked IDs is read_list_sensitive with its count and record ids, no values', async () => {
    const page = await list(await loginAs('social_researcher'), 'beneficiaries', {
      range: [0, 4],
      sort: ['id', 'ASC'],
    });
    expect(page.body.length).toBe(5);
    const [row] = await auditRows({
      action: 'read_list_sensitive',
      resource: 'beneficiaries',
      actorRole: 'social_researcher',
    });
    expect(row.summary).toMatchObject({
      count: 5,
      recordIds: page.body.map((r) => r.id),
      unmaskedFields: ['nationalId', 'phone', 'email', 'birthDate'],
    });
    expect(JSON.stringify(row.summary)).not.toContain(String(page.body[0].nationalId));
  });

  it('[P1] a page the manager sees masked is not a sensitive list read', async () => {
    const before = (await auditRows({ action: 'read_list_sensitive', actorRole: 'manager' })).length;
    const page = await list(await loginAs('manager'), 'beneficiaries', { range: [0, 4] });
    expect(page.body.length).toBe(5);
    expect((await auditRows({ action: 'read_list_sensitive', actorRole: 'manager' })).length).toBe(before);
  });

  it('[P1] a complaints page for the contact officer, who sees phones unmasked, is read_list_sensitive', async () => {
    const page = await list(await loginAs('contact_officer'), 'complaints', { range: [0, 2], sort: ['id', 'ASC'] });
    expect(page.body.length).toBe(3);
    const [row] = await auditRows({
      action: 'read_list_sensitive',
      resource: 'complaints',
      actorRole: 'contact_officer',
    });
    expect(row.summary).toMatchObject({
      count: 3,
      recordIds: page.body.map((r) => r.id),
      unmaskedFields: ['complainantPhone', 'complainantEmail'],
    });
  });

  it('[P1] a q of a full national ID is search_sensitive naming q, without the ID', async () => {
    const found = await list(await loginAs('reception_officer'), 'beneficiaries', {
      filter: { q: beneficiary.nationalId },
    });
    expect(found.body.map((r) => r.id)).toEqual([beneficiary.id]);
    const [row] = await auditRows({
      action: 'search_sensitive',
      resource: 'beneficiaries',
      actorRole: 'reception_officer',
    });
    expect(row.summary).toMatchObject({ count: 1, recordIds: [beneficiary.id], searchedFields: ['q'] });
    expect(JSON.stringify(row)).not.toContain(String(beneficiary.nationalId));
  });

  it('[P1] a filter on the phone is search_sensitive naming phone, without the number', async () => {
    await list(await loginAs('reception_officer'), 'beneficiaries', { filter: { phone: beneficiary.phone } });
    const [row] = await auditRows({
      action: 'search_sensitive',
      resource: 'beneficiaries',
      actorRole: 'reception_officer',
    });
    expect(row.summary).toMatchObject({ count: 1, recordIds: [beneficiary.id], searchedFields: ['phone'] });
    expect(JSON.stringify(row)).not.toContain(String(beneficiary.phone).slice(-8));
  });

  it('[P1] a search by a 10-digit q by a masking role is audited too (it found nothing)', async () => {
    const res = await list(await loginAs('committee_member'), 'beneficiaries', { filter: { q: '1000000008' } });
    expect(res.body.length).toBe(0);
    const [row] = await auditRows({
      action: 'search_sensitive',
      resource: 'beneficiaries',
      actorRole: 'committee_member',
    });
    expect(row.summary).toMatchObject({ count: 0, recordIds: [], searchedFields: ['q'] });
  });

  it('[P1] one service request, its journey and one complaint are each read_sensitive, once per call', async () => {
    const reception = await loginAs('reception_officer');
    const [request] = (
      await list(reception, 'service-requests', {
        filter: {
          status: 'received',
          service: (await list(reception, 'services', { filter: { key: 'family-counselling' } })).body[0].id,
        },
        range: [0, 0],
      })
    ).body;
    const before = (await auditRows({ action: 'read_sensitive', recordId: request.id })).length;
    await http('GET', `/api/wasl/service-requests/${request.id}`, { token: reception });
    await http('GET', `/api/wasl/service-requests/${request.id}/journey`, { token: reception });
    const rows = await auditRows({ action: 'read_sensitive', recordId: request.id });
    expect(rows.length - before).toBe(2);
    expect(rows.slice(0, 2).map((r) => [r.resource, r.summary.view])).toEqual([
      ['service-requests', 'journey'],
      ['service-requests', 'record'],
    ]);

    const [complaint] = (await list(reception, 'complaints', { range: [0, 0] })).body;
    const complaintBefore = (
      await auditRows({ action: 'read_sensitive', resource: 'complaints', recordId: complaint.id })
    ).length;
    await http('GET', `/api/wasl/complaints/${complaint.id}`, { token: reception });
    const complaintRows = await auditRows({ action: 'read_sensitive', resource: 'complaints', recordId: complaint.id });
    expect(complaintRows.length - complaintBefore).toBe(1);
    expect(complaintRows[0]).toMatchObject({
      actorRole: 'reception_officer',
      summary: { view: 'record', masked: false },
    });
  });
});
