import type { ReportResponse } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { href } from '../../lib/i18n/lang';
import { StatusBadge } from '../status-badge';
import { reportTexts } from './report-texts';

interface Props {
  readonly report: ReportResponse;
  /** What changed since the previous edition, in one sentence; null when the changes could not be read. */
  readonly changes: string | null;
  readonly changesPath: string;
  readonly lang: Lang;
}

/** The one-page summary: "x van 5 ambities op koers" with the rule that decides it, and one line per ambition. */
export function ReportSummary({ report, changes, changesPath, lang }: Props) {
  const t = reportTexts(lang);
  return (
    <section
      className="print-break-before space-y-3 rounded-tremor-default border border-tremor-border bg-white p-4 print:border-0 print:p-0"
      data-testid="report-summary"
      aria-labelledby="samenvatting"
    >
      <h2 id="samenvatting" className="border-b-2 border-teal-700 pb-1 text-tremor-title font-semibold">
        {t.summary}
      </h2>
      <p className="text-tremor-title font-semibold" data-testid="on-course-summary">
        {report.summary.text}
      </p>
      <p className="max-w-prose text-tremor-default">
        <span className="font-medium">{t.rule}:</span> {report.summary.rule}
      </p>
      {/* A list, not a table: on a phone each ambition reads as one block, on paper and wide screens as one row. */}
      <ul className="divide-y divide-tremor-border border-y border-tremor-border text-tremor-default">
        {report.ambitions.map((a) => (
          <li
            key={a.id}
            className="grid gap-x-4 gap-y-1 py-2 md:grid-cols-[13rem_12rem_minmax(0,1fr)] print:grid-cols-[11rem_11rem_minmax(0,1fr)]"
            data-summary-ambition={a.id}
          >
            <a href={`#amb-${a.id}`} className="font-medium underline print:no-underline">
              {a.title}
            </a>
            <span className="flex flex-wrap items-center gap-2">
              <StatusBadge status={a.rollUp.overall} label={a.rollUp.overallLabel} scale={a.rollUp.overall} />
              <strong>{a.onCourse ? t.onCourse : t.notOnCourse}</strong>
            </span>
            <span>{a.rollUp.text}</span>
          </li>
        ))}
      </ul>
      {changes && (
        <div data-testid="changes-summary">
          <h3 className="font-semibold">{t.changes}</h3>
          <p className="text-tremor-default">
            {changes}{' '}
            <a href={href(lang, changesPath)} className="no-print text-tremor-brand-emphasis underline">
              {t.changesLink}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
