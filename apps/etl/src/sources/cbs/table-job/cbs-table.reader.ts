import { CbsV3Client } from '../v3/v3.client';
import { CbsV4Client } from '../v4/v4.client';
import { regionDimensionOf, timeDimensionOf } from '../v3/v3-selection';
import { v4RegionDimensionOf } from '../shared/cbs-mapping';
import { buildV3MappingContext, mapV3Rows } from '../v3/v3.mapper';
import { buildV4MappingContext, mapV4Observations } from '../v4/v4.mapper';
import { mapV3Measures, mapV3Regions, mapV4Measures, mapV4Regions } from '../shared/cbs-metadata.mapper';
import { CbsApiVersion, CbsMappingResult, CbsMeasure, CbsRegion, CbsSelection, CbsTableVersion } from '../shared/cbs.types';

/**
 * A Feed page holds up to 10,000 wide rows (over a million cells in a KWB table). Mapping it in slices keeps
 * only one slice's observations in memory at a time, next to the page itself.
 */
const SLICE_ROWS = 500;

function* slices<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let start = 0; start < items.length; start += SLICE_ROWS) yield items.slice(start, start + SLICE_ROWS);
}

/** A dimension other than region and time, with its codes (for totals and fixed selections). */
export interface OtherDimension {
  readonly key: string;
  readonly codes: readonly { readonly code: string; readonly title: string }[];
}

/** What the loader needs of a table's metadata, the same for both APIs. */
export interface CbsTableShape {
  readonly measures: readonly CbsMeasure[];
  /** The codes of the table's region dimension; empty for a national table. */
  readonly regions: readonly CbsRegion[];
  readonly periodCodes: readonly string[];
  readonly otherDimensions: readonly OtherDimension[];
}

/** One table read through either CBS API: its version, its shape, and its observations in pages. */
export interface CbsTableReader {
  readonly api: CbsApiVersion;
  version(): Promise<CbsTableVersion>;
  shape(): Promise<CbsTableShape>;
  pages(selection: CbsSelection): AsyncGenerator<CbsMappingResult>;
}

export class CbsV3TableReader implements CbsTableReader {
  readonly api = 'v3' as const;
  private metadata: Awaited<ReturnType<CbsV3Client['getMetadata']>> | undefined;

  constructor(
    private readonly client: CbsV3Client,
    private readonly tableId: string,
  ) {}

  version(): Promise<CbsTableVersion> {
    return this.client.getTableVersion(this.tableId);
  }

  async shape(): Promise<CbsTableShape> {
    const metadata = (this.metadata ??= await this.client.getMetadata(this.tableId));
    const region = regionDimensionOf(metadata);
    const time = timeDimensionOf(metadata);
    return {
      measures: mapV3Measures(metadata).filter((measure) => measure.datatype !== 'String'),
      regions: region ? mapV3Regions(region) : [],
      periodCodes: time ? time.codes.map((code) => code.Key.trim()) : [],
      otherDimensions: metadata.dimensions
        .filter((d) => d !== region && d !== time)
        .map((d) => ({ key: d.key, codes: d.codes.map((c) => ({ code: c.Key.trim(), title: c.Title })) })),
    };
  }

  async *pages(selection: CbsSelection): AsyncGenerator<CbsMappingResult> {
    const metadata = (this.metadata ??= await this.client.getMetadata(this.tableId));
    const context = buildV3MappingContext(metadata, { topics: selection.measures });
    for await (const page of this.client.fetchTypedDataSet(metadata, selection)) {
      for (const rows of slices(page.rows)) yield mapV3Rows(rows, context);
    }
  }
}

export class CbsV4TableReader implements CbsTableReader {
  readonly api = 'v4' as const;
  private metadata: Awaited<ReturnType<CbsV4Client['getMetadata']>> | undefined;

  constructor(
    private readonly client: CbsV4Client,
    private readonly tableId: string,
  ) {}

  version(): Promise<CbsTableVersion> {
    return this.client.getTableVersion(this.tableId);
  }

  async shape(): Promise<CbsTableShape> {
    const metadata = (this.metadata ??= await this.client.getMetadata(this.tableId));
    const region = v4RegionDimensionOf(metadata);
    const time = metadata.dimensions.find((d) => d.Kind === 'TimeDimension');
    return {
      measures: mapV4Measures(metadata),
      regions: region ? mapV4Regions(region) : [],
      periodCodes: time ? time.codes.map((code) => code.Identifier.trim()) : [],
      otherDimensions: metadata.dimensions
        .filter((d) => d !== region && d !== time)
        .map((d) => ({ key: d.Identifier, codes: d.codes.map((c) => ({ code: c.Identifier.trim(), title: c.Title })) })),
    };
  }

  async *pages(selection: CbsSelection): AsyncGenerator<CbsMappingResult> {
    const metadata = (this.metadata ??= await this.client.getMetadata(this.tableId));
    const context = buildV4MappingContext(metadata);
    for await (const page of this.client.fetchObservations(metadata, selection)) {
      for (const observations of slices(page.observations)) yield mapV4Observations(observations, context);
    }
  }
}
