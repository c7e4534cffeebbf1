import type { MeasureName } from '../types/measure-name.types';
import type { MeasureDefinition } from '../types/measure.types';

/** A measure definition without its name (the name is the record key). */
export type MeasureSpec = Omit<MeasureDefinition, 'name'>;

/** Adds each record key as the measure's `name`, so a name is written once. */
export function withNames<K extends MeasureName>(specs: Readonly<Record<K, MeasureSpec>>): Record<K, MeasureDefinition> {
  const named = Object.entries<MeasureSpec>(specs).map(([name, spec]) => [name, { name, ...spec }]);
  return Object.fromEntries(named) as Record<K, MeasureDefinition>;
}
