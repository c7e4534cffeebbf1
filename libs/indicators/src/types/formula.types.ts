import type { MeasureName } from './measure-name.types';

/** The input as published. */
export interface DirectFormula {
  readonly kind: 'direct';
  readonly input: MeasureName;
}

/** Σ part ÷ Σ total × 100, in percent. */
export interface ShareFormula {
  readonly kind: 'share';
  readonly part: readonly MeasureName[];
  readonly total: readonly MeasureName[];
}

/** Σ numerator ÷ Σ denominator × scale (scale 1 for a plain ratio). */
export interface RatioFormula {
  readonly kind: 'ratio';
  readonly numerator: readonly MeasureName[];
  readonly denominator: readonly MeasureName[];
  readonly scale: number;
}

/** input ÷ base × 1,000 (per 1,000 inhabitants, or per 1,000 of another base such as residents aged 15–74). */
export interface PerThousandFormula {
  readonly kind: 'per-1000';
  readonly input: MeasureName;
  readonly base: MeasureName;
}

/** (xₜ ÷ xₜ₋₁ − 1) × 100: percent change against the same period one year earlier. */
export interface GrowthFormula {
  readonly kind: 'growth';
  readonly input: MeasureName;
}

/** xₜ − xₜ₋₁: absolute change against the same period one year earlier (e.g. m² floor space per year). */
export interface DifferenceFormula {
  readonly kind: 'difference';
  readonly input: MeasureName;
}

/** Σ inputs. */
export interface SumFormula {
  readonly kind: 'sum';
  readonly inputs: readonly MeasureName[];
}

/** xₜ ÷ x(base year, same sub-period) × 100. */
export interface IndexFormula {
  readonly kind: 'index';
  readonly input: MeasureName;
  readonly baseYear: number;
}

/** 1 − Σ sᵢ², with sᵢ = xᵢ ÷ Σx over the parts (e.g. jobs per SBI section). 0 = one sector, → 1 = very varied. */
export interface HerfindahlDiversityFormula {
  readonly kind: 'herfindahl-diversity';
  readonly parts: readonly MeasureName[];
}

/** How an indicator value is computed from its input measures, per region and period. */
export type Formula =
  | DirectFormula
  | ShareFormula
  | RatioFormula
  | PerThousandFormula
  | GrowthFormula
  | DifferenceFormula
  | SumFormula
  | IndexFormula
  | HerfindahlDiversityFormula;

/** The kinds of formula. */
export type FormulaKind = Formula['kind'];
