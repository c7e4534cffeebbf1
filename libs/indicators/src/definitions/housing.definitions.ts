import type { IndicatorDefinition } from '../types/indicator.types';
import { SOURCES } from './source-attributions.data';
import { DEFAULT_BASE_YEAR, NEW_BUILD_TARGET } from './vision-targets.data';

const OWNER = 'Team Wonen';

/** Housing stock, new-build against the 340/230 a year need, and WOZ value (ambition "ruimte voor generaties"). */
export const HOUSING_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'housing-stock',
    ambition: 'generaties',
    title: { nl: 'Woningvoorraad', en: 'Housing stock' },
    definition: { nl: 'Aantal woningen op 1 januari.', en: 'Number of homes on 1 January.' },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    inputs: ['dwellings_stock'],
    formula: { kind: 'direct', input: 'dwellings_stock' },
    levels: ['gemeente', 'wijk', 'buurt'],
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
    profile: {
      kind: 'share-of-municipality',
      label: { nl: 'deel van alle woningen van de gemeente', en: 'share of all homes of the municipality' },
    },
  },
  {
    id: 'new-build-dwellings',
    ambition: 'generaties',
    title: { nl: 'Nieuwbouwwoningen', en: 'New-build homes' },
    definition: {
      nl:
        'Aantal woningen dat in het jaar door nieuwbouw aan de voorraad is toegevoegd, opgeteld sinds 2018 ' +
        'tegen de behoefte van 340 per jaar tot 2025 en 230 per jaar daarna.',
      en:
        'Homes added to the stock by new construction in the year, summed since 2018 against the need of 340 a ' +
        'year until 2025 and 230 a year after.',
    },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    inputs: ['new_build_dwellings'],
    formula: { kind: 'direct', input: 'new_build_dwellings' },
    levels: ['gemeente'],
    frequency: 'yearly',
    source: SOURCES.housingMutations,
    owner: OWNER,
    progress: { method: 'trajectory', target: NEW_BUILD_TARGET },
  },
  {
    id: 'woz-value',
    ambition: 'generaties',
    title: { nl: 'Gemiddelde WOZ-waarde', en: 'Average WOZ value' },
    definition: {
      nl: 'Gemiddelde WOZ-waarde van woningen, in duizenden euro’s.',
      en: 'Average WOZ (property tax) value of homes, in thousands of euros.',
    },
    unit: 'eur-thousand',
    decimals: 0,
    direction: 'lower-is-better',
    directionNote: {
      nl:
        'Betaalbaarheid: de omgevingsvisie wil woningen in alle prijsklassen zodat iedere generatie een wooncarrière kan maken ' +
        '(§5.1, §6.2). Een snellere stijging dan elders betekent minder betaalbaar.',
      en:
        'Affordability: the vision wants homes at every price so each generation can move on in the housing market ' +
        '(§5.1, §6.2). A faster rise than elsewhere means less affordable.',
    },
    inputs: ['woz_avg_dwelling_keur'],
    formula: { kind: 'direct', input: 'woz_avg_dwelling_keur' },
    levels: ['gemeente', 'wijk', 'buurt'],
    benchmarkRegions: ['PV22', 'NL01'],
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
];
