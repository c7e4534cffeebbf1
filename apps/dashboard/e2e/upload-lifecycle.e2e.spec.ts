import type { IndicatorDetailResponse, UploadedFileListResponse, UploadResponse } from '@koers/api-contracts';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations } from './test-support/browser';
import { browserSession } from './test-support/browser-session';
import type { Koers } from './test-support/koers-process';
import { responseTo, signIn } from './test-support/management';
import { watchPageProblems } from './test-support/page-problems';

// An upload's whole life on /beheer in Chromium, as an editor: a proefrun shows what a file would change and
// changes nothing; the upload changes the figure; withdrawing it (with a reason, shown with who and when) brings
// the figure back; a new version replaces a stored file. Its own product: these tests change the data.

/**
 * A vacancy file with one figure for 2024: `vacantM2` of the 392,000 m² of offices. The bundled voorbeelddata say
 * 41,200 (10.5%); 58,800 is 15.0%, 50,000 is 12.8%.
 */
function officeVacancy2024(vacantM2: number): Buffer {
  return Buffer.from(
    [
      'peildatum,gemeentecode,gebiedscode,functie,objecten_totaal,objecten_leeg,m2_totaal,m2_leeg,leeg_langer_dan_1_jaar_m2,bron,opmerking',
      `2024-01-01,GM0106,,kantoor,410,61,392000,${vacantM2},23500,Gemeente Assen (browsertest),Nieuwe telling`,
    ].join('\n'),
  );
}

describe('the upload lifecycle on /beheer', () => {
  const session = browserSession();
  let koers: Koers;
  let page: Page;
  let editorKey: string;

  beforeAll(async () => {
    editorKey = await session.koers.createKey('editor', 'e2e lifecycle editor');
  });
  beforeEach(() => ({ koers, page } = session));

  /** The office-vacancy figure of 2024 as the API gives it now. */
  async function vacancy2024(): Promise<number | null> {
    const detail = (await (await fetch(`${koers.api}/indicators/office-vacancy`)).json()) as IndicatorDetailResponse;
    return detail.series.find((point) => point.period === '2024JJ00')?.value ?? null;
  }

  async function newestUpload(): Promise<UploadedFileListResponse['data'][number]> {
    return ((await (await fetch(`${koers.api}/uploads/files`)).json()) as UploadedFileListResponse).data[0]!;
  }

  const signInAsEditor = () => signIn(page, koers.dashboard, editorKey);

  /** /beheer again in the same tab: the key kept in session storage signs in by itself. */
  async function backToBeheer(): Promise<void> {
    await page.goto(`${koers.dashboard}/beheer`, { waitUntil: 'networkidle' });
    await page.getByTestId('signed-in').waitFor();
  }

  async function send(button: string, vacantM2 = 58_800): Promise<{ status: number; body: UploadResponse }> {
    await page.setInputFiles('input[type="file"]', {
      name: `leegstand-2024-${vacantM2}.csv`,
      mimeType: 'text/csv',
      buffer: officeVacancy2024(vacantM2),
    });
    return responseTo<UploadResponse>(page, 'POST', '/uploads/vacancy', () =>
      page.getByRole('button', { name: button, exact: true }).click(),
    );
  }

  async function figureOnIndicatorPage(): Promise<string> {
    await page.goto(`${koers.dashboard}/indicatoren/office-vacancy`, { waitUntil: 'networkidle' });
    return (await page.getByTestId('latest-figure').textContent()) ?? '';
  }

  it('should show what a file would change and change nothing when it is a proefrun', async () => {
    const before = await vacancy2024();
    const problems = await watchPageProblems(page);
    await signInAsEditor();
    await page.getByLabel('Proefrun: alleen controleren, niets opslaan').check();
    const reply = await send('Controleren');
    expect([reply.status, reply.body.outcome]).toEqual([200, 'dry-run-ok']);
    await page.getByTestId('upload-checked').waitFor();
    const summary = page.getByTestId('upload-summary');
    await expect(summary.locator('[data-count="rows"] dd').getAttribute('data-value')).resolves.toBe(String(reply.body.counts?.rows));
    await expect(summary.getByTestId('upload-periods').textContent()).resolves.toBe('2024');
    const indicators = await summary.locator('[data-indicator]').evaluateAll((items) => items.map((i) => i.getAttribute('data-indicator')));
    expect(indicators).toEqual((reply.body.indicators ?? []).map((i) => i.id));
    expect(indicators).toContain('office-vacancy');
    expect(await vacancy2024()).toBe(before);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await problems.list()).toEqual([]);
    await screenshot(page, 'beheer-proefrun');
  });

  it('should change the figure when the file is uploaded and bring it back when it is withdrawn with a reason', async () => {
    const before = await vacancy2024();
    expect(before).toBeCloseTo(10.5, 1);
    await signInAsEditor();
    const reply = await send('Uploaden');
    expect([reply.status, reply.body.outcome]).toEqual([201, 'loaded']);
    await page.getByTestId('upload-done').waitFor();
    await expect(page.getByTestId('upload-summary').locator('[data-count="inserted"] dd').getAttribute('data-value')).resolves.toBe(
      String(reply.body.counts?.inserted),
    );
    const uploaded = await newestUpload();
    expect(uploaded.id).toBe(reply.body.versionId);
    expect(await vacancy2024()).toBeCloseTo(15.0, 1);
    await expect(figureOnIndicatorPage()).resolves.toContain('15,0%');

    await backToBeheer();
    await page.getByLabel('Bestand', { exact: true }).selectOption(uploaded.id);
    await page.getByLabel('Reden (verplicht, 3 tot 500 tekens)').fill('Telling bleek dubbel; browsertest');
    const [withdrawn] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/v1/uploads/files/${uploaded.id}/withdraw`,
      ),
      page.getByRole('button', { name: 'Intrekken' }).click(),
    ]);
    expect(withdrawn.status()).toBe(200);
    await page.getByTestId('withdraw-done').waitFor();
    // The table is rendered again on the server: it shows who withdrew the file, when and why.
    const row = page.locator('[data-testid="uploaded-files"] tr', { has: page.locator(`[data-upload="${uploaded.id}"]`) });
    await row.locator('[data-withdrawn="true"]').waitFor();
    await expect(row.textContent()).resolves.toContain('Telling bleek dubbel; browsertest');
    await expect(row.textContent()).resolves.toMatch(/ingetrokken\s*op .+ door api-key:/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'beheer-ingetrokken');
    expect(await vacancy2024()).toBe(before);
    await expect(figureOnIndicatorPage()).resolves.toContain('10,5%');
  });

  it('should withdraw the stored file it replaces when a new version is uploaded', async () => {
    const stored = (await (await fetch(`${koers.api}/uploads/files`)).json()) as UploadedFileListResponse;
    const demo = stored.data.find((file) => file.kind === 'vacancy' && file.withdrawal === null)!;
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAsEditor();
    await page.getByLabel('Nieuwe versie van').selectOption(demo.id);
    await page.getByLabel('Waarom vervangen (optioneel)').fill('Nieuwe telling 2024');
    const reply = await send('Uploaden', 50_000);
    expect([reply.status, reply.body.outcome, reply.body.replaces?.versionId]).toEqual([201, 'loaded', demo.id]);
    expect(await vacancy2024()).toBeCloseTo(12.8, 1);
    await expect(page.getByTestId('upload-replaces').textContent()).resolves.toContain(`#${demo.id}`);
    const replaced = page.locator('[data-testid="uploaded-files"] tr', { has: page.locator(`[data-upload="${demo.id}"]`) });
    await replaced.locator('[data-withdrawn="true"]').waitFor();
    await expect(replaced.textContent()).resolves.toContain(`vervangen door #${reply.body.versionId}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'beheer-vervangen-mobile');
  });
});
