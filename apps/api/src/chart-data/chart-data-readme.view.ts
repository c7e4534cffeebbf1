import type { ApiLanguage, ChartDataMetadata } from '@koers/api-contracts';

const TEXT = {
  nl: {
    intro: 'Deze bundel bevat de cijfers van één grafiek van Koers, de indicatorenmonitor van de omgevingsvisie.',
    files: 'Bestanden',
    view: 'Wat de grafiek laat zien',
    region: 'Gebied',
    compared: 'Vergeleken met',
    none: 'geen',
    years: 'Jaren',
    allYears: 'alle jaren met cijfers',
    asOf: (date: string) => `Cijfers zoals gepubliceerd op ${date}.`,
    definition: 'Definitie',
    unit: 'Eenheid',
    status: 'Status',
    method: 'Methode',
    sources: 'Bronnen',
    published: 'gepubliceerd',
    loaded: 'geladen',
    demo: 'voorbeelddata, geen echte cijfers',
    columns: 'Kolommen van het CSV-bestand',
    notes: 'Goed om te weten',
    noteRounding:
      'De waarden zijn afgerond op het aantal decimalen van de indicator, zoals de grafiek ze toont. Een lege waarde ontbreekt; ontbreken is nooit 0.',
    noteIndex:
      'Vergelijkt de grafiek aantallen van gebieden van verschillende grootte, dan toont zij een index (het eerste jaar met cijfers = 100). Het bestand bevat de cijfers zelf; de index is daaruit te berekenen.',
    noteDemo: 'Rijen met demo = true zijn voorbeelddata: illustratieve cijfers, geen echte gegevens. Ze tellen nooit mee in een oordeel.',
    noteStatus: 'De status is beoordeeld op alle jaren van het gebied, ook als de grafiek minder jaren toont.',
    licence: 'Licentie en naamsvermelding',
    made: (at: string, version: string) => `Gemaakt op ${at} uit dataversie ${version}.`,
  },
  en: {
    intro: 'This bundle holds the figures of one chart of Koers, the indicator monitor of the environmental vision.',
    files: 'Files',
    view: 'What the chart shows',
    region: 'Area',
    compared: 'Compared with',
    none: 'none',
    years: 'Years',
    allYears: 'every year with figures',
    asOf: (date: string) => `Figures as published on ${date}.`,
    definition: 'Definition',
    unit: 'Unit',
    status: 'Status',
    method: 'Method',
    sources: 'Sources',
    published: 'published',
    loaded: 'loaded',
    demo: 'example data (voorbeelddata), not real figures',
    columns: 'Columns of the CSV file',
    notes: 'Good to know',
    noteRounding: "Values are rounded to the indicator's decimals, as the chart shows them. An empty value is missing; missing is never 0.",
    noteIndex:
      'When the chart compares counts of areas of different size, it shows an index (the first year with figures = 100). The file holds the figures themselves; the index can be computed from them.',
    noteDemo:
      'Rows with demo = true are example data (voorbeelddata): illustrative figures, not real data. They never count in a judgement.',
    noteStatus: 'The status is judged on every year of the area, also when the chart shows fewer years.',
    licence: 'Licence and attribution',
    made: (at: string, version: string) => `Made on ${at} from data version ${version}.`,
  },
} as const;

function years(metadata: ChartDataMetadata, lang: ApiLanguage): string {
  const { from, to } = metadata.view;
  if (from === null && to === null) return TEXT[lang].allYears;
  return `${from ?? '…'}–${to ?? '…'}`;
}

/** README.md of the chart bundle: what the files are, what the chart shows, the status, method, sources and licence. */
export function chartDataReadme(metadata: ChartDataMetadata, lang: ApiLanguage, hasDemo: boolean): string {
  const t = TEXT[lang];
  const { indicator, view, status, method } = metadata;
  const region = (r: { code: string; name: string | null }) => `${r.name ?? r.code} (${r.code})`;
  const lines = [
    `# ${metadata.title}`,
    '',
    t.intro,
    '',
    `## ${t.files}`,
    '',
    ...metadata.files.map((f) => `- \`${f.name}\`: ${f.description}`),
    '',
    `## ${t.view}`,
    '',
    `- ${t.region}: ${region(view.region)}`,
    `- ${t.compared}: ${view.compared.length > 0 ? view.compared.map(region).join(', ') : t.none}`,
    `- ${t.years}: ${years(metadata, lang)}`,
    ...(view.asOf ? [`- ${t.asOf(view.asOf)}`] : []),
    '',
    `## ${indicator.title}`,
    '',
    `- ${t.definition}: ${indicator.definition}`,
    `- ${t.unit}: ${indicator.unit} (${indicator.decimals} decimals)`,
    `- ${t.status}: ${status.label}. ${status.explanation}`,
    `- ${t.method}: ${method.description}`,
    '',
    `## ${t.sources}`,
    '',
    `${indicator.source}.`,
    '',
    ...metadata.sources.map(
      (s) =>
        `- ${s.provider}:${s.tableId}${s.file ? ` (${s.file})` : ''}, ${t.published} ${s.publishedAt.slice(0, 10)}, ${t.loaded} ${s.loadedAt.slice(0, 10)}${s.demo ? ` — ${t.demo}` : ''}${s.url ? ` — <${s.url}>` : ''}`,
    ),
    '',
    `## ${t.columns}`,
    '',
    ...metadata.columns.map((c) => `- \`${c.name}\` (${c.type}): ${c.description}`),
    '',
    `## ${t.notes}`,
    '',
    `- ${t.noteRounding}`,
    `- ${t.noteStatus}`,
    `- ${t.noteIndex}`,
    ...(hasDemo ? [`- ${t.noteDemo}`] : []),
    '',
    `## ${t.licence}`,
    '',
    `${metadata.licence.title} (${metadata.licence.id}): <${metadata.licence.url}>`,
    '',
    metadata.attribution,
    '',
    t.made(metadata.generatedAt, metadata.dataVersion),
    '',
  ];
  return lines.join('\n');
}
