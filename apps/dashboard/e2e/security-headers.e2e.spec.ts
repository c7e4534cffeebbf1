import type { Page, Response } from 'playwright-core';
import { seriousViolations } from './test-support/browser';
import { browserSession } from './test-support/browser-session';
import type { Koers } from './test-support/koers-process';
import { watchPageProblems } from './test-support/page-problems';

// The dashboard's security headers in real Chromium, on a product started as behind TLS (DASHBOARD_HTTPS=on, so
// HSTS is sent): every kind of page carries them, the browser reports no refusal of the Content-Security-Policy
// while the page and its interactions run, and no answer names an internal address.

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

/** The pages made to be framed by another site. */
const embeddable = (path: string) => path.startsWith('/embed/');

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
}

describe('security headers in the browser', () => {
  const session = browserSession({}, { env: { DASHBOARD_HTTPS: 'on' } });
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

  function expectCommonHeaders(headers: Record<string, string>, embed = false): void {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['x-frame-options']).toBe(embed ? undefined : 'DENY');
    expect(headers['cross-origin-resource-policy']).toBe(embed ? 'cross-origin' : 'same-origin');
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
    expectCommonHeaders(headers, embeddable(path));
    expectNothingInternal(response, headers);
    const policy = directives(headers['content-security-policy'] ?? '');
    const nonce = /'nonce-([^']+)'/.exec(policy.get('script-src') ?? '')?.[1];
    expect(nonce).toBeDefined();
    expect(policy.get('script-src')).not.toContain('unsafe-inline');
    expect(policy.get('style-src')).not.toContain('unsafe-inline');
    const ancestors = embeddable(path) ? '*' : "'none'";
    expect([policy.get('frame-ancestors'), policy.get('object-src'), policy.get('base-uri'), policy.get('form-action')]).toEqual([ancestors, "'none'", "'self'", "'self'"]);
    // Every script the page has carries this request's nonce (the browser keeps it in the property only).
    const nonces = await page.locator('script').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
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
    await page.goto(`${koers.dashboard}/beheer`, { waitUntil: 'networkidle' });
    await page.getByLabel('API-sleutel').fill(koers.adminToken);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByTestId('signed-in').waitFor();
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
});
