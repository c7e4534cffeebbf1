import type { Direction, IndicatorDefinition } from '../types/indicator.types';
import type { MeasureName } from '../types/measure-name.types';
import type { LocalizedText } from '../types/text.types';
import { SOURCES } from './source-attributions.data';
import { DEFAULT_BASE_YEAR, HEALTH_MONITOR_BASE_YEAR } from './vision-targets.data';

const OWNER = 'Team Zorg en Welzijn';

interface HealthSpec {
  readonly id: string;
  readonly input: MeasureName;
  readonly title: LocalizedText;
  readonly definition: LocalizedText;
  readonly direction: Direction;
  readonly directionNote?: LocalizedText;
}

function healthMonitor({ input, ...spec }: HealthSpec): IndicatorDefinition {
  return {
    ...spec,
    ambition: 'fitte-zorgstad',
    unit: 'percent',
    decimals: 1,
    inputs: [input],
    formula: { kind: 'direct', input },
    levels: ['gemeente', 'wijk', 'buurt'],
    frequency: 'irregular',
    source: SOURCES.healthMonitor,
    owner: OWNER,
    progress:
      spec.direction === 'higher-is-better'
        ? { method: 'open-sdg', baseYear: HEALTH_MONITOR_BASE_YEAR, limit: 100 }
        : { method: 'open-sdg', baseYear: HEALTH_MONITOR_BASE_YEAR },
    note: {
      nl: 'Schattingen uit een steekproef (elke 2–4 jaar); kleine verschillen tussen jaren zijn vaak ruis.',
      en: 'Survey-based estimates (every 2–4 years); small differences between years are often noise.',
    },
  };
}

/** Health, care and social assistance (ambition "fitte (zorg)stad"). */
export const HEALTH_INDICATORS: readonly IndicatorDefinition[] = [
  healthMonitor({
    id: 'exercise-guideline',
    input: 'adults_exercise_guideline_pct',
    title: { nl: 'Voldoet aan de beweegrichtlijn', en: 'Meets the exercise guideline' },
    definition: {
      nl: 'Percentage inwoners van 18 jaar of ouder dat voldoet aan de beweegrichtlijn van de Gezondheidsraad.',
      en: 'Percentage of inhabitants aged 18 or over meeting the Health Council exercise guideline.',
    },
    direction: 'higher-is-better',
  }),
  healthMonitor({
    id: 'good-perceived-health',
    input: 'adults_good_health_pct',
    title: { nl: 'Goed ervaren gezondheid', en: 'Good perceived health' },
    definition: {
      nl: 'Percentage inwoners van 18 jaar of ouder dat de eigen gezondheid goed of zeer goed noemt.',
      en: 'Percentage of inhabitants aged 18 or over rating their own health good or very good.',
    },
    direction: 'higher-is-better',
  }),
  healthMonitor({
    id: 'overweight',
    input: 'adults_overweight_pct',
    title: { nl: 'Overgewicht', en: 'Overweight' },
    definition: {
      nl: 'Percentage inwoners van 18 jaar of ouder met overgewicht (BMI 25 of hoger).',
      en: 'Percentage of inhabitants aged 18 or over with overweight (BMI 25 or more).',
    },
    direction: 'lower-is-better',
  }),
  healthMonitor({
    id: 'loneliness',
    input: 'adults_lonely_pct',
    title: { nl: 'Eenzaamheid', en: 'Loneliness' },
    definition: {
      nl: 'Percentage inwoners van 18 jaar of ouder dat zich (matig tot zeer ernstig) eenzaam voelt.',
      en: 'Percentage of inhabitants aged 18 or over who feel (moderately to very severely) lonely.',
    },
    direction: 'lower-is-better',
  }),
  healthMonitor({
    id: 'informal-care',
    input: 'adults_informal_carer_pct',
    title: { nl: 'Mantelzorgers', en: 'Informal carers' },
    definition: {
      nl: 'Percentage inwoners van 18 jaar of ouder dat mantelzorg geeft.',
      en: 'Percentage of inhabitants aged 18 or over who give informal care.',
    },
    direction: 'higher-is-better',
    directionNote: {
      nl:
        'Zorg thuis neemt toe en daarmee het belang van informele zorg (§6.3); de omgevingsvisie noemt de stad sociaal (§5.7). ' +
        'Overbelasting van mantelzorgers valt hier niet onder en vraagt een eigen signaal.',
      en:
        'Care at home grows and with it the role of informal care (§6.3); the vision calls the city social (§5.7). ' +
        'Overburdened carers are not covered here and need a signal of their own.',
    },
  }),
  {
    id: 'gp-distance',
    ambition: 'fitte-zorgstad',
    title: { nl: 'Afstand tot de huisarts', en: 'Distance to a GP' },
    definition: {
      nl: 'Gemiddelde afstand over de weg van inwoners tot de dichtstbijzijnde huisartsenpraktijk, in km.',
      en: 'Average road distance from inhabitants to the nearest GP practice, in km.',
    },
    unit: 'km',
    decimals: 1,
    direction: 'lower-is-better',
    inputs: ['gp_distance_km'],
    formula: { kind: 'direct', input: 'gp_distance_km' },
    levels: ['gemeente', 'wijk', 'buurt'],
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'social-assistance-per-1000',
    ambition: 'fitte-zorgstad',
    title: { nl: 'Bijstand', en: 'Social assistance' },
    definition: {
      nl: 'Personen met een bijstandsuitkering per 1.000 inwoners.',
      en: 'People on social assistance per 1,000 inhabitants.',
    },
    unit: 'per-1000',
    decimals: 1,
    direction: 'lower-is-better',
    inputs: ['social_assistance_recipients', 'population_total'],
    formula: { kind: 'per-1000', input: 'social_assistance_recipients', base: 'population_total' },
    levels: ['gemeente', 'wijk', 'buurt'],
    benchmarkRegions: ['PV22', 'NL01'],
    frequency: 'yearly',
    source: SOURCES.kwb,
    owner: 'Team Werk en Inkomen',
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'care-jobs',
    ambition: 'fitte-zorgstad',
    title: { nl: 'Banen in de zorg', en: 'Jobs in care' },
    definition: {
      nl: 'Aantal banen in gezondheids- en welzijnszorg (SBI-sectie Q).',
      en: 'Number of jobs in human health and social work (SBI section Q).',
    },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    directionNote: {
      nl: 'De omgevingsvisie noemt de zorg de grootste sector, met perspectief voor opleidingen (§6.3, Bijlage 3).',
      en: 'The vision names care the largest sector, with prospects for education (§6.3, Appendix 3).',
    },
    inputs: ['jobs_sbi_Q'],
    formula: { kind: 'direct', input: 'jobs_sbi_Q' },
    levels: ['gemeente'],
    frequency: 'yearly',
    source: SOURCES.lisa,
    owner: 'Team Economie',
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
];
