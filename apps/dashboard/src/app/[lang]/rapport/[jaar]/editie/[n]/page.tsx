import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../../../components/api-unavailable';
import { ReportDocument } from '../../../../../../components/report/report-document';
import { REPORT_NOT_FOUND_TITLE, reportTexts } from '../../../../../../components/report/report-texts';
import { getEdition, getReportChanges, getReportYears } from '../../../../../../lib/api/reports';
import { pageLang } from '../../../../../../lib/i18n/page-lang';
import { changesDescribe, changesSummary, reportListed, withNeighbours } from '../../../../../../lib/view/report-edition.view';
import { editionNumber, reportYear } from '../../report-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; jaar: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = reportTexts(lang);
  const [year, number, years] = [await reportYear(params), await editionNumber(params), await getReportYears(lang)];
  return { title: !years.ok || reportListed(years.data, year, number) ? `${t.title(year)} · ${t.edition(number)}` : REPORT_NOT_FOUND_TITLE };
}

/**
 * One adopted edition at its permanent address, exactly as adopted, with links to the editions before and after.
 * The changes summary is the year's (what its newest edition says differently from the one before).
 */
export default async function EditionPage({ params }: Props) {
  const lang = await pageLang(params);
  const [year, number] = [await reportYear(params), await editionNumber(params)];
  const [edition, changes, years] = await Promise.all([getEdition(year, number, lang), getReportChanges(year, lang), getReportYears(lang)]);
  if (!edition.ok) return notFoundOrUnavailable(lang, edition.status);
  // The year's changes describe this edition only when it is the newest of its year.
  const shown = withNeighbours(edition.data, years.ok ? years.data : null);
  const same = changes.ok && changes.data.report.adoption?.number === number && changesDescribe(changes.data, shown);
  return (
    <ReportDocument
      report={shown}
      years={null}
      changes={same && changes.ok ? changesSummary(changes.data, lang) : null}
      changesPath={`/rapport/${year}/wijzigingen`}
      conceptAsked={false}
      lang={lang}
    />
  );
}
