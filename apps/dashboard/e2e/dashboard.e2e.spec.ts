import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AmbitionListResponse, CoverageResponse, IndicatorDetailResponse, RunRequestView, UploadResponse } from '@koers/api-contracts';
import { chartStrokes, ownMarkers } from './test-support/chart';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations } from './test-support/browser';
import { browserSession } from './test-support/browser-session';
import { type Koers, root } from './test-support/koers-process';
import { responseTo as responseOf, signIn as signInAt } from './test-support/management';

// The dashboard on `npm start` with the bundled data, in real Chromium. Timings are never asserted here.

describe('dashboard in the browser', () => {
  const session = browserSession({ acceptDownloads: true });
  let koers: Koers;
  let page: Page;
  beforeEach(() => ({ koers, page } = session));

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

  async function detailOf(id: string): Promise<IndicatorDetailResponse> {
    return (await (await fetch(`${koers.api}/indicators/${id}`)).json()) as IndicatorDetailResponse;
  }

  it('should show chart, target, map and a working CSV download when an indicator page opens', async () => {
    const api = await detailOf('office-vacancy');
    await open('/indicatoren/office-vacancy');
    expect(await page.getByTestId('chart-plot').locator('[data-series-key="own"] [data-marker]').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('target').textContent()).resolves.toMatch(/5,0% in 2030/);
    await expect(page.getByTestId('why').textContent()).resolves.toContain(api.progress.statusLabel);
    await expect(page.getByText('voorbeelddata', { exact: true }).first().isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('downloads').getByText('CSV', { exact: false }).first().click(),
    ]);
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
    await open('/indicatoren/population-total?peers=all');
    await expect(page.getByTestId('chart-legend').textContent()).resolves.toContain('Emmen');
    expect(await page.getByTestId('wijk-map').locator('path').count()).toBe(10);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-peers');
  });

  it('should draw every series the legend names with a visible stroke when peers and benchmarks are shown', async () => {
    await open('/indicatoren/population-total?peers=all');
    const drawn = await chartStrokes(page);
    const labels = drawn.map((d) => d.label).join(' | ');
    expect(labels).toContain('Drenthe');
    expect(labels).toContain('Nederland');
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    for (const series of drawn) expect({ key: series.key, stroked: series.stroked > 0 }).toEqual({ key: series.key, stroked: true });
  });

  it('should draw both lines of the corridor when the target is a band', async () => {
    await open('/indicatoren/retail-floor-space-change');
    const drawn = await chartStrokes(page);
    expect(drawn.map((d) => d.key)).toEqual(expect.arrayContaining(['band-lower', 'band-upper']));
    for (const series of drawn) expect({ key: series.key, stroked: series.stroked > 0 }).toEqual({ key: series.key, stroked: true });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-band');
  });

  it('should draw voorbeelddata hollow with its legend entry and real figures filled, as the API flags them', async () => {
    const demo = await detailOf('office-vacancy');
    const demoYears = demo.series.filter((p) => p.period.endsWith('JJ00') && p.value !== null && p.demo).map((p) => String(p.year));
    expect(demoYears.length).toBeGreaterThan(0);
    await open('/indicatoren/office-vacancy');
    const hollow = (await ownMarkers(page)).filter((m) => m.demo === 'true');
    expect(hollow.map((m) => m.year)).toEqual(demoYears);
    for (const marker of hollow) expect(marker.fill).toBe('rgb(255, 255, 255)');
    expect(await page.locator('[data-legend-mark="demo"]').count()).toBe(1);
    const real = await detailOf('population-total');
    expect(real.series.some((p) => p.demo)).toBe(false);
    await open('/indicatoren/population-total');
    const filled = await ownMarkers(page);
    expect(filled.length).toBeGreaterThan(1);
    for (const marker of filled) expect([marker.demo, marker.fill === 'rgb(255, 255, 255)']).toEqual(['false', false]);
    expect(await page.locator('[data-legend-mark="demo"]').count()).toBe(0);
  });

  it('should say the one published figure and, when the verdict used the trend, say so without a second value', async () => {
    const api = await detailOf('population-total');
    await open('/indicatoren/population-total');
    const e = api.progress.explanation;
    if (e.guards.some((g) => g.code === 'noise-guard-trend')) {
      await expect(page.getByTestId('trend-note').isVisible()).resolves.toBe(true);
      const latest = api.series.filter((p) => p.period.endsWith('JJ00') && p.value !== null).at(-1)!;
      if (e.latestValueUsed !== null && Math.round(e.latestValueUsed) !== Math.round(latest.value!)) {
        const trend = new Intl.NumberFormat('nl-NL', {
          maximumFractionDigits: api.indicator.decimals,
          minimumFractionDigits: api.indicator.decimals,
        }).format(e.latestValueUsed);
        await expect(page.locator('main').textContent()).resolves.not.toContain(trend);
      }
    } else {
      expect(await page.getByTestId('trend-note').count()).toBe(0);
    }
  });

  it('should give the true reason and a working link when an indicator has no figures', async () => {
    const api = await detailOf('gas-free-dwellings-share');
    expect(api.coverage.kind).toBe('none');
    await open('/indicatoren/gas-free-dwellings-share');
    const reasons = page.getByTestId('coverage-reasons');
    const text = (await reasons.textContent()) ?? '';
    for (const reason of api.coverage.reasons) {
      expect(text).toContain(reason.text);
      if (reason.measure) await expect(page.locator('main').textContent()).resolves.not.toContain(reason.measure);
    }
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/nog geen cijfers geladen/i);
    const links = await reasons.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    // The API gives StatLine pages in full and its own paths below /api/v1 or relative to it.
    const expected = (href: string) => (/^https?:|^\/api\//.test(href) ? href : `/api/v1${href}`);
    expect(links).toEqual(api.coverage.reasons.flatMap((r) => (r.link ? [expected(r.link.href)] : [])));
    expect(links.length).toBeGreaterThan(0);
    // No network at test time: a StatLine link is checked for its address, an upload template is fetched.
    for (const link of links) expect(link).toMatch(/^(https:\/\/[a-z.]*cbs\.nl\/|\/api\/v1\/)/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-empty');
    await open('/indicatoren/centre-shop-vacancy');
    const template = await page.getByTestId('coverage-reasons').locator('a[href*="/uploads/templates/"]').first().getAttribute('href');
    const download = await fetch(`${koers.dashboard}${template}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('should show the coverage overview on /data as GET /coverage gives it', async () => {
    const api = (await (await fetch(`${koers.api}/coverage`)).json()) as CoverageResponse;
    await open('/data');
    const overview = page.getByTestId('coverage-overview');
    const counts = (scope: string) =>
      overview
        .locator(`${scope} [data-count-kind]`)
        .evaluateAll((items) =>
          Object.fromEntries(items.map((i) => [i.getAttribute('data-count-kind'), Number(i.getAttribute('data-count'))])),
        );
    await expect(counts('[data-testid="coverage-totals"]')).resolves.toEqual(api.totals);
    for (const ambition of api.data) {
      const scope = `[data-ambition="${ambition.id}"]`;
      await expect(counts(scope)).resolves.toEqual(ambition.counts);
      const rows = await overview
        .locator(`${scope} tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('[data-coverage-kind]')?.getAttribute('data-coverage-kind'),
            tr.querySelectorAll('td')[1]?.textContent,
          ]),
        );
      expect(rows).toEqual(ambition.indicators.map((i) => [i.kind, i.reason ?? '–']));
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['/indicatoren/population-total?peers=all', 'indicator-peers-mobile'],
    ['/indicatoren/office-vacancy', 'indicator-mobile'],
    ['/data', 'data-mobile'],
    ['/rapport/2024', 'rapport-mobile'],
  ])('should render %s 390 px wide without serious accessibility violations', async (path, name) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(path);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
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

  const signIn = (key: string) => signInAt(page, koers.dashboard, key);
  const responseTo = (method: string, path: string, click: () => Promise<void>) => responseOf(page, method, path, click);

  it("should show the rows, columns and values of the API's 422 when an uploaded file is rejected", async () => {
    await signIn(koers.adminToken);
    await page.setInputFiles('input[type="file"]', join(root, 'libs/municipal-files/src/__fixtures__/not-ok/wrong-types.csv'));
    const reply = await responseTo('POST', '/uploads/vacancy', () => page.getByRole('button', { name: 'Uploaden' }).click());
    expect(reply.status).toBe(422);
    const issues = (reply.body as UploadResponse).issues ?? [];
    expect(issues.length).toBeGreaterThan(1);
    const rows = page.getByTestId('upload-issues').getByTestId('upload-issue');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(shown).toEqual(
      issues.map((issue) => [issue.row === null ? '–' : String(issue.row), issue.column ?? '–', issue.value ?? '–', issue.message]),
    );
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
    const editor = await koers.createKey('editor', 'e2e editor');
    const refused = await fetch(`${koers.api}/etl/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'inbox' }),
    });
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
