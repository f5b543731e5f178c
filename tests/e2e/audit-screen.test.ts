/**
 * P1: the manager's audit screen in real Chromium: the entries a sensitive read left, filtered by
 * action (and by day), with the staff member's name, and one entry's summary as field names.
 */
import { http, loginAs } from '../helpers/api';
import { consoleUrl, missingKeys, pick, screenshot, signIn, useChromium } from '../helpers/browser';

jest.setTimeout(120_000);

describe('the audit screen in Chromium', () => {
  const chromium = useChromium();

  it('[P1] the manager filters the audit log by action and day and opens an entry', async () => {
    // A sensitive read by the manager, so the filtered list cannot be empty.
    const token = await loginAs('manager');
    const list = await http<{ id: string }[]>('GET', '/api/wasl/beneficiaries', { token, query: { range: [0, 0] } });
    expect((await http('GET', `/api/wasl/beneficiaries/${list.body[0].id}`, { token })).status).toBe(200);

    const page = await signIn(chromium.browser, 'manager');
    await page.goto(consoleUrl('audit-logs'));
    await page.locator('tbody tr').first().waitFor();
    await pick(page, 'action', 'اطلاع على بيانات حساسة');
    await page.waitForURL(/read_sensitive/);
    // The URL changes before the filtered page arrives: wait until the unfiltered rows are gone.
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('tbody tr')];
        return (
          rows.length > 0 &&
          rows.every(
            (row) => row.querySelector('.MuiChip-root[data-value]')?.getAttribute('data-value') === 'read_sensitive',
          )
        );
      },
      undefined,
      { timeout: 30_000 },
    );
    const actions = await page
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => row.querySelector('.MuiChip-root[data-value]')?.getAttribute('data-value')),
      );
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => a !== 'read_sensitive')).toEqual([]);
    // In the table, not the app bar's user menu: the actor column names the staff member from the directory.
    await page.locator('tbody').getByText('أ. نوال عبدالله القحطاني').first().waitFor();
    await screenshot(page, 'audit-logs');

    // From tomorrow on there is nothing yet.
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Riyadh' });
    await page.locator('input[name="at_gte"]').fill(tomorrow);
    await page.waitForURL(/at_gte/);
    await page.getByText(/مطابقة لعوامل التصفية الحالية/).waitFor();
    expect(await page.locator('tbody tr .MuiChip-root[data-value="read_sensitive"]').count()).toBe(0);

    await page.goto(
      consoleUrl(`audit-logs?filter=${encodeURIComponent(JSON.stringify({ action: 'read_sensitive' }))}`),
    );
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/audit-logs\/[^/]+\/show/);
    await page.locator('[data-testid="audit-summary"]').getByText('masked', { exact: true }).waitFor();
    await page.locator('.MuiChip-root[data-value="beneficiaries"]').waitFor();
    await screenshot(page, 'audit-log-entry');
    await page.context().close();
    expect([...missingKeys]).toEqual([]);
  });
});
