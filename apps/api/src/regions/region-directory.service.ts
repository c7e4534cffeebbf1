import { Inject, Injectable } from '@nestjs/common';
import type { RegionRef } from '@koers/api-contracts';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { Pool } from 'pg';
import { DataVersionService } from '../cache/data-version.service';
import { VersionedCache } from '@koers/http-cache';
import { PG_POOL } from '@koers/db/nest';

export interface RegionRecord {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly parentCode: string | null;
  readonly boundaryYear: number | null;
}

export type RegionRole = 'municipality' | 'peer' | 'province' | null;

const LEVEL_ORDER = ['land', 'landsdeel', 'provincie', 'corop', 'arbeidsmarktregio', 'gemeente', 'wijk', 'buurt', 'overig'];

export const REGIONS_SQL = `
  SELECT code, name, level, parent_code AS "parentCode", boundary_year AS "boundaryYear" FROM region`;

/** Every region, kept in memory until the data changes, and the roles the configuration gives some of them. */
@Injectable()
export class RegionDirectoryService {
  private readonly cache = new VersionedCache<ReadonlyMap<string, RegionRecord>>({ maxEntries: 1 });

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly versions: DataVersionService,
  ) {}

  async all(): Promise<ReadonlyMap<string, RegionRecord>> {
    const version = await this.versions.current();
    const load = async () => {
      const { rows } = await this.pool.query<RegionRecord>(REGIONS_SQL);
      rows.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.code.localeCompare(b.code));
      return new Map(rows.map((row) => [row.code, row]));
    };
    return this.cache.getOrCompute(version, 'regions', load);
  }

  async get(code: string): Promise<RegionRecord | undefined> {
    return (await this.all()).get(code);
  }

  /** A reference to a region; name and level null when it is not loaded. */
  async ref(code: string): Promise<RegionRef> {
    const region = await this.get(code);
    return { code, name: region?.name ?? null, level: region?.level ?? null };
  }

  /** The wijken or buurten of the monitored municipality, by parent or, failing that, by code. */
  async partsOfMunicipality(level: 'wijk' | 'buurt'): Promise<RegionRecord[]> {
    const municipality = this.config.regions.municipality;
    const prefix = `${level === 'wijk' ? 'WK' : 'BU'}${municipality.slice(2)}`;
    const all = [...(await this.all()).values()];
    return all.filter((r) => r.level === level && (r.code.startsWith(prefix) || (level === 'wijk' && r.parentCode === municipality)));
  }

  roleOf(code: string): RegionRole {
    const { municipality, peers, province } = this.config.regions;
    if (code === municipality) return 'municipality';
    if (peers.includes(code)) return 'peer';
    return code === province ? 'province' : null;
  }

  get municipality(): string {
    return this.config.regions.municipality;
  }

  get peers(): readonly string[] {
    return this.config.regions.peers;
  }
}
