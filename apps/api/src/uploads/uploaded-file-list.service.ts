import { Inject, Injectable } from '@nestjs/common';
import type { ApiLanguage, UploadedFileDetailResponse, UploadedFileListResponse, UploadedFileView } from '@koers/api-contracts';
import { indicatorsFed, storedFileContentType } from '@koers/municipal-files';
import { Pool } from 'pg';
import type { SpecifiedUploadKind } from '@koers/indicators';
import { PG_POOL } from '@koers/db/nest';
import { UploadsException } from './uploads.exception';

interface FileRow {
  id: string;
  kind: SpecifiedUploadKind;
  name: string;
  sha256: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: Date;
  runId: string | null;
  demo: boolean;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
  replacedBy: string | null;
}

const COLUMNS = `id, kind, name, sha256, size_bytes AS "sizeBytes", uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt",
  run_id AS "runId", demo, withdrawn_at AS "withdrawnAt", withdrawn_by AS "withdrawnBy", withdrawal_reason AS "withdrawalReason",
  replaced_by AS "replacedBy"`;
const LIST_SQL = `SELECT ${COLUMNS} FROM uploaded_file ORDER BY id DESC LIMIT $1`;
const FILE_SQL = `SELECT ${COLUMNS}, ARRAY(SELECT r.id::text FROM uploaded_file r WHERE r.replaced_by = f.id ORDER BY r.id) AS replaced
  FROM uploaded_file f WHERE id = $1`;
const CONTENT_SQL = `SELECT name, content FROM uploaded_file WHERE id = $1`;

// The file's figures are the rows its run wrote under its version (the run_id index finds them); each is current
// when the current figure of its measure, region and period is that very row.
const FIGURES_SQL = `
  SELECT count(*)::int AS stored, count(*) FILTER (WHERE cur.id = o.id)::int AS current,
         coalesce(array_agg(DISTINCT o.period_code), '{}') AS periods, coalesce(array_agg(DISTINCT m.name), '{}') AS measures
  FROM observation o JOIN measure m ON m.id = o.measure_id
  LEFT JOIN LATERAL (
    SELECT c.id FROM current_observation c
    WHERE c.measure_id = o.measure_id AND c.region_code = o.region_code AND c.period_code = o.period_code) cur ON true
  WHERE o.run_id = $1 AND o.publication_version = $2`;

function view(row: FileRow): UploadedFileView {
  const { withdrawnAt, withdrawnBy, withdrawalReason, replacedBy, uploadedAt, ...file } = row;
  const withdrawal =
    withdrawnAt && withdrawnBy && withdrawalReason
      ? { withdrawnAt: withdrawnAt.toISOString(), withdrawnBy, reason: withdrawalReason, replacedBy }
      : null;
  return { ...file, uploadedAt: uploadedAt.toISOString(), withdrawal };
}

/**
 * The stored versions of municipal files: the list and the detail for management (with who withdrew a file, when
 * and why), the bytes for an editor checking a figure.
 */
@Injectable()
export class UploadedFileListService {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async list(limit: number): Promise<UploadedFileListResponse> {
    const { rows } = await this.pool.query<FileRow>(LIST_SQL, [limit]);
    return { data: rows.map(view) };
  }

  /** One file: what it holds (periods, the indicators it feeds, figures stored and current) and what it replaced. */
  async detail(id: string, lang: ApiLanguage): Promise<UploadedFileDetailResponse> {
    const { rows } = await this.pool.query<FileRow & { replaced: string[] }>(FILE_SQL, [id]);
    const row = rows[0];
    if (!row) throw UploadsException.notFound(id);
    const { replaced, ...file } = row;
    const figures =
      row.runId === null
        ? { stored: 0, current: 0, periods: [], measures: [] }
        : (
            await this.pool.query<{ stored: number; current: number; periods: string[]; measures: string[] }>(FIGURES_SQL, [
              row.runId,
              row.sha256,
            ])
          ).rows[0]!;
    return {
      ...view(file),
      periods: [...figures.periods].sort(),
      indicators: indicatorsFed(figures.measures).map(({ id: indicator, title }) => ({ id: indicator, title: title[lang] })),
      figures: { stored: figures.stored, current: figures.current },
      replaced,
    };
  }

  /** The file exactly as it was uploaded, with the name it was uploaded under and the type it is served as. */
  async content(id: string): Promise<{ name: string; bytes: Buffer; contentType: string }> {
    const { rows } = await this.pool.query<{ name: string; content: Buffer }>(CONTENT_SQL, [id]);
    const row = rows[0];
    if (!row) throw UploadsException.notFound(id);
    return { name: row.name, bytes: row.content, contentType: storedFileContentType(row.content) };
  }
}
