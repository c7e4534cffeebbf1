import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from '../database/database.module';
import type { UploadedFiles } from './indicator.view';

const FILES_SQL = `
  SELECT id, name, sha256, uploaded_at AS "uploadedAt" FROM uploaded_file WHERE sha256 = ANY($1::text[]) ORDER BY id`;

/** The municipal files behind uploaded figures: their publication version is the file's sha256. */
@Injectable()
export class UploadedFilesService {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async bySha256(versions: readonly string[]): Promise<UploadedFiles> {
    const unique = [...new Set(versions)];
    if (unique.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; name: string; sha256: string; uploadedAt: Date }>(FILES_SQL, [unique]);
    return new Map(rows.map((row) => [row.sha256, { id: row.id, name: row.name, uploadedAt: row.uploadedAt }]));
  }
}
