import type { RegionRef } from '@koers/api-contracts';
import { href, type Lang } from '../../lib/i18n/lang';
import { type ShareDictionary, shareDictionary } from '../../lib/i18n/share-dictionary';
import type { ChartView } from '../../lib/view/chart-view.view';

interface Props {
  readonly id: string;
  readonly view: ChartView;
  /** The indicator's own region (shown when the view names none) and the wijken it can be shown for. */
  readonly defaultRegion: RegionRef;
  readonly wijken: readonly RegionRef[];
  /** The regions this chart can show beside its own, with whether the view shows them. */
  readonly comparisons: readonly { readonly region: RegionRef; readonly shown: boolean }[];
  readonly lang: Lang;
}

const FIELD = 'rounded-tremor-small border border-tremor-border bg-white px-2 py-1 text-tremor-default';
const name = (r: RegionRef) => r.name ?? r.code;

function RegionField({
  view,
  defaultRegion,
  wijken,
  t,
}: Pick<Props, 'view' | 'defaultRegion' | 'wijken'> & { t: ShareDictionary['view'] }) {
  return (
    <label className="flex flex-col text-tremor-default">
      {t.region}
      <select name="region" defaultValue={view.region ?? ''} className={FIELD}>
        <option value="">{name(defaultRegion)}</option>
        {wijken.length > 0 && (
          <optgroup label={t.wijken}>
            {wijken.map((w) => (
              <option key={w.code} value={w.code}>
                {name(w)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

function YearField({ field, value, label }: { field: 'from' | 'to'; value: number | null; label: string }) {
  return (
    <label className="flex flex-col text-tremor-default">
      {label}
      <input
        type="number"
        name={field}
        min={1900}
        max={2100}
        step={1}
        defaultValue={value ?? ''}
        aria-describedby="jaren-hint"
        className={`${FIELD} w-28`}
      />
    </label>
  );
}

function DisplayField({ view, t }: { view: ChartView; t: ShareDictionary['view'] }) {
  return (
    <fieldset className="text-tremor-default">
      <legend>{t.display}</legend>
      <div className="flex gap-3">
        {(['chart', 'table'] as const).map((display) => (
          <label key={display} className="inline-flex items-center gap-1">
            <input type="radio" name="view" value={display} defaultChecked={view.display === display} />
            {display === 'chart' ? t.chart : t.table}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function PeersField({ comparisons, t }: Pick<Props, 'comparisons'> & { t: ShareDictionary['view'] }) {
  return (
    <fieldset className="mt-3 text-tremor-default">
      <legend className="font-medium">{t.peers}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {comparisons.map(({ region, shown }) => (
          <label key={region.code} className="inline-flex items-center gap-1">
            <input type="checkbox" name="peers" value={region.code} defaultChecked={shown} />
            {name(region)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The view of the chart as a plain form (GET, no script): region, the regions beside it, years and chart or table.
 * Sending it puts the view in the page's address, which is what a shared link holds.
 */
export function ChartViewForm({ id, view, defaultRegion, wijken, comparisons, lang }: Props) {
  const t = shareDictionary(lang).view;
  const page = href(lang, `/indicatoren/${encodeURIComponent(id)}`);
  return (
    <form
      method="get"
      action={page}
      className="mt-3 rounded-tremor-small bg-gray-50 p-3"
      data-testid="chart-view-form"
      aria-label={t.title}
    >
      <div className="flex flex-wrap items-end gap-4">
        {(wijken.length > 0 || view.region !== null) && <RegionField view={view} defaultRegion={defaultRegion} wijken={wijken} t={t} />}
        <YearField field="from" value={view.from} label={t.from} />
        <YearField field="to" value={view.to} label={t.to} />
        <DisplayField view={view} t={t} />
      </div>
      <p id="jaren-hint" className="mt-1 text-tremor-label text-tremor-content-emphasis">
        {t.yearHint}
      </p>
      {comparisons.length > 0 && <PeersField comparisons={comparisons} t={t} />}
      {view.asOf !== null && <input type="hidden" name="asOf" value={view.asOf} />}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-tremor-default font-medium text-white hover:bg-teal-800"
        >
          {t.apply}
        </button>
        <a href={page} className="text-tremor-default text-tremor-brand-emphasis underline">
          {t.reset}
        </a>
      </div>
    </form>
  );
}
