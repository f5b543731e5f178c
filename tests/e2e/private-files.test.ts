/**
 * P1 in real Chromium: complaint attachments and signature images have no public URL, yet the console
 * still shows and saves them, fetched from the authorised routes with the signed-in user's token.
 */
import fs from 'fs';
import type { Browser } from 'playwright-core';
import { buildConsole } from '../../scripts/lib/setup';
import { http, loginAs } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { publicBody, submitMultipart } from '../helpers/complaints';
import { realPdf, realPng } from '../helpers/files';
import { registerBeneficiary } from '../helpers/journey';
import { consoleUrl, launchChromium, missingKeys, signIn } from '../helpers/browser';

jest.setTimeout(120_000);

describe('private files in the console', () => {
  let browser: Browser;

  beforeAll(async () => {
    buildConsole();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await closeDb();
    await browser?.close();
  });

  it("[P1] the follow-up committee saves a complaint's PDF from the complaint page, byte for byte", async () => {
    const pdf = await realPdf(1, 'e2e attachment');
    const filed = await submitMultipart(publicBody(), [
      { name: 'صورة الخطاب.pdf', type: 'application/pdf', bytes: pdf },
    ]);
    expect(filed.status).toBe(201);
    const complaint = (await db()('wasl_complaints').where({ tracking_number: filed.body.trackingNumber }).first())
      .document_id as string;
    const page = await signIn(browser, 'follow-up-committee');
    await page.goto(consoleUrl(`complaints/${complaint}/show`));
    const button = page.locator('[data-testid="download-file"]');
    await button.waitFor();
    expect(await button.textContent()).toContain('صورة الخطاب.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('صورة الخطاب.pdf');
    expect(fs.readFileSync(await download.path()).equals(pdf)).toBe(true);
    await page.context().close();
  });

  it("[P1] [ESR-H5] a beneficiary's signed attestation shows its signature image, loaded through the API", async () => {
    const reception = await loginAs('reception_officer');
    const beneficiary = (await registerBeneficiary()).id;
    const attestation = await http<{ id: string }>('POST', '/api/wasl/attestations', {
      token: reception,
      body: { beneficiary, method: 'signature_image', statementAr: 'أقر بصحة جميع البيانات والمستندات المقدمة' },
    });
    expect(attestation.status).toBe(201);
    const image = `data:image/png;base64,${(await realPng(120, 40)).toString('base64')}`;
    expect(
      (
        await http('POST', `/api/wasl/attestations/${attestation.body.id}/signature`, {
          token: reception,
          body: { image },
        })
      ).status,
    ).toBe(200);
    const page = await signIn(browser, 'reception-officer');
    await page.goto(consoleUrl(`beneficiaries/${beneficiary}/show/attestations`));
    const img = page.locator('[data-testid="private-image"]');
    await img.waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="private-image"]') as HTMLImageElement | null)?.complete === true,
    );
    const shown = await img.evaluate((el) => ({
      src: (el as HTMLImageElement).src.slice(0, 5),
      width: (el as HTMLImageElement).naturalWidth,
      height: (el as HTMLImageElement).naturalHeight,
    }));
    expect(shown).toEqual({ src: 'blob:', width: 120, height: 40 });
    await page.context().close();
  });

  it('[ARABIC-FIRST] no screen visited asked for a translation key missing from the catalogue', () => {
    expect([...missingKeys]).toEqual([]);
  });
});
