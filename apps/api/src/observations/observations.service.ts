import { Inject, Injectable } from '@nestjs/common';
import type { ObservationPageResponse, ObservationView } from '@koers/api-contracts';
import { Pool } from 'pg';
import { ValidationException } from '../common/validation.exception';
import { PG_POOL } from '@koers/db/nest';
import { queryWithSettings } from '../database/read-transaction';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { RegionsException } from '../regions/regions.exception';
import { pgCopySource } from '../tabular/pg-copy.source';
import type { TabularSource } from '../tabular/tabular.types';
import { decodeCursor, encodeCursor } from './observation-cursor';
import {
  OBSERVATION_EXPORT_COLUMNS,
  type ObservationFilter,
  arrowCopyQuery,
  copyQuery,
  csvCopyQuery,
  pageQuery,
} from './observation-query';
import { ObservationsException } from './observations.exception';

/** The request's filters before they are resolved against the database. */
export interface ObservationRequest {
  readonly table?: string;
  readonly measure?: string;
  readonly region?: string;
  readonly from?: number;
  readonly to?: number;
  readonly asOf?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

const TABLE_SQL = `SELECT 1 FROM source_table WHERE lower(table_id) = lower($1) LIMIT 1`;
const MEASURE_IDS_SQL = `
  SELECT m.id FROM measure m JOIN source_table st ON st.id = m.source_table_id
  WHERE ($1::text IS NULL OR lower(st.table_id) = lower($1)) AND ($2::text IS NULL OR m.name = $2 OR m.source_key = $2)
  ORDER BY m.id`;

type PageRow = Omit<ObservationView, 'provisional'> & { measureId: number };

/** Raw observations, current or as published on a date: JSON pages, or every matching row as a file. */
@Injectable()
export class ObservationsService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly regions: RegionDirectoryService,
  ) {}

  /** Resolves table, measure and regions (404 when unknown) and the cursor (400 when not ours). */
  async filterOf(request: ObservationRequest): Promise<ObservationFilter> {
    if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
      throw new ValidationException('to', { nl: `ligt voor from (${request.from})`, en: `is before from (${request.from})` });
    }
    const regions = request.region?.split(',') ?? null;
    for (const code of regions ?? []) if (!(await this.regions.get(code))) throw RegionsException.notFound(code);
    return {
      measureIds: await this.measureIds(request.table, request.measure),
      regions,
      from: request.from,
      to: request.to,
      asOf: request.asOf,
      after: request.cursor !== undefined ? decodeCursor(request.cursor) : null,
      limit: request.limit,
    };
  }

  async page(filter: ObservationFilter, limit: number): Promise<ObservationPageResponse> {
    const query = pageQuery({ ...filter, limit: limit + 1 });
    const rows = await queryWithSettings<PageRow>(this.pool, query.sql, query.settings);
    const data = rows.slice(0, limit);
    const last = data.at(-1);
    const nextCursor =
      rows.length > limit && last ? encodeCursor({ measureId: last.measureId, region: last.region, period: last.period }) : null;
    return {
      asOf: filter.asOf ?? null,
      data: data.map(({ measureId: _id, ...row }) => ({ ...row, provisional: row.status !== 'definitive' })),
      page: { limit, nextCursor },
    };
  }

  /** Every matching row, streamed from a COPY: text parsed for JSON and Parquet, binary for CSV and Arrow. */
  source(filter: ObservationFilter): TabularSource {
    const queries = { text: copyQuery(filter), arrow: arrowCopyQuery(filter), csv: csvCopyQuery(filter) };
    return pgCopySource(this.pool, queries, OBSERVATION_EXPORT_COLUMNS);
  }

  private async measureIds(table: string | undefined, measure: string | undefined): Promise<number[] | null> {
    if (table === undefined && measure === undefined) return null;
    if (table !== undefined && (await this.pool.query(TABLE_SQL, [table])).rowCount === 0) throw ObservationsException.tableNotFound(table);
    const { rows } = await this.pool.query<{ id: number }>(MEASURE_IDS_SQL, [table ?? null, measure ?? null]);
    if (rows.length === 0) throw ObservationsException.measureNotFound(measure ?? '');
    return rows.map((row) => row.id);
  }
}
