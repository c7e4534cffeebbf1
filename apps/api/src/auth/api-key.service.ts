import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ApiKeyView, ApiRole } from '@koers/api-contracts';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { ApiKeyEntity } from '@koers/db';
import { IsNull, Repository } from 'typeorm';
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

function toView(entity: ApiKeyEntity): ApiKeyView {
  return {
    prefix: entity.prefix,
    role: entity.role,
    name: entity.name,
    createdAt: entity.createdAt.toISOString(),
    lastUsedAt: entity.lastUsedAt?.toISOString() ?? null,
    revokedAt: entity.revokedAt?.toISOString() ?? null,
  };
}

/** Bearer API keys: made (shown once), listed, revoked and checked. Used by the guard and the `keys` CLI. */
@Injectable()
export class ApiKeyService {
  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  async create(role: ApiRole, name: string | null): Promise<ApiKeyView & { key: string }> {
    const generated = generateKey();
    const saved = await this.keys.save(this.keys.create({ prefix: generated.prefix, keyHash: generated.hash, role, name }));
    return { ...toView(saved), key: generated.key };
  }

  async list(): Promise<ApiKeyView[]> {
    return (await this.keys.find({ order: { createdAt: 'DESC', id: 'DESC' } })).map(toView);
  }

  /** True when an active key with this prefix was revoked. */
  async revoke(prefix: string): Promise<boolean> {
    const result = await this.keys.update({ prefix, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return (result.affected ?? 0) > 0;
  }

  /** The caller behind a bearer token: KOERS_ADMIN_TOKEN, or an active stored key; null otherwise. */
  async verify(token: string): Promise<ApiPrincipal | null> {
    const adminToken = this.config.api.adminToken;
    if (adminToken !== undefined && sameSecret(token, adminToken)) return { role: 'admin', prefix: 'admin-token', name: 'KOERS_ADMIN_TOKEN' };
    if (!looksLikeKey(token)) return null;
    const entity = await this.keys.findOneBy({ keyHash: hashKey(token), revokedAt: IsNull() });
    if (!entity) return null;
    await this.touch(entity);
    return { role: entity.role, prefix: entity.prefix, name: entity.name };
  }

  /** Records use at minute resolution, so a busy key does not write on every request. */
  private async touch(entity: ApiKeyEntity): Promise<void> {
    if (entity.lastUsedAt && Date.now() - entity.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where(`id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, { id: entity.id })
      .execute();
  }
}
