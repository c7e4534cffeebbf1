import type { ENVIRONMENT_MEASURE_NAMES } from '../types/measure-name.types';
import type { FileTableRef, TableRef } from '../types/measure.types';
import { geoinzichtRef, kwbRefs } from './kwb-tables.data';
import { withNames } from './measure-spec.helper';

type EnvironmentMeasureName = (typeof ENVIRONMENT_MEASURE_NAMES)[number];

/** The 70262ned TypedDataSet as a third party saved it (2015, some columns), `data/snapshot/files/70262ned`. */
const LAND_USE_2015: FileTableRef = { api: 'file', tableId: '70262ned', years: [2015], evidence: 'third-party' };

/** 70262ned Bodemgebruik per gemeente, in ha; keys seen in several public projects (the bundled file has a few). */
function landUse(key: string, inBundledFile = false): { kind: 'cbs'; tables: TableRef[] } {
  const odata: TableRef = { tableId: '70262ned', api: 'v3', key, evidence: 'third-party' };
  return { kind: 'cbs', tables: inBundledFile ? [odata, LAND_USE_2015] : [odata] };
}

/**
 * Land use shares of the total area per CBS Bodemgebruik, as geoinzicht published them for its peiljaren 2012 and
 * 2017 (`bbg_*`; the field names are the third party's).
 */
const LAND_USE_SHARES = geoinzichtRef([2012, 2017], 'Period = bbg_peiljaar: the rows of 2018–2024 repeat the 2017 land use.');

/** Energy use of homes, renewable energy, cars and land use. */
export const ENVIRONMENT_MEASURES = withNames<EnvironmentMeasureName>({
  gas_use_avg_dwelling_m3: {
    title: { nl: 'Gemiddeld aardgasverbruik per woning', en: 'Average natural gas use per home' },
    unit: 'm3',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({
          y2017: 'M000219_2',
          y2020: 'GemiddeldAardgasverbruikTotaal_55',
          y2024: 'GemiddeldAardgasverbruikTotaal_61',
        }),
        geoinzichtRef([2012, 2017, 2018, 2019, 2022]),
      ],
    },
    plausible: { maxYearlyChange: 0.25 },
  },
  electricity_use_avg_dwelling_kwh: {
    title: { nl: 'Gemiddelde elektriciteitslevering per woning', en: 'Average electricity supplied per home' },
    unit: 'kwh',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({
          y2017: 'M000221_2',
          y2020: 'GemiddeldElektriciteitsverbruikTotaal_47',
          y2024: 'GemiddeldeElektriciteitsleveringTotaal_53',
        }),
        geoinzichtRef([2012, 2017, 2018, 2019, 2022]),
      ],
    },
    plausible: { maxYearlyChange: 0.25 },
  },
  dwellings_gas_free_pct: {
    title: { nl: 'Aardgasvrije woningen', en: 'Homes without a natural gas connection' },
    unit: 'percent',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        {
          tableId: '84583NED',
          api: 'v3',
          key: 'AardgasvrijeWoningen_57',
          evidence: 'reference-notes',
          note: 'Not in the verified 85984NED DataProperties: the newest KWB tables carry it elsewhere, if at all.',
        },
      ],
    },
  },
  dwellings_solar_pct: {
    title: { nl: 'Woningen met zonnestroom', en: 'Homes with solar power' },
    unit: 'percent',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        { tableId: '84583NED', api: 'v3', key: 'WoningenMetZonnestroom_59', evidence: 'reference-notes' },
        {
          tableId: '85984NED',
          api: 'v4',
          key: 'M008297',
          evidence: 'reference-notes',
          note: 'v4 code from the research notes; absent from the verified v3 DataProperties of 85984NED.',
        },
      ],
    },
  },
  renewable_energy_pct: {
    title: { nl: 'Aandeel hernieuwbare energie', en: 'Share of renewable energy' },
    unit: 'percent',
    decimals: 1,
    source: {
      kind: 'municipal-upload',
      uploadKind: 'climate',
      field: 'waarde',
      filter: { indicator_code: 'hernieuwbare_energie_pct' },
      producer: 'Klimaatmonitor (Rijkswaterstaat)',
    },
  },
  cars_total: {
    title: { nl: "Personenauto's", en: 'Passenger cars' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: 'A018943_2', y2020: 'PersonenautoSTotaal_99', y2024: 'PersonenautoSTotaal_111' }),
        geoinzichtRef([2012, 2017, 2018, 2019, 2022, 2023, 2024]),
      ],
    },
    plausible: { maxYearlyChange: 0.1 },
  },
  land_area_total_ha: {
    title: { nl: 'Totale oppervlakte (bodemgebruik)', en: 'Total area (land use)' },
    unit: 'ha',
    decimals: 0,
    source: landUse('TotaleOppervlakte_1', true),
  },
  land_use_built_ha: {
    title: { nl: 'Bebouwd terrein', en: 'Built-up land' },
    unit: 'ha',
    decimals: 0,
    source: landUse('TotaalBebouwdTerrein_6'),
  },
  land_use_traffic_ha: {
    title: { nl: 'Verkeersterrein', en: 'Land used for traffic' },
    unit: 'ha',
    decimals: 0,
    source: landUse('TotaalVerkeersterrein_2'),
  },
  land_use_recreation_ha: {
    title: { nl: 'Recreatieterrein (incl. parken)', en: 'Recreational land (incl. parks)' },
    unit: 'ha',
    decimals: 0,
    source: landUse('TotaalRecreatieterrein_19'),
  },
  land_use_forest_nature_ha: {
    title: { nl: 'Bos en open natuurlijk terrein', en: 'Forest and open natural land' },
    unit: 'ha',
    decimals: 0,
    source: landUse('TotaalBosEnOpenNatuurlijkTerrein_28'),
  },
  land_use_built_pct: {
    title: { nl: 'Bebouwd terrein (aandeel)', en: 'Built-up land (share)' },
    unit: 'percent',
    decimals: 2,
    source: { kind: 'cbs', tables: [LAND_USE_SHARES] },
  },
  land_use_forest_nature_pct: {
    title: { nl: 'Bos en open natuurlijk terrein (aandeel)', en: 'Forest and open natural land (share)' },
    unit: 'percent',
    decimals: 2,
    source: { kind: 'cbs', tables: [LAND_USE_SHARES] },
  },
  land_use_recreation_pct: {
    title: { nl: 'Recreatieterrein (aandeel)', en: 'Recreational land (share)' },
    unit: 'percent',
    decimals: 2,
    source: { kind: 'cbs', tables: [LAND_USE_SHARES] },
  },
});
