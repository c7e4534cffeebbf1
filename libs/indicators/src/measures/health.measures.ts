import type { HEALTH_MEASURE_NAMES } from '../types/measure-name.types';
import type { CbsMeasureSource } from '../types/measure.types';
import { geoinzichtRef, kwbRefs } from './kwb-tables.data';
import { withNames } from './measure-spec.helper';

type HealthMeasureName = (typeof HEALTH_MEASURE_NAMES)[number];

/** "18 jaar of ouder" in `Leeftijd`, the point estimate in `Marges` (verified in the 50090NED files). */
const ADULTS = { Leeftijd: '20300', Marges: 'MW00000' } as const;

/**
 * "Gezondheid per wijk en buurt" (RIVM, in the third-party catalogue): the Gezondheidsmonitor's model estimates for
 * adults per gemeente, wijk and buurt. 50090NED (2012, 2016, 2020, indeling 2020) is bundled as a third party's
 * conversion of its UntypedDataSet; the keys are verified there. 50120NED (with 2022) is read from RIVM's OData
 * when there is network; its keys are assumed to be the same.
 */
function healthMonitor(key: string): CbsMeasureSource {
  return {
    kind: 'cbs',
    tables: [
      { tableId: '50120NED', api: 'v3', catalog: 'RIVM', key, dimensions: ADULTS, evidence: 'reference-notes' },
      { api: 'file', tableId: '50090NED', years: [2012, 2016, 2020], dimensions: ADULTS, evidence: 'third-party' },
    ],
  };
}

/** A survey share as published: one decimal, within 0–100. */
const SHARE = { unit: 'percent', decimals: 1 } as const;

/** Health (GGD Gezondheidsmonitor via RIVM), nearness of a GP, and social assistance. */
export const HEALTH_MEASURES = withNames<HealthMeasureName>({
  adults_exercise_guideline_pct: {
    title: { nl: 'Volwassenen die voldoen aan de beweegrichtlijn', en: 'Adults meeting the exercise guideline' },
    ...SHARE,
    source: healthMonitor('VoldoetAanBeweegrichtlijn_5'),
  },
  adults_good_health_pct: {
    title: { nl: 'Volwassenen met (zeer) goed ervaren gezondheid', en: 'Adults rating their health good or very good' },
    ...SHARE,
    source: healthMonitor('ErvarenGezondheidGoedZeerGoed_4'),
  },
  adults_overweight_pct: {
    title: { nl: 'Volwassenen met overgewicht', en: 'Adults with overweight' },
    ...SHARE,
    source: healthMonitor('Overgewicht_9'),
  },
  adults_lonely_pct: {
    title: { nl: 'Volwassenen die zich eenzaam voelen', en: 'Adults who feel lonely' },
    ...SHARE,
    source: healthMonitor('Eenzaam_28'),
  },
  adults_informal_carer_pct: {
    title: { nl: 'Volwassenen die mantelzorg geven', en: 'Adults giving informal care' },
    ...SHARE,
    source: healthMonitor('Mantelzorger_32'),
  },
  gp_distance_km: {
    title: { nl: 'Afstand tot huisartsenpraktijk', en: 'Distance to a GP practice' },
    unit: 'km',
    decimals: 1,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({
          y2017: 'D000028',
          y2020: 'AfstandTotHuisartsenpraktijk_105',
          y2024: 'AfstandTotHuisartsenpraktijk_117',
        }),
        geoinzichtRef([2012, 2018, 2019, 2022, 2023]),
      ],
    },
    definitionChanges: [
      {
        fromYear: 2020,
        note: {
          nl: 'Vanaf verslagjaar 2020 zonder nevenadressen van praktijken (CBS): reeksbreuk.',
          en: 'From reporting year 2020 without secondary practice addresses (CBS): series break.',
        },
      },
    ],
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
