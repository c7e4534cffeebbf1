import type { IndicatorDefinition } from '../types/indicator.types';
import { SOURCES } from './source-attributions.data';
import { DEFAULT_BASE_YEAR } from './vision-targets.data';

const OWNER = 'Team Duurzaamheid';
const KWB_LEVELS = ['gemeente', 'wijk', 'buurt'] as const;

/** Energy use and energy transition of homes (ambition "klimaatneutraal en groener"). */
export const ENERGY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'gas-use-per-dwelling',
    ambition: 'klimaat-groen',
    title: { nl: 'Aardgasverbruik per woning', en: 'Natural gas use per home' },
    definition: {
      nl: 'Gemiddeld jaarlijks aardgasverbruik van woningen, in m³ per woning.',
      en: 'Average yearly natural gas use of homes, in m³ per home.',
    },
    unit: 'm3',
    decimals: 0,
    direction: 'lower-is-better',
    inputs: ['gas_use_avg_dwelling_m3'],
    formula: { kind: 'direct', input: 'gas_use_avg_dwelling_m3' },
    levels: KWB_LEVELS,
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'electricity-use-per-dwelling',
    ambition: 'klimaat-groen',
    title: { nl: 'Elektriciteitsverbruik per woning', en: 'Electricity use per home' },
    definition: {
      nl: 'Gemiddelde jaarlijkse elektriciteitslevering aan woningen via het net, in kWh per woning.',
      en: 'Average yearly electricity delivered to homes from the grid, in kWh per home.',
    },
    unit: 'kwh',
    decimals: 0,
    direction: 'lower-is-better',
    directionNote: {
      nl: 'Levering via het net: eigen zonnestroom en minder verbruik verlagen het; elektrificatie (warmtepompen) verhoogt het.',
      en: 'Grid delivery: own solar power and saving lower it; electrification (heat pumps) raises it.',
    },
    inputs: ['electricity_use_avg_dwelling_kwh'],
    formula: { kind: 'direct', input: 'electricity_use_avg_dwelling_kwh' },
    levels: KWB_LEVELS,
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'gas-free-dwellings-share',
    ambition: 'klimaat-groen',
    title: { nl: 'Aardgasvrije woningen', en: 'Gas-free homes' },
    definition: {
      nl: 'Percentage woningen zonder aardgasaansluiting.',
      en: 'Percentage of homes without a natural gas connection.',
    },
    unit: 'percent',
    decimals: 0,
    direction: 'higher-is-better',
    inputs: ['dwellings_gas_free_pct'],
    formula: { kind: 'direct', input: 'dwellings_gas_free_pct' },
    levels: KWB_LEVELS,
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR, limit: 100 },
  },
  {
    id: 'solar-dwellings-share',
    ambition: 'klimaat-groen',
    title: { nl: 'Woningen met zonnestroom', en: 'Homes with solar power' },
    definition: {
      nl: 'Percentage woningen met zonnepanelen (zonnestroominstallatie).',
      en: 'Percentage of homes with solar panels.',
    },
    unit: 'percent',
    decimals: 0,
    direction: 'higher-is-better',
    inputs: ['dwellings_solar_pct'],
    formula: { kind: 'direct', input: 'dwellings_solar_pct' },
    levels: KWB_LEVELS,
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR, limit: 100 },
  },
  {
    id: 'renewable-energy-share',
    ambition: 'klimaat-groen',
    title: { nl: 'Hernieuwbare energie', en: 'Renewable energy' },
    definition: {
      nl: 'Aandeel hernieuwbaar opgewekte energie in het totale energieverbruik in de gemeente.',
      en: 'Share of renewable energy in the total energy use in the municipality.',
    },
    unit: 'percent',
    decimals: 1,
    direction: 'higher-is-better',
    inputs: ['renewable_energy_pct'],
    formula: { kind: 'direct', input: 'renewable_energy_pct' },
    levels: ['gemeente'],
    frequency: 'yearly',
    source: SOURCES.klimaatmonitor,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR, limit: 100 },
    note: {
      nl: 'CBS publiceert dit niet per gemeente; de Klimaatmonitor heeft geen API, dus upload (formaat nog vast te stellen).',
      en: 'CBS does not publish this per municipality; the Klimaatmonitor has no API, so upload (format to be agreed).',
    },
  },
];
