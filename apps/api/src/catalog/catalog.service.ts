import { Inject, Injectable } from '@nestjs/common';
import type { DownloadView } from '@koers/api-contracts';
import type { KoersConfig } from '@koers/config';
import type { LocalizedText } from '@koers/indicators';
import { KOERS_CONFIG } from '@koers/config/nest';
import { Pool } from 'pg';
import { API_PREFIX } from '../api-prefix';
import { PG_POOL } from '@koers/db/nest';
import { DownloadsService } from '../downloads/downloads.service';
import { isCbsTable, statlineUrl } from '../indicator-data/coverage.view';
import { MunicipalityService } from '../municipality/municipality.service';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { releaseIntervalDays } from '../sources/freshness';
import { MEDIA_TYPES, type TabularFormat } from '../tabular/tabular.types';
import { type CatalogDataset, type CatalogInput, catalogGraph } from './catalog-graph';
import { frequencyIri } from './dcat-vocabularies';
import type { RdfNode } from './rdf-graph';

/**
 * Every table with figures: its period, when its figures last changed, its frequency. A table loaded both from
 * CBS's API and as a StatLine export is one table. Uploaded municipal files count only when one of them is real
 * (not voorbeelddata) and not withdrawn.
 */
const TABLES_SQL = `
  SELECT upper(st.table_id) AS "tableId", min(st.table_id) AS "queryId", min(st.title) AS title, min(st.frequency) AS frequency,
         bool_and(st.provider = 'municipal-file') AS municipal,
         to_char(min(o.period_start), 'YYYY-MM-DD') AS start, to_char(max(o.period_end), 'YYYY-MM-DD') AS "end",
         max(o.loaded_at) AS modified
  FROM source_table st JOIN measure m ON m.source_table_id = st.id JOIN observation o ON o.measure_id = m.id
  WHERE st.provider <> 'municipal-file'
     OR EXISTS (SELECT 1 FROM uploaded_file f WHERE f.kind = st.table_id AND NOT f.demo AND f.withdrawn_at IS NULL)
  GROUP BY upper(st.table_id) ORDER BY 1`;

interface TableRow {
  readonly tableId: string;
  readonly queryId: string;
  readonly title: string | null;
  readonly frequency: string | null;
  readonly municipal: boolean;
  readonly start: string | null;
  readonly end: string | null;
  readonly modified: Date | null;
}

const TABLE_FORMATS: readonly TabularFormat[] = ['csv', 'arrow', 'parquet'];

/** The DCAT-AP-NL 3.0 catalogue: a dataset per download and per table Koers loaded, each file a distribution. */
@Injectable()
export class CatalogService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly downloads: DownloadsService,
    private readonly regions: RegionDirectoryService,
    private readonly municipality: MunicipalityService,
  ) {}

  async graph(): Promise<RdfNode[]> {
    const { publication } = this.config;
    const api = `${publication.publicUrl}/${API_PREFIX}`;
    const municipality = await this.regions.ref(this.regions.municipality);
    const name = municipality.name ?? municipality.code;
    const { publisher, contact } = await this.municipality.publication();
    const { rows } = await this.pool.query<TableRow>(TABLES_SQL);
    const input: CatalogInput = {
      iri: `${api}/catalog`,
      homepage: publication.publicUrl,
      title: { nl: `Koers: open data van de omgevingsvisie van ${name}`, en: `Koers: open data of the environmental vision of ${name}` },
      description: {
        nl: `De indicatoren waarmee ${name} volgt of de ambities van de omgevingsvisie op koers zijn, en de tabellen waaruit ze worden berekend.`,
        en: `The indicators with which ${name} follows whether the ambitions of its environmental vision are on course, and the tables they are computed from.`,
      },
      publisher,
      contact,
      spatial: { uri: `${api}/regions/${municipality.code}`, code: municipality.code, name },
      datasets: [...this.downloadDatasets(name, rows), ...rows.map((row) => this.tableDataset(api, name, row))],
    };
    return catalogGraph(input);
  }

  private downloadDatasets(name: string, tables: readonly TableRow[]): CatalogDataset[] {
    const [nl, en] = [this.downloads.list('nl').data, this.downloads.list('en').data];
    const start = tables
      .map((t) => t.start)
      .filter((d): d is string => d !== null)
      .sort()[0];
    const end = tables
      .map((t) => t.end)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1);
    const modified = tables.map((t) => t.modified?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
    return nl.map((download, index) => ({
      key: `download-${download.id}`,
      title: { nl: download.title, en: en[index]!.title },
      description: { nl: download.description, en: en[index]!.description },
      keywords: {
        nl: `${name}, omgevingsvisie, indicatoren, regionale statistiek`,
        en: `${name}, environmental vision, indicators, regional statistics`,
      },
      temporal: start && end ? { start, end } : null,
      frequency: frequencyIri(null, true),
      modified: modified > 0 ? new Date(modified).toISOString() : null,
      creator: 'publisher',
      derivedFrom: tables.map((table) => ({ key: `table-${table.tableId}` })),
      files: download.distributions.map((file) => ({
        title: fileTitle(file),
        url: `${this.config.publication.publicUrl}${file.url}`,
        mediaType: file.mediaType,
      })),
    }));
  }

  private tableDataset(api: string, name: string, row: TableRow): CatalogDataset {
    const title = row.title ?? row.tableId;
    const cbs = isCbsTable(row.queryId);
    return {
      key: `table-${row.tableId}`,
      title: { nl: `${title} (${row.tableId})`, en: `${row.municipal ? 'Municipal file' : 'CBS table'} ${row.tableId}: ${title}` },
      description: {
        nl: `De cijfers van ${row.municipal ? 'het gemeentelijke bestand' : 'tabel'} ${row.tableId} zoals Koers ze laadde, voor ${name}, de wijken en buurten en de vergelijkingsgemeenten.`,
        en: `The figures of ${row.municipal ? 'the municipal file' : 'table'} ${row.tableId} as Koers loaded them, for ${name}, its districts and neighbourhoods and its peer municipalities.`,
      },
      keywords: {
        nl: `${row.municipal ? name : 'CBS, StatLine'}, ${row.tableId}`,
        en: `${row.municipal ? name : 'Statistics Netherlands, StatLine'}, ${row.tableId}`,
      },
      temporal: row.start && row.end ? { start: row.start, end: row.end } : null,
      frequency: frequencyIri(releaseIntervalDays(row.frequency), /onregelmatig|irregular/i.test(row.frequency ?? '')),
      modified: row.modified?.toISOString() ?? null,
      creator: row.municipal ? 'publisher' : 'cbs',
      derivedFrom: cbs ? [{ url: statlineUrl(row.queryId) }] : [],
      files: TABLE_FORMATS.map((format) => ({
        title: {
          nl: `Waarnemingen van ${row.tableId} als ${format.toUpperCase()}`,
          en: `Observations of ${row.tableId} as ${format.toUpperCase()}`,
        },
        url: `${api}/observations?table=${encodeURIComponent(row.queryId)}&format=${format}`,
        mediaType: MEDIA_TYPES[format],
      })),
    };
  }
}

/** A file of a download in words: "CSV (Excel, Nederlands)". */
function fileTitle(file: DownloadView['distributions'][number]): LocalizedText {
  const format = file.format.toUpperCase();
  return file.dialect === 'nl'
    ? { nl: `${format} voor Excel (Nederlandse notatie)`, en: `${format} for Excel (Dutch notation)` }
    : { nl: format, en: format };
}
