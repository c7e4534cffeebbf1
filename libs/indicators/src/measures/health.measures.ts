import type { HEALTH_MEASURE_NAMES } from '../types/measure-name.types';
import type { CbsMeasureSource, KeyEvidence } from '../types/measure.types';
import { kwbRefs } from './kwb-tables.data';
import { withNames } from './measure-spec.helper';

type HealthMeasureName = (typeof HEALTH_MEASURE_NAMES)[number];

/**
 * 50120NED "Gezondheid per wijk en buurt" (RIVM, in the third-party catalogue): Gezondheidsmonitor estimates for
 * adults per gemeente, wijk and buurt (2012, 2016, 2020, 2022). `Marges` at the point estimate; the `Leeftijd`
 * code of "18 jaar of ouder" must be read from the dimension list.
 */
function healthMonitor(key: string, evidence: KeyEvidence): CbsMeasureSource {
  return {
    kind: 'cbs',
    tables: [{ tableId: '50120NED', api: 'v3', catalog: 'RIVM', key, dimensions: { Marges: 'MW00000' }, evidence }],
  };
}

/** Health (GGD Gezondheidsmonitor via RIVM), nearness of a GP, and social assistance. */
export const HEALTH_MEASURES = withNames<HealthMeasureName>({
  adults_exercise_guideline_pct: {
    title: { nl: 'Volwassenen die voldoen aan de beweegrichtlijn', en: 'Adults meeting the exercise guideline' },
    unit: 'percent',
    decimals: 0,
    source: healthMonitor('VoldoetAanBeweegrichtlijn_5', 'reference-notes'),
  },
  adults_good_health_pct: {
    title: { nl: 'Volwassenen met (zeer) goed ervaren gezondheid', en: 'Adults rating their health good or very good' },
    unit: 'percent',
    decimals: 0,
    source: healthMonitor('ErvarenGezondheidGoedZeerGoed_4', 'reference-notes'),
  },
  adults_overweight_pct: {
    title: { nl: 'Volwassenen met overgewicht', en: 'Adults with overweight' },
    unit: 'percent',
    decimals: 0,
    source: healthMonitor('Overgewicht_9', 'third-party'),
  },
  adults_lonely_pct: {
    title: { nl: 'Volwassenen die zich eenzaam voelen', en: 'Adults who feel lonely' },
    unit: 'percent',
    decimals: 0,
    source: healthMonitor('Eenzaam_27', 'third-party'),
  },
  adults_informal_carer_pct: {
    title: { nl: 'Volwassenen die mantelzorg geven', en: 'Adults giving informal care' },
    unit: 'percent',
    decimals: 0,
    source: healthMonitor('Mantelzorger_31', 'third-party'),
  },
  gp_distance_km: {
    title: { nl: 'Afstand tot huisartsenpraktijk', en: 'Distance to a GP practice' },
    unit: 'km',
    decimals: 1,
    source: {
      kind: 'cbs',
      tables: kwbRefs({
        y2017: 'D000028',
        y2020: 'AfstandTotHuisartsenpraktijk_105',
        y2024: 'AfstandTotHuisartsenpraktijk_117',
      }),
    },
    note: {
      nl: 'Vanaf verslagjaar 2020 zonder nevenadressen van praktijken (CBS): reeksbreuk.',
      en: 'From reporting year 2020 without secondary practice addresses (CBS): series break.',
    },
  },
  social_assistance_recipients: {
    title: { nl: 'Personen met bijstand', en: 'People on social assistance' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: kwbRefs({
        y2017: 'D006842',
        y2020: 'PersonenPerSoortUitkeringBijstand_83',
        y2024: 'PersonenPerSoortUitkeringBijstand_94',
      }),
    },
  },
});
