import { Inject, Injectable } from '@nestjs/common';
import type { SourceListResponse, SourceTableView, SourceView } from '@koers/api-contracts';
import {
  type CatalogueTable,
  type EvidenceLevel,
  UPLOAD_FORMATS,
  type UploadKind,
  catalogueTableKey,
  catalogueTables,
  isSpecifiedUploadKind,
} from '@koers/indicators';
import { Pool } from 'pg';
import { PG_POOL } from '@koers/db/nest';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { freshnessOf } from './freshness';

interface TableRow {
  provider: string;
  tableId: string;
  title: string;
  frequency: string | null;
  status: 'active' | 'discontinued';
  successorTableId: string | null;
  sourceModified: Date | null;
  runId: string | null;
  finishedAt: Date | null;
  evidence: EvidenceLevel;
}

const TABLES_SQL = `
  SELECT st.provider, st.table_id AS "tableId", st.title, st.frequency, st.status, st.successor_table_id AS "successorTableId",
         st.source_modified AS "sourceModified", r.id AS "runId", r.finished_at AS "finishedAt", st.evidence
  FROM source_table st
  LEFT JOIN LATERAL (
    SELECT id, finished_at FROM etl_run
    WHERE lower(table_id) = lower(st.table_id) AND status = 'succeeded' AND NOT dry_run
    ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT 1
  ) r ON true
  ORDER BY st.provider, st.table_id`;

const CATALOGUE = catalogueTables();

/** Per source and table: last successful run, the source's Modified date, freshness and next expected release. */
@Injectable()
export class SourcesService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly regions: RegionDirectoryService,
  ) {}

  async list(now: Date): Promise<SourceListResponse> {
    const { rows } = await this.pool.query<TableRow>(TABLES_SQL);
    const loaded = rows.map((row) => this.loadedView(row, now));
    const seen = new Set(rows.map((row) => catalogueTableKey(row.provider, row.tableId)));
    const notLoaded = [...CATALOGUE.entries()].filter(([key]) => !seen.has(key)).map(([, table]) => this.notLoadedView(table));
    const all = [...loaded, ...notLoaded];
    const cbs: SourceView = {
      source: 'cbs',
      title: 'CBS StatLine',
      tables: all.filter((t) => t.provider !== 'municipal-file' && t.provider !== 'file'),
    };
    const files: SourceView = {
      source: 'files',
      title: 'Bestanden (StatLine-exports en afgeleide bestanden)',
      tables: all.filter((t) => t.provider === 'file'),
    };
    const municipality = (await this.regions.ref(this.regions.municipality)).name ?? this.regions.municipality;
    const uploads: SourceView = {
      source: 'municipal-upload',
      title: `Gemeente ${municipality}`,
      tables: all.filter((t) => t.provider === 'municipal-file'),
    };
    return { checkedAt: now.toISOString(), data: [cbs, files, uploads] };
  }

  private loadedView(row: TableRow, now: Date): SourceTableView {
    const lastSuccess = row.runId !== null && row.finishedAt !== null ? { id: row.runId, finishedAt: row.finishedAt.toISOString() } : null;
    const { freshness, nextExpectedRelease } = freshnessOf({
      frequency: row.frequency,
      status: row.status,
      sourceModified: row.sourceModified,
      lastSuccess: row.finishedAt,
      now,
    });
    return {
      provider: row.provider,
      tableId: row.tableId,
      title: row.title,
      frequency: row.frequency,
      status: row.status,
      successorTableId: row.successorTableId,
      sourceModified: row.sourceModified?.toISOString() ?? null,
      lastSuccessfulRun: lastSuccess,
      freshness,
      nextExpectedRelease: nextExpectedRelease?.toISOString() ?? null,
      measures: [...(CATALOGUE.get(catalogueTableKey(row.provider, row.tableId))?.measures ?? [])],
      evidence: row.evidence,
    };
  }

  private notLoadedView(table: CatalogueTable): SourceTableView {
    const upload = table.provider === 'municipal-file' ? UPLOAD_FORMATS[table.tableId as UploadKind] : undefined;
    return {
      provider: table.provider,
      tableId: table.tableId,
      title: upload ? `${upload.kind} (${isSpecifiedUploadKind(upload.kind) ? 'specified' : 'proposed'})` : null,
      frequency: null,
      status: null,
      successorTableId: null,
      sourceModified: null,
      lastSuccessfulRun: null,
      freshness: 'not_loaded',
      nextExpectedRelease: null,
      measures: [...table.measures],
      evidence: null,
    };
  }
}
