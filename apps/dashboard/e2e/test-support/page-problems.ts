import type { Page } from 'playwright-core';

// What a page's Content-Security-Policy refused, as the browser reports it: `securitypolicyviolation` events
// (listened for from before the page's first script, through the DevTools protocol, which the policy does not
// govern), console errors (Chromium logs every refusal there) and uncaught errors.

declare global {
  interface Window {
    __policyViolations?: string[];
  }
}

export interface PageProblems {
  /** Every refusal and error so far, each as one line. */
  list(): Promise<string[]>;
}

export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The document's own status (a 404 page) is the test's to judge, not a refusal.
    if (message.text().startsWith('Failed to load resource') && message.location().url === page.url()) return;
    seen.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.__policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__policyViolations?.push(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    async list() {
      const violations = await page.evaluate(() => window.__policyViolations ?? []);
      return [...violations.map((v) => `violation: ${v}`), ...seen];
    },
  };
}
