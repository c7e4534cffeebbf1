import type { Page } from 'playwright-core';

/** What has the keyboard focus: its tag, its text or label, and whether the browser draws a focus indicator on it. */
export interface FocusedElement {
  readonly tag: string;
  readonly name: string;
  readonly indicated: boolean;
}

/** The focused element, as a sighted keyboard user would judge it: is there an outline or ring around it? */
export function focused(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.getAttribute('name') ?? '').trim().slice(0, 60);
    return { tag: element.tagName.toLowerCase(), name, indicated: outline || ring };
  });
}

/** Presses Tab until the element matching `selector` has the focus; how many presses it took. Fails after `max`. */
export async function tabTo(page: Page, selector: string, max = 200): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

/** Every element Tab reaches from the top of the page until the focus leaves it, in order. */
export async function tabThrough(page: Page, max = 300): Promise<FocusedElement[]> {
  const reached: FocusedElement[] = [];
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (element === null) return reached;
    reached.push(element);
  }
  throw new Error(`the focus did not leave the page after ${max} presses of Tab`);
}
