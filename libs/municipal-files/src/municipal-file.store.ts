import { Pool } from 'pg';
import { MunicipalKind } from './municipal.types';

export interface StoredFile {
  readonly id: string;
  readonly runId: string | null;
  readonly name: string;
  readonly uploadedAt: Date;
  readonly demo: boolean;
}

export interface NewStoredFile {
  readonly kind: MunicipalKind;
  readonly name: string;
  readonly demo: boolean;
  readonly sha256: string;
  readonly content: Uint8Array;
  readonly uploadedBy: string;
  readonly uploadedAt: Date;
  readonly runId: string;
}

/** `uploaded_file` (the evidence: every loaded file whole, by kind and sha256) and the region lookup. */
export class MunicipalFileStore {
  constructor(private readonly pool: Pool) {}

  async find(kind: MunicipalKind, sha256: string): Promise<StoredFile | null> {
    const { rows } = await this.pool.query<{ id: string; run_id: string | null; name: string; uploaded_at: Date; demo: boolean }>(
      `SELECT id, run_id, name, uploaded_at, demo FROM uploaded_file WHERE kind = $1 AND sha256 = $2`,
      [kind, sha256],
    );
    const row = rows[0];
    return row ? { id: row.id, runId: row.run_id, name: row.name, uploadedAt: row.uploaded_at, demo: row.demo } : null;
  }

  /** The new row's id, or null when the same file was stored meanwhile (two uploads at once). */
  async insert(file: NewStoredFile): Promise<string | null> {
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO uploaded_file (name, sha256, size_bytes, kind, uploaded_by, uploaded_at, content, run_id, demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT uploaded_file_kind_sha256_key DO NOTHING
       RETURNING id`,
      [file.name, file.sha256, file.content.length, file.kind, file.uploadedBy, file.uploadedAt, Buffer.from(file.content), file.runId, file.demo],
    );
    return rows[0]?.id ?? null;
  }

  async knownRegions(codes: readonly string[]): Promise<ReadonlySet<string>> {
    const { rows } = await this.pool.query<{ code: string }>(`SELECT code FROM region WHERE code = ANY($1::varchar[])`, [codes]);
    return new Set(rows.map((row) => row.code));
  }
}
