import type { LineageEntry, SeriesPointView } from '@koers/api-contracts';

/** A yearly point with a value. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
  readonly provisional: boolean;
}

/** The yearly points (JJ00) that have a value, oldest first. */
export function yearlyValues(series: readonly SeriesPointView[]): YearValue[] {
  return series
    .filter((point) => point.period.endsWith('JJ00') && point.value !== null)
    .map((point) => ({ year: point.year, value: point.value as number, provisional: point.provisional }))
    .sort((a, b) => a.year - b.year);
}

/** The value of a year, or null. */
export function valueIn(series: readonly SeriesPointView[], year: number): YearValue | null {
  return yearlyValues(series).find((point) => point.year === year) ?? null;
}

/** The newest yearly value and the one of the year before it (only when that exact year has a value). */
export function latestAndPrevious(series: readonly SeriesPointView[]): { latest: YearValue | null; previous: YearValue | null; change: number | null } {
  const values = yearlyValues(series);
  const latest = values.at(-1) ?? null;
  const previous = latest ? (values.find((point) => point.year === latest.year - 1) ?? null) : null;
  return { latest, previous, change: latest && previous ? latest.value - previous.value : null };
}

/** Whether an uploaded file is illustrative: the bundled illustrative files carry "voorbeelddata" in their name. */
export function isExampleFile(name: string): boolean {
  return name.toLowerCase().includes('voorbeelddata');
}

/** Whether figures come from an illustrative municipal file: the API's lineage names the uploaded file. */
export function isExampleData(lineage: readonly LineageEntry[]): boolean {
  return lineage.some((entry) => isExampleFile(entry.uploadedFile?.name ?? ''));
}
