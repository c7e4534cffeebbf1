import type { HOUSING_MEASURE_NAMES } from '../types/measure-name.types';
import type { FileTableRef } from '../types/measure.types';
import { geoinzichtRef, kwbRefs } from './kwb-tables.data';
import { withNames } from './measure-spec.helper';

type HousingMeasureName = (typeof HOUSING_MEASURE_NAMES)[number];

/** The StatLine export of 81955NED (housing stock and new-build per gemeente, 2012, 2016, 2020, 2024). */
const HOUSING_MUTATIONS_EXPORT: FileTableRef = {
  api: 'file',
  tableId: '81955NED',
  years: [2012, 2016, 2020, 2024],
  evidence: 'cbs-export',
};

/** Housing stock, new-build and WOZ value. */
export const HOUSING_MEASURES = withNames<HousingMeasureName>({
  dwellings_stock: {
    title: { nl: 'Woningvoorraad op 1 januari', en: 'Housing stock on 1 January' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: 'M000297', y2020: 'Woningvoorraad_34', y2024: 'Woningvoorraad_35' }),
        {
          tableId: '86286NED',
          api: 'v3',
          key: 'TotaleWoningvoorraad_1',
          dimensions: { StatusVanBewoning: 'T001742' },
          evidence: 'reference-notes',
        },
        // "Beginstand voorraad": the stock on 1 January, as KWB counts it.
        HOUSING_MUTATIONS_EXPORT,
        geoinzichtRef([2012, 2017, 2018, 2019, 2022, 2023]),
        // A third party's subset of the KWB 2024 TypedDataSet (per gemeente and wijk).
        { api: 'file', tableId: 'kwb-2024-subset', years: [2024], evidence: 'third-party' },
      ],
    },
    plausible: { maxYearlyChange: 0.1 },
  },
  new_build_dwellings: {
    title: { nl: 'Nieuwbouwwoningen in het jaar', en: 'New-build homes in the year' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        {
          tableId: '86098NED',
          api: 'v3',
          key: 'NieuwbouwTotaal_6',
          dimensions: { Gebruiksfunctie: 'A045364' },
          evidence: 'reference-notes',
          note: 'Monthly (MM) and yearly (JJ) periods; use JJ. Always filter on RegioS and Gebruiksfunctie (26M cells).',
        },
        {
          tableId: '81955NED',
          api: 'v3',
          key: 'Nieuwbouw_2',
          evidence: 'reference-notes',
          successor: '86098NED',
          note: 'Discontinued; covers 2012–2024.',
        },
        HOUSING_MUTATIONS_EXPORT,
        ...kwbRefs({ y2024: 'NieuwbouwWoningen_36' }),
      ],
    },
    note: {
      nl: 'Let op de reeksbreuk 81955NED → 86098NED rond 2024/2025.',
      en: 'Mind the series break 81955NED → 86098NED around 2024/2025.',
    },
  },
  woz_avg_dwelling_keur: {
    title: { nl: 'Gemiddelde WOZ-waarde van woningen', en: 'Average WOZ value of homes' },
    unit: 'eur-thousand',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: 'M003039', y2020: 'GemiddeldeWoningwaarde_35', y2024: 'GemiddeldeWOZWaardeVanWoningen_39' }),
        {
          tableId: '85036NED',
          api: 'v3',
          key: 'GemiddeldeWOZWaardeVanWoningen_1',
          dimensions: { Eigendom: 'T001132' },
          evidence: 'reference-notes',
        },
        geoinzichtRef([2012, 2017, 2018, 2019, 2022, 2023]),
      ],
    },
    plausible: { maxYearlyChange: 0.3 },
  },
});
