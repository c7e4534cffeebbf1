import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

type Indicator = {
  id: string;
  status: string;
  figure: { year: number; value: number } | null;
  previous: { year: number } | null;
  inputs: { tableId: string }[];
};
type Report = {
  year: number;
  status: string;
  ambitions: { indicators: Indicator[] }[];
  adoption: { number: number; url: string } | null;
  previousEdition: unknown;
  peildatum: string;
};

const indicatorIn = (report: Report, id: string) => report.ambitions.flatMap((a) => a.indicators).find((i) => i.id === id)!;

/** A revision as CBS would publish it: 03759ned's 2025 population of Assen republished (the value is illustrative). */
async function reviseAssen2025(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const run = await client.query<{ id: string }>(
      `INSERT INTO etl_run (source, table_id, trigger, status) VALUES ('cbs', '03759ned', 'cli', 'running') RETURNING id`,
    );
    await client.query(
      `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, status, publication_version, published_at, run_id)
       SELECT measure_id, region_code, period_code, period_start, period_end, 70400, 'definitive', '2026-11-30T00:00:00+01:00', '2026-11-30T00:00:00+01:00', $1
       FROM current_observation o JOIN measure m ON m.id = o.measure_id
       WHERE m.source_key = 'M000352' AND o.region_code = 'GM0106' AND o.period_code = '2025JJ00'`,
      [run.rows[0]!.id],
    );
    await client.query(`UPDATE etl_run SET status = 'succeeded', finished_at = now(), rows_read = 1, rows_inserted = 1 WHERE id = $1`, [
      run.rows[0]!.id,
    ]);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

describe('council reports', () => {
  const adminToken = `admin-${randomBytes(16).toString('hex')}`;
  let api: E2eApi;
  const get = async (path: string, status = 200) => (await request(api.server).get(`/api/v1${path}`).expect(status)).body;

  beforeAll(async () => (api = await startE2eApi({ env: { KOERS_ADMIN_TOKEN: adminToken }, options: { dataVersionTtlMs: 0 } })));
  afterAll(() => api.close());

  it('should judge each year on the series cut at that year, so two years differ where the data does', async () => {
    // Population of Assen on 1 January (03759ned): 67,963 (2019), 68,599 (2020), … 70,392 (2025).
    const r2019 = (await get('/reports/2019')) as Report;
    const r2025 = (await get('/reports/2025')) as Report;
    expect(indicatorIn(r2019, 'population-total')).toMatchObject({
      status: 'not_available',
      figure: { year: 2019, value: 67963 },
      previous: null,
    });
    expect(indicatorIn(r2025, 'population-total')).toMatchObject({
      status: 'moderate_progress',
      figure: { year: 2025, value: 70392 },
      previous: { year: 2024 },
    });
    // No figure of a later year in the 2019 report, and no verdict that needs one.
    expect(r2019.ambitions.flatMap((a) => a.indicators).every((i) => i.figure === null || i.figure.year <= 2019)).toBe(true);
    expect(r2025.status).toBe('concept');
  });

  it('should answer 404 for a year still to come or before the base year, and list the years with the last complete one', async () => {
    expect((await get('/reports/2027', 404)).code).toBe('REPORT_YEAR_NOT_FOUND');
    expect((await get('/reports/2016', 404)).code).toBe('REPORT_YEAR_NOT_FOUND');
    const years = await get('/reports');
    expect(years.lastCompleteYear).toBe(Number(new Date().toISOString().slice(0, 4)) - 1);
    expect(years.years[0].year).toBe(years.lastCompleteYear + 1);
  });

  it('should refuse a peildatum that is no real date or lies in the future, naming it', async () => {
    expect((await get('/reports/2025?peildatum=2025-02-30', 400))['invalid-params'][0].name).toBe('peildatum');
    expect((await get('/reports/2025?peildatum=2999-01-01', 400))['invalid-params'][0].name).toBe('peildatum');
  });

  it('should serve an adopted edition unchanged after a revision, and list the revision and the status changes', async () => {
    const as = { Authorization: `Bearer ${adminToken}` };
    await request(api.server)
      .post('/api/v1/reports/2025/editions')
      .send({ adoptedBy: 'de raad', councilMeeting: '2026-11-26' })
      .expect(401);
    const adopted = await request(api.server)
      .post('/api/v1/reports/2025/editions')
      .set(as)
      .send({ adoptedBy: 'de gemeenteraad', councilMeeting: '2026-11-26' })
      .expect(201);
    expect(adopted.headers.location).toBe('/api/v1/reports/2025/editions/1');
    const edition = (await get('/reports/2025/editions/1')) as Report;
    expect(edition).toMatchObject({ status: 'vastgesteld', adoption: { number: 1, url: '/api/v1/reports/2025/editions/1' } });
    expect((await get('/reports/2025')).status).toBe('vastgesteld');

    await reviseAssen2025(api.database.url);

    // The edition is served exactly as adopted; the draft shows the revised figure.
    expect(await get('/reports/2025/editions/1')).toEqual(edition);
    const draft = (await get('/reports/2025?concept=true')) as Report;
    expect(indicatorIn(draft, 'population-total').figure).toMatchObject({ value: 70400 });
    expect(draft.previousEdition).toMatchObject({ year: 2025, number: 1 });

    const changes = await get('/reports/2025/changes?concept=true');
    expect(changes.since).toMatchObject({ year: 2025, number: 1 });
    expect(changes.revisions).toEqual([
      expect.objectContaining({
        indicator: 'population-total',
        tableId: '03759ned',
        region: 'GM0106',
        period: '2025JJ00',
        previousValue: 70392,
        value: 70400,
        publishedAt: '2026-11-29T23:00:00.000Z',
      }),
    ]);
    // Every status that differs between the edition and the draft is listed.
    const before = new Map(edition.ambitions.flatMap((a) => a.indicators).map((i) => [i.id, i.status]));
    const differing = draft.ambitions
      .flatMap((a) => a.indicators)
      .filter((i) => before.get(i.id) !== i.status)
      .map((i) => i.id);
    expect(changes.statusChanges.map((c: { indicator: string }) => c.indicator)).toEqual(differing);
  });

  it('should give a report page its years and what changed in the same response, as the changes and years endpoints list them', async () => {
    const draft = await get('/reports/2025?concept=true');
    const changes = await get('/reports/2025/changes?concept=true');
    expect(draft.years).toEqual(await get('/reports'));
    expect(draft.changes).toEqual({
      since: changes.since,
      statusChanges: changes.statusChanges.length,
      revisions: changes.revisions.length,
      added: changes.added.length,
      dropped: changes.dropped.length,
      newSources: changes.newSources.length,
    });
    // The revision of the test before: one figure revised since edition 1.
    expect(draft.changes).toMatchObject({ since: { year: 2025, number: 1 }, revisions: 1 });
    // An edition's page counts what it changed since the edition before it: edition 1 has none before it.
    expect((await get('/reports/2025/editions/1')).changes).toEqual({
      since: null,
      statusChanges: 0,
      revisions: 0,
      added: 0,
      dropped: 0,
      newSources: 0,
    });
  });

  it('should judge an edition on the figures as published on its peildatum and list the status changes since', async () => {
    // On 1 May 2026 only the provisional 2026 figure of 03759ned was out (13 March 2026); its series of 2019–2025
    // came on 23 June 2026. As of that day the 2021 report has only KWB 2020's 68,599: one year, no verdict.
    const as = { Authorization: `Bearer ${adminToken}` };
    await request(api.server)
      .post('/api/v1/reports/2021/editions')
      .set(as)
      .send({ adoptedBy: 'de gemeenteraad', councilMeeting: '2026-05-07', peildatum: '2026-05-01', adoptedOn: '2026-05-07' })
      .expect(201);
    const edition = (await get('/reports/2021/editions/1')) as Report;
    expect(edition.peildatum).toBe('2026-05-01');
    expect(indicatorIn(edition, 'population-total')).toMatchObject({ status: 'not_available', figure: { year: 2020, value: 68599 } });
    const changes = await get('/reports/2021/changes?concept=true');
    expect(changes.statusChanges).toContainEqual(
      expect.objectContaining({ indicator: 'population-total', from: 'not_available', to: 'moderate_progress', direction: 'better' }),
    );
    expect(changes.newSources).toContain('cbs-v4:03759ned');
    // Each edition links to the one before and after it, in order of year (2021 was adopted after 2025).
    expect((await get('/reports/2021/editions/1')).nextEdition).toMatchObject({ year: 2025, number: 1 });
    expect((await get('/reports/2025/editions/1')).previousEdition).toMatchObject({ year: 2021, number: 1 });
  });

  it('should refuse to change an adopted edition in the database', async () => {
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE report_edition SET adopted_by = 'iemand anders'`)).rejects.toThrow(/cannot be changed or removed/);
      await expect(client.query(`DELETE FROM report_edition`)).rejects.toThrow(/cannot be changed or removed/);
    } finally {
      await client.end();
    }
  });
});
