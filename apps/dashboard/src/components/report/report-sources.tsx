import type { ReportResponse } from '@koers/api-contracts';
import { formatDate } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { reportTexts } from './report-texts';

/** The closing page: how the report judges (the as-of rule) and every table its figures came from. */
export function ReportSources({ report, lang }: { report: ReportResponse; lang: Lang }) {
  const t = reportTexts(lang);
  const demo = report.ambitions.some((a) => a.indicators.some((i) => i.figure?.demo));
  return (
    <section
      className="print-break-before space-y-3 rounded-tremor-default border border-tremor-border bg-white p-4 print:border-0 print:p-0"
      aria-labelledby="bronnen"
      data-testid="report-sources"
    >
      <h2 id="bronnen" className="border-b-2 border-teal-700 pb-1 text-tremor-title font-semibold">
        {t.sources}
      </h2>
      <h3 className="font-semibold">{t.method}</h3>
      <p className="max-w-prose text-tremor-default">{t.methodText(report.year, formatDate(report.peildatum, lang))}</p>
      <p className="max-w-prose text-tremor-default">{report.summary.rule}</p>
      <h3 className="font-semibold">{t.tables}</h3>
      <ul className="list-disc pl-6 text-tremor-default">
        {report.sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {demo && <p className="text-tremor-default text-tremor-content-emphasis">{dictionary(lang).exampleNote}</p>}
    </section>
  );
}
