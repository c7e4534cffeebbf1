import { redirect } from 'next/navigation';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { getReportYears } from '../../../lib/api/reports';
import { href } from '../../../lib/i18n/lang';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

/** /rapport opens the report of the last complete year, as the API names it. */
export default async function ReportIndex({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await pageLang(params);
  const years = await getReportYears(lang);
  if (!years.ok) return <ApiUnavailable lang={lang} status={years.status} />;
  redirect(href(lang, `/rapport/${years.data.lastCompleteYear}`));
}
