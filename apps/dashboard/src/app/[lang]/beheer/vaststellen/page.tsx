import type { Metadata } from 'next';
import { ApiUnavailable } from '../../../../components/api-unavailable';
import { AdoptEditionPanel } from '../../../../components/report/adopt-edition-panel';
import { adoptEditionTexts } from '../../../../components/report/adopt-edition-texts';
import { municipalityName } from '../../../../lib/api/municipality';
import { getReportYears } from '../../../../lib/api/reports';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { href } from '../../../../lib/i18n/lang';
import { pageLang } from '../../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ jaar?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: adoptEditionTexts(await pageLang(params)).title };
}

/** /beheer/vaststellen: an administrator adopts the draft of a year as its next edition. */
export default async function AdoptEditionPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const t = adoptEditionTexts(lang);
  const [years, municipality] = await Promise.all([getReportYears(lang), municipalityName(lang)]);
  if (!years.ok) return <ApiUnavailable lang={lang} status={years.status} />;
  const asked = Number((await searchParams).jaar);
  const list = years.data.years.map((y) => y.year);
  const year = list.includes(asked) ? asked : years.data.lastCompleteYear;
  return (
    <div className="space-y-4">
      <p className="text-tremor-default">
        <a href={href(lang, '/beheer')} className="text-tremor-brand-emphasis underline">
          ← {dictionary(lang).beheer.title}
        </a>
      </p>
      <h1 className="text-tremor-metric font-semibold">{t.title}</h1>
      <p className="max-w-prose">{t.intro}</p>
      <section className="rounded-tremor-default border border-tremor-border bg-white p-4">
        <AdoptEditionPanel lang={lang} years={list} year={year} municipality={municipality} />
      </section>
    </div>
  );
}
