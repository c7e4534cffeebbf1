import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApiUnavailable } from '../../../../components/api-unavailable';
import { PrintButton } from '../../../../components/print-button';
import { ReportRow } from '../../../../components/report/report-row';
import { StatusBadge } from '../../../../components/status-badge';
import { getAmbitions } from '../../../../lib/api/ambitions';
import { getCoverage } from '../../../../lib/api/coverage';
import { getIndicatorDetails } from '../../../../lib/api/indicator-details';
import { getIndicators } from '../../../../lib/api/indicators';
import { formatDate } from '../../../../lib/format/number.format';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { pageLang } from '../../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; jaar: string }> };

async function reportYear(params: Props['params']): Promise<number> {
  const year = Number((await params).jaar);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) notFound();
  return year;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: dictionary(await pageLang(params)).report.title(await reportYear(params)) };
}

export default async function ReportPage({ params }: Props) {
  const lang = await pageLang(params);
  const year = await reportYear(params);
  const t = dictionary(lang);
  const [ambitions, indicators, coverage] = await Promise.all([getAmbitions(lang), getIndicators(lang), getCoverage(lang)]);
  if (!ambitions.ok) return <ApiUnavailable lang={lang} status={ambitions.status} />;
  const details = await getIndicatorDetails(ambitions.data.data.flatMap((a) => a.indicators.filter((i) => i.latest).map((i) => i.id)), lang);
  const reasonOf = new Map((coverage.ok ? coverage.data.data : []).flatMap((a) => a.indicators.map((i) => [i.id, i.reason] as const)));
  const sourceOf = new Map((indicators.ok ? indicators.data.data : []).map((i) => [i.id, i.source]));
  const footnotes: string[] = [];
  const note = (id: string) => {
    const source = sourceOf.get(id) ?? details.get(id)?.indicator.source ?? '–';
    if (!footnotes.includes(source)) footnotes.push(source);
    return footnotes.indexOf(source) + 1;
  };
  const headers = lang === 'nl' ? ['Indicator', 'Cijfer', 'Jaar ervoor', 'Status'] : ['Indicator', 'Figure', 'Year before', 'Status'];
  return (
    <article className="space-y-6 bg-white p-6 print:p-0" data-testid="report">
      <header className="print-avoid-break">
        <h1 className="text-tremor-metric font-semibold">{t.report.title(year)}</h1>
        <p className="mt-2 max-w-3xl">{t.report.intro(year)}</p>
        <p className="mt-1 text-tremor-default text-tremor-content-emphasis">{t.report.generated(formatDate(new Date().toISOString(), lang))}</p>
        <div className="mt-3"><PrintButton label={t.report.print} /></div>
      </header>
      {ambitions.data.data.map((ambition, index) => (
        <section key={ambition.id} className={`${index > 0 ? 'print-break-before' : ''} space-y-3`} data-ambition={ambition.id} aria-labelledby={`amb-${ambition.id}`}>
          <h2 id={`amb-${ambition.id}`} className="border-b-2 border-teal-700 pb-1 text-tremor-title font-semibold">{ambition.title}</h2>
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={ambition.rollUp.overall} label={ambition.rollUp.overallLabel} scale={ambition.rollUp.overall} />
            <span className="text-tremor-default">{ambition.rollUp.text}</span>
          </div>
          <table className="w-full border-collapse text-tremor-default">
            <caption className="sr-only">{ambition.title}</caption>
            <thead>
              <tr className="border-b border-tremor-border text-left">
                {headers.map((h, i) => <th key={h} scope="col" className={`px-2 py-1 ${i === 1 || i === 2 ? 'text-right' : ''}`}>{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {ambition.indicators.map((indicator) => (
                <ReportRow key={indicator.id} indicator={indicator} detail={details.get(indicator.id)} year={year} footnote={note(indicator.id)} reason={reasonOf.get(indicator.id) ?? null} lang={lang} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <footer className="print-break-before space-y-2 text-tremor-default">
        <h2 className="text-tremor-title font-semibold">{t.report.sources}</h2>
        <ol className="list-decimal pl-6">
          {footnotes.map((f) => <li key={f}>{f}</li>)}
        </ol>
        <p className="text-tremor-content-emphasis">{t.exampleNote}</p>
      </footer>
    </article>
  );
}
