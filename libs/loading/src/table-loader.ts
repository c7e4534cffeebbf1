import { ClientBase } from 'pg';
import { recordDataChecks, runDataChecks } from './data-checks';
import { DirectObservationWriter } from './direct-observation-writer';
import { ObservationStaging } from './observation-staging';
import type { LoadPublication, ObservationWriter } from './observation-writer';
import { LoadError } from './load.error';
import {
  LoadCounts,
  MeasureInput,
  PreviousLoad,
  ObservationInput,
  RegionInput,
  RejectedInput,
  SourceFileInput,
  SourceTableInput,
  TableSink,
} from './table-load.types';

/** The key a measure is found by within one table: its source key and its fixed dimension selections. */
export function measureKey(sourceKey: string, dimensions: Readonly<Record<string, string>>): string {
  const sorted = Object.keys(dimensions)
    .sort()
    .map((key) => `${key}=${dimensions[key]}`);
  return `${sourceKey}|${sorted.join('&')}`;
}

/**
 * Loads one table inside one transaction: source table, regions, measures, then observations — straight into
 * `observation` when nothing of the table is stored yet, else staged and merged revision-aware.
 */
export class TableLoader implements TableSink {
  private sourceTableId: number | undefined;
  private publication: LoadPublication | undefined;
  private readonly measureIds = new Map<string, number>();
  private readonly rejectedRows: RejectedInput[] = [];
  private file: SourceFileInput | null = null;
  private writer: Promise<ObservationWriter> | undefined;

  private constructor(
    private readonly db: ClientBase,
    private readonly runId: string,
  ) {}

  static async begin(db: ClientBase, runId: string): Promise<TableLoader> {
    await db.query('BEGIN');
    return new TableLoader(db, runId);
  }

  get rejected(): readonly RejectedInput[] {
    return this.rejectedRows;
  }

  async previous(provider: SourceTableInput['provider'], tableId: string): Promise<PreviousLoad | undefined> {
    const table = await this.db.query<{ id: number; source_modified: Date | null }>(
      `SELECT id, source_modified FROM source_table WHERE provider = $1 AND table_id = $2`,
      [provider, tableId],
    );
    const row = table.rows[0];
    if (!row) return undefined;
    const measures = await this.db.query<{ source_key: string; dimensions: Record<string, string>; unit: string | null }>(
      `SELECT source_key, dimensions, unit FROM measure WHERE source_table_id = $1`,
      [row.id],
    );
    const latest = await this.db.query<{ version: string | null }>(
      `SELECT o.publication_version AS version FROM observation o JOIN measure m ON m.id = o.measure_id
       WHERE m.source_table_id = $1 ORDER BY o.published_at DESC LIMIT 1`,
      [row.id],
    );
    return {
      sourceModified: row.source_modified,
      latestVersion: latest.rows[0]?.version ?? null,
      measures: measures.rows.map((m) => ({ sourceKey: m.source_key, dimensions: m.dimensions, unit: m.unit })),
    };
  }

  async table(input: SourceTableInput): Promise<void> {
    const result = await this.db.query<{ id: number }>(
      `INSERT INTO source_table (provider, table_id, title, source_modified, status, successor_table_id, frequency, evidence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT source_table_provider_table_key DO UPDATE SET title = EXCLUDED.title,
         source_modified = GREATEST(source_table.source_modified, EXCLUDED.source_modified), status = EXCLUDED.status,
         successor_table_id = EXCLUDED.successor_table_id, frequency = EXCLUDED.frequency, evidence = EXCLUDED.evidence
       RETURNING id`,
      [
        input.provider,
        input.tableId,
        input.title,
        input.publishedAt,
        input.status,
        input.successorTableId,
        input.frequency,
        input.evidence,
      ],
    );
    this.sourceTableId = result.rows[0]!.id;
    this.publication = {
      version: input.publicationVersion,
      publishedAt: input.publishedAt,
      keepEveryFigure: input.keepEveryFigure ?? false,
    };
    this.file = input.file;
  }

  async regions(regions: readonly RegionInput[]): Promise<void> {
    if (regions.length === 0) return;
    // One statement: parent_code references are checked when it ends, so the order of the rows does not matter.
    await this.db.query(
      `INSERT INTO region (code, name, level, parent_code, boundary_year)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::int[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
         parent_code = COALESCE(EXCLUDED.parent_code, region.parent_code),
         boundary_year = COALESCE(EXCLUDED.boundary_year, region.boundary_year)`,
      [
        regions.map((r) => r.code),
        regions.map((r) => r.name),
        regions.map((r) => r.level),
        regions.map((r) => r.parentCode),
        regions.map((r) => r.boundaryYear),
      ],
    );
  }

  async measures(measures: readonly MeasureInput[]): Promise<void> {
    const tableId = this.requireTable();
    for (const measure of measures) {
      const result = await this.db.query<{ id: number }>(
        `INSERT INTO measure (source_table_id, source_key, dimensions, name, title, unit, decimals)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT measure_source_key DO UPDATE SET name = EXCLUDED.name, title = EXCLUDED.title,
           unit = EXCLUDED.unit, decimals = EXCLUDED.decimals
         RETURNING id`,
        [tableId, measure.sourceKey, JSON.stringify(measure.dimensions), measure.name, measure.title, measure.unit, measure.decimals],
      );
      this.measureIds.set(measureKey(measure.sourceKey, measure.dimensions), result.rows[0]!.id);
    }
  }

  async observations(batch: readonly ObservationInput[]): Promise<void> {
    const staged = batch.map((row) => {
      const measureId = this.measureIds.get(measureKey(row.sourceKey, row.dimensions));
      if (measureId === undefined) {
        throw new LoadError(
          'UNKNOWN_MEASURE',
          `Observation for measure "${measureKey(row.sourceKey, row.dimensions)}" whose measure was not registered first.`,
        );
      }
      return { ...row, measureId };
    });
    this.writer ??= this.openWriter();
    await (await this.writer).write(staged);
  }

  /** Where the figures go: straight into `observation` for a table nothing of which is stored yet, else staging. */
  private async openWriter(): Promise<ObservationWriter> {
    const publication = this.requirePublication();
    if (await DirectObservationWriter.tableIsEmpty(this.db, this.requireTable()))
      return new DirectObservationWriter(this.db, publication, this.runId);
    return ObservationStaging.create(this.db, publication, this.runId);
  }

  reject(rows: readonly RejectedInput[]): void {
    this.rejectedRows.push(...rows);
  }

  /** Stores the figures as new versions and commits (or, for a dry run, rolls back after counting). */
  async finish(dryRun: boolean): Promise<LoadCounts> {
    this.requirePublication();
    const writer = this.writer ? await this.writer : undefined;
    const inserted = writer ? await writer.finish() : 0;
    if (this.file) await this.recordFile(this.file, this.runId);
    const checks = writer ? await runDataChecks(this.db, writer.writtenRows) : [];
    await recordDataChecks(this.db, this.runId, checks);
    await this.db.query(dryRun ? 'ROLLBACK' : 'COMMIT');
    const read = writer?.count ?? 0;
    return {
      rowsRead: read + this.rejectedRows.length,
      rowsInserted: inserted,
      rowsUnchanged: read - inserted,
      rowsRejected: this.rejectedRows.length,
      dataChecks: checks.length,
    };
  }

  /** The file behind a `file` table, kept with its manifest (the first load of the same bytes keeps its run). */
  private async recordFile(file: SourceFileInput, runId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO source_file (source_table_id, file_name, sha256, manifest, run_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT source_file_table_sha256_key DO NOTHING`,
      [this.requireTable(), file.name, file.sha256, JSON.stringify(file.manifest), runId],
    );
  }

  async abort(): Promise<void> {
    await (await this.writer?.catch(() => undefined))?.abort();
    await this.db.query('ROLLBACK').catch(() => undefined);
  }

  private requirePublication(): LoadPublication {
    if (!this.publication) throw new LoadError('NO_TABLE', 'The adapter loaded observations without describing the table first.');
    return this.publication;
  }

  private requireTable(): number {
    if (this.sourceTableId === undefined) throw new LoadError('NO_TABLE', 'Measures were given before the table.');
    return this.sourceTableId;
  }
}
