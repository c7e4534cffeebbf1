import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import { MUNICIPAL_FIXTURES_DIR } from '@koers/municipal-files/testing';
import request from 'supertest';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';

const PUBLIC_URL = 'https://koers.assen.example';
const DEMO_FILE = join(__dirname, '..', '..', '..', '..', 'data', 'demo', 'vacancy-assen-voorbeelddata.csv');
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface Parsed {
  readonly meta: FeedParser.Meta;
  readonly items: FeedParser.Item[];
}

/** The feed read with feedparser in strict mode: a document that is not well-formed XML is refused. */
async function parseFeed(xml: string): Promise<Parsed> {
  const parser = new FeedParser({ strict: true, addmeta: false });
  const items: FeedParser.Item[] = [];
  const done = new Promise<void>((resolve, reject) => {
    parser.on('error', reject);
    parser.on('readable', () => {
      for (let item = parser.read(); item !== null; item = parser.read()) items.push(item);
    });
    parser.on('end', () => resolve());
  });
  Readable.from([xml]).pipe(parser);
  await done;
  return { meta: parser.meta, items };
}

/** The text of an Atom child element as feedparser keeps it (`atom:id` → { '#': … }). */
const text = (node: Record<string, unknown>, name: string): string | undefined => (node[name] as { '#'?: string } | undefined)?.['#'];

describe('GET /api/v1/feeds/wijzigingen.atom', () => {
  let api: E2eApi;
  beforeAll(async () => {
    api = await startE2eApi({ env: { KOERS_PUBLIC_URL: PUBLIC_URL } });
    const editor = await api.createKey('editor');
    const file = join(MUNICIPAL_FIXTURES_DIR, 'ok', 'vacancy-comma.csv');
    const loaded = await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set(bearer(editor))
      .attach('file', readFileSync(file), 'vacancy-comma.csv')
      .expect(201);
    await request(api.server)
      .post(`/api/v1/uploads/files/${loaded.body.versionId}/withdraw`)
      .set(bearer(editor))
      .send({ reason: 'verkeerde peildatum' })
      .expect(200);
    await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set(bearer(editor))
      .attach('file', readFileSync(DEMO_FILE), 'vacancy-assen-voorbeelddata.csv')
      .expect(201);
    const year = (await request(api.server).get('/api/v1/reports').expect(200)).body.lastCompleteYear as number;
    await request(api.server)
      .post(`/api/v1/reports/${year}/editions`)
      .set(bearer(api.adminToken))
      .send({ adoptedBy: 'de gemeenteraad', councilMeeting: `${year}-12-01` })
      .expect(201);
  });
  afterAll(() => api.close());

  it('should be valid Atom 1.0 when read with a feed parser: feed and entries with id, title, updated and a link', async () => {
    const response = await request(api.server).get('/api/v1/feeds/wijzigingen.atom').expect(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const { meta, items } = await parseFeed(response.text);
    expect([meta['#type'], meta['#version']]).toEqual(['atom', '1.0']);
    expect(meta.title).toBe('Koers: wijzigingen');
    expect(text(meta, 'atom:id')).toBe(`${PUBLIC_URL}/api/v1/feeds/wijzigingen.atom`);
    expect(text(meta, 'atom:updated')).toMatch(RFC_3339);
    expect(meta.author).toBe('Gemeente Assen');
    expect(items.length).toBeGreaterThan(3);
    const ids = items.map((item) => text(item, 'atom:id'));
    expect(new Set(ids).size).toBe(items.length);
    for (const item of items) {
      expect(text(item, 'atom:id')).toMatch(/^https:\/\//);
      expect(item.title).not.toBe('');
      expect(text(item, 'atom:updated')).toMatch(RFC_3339);
      expect(item.link).toMatch(/^https:\/\//);
    }
    // Newest first, as a reader shows them.
    const updated = items.map((item) => text(item, 'atom:updated')!);
    expect([...updated].sort().reverse()).toEqual(updated);
  });

  it('should list new figures, a withdrawn file, status changes and the adopted edition when they happened', async () => {
    const { items } = await parseFeed((await request(api.server).get('/api/v1/feeds/wijzigingen.atom').expect(200)).text);
    const terms = new Set(items.flatMap((item) => item.categories));
    expect([...terms].sort()).toEqual(['bestand-ingetrokken', 'editie', 'nieuwe-cijfers', 'status']);
    expect(items.map((item) => item.title)).toEqual(
      expect.arrayContaining([
        'Nieuwe cijfers: 03759ned (56 cijfers)',
        'Nieuwe cijfers: 03759ned (1 cijfer)',
        'Bestand ingetrokken: vacancy-comma.csv',
      ]),
    );
    // On 23 June 2026 the series 2019–2025 of 03759ned came out: the population got a verdict it had not had.
    const population = items.find((item) => item.categories.includes('status') && item.title.startsWith('Inwoners'));
    expect(population?.summary).toBe('De status veranderde met de cijfers zoals gepubliceerd op 23 juni 2026.');
    expect(items.find((item) => item.categories.includes('editie'))?.link).toMatch(new RegExp(`^${PUBLIC_URL}/rapport/\\d{4}/editie/1$`));
  });

  it('should say voorbeelddata is no real figures, and leave out a change from one kind of no verdict to another', async () => {
    const { items } = await parseFeed((await request(api.server).get('/api/v1/feeds/wijzigingen.atom').expect(200)).text);
    expect(items.map((item) => item.title)).toContainEqual(
      expect.stringMatching(/^Voorbeelddata geladen: vacancy \(\d+ cijfers, geen echte cijfers\)$/),
    );
    const noVerdict = ['"Geen data"', '"Geen oordeel mogelijk"'];
    const between = items.filter((item) => item.categories.includes('status') && noVerdict.every((label) => item.title.includes(label)));
    expect(between).toEqual([]);
  });

  it('should answer in English with lang=en', async () => {
    const { meta, items } = await parseFeed((await request(api.server).get('/api/v1/feeds/wijzigingen.atom?lang=en').expect(200)).text);
    expect(meta.title).toBe('Koers: changes');
    expect(items.find((item) => item.categories.includes('editie'))?.title).toMatch(/^Council report \d{4}, edition 1 adopted$/);
  });
});
