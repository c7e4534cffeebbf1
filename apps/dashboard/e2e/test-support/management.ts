import type { Page } from 'playwright-core';

// Signing in on /beheer and reading the API's answer to what a click sends: what every browser test of the
// management pages does.

/** Opens /beheer (or another management address) and signs in with `key`; waits until the page says so. */
export async function signIn(page: Page, dashboard: string, key: string, path = '/beheer'): Promise<void> {
  await page.goto(`${dashboard}${path}`, { waitUntil: 'networkidle' });
  await page.getByLabel('API-sleutel').fill(key);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByTestId('signed-in').waitFor();
}

/** The API's answer to the request the click sends (`method` on `/api/v1<path>`), as the page received it. */
export async function responseTo<T = unknown>(
  page: Page,
  method: string,
  path: string,
  click: () => Promise<void>,
): Promise<{ status: number; body: T }> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname === `/api/v1${path}`),
    click(),
  ]);
  return { status: response.status(), body: (await response.json()) as T };
}
