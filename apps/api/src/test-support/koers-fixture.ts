/**
 * Real published CBS figures for the e2e tests, copied from the bundled snapshot (tests do not read /work/shared).
 * Values are as published; nothing was rounded or recomputed.
 */

export interface FixtureRegion {
  readonly code: string;
  readonly name: string;
  readonly level: 'land' | 'provincie' | 'gemeente' | 'wijk';
  readonly parent: string | null;
  readonly boundaryYear: number | null;
}

export interface FixtureTable {
  readonly provider: 'cbs-v3' | 'cbs-v4';
  readonly tableId: string;
  readonly title: string;
  /** The table's Modified date: publication version and published_at of its observations. */
  readonly modified: string;
  readonly frequency: string;
}

export interface FixtureMeasure {
  readonly tableId: string;
  readonly key: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly name: string;
  readonly title: string;
}

/** [table, key, region, period, value]; null = missing with reason 'null' (a plain null in the feed). */
export type FixtureValue = readonly [string, string, string, string, number | null];

// Wijk names: shared/data/cbs/84799NED/WijkenEnBuurten_GM0106_peers.json (Title).
const ASSEN_WIJKEN: readonly [string, string][] = [
  ['WK010600', 'Wijk 00 Assen centrum'],
  ['WK010601', 'Wijk 01 Lariks'],
  ['WK010602', 'Wijk 02 Noorderpark'],
  ['WK010603', 'Wijk 03 Assen Oost'],
  ['WK010604', 'Wijk 04 Pittelo'],
  ['WK010605', 'Wijk 05 Assen West'],
  ['WK010606', 'Wijk 06 Peelo'],
  ['WK010607', 'Wijk 07 Marsdijk'],
  ['WK010608', 'Wijk 08 Kloosterveen'],
  ['WK010699', 'Wijk 99 Buitengebied'],
];

export const REGIONS: readonly FixtureRegion[] = [
  { code: 'NL01', name: 'Nederland', level: 'land', parent: null, boundaryYear: null },
  { code: 'PV22', name: 'Drenthe (PV)', level: 'provincie', parent: 'NL01', boundaryYear: null },
  { code: 'GM0106', name: 'Assen', level: 'gemeente', parent: 'PV22', boundaryYear: 2020 },
  { code: 'GM0114', name: 'Emmen', level: 'gemeente', parent: 'PV22', boundaryYear: 2020 },
  { code: 'GM0118', name: 'Hoogeveen', level: 'gemeente', parent: 'PV22', boundaryYear: 2020 },
  { code: 'GM0119', name: 'Meppel', level: 'gemeente', parent: 'PV22', boundaryYear: 2020 },
  { code: 'GM0014', name: 'Groningen (gemeente)', level: 'gemeente', parent: null, boundaryYear: 2020 },
  ...ASSEN_WIJKEN.map(([code, name]): FixtureRegion => ({ code, name, level: 'wijk', parent: 'GM0106', boundaryYear: 2020 })),
];

export const TABLES: readonly FixtureTable[] = [
  // shared/data/cbs-v4/03759ned/properties.json: Modified, Frequency.
  {
    provider: 'cbs-v4',
    tableId: '03759ned',
    title: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
    modified: '2026-06-23T00:00:00+02:00',
    frequency: 'Per jaar',
  },
  // shared/data/cbs/84799NED/Metadata.json: Modified 2021-03-26T02:00:00 (Dutch time, CET), Frequency.
  {
    provider: 'cbs-v3',
    tableId: '84799NED',
    title: 'Kerncijfers wijken en buurten 2020',
    modified: '2021-03-26T02:00:00+01:00',
    frequency: 'Onregelmatig',
  },
  // shared/data/cbs/85984NED/TableInfos.json: Modified 2025-03-27T02:00:00, Frequency.
  {
    provider: 'cbs-v3',
    tableId: '85984NED',
    title: 'Kerncijfers wijken en buurten 2024',
    modified: '2025-03-27T02:00:00+01:00',
    frequency: 'Onregelmatig',
  },
];

const BEVOLKING_TOTALS = { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: '10000' };

export const MEASURES: readonly FixtureMeasure[] = [
  { tableId: '03759ned', key: 'M000352', dimensions: BEVOLKING_TOTALS, name: 'population_total', title: 'Bevolking op 1 januari' },
  { tableId: '84799NED', key: 'AantalInwoners_5', dimensions: {}, name: 'population_total', title: 'Aantal inwoners' },
  { tableId: '84799NED', key: 'HuishoudensTotaal_28', dimensions: {}, name: 'households_total', title: 'Huishoudens totaal' },
  {
    tableId: '84799NED',
    key: 'Eenpersoonshuishoudens_29',
    dimensions: {},
    name: 'households_single_person',
    title: 'Eenpersoonshuishoudens',
  },
  { tableId: '84799NED', key: 'Woningvoorraad_34', dimensions: {}, name: 'dwellings_stock', title: 'Woningvoorraad' },
  {
    tableId: '84799NED',
    key: 'PersonenPerSoortUitkeringBijstand_83',
    dimensions: {},
    name: 'social_assistance_recipients',
    title: 'Bijstand',
  },
  { tableId: '85984NED', key: 'AantalInwoners_5', dimensions: {}, name: 'population_total', title: 'Aantal inwoners' },
  { tableId: '85984NED', key: 'Woningvoorraad_35', dimensions: {}, name: 'dwellings_stock', title: 'Woningvoorraad' },
];

// shared/data/cbs-v4/03759ned/observations-page-1.json, Measure M000352 "Bevolking op 1 januari", 2019–2026.
const POPULATION_03759: Readonly<Record<string, readonly number[]>> = {
  NL01: [17282163, 17407585, 17475415, 17590672, 17811291, 17942942, 18044027, 18130208],
  PV22: [492167, 493682, 494771, 497743, 502051, 504129, 506529, 508109],
  GM0106: [67963, 68599, 68836, 68979, 69414, 69701, 70392, 70769],
  GM0114: [107113, 107048, 107024, 107856, 108765, 109346, 109678, 109881],
  GM0118: [55662, 55699, 55603, 55857, 56433, 56591, 56906, 56781],
  GM0119: [33564, 33920, 34386, 34761, 35464, 35810, 36271, 36616],
  GM0014: [231299, 232874, 233273, 234950, 238147, 243768, 244441, 244427],
};

// shared/data/cbs/84799NED/TypedDataSet_GM0106_peers.csv (2020): AantalInwoners_5, HuishoudensTotaal_28,
// Eenpersoonshuishoudens_29, PersonenPerSoortUitkeringBijstand_83. Woningvoorraad_34 is empty (null) in this version.
const KWB_2020: readonly (readonly [string, number, number, number, number])[] = [
  ['GM0106', 68599, 31371, 12100, 2100],
  ['WK010600', 6590, 3930, 2320, 270],
  ['WK010601', 5480, 3020, 1655, 360],
  ['WK010602', 8210, 4345, 2085, 400],
  ['WK010603', 9010, 4330, 1940, 370],
  ['WK010604', 3645, 1590, 515, 170],
  ['WK010605', 4480, 1845, 610, 110],
  ['WK010606', 6545, 2950, 1015, 170],
  ['WK010607', 12060, 4935, 1175, 170],
  ['WK010608', 11415, 3945, 655, 80],
  ['WK010699', 1145, 465, 120, 10],
  ['GM0114', 107048, 48631, 16900, 3600],
  ['GM0014', 232874, 136383, 80637, 10840],
  ['GM0118', 55699, 24351, 8409, 1340],
  ['GM0119', 33920, 15424, 5657, 760],
];

// shared/data/cbs/85984NED/stripped_filtered_data_2024_GM0106_peers.json (2024): AantalInwoners_5, Woningvoorraad_35.
const KWB_2024: readonly (readonly [string, number, number])[] = [
  ['GM0106', 69701, 33215],
  ['WK010600', 7165, 4361],
  ['WK010601', 5385, 3261],
  ['WK010602', 8275, 4494],
  ['WK010603', 9300, 5016],
  ['WK010604', 3625, 1581],
  ['WK010605', 4915, 1857],
  ['WK010606', 6415, 2950],
  ['WK010607', 11930, 4991],
  ['WK010608', 11470, 4228],
  ['WK010699', 1220, 476],
  ['GM0114', 109346, 50563],
  ['GM0014', 243768, 124258],
  ['GM0118', 56591, 25791],
  ['GM0119', 35810, 16612],
];

export const VALUES: readonly FixtureValue[] = [
  ...Object.entries(POPULATION_03759).flatMap(([region, values]) =>
    values.map((value, i): FixtureValue => ['03759ned', 'M000352', region, `${2019 + i}JJ00`, value]),
  ),
  ...KWB_2020.flatMap(([region, population, households, single, assistance]): FixtureValue[] => [
    ['84799NED', 'AantalInwoners_5', region, '2020JJ00', population],
    ['84799NED', 'HuishoudensTotaal_28', region, '2020JJ00', households],
    ['84799NED', 'Eenpersoonshuishoudens_29', region, '2020JJ00', single],
    ['84799NED', 'PersonenPerSoortUitkeringBijstand_83', region, '2020JJ00', assistance],
  ]),
  ['84799NED', 'Woningvoorraad_34', 'GM0106', '2020JJ00', null],
  ...KWB_2024.flatMap(([region, population, dwellings]): FixtureValue[] => [
    ['85984NED', 'AantalInwoners_5', region, '2024JJ00', population],
    ['85984NED', 'Woningvoorraad_35', region, '2024JJ00', dwellings],
  ]),
];

/**
 * An earlier publication of one figure, for `asOf`: Assen on 1 January 2026 (70,769, the value above) as a
 * provisional figure before the definitive release of 2026-06-23. The value is the published one; this earlier
 * publication date and status are an assumption of the test (CBS first publishes 1 January figures as provisional).
 */
export const EARLIER_VERSION = {
  tableId: '03759ned',
  key: 'M000352',
  region: 'GM0106',
  period: '2026JJ00',
  value: 70769,
  status: 'provisional',
  publishedAt: '2026-03-13T00:00:00+01:00',
} as const;
