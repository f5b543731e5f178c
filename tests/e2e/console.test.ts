/**
 * The staff console in real Chromium against a real Strapi: the front desk registers a beneficiary,
 * files a request and completes it with the attestation (ESR-H2, ESR-H5); the researcher reports
 * (HRF-H4); the committee votes and decides (ESR-H6); the manager reads the decision. Arabic first,
 * right to left; screenshots of the main screens land in tests/e2e/__screenshots__/.
 */
import fs from 'fs';
import type { Browser } from 'playwright-core';
import { generateSaudiId, maskNationalId } from '../../cms/domain/saudi-id';
import { buildConsole } from '../../scripts/lib/setup';
import { http, loginAs } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import {
  createStaff,
  issueReset,
  latestResetToken,
  sessionStatus,
  signIn as signInApi,
  staffWithPassword,
  strongPassword,
  tokensOf,
} from '../helpers/staff-accounts';
import { fileRequest, registerBeneficiary, serviceId } from '../helpers/journey';
import { consoleUrl, launchChromium, missingKeys, pick, screenshot, signIn, statusIs, step } from '../helpers/browser';

const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const seed = 30_000_000 + (Date.now() % 60_000_000);
const NATIONAL_ID = generateSaudiId('citizen', seed);
const PHONE = `05${String(seed).slice(-8)}`;
const NAME = 'نورة عبدالله سالم الحربي';

// Per-project testTimeout is not applied to hooks here; each step of a real browser takes seconds.
jest.setTimeout(120_000);

describe('the staff console in Chromium', () => {
  let browser: Browser;
  let requestId = '';
  let beneficiaryId = '';

  beforeAll(async () => {
    // The suite tests the console as it is in admin/ now, not a stale bundle.
    buildConsole();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await closeDb();
    await browser?.close();
  });

  it('[P1] [ESR-H2] [ESR-H5] the reception officer registers a beneficiary, files a request and completes it with the attestation, in Arabic RTL', async () => {
    const page = await signIn(browser, 'reception-officer');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.goto(consoleUrl('service-requests'));
    await page.locator('table tbody tr').first().waitFor();
    await screenshot(page, 'requests-queue-reception');
    // CSV export: UTF-8 with a byte-order mark so Excel shows Arabic.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'تصدير' }).click(),
    ]);
    const csv = fs.readFileSync(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('trackingNumber');

    await page.goto(consoleUrl('beneficiaries/create'));
    // Typed on an Arabic keyboard: Arabic-Indic digits are stored as ASCII digits.
    await page.locator('input[name="nationalId"]').fill(toArabicIndic(NATIONAL_ID));
    await page.locator('input[name="fullNameAr"]').fill(NAME);
    await pick(page, 'gender', 'أنثى');
    await pick(page, 'socialStatus', 'مطلق/مطلقة');
    await pick(page, 'category', 'امرأة');
    await pick(page, 'preferredChannel', 'رسالة نصية');
    await page.locator('input[name="phone"]').fill(toArabicIndic(PHONE));
    await page.locator('input[name="consentGiven"]').check();
    await screenshot(page, 'beneficiary-create');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(/#\/beneficiaries\/[^/]+\/show/);
    await page.getByText(NATIONAL_ID, { exact: true }).waitFor();
    beneficiaryId = /beneficiaries\/([^/]+)\/show/.exec(page.url())?.[1] ?? '';
    await screenshot(page, 'beneficiary-show');

    await page.getByRole('link', { name: 'طلب خدمة جديد' }).click();
    await page.waitForURL(/#\/service-requests\/create/);
    await page.locator('input[name="beneficiary"]').waitFor();
    await pick(page, 'service', 'الاستشارات الأسرية');
    await page.getByLabel('صورة الهوية الوطنية أو الإقامة').check();
    await page.locator('input[name="registeredOnline"]').check();
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.waitForURL(/#\/service-requests\/[^/]+\/show/);
    requestId = /service-requests\/([^/]+)\/show/.exec(page.url())?.[1] ?? '';
    await page.getByText('لا نواقص').waitFor();

    await page.locator('[data-testid="record-attestation"]').click();
    await page.getByText('وقّع المستفيد الإقرار بصحة البيانات').waitFor();
    await step(page, 'complete');
    await statusIs(page, 'complete');
    // ESR-H7: the clock started at completion; the server says it is on time.
    await page.locator('[data-sla="on_time"]').waitFor();
    // The front desk sees the decision when it comes, never the committee's votes.
    await page.locator('[data-testid="decision"]').waitFor();
    expect(await page.locator('[data-testid="tally"]').count()).toBe(0);
    await page.locator('[data-testid="timeline"] [data-status="complete"]').waitFor();
    await screenshot(page, 'request-complete');
    await step(page, 'in_research');
    await statusIs(page, 'in_research');
    await page.context().close();
  });

  it('[HRF-H4] the social researcher writes the report and refers the request to the committee', async () => {
    const page = await signIn(browser, 'social-researcher');
    await page.goto(consoleUrl(`service-requests/${requestId}/show`));
    await page.locator('textarea[name="researchReport"]').fill('الحالة مستحقة: مطلقة تعول أطفالاً وتحتاج استشارة أسرية');
    await page.getByRole('button', { name: 'حفظ التقرير' }).click();
    await page.getByText('حُفظ التقرير').waitFor();
    await step(page, 'in_committee');
    await statusIs(page, 'in_committee');
    await page.context().close();
  });

  it('[ESR-H6] committee members vote from their pending items and the committee approves', async () => {
    const first = await signIn(browser, 'committee-member');
    await first.goto(consoleUrl('committee'));
    await first.locator('tbody tr').filter({ hasText: 'الاستشارات الأسرية' }).first().waitFor();
    await screenshot(first, 'committee-pending');
    await first.goto(consoleUrl(`service-requests/${requestId}/show`));
    await first.locator('[data-testid="open-vote"]').click();
    await first.locator('[data-testid="cast-vote"]').click();
    await first.getByText('سُجّل صوتك').waitFor();

    const second = await signIn(browser, 'committee-member-2');
    await second.goto(consoleUrl(`service-requests/${requestId}/show`));
    await second.locator('[data-testid="open-vote"]').click();
    await second.locator('[data-testid="cast-vote"]').click();
    await second.getByText('سُجّل صوتك').waitFor();
    await second.context().close();

    // H6: the second vote reaches the quorum with a majority, so the decision is recorded with it.
    await first.reload();
    await first.locator('[data-testid="tally"]', { hasText: 'موافق 2' }).waitFor();
    await statusIs(first, 'approved');
    await first.context().close();
  });

  it('[ESR-H6] the manager sees the decision with its reasons; English flips the page to LTR', async () => {
    const page = await signIn(browser, 'manager');
    await page.goto(consoleUrl(`service-requests/${requestId}/show`));
    const decision = page.locator('[data-testid="decision"]');
    await decision.locator('.MuiChip-root[data-value="approved"]').waitFor();
    await decision.getByText('قررت اللجنة الموافقة بأغلبية الأصوات (موافقة 2، رفض 0، امتناع 0)').waitFor();
    expect(await page.locator('[data-step]').count()).toBe(0);
    await screenshot(page, 'request-decided-manager');

    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.getByText('Committee decision').waitFor();
    await screenshot(page, 'request-decided-manager-en');
    // HRF-P1: the manager needs no more than a masked national ID.
    await page.goto(consoleUrl(`beneficiaries/${beneficiaryId}/show`));
    await page.getByText(maskNationalId(NATIONAL_ID), { exact: true }).waitFor();
    expect(await page.getByText(NATIONAL_ID).count()).toBe(0);
    await page.context().close();
  });

  it('[P1] [ALL-CH] the front desk logs a walk-in in two clicks, records a phoned-in complaint, and never sees the committee queue', async () => {
    const reception = await signIn(browser, 'reception-officer');
    expect(await reception.getByRole('menuitem', { name: /اللجنة: بنود/ }).count()).toBe(0);
    await reception.goto(consoleUrl('visits/create'));
    await reception.getByRole('button', { name: 'حفظ' }).click();
    await reception.getByText('سُجّلت الزيارة').waitFor();
    await screenshot(reception, 'visit-quick-entry');
    await reception.goto(consoleUrl('beneficiaries'));
    await reception.locator('table tbody tr').first().waitFor();
    await screenshot(reception, 'beneficiaries-list');
    // ALL-CH: a complaint taken by phone gets its tracking number from the server's intake.
    await reception.goto(consoleUrl('complaints/create'));
    await pick(reception, 'channel', 'الاتصالات الهاتفية');
    await reception.locator('input[name="subject"]').fill('تأخر الرد على طلب الاستشارة');
    await reception
      .locator('textarea[name="description"]')
      .fill('اتصلت المستفيدة تفيد بتأخر الرد على طلبها أكثر من أسبوع');
    await reception.locator('input[name="complainantName"]').fill('منى سعيد');
    await reception.locator('input[name="complainantPhone"]').fill('٠٥٥١٢٣٤٥٦٧');
    await reception.getByRole('button', { name: 'حفظ' }).click();
    await reception.waitForURL(/#\/complaints\/[^/]+\/show/);
    await reception
      .getByText(/^CMP-14\d\d-\d+$/)
      .first()
      .waitFor();
    await reception.context().close();
  });

  it('[YSR-E3] the association admin adds an eligibility rule from dropdowns (no JSON), saves it, and requests are judged by it', async () => {
    const admin = await signIn(browser, 'association-admin');
    expect(await admin.getByRole('menuitem', { name: 'طلبات الخدمات' }).count()).toBe(1);
    const adminToken = await loginAs('association_admin');
    const created = await http<{ id: string }>('POST', '/api/wasl/services', {
      token: adminToken,
      body: {
        key: `skills-age-${Date.now()}`,
        nameAr: 'برنامج مهارات للنساء من ١٨ إلى ٦٠ عاماً',
        category: 'skills',
        published: true,
        requiredDocuments: [],
        eligibilityRules: [],
      },
    });
    expect(created.status).toBe(201);
    await admin.goto(consoleUrl(`services/${created.body.id}`));
    await admin.getByText('شروط الاستحقاق').first().waitFor();
    expect(await admin.locator('textarea[name="eligibilityRules"]').count()).toBe(0);
    await admin.locator('.ra-input-eligibilityRules .button-add').click();
    await pick(admin, 'eligibilityRules.0.type', 'العمر');
    await admin.locator('input[name="eligibilityRules.0.min"]').fill('18');
    await admin.locator('input[name="eligibilityRules.0.max"]').fill('60');
    await screenshot(admin, 'service-eligibility-builder');
    await admin.getByRole('button', { name: 'حفظ' }).click();
    await admin.waitForURL(/#\/services$/);
    // It took effect: the service holds the rule, and a beneficiary born in 1950 is told why she does not qualify.
    const saved = await http<{ eligibilityRules: unknown }>('GET', `/api/wasl/services/${created.body.id}`, {
      token: adminToken,
    });
    expect(saved.body.eligibilityRules).toEqual([{ type: 'age', min: 18, max: 60 }]);
    const elder = (await registerBeneficiary({ birthDate: '1950-03-01' })).id;
    const request = (await fileRequest(elder, created.body.id, { documentsProvided: [] })).id;
    const journey = await http<{ missing: { code: string }[] }>(
      'GET',
      `/api/wasl/service-requests/${request}/journey`,
      { token: await loginAs('reception_officer') },
    );
    expect(journey.body.missing.map((m) => m.code)).toEqual(['ELIGIBILITY_AGE']);
    await admin.goto(consoleUrl('association-profiles'));
    await admin.locator('tbody tr').first().click();
    await admin.locator('input[name="defaultSlaDays"]').waitFor();
    await screenshot(admin, 'configuration-profile');
    await admin.context().close();
  });

  it('[ALL-CH] the admin adds a channel and a complaint category in the console and the front desk uses them at once', async () => {
    const admin = await signIn(browser, 'association-admin');
    await admin.goto(consoleUrl('channels/create'));
    await admin.locator('input[name="key"]').fill('association_app');
    await admin.locator('input[name="nameAr"]').fill('تطبيق الجمعية');
    await admin.getByRole('button', { name: 'حفظ' }).click();
    await admin.waitForURL(/#\/channels$/);
    await admin.locator('tbody tr').filter({ hasText: 'تطبيق الجمعية' }).waitFor();
    await admin.goto(consoleUrl('complaint-categories/create'));
    await admin.locator('input[name="key"]').fill('housing_support');
    await admin.locator('input[name="nameAr"]').fill('السكن والإيواء');
    await admin.getByRole('button', { name: 'حفظ' }).click();
    await admin.waitForURL(/#\/complaint-categories$/);
    await screenshot(admin, 'configuration-complaint-categories');
    await admin.context().close();

    const reception = await signIn(browser, 'reception-officer');
    await reception.goto(consoleUrl('complaints/create'));
    await pick(reception, 'channel', 'تطبيق الجمعية');
    await pick(reception, 'category', 'السكن والإيواء');
    await reception.locator('input[name="subject"]').fill('طلب مساعدة في السكن');
    await reception
      .locator('textarea[name="description"]')
      .fill('وصل الطلب عبر تطبيق الجمعية ويحتاج إلى متابعة لجنة المتابعة');
    await reception.locator('input[name="complainantName"]').fill('سارة محمد');
    await reception.locator('input[name="complainantPhone"]').fill('0551239900');
    await reception.getByRole('button', { name: 'حفظ' }).click();
    await reception.waitForURL(/#\/complaints\/[^/]+\/show/);
    await reception.locator('.MuiChip-root[data-value="association_app"]').first().waitFor();
    // The chip shows the category's name once the console has read the list (the key until then).
    await reception
      .locator('.MuiChip-root[data-value="housing_support"]', { hasText: 'السكن والإيواء' })
      .first()
      .waitFor();
    const stored = await db()('wasl_complaints').where({ subject: 'طلب مساعدة في السكن' }).first('channel', 'category');
    expect(stored).toEqual({ channel: 'association_app', category: 'housing_support' });
    await reception.context().close();
  });

  it('[ESR-H6] a committee member opens a meeting and its minutes', async () => {
    const member = await signIn(browser, 'committee-member');
    await member.goto(consoleUrl('committee-meetings'));
    await member.locator('tbody tr').first().click();
    await member.locator('[data-testid="minutes"]').waitFor();
    await screenshot(member, 'committee-meeting-minutes');
    await member.context().close();
  });

  it('[ESR-PD3] a contact officer acknowledges the policy from its page', async () => {
    const officer = await signIn(browser, 'contact-officer');
    await officer.goto(consoleUrl('policy-documents'));
    // The board-approved policy (guides are not signed).
    await officer.locator('tbody tr', { hasText: 'سياسة تنظيم العلاقة مع المستفيدين' }).click();
    await officer.locator('[data-testid="acknowledge"]').click();
    await officer.getByText('سُجّل إقرارك').waitFor();
    await screenshot(officer, 'policy-acknowledged');
    const policyUrl = officer.url().split('#/')[1];
    await officer.context().close();
    // PD1: the manager sees who has and has not signed this version.
    const manager = await signIn(browser, 'manager');
    await manager.goto(consoleUrl(policyUrl));
    await manager
      .locator('[data-testid="signatures"] tr[data-username="contact-officer"][data-signed="true"]')
      .waitFor();
    await manager.locator('[data-testid="signatures"] tr[data-signed="false"]').first().waitFor();
    await screenshot(manager, 'policy-signatures');
    await manager.context().close();
  });

  it('[CM4] the follow-up committee assigns a received complaint and logs a call: it is in progress', async () => {
    const followUp = await signIn(browser, 'follow-up-committee');
    await followUp.goto(consoleUrl('complaints'));
    await followUp.locator('tbody tr').first().waitFor();
    await screenshot(followUp, 'complaints-queue');
    // CM4, I1: a received complaint is assigned to a department, then a call is logged and work starts.
    await followUp.goto(consoleUrl(`complaints?filter=${encodeURIComponent(JSON.stringify({ status: 'received' }))}`));
    await followUp.locator('tbody tr').first().click();
    await followUp.locator('[data-complaint-step="assign"]').click();
    await followUp.locator('input[name="auto"]').uncheck();
    // I1: a person picked from the staff directory, searched by name.
    await followUp.locator('input[name="assignedTo"]').fill('سلمى');
    await followUp.getByRole('option', { name: /سلمى ناصر الشهري/ }).click();
    await followUp.locator('input[name="department"]').fill('إدارة خدمة المستفيدين');
    await followUp.locator('[data-testid="confirm-complaint-step"]').click();
    await followUp.locator('.MuiChip-root[data-value="assigned"]').waitFor();
    await followUp.locator('[data-complaint-step="act"]').click();
    await pick(followUp, 'kind', 'اتصال هاتفي');
    await followUp.locator('textarea[name="body"]').fill('تم الاتصال بالمشتكي وشرح الإجراء المتخذ');
    await followUp.locator('[data-testid="confirm-complaint-step"]').click();
    await followUp.locator('.MuiChip-root[data-value="in_progress"]').waitFor();
    await screenshot(followUp, 'complaint-in-progress');
    await followUp.context().close();
  });

  it('[P1] an access token the server refuses is renewed once with the refresh token: the console stays signed in', async () => {
    const page = await signIn(browser, 'reception-officer');
    const spoiled = await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('wasl-session') ?? '{}') as { jwt: string };
      const jwt = `${session.jwt}x`;
      localStorage.setItem('wasl-session', JSON.stringify({ ...session, jwt }));
      return jwt;
    });
    const renewal = page.waitForResponse((r) => r.url().endsWith('/api/auth/refresh'));
    await page.goto(consoleUrl('beneficiaries'));
    expect((await renewal).status()).toBe(200);
    await page.locator('.RaList-main tbody tr').first().waitFor();
    expect(await page.locator('input[name="username"]').count()).toBe(0);
    const session = await page.evaluate(
      () => JSON.parse(localStorage.getItem('wasl-session') ?? 'null') as { jwt: string } | null,
    );
    expect(session).not.toBeNull();
    expect(session?.jwt).not.toBe(spoiled);
    await page.context().close();
  });

  it('[P1] a revoked session ends the console session: the call answers 401, the renewal is refused, and the console asks to sign in again', async () => {
    const page = await signIn(browser, 'reception-officer');
    const tokens = await page.evaluate(
      () => JSON.parse(localStorage.getItem('wasl-session') ?? '{}') as { jwt: string; refreshToken: string },
    );
    // Revoked from elsewhere (as a password change, a block or a role change would).
    expect(
      (await http('POST', '/api/auth/logout', { token: tokens.jwt, body: { refreshToken: tokens.refreshToken } }))
        .status,
    ).toBe(200);
    await page.goto(consoleUrl('beneficiaries'));
    await page.locator('input[name="username"]').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('wasl-session'))).toBeNull();
    await page.context().close();
  });

  it("[P1] a staff member sets a password from the admin's one-time link on #/reset-password, then signs in with it", async () => {
    const member = await createStaff('contact_officer', 'e2e-reset');
    expect((await issueReset(member.id)).status).toBe(201);
    const token = await latestResetToken(member.id);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ar-SA' });
    const page = await context.newPage();
    await page.goto(consoleUrl(`reset-password?token=${token}`));
    await page.locator('input[name="password"]').waitFor();
    expect(page.url()).not.toContain(token);
    await page.locator('input[name="password"]').fill('short');
    await page.locator('input[name="confirmation"]').fill('short');
    await page.locator('button[type="submit"]').click();
    await page.locator('[data-testid="reset-error"]').waitFor();
    expect(await page.locator('[data-testid="reset-error"]').textContent()).toContain('كلمة المرور قصيرة');
    const password = strongPassword();
    await page.locator('input[name="password"]').fill(password);
    await page.locator('input[name="confirmation"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.locator('[data-testid="reset-done"]').waitFor();
    await screenshot(page, 'reset-password-done');
    await page.goto(consoleUrl('login'));
    await page.locator('input[name="username"]').fill(member.username);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.locator('[data-role="contact_officer"]').waitFor();
    await context.close();
  });

  it("[P1] the association admin mails a staff member a reset link and blocks them from the console; the member's session ends", async () => {
    const member = await staffWithPassword('reception_officer', 'e2e-admin');
    const tokens = await tokensOf(member);
    const page = await signIn(browser, 'association-admin');
    await page.goto(consoleUrl(`staff/${member.id}/show`));
    await page.locator('[data-testid="staff-reset"]').click();
    await page.getByText('أرسل رابط لمرة واحدة إلى بريد الموظف').waitFor();
    expect((await db()('wasl_password_resets').where({ user_id: member.id })).length).toBe(2);
    await page.locator('[data-testid="staff-block"]').click();
    await page.getByText('أوقف الحساب وأنهيت جلساته').waitFor();
    expect(await sessionStatus(tokens.jwt)).toBe(401);
    expect((await db()('up_users').where({ id: member.id }).first('blocked')).blocked).toBeTruthy();
    await screenshot(page, 'staff-admin');
    await page.context().close();
  });

  it('[P1] a locked account is told so, in Arabic, on the sign-in page', async () => {
    const member = await staffWithPassword('reception_officer', 'e2e-locked');
    for (let i = 0; i < 10; i += 1)
      expect((await signInApi(member.username, `Wrong-password-${i}`, '192.0.2.44')).status).toBe(400);
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ar-SA' });
    const page = await context.newPage();
    await page.goto(consoleUrl('login'));
    await page.locator('input[name="username"]').fill(member.username);
    await page.locator('input[name="password"]').fill(member.password);
    await page.locator('button[type="submit"]').click();
    await page.getByText('الحساب مقفل مؤقتاً بعد محاولات دخول فاشلة متكررة').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('wasl-session'))).toBeNull();
    await context.close();
  });

  it('[ESR-H5] the beneficiary signs the attestation on the screen and the request can then be completed', async () => {
    const beneficiary = (await registerBeneficiary()).id;
    const request = (await fileRequest(beneficiary, await serviceId('family-counselling'))).id;
    const page = await signIn(browser, 'reception-officer');
    await page.goto(consoleUrl(`service-requests/${request}/show`));
    await page.locator('[data-testid="sign-attestation"]').click();
    const pad = page.locator('[data-testid="signature-pad"]');
    const box = await pad.boundingBox();
    if (!box) throw new Error('the signature pad is not on screen');
    await page.mouse.move(box.x + 40, box.y + 120);
    await page.mouse.down();
    for (const [dx, dy] of [
      [90, 40],
      [160, 130],
      [240, 50],
      [330, 110],
    ])
      await page.mouse.move(box.x + dx, box.y + dy, { steps: 8 });
    await page.mouse.up();
    await page.locator('[data-testid="save-signature"]').click();
    await page.locator('[data-testid="attestation"] .MuiAlert-standardSuccess').waitFor();
    await screenshot(page, 'attestation-signed');
    const signature = await db()('files')
      .where('name', 'like', 'signature-%')
      .orderBy('id', 'desc')
      .first('mime', 'size');
    expect(signature.mime).toBe('image/png');
    await step(page, 'complete');
    await statusIs(page, 'complete');
    await page.context().close();
  });

  it('[ARABIC-FIRST] no screen visited asked for a translation key missing from the catalogue', () => {
    expect([...missingKeys]).toEqual([]);
  });
});
