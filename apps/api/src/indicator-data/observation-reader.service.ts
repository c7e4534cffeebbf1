import { Inject, Injectable } from '@nestjs/common';
import { API_OPTIONS, ApiOptions } from '../api-options';
import {
  MEASURES,
  MEASURE_NAMES,
  type MeasureCandidate,
  type MeasureName,
  type RegionInputs,
  type StoredMeasure,
  type StoredObservation,
  assembleRegion,
  candidatesFor,
} from '@koers/indicators';
import { Pool } from 'pg';
import { VersionedCache } from '@koers/http-cache';
import { DataVersionService } from '../cache/data-version.service';
import { PG_POOL } from '@koers/db/nest';
import { CURRENT_SOURCE, DEMO, asOfSource } from '../observations/observation-sources';

/** The stored measures that can supply each catalogue measure, in order of preference. */
interface MeasureCatalog {
  readonly candidatesByName: ReadonlyMap<MeasureName, readonly MeasureCandidate[]>;
}

export const MEASURES_SQL = `
  SELECT m.id, m.name, m.source_key AS "sourceKey", m.dimensions, st.table_id AS "tableId", st.provider, st.evidence
  FROM measure m JOIN source_table st ON st.id = m.source_table_id
  WHERE m.name = ANY($1::text[])`;

// The view's filter on measure_id and region_code (its DISTINCT ON columns) reaches the index. A figure is
// illustrative when it came from an uploaded file marked demo (its publication version is the file's sha256).
function observationsSql(source: string): string {
  return `
  SELECT o.measure_id AS "measureId", o.region_code AS "regionCode", o.period_code AS "periodCode",
         o.value::float8 AS value, o.missing_reason AS "missingReason", o.status,
         o.publication_version AS "publicationVersion", o.published_at AS "publishedAt", o.loaded_at AS "loadedAt",
         o.run_id AS "runId", ${DEMO} AS demo
  FROM ${source}
  WHERE o.measure_id = ANY($1::int[]) AND o.region_code = ANY($2::text[])`;
}

export const OBSERVATIONS_SQL = observationsSql(CURRENT_SOURCE);
/** As published by the end of the day `$3` (a council report's peildatum). */
const AS_OF_OBSERVATIONS_SQL = observationsSql(asOfSource('$3::date'));

const REGION_CHUNK = 500;

/**
 * Reads the current observations of the catalogue's measures for regions and turns them into the library's input
 * series (table preference, sums) with their lineage. Per region, kept until the data changes.
 */
@Injectable()
export class ObservationReaderService {
  private readonly catalogs = new VersionedCache<MeasureCatalog>({ maxEntries: 1 });
  private readonly regions = new VersionedCache<RegionInputs>({ maxEntries: 2_000 });

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly versions: DataVersionService,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  /**
   * Input series of the measures asked for (every catalogue measure by default), for each region (cached), as
   * published now or, with `asOf` (YYYY-MM-DD), as published by the end of that day.
   */
  async forRegions(
    codes: readonly string[],
    names: readonly MeasureName[] = MEASURE_NAMES,
    asOf?: string,
  ): Promise<Map<string, RegionInputs>> {
    const version = await this.versions.current();
    if (!this.options.cache) return new Map((await this.read(codes, version, names, asOf)).map((inputs) => [inputs.region, inputs]));
    const measures = names === MEASURE_NAMES ? '*' : [...new Set(names)].sort().join(',');
    const key = (code: string) => `${code}|${measures}|${asOf ?? 'now'}`;
    const result = new Map<string, RegionInputs>();
    const missing = codes.filter((code) => {
      const hit = this.regions.get(version, key(code));
      if (hit) result.set(code, hit);
      return !hit;
    });
    for (const inputs of await this.read(missing, version, names, asOf)) {
      result.set(inputs.region, this.regions.set(version, key(inputs.region), inputs));
    }
    return result;
  }

  /** Every catalogue measure, read fresh and not kept: for the bulk download over every region. */
  async readUncached(codes: readonly string[]): Promise<RegionInputs[]> {
    return this.read(codes, await this.versions.current(), MEASURE_NAMES);
  }

  private async catalog(version: string): Promise<MeasureCatalog> {
    const load = async (): Promise<MeasureCatalog> => {
      const { rows } = await this.pool.query<StoredMeasure>(MEASURES_SQL, [MEASURE_NAMES]);
      const candidatesByName = new Map<MeasureName, MeasureCandidate[]>();
      for (const name of MEASURE_NAMES) {
        const candidates = candidatesFor(MEASURES[name], rows);
        if (candidates.length > 0) candidatesByName.set(name, candidates);
      }
      return { candidatesByName };
    };
    return this.catalogs.getOrCompute(version, 'catalog', load);
  }

  private async read(codes: readonly string[], version: string, names: readonly MeasureName[], asOf?: string): Promise<RegionInputs[]> {
    if (codes.length === 0) return [];
    const catalog = await this.catalog(version);
    const candidatesByName = new Map<MeasureName, readonly MeasureCandidate[]>();
    for (const name of names) {
      const candidates = catalog.candidatesByName.get(name);
      if (candidates) candidatesByName.set(name, candidates);
    }
    const measureIds = [...new Set([...candidatesByName.values()].flat().map((c) => c.measure.id))];
    const out: RegionInputs[] = [];
    for (let i = 0; i < codes.length; i += REGION_CHUNK) {
      const chunk = codes.slice(i, i + REGION_CHUNK);
      const rows = measureIds.length === 0 ? [] : await this.observations(measureIds, chunk, asOf);
      const byRegion = groupRows(rows);
      for (const code of chunk) out.push(assembleRegion(code, candidatesByName, byRegion.get(code) ?? new Map()));
    }
    return out;
  }

  private async observations(
    measureIds: readonly number[],
    regions: readonly string[],
    asOf: string | undefined,
  ): Promise<StoredObservation[]> {
    const { rows } =
      asOf === undefined
        ? await this.pool.query<StoredObservation>(OBSERVATIONS_SQL, [measureIds, regions])
        : await this.pool.query<StoredObservation>(AS_OF_OBSERVATIONS_SQL, [measureIds, regions, asOf]);
    return rows;
  }
}

function groupRows(rows: readonly StoredObservation[]): Map<string, Map<number, StoredObservation[]>> {
  const byRegion = new Map<string, Map<number, StoredObservation[]>>();
  for (const row of rows) {
    let byMeasure = byRegion.get(row.regionCode);
    if (!byMeasure) byRegion.set(row.regionCode, (byMeasure = new Map()));
    const list = byMeasure.get(row.measureId);
    if (list) list.push(row);
    else byMeasure.set(row.measureId, [row]);
  }
  return byRegion;
}
