import { SourceError } from '../../source-error';
import type { CbsMeasure, CbsTableVersion } from '../shared/cbs.types';
import type { CbsTableShape } from './cbs-table.reader';
import type { RegistryMeasure } from './cbs-registry';

/** A registry measure bound to the key it has in this version of the table. */
export interface ResolvedMeasure extends RegistryMeasure {
  readonly key: string;
  readonly source: CbsMeasure;
}

export interface PreviousMeasure {
  readonly sourceKey: string;
  readonly unit: string | null;
}

const stemOf = (key: string) => key.replace(/_\d+$/, '');

/**
 * Binds registry measures to this table's keys and refuses a table that changed under us: a registered key or
 * dimension code that disappeared is a schema error naming both, so nothing is loaded into the wrong measure.
 * A key stem with no (or no single) match is left out: that year was never confirmed to have the topic.
 */
export function resolveMeasures(tableId: string, wanted: readonly RegistryMeasure[], shape: CbsTableShape): ResolvedMeasure[] {
  const resolved: ResolvedMeasure[] = [];
  for (const measure of wanted) {
    const candidates =
      measure.key !== null
        ? shape.measures.filter((m) => m.key === measure.key)
        : shape.measures.filter((m) => stemOf(m.key) === measure.keyStem);
    if (measure.key !== null && candidates.length === 0) {
      throw new SourceError(
        'schema',
        'unknown-key',
        `Table ${tableId} no longer has measure key "${measure.key}" (registered for ${measure.name}).`,
        { source: 'cbs', tableId, field: measure.key },
      );
    }
    if (candidates.length !== 1) continue;
    for (const [dimension, code] of Object.entries(measure.dimensions)) {
      const known = shape.otherDimensions.find((d) => d.key === dimension)?.codes.some((c) => c.code === code);
      if (!known) {
        throw new SourceError(
          'schema',
          'unknown-key',
          `Table ${tableId} no longer has code "${code}" in dimension ${dimension} (registered for ${measure.name}).`,
          { source: 'cbs', tableId, field: dimension },
        );
      }
    }
    resolved.push({ ...measure, key: candidates[0]!.key, source: candidates[0]! });
  }
  return resolved;
}

/** A measure whose published unit changed since the last load would mix two scales in one series. */
export function assertUnitsUnchanged(tableId: string, measures: readonly ResolvedMeasure[], previous: readonly PreviousMeasure[]): void {
  for (const measure of measures) {
    const before = previous.find((p) => p.sourceKey === measure.key);
    if (before && before.unit !== null && measure.source.unit !== null && before.unit.trim() !== measure.source.unit.trim()) {
      throw new SourceError(
        'schema',
        'unit-changed',
        `Table ${tableId}: the unit of "${measure.key}" changed from "${before.unit}" to "${measure.source.unit}".`,
        { source: 'cbs', tableId, field: measure.key },
      );
    }
  }
}

/** A table CBS stopped that Koers did not know to be stopped: its data would silently go stale. */
export function assertStillPublished(version: CbsTableVersion, knownSuccessor: string | null): void {
  if (version.status === 'discontinued' && knownSuccessor === null) {
    const raw = Object.entries(version.rawStatus)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    throw new SourceError(
      'schema',
      'discontinued',
      `Table ${version.tableId} is discontinued at CBS (${raw}); register its successor before loading it again.`,
      { source: 'cbs', tableId: version.tableId },
    );
  }
}
