import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../../components/api-unavailable';
import { CopyField } from '../../../../../components/copy-field';
import { EmbedBuilder } from '../../../../../components/indicator/embed-builder';
import { getIndicator } from '../../../../../lib/api/indicators';
import { getReportYears } from '../../../../../lib/api/reports';
import { href } from '../../../../../lib/i18n/lang';
import { pageLang } from '../../../../../lib/i18n/page-lang';
import { pageTitle } from '../../../../../lib/i18n/page-title';
import { shareDictionary } from '../../../../../lib/i18n/share-dictionary';
import { publicOrigin } from '../../../../../lib/request/public-origin';
import { today } from '../../../../../lib/request/today';
import { chartViewQuery, readChartView, type SearchParams } from '../../../../../lib/view/chart-view.view';
import { EMBED_HEIGHT, embedPath, embedSnippet, readEmbedPin } from '../../../../../lib/view/embed.view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const detail = await getIndicator((await params).id, lang);
  return { title: pageTitle(detail, (d) => shareDictionary(lang).embedPage.title(d.indicator.title), shareDictionary(lang).embed.title) };
}

/**
 * Every way to embed an indicator's chart: live, pinned to the figures of a date, or pinned to an adopted council
 * edition; the iframe code to copy and a preview of it. Two API calls: the indicator and the report years.
 */
export default async function EmbedOptionsPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const { id } = await params;
  const t = shareDictionary(lang);
  const day = today();
  const view = readChartView(await searchParams, day);
  const pin = readEmbedPin(await searchParams, view);
  const [detail, years] = await Promise.all([getIndicator(id, lang, { region: view.region }), getReportYears(lang)]);
  if (!detail.ok) return notFoundOrUnavailable(lang, detail.status);
  const page = href(lang, `/indicatoren/${encodeURIComponent(id)}`);
  // The date field is always sent; only a view pinned to a date keeps it on the way back.
  const back = `${page}${chartViewQuery(pin.kind === 'as-of' ? view : { ...view, asOf: null })}`;
  const src = embedPath(id, view, pin, lang);
  const title = `${detail.data.indicator.title} — ${detail.data.region.name ?? detail.data.region.code}`;
  return (
    <article className="space-y-6">
      <header>
        <p className="text-tremor-default">
          <a href={back} className="text-tremor-brand-emphasis underline">
            ← {t.embedPage.back}
          </a>
        </p>
        <h1 className="mt-1 text-tremor-metric font-semibold">{t.embedPage.title(detail.data.indicator.title)}</h1>
        <p className="mt-2 max-w-prose">{t.embedPage.intro}</p>
      </header>
      <EmbedBuilder action={`${page}/insluiten`} view={view} pin={pin} years={years.ok ? years.data : null} today={day} lang={lang} />
      <CopyField
        label={t.embed.label}
        value={embedSnippet(`${await publicOrigin()}${src}`, title)}
        rows={3}
        texts={t.copy}
        testId="embed-snippet"
      />
      <section aria-labelledby="voorbeeld">
        <h2 id="voorbeeld" className="text-tremor-title font-semibold">
          {t.embedPage.preview}
        </h2>
        <iframe
          src={src}
          title={title}
          width="100%"
          height={EMBED_HEIGHT}
          className="mt-2 rounded-tremor-small border border-tremor-border bg-white"
          data-testid="embed-preview"
        />
      </section>
    </article>
  );
}
