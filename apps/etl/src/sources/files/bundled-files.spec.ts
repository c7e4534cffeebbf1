import { MEASURES, isMeasureName } from '@koers/indicators';
import type { FileTableRef } from '@koers/indicators';
import { measureKey } from '@koers/loading';
import { mapDescribedFile } from './file-table.job';
import { type DescribedFile, filesWithoutManifest, findManifests, readCheckedBytes, readDescribedFile } from './manifest-folder.parser';
import { BUNDLED_FILES } from './test-support/fixture-files';
import { snapshotRegions } from './test-support/snapshot-regions';

function fileRefs(name: string): FileTableRef[] {
  if (!isMeasureName(name)) return [];
  const source = MEASURES[name].source;
  const tables = source.kind === 'cbs' ? source.tables : (source.tables ?? []);
  return tables.filter((table): table is FileTableRef => table.api === 'file');
}

describe('the bundled files', () => {
  let described: DescribedFile[];

  beforeAll(async () => {
    described = await Promise.all((await findManifests(BUNDLED_FILES)).map((path) => readDescribedFile(path)));
  });

  it('should give every bundled data file a manifest when it is meant to load', async () => {
    expect(await filesWithoutManifest(BUNDLED_FILES)).toEqual([]);
  });

  it('should hold the very bytes each manifest describes when its sha256 is checked', async () => {
    for (const file of described) await expect(readCheckedBytes(file)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('should map every bundled file without a problem when the CBS snapshot regions are known', async () => {
    const regions = { load: async () => snapshotRegions() };
    for (const file of described)
      expect({ file: file.manifest.file, problems: (await mapDescribedFile(file, regions)).problems }).toEqual({
        file: file.manifest.file,
        problems: [],
      });
  });

  it('should name, unit and round a key alike in every file of one table when a table has several files', async () => {
    const regions = { load: async () => snapshotRegions() };
    const seen = new Map<string, string>();
    for (const file of described) {
      for (const measure of (await mapDescribedFile(file, regions)).measures) {
        const key = `${file.manifest.table.id}|${measureKey(measure.sourceKey, measure.dimensions)}`;
        const what = JSON.stringify([measure.name, measure.unit, measure.decimals]);
        expect({ key, what: seen.get(key) ?? what }).toEqual({ key, what });
        seen.set(key, what);
      }
    }
  });

  it('should bind a catalogue measure only from a table the catalogue lists for it as a file, at its fixed codes', () => {
    const unlisted: string[] = [];
    for (const file of described) {
      const table = file.manifest.table.id.toLowerCase();
      for (const binding of file.manifest.measures.flatMap((measure) => measure.bind)) {
        const listed = fileRefs(binding.measure).some(
          (ref) => ref.tableId.toLowerCase() === table && Object.entries(ref.dimensions ?? {}).every(([k, v]) => binding.where[k] === v),
        );
        if (!listed) unlisted.push(`${file.manifest.table.id} → ${binding.measure}`);
      }
    }
    expect([...new Set(unlisted)]).toEqual([]);
  });
});
