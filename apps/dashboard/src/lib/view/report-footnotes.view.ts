import type { ReportIndicatorView } from '@koers/api-contracts';
import { formatDate } from '../format/number.format';
import type { Lang } from '../i18n/lang';

export interface Footnote {
  readonly number: number;
  readonly text: string;
}

/** The source of one indicator as a footnote: its source line and the tables its figure came from, with their dates. */
export function sourceNoteText(indicator: Pick<ReportIndicatorView, 'source' | 'sources'>, lang: Lang): string {
  if (indicator.sources.length === 0) return `${indicator.source}.`;
  const word = lang === 'nl' ? 'tabel' : 'table';
  const published = lang === 'nl' ? 'gepubliceerd' : 'published';
  const tables = indicator.sources.map((s) => `${word} ${s.tableId} (${published} ${formatDate(s.publishedAt, lang)})`).join('; ');
  return `${indicator.source}; ${tables}.`;
}

/**
 * The footnotes of one section: one per distinct source text, numbered in order of first use, and the number of
 * each indicator's note. Indicators with the same source share one note.
 */
export function sectionFootnotes(
  indicators: readonly Pick<ReportIndicatorView, 'id' | 'source' | 'sources'>[],
  lang: Lang,
): { notes: Footnote[]; noteOf: ReadonlyMap<string, number> } {
  const notes: Footnote[] = [];
  const noteOf = new Map<string, number>();
  for (const indicator of indicators) {
    const text = sourceNoteText(indicator, lang);
    let note = notes.find((n) => n.text === text);
    if (!note) {
      note = { number: notes.length + 1, text };
      notes.push(note);
    }
    noteOf.set(indicator.id, note.number);
  }
  return { notes, noteOf };
}
