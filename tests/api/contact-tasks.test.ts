/**
 * H6 without pretending: a beneficiary who agreed on a text message (no automated SMS sender exists)
 * gets a task for the staff on the request, never a message marked sent; a person records it done.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { attest, fileRequest, move, registerBeneficiary, serviceId } from '../helpers/journey';

type Task = {
  id: number;
  channel: string;
  template: string;
  status: string;
  recipient: string;
  bodyText: string;
  doneById: number | null;
  doneNote: string | null;
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('contact tasks for channels no machine delivers', () => {
  let reception: string;
  let request: string;
  let task: Task;

  beforeAll(async () => {
    reception = await loginAs('reception_officer');
    const beneficiary = (await registerBeneficiary({ preferredChannel: 'sms', phone: '0551239876' })).id;
    request = (await fileRequest(beneficiary, await serviceId('family-counselling'))).id;
    await attest(beneficiary, request);
    expect((await move(reception, request, 'complete')).status).toBe(200);
  });
  afterAll(closeDb);

  it('[ESR-H6] an SMS preference produces a staff task, and the outbox never marks it sent', async () => {
    // The outbox worker runs every 200 ms in the test server: two seconds are ten passes.
    await pause(2000);
    const rows = await db()('wasl_notifications')
      .where({ related_id: request })
      .select('template', 'channel', 'status', 'sent_at', 'attempts');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      template: 'request_completed',
      channel: 'sms',
      status: 'staff_task',
      sent_at: null,
      attempts: 0,
    });
  });

  it('[ESR-H6] the task is shown on the request with the number to reach the beneficiary', async () => {
    const res = await http<Task[]>('GET', `/api/wasl/service-requests/${request}/contact-tasks`, { token: reception });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    task = res.body[0];
    expect(task).toMatchObject({
      channel: 'sms',
      template: 'request_completed',
      status: 'staff_task',
      recipient: '+966551239876',
      doneById: null,
    });
    expect(task.bodyText).toContain('اكتمل طلبكم');
  });

  it('[HRF-P1] the manager sees the task with the phone masked; a committee member may not list tasks', async () => {
    const managed = await http<Task[]>('GET', `/api/wasl/service-requests/${request}/contact-tasks`, {
      token: await loginAs('manager'),
    });
    expect(managed.status).toBe(200);
    expect(managed.body.map((t) => t.recipient)).toEqual(['+966*******76']);
    const committee = await http<ErrorBody>('GET', `/api/wasl/service-requests/${request}/contact-tasks`, {
      token: await loginAs('committee_member'),
    });
    expect(committee.status).toBe(403);
  });

  it('[ESR-H6] a bad body is refused field by field and nothing changes', async () => {
    const res = await http<ErrorBody>('POST', `/api/wasl/contact-tasks/${task.id}/done`, {
      token: reception,
      body: { note: 5, sentBy: 'me' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ['note', 'FIELD_INVALID_TYPE'],
      ['sentBy', 'UNKNOWN_FIELD'],
    ]);
    expect((await db()('wasl_notifications').where({ id: task.id }).first('status')).status).toBe('staff_task');
  });

  it('[ESR-H6] a person records the task done once; a second time is 409; the audit names the task', async () => {
    const done = await http<Task>('POST', `/api/wasl/contact-tasks/${task.id}/done`, {
      token: reception,
      body: { note: 'أُرسلت الرسالة من جوال الجمعية' },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', doneNote: 'أُرسلت الرسالة من جوال الجمعية' });
    expect(done.body.doneById).toEqual(expect.any(Number));
    const again = await http<ErrorBody>('POST', `/api/wasl/contact-tasks/${task.id}/done`, {
      token: reception,
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('TASK_ALREADY_DONE');
    const audit = await db()('wasl_audit_logs')
      .where({ action: 'contact_task_done', record_id: request })
      .select('summary');
    expect(audit).toHaveLength(1);
    const summary = typeof audit[0].summary === 'string' ? JSON.parse(audit[0].summary) : audit[0].summary;
    expect(summary).toEqual({ task: task.id, channel: 'sms', template: 'request_completed' });
  });

  it('[HRF-P1] an unknown task is 404', async () => {
    const res = await http<ErrorBody>('POST', '/api/wasl/contact-tasks/99999999/done', { token: reception, body: {} });
    expect(res.status).toBe(404);
  });
});
