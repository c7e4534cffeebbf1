import type { ApiLanguage, IndicatorView, LineageEntry, SeriesBreakView, SeriesPointView, TargetView } from '@koers/api-contracts';
import { type IndicatorDefinition, type LineagePoint, type Series, type Target, judgedRegionOf, seriesBreaks } from '@koers/indicators';

function baseTargetView(target: Target): Omit<TargetView, 'tolerance' | 'policy'> {
  const none = {
    baseYear: null,
    baseValue: null,
    targetYear: null,
    targetValue: null,
    ratePerYear: null,
    lower: null,
    upper: null,
    milestones: [],
  };
  switch (target.kind) {
    case 'level':
      return { ...none, kind: target.kind, baseYear: target.baseYear, targetYear: target.targetYear, targetValue: target.targetValue };
    case 'annual-rate':
      return { ...none, kind: target.kind, baseYear: target.baseYear, targetYear: target.targetYear, ratePerYear: target.ratePerYear };
    case 'cumulative-flow': {
      const last = target.milestones.at(-1);
      return {
        ...none,
        kind: target.kind,
        baseYear: target.startYear,
        targetYear: last?.year ?? null,
        targetValue: last?.value ?? null,
        milestones: target.milestones,
      };
    }
    case 'linear-path':
      return {
        ...none,
        kind: target.kind,
        baseYear: target.baseYear,
        baseValue: target.baseValue,
        targetYear: target.targetYear,
        targetValue: target.targetValue,
        milestones: target.milestones,
      };
    case 'band':
      return {
        ...none,
        kind: target.kind,
        baseYear: target.fromYear,
        targetYear: target.untilYear ?? null,
        lower: target.lower ?? null,
        upper: target.upper ?? null,
      };
    default: {
      const unknown: never = target;
      throw new Error(`Unknown target ${JSON.stringify(unknown)}`);
    }
  }
}

/** A target as data, its texts in the requested language. */
export function targetView(target: Target | undefined, lang: ApiLanguage): TargetView | null {
  if (target === undefined) return null;
  const tolerance =
    'tolerance' in target
      ? { kind: target.tolerance.kind, value: target.tolerance.value, rationale: target.tolerance.rationale[lang] }
      : null;
  return { ...baseTargetView(target), tolerance, policy: { citation: target.policy.citation, quote: target.policy.quote } };
}

/** The catalogue entry of an indicator, its texts in the requested language; its primary region only in `municipality`. */
export function indicatorView(indicator: IndicatorDefinition, municipality: string, lang: ApiLanguage): IndicatorView {
  const judged = judgedRegionOf(indicator, municipality);
  const progress = indicator.progress;
  return {
    id: indicator.id,
    ambition: indicator.ambition,
    title: indicator.title[lang],
    definition: indicator.definition[lang],
    unit: indicator.unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
    directionNote: indicator.directionNote?.[lang] ?? null,
    inputs: indicator.inputs,
    formula: indicator.formula,
    levels: indicator.levels,
    primaryRegion: judged === municipality ? null : judged,
    benchmarkRegions: indicator.benchmarkRegions ?? [],
    frequency: indicator.frequency,
    source: indicator.source[lang],
    owner: indicator.owner,
    progressMethod: progress.method,
    baseYear: progress.method === 'open-sdg' ? progress.baseYear : null,
    target: targetView(progress.target, lang),
    note: indicator.note?.[lang] ?? null,
  };
}

/** Keeps the years in [from, to] (either bound optional). */
export function inYears(year: number, from: number | undefined, to: number | undefined): boolean {
  return (from === undefined || year >= from) && (to === undefined || year <= to);
}

/**
 * The series points with, per period, the newest publication version among the inputs of that period, and the
 * markers a reader needs to trust it: voorbeelddata, the tables it came from, its evidence level, a break before
 * it, possible data errors.
 */
export function seriesView(series: Series, lineage: readonly LineagePoint[], from?: number, to?: number): SeriesPointView[] {
  const newest = new Map<string, LineagePoint>();
  for (const point of lineage) {
    const current = newest.get(point.period);
    if (!current || point.publishedAt > current.publishedAt) newest.set(point.period, point);
  }
  const breakYears = new Set(seriesBreaks(series).map((b) => b.year));
  let previousYear: number | null = null;
  return series.points
    .filter((p) => inYears(p.year, from, to))
    .map((p) => {
      const breakBefore =
        p.value !== null && previousYear !== null && [...breakYears].some((year) => previousYear! < year && year <= p.year);
      if (p.value !== null) previousYear = p.year;
      return {
        period: p.period,
        year: p.year,
        value: p.value,
        provisional: p.provisional,
        missingReason: p.missingReason ?? null,
        missingInputs: p.missingInputs ?? [],
        publicationVersion: newest.get(p.period)?.publicationVersion ?? null,
        demo: p.demo === true,
        sources: p.sources ?? [],
        mixedSources: new Set(p.sources ?? []).size > 1,
        evidence: p.evidence ?? null,
        breakBefore,
        suspect: p.suspect ?? [],
      };
    });
}

/** The breaks of a series in the requested language. */
export function breaksView(series: Series, lang: ApiLanguage): SeriesBreakView[] {
  return seriesBreaks(series).map((b) => ({ year: b.year, kind: b.kind, text: b.text[lang] }));
}

/** Uploaded files and bundled source files by sha256, for the lineage of figures that came from a file. */
export interface LineageFiles {
  readonly uploads: ReadonlyMap<string, { readonly id: string; readonly name: string; readonly uploadedAt: Date }>;
  readonly sources: ReadonlyMap<string, { readonly name: string; readonly sha256: string }>;
}

/** The lineage as the API shows it. */
export function lineageView(points: readonly LineagePoint[], files: LineageFiles): LineageEntry[] {
  return points.map((p) => {
    const upload = p.provider === 'municipal-file' ? files.uploads.get(p.publicationVersion) : undefined;
    const source = p.provider === 'file' ? files.sources.get(p.publicationVersion) : undefined;
    return {
      ...p,
      publishedAt: p.publishedAt.toISOString(),
      loadedAt: p.loadedAt.toISOString(),
      uploadedFile: upload ? { id: upload.id, name: upload.name, uploadedAt: upload.uploadedAt.toISOString() } : null,
      sourceFile: source ?? null,
    };
  });
}
