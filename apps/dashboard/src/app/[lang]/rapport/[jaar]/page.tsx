import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { ReportDocument } from '../../../../components/report/report-document';
import { REPORT_NOT_FOUND_TITLE, reportTexts } from '../../../../components/report/report-texts';
import { getReport } from '../../../../lib/api/reports';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { changesSummary } from '../../../../lib/view/report-edition.view';
import { reportYear } from './report-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; jaar: string }>; searchParams: Promise<{ concept?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [lang, year] = [await pageLang(params), await reportYear(params)];
  // The same request as the page's (one per render): a year without a report is titled as the 404 it is.
  const report = await getReport(year, lang, { concept: (await searchParams).concept === 'true' });
  return { title: !report.ok && report.status === 404 ? REPORT_NOT_FOUND_TITLE : reportTexts(lang).title(year) };
}

/**
 * The council report of a year from the one report response (with the years for the picker and what changed): the
 * adopted edition when there is one, else the draft (`?concept=true` asks for the draft anyway). A year without a
 * report is a 404.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const year = await reportYear(params);
  const concept = (await searchParams).concept === 'true';
  const report = await getReport(year, lang, { concept });
  if (!report.ok) return notFoundOrUnavailable(lang, report.status);
  return (
    <ReportDocument
      report={report.data}
      years={report.data.years}
      changes={changesSummary(report.data.changes, lang)}
      changesPath={`/rapport/${year}/wijzigingen${concept ? '?concept=true' : ''}`}
      conceptAsked={concept}
      lang={lang}
    />
  );
}
