import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Pool } from 'pg';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { PG_POOL } from '@koers/db/nest';
import { SourceRunner, TableRunResult } from '@koers/loading';
import { CbsAdapter } from '../sources/cbs/cbs.adapter';
import { FileSourcesAdapter } from '../sources/files/file-sources.adapter';
import { kindOfInboxFile } from '../sources/municipal/inbox-scan.job';
import type { ImportResult } from '@koers/municipal-files';
import { MunicipalImportService } from '@koers/municipal-files';

export type SeedOutcome =
  | { readonly seeded: false; readonly reason: string }
  | {
      readonly seeded: true;
      readonly results: readonly TableRunResult[];
      /** One run per bundled file (data/snapshot/files), after the CBS tables whose regions they name. */
      readonly files: readonly TableRunResult[];
      readonly demoFiles: readonly ImportResult[];
    };

/**
 * Loads the bundled real snapshot (data/snapshot) through the CBS loader itself: the CBS source runs over a
 * transport that answers its requests from the recorded responses (no server, no port). Then every bundled file
 * (data/snapshot/files, each with its manifest) through the `files` source, and — unless KOERS_DEMO_FILES=off — the
 * illustrative municipal files (data/demo, labelled voorbeelddata) through the upload import. Only into an empty
 * database, so a real refresh is never overwritten by older recorded figures.
 */
@Injectable()
export class SnapshotSeeder {
  private readonly logger = new Logger('Snapshot');

  constructor(
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly runner: SourceRunner,
    private readonly imports: MunicipalImportService,
    private readonly files: FileSourcesAdapter,
  ) {}

  get directory(): string {
    return join(this.config.workspaceRoot, 'data', 'snapshot', 'cbs');
  }

  async seedIfEmpty(): Promise<SeedOutcome> {
    if (!this.config.etl.seedWhenEmpty) return { seeded: false, reason: 'KOERS_SEED=off' };
    const { rows } = await this.pool.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM observation) AS any`);
    if (rows[0]?.any) return { seeded: false, reason: 'the database already holds observations' };
    return this.seed();
  }

  async seed(): Promise<SeedOutcome> {
    const tables = this.snapshotTables();
    if (tables.length === 0) return { seeded: false, reason: `no snapshot in ${this.directory}` };
    const adapter = CbsAdapter.fromRecordedSnapshot(this.config, this.directory);
    const results = await this.runner.run(adapter, { trigger: 'startup', options: { tables: tables.join(','), force: 'true' } });
    for (const result of results) {
      this.logger.log(
        `Snapshot ${result.tableId}: ${result.status}, ${result.rowsInserted} observations${result.errorMessage ? ` (${result.errorMessage})` : ''}`,
      );
    }
    const files = await this.loadFiles();
    return { seeded: true, results, files, demoFiles: await this.importDemoFiles() };
  }

  /** The bundled files: after the CBS tables, because files name regions by the names those registered. */
  private async loadFiles(): Promise<TableRunResult[]> {
    const results = await this.runner.run(this.files, { trigger: 'startup' });
    for (const result of results) {
      this.logger.log(
        `File ${result.tableId}: ${result.status}, ${result.rowsInserted} observations${result.errorMessage ? ` (${result.errorMessage})` : ''}`,
      );
    }
    return results;
  }

  /** The voorbeelddata files: stored and labelled as such by the import, replaced when a real file arrives. */
  private async importDemoFiles(): Promise<ImportResult[]> {
    if (!this.config.etl.demoFiles) {
      this.logger.log(
        'KOERS_DEMO_FILES is off (the default for a municipality the voorbeelddata are not about): the voorbeelddata files are left out.',
      );
      return [];
    }
    const folder = join(this.config.workspaceRoot, 'data', 'demo');
    if (!existsSync(folder)) return [];
    const results: ImportResult[] = [];
    for (const fileName of readdirSync(folder).sort()) {
      const kind = kindOfInboxFile(fileName);
      if (!kind) continue;
      const result = await this.imports.importMunicipalFile({
        kind,
        fileName,
        bytes: readFileSync(join(folder, fileName)),
        uploadedBy: 'koers (bundled voorbeelddata)',
        trigger: 'startup',
      });
      this.logger.log(`Voorbeelddata ${fileName}: ${result.outcome}, ${result.counts.inserted} observations`);
      results.push(result);
    }
    return results;
  }

  private snapshotTables(): string[] {
    return ['v3', 'v4'].flatMap((api) => {
      const dir = join(this.directory, api);
      return existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
        : [];
    });
  }
}
