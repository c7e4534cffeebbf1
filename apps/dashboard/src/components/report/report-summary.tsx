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
    <section className="print-break-before space-y-3 rounded-tremor-default border border-tremor-border bg-white p-4 print:border-0 print:p-0" data-testid="report-summary" aria-labelledby="samenvatting">
      <h2 id="samenvatting" className="border-b-2 border-teal-700 pb-1 text-tremor-title font-semibold">{t.summary}</h2>
      <p className="text-tremor-title font-semibold" data-testid="on-course-summary">{report.summary.text}</p>
      <p className="max-w-prose text-tremor-default"><span className="font-medium">{t.rule}:</span> {report.summary.rule}</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t.summary}>
        <table className="w-full border-collapse text-tremor-default">
          <caption className="sr-only">{t.summary}</caption>
          <thead>
            <tr className="border-b border-tremor-border text-left">
              {t.summaryHeaders.map((h) => <th key={h} scope="col" className="px-2 py-1">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {report.ambitions.map((a) => (
              <tr key={a.id} className="border-b border-tremor-border align-top" data-summary-ambition={a.id}>
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  <a href={`#amb-${a.id}`} className="underline print:no-underline">{a.title}</a>
                </th>
                <td className="px-2 py-1.5"><StatusBadge status={a.rollUp.overall} label={a.rollUp.overallLabel} scale={a.rollUp.overall} /></td>
                <td className="px-2 py-1.5">{a.onCourse ? t.onCourse : t.notOnCourse}</td>
                <td className="px-2 py-1.5">{a.rollUp.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {changes && (
        <div data-testid="changes-summary">
          <h3 className="font-semibold">{t.changes}</h3>
          <p className="text-tremor-default">
            {changes} <a href={href(lang, changesPath)} className="no-print text-tremor-brand-emphasis underline">{t.changesLink}</a>
          </p>
        </div>
      )}
    </section>
  );
}
