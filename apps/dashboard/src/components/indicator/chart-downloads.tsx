import type { ChartDataFormat } from '@koers/api-contracts';
import { chartDataHref } from '../../lib/api/chart-data';
import { href, type Lang } from '../../lib/i18n/lang';
import { shareDictionary } from '../../lib/i18n/share-dictionary';
import { type ChartView, chartViewQuery } from '../../lib/view/chart-view.view';
import { ChartPngButton } from './chart-png-button';

const LINK =
  'inline-block rounded-tremor-small border border-tremor-brand px-3 py-1.5 text-tremor-default font-medium text-tremor-brand-emphasis hover:bg-teal-50';

interface Props {
  readonly id: string;
  readonly view: ChartView;
  /** The codes of the regions the chart shows beside its own. */
  readonly peers: readonly string[];
  /** The file names' stem: `koers-<indicator>-<region>`. */
  readonly stem: string;
  /** The chart shows an index (counts compared), the files the figures themselves. */
  readonly indexed: boolean;
  readonly lang: Lang;
}

/**
 * "Download deze grafiek": the figures of the view as CSV, Excel and a zip with metadata.json and README.md (from
 * the API, GET /indicators/:id/chart-data), and the chart itself as SVG and PNG (the dashboard's chart picture).
 */
export function ChartDownloads({ id, view, peers, stem, indexed, lang }: Props) {
  const t = shareDictionary(lang).downloads;
  const files: [ChartDataFormat, string][] = [
    ['csv', t.csv],
    ['xlsx', t.xlsx],
    ['zip', t.zip],
  ];
  const svgUrl = `${href(lang, `/indicatoren/${encodeURIComponent(id)}/grafiek`)}${chartViewQuery({ ...view, display: 'chart' })}`;
  return (
    <section aria-labelledby="download-grafiek" className="mt-4 border-t border-tremor-border pt-3">
      <h3 id="download-grafiek" className="font-medium">
        {t.title}
      </h3>
      <p className="mt-1 text-tremor-default text-tremor-content-emphasis">{t.intro}</p>
      <ul className="mt-2 flex flex-wrap items-center gap-2" data-testid="chart-downloads">
        {files.map(([format, label]) => (
          <li key={format}>
            <a href={chartDataHref(id, view, peers, format, lang)} download className={LINK} data-format={format}>
              ⬇ {label}
            </a>
          </li>
        ))}
        <li>
          <a href={svgUrl} download={`${stem}.svg`} className={LINK} data-format="svg">
            ⬇ {t.svg}
          </a>
        </li>
        <li className="inline-flex items-center gap-2">
          <ChartPngButton svgUrl={svgUrl} fileName={`${stem}.png`} texts={{ label: t.png, busy: t.pngBusy, failed: t.pngFailed }} />
        </li>
      </ul>
      {indexed && <p className="mt-1 text-tremor-label text-tremor-content-emphasis">{t.indexNote}</p>}
    </section>
  );
}
