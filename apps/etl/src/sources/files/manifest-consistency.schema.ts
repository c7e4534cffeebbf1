import type { FileManifest, MeasureSpec } from './file-manifest.types';
import type { ManifestFields } from './manifest-fields.schema';

/** How a layout names its measures: by column, by topic, or one measure whose rows are a dimension's codes. */
export type MeasureAddressing = 'column' | 'topic' | 'single';

/** The way the manifest's layout says measures are found. */
export function measureAddressing(manifest: FileManifest): MeasureAddressing {
  const format = manifest.format;
  if (format.type === 'json-by-region') return 'column';
  const layout = format.layout;
  switch (layout.kind) {
    case 'long':
      return 'column';
    case 'wide-by-period':
      return layout.topicColumn === null ? 'single' : 'topic';
    case 'transposed':
      return manifest.dimensions.some((d) => d.column === layout.labelColumn) ? 'single' : 'topic';
    default: {
      const unknown: never = layout;
      throw new Error(`Unhandled layout ${JSON.stringify(unknown)}`);
    }
  }
}

function checkMeasure(f: ManifestFields, manifest: FileManifest, measure: MeasureSpec, index: number, addressing: MeasureAddressing): void {
  const path = `measures[${index}]`;
  if (addressing === 'column' && measure.column === null) f.fail(`${path}.column`, 'is needed: in this layout a measure is a column');
  if (addressing !== 'column' && measure.column !== null)
    f.fail(`${path}.column`, 'does not apply: in this layout measures are not columns');
  if (addressing === 'topic' && measure.topic === null) f.fail(`${path}.topic`, 'is needed: in this layout a measure is a topic row');
  if (addressing !== 'topic' && measure.topic !== null) f.fail(`${path}.topic`, 'does not apply: this layout has no topic rows');
  if (measure.periodColumn !== null && addressing !== 'column') f.fail(`${path}.periodColumn`, 'applies only where measures are columns');
  const dimensionNames = new Set(manifest.dimensions.map((d) => d.name));
  measure.bind.forEach((binding, at) => {
    for (const name of Object.keys(binding.where)) {
      if (!dimensionNames.has(name)) f.fail(`${path}.bind[${at}].where.${name}`, `"${name}" is not a declared dimension`);
    }
  });
}

function checkRegionsAndPeriod(f: ManifestFields, manifest: FileManifest): void {
  const json = manifest.format.type === 'json-by-region';
  if (json && manifest.regions.column !== null)
    f.fail('regions.column', 'does not apply to JSON records by region: the record key is the code');
  if (json && manifest.regions.kind !== 'code') f.fail('regions.kind', 'must be "code" for JSON records by region');
  if (!json && manifest.regions.column === null) f.fail('regions.column', 'is needed');
  if (manifest.regions.kind === 'name' && manifest.regions.nameColumn !== null)
    f.fail('regions.nameColumn', 'applies only when regions are codes');
  const from = manifest.period.from;
  const layout = manifest.format.type === 'csv' ? manifest.format.layout.kind : 'json';
  if ((layout === 'wide-by-period') !== (from === 'header'))
    f.fail('period.from', '"header" is the period source of a wide-by-period file, and only of one');
  if (layout === 'transposed' && from !== 'column') f.fail('period.from', 'must be "column" (the period header row) in a transposed file');
}

/** Checks between fields, once each field reads well on its own. */
export function checkManifestConsistency(f: ManifestFields, manifest: FileManifest): void {
  checkRegionsAndPeriod(f, manifest);
  const addressing = measureAddressing(manifest);
  if (addressing === 'single' && manifest.measures.length !== 1)
    f.fail('measures', "must hold exactly one measure: the file's rows are not topics");
  manifest.measures.forEach((measure, index) => checkMeasure(f, manifest, measure, index, addressing));
  const keys = new Map<string, number>();
  manifest.measures.forEach((measure, index) => {
    const first = keys.get(measure.key);
    if (first !== undefined) f.fail(`measures[${index}].key`, `"${measure.key}" is also the key of measures[${first}]`);
    else keys.set(measure.key, index);
  });
  const dimensionNames = manifest.dimensions.map((d) => d.name);
  dimensionNames.forEach((name, index) => {
    if (dimensionNames.indexOf(name) !== index) f.fail(`dimensions[${index}].name`, `"${name}" is declared twice`);
  });
}
