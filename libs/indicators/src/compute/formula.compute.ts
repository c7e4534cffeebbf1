import type { Formula } from '../types/formula.types';
import type { MeasureName } from '../types/measure-name.types';
import type { ComputedMissingReason, SeriesPoint } from '../types/series.types';
import type { EvidenceLevel } from '../types/measure.types';
import { weakerEvidence } from '../sources/evidence';
import type { PointLookup } from './align.compute';
import { periodYear, shiftPeriodYear } from '../periods/period-code';

type ReadRole = 'current' | 'previous' | 'base';

/**
 * Collects what reading the inputs of one period ran into: provisional and illustrative points, where the figures
 * came from (sources, definitions, evidence, possible errors), missing inputs and the reason.
 */
class PeriodReader {
  provisional = false;
  demo = false;
  reason: ComputedMissingReason | null = null;
  readonly missingInputs: string[] = [];
  readonly sources = new Set<string>();
  readonly definitions = new Set<string>();
  readonly suspect = new Set<string>();
  evidence: EvidenceLevel | undefined;

  constructor(
    private readonly lookup: PointLookup,
    readonly period: string,
  ) {}

  read(measure: MeasureName, role: ReadRole = 'current', at: string = this.period): number | null {
    const point = this.lookup(measure, at);
    const label = role === 'current' ? measure : `${measure}@${at}`;
    if (point === undefined) {
      this.miss(role === 'current' ? 'input-absent' : roleReason(role), label);
      return null;
    }
    this.provisional = this.provisional || point.provisional;
    this.note(point);
    if (point.value === null) {
      const withReason = point.missingReason === undefined ? label : `${label}:${point.missingReason}`;
      this.miss(role === 'current' ? 'input-missing' : roleReason(role), withReason);
      return null;
    }
    return point.value;
  }

  /** Σ of the measures; null when any is missing (all are read, so every missing input is reported). */
  sum(measures: readonly MeasureName[]): number | null {
    const values = measures.map((measure) => this.read(measure));
    return values.some((value) => value === null) ? null : values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
  }

  /** a ÷ b, or null with reason `division-by-zero`. */
  divide(a: number | null, b: number | null): number | null {
    if (a === null || b === null) {
      return null;
    }
    if (b === 0) {
      this.reason = this.reason ?? 'division-by-zero';
      return null;
    }
    return a / b;
  }

  /** The origin markers of a point read, carried to the computed point. */
  private note(point: SeriesPoint): void {
    this.demo = this.demo || point.demo === true;
    for (const source of point.sources ?? []) this.sources.add(source);
    for (const definition of point.definitions ?? []) this.definitions.add(definition);
    for (const flag of point.suspect ?? []) this.suspect.add(flag);
    if (point.evidence !== undefined) this.evidence = weakerEvidence(this.evidence, point.evidence);
  }

  /** The markers as fields of the computed point (absent when no input carried them). */
  markers(): Pick<SeriesPoint, 'demo' | 'sources' | 'definitions' | 'evidence' | 'suspect'> {
    return {
      ...(this.demo ? { demo: true } : {}),
      ...(this.sources.size > 0 ? { sources: [...this.sources].sort() } : {}),
      ...(this.definitions.size > 0 ? { definitions: [...this.definitions].sort() } : {}),
      ...(this.evidence !== undefined ? { evidence: this.evidence } : {}),
      ...(this.suspect.size > 0 ? { suspect: [...this.suspect].sort() } : {}),
    };
  }

  private miss(reason: ComputedMissingReason, label: string): void {
    this.reason = this.reason ?? reason;
    this.missingInputs.push(label);
  }
}

function roleReason(role: Exclude<ReadRole, 'current'>): ComputedMissingReason {
  return role === 'previous' ? 'previous-period-missing' : 'base-period-missing';
}

function scaled(value: number | null, factor: number): number | null {
  return value === null ? null : value * factor;
}

function herfindahlDiversity(reader: PeriodReader, parts: readonly MeasureName[]): number | null {
  const values = parts.map((part) => reader.read(part));
  if (values.some((value) => value === null)) {
    return null;
  }
  const counts = values as number[];
  const total = counts.reduce((acc, v) => acc + v, 0);
  const shares = counts.map((count) => reader.divide(count, total));
  if (shares.some((share) => share === null)) {
    return null;
  }
  return 1 - (shares as number[]).reduce((acc, share) => acc + share * share, 0);
}

function yearOverYear(reader: PeriodReader, input: MeasureName, kind: 'growth' | 'difference'): number | null {
  const current = reader.read(input);
  if (current === null) {
    return null;
  }
  const previous = reader.read(input, 'previous', shiftPeriodYear(reader.period, -1));
  if (previous === null) {
    return null;
  }
  return kind === 'difference' ? current - previous : scaled(reader.divide(current - previous, previous), 100);
}

function indexValue(reader: PeriodReader, input: MeasureName, baseYear: number): number | null {
  const current = reader.read(input);
  if (current === null) {
    return null;
  }
  // The same sub-period in the base year: a month is indexed on that month, a year on that year.
  const basePeriod = shiftPeriodYear(reader.period, baseYear - periodYear(reader.period));
  return scaled(reader.divide(current, reader.read(input, 'base', basePeriod)), 100);
}

function evaluate(formula: Formula, reader: PeriodReader): number | null {
  switch (formula.kind) {
    case 'direct':
      return reader.read(formula.input);
    case 'share':
      return scaled(reader.divide(reader.sum(formula.part), reader.sum(formula.total)), 100);
    case 'ratio':
      return scaled(reader.divide(reader.sum(formula.numerator), reader.sum(formula.denominator)), formula.scale);
    case 'per-1000':
      return scaled(reader.divide(reader.read(formula.input), reader.read(formula.base)), 1000);
    case 'growth':
    case 'difference':
      return yearOverYear(reader, formula.input, formula.kind);
    case 'sum':
      return reader.sum(formula.inputs);
    case 'index':
      return indexValue(reader, formula.input, formula.baseYear);
    case 'herfindahl-diversity':
      return herfindahlDiversity(reader, formula.parts);
    default: {
      const unknown: never = formula;
      throw new Error(`Unknown formula ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Evaluates a formula for one period. Missing stays missing (never 0): the point then carries the reason and the
 * missing inputs. Division by zero is missing with reason `division-by-zero`. The point is provisional when any
 * input point read (including the previous or base period) is provisional.
 */
export function evaluateFormulaAt(formula: Formula, period: string, lookup: PointLookup): SeriesPoint {
  const reader = new PeriodReader(lookup, period);
  const value = evaluate(formula, reader);
  const base = { period, year: periodYear(period), provisional: reader.provisional, ...reader.markers() };
  if (value !== null && Number.isFinite(value)) {
    return { ...base, value };
  }
  return {
    ...base,
    value: null,
    missingReason: reader.reason ?? 'input-missing',
    ...(reader.missingInputs.length > 0 ? { missingInputs: reader.missingInputs } : {}),
  };
}
