import type { IndicatorDefinition } from '../types/indicator.types';
import { SOURCES } from './source-attributions.data';
import { DEFAULT_BASE_YEAR } from './vision-targets.data';

/** Cars and land use (ambition "klimaatneutraal en groener"). */
export const LAND_MOBILITY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'cars-per-household',
    ambition: 'klimaat-groen',
    title: { nl: "Auto's per huishouden", en: 'Cars per household' },
    definition: {
      nl: "Personenauto's per particulier huishouden op 1 januari.",
      en: 'Passenger cars per private household on 1 January.',
    },
    unit: 'per-household',
    decimals: 2,
    direction: 'lower-is-better',
    directionNote: {
      nl: 'Inwoners willen de auto een minder prominente plek geven (§6.4) en lopen en fietsen stimuleren (§6.1, §6.3).',
      en: 'Residents want the car to be less prominent (§6.4) and walking and cycling encouraged (§6.1, §6.3).',
    },
    inputs: ['cars_total', 'households_total'],
    formula: { kind: 'ratio', numerator: ['cars_total'], denominator: ['households_total'], scale: 1 },
    levels: ['gemeente', 'wijk', 'buurt'],
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: 'Team Ruimte',
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'green-land-share',
    ambition: 'klimaat-groen',
    title: { nl: 'Groen in de gemeente', en: 'Green land in the municipality' },
    definition: {
      nl: 'Bos, open natuurlijk terrein en recreatieterrein (waaronder parken) als percentage van de totale oppervlakte.',
      en: 'Forest, open natural land and recreational land (including parks) as a percentage of the total area.',
    },
    unit: 'percent',
    decimals: 1,
    direction: 'higher-is-better',
    // The shares as CBS Bodemgebruik gives them per peiljaar; the hectares of 70262ned would give the same figure.
    inputs: ['land_use_forest_nature_pct', 'land_use_recreation_pct'],
    formula: { kind: 'sum', inputs: ['land_use_forest_nature_pct', 'land_use_recreation_pct'] },
    levels: ['gemeente'],
    frequency: 'irregular',
    source: SOURCES.landUse,
    owner: 'Team Ruimte',
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'paved-land-share',
    ambition: 'klimaat-groen',
    title: { nl: 'Verhard en bebouwd terrein', en: 'Built-up and paved land' },
    definition: {
      nl: 'Bebouwd terrein en verkeersterrein als percentage van de totale oppervlakte.',
      en: 'Built-up land and land used for traffic as a percentage of the total area.',
    },
    unit: 'percent',
    decimals: 1,
    direction: 'lower-is-better',
    directionNote: {
      nl: 'Meer groen verlaagt de temperatuur en helpt de waterberging (§6.1); minder verharding werkt in dezelfde richting.',
      en: 'More green lowers temperatures and helps water storage (§6.1); less paving works the same way.',
    },
    inputs: ['land_use_built_ha', 'land_use_traffic_ha', 'land_area_total_ha'],
    formula: { kind: 'share', part: ['land_use_built_ha', 'land_use_traffic_ha'], total: ['land_area_total_ha'] },
    levels: ['gemeente'],
    frequency: 'irregular',
    source: SOURCES.landUse,
    owner: 'Team Ruimte',
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
];
