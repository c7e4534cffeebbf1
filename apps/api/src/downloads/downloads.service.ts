import { Inject, Injectable } from '@nestjs/common';
import type { ApiLanguage, DataPackage, DataPackageSource, DownloadListResponse, DownloadView } from '@koers/api-contracts';
import { DATA_LICENCE } from '@koers/indicators';
import { Pool } from 'pg';
import { PG_POOL } from '@koers/db/nest';
import { IndicatorResultsService } from '../indicator-data/indicator-results.service';
import { ObservationReaderService } from '../indicator-data/observation-reader.service';
import { OBSERVATION_EXPORT_COLUMNS } from '../observations/observation-query';
import { ObservationsService } from '../observations/observations.service';
import { RegionDirectoryService } from '../regions/region-directory.service';
import {
  type BatchOptions,
  type ColumnBatch,
  type ColumnSpec,
  MEDIA_TYPES,
  TABULAR_FORMATS,
  type TabularSource,
} from '../tabular/tabular.types';
import { API_PREFIX } from '../api-prefix';
import { API_VERSION } from '../api-version';
import { type Distribution, packageResource } from './datapackage';
import { isCbsTable, statlineUrl } from '../indicator-data/coverage.view';
import { DownloadsException } from './downloads.exception';
import { INDICATOR_EXPORT_COLUMNS, indicatorBatches } from './indicator-rows.source';

export type DownloadId = DownloadView['id'];

interface DownloadSpec {
  readonly title: { nl: string; en: string };
  readonly description: { nl: string; en: string };
  readonly columns: readonly ColumnSpec[];
  readonly primaryKey: readonly string[];
}

const DOWNLOADS: Readonly<Record<DownloadId, DownloadSpec>> = {
  indicators: {
    title: { nl: 'Indicatoren per regio en periode', en: 'Indicators per region and period' },
    description: {
      nl: 'Elke indicator × regio × periode in lange vorm, met eenheid, voortgangsstatus en voorlopig-vlag.',
      en: 'Every indicator × region × period in long format, with unit, progress status and provisional flag.',
    },
    columns: INDICATOR_EXPORT_COLUMNS,
    primaryKey: ['indicator', 'region', 'period'],
  },
  observations: {
    title: { nl: 'Waarnemingen (nieuwste versie)', en: 'Observations (newest version)' },
    description: {
      nl: 'Elke geladen waarneming zoals laatst gepubliceerd, met tabel, sleutel, status en publicatieversie.',
      en: 'Every loaded observation as last published, with table, key, status and publication version.',
    },
    columns: OBSERVATION_EXPORT_COLUMNS,
    primaryKey: ['table', 'key', 'dimensions', 'region', 'period'],
  },
};

// One source per CBS or file table; the municipal uploads one per stored file that counts (not withdrawn), as
// each file is real or voorbeelddata.
const SOURCES_SQL = `
  SELECT st.provider, st.table_id AS "tableId", st.title, st.evidence, null AS "fileName", false AS demo
  FROM source_table st WHERE st.provider <> 'municipal-file'
  UNION ALL
  SELECT 'municipal-file', f.kind, f.kind, 'municipal', f.name, f.demo FROM uploaded_file f WHERE f.withdrawn_at IS NULL
  ORDER BY 1, 2, 5`;

const EVIDENCE_TITLES: Readonly<Record<string, string>> = {
  cbs: 'CBS StatLine',
  'cbs-export': 'CBS StatLine-export',
  'third-party': 'Afgeleid van CBS door derden',
  transcribed: 'Overgenomen uit een CBS-publicatie',
};

interface SourceRow {
  readonly provider: string;
  readonly tableId: string;
  readonly title: string;
  readonly evidence: string;
  readonly fileName: string | null;
  readonly demo: boolean;
}

/** Every file of a download; the Dutch Excel CSV has its own path (`indicators-nl.csv`). */
function distributions(id: DownloadId): Distribution[] {
  return TABULAR_FORMATS.flatMap((format): Distribution[] =>
    format === 'csv'
      ? [
          { format, dialect: 'international', path: `${id}.csv` },
          { format, dialect: 'nl', path: `${id}-nl.csv` },
        ]
      : [{ format, dialect: null, path: `${id}.${format}` }],
  );
}

const DOWNLOADS_PATH = `/${API_PREFIX}/downloads`;

/** The data version as semantic-version build metadata: hexadecimal, which build metadata allows. */
function packageVersion(dataVersion: string): string {
  return `${API_VERSION}+data.${Buffer.from(dataVersion, 'base64url').toString('hex')}`;
}

/** One source per table: a table both loaded from CBS's API and from a StatLine export is listed once. */
function uniqueSources(sources: readonly DataPackageSource[]): DataPackageSource[] {
  const byKey = new Map<string, DataPackageSource>();
  for (const source of sources) {
    const key = source.path ?? source.title;
    const known = byKey.get(key);
    const evidence =
      known && !known.evidence.split(' ').includes(source.evidence)
        ? `${known.evidence} ${source.evidence}`
        : (known?.evidence ?? source.evidence);
    byKey.set(key, { ...(known ?? source), evidence });
  }
  return [...byKey.values()];
}

/** The bulk downloads, their Frictionless Data Package, and their streamed contents. */
@Injectable()
export class DownloadsService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly regions: RegionDirectoryService,
    private readonly reader: ObservationReaderService,
    private readonly results: IndicatorResultsService,
    private readonly observations: ObservationsService,
  ) {}

  list(lang: ApiLanguage): DownloadListResponse {
    const data = (Object.keys(DOWNLOADS) as DownloadId[]).map((id): DownloadView => {
      const spec = DOWNLOADS[id];
      return {
        id,
        title: spec.title[lang],
        description: spec.description[lang],
        distributions: distributions(id).map((d) => ({
          format: d.format,
          dialect: d.dialect,
          mediaType: MEDIA_TYPES[d.format],
          url: `${DOWNLOADS_PATH}/${d.path}`,
        })),
        fields: spec.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
      };
    });
    return { datapackage: `${DOWNLOADS_PATH}/datapackage.json`, data };
  }

  /** A Frictionless Data Package (v1) describing every download (the international files) with its schema and sources. */
  async datapackage(lang: ApiLanguage, dataVersion: string): Promise<DataPackage> {
    const resources = (Object.keys(DOWNLOADS) as DownloadId[]).flatMap((id) =>
      distributions(id)
        .filter((d) => d.dialect !== 'nl')
        .map((d) => packageResource(id, DOWNLOADS[id].title[lang], d, DOWNLOADS[id].columns, DOWNLOADS[id].primaryKey)),
    );
    const municipality = await this.regions.ref(this.regions.municipality);
    const name = municipality.name ?? municipality.code;
    return {
      profile: 'data-package',
      // Frictionless names are lower-case letters, digits and `-._`: "koers-assen".
      name: `koers-${name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
      title:
        lang === 'nl' ? `Koers: indicatoren van de omgevingsvisie van ${name}` : `Koers: indicators of the environmental vision of ${name}`,
      version: packageVersion(dataVersion),
      licenses: [{ name: DATA_LICENCE.id, title: DATA_LICENCE.title[lang], path: DATA_LICENCE.url }],
      sources: uniqueSources(await this.sources()),
      resources,
    };
  }

  /** The table behind `<id>.<format>`, or 404. */
  source(id: string): TabularSource {
    if (id === 'indicators') return { columns: INDICATOR_EXPORT_COLUMNS, batches: (options) => this.indicatorRows(options) };
    if (id === 'observations') {
      return this.observations.source({
        measureIds: null,
        regions: null,
        from: undefined,
        to: undefined,
        asOf: undefined,
        after: null,
        limit: undefined,
      });
    }
    throw DownloadsException.notFound(id);
  }

  private async *indicatorRows(options?: BatchOptions): AsyncGenerator<ColumnBatch> {
    yield* indicatorBatches([...(await this.regions.all()).values()], this.reader, this.results, options);
  }

  private async sources(): Promise<DataPackageSource[]> {
    const { rows } = await this.pool.query<SourceRow>(SOURCES_SQL);
    const municipality = (await this.regions.ref(this.regions.municipality)).name ?? this.regions.municipality;
    return rows.map((row): DataPackageSource => {
      const flags = { evidence: row.evidence, demo: row.demo };
      if (row.provider === 'municipal-file') {
        const label = row.demo ? ' (voorbeelddata, geen echte cijfers)' : '';
        return { title: `Gemeente ${municipality}, upload ${row.tableId}: ${row.fileName}${label}`, ...flags };
      }
      const title = `${EVIDENCE_TITLES[row.evidence] ?? row.evidence} ${row.tableId}: ${row.title}`;
      return isCbsTable(row.tableId) ? { title, path: statlineUrl(row.tableId), ...flags } : { title, ...flags };
    });
  }
}
