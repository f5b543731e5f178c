/**
 * The manager's dashboard (issue 12) in real Chromium against a real Strapi with the demo association:
 * every widget draws the statistics API's figures with the same numbers in a table and a CSV, in Arabic
 * (RTL) and English, at desktop and phone widths; a survey response posted through the API moves the
 * CSAT figure; another role lands on its own queue counts. Screenshots go to tests/e2e/__screenshots__/.
 */
import fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import { buildConsole } from '../../scripts/lib/setup';
import { http, loginAs } from '../helpers/api';
import { fileRequest, registerBeneficiary, serviceId } from '../helpers/journey';
import { list } from '../helpers/lists';
import { staffIntake, step } from '../helpers/complaints';
import { launchChromium, missingKeys, screenshot, signIn } from '../helpers/browser';

jest.setTimeout(180_000);

/** A day whose Hijri date is worked out by hand (20 Shaʻban 1446). */
const QUIET_DAY = '2025-02-19';

const widget = (page: Page, id: string) => page.locator(`[data-widget="${id}"]`);

/** The widget has drawn its chart (an SVG) from data and tabulated at least one row. */
const expectDrawn = async (page: Page, id: string) => {
  const card = widget(page, id);
  await card.locator('[data-testid^="table-"] tbody tr').first().waitFor();
  expect(await card.getAttribute('data-state')).toBe('ready');
  expect(await card.locator(`[data-testid="chart-${id}"] svg`).count()).toBeGreaterThan(0);
  expect(await card.locator('tbody tr').count()).toBeGreaterThan(0);
};

const refresh = async (page: Page, name: string) => page.getByRole('button', { name }).first().click();

describe('the manager’s dashboard in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let escalated = '';

  beforeAll(async () => {
    buildConsole();
    browser = await launchChromium();
    // MC10: one complaint escalated to management now, so the escalations widget has this file's own row.
    const complaint = (await staffIntake({ category: 'delay' })).body;
    expect((await step('follow_up_committee', complaint.id, 'escalate', { reason: 'تأخر الرد' })).status).toBe(200);
    escalated = complaint.trackingNumber;
    page = await signIn(browser, 'manager');
  });
  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
  });

  it('[MC1] today’s visitors per branch against the 90-day mean, with the numbers in a table and a CSV with Arabic headers', async () => {
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectDrawn(page, 'visitors');
    const branches = await list(await loginAs('manager'), 'branches');
    expect(branches.body.length).toBeGreaterThan(0);
    expect(await widget(page, 'visitors').locator('tbody tr').count()).toBe(branches.body.length);
    // Keyboard: the CSV button takes the focus and Enter downloads.
    const button = widget(page, 'visitors').locator('[data-testid="csv-visitors"]');
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = fs.readFileSync(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = csv.toString('utf8').slice(1).split('\r\n');
    expect(header).toBe('الفرع,زوار اليوم,المتوسط اليومي (٩٠ يوماً),زوار الفترة');
    expect(lines.length).toBe(branches.body.length);
  });

  it('[MC3] complaints by status, channel and category with their trend', async () => {
    for (const id of ['complaints-trend', 'complaints-status', 'complaints-channel', 'complaints-category'])
      await expectDrawn(page, id);
    // ALL-CH: channels are the association's rows, shown by their Arabic names, never their keys.
    const channels = widget(page, 'complaints-channel').locator('tbody th');
    expect(await channels.count()).toBeGreaterThan(0);
    for (const name of await channels.allInnerTexts()) expect(name).not.toMatch(/^[a-z_]+$/);
  });

  it('[ESR-H7] requests on time, late, due soon and overdue per service, with the compliance %', async () => {
    await expectDrawn(page, 'requests-sla');
    const compliance = widget(page, 'requests-sla').locator('[data-testid="sla-compliance"]');
    const value = await compliance.getAttribute('data-value');
    // A percentage between 0 and 100, or «—» when nothing was decided in the range.
    if (value === '') expect(await compliance.innerText()).toBe('—');
    else expect(Number(value)).toBeGreaterThanOrEqual(0);
  });

  it('[MC4] satisfaction: CSAT, average score and response rate with their trend', async () => {
    await expectDrawn(page, 'satisfaction');
    const rate = widget(page, 'satisfaction').locator('[data-testid="response-rate"]');
    if ((await rate.getAttribute('data-value')) === '')
      await rate.getByText('لا تُحسب: لم تُرسل دعوات استبيان في هذه الفترة.').waitFor();
  });

  it('[MC10] open escalations by level, the longest escalated listed', async () => {
    await expectDrawn(page, 'escalations');
    const card = widget(page, 'escalations');
    const open = Number(await card.locator('[data-testid="escalations-open"]').getAttribute('data-value'));
    expect(open).toBeGreaterThanOrEqual(1);
    // The complaint escalated above is at level 1.
    expect(await card.locator('[data-row="1"]').count()).toBe(1);
    const items = card.locator('[data-testid="escalation-items"] li');
    expect(await items.count()).toBe(Math.min(open, 10));
    // The ten longest escalated are listed: the one escalated a moment ago is among them while there are ten or fewer.
    if (open <= 10) expect((await items.allInnerTexts()).some((text) => text.includes(escalated))).toBe(true);
  });

  it('[MC7] the field survey’s open findings', async () => {
    const reply = await http('GET', '/api/wasl/stats/inspection-findings', { token: await loginAs('manager') });
    expect(reply.status).toBe(200);
    const card = page.locator('[data-widget="findings"][data-state="ready"]');
    await card.waitFor();
    const { open } = reply.body as { open: number };
    if (open === 0) await card.locator('[data-testid="empty-findings"]').waitFor();
    else
      expect(await card.locator('[data-row="open"] [data-column="count"]').getAttribute('data-value')).toBe(
        String(open),
      );
  });

  it('[MC1] [MC3] [MC4] [MC10] [ESR-H7] every chart renders in RTL and in English, at desktop and phone widths', async () => {
    const first = widget(page, 'visitors');
    const second = widget(page, 'satisfaction');
    const [a, b] = [await first.boundingBox(), await second.boundingBox()];
    // Desktop: two widgets to a row; right to left, the first is on the right.
    expect(a && b && Math.abs(a.y - b.y) < 2 && a.x > b.x).toBe(true);
    await screenshot(page, 'dashboard-manager-ar');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => {
      const [x, y] = [...document.querySelectorAll('[data-widget]')].slice(0, 2).map((e) => e.getBoundingClientRect());
      return x && y && y.top >= x.bottom;
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'dashboard-manager-ar-phone');

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    for (const id of [
      'visitors',
      'satisfaction',
      'requests-sla',
      'complaints-trend',
      'complaints-status',
      'escalations',
    ])
      await expectDrawn(page, id);
    await page.getByRole('heading', { name: 'Beneficiary satisfaction' }).waitFor();
    const [c, d] = [await first.boundingBox(), await second.boundingBox()];
    expect(c && d && c.x < d.x).toBe(true);
    await screenshot(page, 'dashboard-manager-en');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => {
      const [x, y] = [...document.querySelectorAll('[data-widget]')].slice(0, 2).map((e) => e.getBoundingClientRect());
      return x && y && y.top >= x.bottom;
    });
    await screenshot(page, 'dashboard-manager-en-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('[MC4] a survey response recorded through the API today moves the CSAT figure and its trend', async () => {
    // A branch of this test's own, so today's figures there are only the answers below.
    const admin = await loginAs('association_admin');
    const code = `E2E-CSAT-${Date.now() % 1_000_000}`;
    const branch = await http<{ id: string }>('POST', '/api/wasl/branches', {
      token: admin,
      body: { code, nameAr: 'فرع اختبار الرضا', active: true },
    });
    expect(branch.status).toBe(201);
    const counselling = await serviceId('family-counselling');
    const reception = await loginAs('reception_officer');
    const surveys = await list(reception, 'surveys', { filter: { key: 'post-service-family-counselling' } });
    expect(surveys.body.length).toBe(1);

    // Still in English from the previous test. Each end of the range reads in Hijri and Gregorian.
    await refresh(page, 'Refresh');
    await page.locator('input[name="from"]').fill(QUIET_DAY);
    await page
      .locator('[data-testid="filter-from-dual"]')
      .getByText('Shaʻban 20, 1446 AH — 19 February 2025')
      .waitFor();
    const today = await page.locator('input[name="to"]').inputValue();
    await page.locator('input[name="from"]').fill(today);
    await page.getByRole('combobox', { name: 'Branch' }).click();
    await page.getByRole('option', { name: 'فرع اختبار الرضا' }).click();
    const satisfaction = widget(page, 'satisfaction');
    await satisfaction.locator('[data-testid="responses"][data-value="0"]').waitFor();
    expect(await satisfaction.locator('[data-testid="csat"]').getAttribute('data-value')).toBe('');
    expect(await satisfaction.locator('[data-testid="csat"] p').innerText()).toBe('—');

    // S4: interviews recorded by the front desk; the score is the mean of the Likert answers (5, 4 and 2).
    for (const rating of [5, 4, 2]) {
      const beneficiary = await registerBeneficiary();
      const request = await fileRequest(beneficiary.id, counselling, { branch: branch.body.id });
      const res = await http<{ score: string | number }>('POST', '/api/wasl/survey-responses', {
        token: reception,
        body: { survey: surveys.body[0].id, request: request.id, answers: { overall: rating, clarity: rating } },
      });
      expect([res.status, Number(res.body.score)]).toEqual([201, rating]);
    }
    await refresh(page, 'Refresh');
    // Two of three scored 4 or more: 66.7 %; the mean of 5, 4 and 2 is 3.67.
    await satisfaction.locator('[data-testid="csat"][data-value="66.7"]').waitFor();
    expect(await satisfaction.locator('[data-testid="csat"] p').innerText()).toBe('66.7%');
    expect(await satisfaction.locator('[data-testid="average-score"]').getAttribute('data-value')).toBe('3.67');
    expect(await satisfaction.locator('[data-testid="responses"]').getAttribute('data-value')).toBe('3');
    expect(await satisfaction.locator('[data-testid="responses"] p').innerText()).toBe('3');
    const row = satisfaction.locator(`[data-row="${today}"]`);
    expect(await row.locator('[data-column="csat"]').getAttribute('data-value')).toBe('66.7');
    expect(await row.locator('[data-column="responses"]').innerText()).toBe('3');
    await screenshot(page, 'dashboard-csat-moved-en');
    expect([...missingKeys]).toEqual([]);
  });

  it('[H1] the front desk lands on its own queue counts: a request filed now is one more received today', async () => {
    const desk = await signIn(browser, 'reception-officer');
    const tile = desk.locator('[data-queue="requests_received_today"]:not([data-count=""])');
    await tile.waitFor();
    const before = Number(await tile.getAttribute('data-count'));
    const beneficiary = await registerBeneficiary();
    await fileRequest(beneficiary.id, await serviceId('family-counselling'));
    await refresh(desk, 'تحديث');
    await desk.locator(`[data-queue="requests_received_today"][data-count="${before + 1}"]`).waitFor();
    await screenshot(desk, 'landing-reception');
    await desk.context().close();
    expect([...missingKeys]).toEqual([]);
  });
});
