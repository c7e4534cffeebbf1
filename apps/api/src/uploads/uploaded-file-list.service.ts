import { Inject, Injectable } from '@nestjs/common';
import type { UploadKind, UploadedFileListResponse, UploadedFileView } from '@koers/api-contracts';
import { Pool } from 'pg';
import { PG_POOL } from '../database/database.module';
import { UploadsException } from './uploads.exception';

interface FileRow {
  id: string;
  kind: UploadKind;
  name: string;
  sha256: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: Date;
  runId: string | null;
  demo: boolean;
}

const COLUMNS = `id, kind, name, sha256, size_bytes AS "sizeBytes", uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt", run_id AS "runId", demo`;
const LIST_SQL = `SELECT ${COLUMNS} FROM uploaded_file ORDER BY id DESC LIMIT $1`;
const CONTENT_SQL = `SELECT name, content FROM uploaded_file WHERE id = $1`;

function view(row: FileRow): UploadedFileView {
  return { ...row, uploadedAt: row.uploadedAt.toISOString() };
}

/** The stored versions of municipal files: the list for management, the bytes for an analyst checking a figure. */
@Injectable()
export class UploadedFileListService {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async list(limit: number): Promise<UploadedFileListResponse> {
    const { rows } = await this.pool.query<FileRow>(LIST_SQL, [limit]);
    return { data: rows.map(view) };
  }

  /** The file exactly as it was uploaded, with the name it was uploaded under. */
  async content(id: string): Promise<{ name: string; bytes: Buffer }> {
    const { rows } = await this.pool.query<{ name: string; content: Buffer }>(CONTENT_SQL, [id]);
    const row = rows[0];
    if (!row) throw UploadsException.notFound(id);
    return { name: row.name, bytes: row.content };
  }
}
