/**
 * The website's forms in real Chromium, as a visitor without an account uses them (CM1, ALL-SAT, YSR-E1):
 * plain HTML posts, in Arabic and in English. Every form page, its error page and its result page passes
 * axe-core with no serious or critical violation, and is photographed at 390×844 and 1440×900.
 */
import fs from 'fs';
import type { Page } from 'playwright-core';
import { generateSaudiId } from '../../cms/domain/saudi-id';
import { randomInt } from 'crypto';
import { closeDb, db } from '../helpers/db';
import { realPng } from '../helpers/files';
import { screenshot, useChromium } from '../helpers/browser';
import { DESKTOP, PHONE, seriousViolations, siteUrl } from '../helpers/site';
import { readTestServer } from '../helpers/server-env';
import { startSmtp, stopSmtp, type Received } from '../helpers/smtp';
import { deliveredSurveyToken } from '../helpers/survey-link';
import type { SMTPServer } from 'smtp-server';

jest.setTimeout(300_000);

type Lang = 'ar' | 'en';
const LANGS: Lang[] = ['ar', 'en'];
const local = (lang: Lang, path: string) => (lang === 'en' ? `/en${path}` : path);

describe('the public forms in Chromium', () => {
  const chromium = useChromium();
  const inbox: Received[] = [];
  let smtp: SMTPServer | null = null;
  let ip = randomInt(1, 200);

  beforeAll(async () => {
    smtp = await startSmtp(readTestServer().smtpPort, inbox);
  });
  afterAll(async () => {
    await stopSmtp(smtp);
    await closeDb();
  });

  /**
   * A visitor from their own address (the public limits count per IP): visitorPage's context (size,
   * locale, Riyadh time) with a forwarded address of its own. The site's CSP stays on.
   */
  const visitor = async (lang: Lang): Promise<Page> => {
    ip += 1;
    const context = await chromium.browser.newContext({
      viewport: PHONE,
      locale: lang === 'ar' ? 'ar-SA' : 'en-GB',
      timezoneId: 'Asia/Riyadh',
      extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${ip % 250}` },
    });
    return context.newPage();
  };

  /** axe-core finds nothing serious or critical, and the page is photographed at both sizes. */
  const check = async (page: Page, name: string) => {
    expect([name, await seriousViolations(page)]).toEqual([name, []]);
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      await screenshot(page, `site-${name}-${size.width}`);
    }
    await page.setViewportSize(PHONE);
  };

  /** Submits the page's form and answers the HTTP status of the page it lands on. */
  const submit = async (page: Page): Promise<number> => {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.request().resourceType() === 'document'),
      page.locator('main button[type="submit"]').click(),
    ]);
    await page.waitForLoadState('domcontentloaded');
    return response.status();
  };

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  const filed: { number: string; token: string; phone: string }[] = [];

  it('[CM1] files a complaint with an attachment and gets a tracking number', async () => {
    const png = await realPng(40, 30);
    for (const lang of LANGS) {
      const page = await visitor(lang);
      await page.goto(siteUrl(local(lang, '/complaints/new')));
      const honeypot = page.locator('input[name="website"]');
      expect([await honeypot.getAttribute('tabindex'), await honeypot.getAttribute('autocomplete')]).toEqual([
        '-1',
        'off',
      ]);
      expect(await honeypot.isVisible()).toBe(true); // in the layout, but off-screen: the class hp hides it
      expect(await honeypot.evaluate((el) => el.closest('.hp') !== null)).toBe(true);
      await check(page, `complaint-form-${lang}`);

      await page.locator('#f-subject').fill('ab');
      expect(await submit(page)).toBe(400);
      expect(await focusedId(page)).toBe('error-summary');
      const required = lang === 'ar' ? 'هذا الحقل مطلوب' : 'This field is required';
      expect(await page.locator('#f-description-error').textContent()).toBe(required);
      expect(await page.locator('#f-subject-error').textContent()).toBe(
        lang === 'ar' ? 'النص أقصر من الحد الأدنى (3 أحرف على الأقل)' : 'The text is shorter than 3 characters',
      );
      expect(await page.locator('#f-subject').inputValue()).toBe('ab');
      await check(page, `complaint-errors-${lang}`);

      const phone = `05${randomInt(10_000_000, 99_999_999)}`;
      await page.locator('#f-category').selectOption({ index: 1 });
      await page.locator('#f-subject').fill(lang === 'ar' ? 'تأخر الرد على طلبي' : 'No answer to my request');
      await page
        .locator('#f-description')
        .fill(
          lang === 'ar'
            ? 'قدمت طلبي قبل شهر ولم يصلني أي رد حتى الآن.'
            : 'I applied a month ago and have had no answer.',
        );
      await page.locator('#f-complainantName').fill(lang === 'ar' ? 'سارة محمد' : 'Sara Mohammed');
      await page.locator('#f-complainantPhone').fill(phone);
      await page.locator('#f-attachments').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: png });
      expect(await submit(page)).toBe(200);
      const number = (await page.locator('[data-testid="tracking-number"]').textContent()) ?? '';
      const token = (await page.locator('[data-testid="tracking-token"]').textContent()) ?? '';
      expect(number).toMatch(/^CMP-\d{4}-\d{6}$/);
      await check(page, `complaint-received-${lang}`);
      const row = await db()('wasl_complaints').where({ tracking_number: number }).first('id', 'channel', 'kind');
      expect([row.channel, row.kind]).toEqual(['website', 'complaint']);
      const files = await db()('wasl_attachments_complaint_lnk').where({ complaint_id: row.id }).count({ n: '*' });
      expect(Number(files[0].n)).toBe(1);
      filed.push({ number, token, phone });
      await page.context().close();
    }
  });

  it('[CM1] a double submit of the form files once and shows the same number', async () => {
    const page = await visitor('ar');
    await page.goto(siteUrl('/complaints/new'));
    await page.locator('#f-subject').fill('طلب موعد للاستشارة');
    await page.locator('#f-description').fill('أرغب في حجز موعد قريب للاستشارة الأسرية.');
    await page.locator('#f-anonymous').check();
    // The browser posts the same form twice (a double click, a retry after a dropped answer).
    const form = await page.locator('main form').evaluate((el) => {
      const data = new FormData(el as HTMLFormElement);
      return Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    });
    const post = () => page.request.post(siteUrl('/complaints/new'), { multipart: form });
    const [first, second] = [await post(), await post()];
    const numberOf = async (r: Awaited<ReturnType<typeof post>>) =>
      /data-testid="tracking-number">([^<]+)</.exec(await r.text())?.[1];
    const numbers = [await numberOf(first), await numberOf(second)];
    expect([first.status(), second.status(), numbers[0] === numbers[1]]).toEqual([200, 200, true]);
    const rows = await db()('wasl_complaints').where({ tracking_number: numbers[0] }).count({ n: '*' });
    expect(Number(rows[0].n)).toBe(1);
    await page.context().close();
  });

  it('[CM1] tracks it with the right second factor, and a wrong one gets the same 404 as an unknown number', async () => {
    const [first] = filed;
    for (const lang of LANGS) {
      const page = await visitor(lang);
      await page.goto(siteUrl(local(lang, '/track')));
      await check(page, `track-form-${lang}`);
      const attempt = async (number: string, factor: { token?: string; last4?: string }) => {
        await page.goto(siteUrl(local(lang, '/track')));
        await page.locator('#f-trackingNumber').fill(number);
        if (factor.token) await page.locator('#f-trackingToken').fill(factor.token);
        if (factor.last4) await page.locator('#f-phoneLast4').fill(factor.last4);
        const status = await submit(page);
        return { status, main: await page.locator('main').innerHTML() };
      };
      const byToken = await attempt(first.number, { token: first.token });
      expect(byToken.status).toBe(200);
      expect(byToken.main).toContain(first.number);
      await page.locator('[data-testid="tracked-status"]').waitFor();
      await check(page, `track-result-${lang}`);
      expect((await attempt(first.number, { last4: first.phone.slice(-4) })).status).toBe(200);

      const wrong = await attempt(first.number, { token: 'not-the-right-code' });
      const wrongPhone = await attempt(first.number, { last4: first.phone.slice(-4) === '0000' ? '1111' : '0000' });
      const unknown = await attempt('CMP-1400-999998', { token: first.token });
      expect([wrong.status, wrongPhone.status, unknown.status]).toEqual([404, 404, 404]);
      expect(wrong.main).toBe(unknown.main);
      expect(wrongPhone.main).toBe(unknown.main);
      expect(wrong.main).not.toContain(first.number);
      await check(page, `track-not-found-${lang}`);
      await page.context().close();
    }
  });

  /** Ticks the first choice of every question of the questionnaire. */
  const answerAll = async (page: Page) => {
    const groups = page.locator('main form fieldset');
    for (let i = 0; i < (await groups.count()); i += 1)
      await groups.nth(i).locator('input[type="radio"]').first().check();
  };

  it('[ALL-SAT] answers a survey from its link once, and a second use of the link is refused', async () => {
    const token = await deliveredSurveyToken(inbox, `site.survey.${randomInt(100_000, 999_999)}@mail.example`);
    for (const lang of LANGS) {
      const page = await visitor(lang);
      const shown = await page.goto(siteUrl(local(lang, `/survey/${token}`)));
      expect(shown?.status()).toBe(200);
      expect(shown?.headers()['referrer-policy']).toBe('no-referrer');
      expect(shown?.headers()['cache-control']).toBe('private, no-store');
      await check(page, `survey-form-${lang}`);
      await page.context().close();
    }
    const page = await visitor('ar');
    await page.goto(siteUrl(`/survey/${token}`));
    expect(await submit(page)).toBe(400);
    expect(await focusedId(page)).toBe('error-summary');
    await check(page, 'survey-errors-ar');
    await answerAll(page);
    expect(await submit(page)).toBe(200);
    await page.locator('.ok[role="status"]').waitFor();
    await check(page, 'survey-thanks-ar');
    for (const lang of LANGS) {
      const again = await page.goto(siteUrl(local(lang, `/survey/${token}`)));
      expect(again?.status()).toBe(410);
      const refused =
        lang === 'ar' ? 'سبقت الإجابة عن هذا الاستبيان، شكراً لكم' : 'This survey has already been answered, thank you';
      expect(await page.locator('[data-testid="survey-refused"]').textContent()).toBe(refused);
      await check(page, `survey-used-${lang}`);
    }
    const stored = await db()('wasl_survey_responses').where({ channel: 'website' }).count({ n: '*' });
    expect(Number(stored[0].n)).toBeGreaterThan(0);
    // P1: the request log names the page's pattern, never the token in its path.
    const log = fs.readFileSync(readTestServer().logFile, 'utf8');
    expect([log.includes(token), log.includes('/en/survey/:token')]).toEqual([false, true]);
    const unknown = await page.goto(siteUrl(`/survey/${'x'.repeat(43)}`));
    expect(unknown?.status()).toBe(404);
    expect(await page.locator('[data-testid="survey-refused"]').textContent()).toBe(
      'رابط الاستبيان غير صحيح أو انتهت صلاحيته',
    );
    await page.context().close();
  });

  it('[YSR-E1] registers for a service and sees what is missing', async () => {
    for (const lang of LANGS) {
      const page = await visitor(lang);
      await page.goto(siteUrl(local(lang, '/services/skills-programmes/register')));
      await check(page, `register-form-${lang}`);
      await page.locator('#f-nationalId').fill('1000000001');
      expect(await submit(page)).toBe(400);
      expect(await focusedId(page)).toBe('error-summary');
      const checksum =
        lang === 'ar'
          ? 'رقم الهوية غير صحيح (خانة التحقق لا تطابق)'
          : 'The ID number is not valid (check digit mismatch)';
      expect(await page.locator('#f-nationalId-error').textContent()).toBe(checksum);
      expect(await page.locator('#f-nationalId').getAttribute('aria-invalid')).toBe('true');
      await check(page, `register-errors-${lang}`);

      const seed = randomInt(200_000_000, 299_999_999);
      await page.locator('#f-nationalId').fill(generateSaudiId('citizen', seed));
      await page.locator('#f-fullNameAr').fill('منى خالد الشهري');
      await page.locator('#f-gender-0').check(); // female
      await page.locator('#f-socialStatus').selectOption('widowed');
      await page.locator('#f-phone').fill(`05${String(seed).slice(-8)}`);
      await page.locator('#f-consent').check();
      expect(await submit(page)).toBe(200);
      expect(await page.locator('[data-testid="request-reference"]').textContent()).toMatch(/^REQ-\d{4}-\d{6}$/);
      const unmet = lang === 'ar' ? 'يشترط اجتياز المقابلة الشخصية' : 'The personal interview must be passed';
      expect(await page.locator('[data-testid="unmet"] li').allTextContents()).toEqual([unmet]);
      expect(await page.locator('[data-testid="documents"] li').allTextContents()).toEqual(
        lang === 'ar'
          ? ['صورة الهوية الوطنية أو الإقامة', 'ما يثبت الحالة الاجتماعية (صك طلاق أو شهادة وفاة)']
          : ['Copy of the national ID or iqama', 'Proof of social status'],
      );
      await page.getByText(lang === 'ar' ? 'خلال 10 يوم عمل' : 'within 10 working days').waitFor();
      await check(page, `register-received-${lang}`);
      await page.context().close();
    }
  });
});
