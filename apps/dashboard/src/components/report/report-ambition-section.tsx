import type { ReportAmbitionView } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { sectionFootnotes } from '../../lib/view/report-footnotes.view';
import { StatusBadge } from '../status-badge';
import { ReportIndicator } from './report-indicator';
import { reportTexts } from './report-texts';

interface Props {
  readonly ambition: ReportAmbitionView;
  readonly year: number;
  readonly regionName: string;
  readonly previousEditionNumber: number | null;
  readonly lang: Lang;
}

/** One ambition of the report on its own pages: its judgement, every indicator, and the sources as footnotes. */
export function ReportAmbitionSection({ ambition, year, regionName, previousEditionNumber, lang }: Props) {
  const t = reportTexts(lang);
  const { notes, noteOf } = sectionFootnotes(ambition.indicators, lang);
  const noteId = (n: number) => `bron-${ambition.id}-${n}`;
  return (
    <section
      className="print-break-before space-y-3 rounded-tremor-default border border-tremor-border bg-white p-4 print:border-0 print:p-0"
      data-ambition={ambition.id}
      aria-labelledby={`amb-${ambition.id}`}
    >
      <h2 id={`amb-${ambition.id}`} className="border-b-2 border-teal-700 pb-1 text-tremor-title font-semibold">
        {ambition.title}
      </h2>
      <p className="max-w-prose text-tremor-default text-tremor-content-emphasis">{ambition.description}</p>
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={ambition.rollUp.overall} label={ambition.rollUp.overallLabel} scale={ambition.rollUp.overall} />
        <strong>{ambition.onCourse ? t.onCourse : t.notOnCourse}</strong>
        <span className="text-tremor-default">{ambition.rollUp.text}</span>
      </p>
      <div>
        {ambition.indicators.map((indicator) => {
          const n = noteOf.get(indicator.id) ?? 1;
          return (
            <ReportIndicator
              key={indicator.id}
              indicator={indicator}
              year={year}
              regionName={regionName}
              footnote={n}
              footnoteId={noteId(n)}
              previousEditionNumber={previousEditionNumber}
              lang={lang}
            />
          );
        })}
      </div>
      <footer className="border-t border-tremor-border pt-2 text-tremor-label text-tremor-content-emphasis">
        <ol className="space-y-0.5" aria-label={t.sources}>
          {notes.map((note) => (
            <li key={note.number} id={noteId(note.number)}>
              <sup>{note.number}</sup> {note.text}
            </li>
          ))}
        </ol>
      </footer>
    </section>
  );
}
