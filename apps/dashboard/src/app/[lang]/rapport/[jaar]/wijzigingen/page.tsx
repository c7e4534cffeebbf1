import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../../components/api-unavailable';
import { ReportChanges } from '../../../../../components/report/report-changes';
import { ReportStatusMark } from '../../../../../components/report/report-status-mark';
import { reportTexts } from '../../../../../components/report/report-texts';
import { getReportChanges, getReportYears } from '../../../../../lib/api/reports';
import { href } from '../../../../../lib/i18n/lang';
import { pageLang } from '../../../../../lib/i18n/page-lang';
import { editionNeighbours, statusLine } from '../../../../../lib/view/report-edition.view';
import { reportYear } from '../report-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; jaar: string }>; searchParams: Promise<{ concept?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: reportTexts(await pageLang(params)).changesTitle(await reportYear(params)) };
}

/** What the report of a year (its adopted edition, or the draft) says differently from the edition before it. */
export default async function ChangesPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const year = await reportYear(params);
  const concept = (await searchParams).concept === 'true';
  const [changes, years] = await Promise.all([getReportChanges(year, lang, { concept }), getReportYears(lang)]);
  if (!changes.ok) return notFoundOrUnavailable(lang, changes.status);
  const t = reportTexts(lang);
  const adoption = changes.data.report.adoption;
  // An adopted edition with an earlier one that the changes do not name: say it is not available, not "none".
  const unnamed =
    changes.data.since === null &&
    adoption !== null &&
    years.ok &&
    editionNeighbours(years.data, adoption.year, adoption.number).previous !== null;
  return (
    <article className="space-y-4" data-testid="changes-page">
      <p className="no-print text-tremor-default">
        <a href={href(lang, `/rapport/${year}${concept ? '?concept=true' : ''}`)} className="text-tremor-brand-emphasis underline">
          {t.backToReport(year)}
        </a>
      </p>
      <h1 className="text-tremor-metric font-semibold">{t.changesTitle(year)}</h1>
      <p className="flex flex-wrap items-center gap-3">
        <ReportStatusMark status={changes.data.report.status} lang={lang} />
        <span className="max-w-prose">{statusLine({ ...changes.data.report, peildatum: changes.data.report.peildatum }, lang)}</span>
      </p>
      {unnamed ? <p data-testid="changes-unavailable">{t.changesUnavailable}</p> : <ReportChanges changes={changes.data} lang={lang} />}
    </article>
  );
}
