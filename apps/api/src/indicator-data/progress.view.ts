import type { DataSourceView, ExplanationView, ProgressView, StatusView } from '@koers/api-contracts';
import type { ApiLanguage } from '@koers/api-contracts';
import { GUARD_TEXT, MEASURES, PROGRESS_STATUS_LABELS, type ProgressResult, SCALE_LABELS } from '@koers/indicators';

/** The status of a result with its labels in the requested language. */
export function statusView(progress: ProgressResult, lang: ApiLanguage): StatusView {
  return {
    status: progress.status,
    statusLabel: PROGRESS_STATUS_LABELS[progress.status][lang],
    scale: progress.scale,
    scaleLabel: SCALE_LABELS[progress.scale][lang],
  };
}

function explanationView(progress: ProgressResult, lang: ApiLanguage): ExplanationView {
  const { text, guards, ...numbers } = progress.explanation;
  return { ...numbers, text: text[lang], guards: guards.map((code) => ({ code, text: GUARD_TEXT[code][lang] })) };
}

function dataSources(progress: ProgressResult, lang: ApiLanguage): DataSourceView[] {
  return progress.dataSources.map((hint) => ({ measure: hint.measure, title: MEASURES[hint.measure].title[lang], source: hint.source }));
}

/** The library's judgement, localised: status, scale, score, explanation and (for no data) the sources. */
export function progressView(progress: ProgressResult, lang: ApiLanguage): ProgressView {
  return {
    ...statusView(progress, lang),
    score: progress.score,
    provisional: progress.provisional,
    basis: progress.basis,
    stale: progress.stale,
    comparableFrom: progress.comparableFrom,
    explanation: explanationView(progress, lang),
    dataSources: dataSources(progress, lang),
  };
}
