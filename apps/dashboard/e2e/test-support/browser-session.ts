import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { Koers, KoersOptions, startKoers } from './koers-process';

/** The product and Chromium of a describe block, and the context and page of the test that runs. */
export interface BrowserSession {
  readonly koers: Koers;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} has not started: use the session inside a test`);
  return value;
}

/**
 * Starts the product (as `npm start` does) and Chromium once for the describe block it is called in, and a fresh
 * browser context (1280 × 900, with `contextOptions`) and page for each test; stops them all afterwards.
 */
export function browserSession(contextOptions: BrowserContextOptions = {}, koersOptions: KoersOptions = {}): BrowserSession {
  let koers: Koers | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    koers = await startKoers(koersOptions);
    browser = await launchBrowser();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await koers?.stop();
  }, 60_000);
  beforeEach(async () => {
    context = await started(browser, 'Chromium').newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
    page = await context.newPage();
  });
  afterEach(async () => context?.close());
  return {
    get koers() {
      return started(koers, 'Koers');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    get context() {
      return started(context, 'The browser context');
    },
    get page() {
      return started(page, 'The page');
    },
  };
}
