import type { ReportYearsResponse } from '@koers/api-contracts';
import { formatDate } from '../../lib/format/number.format';
import type { Lang } from '../../lib/i18n/lang';
import { shareDictionary } from '../../lib/i18n/share-dictionary';
import type { ChartView } from '../../lib/view/chart-view.view';
import type { EmbedPin } from '../../lib/view/embed.view';

interface Props {
  /** This page's own address: the form sends the choice back to it. */
  readonly action: string;
  readonly view: ChartView;
  readonly pin: EmbedPin;
  readonly years: ReportYearsResponse | null;
  /** The last day the figures can be pinned to (today). */
  readonly today: string;
  readonly lang: Lang;
}

const FIELD = 'rounded-tremor-small border border-tremor-border bg-white px-2 py-1 text-tremor-default';

/** The choice of an embed (GET, no script): live, the figures of a date, or an adopted council edition. */
export function EmbedBuilder({ action, view, pin, years, today, lang }: Props) {
  const t = shareDictionary(lang).embedPage;
  const editions = (years?.years ?? []).flatMap((y) => y.editions);
  const chosenEdition = pin.kind === 'edition' ? `${pin.year}-${pin.number}` : undefined;
  const keep: [string, string | null][] = [
    ['region', view.region],
    ['peers', view.peers === 'all' ? 'all' : view.peers.join(',') || null],
    ['from', view.from?.toString() ?? null],
    ['to', view.to?.toString() ?? null],
  ];
  return (
    <form method="get" action={action} className="space-y-3 rounded-tremor-small bg-gray-50 p-3" data-testid="embed-builder">
      {keep.map(([name, value]) => value !== null && <input key={name} type="hidden" name={name} value={value} />)}
      <fieldset className="space-y-2 text-tremor-default">
        <legend className="font-medium">{t.choose}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="pin" value="live" defaultChecked={pin.kind === 'live'} />
          {t.live}
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2">
            <input type="radio" name="pin" value="as-of" defaultChecked={pin.kind === 'as-of'} />
            {t.asOf}
          </label>
          <label className="flex items-center gap-2">
            <span className="sr-only">{t.asOfDate}</span>
            <input type="date" name="asOf" max={today} defaultValue={view.asOf ?? today} className={FIELD} />
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2">
            <input type="radio" name="pin" value="edition" defaultChecked={pin.kind === 'edition'} disabled={editions.length === 0} />
            {t.edition}
          </label>
          {editions.length > 0 ? (
            <label className="flex items-center gap-2">
              <span className="sr-only">{t.editionSelect}</span>
              <select name="edition" defaultValue={chosenEdition} className={FIELD}>
                {editions.map((e) => (
                  <option key={`${e.year}-${e.number}`} value={`${e.year}-${e.number}`}>
                    {t.editionOption(e.year, e.number, formatDate(e.adoptedOn, lang))}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span className="text-tremor-content-emphasis">{t.noEditions}</span>
          )}
        </div>
      </fieldset>
      <button
        type="submit"
        className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-tremor-default font-medium text-white hover:bg-teal-800"
      >
        {t.apply}
      </button>
    </form>
  );
}
