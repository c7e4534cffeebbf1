import type { AmbitionRollUp, ScaleClass } from '../types/progress.types';
import type { LocalizedText } from '../types/text.types';

/**
 * The rule a council report states for "x van 5 ambities op koers": an ambition is on course when its roll-up (the
 * lower median of its judged indicators, with at least half judged) is substantial progress or target achieved —
 * the classes Statistics Canada calls "on track". Moderate progress is not on course: it goes the right way too
 * slowly.
 */
export const ON_COURSE_CLASSES: readonly ScaleClass[] = ['target_achieved', 'substantial_progress'];

export function isOnCourse(rollUp: Pick<AmbitionRollUp, 'overall'>): boolean {
  return ON_COURSE_CLASSES.includes(rollUp.overall);
}

/** The summary line and the rule that decides it. */
export function onCourseSummary(rollUps: readonly Pick<AmbitionRollUp, 'overall'>[]): {
  onCourse: number;
  total: number;
  judged: number;
  text: LocalizedText;
  rule: LocalizedText;
} {
  const onCourse = rollUps.filter(isOnCourse).length;
  const judged = rollUps.filter((r) => r.overall !== 'not_available').length;
  const total = rollUps.length;
  return {
    onCourse,
    total,
    judged,
    text: {
      nl: `${onCourse} van de ${total} ambities op koers${judged < total ? `; bij ${total - judged} is er nog te weinig bekend voor een oordeel` : ''}.`,
      en: `${onCourse} of ${total} ambitions on course${judged < total ? `; for ${total - judged} too little is known for a judgement` : ''}.`,
    },
    rule: {
      nl: 'Een ambitie is op koers als minstens de helft van haar indicatoren een oordeel heeft en de middelste daarvan ‘aanzienlijke vooruitgang’ of ‘doel bereikt’ is.',
      en: 'An ambition is on course when at least half of its indicators have a judgement and the middle one of those is ‘substantial progress’ or ‘target achieved’.',
    },
  };
}
