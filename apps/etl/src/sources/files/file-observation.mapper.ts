import type { RegionLevel } from '@koers/db';
import { measureKey } from '@koers/loading';
import type { MeasureInput, ObservationInput, RegionInput } from '@koers/loading';
import { parentCodeOf } from '../cbs/table-job/cbs-region-scope';
import { readCellValue } from './cell-value.mapper';
import type { FileCell, FileCells, Located } from './file-cells';
import type { DimensionSpec, FileManifest, MeasureSpec } from './file-manifest.types';
import { PeriodReader } from './file-period.mapper';
import type { FileProblem } from './file-source.exception';
import { type KnownRegion, RegionResolver } from './region-resolver.mapper';

/** An observation and the cell it came from. */
export interface MappedObservation extends ObservationInput {
  readonly row: number | string;
  readonly column: string;
}

/** A file as observations, with what a load must register first; or its problems. */
export interface MappedFile {
  readonly measures: readonly MeasureInput[];
  readonly observations: readonly MappedObservation[];
  /** Regions the database does not know yet, as the file names them. Known regions keep their names. */
  readonly regions: readonly RegionInput[];
  readonly problems: readonly FileProblem[];
  readonly skippedRegions: readonly string[];
  /** Cells that repeat a figure of another cell exactly (geoinzicht's land use in every year's row). */
  readonly duplicatesCollapsed: number;
}

/** The name of a measure the catalogue does not name: `file:<table>:<key>` (catalogue names have no colon). */
export function unboundMeasureName(tableId: string, key: string): string {
  return `file:${tableId}:${key}`;
}

const LEVELS: readonly (readonly [RegExp, RegionLevel])[] = [
  [/^NL\d+$/, 'land'],
  [/^LD\d+$/, 'landsdeel'],
  [/^PV\d+$/, 'provincie'],
  [/^CR\d+$/, 'corop'],
  [/^AM\d+$/, 'arbeidsmarktregio'],
  [/^GM\d{4}$/, 'gemeente'],
  [/^WK\d{6}$/, 'wijk'],
  [/^BU\d{8}$/, 'buurt'],
];

function levelOf(code: string): RegionLevel | null {
  return LEVELS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

function dimensionCode(spec: DimensionSpec, label: string): string {
  const text = label.trim();
  return spec.code === 'leading-token' ? text.split(/\s+/)[0]! : text;
}

const problemAt = (file: string, at: Located, message: string, value = at.text): FileProblem => ({
  file,
  row: at.row,
  column: at.column,
  value,
  message,
});

/** Pure: a file's cells → observations, measures and new regions, with every problem named by row and column. */
export class FileObservationMapper {
  private readonly problems: FileProblem[] = [];
  private readonly regionCodes = new Map<string, string | null>();
  private readonly newRegions = new Map<string, RegionInput>();
  private readonly dimensionCodes = new Map<string, string | null>();
  private readonly measures = new Map<string, MeasureInput>();
  private readonly figures = new Map<string, MappedObservation>();
  private readonly usedBindings = new Set<string>();
  private readonly resolver: RegionResolver;
  private readonly periods: PeriodReader;
  private duplicates = 0;

  constructor(
    private readonly manifest: FileManifest,
    private readonly file: string,
    known: readonly KnownRegion[],
  ) {
    this.resolver = new RegionResolver(known, manifest.regions);
    this.periods = new PeriodReader(manifest.period);
  }

  map(parsed: FileCells): MappedFile {
    this.problems.push(...parsed.problems);
    for (const cell of parsed.cells) this.mapCell(cell);
    this.checkBindingsUsed();
    return {
      measures: [...this.measures.values()],
      observations: [...this.figures.values()],
      regions: this.registrations(),
      problems: this.problems,
      skippedRegions: [...parsed.skippedRegions].sort(),
      duplicatesCollapsed: this.duplicates,
    };
  }

  private mapCell(cell: FileCell): void {
    const region = this.regionOf(cell);
    const period = this.periods.periodOf(cell.period?.text ?? null);
    if (!period.ok)
      this.problem(cell.period ?? { text: '', row: cell.row, column: cell.column }, period.reason, `period|${cell.period?.text}`);
    const dimensions = this.dimensionsOf(cell);
    const value = readCellValue(cell.raw, this.manifest.format.type === 'csv' ? this.manifest.format.decimalSeparator : '.');
    if (value.kind === 'invalid')
      this.problems.push({ file: this.file, row: cell.row, column: cell.column, value: String(cell.raw), message: value.reason });
    if (region === null || !period.ok || dimensions === null || value.kind === 'invalid') return;
    const measure = this.measureOf(cell.measure, dimensions);
    this.add({
      sourceKey: measure.sourceKey,
      dimensions,
      regionCode: region,
      periodCode: period.period.code,
      periodStart: period.period.start,
      periodEnd: period.period.end,
      value: value.kind === 'value' ? value.value : null,
      missingReason: value.kind === 'missing' ? value.reason : null,
      status: period.period.status,
      row: cell.row,
      column: cell.column,
    });
  }

  /** One figure per measure, region and period: an exact repeat collapses, a different one is a problem. */
  private add(observation: MappedObservation): void {
    const key = `${measureKey(observation.sourceKey, observation.dimensions)}|${observation.regionCode}|${observation.periodCode}`;
    const first = this.figures.get(key);
    if (first === undefined) {
      this.figures.set(key, observation);
      return;
    }
    if (first.value === observation.value && first.missingReason === observation.missingReason && first.status === observation.status) {
      this.duplicates += 1;
      return;
    }
    const shown = (o: MappedObservation) => (o.value === null ? `missing (${o.missingReason})` : String(o.value));
    this.problems.push({
      file: this.file,
      row: observation.row,
      column: observation.column,
      value: shown(observation),
      message: `a second figure for ${observation.regionCode} ${observation.periodCode} that differs from row ${first.row} (${shown(first)})`,
    });
  }

  private regionOf(cell: FileCell): string | null {
    const label = cell.region.text.trim();
    let code = this.regionCodes.get(label);
    if (code === undefined) {
      const resolved = this.resolver.resolve(label);
      code = resolved.ok ? this.checkCode(resolved.code, cell) : null;
      if (!resolved.ok) this.problem(cell.region, resolved.reason, `region|${label}`);
      this.regionCodes.set(label, code);
    }
    return code;
  }

  /**
   * A code must be known, or be named in the file (then it is registered with that name): beside the code in a
   * name column, or — a name the manifest's alias gives a code — the label itself.
   */
  private checkCode(code: string, cell: FileCell): string | null {
    if (this.resolver.isKnown(code)) return code;
    const level = levelOf(code);
    if (level === null)
      return this.problem(cell.region, 'not a CBS region code (NL01, PV22, GM0106, WK010601, BU01060101, …)', `region|${code}`);
    const name = this.manifest.regions.kind === 'name' ? cell.region.text.trim() : cell.regionName;
    if (name === null || name === '') {
      return this.problem(cell.region, 'the database does not know this region and the file gives no name for it', `region|${code}`);
    }
    const boundaryYear = level === 'gemeente' || level === 'wijk' || level === 'buurt' ? this.manifest.regions.boundaryYear : null;
    this.newRegions.set(code, { code, name, level, parentCode: parentCodeOf(code), boundaryYear });
    return code;
  }

  /** New regions; a parent neither known nor registered here is left out rather than left dangling. */
  private registrations(): RegionInput[] {
    return [...this.newRegions.values()].map((region) => {
      const parent = region.parentCode;
      return parent !== null && !this.resolver.isKnown(parent) && !this.newRegions.has(parent) ? { ...region, parentCode: null } : region;
    });
  }

  private dimensionsOf(cell: FileCell): Record<string, string> | null {
    const codes: Record<string, string> = {};
    for (const { spec, label } of cell.dimensions) {
      const key = `${spec.name}|${label.text}`;
      let code = this.dimensionCodes.get(key);
      if (code === undefined) {
        code = dimensionCode(spec, label.text);
        if (code === '' || (spec.pattern !== null && !new RegExp(spec.pattern, 'u').test(code))) {
          code = this.problem(
            label,
            `gives no ${spec.name} code${spec.pattern === null ? '' : ` matching ${spec.pattern}`} (read: "${code}")`,
            `dimension|${key}`,
          );
        }
        this.dimensionCodes.set(key, code);
      }
      if (code === null) return null;
      codes[spec.name] = code;
    }
    return codes;
  }

  /** The measure row of a spec at these codes: the first binding whose codes all match names it. */
  private measureOf(spec: MeasureSpec, dimensions: Readonly<Record<string, string>>): MeasureInput {
    const key = measureKey(spec.key, dimensions);
    let measure = this.measures.get(key);
    if (measure === undefined) {
      const index = spec.bind.findIndex((binding) => Object.entries(binding.where).every(([name, code]) => dimensions[name] === code));
      if (index >= 0) this.usedBindings.add(`${spec.key}|${index}`);
      const name = index >= 0 ? spec.bind[index]!.measure : unboundMeasureName(this.manifest.table.id, spec.key);
      measure = { sourceKey: spec.key, dimensions, name, title: spec.title, unit: spec.unit, decimals: spec.decimals };
      this.measures.set(key, measure);
    }
    return measure;
  }

  /** A binding that matched nothing means a label changed: the catalogue measure would silently go without. */
  private checkBindingsUsed(): void {
    if (this.problems.length > 0) return;
    for (const spec of this.manifest.measures) {
      spec.bind.forEach((binding, index) => {
        if (this.usedBindings.has(`${spec.key}|${index}`)) return;
        const where = Object.entries(binding.where)
          .map(([name, code]) => `${name}=${code}`)
          .join(', ');
        this.problems.push({
          file: this.file,
          row: null,
          column: spec.column ?? spec.topic,
          value: where || null,
          message: `no cell feeds ${binding.measure}: the file has no ${spec.key}${where ? ` at ${where}` : ''}`,
        });
      });
    }
  }

  /** Records a problem once per label (a wrong region label on 50 rows is one problem at its first row). */
  private readonly reported = new Set<string>();

  private problem(at: Located, message: string, once: string): null {
    if (!this.reported.has(once)) {
      this.reported.add(once);
      this.problems.push(problemAt(this.file, at, message));
    }
    return null;
  }
}

/** Maps parsed cells with the regions the database knows. */
export function mapFileCells(parsed: FileCells, manifest: FileManifest, file: string, known: readonly KnownRegion[]): MappedFile {
  return new FileObservationMapper(manifest, file, known).map(parsed);
}
