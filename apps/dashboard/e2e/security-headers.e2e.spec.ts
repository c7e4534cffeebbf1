import { createHash } from 'node:crypto';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, seriousViolations } from './test-support/browser';
import { Koers, startKoers } from './test-support/koers-process';
import { watchPageProblems } from './test-support/page-problems';

// The dashboard's security headers in real Chromium, on a product started as behind TLS (DASHBOARD_HTTPS=on, so
// HSTS is sent): every kind of page carries them, the browser reports no refusal of the Content-Security-Policy
// while the page and its interactions run, and no answer names an internal address. A page rendered for one
// request (/beheer) allows scripts by a fresh nonce; a page from the page cache, sent to everyone, by the hashes
// of exactly its inline scripts.

const PAGES: readonly [kind: string, path: string][] = [
  ['home', '/'],
  ['ambition', '/ambities/regionaal-centrum'],
  ['indicator', '/indicatoren/office-vacancy'],
  ['indicator with map and peers', '/indicatoren/population-total?peers=1'],
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
];

/** The pages rendered for each request, never from the page cache. */
const RENDERED_PER_REQUEST = new Set(['/beheer', '/beheer/runs/1', '/beheer/vaststellen']);

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
}

describe('security headers in the browser', () => {
  let koers: Koers;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    koers = await startKoers({ env: { DASHBOARD_HTTPS: 'on' } });
    browser = await launchBrowser();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await koers?.stop();
  }, 60_000);
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => page?.close());

  /** The headers no answer may carry: internal routing, the software, the API's own address. */
  function expectNothingInternal(response: Response, headers: Record<string, string>): void {
    const apiAddress = new URL(koers.api).host;
    expect(Object.keys(headers).filter((name) => name.startsWith('x-middleware') || name === 'x-powered-by')).toEqual([]);
    expect(Object.entries(headers).filter(([, value]) => value.includes(apiAddress))).toEqual([]);
    expect(response.url().includes(apiAddress)).toBe(false);
  }

  function expectCommonHeaders(headers: Record<string, string>): void {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
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
    expectCommonHeaders(headers);
    expectNothingInternal(response, headers);
    const policy = directives(headers['content-security-policy'] ?? '');
    expect(policy.get('script-src')).not.toContain('unsafe-inline');
    expect(policy.get('style-src')).not.toContain('unsafe-inline');
    expect([policy.get('frame-ancestors'), policy.get('object-src'), policy.get('base-uri'), policy.get('form-action')]).toEqual(["'none'", "'none'", "'self'", "'self'"]);
    if (RENDERED_PER_REQUEST.has(path)) await expectNonced(policy);
    else await expectHashed(policy);
    expect(await problems.list()).toEqual([]);
  });

  /** Every script the page has carries this request's nonce (the browser keeps it in the property only). */
  async function expectNonced(policy: Map<string, string>): Promise<void> {
    const nonce = /'nonce-([^']+)'/.exec(policy.get('script-src') ?? '')?.[1];
    expect(nonce).toBeDefined();
    const nonces = await page.locator('script').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
  }

  /** No nonce (the page went to others too): every inline script of the page is named by its sha256, and only files of the site run. */
  async function expectHashed(policy: Map<string, string>): Promise<void> {
    const sources = (policy.get('script-src') ?? '').split(' ');
    expect(sources.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
    expect(inline.length).toBeGreaterThan(0);
    for (const text of inline) expect(sources).toContain(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }

  it('should draw the chart and keep accessibility clean under the policy', async () => {
    const problems = await watchPageProblems(page);
    await page.goto(`${koers.dashboard}/indicatoren/office-vacancy`, { waitUntil: 'networkidle' });
    expect(await page.getByTestId('chart-plot').locator('[data-series-key="own"] [data-marker]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await problems.list()).toEqual([]);
  });

  it('should let an administrator sign in and see the upload form when the policy is in force', async () => {
    const problems = await watchPageProblems(page);
    await page.goto(`${koers.dashboard}/beheer`, { waitUntil: 'networkidle' });
    await page.getByLabel('API-sleutel').fill(koers.adminToken);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByTestId('signed-in').waitFor();
    await expect(page.getByTestId('upload').isVisible()).resolves.toBe(true);
    await expect(page.locator('input[type="file"]').count()).resolves.toBe(1);
    expect(await problems.list()).toEqual([]);
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
});
