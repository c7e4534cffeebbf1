import type {
  AdoptionView,
  EditionRef,
  ReportChangeCounts,
  ReportChangesResponse,
  ReportResponse,
  ReportYearsResponse,
} from '@koers/api-contracts';
import { formatDate, formatNumber } from '../format/number.format';
import type { Lang } from '../i18n/lang';

// The words around an edition: its name, its adoption, the running header of the printed report, and what
// changed since the edition before, counted. Dates in words ("26 november 2026"), Dutch first.

/** "Editie 2" or "Concept". */
export function editionName(report: Pick<ReportResponse, 'status' | 'adoption'>, lang: Lang): string {
  if (report.status === 'vastgesteld' && report.adoption)
    return lang === 'nl' ? `Editie ${report.adoption.number}` : `Edition ${report.adoption.number}`;
  return lang === 'nl' ? 'Concept' : 'Draft';
}

/** "Vastgesteld op 26 november 2026 door de gemeenteraad, raadsvergadering 26 november 2026." */
export function adoptionLine(adoption: AdoptionView, lang: Lang): string {
  const [on, meeting] = [formatDate(adoption.adoptedOn, lang), formatDate(adoption.councilMeeting, lang)];
  return lang === 'nl'
    ? `Vastgesteld op ${on} door ${adoption.adoptedBy}, raadsvergadering ${meeting}.`
    : `Adopted on ${on} by ${adoption.adoptedBy}, council meeting ${meeting}.`;
}

/** What the status of a report means for who reads it: adopted as it stands, or a draft that may still change. */
export function statusLine(report: Pick<ReportResponse, 'status' | 'adoption' | 'peildatum'>, lang: Lang): string {
  const peildatum = formatDate(report.peildatum, lang);
  if (report.status === 'vastgesteld' && report.adoption) {
    return `${adoptionLine(report.adoption, lang)} ${lang === 'nl' ? `Cijfers zoals gepubliceerd op ${peildatum}.` : `Figures as published on ${peildatum}.`}`;
  }
  return lang === 'nl'
    ? `Concept: nog niet vastgesteld door de gemeenteraad. De cijfers zijn zoals gepubliceerd op ${peildatum} en kunnen nog veranderen.`
    : `Draft: not yet adopted by the council. The figures are as published on ${peildatum} and may still change.`;
}

/** The running header on every printed page after the cover: the report, its edition or "concept", and a date. */
export function runningHeader(report: Pick<ReportResponse, 'year' | 'status' | 'adoption' | 'peildatum'>, lang: Lang): string {
  const title = lang === 'nl' ? `Raadsrapportage omgevingsvisie ${report.year}` : `Council report ${report.year}`;
  if (report.status === 'vastgesteld' && report.adoption) {
    return `${title} · ${editionName(report, lang)}, ${lang === 'nl' ? 'vastgesteld' : 'adopted'} ${formatDate(report.adoption.adoptedOn, lang)}`;
  }
  return `${title} · ${lang === 'nl' ? 'CONCEPT, peildatum' : 'DRAFT, reference date'} ${formatDate(report.peildatum, lang)}`;
}

/** The dashboard path of an edition (the API's `url` is its API path). */
export function editionPath(edition: Pick<EditionRef, 'year' | 'number'>): string {
  return `/rapport/${edition.year}/editie/${edition.number}`;
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The lists of the changes page, counted as a report page's response counts them. */
export function changeCounts(changes: ReportChangesResponse): ReportChangeCounts {
  const { since, statusChanges, revisions, added, dropped, newSources } = changes;
  return {
    since,
    statusChanges: statusChanges.length,
    revisions: revisions.length,
    added: added.length,
    dropped: dropped.length,
    newSources: newSources.length,
  };
}

/**
 * What changed since the edition before, in one sentence with counts: "Sinds editie 1 (vastgesteld op …): 2
 * statussen veranderd, 3 cijfers herzien." Only the kinds that occur are named.
 */
export function changesSummary(changes: ReportChangeCounts, lang: Lang): string {
  if (changes.since === null) {
    return lang === 'nl'
      ? 'Er is nog geen eerdere editie om deze rapportage mee te vergelijken.'
      : 'There is no earlier edition to compare this report with yet.';
  }
  const nl = lang === 'nl';
  const parts = [
    changes.statusChanges &&
      counted(changes.statusChanges, nl ? 'status veranderd' : 'status changed', nl ? 'statussen veranderd' : 'statuses changed'),
    changes.revisions && counted(changes.revisions, nl ? 'cijfer herzien' : 'figure revised', nl ? 'cijfers herzien' : 'figures revised'),
    changes.added && counted(changes.added, nl ? 'indicator erbij' : 'indicator added', nl ? 'indicatoren erbij' : 'indicators added'),
    changes.dropped &&
      counted(changes.dropped, nl ? 'indicator vervallen' : 'indicator dropped', nl ? 'indicatoren vervallen' : 'indicators dropped'),
    changes.newSources && counted(changes.newSources, nl ? 'nieuwe bron' : 'new source', nl ? 'nieuwe bronnen' : 'new sources'),
  ].filter((p): p is string => typeof p === 'string');
  const since = `${nl ? 'Sinds editie' : 'Since edition'} ${changes.since.number} (${changes.since.year}, ${nl ? 'vastgesteld op' : 'adopted on'} ${formatDate(changes.since.adoptedOn, lang)})`;
  if (parts.length === 0) return nl ? `${since} is er niets veranderd.` : `${since} nothing has changed.`;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${nl ? 'en' : 'and'} ${parts.at(-1)!}`;
  return `${since}: ${list}.`;
}

/** A status change in words: "verbeterd", "verslechterd", or another status of the same class. */
export function directionText(direction: ReportChangesResponse['statusChanges'][number]['direction'], lang: Lang): string {
  switch (direction) {
    case 'better':
      return lang === 'nl' ? 'verbeterd' : 'improved';
    case 'worse':
      return lang === 'nl' ? 'verslechterd' : 'worsened';
    case 'same-class':
      return lang === 'nl' ? 'anders, maar niet beter of slechter' : 'different, but neither better nor worse';
    default: {
      const unknown: never = direction;
      throw new Error(`Unknown direction ${String(unknown)}`);
    }
  }
}

/**
 * A published input figure as the changes page shows it: the changes carry no unit or decimals, so the figure is
 * written with the decimals it has (at most three), in the notation of Koers; an en dash when it was missing.
 */
export function publishedNumberText(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const decimals = [0, 1, 2, 3].find((d) => Number(value.toFixed(d)) === value) ?? 3;
  return formatNumber(value, decimals, lang);
}

/**
 * The editions just before and after one (by year, then number) in the list of `GET /reports`: the changes page
 * asks whether an edition had one before it that its changes do not name.
 */
export function editionNeighbours(
  years: ReportYearsResponse,
  year: number,
  number: number,
): { previous: EditionRef | null; next: EditionRef | null } {
  const all = years.years.flatMap((y) => y.editions).sort((a, b) => a.year - b.year || a.number - b.number);
  const at = all.findIndex((e) => e.year === year && e.number === number);
  if (at < 0) return { previous: null, next: null };
  return { previous: all[at - 1] ?? null, next: all[at + 1] ?? null };
}
