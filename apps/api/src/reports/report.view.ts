import type {
  ApiLanguage,
  ReportAmbitionView,
  ReportFigureView,
  ReportIndicatorView,
  ReportResponse,
  ReportSourceView,
} from '@koers/api-contracts';
import {
  AMBITIONS,
  type LineagePoint,
  type SeriesPoint,
  type SnapshotFigure,
  isAnnualPeriod,
  isOnCourse,
  onCourseSummary,
  plainStatusLine,
  reportFigures,
  rollUpAmbition,
  targetPath,
  whyNoVerdict,
} from '@koers/indicators';
import { rollUpView } from '../ambitions/roll-up.view';
import type { IndicatorResult } from '../indicator-data/indicator-results.service';
import { statusView } from '../indicator-data/progress.view';

function figureView(point: SeriesPoint | null): ReportFigureView | null {
  if (point === null || point.value === null) return null;
  return { period: point.period, year: point.year, value: point.value, provisional: point.provisional, demo: point.demo === true };
}

function inputsOf(lineage: readonly LineagePoint[], period: string | undefined): SnapshotFigure[] {
  return lineage
    .filter((l) => l.period === period)
    .map((l) => ({
      measure: l.measure,
      tableId: l.tableId,
      region: l.region,
      period: l.period,
      publishedValue: l.publishedValue,
      publicationVersion: l.publicationVersion,
      publishedAt: l.publishedAt.toISOString(),
    }));
}

function sourcesOf(lineage: readonly LineagePoint[], period: string | undefined): ReportSourceView[] {
  const seen = new Map<string, ReportSourceView>();
  for (const l of lineage.filter((p) => p.period === period)) {
    seen.set(`${l.provider}:${l.tableId}`, {
      provider: l.provider,
      tableId: l.tableId,
      evidence: l.evidence,
      publishedAt: l.publishedAt.toISOString(),
    });
  }
  return [...seen.values()];
}

/** One indicator of a report in one language. */
export function reportIndicatorView(
  result: IndicatorResult,
  year: number,
  lang: ApiLanguage,
  previousEdition: ReportFigureView | null,
): ReportIndicatorView {
  const { indicator, progress, series, lineage } = result;
  const { latest, previous } = reportFigures(series, year);
  const reason = result.coverage.reasons[0]?.text[lang] ?? whyNoVerdict(progress)?.[lang] ?? null;
  return {
    id: indicator.id,
    title: indicator.title[lang],
    unit: indicator.unit,
    decimals: indicator.decimals,
    direction: indicator.direction,
    ...statusView(progress, lang),
    figure: figureView(latest),
    previous: figureView(previous),
    statusLine: plainStatusLine(indicator, progress)[lang],
    explanation: progress.explanation.text[lang],
    basis: progress.basis,
    stale: progress.stale,
    reason,
    source: indicator.source[lang],
    sources: sourcesOf(lineage, latest?.period),
    chart: {
      points: series.points
        .filter((p) => isAnnualPeriod(p.period))
        .map(figureView)
        .filter((f): f is ReportFigureView => f !== null),
      trajectory: targetPath(indicator.progress, progress.explanation),
    },
    previousEditionFigure: previousEdition,
    inputs: inputsOf(lineage, latest?.period),
  };
}

/** What the report body needs besides the results: its year, peildatum, region and the previous edition's figures. */
export interface ReportContext {
  readonly year: number;
  readonly peildatum: string;
  readonly region: ReportResponse['region'];
  readonly generatedAt: string;
  readonly dataVersion: string;
  readonly previousFigures: ReadonlyMap<string, ReportFigureView | null>;
}

/** The whole report (a draft) in one language, from the judged results of every indicator. */
export function reportView(results: readonly IndicatorResult[], context: ReportContext, lang: ApiLanguage): ReportResponse {
  const ambitions = AMBITIONS.map((ambition): ReportAmbitionView => {
    const own = results.filter((r) => r.indicator.ambition === ambition.id);
    const rollUp = rollUpAmbition(
      ambition.id,
      context.region.code,
      own.map((r) => r.progress),
    );
    return {
      id: ambition.id,
      title: ambition.title[lang],
      description: ambition.description[lang],
      rollUp: rollUpView(rollUp, lang),
      onCourse: isOnCourse(rollUp),
      indicators: own.map((r) => reportIndicatorView(r, context.year, lang, context.previousFigures.get(r.indicator.id) ?? null)),
    };
  });
  const summary = onCourseSummary(ambitions.map((a) => a.rollUp));
  const sources = [
    ...new Set(ambitions.flatMap((a) => a.indicators.flatMap((i) => i.sources.map((s) => `${s.provider}:${s.tableId}`)))),
  ].sort();
  return {
    year: context.year,
    peildatum: context.peildatum,
    status: 'concept',
    adoption: null,
    previousEdition: null,
    nextEdition: null,
    region: context.region,
    summary: {
      onCourse: summary.onCourse,
      total: summary.total,
      judged: summary.judged,
      text: summary.text[lang],
      rule: summary.rule[lang],
    },
    ambitions,
    sources,
    generatedAt: context.generatedAt,
    dataVersion: context.dataVersion,
  };
}
