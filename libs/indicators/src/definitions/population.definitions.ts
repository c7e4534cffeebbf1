import type { IndicatorDefinition } from '../types/indicator.types';
import type { MeasureName } from '../types/measure-name.types';
import type { LocalizedText } from '../types/text.types';
import { SOURCES } from './source-attributions.data';
import { DEFAULT_BASE_YEAR } from './vision-targets.data';

const OWNER = 'Team Wonen';
const KWB_LEVELS = ['gemeente', 'wijk', 'buurt'] as const;

const GENERATION_NOTE: LocalizedText = {
  nl:
    'Ruimte voor generaties (§6.2): dat iedere generatie in de gemeente blijft en er een plek vindt, telt als vooruitgang; ' +
    'de balans tussen de generaties volgt uit de grijze druk.',
  en:
    'Room for generations (§6.2): each generation staying in the municipality and finding a place counts as progress; the ' +
    'balance between generations is shown by the grey pressure.',
};

function ageGroup(id: string, input: MeasureName, range: LocalizedText): IndicatorDefinition {
  return {
    id,
    ambition: 'generaties',
    title: { nl: `Inwoners ${range.nl}`, en: `Inhabitants aged ${range.en}` },
    definition: {
      nl: `Aantal inwoners van ${range.nl} op 1 januari.`,
      en: `Number of inhabitants aged ${range.en} on 1 January.`,
    },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    directionNote: GENERATION_NOTE,
    inputs: [input],
    formula: { kind: 'direct', input },
    levels: KWB_LEVELS,
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
    profile: { kind: 'share', of: 'population_total', label: { nl: 'deel van de inwoners', en: 'share of the inhabitants' } },
  };
}

/** Population, age groups, grey pressure and households (ambition "ruimte voor generaties"). */
export const POPULATION_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'population-total',
    ambition: 'generaties',
    title: { nl: 'Inwoners en bevolkingsgroei', en: 'Population and population growth' },
    definition: {
      nl: 'Aantal inwoners op 1 januari; de groei wordt vergeleken met de provincie en Nederland.',
      en: 'Number of inhabitants on 1 January; growth is compared with the province and the Netherlands.',
    },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    directionNote: {
      nl: 'De omgevingsvisie ziet de bevolking groeien, tegen de trend van omliggende gemeenten in (Bijlage 3, Bevolkingsopbouw).',
      en: 'The vision sees the population grow, against the trend of the surrounding municipalities (Appendix 3).',
    },
    inputs: ['population_total'],
    formula: { kind: 'direct', input: 'population_total' },
    levels: KWB_LEVELS,
    benchmarkRegions: ['PV22', 'NL01'],
    frequency: 'yearly',
    source: SOURCES.population,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
    profile: {
      kind: 'share-of-municipality',
      label: { nl: 'deel van alle inwoners van de gemeente', en: 'share of all inhabitants of the municipality' },
    },
  },
  ageGroup('population-age-0-15', 'population_age_0_15', { nl: '0 tot 15 jaar', en: '0 to 15' }),
  ageGroup('population-age-15-25', 'population_age_15_25', { nl: '15 tot 25 jaar', en: '15 to 25' }),
  ageGroup('population-age-25-45', 'population_age_25_45', { nl: '25 tot 45 jaar', en: '25 to 45' }),
  ageGroup('population-age-45-65', 'population_age_45_65', { nl: '45 tot 65 jaar', en: '45 to 65' }),
  ageGroup('population-age-65-plus', 'population_age_65_plus', { nl: 'van 65 jaar of ouder', en: '65 or over' }),
  {
    id: 'grey-pressure',
    ambition: 'generaties',
    title: { nl: 'Grijze druk', en: 'Grey pressure' },
    definition: {
      nl: 'Inwoners van 65 jaar of ouder per 100 inwoners van 20 tot 65 jaar (CBS-definitie).',
      en: 'Inhabitants aged 65 or over per 100 inhabitants aged 20 to 65 (CBS definition).',
    },
    unit: 'percent',
    decimals: 1,
    direction: 'lower-is-better',
    directionNote: {
      nl: 'De startnotitie noemt de oplopende grijze druk als aandachtspunt (Bijlage 3, Bevolkingsopbouw).',
      en: 'The startnotitie names the rising grey pressure as a concern (Appendix 3, population structure).',
    },
    inputs: ['grey_pressure_pct'],
    formula: { kind: 'direct', input: 'grey_pressure_pct' },
    levels: ['gemeente'],
    benchmarkRegions: ['PV22', 'NL01'],
    frequency: 'yearly',
    source: SOURCES.regionalKeyFigures,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'households-total',
    ambition: 'generaties',
    title: { nl: 'Huishoudens', en: 'Households' },
    definition: { nl: 'Aantal particuliere huishoudens op 1 januari.', en: 'Number of private households on 1 January.' },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    directionNote: GENERATION_NOTE,
    inputs: ['households_total'],
    formula: { kind: 'direct', input: 'households_total' },
    levels: KWB_LEVELS,
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
    profile: {
      kind: 'ratio',
      numerator: 'population_total',
      denominator: 'households_total',
      decimals: 2,
      label: { nl: 'inwoners per huishouden', en: 'inhabitants per household' },
    },
  },
  {
    id: 'single-person-households',
    ambition: 'generaties',
    title: { nl: 'Eenpersoonshuishoudens', en: 'Single-person households' },
    definition: {
      nl: 'Aantal eenpersoonshuishoudens op 1 januari.',
      en: 'Number of single-person households on 1 January.',
    },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    directionNote: {
      nl:
        'Huishoudens worden kleiner en ouderen blijven langer thuis wonen (Bijlage 3, Economie): dat kleine ' +
        'huishoudens in de gemeente een plek vinden, telt als vooruitgang.',
      en:
        'Households get smaller and older people live at home longer (Appendix 3): small households finding a ' +
        'place in the municipality counts as progress.',
    },
    inputs: ['households_single_person'],
    formula: { kind: 'direct', input: 'households_single_person' },
    levels: KWB_LEVELS,
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
    profile: { kind: 'share', of: 'households_total', label: { nl: 'deel van de huishoudens', en: 'share of the households' } },
  },
];
