import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AmbitionListResponse, CreatedApiKeyResponse, RunRequestView, UploadResponse } from '@koers/api-contracts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousViolations } from './test-support/browser';
import { Koers, root, startKoers } from './test-support/koers-process';

// The dashboard on `npm start` with the bundled data, in real Chromium. Timings are never asserted here.

describe('dashboard in the browser', () => {
  let koers: Koers;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    koers = await startKoers();
    browser = await launchBrowser();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await koers?.stop();
  }, 60_000);
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  });
  afterEach(async () => page?.close());

  async function open(path: string): Promise<void> {
    const response = await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
  }

  it('should show the five ambitions with the statuses the API returns when the home page opens', async () => {
    const api = (await (await fetch(`${koers.api}/ambitions`)).json()) as AmbitionListResponse;
    await open('/');
    const cards = page.getByTestId('ambition-card');
    expect(await cards.count()).toBe(5);
    for (const ambition of api.data) {
      const card = page.locator(`[data-testid="ambition-card"][data-ambition="${ambition.id}"]`);
      await expect(card.locator('h2').textContent()).resolves.toBe(ambition.title);
      await expect(card.locator('[data-status]').first().getAttribute('data-status')).resolves.toBe(ambition.rollUp.overall);
      await expect(card.locator('[data-status]').first().textContent()).resolves.toContain(ambition.rollUp.overallLabel);
    }
    expect(await page.locator('[data-example-data]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'home');
  });

  it('should show chart, target, map and a working CSV download when an indicator page opens', async () => {
    await open('/indicatoren/office-vacancy');
    await page.getByTestId('indicator-chart').locator('svg .recharts-line').first().waitFor();
    await expect(page.getByTestId('target').textContent()).resolves.toMatch(/5,0% in 2030/);
    await expect(page.getByTestId('why').textContent()).resolves.toContain('Op koers');
    await expect(page.getByText('voorbeelddata', { exact: true }).first().isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('downloads').getByText('CSV', { exact: false }).first().click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^\uFEFF?indicator,ambition,region/);
    expect(csv).toContain('office-vacancy');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator');
    // Office vacancy has no wijk figures; the map is checked on an indicator that has them.
    await open('/indicatoren/population-total');
    expect(await page.getByTestId('wijk-map').locator('path').count()).toBe(10);
    await expect(page.getByTestId('map-summary').textContent()).resolves.toContain('het hoogst in Wijk 07 Marsdijk');
  });

  it('should add the peers to the chart when the toggle in the URL is on', async () => {
    await open('/indicatoren/population-total?peers=1');
    await page.getByTestId('indicator-chart').locator('svg .recharts-line').first().waitFor();
    await expect(page.getByTestId('indicator-chart').textContent()).resolves.toContain('Emmen');
    expect(await page.getByTestId('wijk-map').locator('path').count()).toBe(10);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-peers');
  });

  it('should print the council report to PDF with every ambition in it', async () => {
    const api = (await (await fetch(`${koers.api}/ambitions`)).json()) as AmbitionListResponse;
    await open('/rapport/2024');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'rapport');
    await page.emulateMedia({ media: 'print' });
    for (const ambition of api.data) {
      await expect(page.locator(`section[data-ambition="${ambition.id}"] h2`).isVisible()).resolves.toBe(true);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One page break before each ambition after the first and before the sources: at least six A4 pages.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(6);
  });

  it('should refuse a wrong API key when signing in on the management page', async () => {
    await open('/beheer');
    await page.getByLabel('API-sleutel').fill('koers_wrong_key_0000');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'geweigerd' }).textContent()).resolves.toContain('Deze sleutel is geweigerd');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'beheer');
  });

  async function signIn(key: string): Promise<void> {
    await open('/beheer');
    await page.getByLabel('API-sleutel').fill(key);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByTestId('signed-in').waitFor();
  }

  /** The API response to the request the click sends, as the page received it. */
  async function responseTo(method: string, path: string, click: () => Promise<void>): Promise<{ status: number; body: unknown }> {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname === `/api/v1${path}`), click()]);
    return { status: response.status(), body: await response.json() };
  }

  it('should show the rows, columns and values of the API\'s 422 when an uploaded file is rejected', async () => {
    await signIn(koers.adminToken);
    await page.setInputFiles('input[type="file"]', join(root, 'libs/municipal-files/src/__fixtures__/not-ok/wrong-types.csv'));
    const reply = await responseTo('POST', '/uploads/vacancy', () => page.getByRole('button', { name: 'Uploaden' }).click());
    expect(reply.status).toBe(422);
    const issues = (reply.body as UploadResponse).issues ?? [];
    expect(issues.length).toBeGreaterThan(1);
    const rows = page.getByTestId('upload-issues').getByTestId('upload-issue');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(shown).toEqual(issues.map((issue) => [issue.row === null ? '–' : String(issue.row), issue.column ?? '–', issue.value ?? '–', issue.message]));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'beheer-upload');
  });

  it('should follow a run an administrator starts for the inbox until it is done', async () => {
    await signIn(koers.adminToken);
    await page.getByLabel('Bron', { exact: true }).selectOption('inbox');
    const reply = await responseTo('POST', '/etl/runs', () => page.getByRole('button', { name: 'Run starten' }).click());
    expect(reply.status).toBe(202);
    const queued = reply.body as RunRequestView;
    const status = page.getByTestId('run-request-status');
    await page.locator('[data-testid="run-request-status"]:is([data-status="done"], [data-status="failed"])').waitFor({ timeout: 60_000 });
    await expect(status.getAttribute('data-status')).resolves.toBe('done');
    await expect(status.textContent()).resolves.toContain(`Verzoek #${queued.id}`);
    await expect(status.textContent()).resolves.toContain('✓ klaar');
    const done = (await (await fetch(`${koers.api}/etl/requests/${queued.id}`)).json()) as RunRequestView;
    expect(done.status).toBe('done');
    const links = await status.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(done.runIds.map((id) => `/beheer/runs/${id}`));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'beheer-run');
  });

  it('should let an editor upload but say that starting a run needs an administrator', async () => {
    const admin = { authorization: `Bearer ${koers.adminToken}`, 'content-type': 'application/json' };
    const created = await fetch(`${koers.api}/auth/keys`, { method: 'POST', headers: admin, body: JSON.stringify({ role: 'editor', name: 'e2e editor' }) });
    expect(created.status).toBe(201);
    const editor = ((await created.json()) as CreatedApiKeyResponse).key;
    const refused = await fetch(`${koers.api}/etl/runs`, { method: 'POST', headers: { ...admin, authorization: `Bearer ${editor}` }, body: JSON.stringify({ source: 'inbox' }) });
    expect(refused.status).toBe(403);
    await signIn(editor);
    await expect(page.getByTestId('upload').isVisible()).resolves.toBe(true);
    expect(await page.getByTestId('run-request-form').count()).toBe(0);
    await expect(page.getByTestId('run-admin-only').textContent()).resolves.toContain('rol admin');
  });

  it.each([
    ['/ambities/regionaal-centrum', 'ambitie'],
    ['/wijken', 'wijken'],
    ['/wijken/WK010607', 'wijk'],
    ['/data', 'data'],
    ['/en', 'home-en'],
    ['/en/indicatoren/office-vacancy', 'indicator-en'],
    ['/en/beheer', 'beheer-en'],
    ['/beheer/runs/1', 'run'],
  ])('should render %s without serious accessibility violations', async (path, name) => {
    await open(path);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
  });

  it('should write English numbers and texts when the page is under /en', async () => {
    await open('/en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Is Assen on course?');
    await expect(page.locator('body').textContent()).resolves.toContain('70,769');
  });
});
