import { redirect } from 'next/navigation';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { getAmbitions } from '../../../lib/api/ambitions';
import { href } from '../../../lib/i18n/lang';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

/** /rapport opens the report of the newest year with figures. */
export default async function ReportIndex({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await pageLang(params);
  const ambitions = await getAmbitions(lang);
  if (!ambitions.ok) return <ApiUnavailable lang={lang} status={ambitions.status} />;
  const years = ambitions.data.data.flatMap((a) => a.indicators.map((i) => i.latest?.year ?? 0));
  redirect(href(lang, `/rapport/${Math.max(...years, 2020)}`));
}
