import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { ReportDocument } from '../../../../components/report/report-document';
import { reportTexts } from '../../../../components/report/report-texts';
import { getReport } from '../../../../lib/api/reports';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { changesSummary } from '../../../../lib/view/report-edition.view';
import { reportYear } from './report-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; jaar: string }>; searchParams: Promise<{ concept?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: reportTexts(await pageLang(params)).title(await reportYear(params)) };
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
