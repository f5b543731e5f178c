/**
 * Issue 10, as an outsider reaches a fresh install: the first-admin form is closed (the super admin
 * was created at start from WASL_ADMIN_EMAIL / WASL_ADMIN_PASSWORD), `/` does not lead to /admin,
 * foreign origins get no CORS headers, no X-Powered-By, no HSTS without TLS, and bodies that used to
 * end in a 5xx answer 400 with a field message. The test server runs with SERVE_ADMIN_PANEL=false:
 * the admin API (/admin/init, /admin/register-admin) is routed all the same, and that is what an
 * attacker calls.
 */
import { ALLOWED_ORIGIN } from '../helpers/global-setup';
import { baseUrl, http, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { readTestServer } from '../helpers/server-env';

const raw = (path: string, init: RequestInit = {}) => fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init });
const postJson = (path: string, text: string) =>
  raw(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });

afterAll(closeDb);

describe('first boot: the super admin exists before anyone can register one', () => {
  it('[P1] POST /admin/register-admin from an anonymous caller is refused and creates nobody', async () => {
    const before = Number((await db()('admin_users').count({ n: '*' }))[0].n);
    const res = await http<ErrorBody>('POST', '/admin/register-admin', {
      body: { email: 'attacker@evil.example', firstname: 'Eve', lastname: 'Attacker', password: 'Attacker-Pass-2026' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('FORBIDDEN');
    expect(res.body.error.details.messageAr).toBe('لا تملك صلاحية هذا الإجراء');
    expect(Number((await db()('admin_users').where({ email: 'attacker@evil.example' }).count({ n: '*' }))[0].n)).toBe(
      0,
    );
    expect(Number((await db()('admin_users').count({ n: '*' }))[0].n)).toBe(before);
  });

  it('[P1] GET /admin/init says an admin exists, so no registration form is offered', async () => {
    const res = await http<{ data: { hasAdmin: boolean } }>('GET', '/admin/init');
    expect(res.status).toBe(200);
    expect(res.body.data.hasAdmin).toBe(true);
  });

  it('[P1] the super admin was created from WASL_ADMIN_EMAIL / WASL_ADMIN_PASSWORD, with an audit entry', async () => {
    const { adminEmail, adminPassword } = readTestServer();
    const login = await http<{ data?: { token?: string } }>('POST', '/admin/login', {
      body: { email: adminEmail, password: adminPassword },
    });
    expect(login.status).toBe(200);
    expect(typeof login.body.data?.token).toBe('string');
    const entries = await db()('wasl_audit_logs')
      .where({ resource: 'admin-user', action: 'create' })
      .select('actor_role', 'record_id');
    expect(entries).toHaveLength(1);
    expect(entries[0].actor_role).toBe('system');
    const wrong = await http('POST', '/admin/login', { body: { email: adminEmail, password: `${adminPassword}x` } });
    expect(wrong.status).toBe(400);
  });
});

describe('`/` is the public website, not the way to the admin panel', () => {
  it('[P1] GET / answers 200 text/html in Arabic, with no redirect and no link to /admin', async () => {
    const res = await raw('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    // The test server runs the demo association (tests/helpers/global-setup.ts).
    expect(html).toContain('<title>الصفحة الرئيسية — جمعية يُسر للتنمية الأسرية</title>');
    expect(html).toContain('href="/console/"');
    expect(html).not.toContain('/admin');
  });
});

describe('CORS and headers', () => {
  it.each(['https://evil.example', 'null'])(
    '[P1] Origin: %s gets no Access-Control-Allow-Origin and no -Credentials',
    async (origin) => {
      for (const init of [
        { method: 'GET' },
        { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } },
      ]) {
        const res = await raw('/api/wasl/session', { ...init, headers: { ...init.headers, Origin: origin } });
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      }
    },
  );

  it('[P1] the origin listed in CORS_ORIGINS gets its own origin back, with credentials', async () => {
    const res = await raw('/api/wasl/session', { headers: { Origin: ALLOWED_ORIGIN } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.wasl.test');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('[P1] no X-Powered-By, and no HSTS on a server that is not behind TLS', async () => {
    for (const path of ['/', '/api/wasl/session', '/_health', '/admin/init']) {
      const res = await raw(path);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('bodies that ended in a 5xx', () => {
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;

  it.each(['/api/auth/local', '/api/wasl/public/complaints', '/admin/login'])(
    '[P1] 5,000 nested [ on POST %s is 400 BODY_TOO_DEEP, in Arabic and English',
    async (path) => {
      const res = await postJson(path, deep);
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.details.code).toBe('VALIDATION_FAILED');
      expect(body.error.details.errors).toEqual([
        {
          path: ['body'],
          field: 'body',
          code: 'BODY_TOO_DEEP',
          message: 'The request body is nested deeper than 64 levels',
          messageAr: 'محتوى الطلب متداخل أكثر من 64 مستوى',
          messageEn: 'The request body is nested deeper than 64 levels',
        },
      ]);
    },
  );

  it('[P1] 5,000 unclosed [ and a truncated JSON body are 400 BODY_MALFORMED, quoting nothing of the body', async () => {
    for (const text of ['['.repeat(5000), '{"identifier":"manager","password":"Leaked-Secret-Value-1']) {
      const res = await postJson('/api/auth/local', text);
      expect(res.status).toBe(400);
      const answer = await res.text();
      expect((JSON.parse(answer) as ErrorBody).error.details.errors.map((e) => e.code)).toEqual(['BODY_MALFORMED']);
      expect(answer).not.toContain('Leaked-Secret');
      expect(answer).not.toContain('[[');
    }
  });
});
