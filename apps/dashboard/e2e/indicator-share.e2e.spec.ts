import type {
  AdoptionView,
  ChartDataMetadata,
  IndicatorDetailResponse,
  ReportResponse,
  ReportYearsResponse,
  SeriesPointView,
} from '@koers/api-contracts';
import { csvObjects } from '@koers/api-contracts/testing';
import { roundTo } from '@koers/indicators';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './test-support/browser';
import { browserSession } from './test-support/browser-session';
import { downloaded, pngSize } from './test-support/downloads';
import { serveHostPage } from './test-support/host-page';
import type { Koers } from './test-support/koers-process';
import { watchPageProblems } from './test-support/page-problems';

// An indicator as an analyst or a journalist uses it, on `npm start` with the bundled data in real Chromium: the
// chart's figures and picture downloaded, the view restored from a shared link, the citation, and the embed framed
// by another site. Timings are never asserted here.

const VIEW = '?peers=GM0114,PV22&from=2018&to=2025';

describe('an indicator shared, downloaded, cited and embedded', () => {
  const session = browserSession({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  let koers: Koers;
  let context: BrowserContext;
  let page: Page;
  beforeEach(() => ({ koers, context, page } = session));

  async function open(path: string): Promise<void> {
    const response = await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'networkidle' });
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
  }

  async function api<T>(path: string): Promise<T> {
    return (await (await fetch(`${koers.api}${path}`)).json()) as T;
  }

  /** The yearly figures of a series as the chart data writes them. */
  const rowsOf = (series: readonly SeriesPointView[], kind: string, code: string, decimals: number) =>
    series
      .filter((p) => p.period.endsWith('JJ00'))
      .map((p) => [kind, code, String(p.year), p.value === null ? '' : String(roundTo(p.value, decimals))]);

  it("should find the API's figures for the view in its CSV and bundle when they are downloaded from the page", async () => {
    const detail = await api<IndicatorDetailResponse>('/indicators/population-total?from=2018&to=2025');
    await open(`/indicatoren/population-total${VIEW}`);
    const downloads = page.getByTestId('chart-downloads');
    const csv = await downloaded(page, () => downloads.locator('a[data-format="csv"]').click());
    expect(csv.name).toBe('koers-population-total-GM0106-from2018-to2025.csv');
    const compared = (code: string) => detail.comparisons.find((c) => c.region.code === code)!.series;
    const decimals = detail.indicator.decimals;
    expect(csvObjects(csv.bytes.toString('utf8'), ',').map((r) => [r['series'], r['region'], r['year'], r['value']])).toEqual([
      ...rowsOf(detail.series, 'own', 'GM0106', decimals),
      ...rowsOf(compared('GM0114'), 'peer', 'GM0114', decimals),
      ...rowsOf(compared('PV22'), 'benchmark', 'PV22', decimals),
    ]);
    const fromApi = Buffer.from(await (await fetch(`${koers.api}/indicators/population-total/chart-data${VIEW}&format=csv`)).arrayBuffer());
    expect(csv.bytes.equals(fromApi)).toBe(true);

    const zip = await downloaded(page, () => downloads.locator('a[data-format="zip"]').click());
    const files = unzipSync(new Uint8Array(zip.bytes));
    expect(strFromU8(files['koers-population-total-GM0106-from2018-to2025.csv']!)).toBe(csv.bytes.toString('utf8'));
    const metadata = JSON.parse(strFromU8(files['metadata.json']!)) as ChartDataMetadata;
    expect(metadata.indicator).toMatchObject({
      id: 'population-total',
      title: detail.indicator.title,
      definition: detail.indicator.definition,
      unit: detail.indicator.unit,
    });
    expect(metadata.view.compared.map((r) => r.code)).toEqual(['GM0114', 'PV22']);
    expect(metadata.status.explanation).toBe(detail.progress.explanation.text);
    expect(metadata.licence.id).toBe('CC-BY-4.0');
    const newest = detail.lineage
      .filter((l) => l.tableId === '03759ned')
      .map((l) => l.publishedAt)
      .sort()
      .at(-1);
    expect(metadata.sources.find((s) => s.tableId === '03759ned')?.publishedAt).toBe(newest);
    expect(strFromU8(files['README.md']!)).toContain(`# ${metadata.title}`);
    const xlsx = await downloaded(page, () => downloads.locator('a[data-format="xlsx"]').click());
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('should give the chart as an SVG picture with title, source and licence, and as a PNG twice its size, when the picture is downloaded', async () => {
    const problems = await watchPageProblems(page);
    const detail = await api<IndicatorDetailResponse>('/indicators/population-total?from=2018&to=2025');
    await open(`/indicatoren/population-total${VIEW}`);
    const svg = await downloaded(page, () => page.getByTestId('chart-downloads').locator('a[data-format="svg"]').click());
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="960" height="(\d+)"/,
    );
    expect(text).toContain(`<title>${detail.indicator.title} — Assen, 2018–2025</title>`);
    expect(text).toContain(`Bron: ${detail.indicator.source}.`);
    expect(text).toContain('licentie CC BY 4.0');
    const ownYears = detail.series.filter((p) => p.period.endsWith('JJ00') && p.value !== null).length;
    expect(text.match(/<g data-series-key="own"[\s\S]*?<\/g>/)?.[0].match(/data-marker=/g)).toHaveLength(ownYears);
    const height = Number(/height="(\d+)"/.exec(text)![1]);
    const png = await downloaded(page, () => page.getByTestId('chart-png').click());
    expect(png.name).toBe('koers-population-total-GM0106.png');
    expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 2 * height });
    expect(await problems.list()).toEqual([]);
  });

  it('should put the view chosen in the form in the address and restore it when the shared link is opened in a new window', async () => {
    await open('/indicatoren/population-total');
    const form = page.getByTestId('chart-view-form');
    await form.locator('select[name="region"]').selectOption('WK010607');
    await Promise.all([page.waitForURL(/region=WK010607/), form.getByRole('button', { name: 'Toon' }).click()]);
    await form.locator('input[name="peers"][value="GM0106"]').check();
    await form.locator('input[name="peers"][value="PV22"]').check();
    await form.getByLabel('Vanaf jaar').fill('2019');
    await form.getByLabel('Tot en met jaar').fill('2024');
    await form.getByLabel('Tabel').check();
    await Promise.all([page.waitForURL(/view=table/), form.getByRole('button', { name: 'Toon' }).click()]);
    const shared = await page.getByTestId('share-link').locator('input').inputValue();
    expect(shared).toBe(`${koers.dashboard}/indicatoren/population-total?region=WK010607&peers=GM0106,PV22&from=2019&to=2024&view=table`);

    const other = await context.newPage();
    await other.goto(shared, { waitUntil: 'networkidle' });
    const restored = other.getByTestId('chart-view-form');
    await expect(restored.locator('select[name="region"]').inputValue()).resolves.toBe('WK010607');
    const checked = await restored
      .locator('input[name="peers"]:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(checked).toEqual(['GM0106', 'PV22']);
    await expect(restored.getByLabel('Vanaf jaar').inputValue()).resolves.toBe('2019');
    await expect(restored.getByLabel('Tot en met jaar').inputValue()).resolves.toBe('2024');
    await expect(restored.getByLabel('Tabel').isChecked()).resolves.toBe(true);
    expect(await other.getByTestId('indicator-chart').count()).toBe(0);
    const table = other.getByTestId('chart-table');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Jaar', 'Wijk 07 Marsdijk', 'Assen', 'Drenthe (PV)']);
    const years = (await table.locator('tbody th').allTextContents()).map(Number);
    expect(years.every((year) => year >= 2019 && year <= 2024)).toBe(true);
    expect(years.length).toBeGreaterThan(0);
    const csvLink = await other.getByTestId('chart-downloads').locator('a[data-format="csv"]').getAttribute('href');
    expect(csvLink).toBe('/api/v1/indicators/population-total/chart-data?region=WK010607&peers=GM0106,PV22&from=2019&to=2024&format=csv');
    expect(await seriousViolations(other)).toEqual([]);
  });

  it('should keep the view when the language is switched', async () => {
    await open('/indicatoren/population-total?peers=GM0114&from=2020');
    await Promise.all([page.waitForURL(/\/en\//), page.getByRole('link', { name: 'English' }).click()]);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/en/indicatoren/population-total?peers=GM0114&from=2020');
    await expect(page.getByTestId('chart-legend').textContent()).resolves.toContain('Emmen');
    await expect(page.getByTestId('chart-view-form').getByLabel('From year').inputValue()).resolves.toBe('2020');
  });

  it("should cite the view as text and BibTeX with licence, address and today's date, and copy it when Kopieer is pressed", async () => {
    await open(`/indicatoren/population-total${VIEW}`);
    const url = await page.getByTestId('share-link').locator('input').inputValue();
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    const text = await page.getByTestId('cite-text').locator('textarea').inputValue();
    expect(text).toMatch(
      new RegExp(`^Gemeente Assen \\(${today.slice(0, 4)}\\)\\. Inwoners en bevolkingsgroei, Assen, 2018–2025 \\[grafiek en data\\]\\.`),
    );
    expect(text).toContain('Licentie: CC BY 4.0.');
    expect(text).toContain(
      `${url}, geraadpleegd op ${new Date(`${today}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}.`,
    );
    const bibtex = page.getByTestId('cite-bibtex');
    const entry = await bibtex.locator('textarea').inputValue();
    expect(entry).toContain(`urldate      = {${today}},`);
    expect(entry).toContain(`url          = {${url}},`);
    await bibtex.getByRole('button', { name: 'Kopieer' }).click();
    await bibtex.getByRole('status').filter({ hasText: 'Gekopieerd' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(entry);
  });

  it('should show an embed alone, and refuse every other page, when another site frames them', async () => {
    await open(`/indicatoren/population-total${VIEW}`);
    const snippet = await page.getByTestId('embed-snippet').locator('textarea').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).pathname + new URL(src).search).toBe('/embed/indicatoren/population-total?peers=GM0114,PV22&from=2018&to=2025');
    const refused: string[] = [];
    page.on('console', (message) => message.text().includes('frame-ancestors') && refused.push(message.text()));
    const host = await serveHostPage([
      { src, title: 'Ingesloten grafiek' },
      { src: `${koers.dashboard}/indicatoren/population-total`, title: 'Hele pagina' },
    ]);
    try {
      await page.goto(host.url, { waitUntil: 'networkidle' });
      const embed = page.frameLocator('iframe[title="Ingesloten grafiek"]');
      await embed.getByTestId('embedded-chart').waitFor();
      expect(await embed.locator('nav, header, footer').count()).toBe(0);
      const legend = await embed.locator('[data-legend-key]').allTextContents();
      expect(legend).toEqual(['Assen', 'Emmen', 'Drenthe (PV)']);
      await expect(embed.getByTestId('embed-pin').textContent()).resolves.toContain('Nieuwste cijfers');
      // The whole page in the other frame is refused by its frame-ancestors 'none': none of it is shown (the
      // browser's own error page stands in).
      expect(refused.length).toBeGreaterThan(0);
      expect(await page.frameLocator('iframe[title="Hele pagina"]').locator('[data-testid], main#inhoud').count()).toBe(0);
    } finally {
      await host.close();
    }
    const headers = (await fetch(src)).headers;
    expect(headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(headers.get('x-frame-options')).toBeNull();
  });

  it('should show the adopted edition or the figures of a date when an embed is pinned to them', async () => {
    const { lastCompleteYear: year } = await api<ReportYearsResponse>('/reports');
    const adopted = await fetch(`${koers.api}/reports/${year}/editions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${koers.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ adoptedBy: 'de gemeenteraad van Assen', councilMeeting: `${year + 1}-01-15` }),
    });
    expect(adopted.status).toBe(201);
    const adoption = (await adopted.json()) as AdoptionView;
    await open('/indicatoren/population-total/insluiten');
    const builder = page.getByTestId('embed-builder');
    await builder.getByLabel('De grafiek zoals de gemeenteraad die vaststelde').check();
    await Promise.all([page.waitForURL(/pin=edition/), builder.getByRole('button', { name: 'Maak de code' }).click()]);
    await expect(page.getByTestId('embed-snippet').locator('textarea').inputValue()).resolves.toContain(
      `/embed/indicatoren/population-total?edition=${year}-${adoption.number}"`,
    );
    const preview = page.frameLocator('[data-testid="embed-preview"]');
    await expect(preview.getByTestId('embed-pin').textContent()).resolves.toContain(`Editie ${adoption.number}`);
    const edition = await api<ReportResponse>(`/reports/${year}/editions/${adoption.number}`);
    const points = edition.ambitions.flatMap((a) => a.indicators).find((i) => i.id === 'population-total')!.chart.points;
    const drawn = await preview
      .locator('[data-series-key="own"] [data-marker]')
      .evaluateAll((markers) => markers.map((m) => Number(m.getAttribute('data-marker'))));
    expect(drawn).toEqual(points.map((p) => p.year).sort((a, b) => a - b));
    expect(drawn.length).toBeGreaterThan(0);

    const asOf = await api<IndicatorDetailResponse>('/indicators/population-total?asOf=2026-06-22');
    await open('/embed/indicatoren/population-total?asOf=2026-06-22');
    await expect(page.getByTestId('embed-pin').textContent()).resolves.toBe('Cijfers zoals gepubliceerd op 22 juni 2026.');
    const provisional = await page
      .locator('[data-series-key="own"] [data-marker]')
      .evaluateAll((markers) => markers.map((m) => m.getAttribute('data-provisional')));
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional).toEqual(asOf.series.filter((p) => p.period.endsWith('JJ00') && p.value !== null).map((p) => String(p.provisional)));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
