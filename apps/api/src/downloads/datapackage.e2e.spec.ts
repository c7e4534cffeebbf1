import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { getBytes } from '../test-support/read-downloads';

/** The data package and every file it names, saved side by side as a client would, for a reader of files. */
async function savePackage(
  api: E2eApi,
  folder: string,
  change: (path: string, bytes: Buffer) => Buffer = (_path, bytes) => bytes,
): Promise<string> {
  const descriptor = (await request(api.server).get('/api/v1/downloads/datapackage.json').expect(200)).body as {
    resources: { path: string }[];
  };
  for (const { path } of descriptor.resources)
    writeFileSync(join(folder, path), change(path, (await getBytes(api, `/api/v1/downloads/${path}`)).body));
  const file = join(folder, 'datapackage.json');
  writeFileSync(file, JSON.stringify(descriptor));
  return file;
}

describe('the Frictionless data package under the datapackage library', () => {
  let api: E2eApi;
  const folders: string[] = [];
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'koers-datapackage-'));
    folders.push(made);
    return made;
  };
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(async () => {
    for (const made of folders) rmSync(made, { recursive: true, force: true });
    await api.close();
  });

  it('should validate the descriptor and read every row of every tabular resource when the files are saved beside it', async () => {
    const dataPackage = await Package.load(await savePackage(api, folder()), { strict: true });
    expect(dataPackage.errors.map((error) => error.message)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    const tabular = dataPackage.resources.filter((resource) => resource.tabular);
    expect(tabular.map((resource) => resource.name)).toEqual(['indicators-csv', 'observations-csv']);
    const counts: Record<string, number> = {};
    for (const resource of tabular) counts[resource.name] = (await resource.read({ keyed: true, cast: true })).length;
    const json = async (path: string) =>
      ((await request(api.server).get(`/api/v1/downloads/${path}`).expect(200)).body as unknown[]).length;
    expect(counts).toEqual({ 'indicators-csv': await json('indicators.json'), 'observations-csv': await json('observations.json') });
  });

  it('should refuse the rows when a CSV starts with a BOM its utf-8 encoding does not allow, so the check above means something', async () => {
    const withBom = await savePackage(api, folder(), (path, bytes) =>
      path === 'indicators.csv' ? Buffer.concat([Buffer.from('\uFEFF'), bytes]) : bytes,
    );
    const indicators = (await Package.load(withBom, { strict: true })).resources.find((resource) => resource.name === 'indicators-csv')!;
    await expect(indicators.read({ keyed: true, cast: true })).rejects.toThrow();
  });
});
