import { Pool, PoolClient } from 'pg';
import { MunicipalFileError } from './municipal.exception';
import type { SpecifiedUploadKind } from '@koers/indicators';

export interface StoredFile {
  readonly id: string;
  readonly kind: SpecifiedUploadKind;
  readonly runId: string | null;
  readonly name: string;
  readonly uploadedAt: Date;
  readonly demo: boolean;
  readonly withdrawnAt: Date | null;
}

export interface NewStoredFile {
  readonly kind: SpecifiedUploadKind;
  readonly name: string;
  readonly demo: boolean;
  readonly sha256: string;
  readonly content: Uint8Array;
  readonly uploadedBy: string;
  readonly uploadedAt: Date;
  readonly runId: string;
}

/** Who takes a file back, when and why; `replacedBy` when a new version takes its place. */
export interface WithdrawalRequest {
  readonly id: string;
  readonly by: string;
  readonly reason: string;
  readonly at: Date;
  readonly replacedBy?: string | null;
}

export interface Withdrawal {
  readonly id: string;
  readonly withdrawnAt: Date;
  readonly withdrawnBy: string;
  readonly reason: string;
  readonly replacedBy: string | null;
}

interface FileRow {
  id: string;
  kind: SpecifiedUploadKind;
  run_id: string | null;
  name: string;
  uploaded_at: Date;
  demo: boolean;
  withdrawn_at: Date | null;
}

const FILE_COLUMNS = 'id, kind, run_id, name, uploaded_at, demo, withdrawn_at';

function storedFile(row: FileRow | undefined): StoredFile | null {
  return row
    ? {
        id: row.id,
        kind: row.kind,
        runId: row.run_id,
        name: row.name,
        uploadedAt: row.uploaded_at,
        demo: row.demo,
        withdrawnAt: row.withdrawn_at,
      }
    : null;
}

const WITHDRAW_SQL = `
  UPDATE uploaded_file SET withdrawn_at = $2, withdrawn_by = $3, withdrawal_reason = $4, replaced_by = $5
  WHERE id = $1 AND withdrawn_at IS NULL
  RETURNING id, withdrawn_at AS "withdrawnAt", withdrawn_by AS "withdrawnBy", withdrawal_reason AS reason, replaced_by AS "replacedBy"`;

/**
 * `uploaded_file` (the evidence: every loaded file whole, by kind and sha256, and its withdrawal) and the region
 * lookup. A withdrawal changes no figure: the views leave out the figures of a withdrawn file (libs/db).
 */
export class MunicipalFileStore {
  constructor(private readonly pool: Pool) {}

  async find(kind: SpecifiedUploadKind, sha256: string): Promise<StoredFile | null> {
    const { rows } = await this.pool.query<FileRow>(`SELECT ${FILE_COLUMNS} FROM uploaded_file WHERE kind = $1 AND sha256 = $2`, [
      kind,
      sha256,
    ]);
    return storedFile(rows[0]);
  }

  async findById(id: string): Promise<StoredFile | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const { rows } = await this.pool.query<FileRow>(`SELECT ${FILE_COLUMNS} FROM uploaded_file WHERE id = $1`, [id]);
    return storedFile(rows[0]);
  }

  /**
   * The new row's id, or null when the same file was stored meanwhile (two uploads at once). With `replacing`,
   * the file it replaces is withdrawn in the same transaction (null there: it was withdrawn meanwhile).
   */
  async insert(
    file: NewStoredFile,
    replacing: Omit<WithdrawalRequest, 'replacedBy'> | null = null,
  ): Promise<{ id: string | null; replaced: Withdrawal | null }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO uploaded_file (name, sha256, size_bytes, kind, uploaded_by, uploaded_at, content, run_id, demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT ON CONSTRAINT uploaded_file_kind_sha256_key DO NOTHING
         RETURNING id`,
        [
          file.name,
          file.sha256,
          file.content.length,
          file.kind,
          file.uploadedBy,
          file.uploadedAt,
          Buffer.from(file.content),
          file.runId,
          file.demo,
        ],
      );
      const id = rows[0]?.id ?? null;
      const replaced = id !== null && replacing ? await this.markWithdrawn(client, { ...replacing, replacedBy: id }) : null;
      await client.query('COMMIT');
      return { id, replaced };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Takes a file back: FILE_NOT_FOUND for no such file, ALREADY_WITHDRAWN for one taken back before. */
  async withdraw(request: WithdrawalRequest): Promise<Withdrawal> {
    const withdrawn = await this.markWithdrawn(this.pool, request);
    if (withdrawn) return withdrawn;
    const file = await this.findById(request.id);
    if (!file) throw new MunicipalFileError('FILE_NOT_FOUND', `There is no uploaded file ${request.id}.`);
    throw new MunicipalFileError('ALREADY_WITHDRAWN', `Uploaded file ${request.id} was withdrawn on ${file.withdrawnAt?.toISOString()}.`);
  }

  async knownRegions(codes: readonly string[]): Promise<ReadonlySet<string>> {
    const { rows } = await this.pool.query<{ code: string }>(`SELECT code FROM region WHERE code = ANY($1::varchar[])`, [codes]);
    return new Set(rows.map((row) => row.code));
  }

  private async markWithdrawn(db: Pool | PoolClient, request: WithdrawalRequest): Promise<Withdrawal | null> {
    if (!/^\d{1,18}$/.test(request.id)) return null;
    const { rows } = await db.query<Withdrawal>(WITHDRAW_SQL, [
      request.id,
      request.at,
      request.by,
      request.reason,
      request.replacedBy ?? null,
    ]);
    return rows[0] ?? null;
  }
}
