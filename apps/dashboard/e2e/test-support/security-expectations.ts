import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';

// What the browser tests expect of the dashboard's security headers (the site as behind TLS, so with HSTS).

/** A Content-Security-Policy's directives by name. */
export function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
}

/** The headers every answer carries; an embed may be framed by others. */
export function expectCommonHeaders(headers: Record<string, string>, embed = false): void {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe(embed ? undefined : 'DENY');
  expect(headers['cross-origin-resource-policy']).toBe(embed ? 'cross-origin' : 'same-origin');
  expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
}

/**
 * Every script element the server sent carries this request's nonce (read from the HTML: a browser hides the
 * attribute). Scripts those load later (a chunk of a client component) need none: 'strict-dynamic' trusts what a
 * trusted script adds, and anything refused shows in the page's problems.
 */
export function expectNonced(html: string, policy: Map<string, string>): void {
  const nonce = /'nonce-([^']+)'/.exec(policy.get('script-src') ?? '')?.[1];
  expect(nonce).toBeDefined();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
}

/** No nonce (the page went to others too): every inline script of the page is named by its sha256, and only files of the site run. */
export async function expectHashed(page: Page, policy: Map<string, string>): Promise<void> {
  const sources = (policy.get('script-src') ?? '').split(' ');
  expect(sources.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  expect(inline.length).toBeGreaterThan(0);
  for (const text of inline) expect(sources).toContain(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}
