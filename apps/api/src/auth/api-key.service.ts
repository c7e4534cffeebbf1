import { Inject, Injectable } from '@nestjs/common';
import type { ApiKeyView, ApiRole } from '@koers/api-contracts';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { PG_POOL } from '@koers/db/nest';
import { Pool } from 'pg';
import { generateKey, hashKey, looksLikeKey, sameSecret } from './api-key';

/** Who is calling, once their key checked out. */
export interface ApiPrincipal {
  readonly role: ApiRole;
  readonly prefix: string;
  readonly name: string | null;
}

/** Roles in order of power: a higher role may do everything a lower one may. */
export const ROLE_RANK: Readonly<Record<ApiRole, number>> = { viewer: 1, editor: 2, admin: 3 };

const LAST_USED_RESOLUTION_MS = 60_000;

/** An `api_key` row as stored (never the key itself: only its hash). */
interface ApiKeyRow {
  readonly id: string;
  readonly prefix: string;
  readonly role: ApiRole;
  readonly name: string | null;
  readonly created_at: Date;
  readonly last_used_at: Date | null;
  readonly revoked_at: Date | null;
}

const COLUMNS = 'id, prefix, role, name, created_at, last_used_at, revoked_at';

function toView(row: ApiKeyRow): ApiKeyView {
  return {
    prefix: row.prefix,
    role: row.role,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** Bearer API keys: made (shown once), listed, revoked and checked. Used by the guard and the `keys` CLI. */
@Injectable()
export class ApiKeyService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  async create(role: ApiRole, name: string | null): Promise<ApiKeyView & { key: string }> {
    const generated = generateKey();
    const { rows } = await this.pool.query<ApiKeyRow>(
      `INSERT INTO api_key (prefix, key_hash, role, name) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [generated.prefix, generated.hash, role, name],
    );
    return { ...toView(rows[0]!), key: generated.key };
  }

  async list(): Promise<ApiKeyView[]> {
    const { rows } = await this.pool.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_key ORDER BY created_at DESC, id DESC`);
    return rows.map(toView);
  }

  /** True when an active key with this prefix was revoked. */
  async revoke(prefix: string): Promise<boolean> {
    const result = await this.pool.query(`UPDATE api_key SET revoked_at = now() WHERE prefix = $1 AND revoked_at IS NULL`, [prefix]);
    return (result.rowCount ?? 0) > 0;
  }

  /** The caller behind a bearer token: KOERS_ADMIN_TOKEN, or an active stored key; null otherwise. */
  async verify(token: string): Promise<ApiPrincipal | null> {
    const adminToken = this.config.api.adminToken;
    if (adminToken !== undefined && sameSecret(token, adminToken))
      return { role: 'admin', prefix: 'admin-token', name: 'KOERS_ADMIN_TOKEN' };
    if (!looksLikeKey(token)) return null;
    const { rows } = await this.pool.query<ApiKeyRow>(`SELECT ${COLUMNS} FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`, [
      hashKey(token),
    ]);
    const row = rows[0];
    if (!row) return null;
    await this.touch(row);
    return { role: row.role, prefix: row.prefix, name: row.name };
  }

  /** Records use at minute resolution, so a busy key does not write on every request. */
  private async touch(row: ApiKeyRow): Promise<void> {
    if (row.last_used_at && Date.now() - row.last_used_at.getTime() < LAST_USED_RESOLUTION_MS) return;
    await this.pool.query(
      `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [row.id],
    );
  }
}
