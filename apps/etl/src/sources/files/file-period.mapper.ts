import { type PeriodStatus, annualPeriod, isCalendarDate, parsePeriod, parseStatlinePeriod, tryParsePeriod } from '@koers/indicators';
import type { PeriodSpec } from './file-manifest.types';

export interface FilePeriod {
  readonly code: string;
  readonly status: PeriodStatus;
  readonly start: string;
  readonly end: string;
}

export type ReadPeriod = { readonly ok: true; readonly period: FilePeriod } | { readonly ok: false; readonly reason: string };

/**
 * Period labels → CBS period codes through the one period parser of `libs/indicators`, each label read once
 * (a file has few periods and many cells in each). `*` marks become the status; the manifest's `statuses` say
 * what a file without marks cannot.
 */
export class PeriodReader {
  private readonly read = new Map<string, ReadPeriod>();
  private readonly statuses: ReadonlyMap<string, PeriodStatus>;

  constructor(private readonly spec: PeriodSpec) {
    this.statuses = new Map(spec.statuses.map((entry) => [entry.code, entry.status]));
  }

  /** The period of a label, or of the file when the manifest fixes it (`label` null). */
  periodOf(label: string | null): ReadPeriod {
    const key = label ?? '';
    let result = this.read.get(key);
    if (result === undefined) {
      result = this.readLabel(label);
      this.read.set(key, result);
    }
    return result;
  }

  private readLabel(label: string | null): ReadPeriod {
    const labelled = this.labelled(label);
    if (labelled === null) return { ok: false, reason: this.refusal() };
    const period = tryParsePeriod(labelled.code);
    if (period?.startDate == null || period.endDate == null) return { ok: false, reason: `period ${labelled.code} has no calendar dates` };
    const status = this.statuses.get(labelled.code) ?? labelled.status;
    return { ok: true, period: { code: labelled.code, status, start: period.startDate, end: period.endDate } };
  }

  private labelled(label: string | null): { code: string; status: PeriodStatus } | null {
    const spec = this.spec;
    switch (spec.from) {
      case 'fixed':
        return { code: spec.code, status: 'definitive' };
      case 'column':
      case 'header':
        return label === null ? null : parseStatlinePeriod(label, spec.labels);
      case 'date-column': {
        const text = (label ?? '').trim();
        // The year of the date: `reference_period` 2024-10-01 is CBS period 2024JJ00.
        return isCalendarDate(text) ? { code: annualPeriod(parsePeriod(text.replace(/-/g, '')).year), status: 'definitive' } : null;
      }
      default: {
        const unknown: never = spec;
        throw new Error(`Unhandled period source ${JSON.stringify(unknown)}`);
      }
    }
  }

  private refusal(): string {
    const spec = this.spec;
    if (spec.from === 'date-column') return 'the period is not a date (YYYY-MM-DD)';
    if (spec.from === 'fixed') return 'the fixed period is not a CBS period code';
    const word = spec.labels.yearLabelWord ? ` (with the word "${spec.labels.yearLabelWord}")` : '';
    return `the period is not a label of kind "${spec.labels.kind}"${word}, such as 2024, 2024* or a CBS code`;
  }
}
