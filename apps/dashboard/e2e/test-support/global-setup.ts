import { assertChromium } from './chromium';

/** Fails the browser test run at once, before the product is built and started, when Chromium is missing. */
export default function globalSetup(): void {
  assertChromium();
}
