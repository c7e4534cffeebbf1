import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from '@koers/db/nest';
import type { LineagePoint } from '@koers/indicators';
import type { LineageFiles } from './indicator.view';

const UPLOADS_SQL = `
  SELECT id, name, sha256, uploaded_at AS "uploadedAt" FROM uploaded_file WHERE sha256 = ANY($1::text[]) ORDER BY id`;
const SOURCE_FILES_SQL = `SELECT DISTINCT ON (sha256) file_name AS name, sha256 FROM source_file WHERE sha256 = ANY($1::text[]) ORDER BY sha256, id`;

/**
 * The files behind figures: municipal uploads (kept whole as evidence) and the bundled or analyst files of the
 * file sources (kept with their manifests). A file figure's publication version is the file's sha256.
 */
@Injectable()
export class UploadedFilesService {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async of(lineage: readonly LineagePoint[]): Promise<LineageFiles> {
    const versions = (provider: string) => [...new Set(lineage.filter((p) => p.provider === provider).map((p) => p.publicationVersion))];
    const [uploads, sources] = [versions('municipal-file'), versions('file')];
    const uploadRows =
      uploads.length === 0
        ? []
        : (await this.pool.query<{ id: string; name: string; sha256: string; uploadedAt: Date }>(UPLOADS_SQL, [uploads])).rows;
    const sourceRows =
      sources.length === 0 ? [] : (await this.pool.query<{ name: string; sha256: string }>(SOURCE_FILES_SQL, [sources])).rows;
    return {
      uploads: new Map(uploadRows.map((row) => [row.sha256, { id: row.id, name: row.name, uploadedAt: row.uploadedAt }])),
      sources: new Map(sourceRows.map((row) => [row.sha256.trim(), { name: row.name, sha256: row.sha256.trim() }])),
    };
  }
}
