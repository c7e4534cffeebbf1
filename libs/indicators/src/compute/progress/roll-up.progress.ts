import type { AmbitionRollUp, ProgressResult, ProgressStatus, ScaleClass } from '../../types/progress.types';
import type { LocalizedText } from '../../types/text.types';
import { PROGRESS_STATUSES, SCALE_CLASSES, SCALE_RANK } from './scale.progress';
import { SCALE_LABELS } from './status-labels.data';

/** At least this share of an ambition's indicators must have a judgement for an overall class. */
export const ROLL_UP_MIN_COVERAGE = 0.5;

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The lower median of the ranked classes: with an even count, the worse of the two middle ones. */
export function lowerMedianClass(classes: readonly Exclude<ScaleClass, 'not_available'>[]): ScaleClass {
  if (classes.length === 0) {
    return 'not_available';
  }
  const sorted = [...classes].sort((a, b) => SCALE_RANK[a] - SCALE_RANK[b]);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function rollUpText(overall: ScaleClass, assessed: number, total: number, enough: boolean): LocalizedText {
  const label = SCALE_LABELS[overall];
  if (!enough) {
    return {
      nl: `${assessed} van de ${total} indicatoren hebben een oordeel; minstens de helft is nodig voor een totaaloordeel.`,
      en: `${assessed} of ${total} indicators have a judgement; at least half are needed for an overall class.`,
    };
  }
  return {
    nl: `Middelste klasse van de ${assessed} beoordeelde indicatoren (van ${total}; bij een even aantal de slechtste van de twee middelste): ${label.nl.toLowerCase()}.`,
    en: `Middle class of the ${assessed} judged indicators (of ${total}; with an even count the worse of the two middle ones): ${label.en.toLowerCase()}.`,
  };
}

/**
 * Roll-up of one ambition for one region: counts per scale class and per status, and an overall class. Rule:
 * when at least half of the indicators have a judgement, the overall class is the lower median of their classes
 * (ranked deterioration < limited < moderate < substantial < target achieved); otherwise `not_available`.
 */
export function rollUpAmbition(ambitionId: string, region: string, results: readonly ProgressResult[]): AmbitionRollUp {
  const countsByScale = zeroCounts<ScaleClass>(SCALE_CLASSES);
  const countsByStatus = zeroCounts<ProgressStatus>(PROGRESS_STATUSES);
  const ranked: Exclude<ScaleClass, 'not_available'>[] = [];
  for (const result of results) {
    countsByScale[result.scale] += 1;
    countsByStatus[result.status] += 1;
    if (result.scale !== 'not_available') {
      ranked.push(result.scale);
    }
  }
  const total = results.length;
  const enough = total > 0 && ranked.length >= ROLL_UP_MIN_COVERAGE * total;
  const overall = enough ? lowerMedianClass(ranked) : 'not_available';
  return {
    ambitionId,
    region,
    total,
    assessed: ranked.length,
    countsByScale,
    countsByStatus,
    overall,
    text: rollUpText(overall, ranked.length, total, enough),
  };
}
