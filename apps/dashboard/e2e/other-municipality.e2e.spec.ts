import type { AmbitionListResponse, MunicipalityResponse } from '@koers/api-contracts';
import type { Page } from 'playwright-core';
import { seriousViolations } from './test-support/browser';
import { browserSession } from './test-support/browser-session';
import type { Koers } from './test-support/koers-process';

// Koers for another municipality by configuration alone: Emmen (GM0114) on the same bundled data. Assen is left out
// of the peers on purpose, so any "Assen" on a page is a leak from code, not a comparison the configuration asked
// for. Only the vision's own words (its targets and policy quotes, marked data-vision and named by their document)
// may still say Assen: the vision data is the first municipality's until a municipality writes its own.
const EMMEN = {
  KOERS_MUNICIPALITY: 'GM0114',
  KOERS_PEERS: 'GM0118,GM0119,GM0014',
  KOERS_CONTACT_EMAIL: 'info@emmen.example',
  KOERS_CONTACT_URL: 'https://www.emmen.example',
};

describe('Koers configured for Emmen on the bundled data', () => {
  const session = browserSession({}, { env: EMMEN, demoFiles: false });
  let koers: Koers;
  let page: Page;
  beforeEach(() => ({ koers, page } = session));

  /** Opens a page and gives its visible text without the vision's own words. */
  async function textOf(path: string): Promise<string> {
    const response = await page.goto(`${koers.dashboard}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.evaluate(() => document.querySelectorAll('[data-vision]').forEach((element) => element.remove()));
    return page.locator('body').innerText();
  }

  it('should name Emmen, its province and peers from the region list when the API is asked', async () => {
    const answer = (await (await fetch(`${koers.api}/municipality`)).json()) as MunicipalityResponse;
    expect(answer.municipality).toEqual({ code: 'GM0114', name: 'Emmen', level: 'gemeente' });
    expect(answer.peers.map((peer) => peer.code)).toEqual(['GM0118', 'GM0119', 'GM0014']);
    expect(answer.publisher.name).toBe('Gemeente Emmen');
    expect(answer.contact).toEqual({ name: 'Gemeente Emmen', email: 'info@emmen.example', url: 'https://www.emmen.example' });
    const ambitions = (await (await fetch(`${koers.api}/ambitions`)).json()) as AmbitionListResponse;
    expect(ambitions.region).toEqual({ code: 'GM0114', name: 'Emmen', level: 'gemeente' });
  });

  it('should ask whether Emmen is on course, and say nothing of Assen, when the home page opens', async () => {
    const text = await textOf('/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Is Emmen op koers?');
    await expect(page.title()).resolves.toBe('Koers — is Emmen op koers?');
    await expect(page.getByTestId('site-municipality').textContent()).resolves.toBe('· Emmen');
    expect(await page.getByTestId('ambition-card').count()).toBe(5);
    expect(text).not.toContain('Assen');
    expect(await seriousViolations(page)).toEqual([]);
    await textOf('/en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Is Emmen on course?');
  });

  it('should say plainly that there are no wijken of Emmen, without a map, when the bundled data has none', async () => {
    const text = await textOf('/wijken');
    await expect(page.locator('h1').textContent()).resolves.toBe('Wijken van Emmen');
    expect(text).toContain('Koers heeft geen wijken van Emmen: de geladen cijfers hebben geen wijkcijfers van deze gemeente.');
    expect(await page.getByTestId('wijk-map').count()).toBe(0);
    expect(text).not.toContain('Assen');
    expect(text).not.toMatch(/Wijk \d\d/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should show an ambition and an indicator of Emmen, with Assen only in the vision’s own words, when they open', async () => {
    const ambition = await textOf('/ambities/regionaal-centrum');
    expect(ambition).not.toContain('Assen');
    // The vision's words are there, named by their document, not passed off as Emmen's.
    await page.goto(`${koers.dashboard}/ambities/regionaal-centrum`, { waitUntil: 'networkidle' });
    await expect(page.locator('[data-vision]').first().textContent()).resolves.toContain('Omgevingsvisie');

    const indicator = await textOf('/indicatoren/population-total');
    expect(indicator).not.toContain('Assen');
    await expect(page.getByTestId('peers-toggle').textContent()).resolves.toMatch(/^Vergelijk met Hoogeveen, Meppel, Groningen/);
    await expect(page.getByTestId('cite-text').locator('textarea').inputValue()).resolves.toMatch(
      /^Gemeente Emmen \(\d{4}\)\. Inwoners en bevolkingsgroei, Emmen/,
    );
    await expect(page.getByTestId('cite-text').locator('textarea').inputValue()).resolves.toContain(
      'Koers, indicatorenmonitor van de omgevingsvisie van Emmen.',
    );
  });

  it('should speak for Gemeente Emmen and give its own address when the accessibility statement opens', async () => {
    const text = await textOf('/toegankelijkheidsverklaring');
    expect(text).toContain('Gemeente Emmen wil dat iedereen Koers kan gebruiken');
    expect(text).toContain('Neem dan contact op met Gemeente Emmen: info@emmen.example of https://www.emmen.example.');
    expect(text).not.toContain('Assen');
  });
});
