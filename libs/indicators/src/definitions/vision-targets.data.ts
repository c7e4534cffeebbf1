import type { AnnualRateTarget, BandTarget, CumulativeFlowTarget, LinearPathTarget } from '../types/target.types';
import { FIGURE_POLICY } from './policy-references.data';

/**
 * Base year for the Open SDG method: the startnotitie describes Assen in 2017 (its conversations were held in the
 * second half of 2017), so 2017 is the baseline. Open SDG's own default is 2015.
 */
export const DEFAULT_BASE_YEAR = 2017;

/**
 * Base year for the health monitor's indicators. Its rounds are 2012, 2016, 2020 (and 2022, 2024); the Open SDG
 * rule "the base year, else the next year with data" would make 2020 the base and leave no change to judge. The
 * round closest to the 2017 baseline, and the one the startnotitie could know, is 2016.
 */
export const HEALTH_MONITOR_BASE_YEAR = 2016;

/**
 * New-build homes: 340 a year until 2025, then 230 a year. Counting starts in 2018, the first full year after
 * the startnotitie. The vision names no end year for "daarna"; the monitor's horizon is 2030 (5 × 230).
 * Milestones are the cumulative requirement: 8 × 340 = 2,720 by 2025; 2,720 + 5 × 230 = 3,870 by 2030.
 */
export const NEW_BUILD_TARGET: CumulativeFlowTarget = {
  kind: 'cumulative-flow',
  startYear: 2018,
  segments: [
    { fromYear: 2018, toYear: 2025, perYear: 340 },
    { fromYear: 2026, toYear: 2030, perYear: 230 },
  ],
  milestones: [
    { year: 2025, value: 2720 },
    { year: 2030, value: 3870 },
  ],
  tolerance: {
    kind: 'relative',
    value: 0.05,
    rationale: {
      nl: 'Opleveringen van grote projecten vallen soms net in het volgende jaar; 5% van de cumulatieve opgave geldt nog als op koers.',
      en: 'Large projects are sometimes completed just in the next year; within 5% of the cumulative requirement counts as on course.',
    },
  },
  policy: FIGURE_POLICY.newBuild,
};

/**
 * Office vacancy: from 15% (the situation the startnotitie describes, taken as 2017) in a straight line to the 5%
 * friction level. The vision gives no year; the monitor uses 2030 (to be confirmed by the owner).
 */
export const OFFICE_VACANCY_TARGET: LinearPathTarget = {
  kind: 'linear-path',
  baseYear: 2017,
  baseValue: 15,
  targetYear: 2030,
  targetValue: 5,
  milestones: [{ year: 2030, value: 5 }],
  tolerance: {
    kind: 'absolute',
    value: 1,
    rationale: {
      nl: '1 procentpunt rond het pad: een tiende van de totale opgave van 10 procentpunt (15% → 5%).',
      en: '1 percentage point around the path: a tenth of the whole task of 10 points (15% → 5%).',
    },
  },
  policy: FIGURE_POLICY.officeVacancy,
};

/**
 * Retail floor space: no need for new space (change ≤ 0) and possibly a decrease of up to 300 m² a year
 * (change ≥ −300), from 2018 on, with no end year.
 */
export const RETAIL_FLOOR_SPACE_TARGET: BandTarget = {
  kind: 'band',
  fromYear: 2018,
  lower: -300,
  upper: 0,
  tolerance: {
    kind: 'absolute',
    value: 0,
    rationale: {
      nl: 'De band van −300 tot 0 m² per jaar is zelf al de marge; het gemiddelde over de laatste jaren dempt ruis.',
      en: 'The band from −300 to 0 m² a year is the margin itself; the mean over the last years damps noise.',
    },
  },
  policy: FIGURE_POLICY.retailFloorSpace,
};

/**
 * Jobs: +0.4% a year until 2025 (the vision's "0,4% groei", read as a yearly rate), from the 2017 baseline.
 */
export const JOBS_GROWTH_TARGET: AnnualRateTarget = {
  kind: 'annual-rate',
  baseYear: 2017,
  targetYear: 2025,
  ratePerYear: 0.004,
  policy: FIGURE_POLICY.jobsGrowth,
};
