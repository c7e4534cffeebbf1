import type { Formula } from '../types/formula.types';
import type { MeasureName } from '../types/measure-name.types';
import type { SeriesPoint } from '../types/series.types';
import type { PointLookup } from './align.compute';
import { evaluateFormulaAt } from './formula.compute';

type Raw = Record<string, number | null | { value: number | null; provisional?: boolean; reason?: string }>;

/** Input data: measure → period → value (null = missing with reason 'x'). */
const DATA: Partial<Record<MeasureName, Raw>> = {
  // "a": 200 in 2023, 250 (provisional) in 2024
  population_total: { '2023JJ00': 200, '2024JJ00': { value: 250, provisional: true } },
  // "b": 50 in 2023, 0 in 2024
  social_assistance_recipients: { '2023JJ00': 50, '2024JJ00': 0 },
  // "c": missing ('x', secret) in 2023, 30 in 2024
  households_total: { '2023JJ00': { value: null, reason: 'x' }, '2024JJ00': 30 },
  // "e": 0 in 2023, 5 in 2024
  dwellings_stock: { '2023JJ00': 0, '2024JJ00': 5 },
  // monthly: 10 in June 2023, 12 in June 2024
  jobseekers_gwu: { '2023MM06': 10, '2024MM06': 12 },
};

const lookup: PointLookup = (measure, period) => {
  const raw = DATA[measure]?.[period];
  if (raw === undefined) {
    return undefined;
  }
  const year = Number(period.slice(0, 4));
  if (raw === null || typeof raw === 'number') {
    return { period, year, value: raw, provisional: false, ...(raw === null ? { missingReason: '.' } : {}) };
  }
  const point: SeriesPoint = { period, year, value: raw.value, provisional: raw.provisional ?? false };
  return raw.reason === undefined ? point : { ...point, missingReason: raw.reason };
};

interface Case {
  readonly name: string;
  readonly formula: Formula;
  readonly period: string;
  readonly value: number | null;
  readonly provisional?: boolean;
  readonly reason?: string;
  readonly missingInputs?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'direct passes the value through', formula: { kind: 'direct', input: 'population_total' }, period: '2023JJ00', value: 200 },
  {
    name: 'direct carries provisional',
    formula: { kind: 'direct', input: 'population_total' },
    period: '2024JJ00',
    value: 250,
    provisional: true,
  },
  // 50 / 200 × 100 = 25
  {
    name: 'share is part ÷ total × 100',
    formula: { kind: 'share', part: ['social_assistance_recipients'], total: ['population_total'] },
    period: '2023JJ00',
    value: 25,
  },
  // 50 / (200 + 50) × 100 = 20
  {
    name: 'share sums a multi-measure total',
    formula: { kind: 'share', part: ['social_assistance_recipients'], total: ['population_total', 'social_assistance_recipients'] },
    period: '2023JJ00',
    value: 20,
  },
  // 200 / 50 × 1 = 4
  {
    name: 'ratio divides the sums and scales',
    formula: { kind: 'ratio', numerator: ['population_total'], denominator: ['social_assistance_recipients'], scale: 1 },
    period: '2023JJ00',
    value: 4,
  },
  // 250 / 0 → missing, provisional because 250 is provisional
  {
    name: 'ratio by zero is missing',
    formula: { kind: 'ratio', numerator: ['population_total'], denominator: ['social_assistance_recipients'], scale: 1 },
    period: '2024JJ00',
    value: null,
    reason: 'division-by-zero',
    provisional: true,
  },
  // 50 / 200 × 1000 = 250
  {
    name: 'per-1000 scales by a thousand',
    formula: { kind: 'per-1000', input: 'social_assistance_recipients', base: 'population_total' },
    period: '2023JJ00',
    value: 250,
  },
  // (250 / 200 − 1) × 100 = 25
  {
    name: 'growth is the percent change on a year earlier',
    formula: { kind: 'growth', input: 'population_total' },
    period: '2024JJ00',
    value: 25,
    provisional: true,
  },
  {
    name: 'growth without a previous year is missing',
    formula: { kind: 'growth', input: 'population_total' },
    period: '2023JJ00',
    value: null,
    reason: 'previous-period-missing',
    missingInputs: ['population_total@2022JJ00'],
  },
  // previous value 0 → (5 − 0) / 0 → missing
  {
    name: 'growth from zero is missing',
    formula: { kind: 'growth', input: 'dwellings_stock' },
    period: '2024JJ00',
    value: null,
    reason: 'division-by-zero',
  },
  // 250 − 200 = 50
  {
    name: 'difference is the change on a year earlier',
    formula: { kind: 'difference', input: 'population_total' },
    period: '2024JJ00',
    value: 50,
    provisional: true,
  },
  // 5 − 0 = 5
  { name: 'difference from zero is fine', formula: { kind: 'difference', input: 'dwellings_stock' }, period: '2024JJ00', value: 5 },
  // 12 − 10 = 2: June 2024 against June 2023
  {
    name: 'difference compares the same month a year earlier',
    formula: { kind: 'difference', input: 'jobseekers_gwu' },
    period: '2024MM06',
    value: 2,
  },
  // 250 + 0 = 250
  {
    name: 'sum adds the inputs',
    formula: { kind: 'sum', inputs: ['population_total', 'social_assistance_recipients'] },
    period: '2024JJ00',
    value: 250,
    provisional: true,
  },
  // 250 / 200 × 100 = 125
  {
    name: 'index divides by the base year',
    formula: { kind: 'index', input: 'population_total', baseYear: 2023 },
    period: '2024JJ00',
    value: 125,
    provisional: true,
  },
  {
    name: 'index is 100 in the base year',
    formula: { kind: 'index', input: 'population_total', baseYear: 2023 },
    period: '2023JJ00',
    value: 100,
  },
  // base 2023 is 0 → 5 / 0 → missing
  {
    name: 'index on a zero base is missing',
    formula: { kind: 'index', input: 'dwellings_stock', baseYear: 2023 },
    period: '2024JJ00',
    value: null,
    reason: 'division-by-zero',
  },
  {
    name: 'index without the base year is missing',
    formula: { kind: 'index', input: 'population_total', baseYear: 2020 },
    period: '2024JJ00',
    value: null,
    reason: 'base-period-missing',
    provisional: true,
    missingInputs: ['population_total@2020JJ00'],
  },
  // shares 200/250 = 0.8 and 50/250 = 0.2 → 1 − (0.64 + 0.04) = 0.32
  {
    name: 'herfindahl diversity is 1 − Σ shares²',
    formula: { kind: 'herfindahl-diversity', parts: ['population_total', 'social_assistance_recipients'] },
    period: '2023JJ00',
    value: 0.32,
  },
  // shares 250/250 = 1 and 0 → 1 − 1 = 0
  {
    name: 'herfindahl diversity is 0 for one sector',
    formula: { kind: 'herfindahl-diversity', parts: ['population_total', 'social_assistance_recipients'] },
    period: '2024JJ00',
    value: 0,
    provisional: true,
  },
  // 0 + 0 jobs in 2023 for dwellings_stock alone → 0 / 0
  {
    name: 'herfindahl diversity of nothing is missing',
    formula: { kind: 'herfindahl-diversity', parts: ['dwellings_stock'] },
    period: '2023JJ00',
    value: null,
    reason: 'division-by-zero',
  },
  {
    name: 'a missing input stays missing, never 0',
    formula: { kind: 'share', part: ['households_total'], total: ['population_total'] },
    period: '2023JJ00',
    value: null,
    reason: 'input-missing',
    missingInputs: ['households_total:x'],
  },
  {
    name: 'an input without observation is absent',
    formula: { kind: 'direct', input: 'woz_avg_dwelling_keur' },
    period: '2023JJ00',
    value: null,
    reason: 'input-absent',
    missingInputs: ['woz_avg_dwelling_keur'],
  },
];

describe('evaluateFormulaAt', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('should compute correctly when %s', (_name, c) => {
    const point = evaluateFormulaAt(c.formula, c.period, lookup);
    expect(point.period).toBe(c.period);
    expect(point.year).toBe(Number(c.period.slice(0, 4)));
    expect(point.provisional).toBe(c.provisional ?? false);
    if (c.value === null) {
      expect(point.value).toBeNull();
      expect(point.missingReason).toBe(c.reason);
    } else {
      expect(point.value).toBeCloseTo(c.value, 12);
      expect(point.missingReason).toBeUndefined();
    }
    if (c.missingInputs !== undefined) {
      expect(point.missingInputs).toEqual(c.missingInputs);
    }
  });
});
