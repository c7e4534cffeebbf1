import { accessSync, constants } from 'node:fs';

// The browser tests drive Debian's Chromium through playwright-core; no browser is ever downloaded. Without it
// they fail (never skip) and say how to get it.

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Throws, saying how to install it, when Debian's Chromium is not at /usr/bin/chromium. */
export function assertChromium(): void {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is not there. Install Debian's chromium: ` +
        '`sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium` (CI does this in .ci/run). ' +
        'playwright-core never downloads a browser.',
    );
  }
}
