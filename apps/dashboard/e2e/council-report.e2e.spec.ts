import type { AdoptionView, ReportResponse, ReportYearsResponse } from '@koers/api-contracts';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations } from './test-support/browser';
import { browserSession } from './test-support/browser-session';
import type { Koers } from './test-support/koers-process';
import { pdfPageTexts } from './test-support/pdf-text';

// The council report, its editions and the wijk profile on `npm start` with the bundled data, in real Chromium:
// what the printed PDF says (summary, page numbers, a chart per indicator with figures), the draft and its
// adoption, the 390 px layout and axe. Timings are never asserted here.

const compact = (text: string) => text.replace(/\s+/g, '');

describe('council report in the browser', () => {
  const session = browserSession();
  let koers: Koers;
  let page: Page;
  let years: ReportYearsResponse;

  beforeAll(async () => {
    years = (await (await fetch(`${session.koers.api}/reports`)).json()) as ReportYearsResponse;
  });
  beforeEach(() => ({ koers, page } = session));

  async function open(path: string, status = 200): Promise<void> {
    const response = await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'networkidle' });
    expect({ path, status: response?.status() }).toEqual({ path, status });
  }

  async function report(year: number): Promise<ReportResponse> {
    return (await (await fetch(`${koers.api}/reports/${year}`)).json()) as ReportResponse;
  }

  it('should open the last complete year with its year picker when /rapport opens', async () => {
    await open('/rapport');
    expect(new URL(page.url()).pathname).toBe(`/rapport/${years.lastCompleteYear}`);
    const picker = await page.getByTestId('year-picker').locator('a').allTextContents();
    expect(picker).toEqual(years.years.map((y) => String(y.year)));
    await expect(page.locator('[data-testid="year-picker"] a[aria-current="page"]').textContent()).resolves.toBe(
      String(years.lastCompleteYear),
    );
  });

  it('should answer 404 with a page saying so when the year is still to come', async () => {
    await open(`/rapport/${years.years[0]!.year + 1}`, 404);
    await expect(page.getByTestId('report-not-found').textContent()).resolves.toContain('Geen raadsrapportage');
    // The years that have one, asked by the browser only when this page is shown.
    await page.getByTestId('report-years').waitFor();
    await expect(page.getByTestId('report-years').locator('a').allTextContents()).resolves.toEqual(years.years.map((y) => String(y.year)));
    await open('/rapport/1999', 404);
  });

  it('should mark the draft as concept on screen and say it is not yet adopted when no edition exists', async () => {
    await open(`/rapport/${years.lastCompleteYear}`);
    await expect(page.getByTestId('report-status').getAttribute('data-status')).resolves.toBe('concept');
    await expect(page.getByTestId('report-status').textContent()).resolves.toBe('Concept');
    await expect(page.getByTestId('report-status-line').textContent()).resolves.toContain('nog niet vastgesteld');
    // No sentence names one value twice as a change ("van 1,06 in 2020 naar 1,06 in 2020").
    const text = (await page.getByTestId('report').textContent()) ?? '';
    expect(text).not.toMatch(/van (\S+) in (\d{4}) naar \1 in \2/);
    expect(text).not.toMatch(/(gestegen|gedaald) van (\S+) naar \2\b/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'rapport');
  });

  it('should print a PDF with a summary naming all five ambitions, "pagina n van N" on every page and a chart per indicator with figures', async () => {
    const api = await report(years.lastCompleteYear);
    await open(`/rapport/${years.lastCompleteYear}`);
    await page.emulateMedia({ media: 'print' });
    const withFigures = api.ambitions.flatMap((a) => a.indicators.filter((i) => i.chart.points.length > 0).map((i) => i.id));
    expect(withFigures.length).toBeGreaterThan(0);
    const charted = await page
      .locator('article[data-indicator]:has([data-testid="report-chart"])')
      .evaluateAll((articles) => articles.map((a) => a.getAttribute('data-indicator')));
    expect(charted.sort()).toEqual([...withFigures].sort());
    expect(await page.getByTestId('report-nav').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
    const pages = pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    pages.forEach((text, index) => expect(compact(text)).toContain(compact(`pagina ${index + 1} van ${pages.length}`)));
    const summary = pages.find((text) => text.includes('Samenvatting') && text.includes(api.summary.text.slice(0, 20)));
    expect(summary).toBeDefined();
    for (const ambition of api.ambitions) expect(compact(summary!)).toContain(compact(ambition.title));
    // The running header, on every page but the cover, says it is a draft.
    expect(pages.slice(1).every((text) => text.includes('CONCEPT'))).toBe(true);
    // Bookmarks from the headings.
    expect(pdf.toString('latin1')).toContain('/Outlines');
  });

  it('should read without horizontal scrolling at 390 px and pass axe when the report, its changes and a wijk open', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [`/rapport/${years.lastCompleteYear}`, `/rapport/${years.lastCompleteYear}/wijzigingen`, '/wijken/WK010607']) {
      await open(path);
      expect({ path, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, scrollWidth: 390 });
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    }
  });

  it('should show the wijk profile with shares beside the city, a mini-map, the buurten and no row of "geen oordeel" badges', async () => {
    const profile = (await (await fetch(`${koers.api}/regions/WK010607/indicators`)).json()) as {
      indicators: { id: string; status: unknown }[];
      children: unknown[];
    };
    await open('/wijken/WK010607');
    const rows = await page
      .locator('[data-testid="wijk-profile"] tr[data-indicator]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-indicator')));
    expect(rows.sort()).toEqual(profile.indicators.map((i) => i.id).sort());
    expect(await page.locator('[data-testid="wijk-profile"] tr[data-indicator] [data-status]').count()).toBe(
      profile.indicators.filter((i) => i.status !== null).length,
    );
    await expect(page.locator('[data-testid="wijk-profile"]').textContent()).resolves.not.toContain('Geen oordeel mogelijk');
    await expect(page.locator('[data-testid="wijk-mini-map"] path[data-here="true"]').count()).resolves.toBe(1);
    expect(await page.getByTestId('buurten').locator('a').count()).toBe(profile.children.length);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'wijk');
    await open('/wijken/WK999999', 404);
  });

  it('should list the municipality’s wijken from the API when the wijken page opens', async () => {
    await open('/wijken');
    expect(await page.locator('main table a[href^="/wijken/WK"]').count()).toBeGreaterThanOrEqual(10);
  });

  it('should show "vastgesteld" and keep the edition at its own address when an administrator adopts the draft', async () => {
    const year = years.lastCompleteYear;
    await open(`/beheer/vaststellen?jaar=${year}`);
    await page.getByLabel('API-sleutel').fill(koers.adminToken);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByTestId('adopt-edition').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Datum raadsvergadering').fill(`${year + 1}-01-29`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/v1/reports/${year}/editions`),
      page.getByRole('button', { name: 'Vaststellen' }).click(),
    ]);
    expect(response.status()).toBe(201);
    const adoption = (await response.json()) as AdoptionView;
    await expect(page.getByTestId('adopt-outcome').getAttribute('data-outcome')).resolves.toBe('adopted');

    await open(`/rapport/${year}`);
    await expect(page.getByTestId('report-status').getAttribute('data-status')).resolves.toBe('vastgesteld');
    await expect(page.getByTestId('report-status').textContent()).resolves.toBe('Vastgesteld');
    await expect(page.getByTestId('report-status-line').textContent()).resolves.toMatch(
      /^Vastgesteld op .* door de gemeenteraad van Assen, raadsvergadering 29 januari \d{4}\./,
    );

    await open(`/rapport/${year}/editie/${adoption.number}`);
    await expect(page.getByTestId('report-status').getAttribute('data-status')).resolves.toBe('vastgesteld');
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages[1]).toContain(`Editie ${adoption.number}, vastgesteld`);

    await page.emulateMedia({ media: 'screen' });
    await open(`/rapport/${year}/wijzigingen`);
    await expect(page.getByTestId('changes-page').textContent()).resolves.toContain('Vastgesteld');
    expect(await seriousViolations(page)).toEqual([]);
    await open(`/rapport/${year}/editie/${adoption.number + 1}`, 404);
  });
});
