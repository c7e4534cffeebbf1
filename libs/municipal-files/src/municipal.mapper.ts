import { MEASURES, type SpecifiedUploadKind } from '@koers/indicators';
import type { MeasureDefinition } from '@koers/indicators';
import type { MeasureInput, ObservationInput } from '@koers/loading';
import { ColumnSpec, KIND_FORMATS, KindFormat, valueColumns } from './municipal-formats';
import { ValidRow } from './municipal.types';

export interface MappedFile {
  readonly measures: MeasureInput[];
  readonly observations: ObservationInput[];
}

/** The catalogue measure an upload column and selection feed (`m2_leeg` + functie kantoor → `office_vacant_m2`). */
export function catalogueMeasure(
  kind: SpecifiedUploadKind,
  column: string,
  dimension: string,
  value: string,
): MeasureDefinition | undefined {
  return Object.values(MEASURES).find((measure) => {
    const source = measure.source;
    if (source.kind !== 'municipal-upload' || source.uploadKind !== kind || source.field !== column) return false;
    const keys = Object.keys(source.filter);
    return keys.length === 1 && keys[0] === dimension && source.filter[dimension] === value;
  });
}

/**
 * Every value column of every selection becomes a measure: `source_key` = the column, `dimensions` = the
 * selection (`{"functie":"kantoor"}`), `name` = the catalogue's stable name or, where the catalogue has none, the
 * derived `<kind>.<column>.<selection>` (e.g. `vacancy.objecten_leeg.bedrijf`).
 */
export function measureFor(format: KindFormat, spec: ColumnSpec, selection: string): MeasureInput {
  const dimensions = { [format.selection]: selection };
  const known = catalogueMeasure(format.kind, spec.name, format.selection, selection);
  return {
    sourceKey: spec.name,
    dimensions,
    name: known?.name ?? `${format.kind}.${spec.name}.${selection}`,
    title: known?.title.nl ?? `${spec.name} (${format.selection} ${selection})`,
    unit: known?.unit ?? (spec.name.includes('m2') ? 'm2' : 'count'),
    decimals: known?.decimals ?? 0,
  };
}

/** Valid rows → measures and observations. Pure; missing figures stay missing with their token as reason. */
export function mapMunicipalRows(kind: SpecifiedUploadKind, rows: readonly ValidRow[]): MappedFile {
  const format = KIND_FORMATS[kind];
  const specs = valueColumns(format);
  const measures = new Map<string, MeasureInput>();
  const observations: ObservationInput[] = [];
  for (const row of rows) {
    for (const spec of specs) {
      const figure = row.figures.get(spec.name);
      if (figure === undefined) continue;
      const key = `${spec.name}|${row.selection}`;
      const measure = measures.get(key) ?? measureFor(format, spec, row.selection);
      measures.set(key, measure);
      observations.push({
        sourceKey: measure.sourceKey,
        dimensions: measure.dimensions,
        regionCode: row.area ?? row.municipality,
        periodCode: row.period.code,
        periodStart: row.period.start,
        periodEnd: row.period.end,
        value: 'value' in figure ? figure.value : null,
        missingReason: 'missing' in figure ? figure.missing : null,
        status: 'definitive',
      });
    }
  }
  return { measures: [...measures.values()], observations };
}
