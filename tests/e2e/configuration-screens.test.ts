/**
 * Issue 14 in real Chromium, in Arabic: the association admin edits a committee's members and quorum (H6),
 * and gives a complaint category its answer deadline and a contact officer (CM4, I1) — the next complaint
 * in that category goes to that officer; and chooses the officer's tools (ALL-TOOLS), which the request screen
 * then links to. The screens are used at a phone's width (390 px) too.
 */
import { randomUUID } from 'crypto';
import type { Page } from 'playwright-core';
import { http, loginAs } from '../helpers/api';
import { consoleUrl, missingKeys, screenshot, signIn, useChromium } from '../helpers/browser';
import { staffIntake } from '../helpers/complaints';
import { closeDb, db } from '../helpers/db';

jest.setTimeout(240_000);

type Rec = { id: string } & Record<string, unknown>;

const documentIdOf = async (username: string): Promise<string> =>
  ((await db()('up_users').where({ username }).first('document_id')) as { document_id: string }).document_id;

/** Picks an option of a react-admin autocomplete by typing part of its label. */
const choose = async (page: Page, source: string, typed: string, option: RegExp) => {
  const input = page
    .locator(`input[name="${source}"]`)
    .or(page.locator(`input#${source}`))
    .first();
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
};

/**
 * At a phone's width every control a person uses (inputs, choices, chips, buttons) lies inside the screen.
 * MUI's switch keeps its own invisible, oversized checkbox (opacity 0) that pokes a few pixels out in
 * right-to-left; nobody sees or aims at it, so it is left out.
 */
const fitsWidth = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.RaLayout-content :is(input, textarea, button, [role="combobox"], .MuiChip-root)')]
      .filter((e) => getComputedStyle(e).opacity !== '0' && (e as HTMLElement).offsetParent !== null)
      .every((e) => {
        const r = e.getBoundingClientRect();
        return r.left >= -1 && r.right <= window.innerWidth + 1;
      }),
  );

afterAll(closeDb);

describe('the configuration screens in Chromium', () => {
  const chromium = useChromium();

  it('[H6] the admin adds a member and sets the quorum; a quorum above the members is refused on the field', async () => {
    const admin = await loginAs('association_admin');
    const committee = await http<Rec>('POST', '/api/wasl/committees', {
      token: admin,
      body: {
        key: `e2e-${randomUUID().slice(0, 8)}`,
        nameAr: 'لجنة اختبار الإعدادات',
        type: 'specialized',
        quorum: 1,
        members: [await documentIdOf('committee-member')],
      },
    });
    expect(committee.status).toBe(201);
    const page = await signIn(chromium.browser, 'association-admin');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(consoleUrl(`committees/${committee.body.id}`));
    await page.getByText('د. منيرة فهد العتيبي').first().waitFor();

    await page.locator('input[name="quorum"]').fill('3');
    await page.locator('button[type="submit"]').click();
    await page.getByText('النصاب أكبر من عدد الأعضاء (1)').waitFor();

    await choose(page, 'members', 'الحارثي', /د\. عبدالله سالم الحارثي/);
    await page.locator('input[name="quorum"]').fill('2');
    await screenshot(page, 'committee-members-390');
    expect(await fitsWidth(page)).toBe(true);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/committees$/);

    const saved = await http<Rec>('GET', `/api/wasl/committees/${committee.body.id}`, { token: admin });
    expect(saved.body.quorum).toBe(2);
    expect([...(saved.body.members as string[])].sort()).toEqual(
      [await documentIdOf('committee-member'), await documentIdOf('committee-member-2')].sort(),
    );
    expect([...missingKeys]).toEqual([]);
  });

  it('[I1] the admin routes a complaint category to a contact officer with a deadline; its next complaint is theirs', async () => {
    const admin = await loginAs('association_admin');
    const key = `e2e_${randomUUID().slice(0, 8)}`;
    const category = await http<Rec>('POST', '/api/wasl/complaint-categories', {
      token: admin,
      body: { key, nameAr: 'شكاوى الفاكس والمراسلات', enabled: true },
    });
    expect(category.status).toBe(201);
    const profile = (await http<Rec[]>('GET', '/api/wasl/association-profiles', { token: admin })).body[0];
    const page = await signIn(chromium.browser, 'association-admin');
    await page.goto(consoleUrl(`complaint-categories/${category.body.id}`));
    await page.locator('[data-testid="category-routing"]').getByText('لا ضابط اتصال لهذا التصنيف').waitFor();

    await page.locator('input[name="slaDays"]').fill('0');
    await page.locator('[data-testid="save-deadline"]').click();
    await page.getByText('عدد صحيح من ١ إلى ٣٦٥').waitFor();
    await page.locator('input[name="slaDays"]').fill('3');
    await page.locator('[data-testid="save-deadline"]').click();
    await page.getByText('حُفظت مدة الرد').waitFor();

    await page.getByText('إحالة إلى ضابط اتصال').click();
    await page.waitForURL(/contact-officer-assignments\/create/);
    await choose(page, 'officer', 'الشهري', /سلمى ناصر الشهري/);
    await page.locator('input[name="areaAr"]').fill('المراسلات الرسمية');
    await screenshot(page, 'contact-officer-create');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/contact-officer-assignments$/);
    await page.getByText('المراسلات الرسمية').first().waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(consoleUrl(`complaint-categories/${category.body.id}`));
    await page.locator('[data-testid="category-routing"]').getByText('سلمى ناصر الشهري').waitFor();
    expect(await page.locator('input[name="slaDays"]').inputValue()).toBe('3');
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'category-routing-390');

    try {
      const saved = await http<Rec>('GET', `/api/wasl/association-profiles/${profile.id}`, { token: admin });
      expect((saved.body.complaintSlaByCategory as Record<string, number>)[key]).toBe(3);
      const complaint = await staffIntake({ category: key });
      expect(complaint.status).toBe(201);
      expect(complaint.body).toMatchObject({ status: 'assigned', department: 'المراسلات الرسمية' });
    } finally {
      const rules = await http<Rec[]>('GET', '/api/wasl/contact-officer-assignments', {
        token: admin,
        query: { filter: { complaintCategory: key } },
      });
      for (const rule of rules.body)
        await http('PUT', `/api/wasl/contact-officer-assignments/${rule.id}`, {
          token: admin,
          body: { active: false },
        });
      await http('PUT', `/api/wasl/association-profiles/${profile.id}`, {
        token: admin,
        body: { complaintSlaByCategory: profile.complaintSlaByCategory ?? null },
      });
    }
    expect([...missingKeys]).toEqual([]);
  });
  it('[ALL-TOOLS] the admin chooses the officer tools from the policy documents; the request screen opens them', async () => {
    const admin = await loginAs('association_admin');
    const profile = (await http<Rec[]>('GET', '/api/wasl/association-profiles', { token: admin })).body[0];
    const policies = (await http<Rec[]>('GET', '/api/wasl/policy-documents', { token: admin })).body;
    const before = (profile.tools as string[] | null) ?? [];
    const added = policies.find((p) => !before.includes(String(p.policyKey)));
    expect(added).toBeDefined();
    // The request screen names a policy by its newest version's title.
    const title = policies
      .filter((p) => p.policyKey === added?.policyKey)
      .sort((a, b) => Number(b.versionNumber) - Number(a.versionNumber))[0].titleAr;
    const page = await signIn(chromium.browser, 'association-admin');
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(consoleUrl('officer-tools'));
      await page.locator(`input[name="tool-${String(added?.policyKey)}"]`).check();
      expect(await fitsWidth(page)).toBe(true);
      await page.locator('[data-testid="save-tools"]').click();
      await page.getByText('حُفظت أدوات الموظف').waitFor();
      const saved = await http<Rec>('GET', `/api/wasl/association-profiles/${profile.id}`, { token: admin });
      expect(saved.body.tools).toEqual([...before, added?.policyKey]);

      const desk = await loginAs('reception_officer');
      const [request] = (
        await http<Rec[]>('GET', '/api/wasl/service-requests', { token: desk, query: { range: [0, 0] } })
      ).body;
      const officer = await signIn(chromium.browser, 'reception-officer');
      await officer.goto(consoleUrl(`service-requests/${request.id}/show`));
      await officer.locator('[data-testid="officer-tool-links"]').getByText(String(title)).click();
      await officer.waitForURL(/#\/policy-documents\/[^/]+\/show/);
    } finally {
      await http('PUT', `/api/wasl/association-profiles/${profile.id}`, { token: admin, body: { tools: before } });
    }
    expect([...missingKeys]).toEqual([]);
  });
});
