import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../../../components/api-unavailable';
import { ReportDocument } from '../../../../../../components/report/report-document';
import { REPORT_NOT_FOUND_TITLE, reportTexts } from '../../../../../../components/report/report-texts';
import { getEdition } from '../../../../../../lib/api/reports';
import { pageLang } from '../../../../../../lib/i18n/page-lang';
import { changesSummary } from '../../../../../../lib/view/report-edition.view';
import { editionNumber, reportYear } from '../../report-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; jaar: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = reportTexts(lang);
  const [year, number] = [await reportYear(params), await editionNumber(params)];
  // The same request as the page's (one per render): an edition that does not exist is titled as the 404 it is.
  const edition = await getEdition(year, number, lang);
  return { title: !edition.ok && edition.status === 404 ? REPORT_NOT_FOUND_TITLE : `${t.title(year)} · ${t.edition(number)}` };
}

/**
 * One adopted edition at its permanent address, exactly as adopted, with links to the editions before and after
 * and what it says differently from the edition before it: one response.
 */
export default async function EditionPage({ params }: Props) {
  const lang = await pageLang(params);
  const [year, number] = [await reportYear(params), await editionNumber(params)];
  const edition = await getEdition(year, number, lang);
  if (!edition.ok) return notFoundOrUnavailable(lang, edition.status);
  // The changes page of the year lists what its newest edition changed: the summary links there only for that one.
  const newest = edition.data.years.years.find((y) => y.year === year)?.editions.at(-1)?.number === number;
  return (
    <ReportDocument
      report={edition.data}
      years={null}
      changes={newest ? changesSummary(edition.data.changes, lang) : null}
      changesPath={`/rapport/${year}/wijzigingen`}
      conceptAsked={false}
      lang={lang}
    />
  );
}
