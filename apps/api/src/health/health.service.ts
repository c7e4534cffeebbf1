import { Inject, Injectable } from '@nestjs/common';
import type { HealthResponse } from '@koers/api-contracts';
import { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { pendingMigrations } from '@koers/db';
import { PG_POOL } from '@koers/db/nest';
import { Pool } from 'pg';

@Injectable()
export class HealthService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  /** Whether the API can answer: the database reachable and its schema current. */
  async check(): Promise<HealthResponse> {
    const version = this.config.version;
    try {
      const pending = (await pendingMigrations(this.pool)).length > 0;
      return { status: pending ? 'degraded' : 'ok', database: 'up', migrationsPending: pending, version, time: new Date().toISOString() };
    } catch {
      return { status: 'degraded', database: 'down', migrationsPending: false, version, time: new Date().toISOString() };
    }
  }
}
