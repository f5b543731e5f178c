/**
 * I1: the contact officer's own queue — `filter={"assignedToMe":true}` on complaints lists the complaints
 * routed to the signed-in staff member, nobody else's, in SQL (the console's landing counts read its total).
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { staffIntake, step } from '../helpers/complaints';
import { countAs, list } from '../helpers/lists';

const userId = async (username: string): Promise<number> =>
  (await http<{ id: number }>('GET', '/api/users/me', { token: await loginAsUser(username) })).body.id;

describe('complaints assigned to me', () => {
  it('[I1] a complaint routed to the contact officer is one more in their queue and in nobody else’s', async () => {
    const officer = await loginAs('contact_officer');
    const followUp = await loginAs('follow_up_committee');
    const before = await countAs(officer, 'complaints', { assignedToMe: true });
    const othersBefore = await countAs(followUp, 'complaints', { assignedToMe: true });

    const complaint = (await staffIntake({ category: 'facilities' })).body;
    expect(complaint.status).toBe('received');
    const assigned = await step('follow_up_committee', complaint.id, 'assign', {
      assignedTo: await userId('contact-officer'),
      department: 'الشؤون الإدارية',
    });
    expect(assigned.status).toBe(200);

    expect(await countAs(officer, 'complaints', { assignedToMe: true })).toBe(before + 1);
    expect(await countAs(followUp, 'complaints', { assignedToMe: true })).toBe(othersBefore);
    const mine = await list(officer, 'complaints', {
      filter: { assignedToMe: true, status: ['assigned'] },
      range: [0, 499],
    });
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.map((c) => c.id)).toContain(complaint.id);
    const theirs = await list(followUp, 'complaints', { filter: { assignedToMe: true }, range: [0, 499] });
    expect(theirs.body.map((c) => c.id)).not.toContain(complaint.id);
  });

  it('[I1] assignedToMe takes true only: anything else is 400 INVALID_FILTER naming it', async () => {
    const reply = await list(await loginAs('contact_officer'), 'complaints', { filter: { assignedToMe: 'yes' } });
    expect(reply.status).toBe(400);
    const { details } = (reply.body as unknown as ErrorBody).error;
    expect(details.code).toBe('INVALID_FILTER');
    expect(details.errors?.map((e) => e.field)).toEqual(['assignedToMe']);
  });
});
