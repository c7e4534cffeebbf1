import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableSink } from '@koers/loading';
import { FileSourcesAdapter } from './file-sources.adapter';
import { FileSourceError } from './file-source.exception';
import { BUNDLED_FILES } from './test-support/fixture-files';

const NO_REGIONS = { load: async () => [] };

describe('FileSourcesAdapter', () => {
  it('should plan one job per bundled manifest, or those of the table asked for in any letter case', async () => {
    const adapter = new FileSourcesAdapter({ folder: BUNDLED_FILES }, NO_REGIONS);
    const all = await adapter.plan({ trigger: 'cli' });
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((job) => job.tableId))).toEqual(
      new Set([
        '37230ned',
        '50090NED',
        '70072ned',
        '70262ned',
        '81402ned',
        '81575ned',
        '81955NED',
        '85525NED',
        '85984NED',
        'geoinzicht-kwb-gemeenten',
        'kwb-2024-subset',
      ]),
    );
    expect((await adapter.plan({ trigger: 'cli', tableId: '70072NED' })).map((job) => job.tableId)).toEqual([
      '70072ned',
      '70072ned',
      '70072ned',
    ]);
    expect(adapter.id).toBe('files');
    expect(adapter.cron).toBeUndefined();
  });

  it('should name the file tables when the table asked for has no manifest', async () => {
    const error = await new FileSourcesAdapter({ folder: BUNDLED_FILES }, NO_REGIONS)
      .plan({ trigger: 'cli', tableId: '99999NED' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileSourceError);
    expect((error as FileSourceError).message).toMatch(
      /^No manifest describes table "99999NED"; the file tables are: 37230ned, 50090NED, .*kwb-2024-subset\.$/,
    );
  });

  it('should turn a broken manifest into a job that fails with its problems while the others still plan', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'koers-plan-'));
    try {
      mkdirSync(join(folder, 'broken-table'));
      writeFileSync(join(folder, 'broken-table', 'x.csv.manifest.json'), JSON.stringify({ manifestVersion: 1, file: 'x.csv' }));
      mkdirSync(join(folder, '37230ned'));
      const name = 'Bevolkingsontwikkeling__regio_per_maand_04062025_144448_Assen_peers.csv';
      for (const file of [name, `${name}.manifest.json`])
        copyFileSync(join(BUNDLED_FILES, '37230ned', file), join(folder, '37230ned', file));
      const jobs = await new FileSourcesAdapter({ folder }, NO_REGIONS).plan({ trigger: 'cli' });
      expect(jobs.map((job) => job.tableId)).toEqual(['37230ned', 'broken-table']);
      const failure = await jobs[1]!.load({} as TableSink).catch((caught: unknown) => caught);
      expect((failure as FileSourceError).code).toBe('MANIFEST_INVALID');
      expect((failure as FileSourceError).message).toContain('sha256: must be a non-empty string, is nothing');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
