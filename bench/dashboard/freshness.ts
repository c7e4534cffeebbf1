import type { Koers } from '../../apps/dashboard/e2e/test-support/koers-process';

// How soon a page shows new figures: an upload of the municipality's office-vacancy file with a figure the page does
// not show yet, then the office-vacancy page asked until its latest figure is that one.

const PAGE = '/indicatoren/office-vacancy';

/** The text of the page's latest figure (its header), tags removed. */
function latestFigure(html: string): string {
  const at = html.indexOf('data-testid="latest-figure"');
  return at < 0
    ? ''
    : html
        .slice(at, at + 2_000)
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
}

async function upload(via: string, token: string, year: number, vacantM2: number): Promise<void> {
  const csv = [
    'peildatum,gemeentecode,gebiedscode,functie,objecten_totaal,objecten_leeg,m2_totaal,m2_leeg,leeg_langer_dan_1_jaar_m2,bron,opmerking',
    `${year}-01-01,GM0106,,kantoor,410,61,392000,${vacantM2},23500,Benchmark,Nieuwe telling`,
  ].join('\n');
  const form = new FormData();
  form.set('file', new Blob([csv]), `leegstand-${year}.csv`);
  const response = await fetch(`${via}/uploads/vacancy`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
}

/** Milliseconds from the upload's answer until the page shows `figure`, asking every 50 ms (at most 30 s). */
async function untilShown(koers: Koers, figure: string): Promise<{ ms: number; asked: number }> {
  const started = performance.now();
  for (let asked = 1; performance.now() - started < 30_000; asked++) {
    if (latestFigure(await (await fetch(`${koers.dashboard}${PAGE}`)).text()).includes(figure))
      return { ms: performance.now() - started, asked };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${PAGE} did not show ${figure} within 30 s`);
}

/** Table rows: an upload through the dashboard (as /beheer sends it) and one straight into the API. */
export async function freshness(koers: Koers): Promise<string[]> {
  const year = new Date().getFullYear();
  await upload(`${koers.dashboard}/api/v1`, koers.adminToken, year - 1, 39_200);
  const through = await untilShown(koers, '10,0%');
  await upload(koers.api, koers.adminToken, year, 29_400);
  const straight = await untilShown(koers, '7,5%');
  const row = (how: string, result: { ms: number; asked: number }) =>
    `| ${how} | ${result.asked === 1 ? 'yes' : `no (request ${result.asked})`} | ${result.ms.toFixed(0)} |`;
  return [
    row(`upload through the dashboard's \`/api/*\` (as \`/beheer\` sends it), then \`${PAGE}\``, through),
    row(`upload straight to the API (as a run or another client commits), then \`${PAGE}\` every 50 ms`, straight),
  ];
}
