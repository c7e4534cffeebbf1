import type {
  ApiLanguage,
  ChartDataMetadata,
  ChartDataSource,
  ComparisonSeries,
  IndicatorDetailResponse,
  LineageEntry,
} from '@koers/api-contracts';
import { DATA_LICENCE, PROGRESS_METHOD_TEXT, yearRangeText } from '@koers/indicators';
import { cbsTableUrl } from '../indicator-data/coverage.view';
import { CHART_DATA_EXPORT_COLUMNS } from './chart-data-rows.view';

/** What the metadata says besides the indicator: the view asked for, and when and from what it was made. */
export interface ChartDataContext {
  readonly lang: ApiLanguage;
  readonly from: number | null;
  readonly to: number | null;
  readonly asOf: string | null;
  /** The name of the municipality that publishes Koers, for the attribution. */
  readonly publisher: string;
  /** The file names of the bundle, without extension. */
  readonly baseName: string;
  readonly generatedAt: string;
  readonly dataVersion: string;
}

const FILES = {
  nl: {
    csv: 'De cijfers van de grafiek (CSV, UTF-8, komma als scheidingsteken, punt als decimaalteken).',
    json: 'Wat de cijfers zijn: definitie, eenheid, bronnen, methode en status.',
    md: 'Uitleg bij deze bestanden.',
  },
  en: {
    csv: 'The figures of the chart (CSV, UTF-8, comma-separated, decimal point).',
    json: 'What the figures are: definition, unit, sources, method and status.',
    md: 'About these files.',
  },
} as const;

/** The names of the files in the chart bundle. */
export function bundleFileNames(baseName: string): { readonly csv: string; readonly metadata: string; readonly readme: string } {
  return { csv: `${baseName}.csv`, metadata: 'metadata.json', readme: 'README.md' };
}

/** Every table (or file) the region's figures came from, once, with its newest publication and load. */
function sourcesOf(lineage: readonly LineageEntry[]): ChartDataSource[] {
  const byTable = new Map<string, ChartDataSource>();
  for (const entry of lineage) {
    const file = entry.uploadedFile?.name ?? entry.sourceFile?.name ?? null;
    const key = `${entry.provider}|${entry.tableId}|${file ?? ''}`;
    const known = byTable.get(key);
    byTable.set(key, {
      provider: entry.provider,
      tableId: entry.tableId,
      file,
      evidence: entry.evidence,
      demo: entry.demo,
      publishedAt: known && known.publishedAt > entry.publishedAt ? known.publishedAt : entry.publishedAt,
      loadedAt: known && known.loadedAt > entry.loadedAt ? known.loadedAt : entry.loadedAt,
      url: cbsTableUrl(entry.tableId),
    });
  }
  return [...byTable.values()].sort((a, b) => `${a.provider}:${a.tableId}`.localeCompare(`${b.provider}:${b.tableId}`));
}

/** The attribution a re-user writes beside the figures. */
export function attribution(detail: IndicatorDetailResponse, publisher: string, lang: ApiLanguage): string {
  return lang === 'nl'
    ? `Bron: Koers, gemeente ${publisher}, op basis van ${detail.indicator.source}. Licentie: ${DATA_LICENCE.short}.`
    : `Source: Koers, municipality of ${publisher}, based on ${detail.indicator.source}. Licence: ${DATA_LICENCE.short}.`;
}

/** `metadata.json` of the chart bundle: the indicator, the view, method, status, sources, licence and columns. */
export function chartDataMetadata(
  detail: IndicatorDetailResponse,
  compared: readonly ComparisonSeries[],
  context: ChartDataContext,
): ChartDataMetadata {
  const { indicator, progress } = detail;
  const { lang } = context;
  const names = bundleFileNames(context.baseName);
  const regionName = detail.region.name ?? detail.region.code;
  return {
    title: [indicator.title, regionName, yearRangeText(context.from, context.to, lang)].filter((part) => part !== '').join(', '),
    indicator: {
      id: indicator.id,
      ambition: indicator.ambition,
      title: indicator.title,
      definition: indicator.definition,
      unit: indicator.unit,
      decimals: indicator.decimals,
      direction: indicator.direction,
      frequency: indicator.frequency,
      source: indicator.source,
      owner: indicator.owner,
      note: indicator.note,
    },
    view: { region: detail.region, compared: compared.map((c) => c.region), from: context.from, to: context.to, asOf: context.asOf },
    method: {
      progressMethod: indicator.progressMethod,
      description: PROGRESS_METHOD_TEXT[indicator.progressMethod][lang],
      formula: indicator.formula,
      target: detail.target,
    },
    status: {
      status: progress.status,
      label: progress.statusLabel,
      explanation: progress.explanation.text,
      basis: progress.basis,
      provisional: progress.provisional,
      stale: progress.stale,
    },
    breaks: detail.breaks,
    sources: sourcesOf(detail.lineage),
    licence: { id: DATA_LICENCE.id, title: DATA_LICENCE.title[lang], url: DATA_LICENCE.url },
    attribution: attribution(detail, context.publisher, lang),
    columns: CHART_DATA_EXPORT_COLUMNS.map((c) => ({ name: c.name, type: c.type, description: c.description })),
    files: [
      { name: names.csv, description: FILES[lang].csv },
      { name: names.metadata, description: FILES[lang].json },
      { name: names.readme, description: FILES[lang].md },
    ],
    generatedAt: context.generatedAt,
    dataVersion: context.dataVersion,
  };
}
