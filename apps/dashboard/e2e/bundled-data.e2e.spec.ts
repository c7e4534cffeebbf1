import type { AmbitionListResponse, IndicatorDetailResponse, ObservationPageResponse } from '@koers/api-contracts';
import { Koers, startKoers } from './test-support/koers-process';

// The default install as a new user gets it (`npm start`, the bundled snapshot, the voorbeelddata files), judged
// from the API alone: how many indicators show real published figures, how many verdicts rest on them, and that
// figures read by hand from the shared data come back exactly. No browser: these are the product's promises.

/** Figures read by hand from the published files (`data/snapshot/`), with the table, key, region and period. */
const REFERENCE_FIGURES: readonly {
  table: string;
  key: string;
  dimensions?: Record<string, string>;
  region: string;
  period: string;
  value: number;
}[] = [
  // 81955NED StatLine export, line "Assen,2024,33215,308,33401" and "Assen,2020,32154,369,32538".
  { table: '81955NED', key: 'Nieuwbouw', region: 'GM0106', period: '2024JJ00', value: 308 },
  { table: '81955NED', key: 'Beginstand voorraad', region: 'GM0106', period: '2020JJ00', value: 32154 },
  // RIVM 50090NED, 2020 18+ file, GM0106 row: Eenzaam_28 "    46.4"; 2016 18+ file: VoldoetAanBeweegrichtlijn_5 "    51.5".
  { table: '50090NED', key: 'Eenzaam_28', dimensions: { Leeftijd: '20300' }, region: 'GM0106', period: '2020JJ00', value: 46.4 },
  {
    table: '50090NED',
    key: 'VoldoetAanBeweegrichtlijn_5',
    dimensions: { Leeftijd: '20300' },
    region: 'GM0106',
    period: '2016JJ00',
    value: 51.5,
  },
  // 81402ned: "A-U Alle economische activiteiten";"Assen";"2008 december**";"38.81"; Q in 2010: "13.44".
  { table: '81402ned', key: 'Banen van werknemers', dimensions: { SBI: 'A-U' }, region: 'GM0106', period: '2008JJ00', value: 38.81 },
  { table: '81402ned', key: 'Banen van werknemers', dimensions: { SBI: 'Q' }, region: 'GM0106', period: '2010JJ00', value: 13.44 },
  // 81575ned, row "J Informatie en communicatie", Assen column for 2012*: 235.
  { table: '81575ned', key: 'Vestigingen', dimensions: { SBI: 'J' }, region: 'GM0106', period: '2012JJ00', value: 235 },
  // 70072ned export of 11-12-2025: Assen, "Grijze druk (%)" 38,7.
  {
    table: '70072ned',
    key: 'Bevolking/Bevolkingssamenstelling op 1 januari/Leeftijd/Demografische druk/Grijze druk (%)',
    region: 'GM0106',
    period: '2025JJ00',
    value: 38.7,
  },
  // geoinzicht (KWB values, third party): gem_aardgas 1010 in 2022, gem_elektriciteit 2660 in 2017.
  { table: 'geoinzicht-kwb-gemeenten', key: 'gem_aardgas', region: 'GM0106', period: '2022JJ00', value: 1010 },
  { table: 'geoinzicht-kwb-gemeenten', key: 'gem_elektriciteit', region: 'GM0106', period: '2017JJ00', value: 2660 },
  // 85525NED (third party): Assen 30.2 with reference_period 2024-10-01.
  { table: '85525NED', key: 'k_3HboWo_4', region: 'GM0106', period: '2024JJ00', value: 30.2 },
  // 37230ned: "Assen,Bevolking aan het einde van de periode,67204,67551,68836,70395" (2012, 2016, 2020, 2024).
  { table: '37230ned', key: 'Bevolking aan het einde van de periode', region: 'GM0106', period: '2020JJ00', value: 68836 },
  // 70262ned (third party's TypedDataSet): GM0106;2015JJ00;8345.
  { table: '70262ned', key: 'TotaleOppervlakte_1', region: 'GM0106', period: '2015JJ00', value: 8345 },
  // KWB 2024 StatLine export: Centrum (WK010600) 7165 inhabitants.
  { table: '85984NED', key: 'Bevolking/Aantal inwoners (aantal)', region: 'WK010600', period: '2024JJ00', value: 7165 },
  // 03759ned (recorded OData v4): M000365 "Gemiddelde bevolking", Assen 2019: 68281 — loaded though no indicator reads it.
  { table: '03759ned', key: 'M000365', region: 'GM0106', period: '2019JJ00', value: 68281 },
];

const NO_VERDICT = new Set(['not_available', 'no_data']);

describe('the default install with the bundled real data', () => {
  let koers: Koers;
  let ambitions: AmbitionListResponse;
  let details: Map<string, IndicatorDetailResponse>;

  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${koers.api}${path}`);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    koers = await startKoers();
    ambitions = await get<AmbitionListResponse>('/ambitions');
    const ids = ambitions.data.flatMap((a) => a.indicators.map((i) => i.id));
    details = new Map(await Promise.all(ids.map(async (id) => [id, await get<IndicatorDetailResponse>(`/indicators/${id}`)] as const)));
  }, 900_000);
  afterAll(async () => koers?.stop(), 60_000);

  /** Real published figures: a value that is not voorbeelddata and whose lineage names no uploaded file. */
  function hasRealFigures(detail: IndicatorDetailResponse): boolean {
    const uploaded = new Set(detail.lineage.filter((l) => l.provider === 'municipal-file').map((l) => l.period));
    return detail.series.some((p) => p.value !== null && !p.demo && !uploaded.has(p.period));
  }

  const hasRealVerdict = (detail: IndicatorDetailResponse) =>
    detail.progress.basis === 'real' && !NO_VERDICT.has(detail.status) && hasRealFigures(detail);

  it('should show real published figures for at least 28 of the 42 indicators and a real verdict for at least 15', () => {
    expect(details.size).toBe(42);
    const real = [...details.values()].filter(hasRealFigures);
    const verdicts = [...details.values()].filter(hasRealVerdict);
    expect(real.length).toBeGreaterThanOrEqual(28);
    expect(verdicts.length).toBeGreaterThanOrEqual(15);
  });

  it('should give every ambition real figures and klimaatneutraal at least two real verdicts', () => {
    for (const ambition of ambitions.data) {
      expect([ambition.id, ambition.indicators.some((i) => hasRealFigures(details.get(i.id)!))]).toEqual([ambition.id, true]);
    }
    const climate = ambitions.data.find((a) => a.id === 'klimaat-groen')!;
    expect(climate.indicators.filter((i) => hasRealVerdict(details.get(i.id)!)).length).toBeGreaterThanOrEqual(2);
  });

  it('should rest no ambition roll-up on voorbeelddata', () => {
    for (const ambition of ambitions.data) {
      for (const indicator of ambition.indicators) {
        const detail = details.get(indicator.id)!;
        // Whatever counts in a roll-up (a scale other than not_available) is judged on real figures only.
        if (indicator.scale !== 'not_available') expect([indicator.id, detail.progress.basis]).toEqual([indicator.id, 'real']);
        if (indicator.coverage === 'demo-only') expect([indicator.id, indicator.scale]).toEqual([indicator.id, 'not_available']);
      }
    }
    const judgedOnDemo = [...details.values()].filter((d) => d.progress.basis === 'demo-only' && !NO_VERDICT.has(d.status));
    expect(judgedOnDemo).toEqual([]);
  });

  it('should say why, in words and with the next step, wherever an indicator shows nothing', () => {
    for (const detail of details.values()) {
      if (detail.coverage.kind !== 'none') continue;
      expect([detail.indicator.id, detail.coverage.reasons.length > 0]).toEqual([detail.indicator.id, true]);
      for (const reason of detail.coverage.reasons) {
        expect(reason.text).not.toMatch(/nog geen cijfers geladen|[a-z]+_[a-z_]+/);
      }
    }
  });

  it.each(REFERENCE_FIGURES)('should give back $table $key for $region in $period exactly as published', async (figure) => {
    const page = await get<ObservationPageResponse>(
      `/observations?table=${encodeURIComponent(figure.table)}&region=${figure.region}&limit=1000`,
    );
    const found = page.data.filter(
      (o) =>
        o.key === figure.key &&
        o.period === figure.period &&
        Object.entries(figure.dimensions ?? {}).every(([k, v]) => o.dimensions[k] === v),
    );
    expect(found.map((o) => o.value)).toEqual([figure.value]);
    expect(found[0]!.demo).toBe(false);
  });
});
