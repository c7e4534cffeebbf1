import type { ReportResponse } from '@koers/api-contracts';
import { formatDate } from '../../lib/format/number.format';
import type { Lang } from '../../lib/i18n/lang';
import { editionName, statusLine } from '../../lib/view/report-edition.view';
import { ReportStatusMark } from './report-status-mark';
import { reportTexts } from './report-texts';

/**
 * The report's cover: title, municipality, the edition and its status (concept, or vastgesteld with the adoption
 * line), the peildatum and the contents. On screen it is the page's header; on paper a page of its own.
 */
export function ReportCover({ report, lang }: { report: ReportResponse; lang: Lang }) {
  const t = reportTexts(lang);
  const name = report.region.name ?? report.region.code;
  return (
    <header className="print-cover space-y-3" data-testid="report-cover">
      <p className="text-tremor-default font-medium text-tremor-content-emphasis">{t.municipality(name)}</p>
      <h1 className="text-tremor-metric font-semibold print:text-[26pt] print:leading-tight">{t.title(report.year)}</h1>
      <p className="flex flex-wrap items-center gap-3">
        <ReportStatusMark status={report.status} lang={lang} />
        {report.adoption && <span className="text-tremor-title font-medium">{editionName(report, lang)}</span>}
      </p>
      <p className="max-w-prose" data-testid="report-status-line">
        {statusLine(report, lang)}
      </p>
      <p className="max-w-prose text-tremor-content-emphasis">{t.intro(name, report.year)}</p>
      <nav aria-label={t.contents} className="hidden print:block">
        <h2 className="mt-10 text-tremor-title font-semibold">{t.contents}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>{t.summary}</li>
          {report.ambitions.map((a) => (
            <li key={a.id}>{a.title}</li>
          ))}
          <li>{t.sources}</li>
        </ol>
      </nav>
      <p className="text-tremor-label text-tremor-content-emphasis">{t.generated(formatDate(report.generatedAt, lang))}</p>
    </header>
  );
}
