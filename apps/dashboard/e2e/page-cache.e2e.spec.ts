import type { DataVersionResponse } from '@koers/api-contracts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './test-support/browser';
import { CountingForwarder } from './test-support/counting-forwarder';
import { freePort, Koers, startKoers } from './test-support/koers-process';
import { watchPageProblems } from './test-support/page-problems';

// Pages rendered once per data version: how many API requests each page costs when it is rendered, that a public
// page is then sent from the cache (with the headers a CDN needs) while /beheer is rendered for every request, and
// that a page shows an upload's figure within seconds. A forwarder between the dashboard and the API counts the
// dashboard's requests. Its own product: these tests upload.

/** A vacancy file with one real figure for `year`: `vacantM2` of 392,000 m² of offices empty. */
function officeVacancy(year: number, vacantM2: number): Blob {
  return new Blob([
    [
      'peildatum,gemeentecode,gebiedscode,functie,objecten_totaal,objecten_leeg,m2_totaal,m2_leeg,leeg_langer_dan_1_jaar_m2,bron,opmerking',
      `${year}-01-01,GM0106,,kantoor,410,61,392000,${vacantM2},23500,Gemeente Assen (browsertest),Nieuwe telling`,
    ].join('\n'),
  ]);
}

/**
 * The requests of a render but the layout's names, which come once per data version (tested on their own) and so
 * on whichever render is the first after the data changed: the bundled data's last runs may still commit meanwhile.
 */
const pageOwn = (requests: readonly string[]) => requests.filter((request) => request !== 'GET /api/v1/municipality');

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('pages rendered once per data version', () => {
  let koers: Koers;
  let api: CountingForwarder;
  let browser: Browser;
  let renders = 0;

  /** A page asked at an address never asked before, so it is rendered now: the API requests it cost. */
  const apiRequestsOfRender = (path: string) =>
    api.during(async () => {
      const response = await fetch(`${koers.dashboard}${path}${path.includes('?') ? '&' : '?'}render=${++renders}`);
      expect(response.status).toBe(200);
      await response.text();
    });

  const upload = async (via: string, year: number, vacantM2: number) => {
    const form = new FormData();
    form.set('file', officeVacancy(year, vacantM2), `leegstand-${year}.csv`);
    const response = await fetch(`${via}/uploads/vacancy`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${koers.adminToken}` },
    });
    expect(response.status).toBe(201);
  };

  beforeAll(async () => {
    const apiPort = await freePort();
    api = await CountingForwarder.start(apiPort);
    koers = await startKoers({ env: { API_PORT: String(apiPort), API_URL: api.url } });
    browser = await launchBrowser();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await koers?.stop();
    await api?.close();
  }, 60_000);

  it("should ask for the municipality's names once per data version, not on every render", async () => {
    const dataVersion = async () => ((await (await fetch(`${koers.api}/data-version`)).json()) as DataVersionResponse).dataVersion;
    // The ETL may still be loading the bundled data just after the start: count within one data version.
    let asked: string[][];
    let before: string;
    do {
      before = await dataVersion();
      asked = [await apiRequestsOfRender('/data'), await apiRequestsOfRender('/ambities/digitalisering')];
    } while (before !== (await dataVersion()));
    const askedForNames = asked.map((requests) => requests.filter((r) => r === 'GET /api/v1/municipality').length);
    expect(askedForNames[1]).toBe(0);
    expect(askedForNames[0]).toBeLessThanOrEqual(1);
    expect(asked[1]).toEqual(['GET /api/v1/ambitions/digitalisering']);
  });

  it.each([
    ['/', ['GET /api/v1/ambitions', 'GET /api/v1/sources']],
    ['/en/', ['GET /api/v1/ambitions?lang=en', 'GET /api/v1/sources?lang=en']],
    ['/ambities/generaties', ['GET /api/v1/ambitions/generaties']],
    [
      '/indicatoren/population-total',
      ['GET /api/v1/indicators/population-total', 'GET /api/v1/indicators/population-total/regions?level=wijk'],
    ],
    ['/rapport/2025', ['GET /api/v1/reports/2025']],
    ['/rapport/2025?concept=true', ['GET /api/v1/reports/2025?concept=true']],
    ['/wijken', ['GET /api/v1/indicators/population-total/regions?level=wijk']],
    ['/wijken/WK010600', ['GET /api/v1/regions/WK010600', 'GET /api/v1/regions/WK010600/indicators']],
  ])('should render %s from these API requests and no others', async (path, expected) => {
    expect(pageOwn(await apiRequestsOfRender(path)).sort()).toEqual(expected);
  });

  it('should send a public page again from the cache, with a CDN’s caching headers and its ETag, and 304 when the browser has it', async () => {
    const first = await api.during(() => fetch(`${koers.dashboard}/ambities/klimaat-groen`).then((r) => r.text()));
    let again: Response | undefined;
    const second = await api.during(
      async () => (again = await fetch(`${koers.dashboard}/ambities/klimaat-groen`, { headers: { 'accept-encoding': 'br' } })),
    );
    expect([pageOwn(first).length, second.length]).toEqual([1, 0]);
    expect(again!.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=60');
    expect(again!.headers.get('content-security-policy')).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    const etag = again!.headers.get('etag');
    expect(etag).toMatch(/^"/);
    expect((await fetch(`${koers.dashboard}/ambities/klimaat-groen`, { headers: { 'if-none-match': etag! } })).status).toBe(304);
  });

  it.each(['/beheer', '/en/beheer'])(
    'should never send %s from the cache: every request renders it anew, and nobody may keep it',
    async (path) => {
      const answers: Response[] = [];
      for (let i = 0; i < 2; i++) {
        // runs, uploads, sources and health: asked again for each request.
        expect((await api.during(async () => answers.push(await fetch(`${koers.dashboard}${path}`)))).length).toBeGreaterThanOrEqual(4);
      }
      for (const answer of answers) expect(answer.headers.get('cache-control')).toBe('private, no-store');
      expect(nonceOf(answers[0]!.headers.get('content-security-policy'))).not.toBe(
        nonceOf(answers[1]!.headers.get('content-security-policy')),
      );
    },
  );

  it('should render a public page anew and let nobody keep it when the request carries a key', async () => {
    await fetch(`${koers.dashboard}/ambities/generaties`);
    let answer: Response | undefined;
    const calls = await api.during(
      async () =>
        (answer = await fetch(`${koers.dashboard}/ambities/generaties`, { headers: { authorization: `Bearer ${koers.adminToken}` } })),
    );
    expect(pageOwn(calls)).toEqual(['GET /api/v1/ambitions/generaties']);
    expect(answer!.headers.get('cache-control')).toBe('private, no-store');
  });

  /** The latest figure in the header of the office-vacancy page, as Chromium shows it. */
  async function officeVacancyFigure(page: Page): Promise<string> {
    await page.goto(`${koers.dashboard}/indicatoren/office-vacancy`, { waitUntil: 'networkidle' });
    return (await page.getByTestId('latest-figure').textContent()) ?? '';
  }

  it('should show an upload’s figure on the indicator page within seconds when it was loaded straight into the API', async () => {
    const page = await browser.newPage();
    const problems = await watchPageProblems(page);
    expect(await officeVacancyFigure(page)).not.toContain('10,0%');
    await upload(koers.api, 2025, 39_200);
    // The dashboard asks the API every second whether the data changed; a few seconds is the promise.
    let shown = '';
    for (let tries = 0; tries < 10 && !shown.includes('10,0%'); tries++) {
      shown = await officeVacancyFigure(page);
      if (!shown.includes('10,0%')) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(shown).toMatch(/10,0%.*2025/);
    expect(await problems.list()).toEqual([]);
    await page.close();
  });

  it('should show an upload’s figure on the first page asked after it when it came through the dashboard', async () => {
    const page = await browser.newPage();
    expect(await officeVacancyFigure(page)).not.toContain('7,5%');
    await upload(`${koers.dashboard}/api/v1`, 2026, 29_400);
    expect(await officeVacancyFigure(page)).toMatch(/7,5%.*2026/);
    await page.close();
  });
});
