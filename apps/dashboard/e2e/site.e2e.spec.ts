import type { Page, Response } from 'playwright-core';
import { seriousViolations } from './test-support/browser';
import { browserSession } from './test-support/browser-session';
import { downloaded } from './test-support/downloads';
import { focused, tabThrough, tabTo } from './test-support/keyboard';
import type { Koers } from './test-support/koers-process';
import { signIn } from './test-support/management';
import { directives, expectCommonHeaders, expectHashed, expectNonced } from './test-support/security-expectations';
import { watchPageProblems } from './test-support/page-problems';

// The site as a whole, in real Chromium, on a product started as behind TLS (DASHBOARD_HTTPS=on, as deployed: HSTS
// is sent, and links that leave the site are https): every kind of page carries the security headers, the browser
// reports no refusal of the Content-Security-Policy, no answer names an internal address; every page of the sitemap
// in both languages passes axe, the keyboard alone does the job, unknown addresses answer 404, and the files every
// site has are there. What the toegankelijkheidsverklaring says about testing is what this file (with the axe checks
// of the other files) does.

const PAGES: readonly [kind: string, path: string][] = [
  ['home', '/'],
  ['ambition', '/ambities/regionaal-centrum'],
  ['indicator', '/indicatoren/office-vacancy'],
  ['indicator with map and peers', '/indicatoren/population-total?peers=all'],
  ['wijken', '/wijken'],
  ['wijk', '/wijken/WK010607'],
  ['data', '/data'],
  ['rapport', '/rapport/2024'],
  ['rapport index', '/rapport'],
  ['beheer', '/beheer'],
  ['run', '/beheer/runs/1'],
  ['adopt a council edition', '/beheer/vaststellen'],
  ['en', '/en'],
  ['en indicator', '/en/indicatoren/office-vacancy'],
  ['not found', '/bestaat-niet'],
  ['embedded chart', '/embed/indicatoren/population-total?peers=all'],
  ['embed options', '/indicatoren/office-vacancy/insluiten'],
  ['toegankelijkheidsverklaring', '/toegankelijkheidsverklaring'],
];

/** The pages rendered for each request, never from the page cache: they allow scripts by a fresh nonce. */
const RENDERED_PER_REQUEST = new Set(['/beheer', '/beheer/runs/1', '/beheer/vaststellen']);

/** The pages made to be framed by another site. */
const embeddable = (path: string) => path.startsWith('/embed/');

/** Every page address of the sitemap, Dutch and English (its hreflang alternates). */
function sitemapPages(xml: string, origin: string): string[] {
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>|hreflang="en" href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
  return [...new Set(urls)].map((url) => url.replace(/^https?:\/\/[^/]+/, origin));
}

describe('the site', () => {
  const session = browserSession(
    { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] },
    { env: { DASHBOARD_HTTPS: 'on' } },
  );
  let koers: Koers;
  let page: Page;
  beforeEach(() => ({ koers, page } = session));

  /** The headers no answer may carry: internal routing, the software, the API's own address. */
  function expectNothingInternal(response: Response, headers: Record<string, string>): void {
    const apiAddress = new URL(koers.api).host;
    expect(Object.keys(headers).filter((name) => name.startsWith('x-middleware') || name === 'x-powered-by')).toEqual([]);
    expect(Object.entries(headers).filter(([, value]) => value.includes(apiAddress))).toEqual([]);
    expect(response.url().includes(apiAddress)).toBe(false);
  }

  it.each(PAGES)('should send the security headers and give the browser nothing to refuse on the %s page', async (_kind, path) => {
    const problems = await watchPageProblems(page);
    // The document the browser ends on: /rapport sends it on to the newest year's report.
    const documents: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'document' && r.frame() === page.mainFrame()) documents.push(r);
    });
    await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'networkidle' });
    const response = documents.at(-1)!;
    expect(response.status()).toBe(path === '/bestaat-niet' ? 404 : 200);
    const headers = await response.allHeaders();
    expectCommonHeaders(headers, embeddable(path));
    expectNothingInternal(response, headers);
    const policy = directives(headers['content-security-policy'] ?? '');
    expect(policy.get('script-src')).not.toContain('unsafe-inline');
    expect(policy.get('style-src')).not.toContain('unsafe-inline');
    const ancestors = embeddable(path) ? '*' : "'none'";
    expect([policy.get('frame-ancestors'), policy.get('object-src'), policy.get('base-uri'), policy.get('form-action')]).toEqual([
      ancestors,
      "'none'",
      "'self'",
      "'self'",
    ]);
    if (RENDERED_PER_REQUEST.has(path)) expectNonced(await response.text(), policy);
    else await expectHashed(page, policy);
    expect(await problems.list()).toEqual([]);
  });

  it('should draw the chart and keep accessibility clean under the policy', async () => {
    const problems = await watchPageProblems(page);
    await page.goto(`${koers.dashboard}/indicatoren/office-vacancy`, { waitUntil: 'networkidle' });
    expect(await page.getByTestId('chart-plot').locator('[data-series-key="own"] [data-marker]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await problems.list()).toEqual([]);
  });

  it('should let an administrator sign in and see the upload form when the policy is in force', async () => {
    const problems = await watchPageProblems(page);
    await signIn(page, koers.dashboard, koers.adminToken);
    await expect(page.getByTestId('upload').isVisible()).resolves.toBe(true);
    await expect(page.locator('input[type="file"]').count()).resolves.toBe(1);
    expect(await problems.list()).toEqual([]);
  });

  it('should give a chart picture the policy that lets nothing run when it is downloaded', async () => {
    const response = await fetch(`${koers.dashboard}/indicatoren/office-vacancy/grafiek`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const headers = Object.fromEntries(response.headers);
    expectCommonHeaders(headers);
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it("should answer /api/* with the dashboard's headers and a policy that lets nothing run", async () => {
    const response = await fetch(`${koers.dashboard}/api/v1/ambitions`);
    expect(response.status).toBe(200);
    const headers = Object.fromEntries(response.headers);
    expectCommonHeaders(headers);
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(Object.keys(headers).filter((name) => name.startsWith('x-middleware') || name === 'x-powered-by')).toEqual([]);
    expect(Object.values(headers).filter((value) => value.includes(new URL(koers.api).host))).toEqual([]);
  });
  it('should show the API documentation through the dashboard, as the data page links to it, with nothing refused', async () => {
    const problems = await watchPageProblems(page);
    await page.goto(`${koers.dashboard}/data`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: /OpenAPI/ }).click();
    await page.locator('.swagger-ui .opblock').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/api/v1/docs');
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(20);
    expect(await problems.list()).toEqual([]);
  });

  /** The site's address as visitors reach it: over HTTPS, as DASHBOARD_HTTPS says. */
  const publicAddress = () => koers.dashboard.replace(/^http:/, 'https:');

  it('should list every kind of page in sitemap.xml in both languages, and serve robots.txt and favicon.ico, when a crawler asks', async () => {
    const sitemap = await fetch(`${koers.dashboard}/sitemap.xml`);
    expect(sitemap.headers.get('content-type')).toContain('xml');
    const pages = sitemapPages(await sitemap.text(), '');
    for (const path of [
      '/',
      '/en',
      '/wijken',
      '/rapport',
      '/data',
      '/toegankelijkheidsverklaring',
      '/en/toegankelijkheidsverklaring',
      '/indicatoren/office-vacancy',
      '/ambities/generaties',
      '/wijken/WK010607',
      '/rapport/2024',
    ]) {
      expect(pages).toContain(path);
    }
    expect(pages.some((path) => path.startsWith('/beheer') || path.includes('/embed/'))).toBe(false);
    const robots = await (await fetch(`${koers.dashboard}/robots.txt`)).text();
    expect(robots).toContain('Disallow: /beheer');
    expect(robots).toContain(`Sitemap: ${publicAddress()}/sitemap.xml`);
    const icon = await fetch(`${koers.dashboard}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(
      Buffer.from(await icon.arrayBuffer())
        .subarray(0, 4)
        .toString('hex'),
    ).toBe('00000100');
  });

  it('should pass axe (WCAG 2.0 and 2.1, A and AA) when every page of the sitemap is opened, in Dutch and in English', async () => {
    const pages = sitemapPages(await (await fetch(`${koers.dashboard}/sitemap.xml`)).text(), koers.dashboard);
    expect(pages.length).toBeGreaterThan(100);
    const queue = [
      ...pages,
      `${koers.dashboard}/embed/indicatoren/office-vacancy`,
      `${koers.dashboard}/en/embed/indicatoren/population-total?peers=all`,
      `${koers.dashboard}/indicatoren/office-vacancy/insluiten`,
    ];
    const failures: string[] = [];
    // Three tabs at once: a page's server rendering and another's axe run overlap.
    const check = async (tab: Page) => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const response = await tab.goto(url, { waitUntil: 'load' });
        if (response?.status() !== 200) failures.push(`${url}: HTTP ${response?.status()}`);
        for (const violation of await seriousViolations(tab)) failures.push(`${url}: ${violation}`);
      }
    };
    await Promise.all([check(page), check(await session.context.newPage()), check(await session.context.newPage())]);
    expect(failures.sort()).toEqual([]);
  }, 900_000);

  it.each([
    ['/bestaat-niet', 'Niet gevonden · Not found · Koers'],
    ['/en/bestaat-niet', 'Niet gevonden · Not found · Koers'],
    ['/indicatoren/bestaat-niet', 'Niet gevonden · Not found · Koers'],
    ['/en/indicatoren/bestaat-niet', 'Niet gevonden · Not found · Koers'],
    ['/ambities/bestaat-niet', 'Niet gevonden · Not found · Koers'],
    ['/wijken/WK999999', 'Niet gevonden · Not found · Koers'],
    ['/beheer/runs/999999', 'Niet gevonden · Not found · Koers'],
    ['/embed/indicatoren/bestaat-niet', 'Niet gevonden · Not found · Koers'],
    ['/rapport/2024/editie/7', 'Geen raadsrapportage voor dit jaar · No council report for this year · Koers'],
    ['/rapport/1999', 'Geen raadsrapportage voor dit jaar · No council report for this year · Koers'],
  ])('should answer 404 with the matching title when %s does not exist (%p)', async (path, title) => {
    const response = await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    await expect(page.title()).resolves.toBe(title);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should open the toegankelijkheidsverklaring in the page’s language when its footer link is followed', async () => {
    for (const [path, statement, title] of [
      ['/data', '/toegankelijkheidsverklaring', 'Toegankelijkheidsverklaring'],
      ['/en/data', '/en/toegankelijkheidsverklaring', 'Accessibility statement'],
    ] as const) {
      await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'load' });
      await Promise.all([page.waitForURL(`${koers.dashboard}${statement}`), page.getByTestId('footer-accessibility').click()]);
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
      await expect(page.getByTestId('accessibility-statement').textContent()).resolves.toContain('WCAG');
    }
  });

  it('should put "Naar de inhoud" first and move the focus into the content with it when the keyboard alone is used', async () => {
    await page.goto(`${koers.dashboard}/indicatoren/office-vacancy`, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toEqual({ tag: 'a', name: 'Naar de inhoud', indicated: true });
    expect((await page.locator('a[href="#inhoud"]').boundingBox())?.width).toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('main')?.id)).resolves.toBe('inhoud');
  });

  it.each([
    '/',
    '/indicatoren/population-total',
    '/en/indicatoren/office-vacancy',
    '/rapport/2024',
    '/wijken/WK010607',
    '/beheer',
    '/toegankelijkheidsverklaring',
  ])('should show where the focus is on every element Tab reaches when %s is tabbed through', async (path) => {
    await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'load' });
    const reached = await tabThrough(page);
    expect(reached.length).toBeGreaterThan(5);
    expect(reached.filter((element) => !element.indicated)).toEqual([]);
  });

  it("should change the chart's view, open its table, download its figures and copy its link when only the keyboard is used", async () => {
    await page.goto(`${koers.dashboard}/indicatoren/population-total`, { waitUntil: 'load' });
    await tabTo(page, 'input[name="from"]');
    await page.keyboard.type('2020');
    await Promise.all([page.waitForURL(/from=2020/), page.keyboard.press('Enter')]);
    await tabTo(page, 'input[name="peers"][value="GM0114"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await Promise.all([page.waitForURL(/peers=GM0114/), page.keyboard.press('Enter')]);
    await expect(page.getByTestId('chart-legend').textContent()).resolves.toContain('Emmen');
    await tabTo(page, '[data-testid="indicator-chart"] ~ details > summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid="indicator-chart"] ~ details').getAttribute('open')).resolves.toBe('');
    await tabTo(page, '[data-testid="chart-downloads"] a[data-format="csv"]');
    const csv = await downloaded(page, () => page.keyboard.press('Enter'));
    expect(csv.name).toBe('koers-population-total-GM0106-from2020.csv');
    await tabTo(page, '[data-testid="share-link"] button');
    await page.keyboard.press('Enter');
    await page.getByTestId('share-link').getByRole('status').filter({ hasText: 'Gekopieerd' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${publicAddress()}/indicatoren/population-total?peers=GM0114&from=2020`,
    );
  });
});
