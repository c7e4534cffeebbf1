import { Inject, Injectable } from '@nestjs/common';
import type { HealthResponse } from '@koers/api-contracts';
import { KoersConfig } from '@koers/config';
import { DataSource } from 'typeorm';
import { KOERS_CONFIG } from '@koers/config/nest';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  /** Whether the API can answer: the database reachable and its schema current. */
  async check(): Promise<HealthResponse> {
    const version = this.config.version;
    try {
      const pending = await this.dataSource.showMigrations();
      return { status: pending ? 'degraded' : 'ok', database: 'up', migrationsPending: pending, version, time: new Date().toISOString() };
    } catch {
      return { status: 'degraded', database: 'down', migrationsPending: false, version, time: new Date().toISOString() };
    }
  }
}
