import { tryParsePeriod } from '@koers/indicators';
import { measureKey } from '@koers/loading';
import type { CbsMeasure, CbsSelection } from '../shared/cbs.types';
import type { CbsTableShape, OtherDimension } from './cbs-table.reader';
import type { RegistryMeasure } from './cbs-registry';

/** A measure ready to load: its key in this table and its full set of fixed dimension codes. */
export interface LoadMeasure {
  readonly name: string;
  readonly key: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly source: CbsMeasure;
}

/** The total of a dimension: the code CBS titles "Totaal …" (or codes T00…); otherwise its first code. */
export function totalCodeOf(dimension: OtherDimension): string | undefined {
  const byTitle = dimension.codes.find((c) => /^totaal/i.test(c.title.trim()));
  const byCode = dimension.codes.find((c) => /^T\d{3}/.test(c.code));
  return (byTitle ?? byCode ?? dimension.codes[0])?.code;
}

/** Completes a measure's fixed codes: every dimension it does not name is taken at its total. */
export function completeDimensions(fixed: Readonly<Record<string, string>>, shape: CbsTableShape): Record<string, string> {
  const complete: Record<string, string> = {};
  for (const dimension of shape.otherDimensions) {
    const code = fixed[dimension.key] ?? totalCodeOf(dimension);
    if (code !== undefined) complete[dimension.key] = code;
  }
  return complete;
}

/**
 * The name of a measure the indicator catalogue does not name: `cbs:<table>:<key>`. Catalogue names are
 * snake_case words and never hold a colon, so the two can never clash (a test holds the catalogue to that).
 */
export function uncataloguedMeasureName(tableId: string, key: string): string {
  return `cbs:${tableId}:${key}`;
}

/** Every measure of a table no registry knows: all numeric measures, other dimensions at their totals or as given. */
export function onDemandMeasures(tableId: string, shape: CbsTableShape, given: Readonly<Record<string, string>>): LoadMeasure[] {
  const dimensions = completeDimensions(given, shape);
  return shape.measures.map((source) => ({ name: uncataloguedMeasureName(tableId, source.key), key: source.key, dimensions, source }));
}

/**
 * Every measure of a registry table: the catalogue's under their names with their fixed codes (one per summed
 * code), then each other numeric measure at the dimension totals under its uncatalogued name. A measure the
 * catalogue already reads at the totals is not added twice.
 */
export function registryMeasures(
  tableId: string,
  resolved: readonly (RegistryMeasure & { key: string; source: CbsMeasure })[],
  shape: CbsTableShape,
): LoadMeasure[] {
  const catalogued = resolved.map((m) => ({
    name: m.name,
    key: m.key,
    dimensions: completeDimensions(m.dimensions, shape),
    source: m.source,
  }));
  const taken = new Set(catalogued.map((m) => measureKey(m.key, m.dimensions)));
  const others = onDemandMeasures(tableId, shape, {}).filter((m) => !taken.has(measureKey(m.key, m.dimensions)));
  return [...catalogued, ...others];
}

/** What to ask CBS for: the measures' keys and codes, the regions in scope, and the wanted period kinds. */
export function buildSelection(
  measures: readonly LoadMeasure[],
  regionCodes: readonly string[] | undefined,
  shape: CbsTableShape,
  periodKinds: readonly string[] | null,
): CbsSelection {
  const dimensions: Record<string, string[]> = {};
  for (const measure of measures) {
    for (const [key, code] of Object.entries(measure.dimensions)) {
      const codes = (dimensions[key] ??= []);
      if (!codes.includes(code)) codes.push(code);
    }
  }
  const periods = periodKinds ? shape.periodCodes.filter((code) => periodKinds.includes(tryParsePeriod(code)?.kindCode ?? '')) : undefined;
  const keys = new Set(measures.map((m) => m.key));
  // Every measure wanted: no measure filter (v3 no `$select`, v4 no `Measure eq …` list), so requests stay short.
  const everyMeasure = shape.measures.length > 0 && shape.measures.every((m) => keys.has(m.key));
  return {
    measures: everyMeasure ? undefined : [...keys],
    regions: regionCodes,
    dimensions,
    periods,
    onUnknownCode: 'skip',
  };
}
