import { SBI_SECTIONS, jobsSectionMeasure } from '../types/measure-name.types';
import type { JobsBySectionMeasureName, MeasureName } from '../types/measure-name.types';
import type { MeasureDefinition } from '../types/measure.types';
import { ECONOMY_MEASURES, employeeJobsRef } from './economy.measures';
import { ENVIRONMENT_MEASURES } from './environment.measures';
import { HEALTH_MEASURES } from './health.measures';
import { HOUSING_MEASURES } from './housing.measures';
import { POPULATION_MEASURES } from './population.measures';

function jobsBySection(): Record<JobsBySectionMeasureName, MeasureDefinition> {
  const entries = SBI_SECTIONS.map((section): [JobsBySectionMeasureName, MeasureDefinition] => {
    const name = jobsSectionMeasure(section);
    const definition: MeasureDefinition = {
      name,
      title: { nl: `Banen in SBI-sectie ${section}`, en: `Jobs in SBI section ${section}` },
      unit: 'count',
      decimals: 0,
      source: {
        kind: 'municipal-upload',
        uploadKind: 'employment',
        field: 'banen_totaal',
        filter: { sbi: section },
        producer: 'LISA',
        tables: [employeeJobsRef(section)],
      },
    };
    return [name, definition];
  });
  return Object.fromEntries(entries) as Record<JobsBySectionMeasureName, MeasureDefinition>;
}

/**
 * The measure catalogue: every stable measure name with its title, unit, decimals and source. This is the contract
 * with the ETL (which maps CBS keys and upload columns onto these names) and the uploads.
 */
export const MEASURES: Readonly<Record<MeasureName, MeasureDefinition>> = {
  ...POPULATION_MEASURES,
  ...HOUSING_MEASURES,
  ...ENVIRONMENT_MEASURES,
  ...HEALTH_MEASURES,
  ...ECONOMY_MEASURES,
  ...jobsBySection(),
};

/** True when `name` is a stable measure name of the catalogue. */
export function isMeasureName(name: string): name is MeasureName {
  return Object.prototype.hasOwnProperty.call(MEASURES, name);
}

/** The definition of a measure, or `undefined` for an unknown name (e.g. from a URL). */
export function getMeasure(name: string): MeasureDefinition | undefined {
  return isMeasureName(name) ? MEASURES[name] : undefined;
}
