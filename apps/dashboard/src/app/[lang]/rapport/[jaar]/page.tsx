import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { ReportDocument } from '../../../../components/report/report-document';
import { REPORT_NOT_FOUND_TITLE, reportTexts } from '../../../../components/report/report-texts';
import { getReport, getReportChanges, getReportYears } from '../../../../lib/api/reports';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { changesDescribe, changesSummary, reportListed, withNeighbours } from '../../../../lib/view/report-edition.view';
import { reportYear } from './report-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; jaar: string }>; searchParams: Promise<{ concept?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [lang, year] = [await pageLang(params), await reportYear(params)];
  const years = await getReportYears(lang);
  return { title: !years.ok || reportListed(years.data, year) ? reportTexts(lang).title(year) : REPORT_NOT_FOUND_TITLE };
}

/**
 * The council report of a year from the one report response: the adopted edition when there is one, else the
 * draft (`?concept=true` asks for the draft anyway). A year without a report is a 404.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const year = await reportYear(params);
  const concept = (await searchParams).concept === 'true';
  const [report, years, changes] = await Promise.all([getReport(year, lang, { concept }), getReportYears(lang), getReportChanges(year, lang, { concept })]);
  if (!report.ok) return notFoundOrUnavailable(lang, report.status);
  const shown = withNeighbours(report.data, years.ok ? years.data : null);
  return (
    <ReportDocument
      report={shown}
      years={years.ok ? years.data : null}
      changes={changes.ok && changesDescribe(changes.data, shown) ? changesSummary(changes.data, lang) : null}
      changesPath={`/rapport/${year}/wijzigingen${concept ? '?concept=true' : ''}`}
      conceptAsked={concept}
      lang={lang}
    />
  );
}
