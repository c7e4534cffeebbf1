import type { Pool } from 'pg';
import type { RegionLevel } from '@koers/db';
import type { KnownRegion } from './region-resolver.mapper';

/** The regions the database knows, which a file's region names are turned into codes through. */
export interface KnownRegions {
  load(): Promise<KnownRegion[]>;
}

/** Reads the `region` table (committed regions: what earlier runs, such as the CBS snapshot, registered). */
export class PgKnownRegions implements KnownRegions {
  constructor(private readonly pool: Pool) {}

  async load(): Promise<KnownRegion[]> {
    const { rows } = await this.pool.query<{ code: string; name: string; level: RegionLevel }>(`SELECT code, name, level FROM region`);
    return rows;
  }
}

/** The Nest token of the known regions the file sources read. */
export const KNOWN_REGIONS = Symbol('KNOWN_REGIONS');
