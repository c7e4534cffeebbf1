import type { POPULATION_MEASURE_NAMES } from '../types/measure-name.types';
import type { FileTableRef } from '../types/measure.types';
import { geoinzichtRef, kwbRefs, singleYearAgeCodes } from './kwb-tables.data';
import { withNames } from './measure-spec.helper';

type PopulationMeasureName = (typeof POPULATION_MEASURE_NAMES)[number];

/** 03759ned dimensions at their totals (the slice of the recorded capture, index.json `sliceFilter`). */
const BEVOLKING_TOTALS = { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: '10000' } as const;

/** StatLine exports of Regionale kerncijfers (70072ned): 2020 (export of 2020), 2020–2023 (2024), 2025 (2025). */
function regionalKeyFigures(years: readonly number[]): FileTableRef {
  return { api: 'file', tableId: '70072ned', years, evidence: 'cbs-export' };
}

/** The StatLine export of KWB 2024 (85984NED) with population by sex and age group, per wijk and buurt. */
const KWB_2024_EXPORT: FileTableRef = { api: 'file', tableId: '85984NED', years: [2024], evidence: 'cbs-export' };

/** Population and households (KWB per wijk/buurt; 03759ned and 70072ned per gemeente). */
export const POPULATION_MEASURES = withNames<PopulationMeasureName>({
  population_total: {
    title: { nl: 'Inwoners op 1 januari', en: 'Inhabitants on 1 January' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        { tableId: '03759ned', api: 'v4', key: 'M000352', dimensions: BEVOLKING_TOTALS, evidence: 'verified' },
        ...kwbRefs({ y2017: 'T001036', y2020: 'AantalInwoners_5', y2024: 'AantalInwoners_5' }),
        KWB_2024_EXPORT,
        regionalKeyFigures([2020, 2021, 2022, 2023, 2025]),
        geoinzichtRef([2012, 2017, 2018, 2019, 2022, 2023, 2024]),
      ],
    },
    plausible: { maxYearlyChange: 0.1 },
  },
  population_end_of_year: {
    title: { nl: 'Inwoners aan het einde van het jaar', en: 'Inhabitants at the end of the year' },
    unit: 'count',
    decimals: 0,
    source: { kind: 'cbs', tables: [{ api: 'file', tableId: '37230ned', years: [2012, 2016, 2020, 2024], evidence: 'cbs-export' }] },
    note: {
      nl: 'CBS 37230ned: de bevolking op 31 december; gelijk aan die op 1 januari van het jaar erna.',
      en: 'CBS 37230ned: the population on 31 December; equal to that on 1 January of the next year.',
    },
  },
  population_age_0_15: {
    title: { nl: 'Inwoners 0 tot 15 jaar', en: 'Inhabitants aged 0 to 15' },
    unit: 'count',
    decimals: 0,
    source: { kind: 'cbs', tables: [...kwbRefs({ y2017: '10680', y2020: 'k_0Tot15Jaar_8', y2024: 'k_0Tot15Jaar_8' }), KWB_2024_EXPORT] },
  },
  population_age_15_25: {
    title: { nl: 'Inwoners 15 tot 25 jaar', en: 'Inhabitants aged 15 to 25' },
    unit: 'count',
    decimals: 0,
    source: { kind: 'cbs', tables: [...kwbRefs({ y2017: '53050', y2020: 'k_15Tot25Jaar_9', y2024: 'k_15Tot25Jaar_9' }), KWB_2024_EXPORT] },
  },
  population_age_25_45: {
    title: { nl: 'Inwoners 25 tot 45 jaar', en: 'Inhabitants aged 25 to 45' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: '53310', y2020: 'k_25Tot45Jaar_10', y2024: 'k_25Tot45Jaar_10' }),
        KWB_2024_EXPORT,
        regionalKeyFigures([2025]),
      ],
    },
  },
  population_age_45_65: {
    title: { nl: 'Inwoners 45 tot 65 jaar', en: 'Inhabitants aged 45 to 65' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: '53715', y2020: 'k_45Tot65Jaar_11', y2024: 'k_45Tot65Jaar_11' }),
        KWB_2024_EXPORT,
        regionalKeyFigures([2025]),
      ],
    },
  },
  population_age_65_plus: {
    title: { nl: 'Inwoners van 65 jaar of ouder', en: 'Inhabitants aged 65 or over' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [...kwbRefs({ y2017: '80200', y2020: 'k_65JaarOfOuder_12', y2024: 'k_65JaarOfOuder_12' }), KWB_2024_EXPORT],
    },
    note: {
      nl: 'KWB 2026 (86358NED) splitst in 65–80 en 80+ (k_65JaarTot80Jaar_12, k_80JaarOfOuder_13): optellen.',
      en: 'KWB 2026 (86358NED) splits this into 65–80 and 80+ (k_65JaarTot80Jaar_12, k_80JaarOfOuder_13): add them.',
    },
  },
  population_age_15_74: {
    title: { nl: 'Inwoners 15 tot 75 jaar', en: 'Inhabitants aged 15 to 74' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        {
          tableId: '03759ned',
          api: 'v4',
          key: 'M000352',
          dimensions: { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019' },
          sumOver: { dimension: 'Leeftijd', codes: singleYearAgeCodes(15, 74) },
          evidence: 'verified',
        },
      ],
    },
  },
  grey_pressure_pct: {
    title: { nl: 'Grijze druk', en: 'Grey pressure (old-age dependency)' },
    unit: 'percent',
    decimals: 1,
    source: {
      kind: 'cbs',
      tables: [
        {
          tableId: '70072ned',
          api: 'v3',
          key: 'GrijzeDruk_24',
          evidence: 'third-party',
          note: 'The key is from third-party code; the bundled StatLine export names the column "Grijze druk (%)".',
        },
        regionalKeyFigures([2025]),
      ],
    },
    note: {
      nl: 'CBS-definitie: inwoners van 65 jaar of ouder per 100 inwoners van 20 tot 65 jaar.',
      en: 'CBS definition: inhabitants aged 65 or over per 100 inhabitants aged 20 to 65.',
    },
  },
  households_total: {
    title: { nl: 'Particuliere huishoudens', en: 'Private households' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: '1050010_2', y2020: 'HuishoudensTotaal_28', y2024: 'HuishoudensTotaal_29' }),
        regionalKeyFigures([2025]),
        geoinzichtRef([2012, 2017, 2018, 2019, 2022, 2023, 2024]),
      ],
    },
    plausible: { maxYearlyChange: 0.1 },
  },
  households_single_person: {
    title: { nl: 'Eenpersoonshuishoudens', en: 'Single-person households' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: '1050015', y2020: 'Eenpersoonshuishoudens_29', y2024: 'Eenpersoonshuishoudens_30' }),
        regionalKeyFigures([2025]),
      ],
    },
  },
});
