/**
 * MC1 in real Chromium: the reception officer's «سجل الزوار اليوم» — a tap per walk-in raises that
 * purpose's counter, undo takes one back — and the manager's daily totals with their totals row, in Arabic.
 */
import type { Page } from 'playwright-core';
import { consoleUrl, missingKeys, screenshot, signIn, useChromium } from '../helpers/browser';

jest.setTimeout(120_000);

const counter = async (page: Page, purpose: string) =>
  Number(await page.locator(`[data-testid="desk-count-${purpose}"]`).innerText());

describe('the front desk in Chromium', () => {
  const chromium = useChromium();

  it('[MC1] the reception officer counts walk-ins per purpose and undoes the last one', async () => {
    const page = await signIn(chromium.browser, 'reception-officer');
    await page.goto(consoleUrl('front-desk'));
    await page.getByText('سجل الزوار اليوم').first().waitFor();
    const add = page.locator('[data-testid="desk-add-complaint"]');
    await add.waitFor();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="desk-add-complaint"]')?.hasAttribute('disabled'),
    );
    // Today's counters come from the server: read them once they have arrived.
    await page.locator('[data-testid="desk-total"][data-loaded="true"]').waitFor();
    const before = await counter(page, 'complaint');
    await add.click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="desk-count-complaint"]')?.textContent === String(n),
      before + 1,
    );
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="desk-add-complaint"]')?.hasAttribute('disabled'),
    );
    await add.click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="desk-count-complaint"]')?.textContent === String(n),
      before + 2,
    );
    await page.getByRole('button', { name: 'تراجع عن آخر إدخال لي' }).nth(2).click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="desk-count-complaint"]')?.textContent === String(n),
      before + 1,
    );
    await screenshot(page, 'front-desk');
    await page.context().close();
    expect([...missingKeys]).toEqual([]);
  });

  it('[MC1] the manager reads the daily totals per branch and day with a totals row', async () => {
    const page = await signIn(chromium.browser, 'manager');
    await page.goto(consoleUrl('visit-totals'));
    await page.getByText('إجمالي الزوار اليومي').first().waitFor();
    const totals = page.locator('[data-testid="totals-row"]');
    await totals.waitFor();
    expect(await totals.innerText()).toContain('الإجمالي');
    const rows = await page.locator('[data-testid="visit-totals"] tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    await screenshot(page, 'visit-totals');
    await page.context().close();
    expect([...missingKeys]).toEqual([]);
  });
});
