import type { IndicatorDefinition } from '../types/indicator.types';
import { JOBS_BY_SECTION_MEASURE_NAMES } from '../types/measure-name.types';
import { SOURCES } from './source-attributions.data';
import { DEFAULT_BASE_YEAR, JOBS_GROWTH_TARGET, OFFICE_VACANCY_TARGET, RETAIL_FLOOR_SPACE_TARGET } from './vision-targets.data';

const OWNER = 'Team Economie';

/** Vacancy, retail floor space, jobs and jobseekers (ambition "regionaal centrum"). */
export const ECONOMY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'office-vacancy',
    ambition: 'regionaal-centrum',
    title: { nl: 'Leegstand kantoren', en: 'Office vacancy' },
    definition: {
      nl: 'Leegstaand kantoorvloeroppervlak als percentage van al het kantoorvloeroppervlak.',
      en: 'Vacant office floor space as a percentage of all office floor space.',
    },
    unit: 'percent',
    decimals: 1,
    direction: 'lower-is-better',
    inputs: ['office_vacant_m2', 'office_floor_m2'],
    formula: { kind: 'share', part: ['office_vacant_m2'], total: ['office_floor_m2'] },
    levels: ['gemeente', 'wijk', 'buurt'],
    frequency: 'yearly',
    source: SOURCES.vacancy,
    owner: OWNER,
    progress: { method: 'trajectory', target: OFFICE_VACANCY_TARGET },
    note: {
      nl: 'Administratieve leegstand (BAG) is niet hetzelfde als marktleegstand; de 15% uit 2017 kwam waarschijnlijk uit marktcijfers.',
      en: 'Administrative (BAG) vacancy is not market vacancy; the 15% of 2017 probably came from market figures.',
    },
  },
  {
    id: 'centre-shop-vacancy',
    ambition: 'regionaal-centrum',
    title: { nl: 'Winkelleegstand in het centrum', en: 'Shop vacancy in the centre' },
    definition: {
      nl: 'Leegstaande winkelpanden als percentage van alle winkelpanden, in de centrumwijk (of de hele gemeente als die wijk er niet in ligt).',
      en: 'Vacant retail premises as a percentage of all retail premises, in the centre district (or the whole municipality when that district is not in it).',
    },
    unit: 'percent',
    decimals: 1,
    direction: 'lower-is-better',
    inputs: ['retail_objects_vacant', 'retail_objects_total'],
    formula: { kind: 'share', part: ['retail_objects_vacant'], total: ['retail_objects_total'] },
    levels: ['gemeente', 'wijk', 'buurt'],
    primaryRegion: 'WK010600',
    frequency: 'yearly',
    source: SOURCES.vacancy,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
  {
    id: 'retail-floor-space-change',
    ambition: 'regionaal-centrum',
    title: { nl: 'Verandering winkelvloeroppervlak', en: 'Change in retail floor space' },
    definition: {
      nl: 'Verandering van het winkelvloeroppervlak ten opzichte van een jaar eerder, in m².',
      en: 'Change in retail floor space against one year earlier, in m².',
    },
    unit: 'm2',
    decimals: 0,
    direction: 'lower-is-better',
    directionNote: {
      nl:
        'Een compacter winkelgebied is een opgave (§6.4, §6.5); er is geen behoefte aan nieuwe ruimte en mogelijk ' +
        'aan een afname tot 300 m² per jaar (Bijlage 3).',
      en:
        'A more compact shopping area is a task (§6.4, §6.5); there is no need for new space and possibly for a ' +
        'decrease of up to 300 m² a year (Appendix 3).',
    },
    inputs: ['retail_floor_m2'],
    formula: { kind: 'difference', input: 'retail_floor_m2' },
    levels: ['gemeente', 'wijk'],
    frequency: 'yearly',
    source: SOURCES.vacancy,
    owner: OWNER,
    progress: { method: 'trajectory', target: RETAIL_FLOOR_SPACE_TARGET },
  },
  {
    id: 'jobs-total',
    ambition: 'regionaal-centrum',
    title: { nl: 'Banen en banengroei', en: 'Jobs and job growth' },
    definition: {
      nl: 'Aantal banen in de gemeente (LISA, peildatum 1 april); de groei wordt afgezet tegen 0,4% per jaar tot 2025.',
      en: 'Number of jobs in the municipality (LISA, 1 April); growth is set against 0.4% a year until 2025.',
    },
    unit: 'count',
    decimals: 0,
    direction: 'higher-is-better',
    inputs: ['jobs_total'],
    formula: { kind: 'direct', input: 'jobs_total' },
    levels: ['gemeente'],
    frequency: 'yearly',
    source: SOURCES.lisa,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: JOBS_GROWTH_TARGET.baseYear, target: JOBS_GROWTH_TARGET },
  },
  {
    id: 'economic-diversity',
    ambition: 'regionaal-centrum',
    title: { nl: 'Spreiding van de werkgelegenheid', en: 'Economic diversity' },
    definition: {
      nl: '1 − Herfindahl-index van de banen over de SBI-secties A–U: 0 is alles in één sector, hoe hoger hoe gevarieerder.',
      en: '1 − Herfindahl index of jobs over SBI sections A–U: 0 is all in one sector, higher is more varied.',
    },
    unit: 'index-0-1',
    decimals: 3,
    direction: 'higher-is-better',
    inputs: [...JOBS_BY_SECTION_MEASURE_NAMES],
    formula: { kind: 'herfindahl-diversity', parts: JOBS_BY_SECTION_MEASURE_NAMES },
    levels: ['gemeente'],
    frequency: 'yearly',
    source: SOURCES.lisa,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR, limit: 1 },
    note: {
      nl: 'Het bestand moet alle secties A–U bevatten (0 als er geen banen zijn): een ontbrekende sectie maakt de waarde ontbrekend.',
      en: 'The file must list every section A–U (0 where there are no jobs): a missing section makes the value missing.',
    },
  },
  {
    id: 'jobseekers-per-1000',
    ambition: 'regionaal-centrum',
    title: { nl: 'Werkzoekenden', en: 'Jobseekers' },
    definition: {
      nl: 'Geregistreerde werkzoekenden bij UWV (GWU) per 1.000 inwoners van 15 tot 75 jaar.',
      en: 'Jobseekers registered with UWV (GWU) per 1,000 inhabitants aged 15 to 74.',
    },
    unit: 'per-1000',
    decimals: 1,
    direction: 'lower-is-better',
    inputs: ['jobseekers_gwu', 'population_age_15_74'],
    formula: { kind: 'per-1000', input: 'jobseekers_gwu', base: 'population_age_15_74' },
    levels: ['gemeente'],
    frequency: 'yearly',
    source: SOURCES.uwv,
    owner: 'Team Werk en Inkomen',
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
    note: {
      nl: 'Jaarcijfers (periode JJ00); vóór juli 2019 heette de maatstaf NWW (measure jobseekers_nww): reeksbreuk.',
      en: 'Yearly figures (period JJ00); before July 2019 the measure was NWW (measure jobseekers_nww): series break.',
    },
  },
  {
    id: 'jobs-per-1000-residents',
    ambition: 'regionaal-centrum',
    title: { nl: 'Banen per 1.000 inwoners van 15–75', en: 'Jobs per 1,000 residents aged 15–74' },
    definition: {
      nl: 'Banen in de gemeente per 1.000 inwoners van 15 tot 75 jaar; een hoge waarde wijst op werk voor de regio (centrumfunctie).',
      en: 'Jobs in the municipality per 1,000 residents aged 15 to 74; a high value points to jobs for the region (central function).',
    },
    unit: 'per-1000',
    decimals: 0,
    direction: 'higher-is-better',
    inputs: ['jobs_total', 'population_age_15_74'],
    formula: { kind: 'per-1000', input: 'jobs_total', base: 'population_age_15_74' },
    levels: ['gemeente'],
    frequency: 'yearly',
    source: SOURCES.lisa,
    owner: OWNER,
    progress: { method: 'open-sdg', baseYear: DEFAULT_BASE_YEAR },
  },
];
