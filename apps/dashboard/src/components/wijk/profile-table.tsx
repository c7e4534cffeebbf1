import type { Lang } from '../../lib/i18n/lang';
import { href } from '../../lib/i18n/lang';
import type { ProfileGroup } from '../../lib/view/wijk-profile.view';
import { ExampleDataTag } from '../example-data-tag';
import { StatusBadge } from '../status-badge';
import { wijkTexts } from './wijk-texts';

/** Two bars, the area's and the municipality's, on one scale (SVG widths: the page's policy refuses style attributes). */
function Bars({ area, municipality }: { area: number; municipality: number }) {
  const max = Math.max(Math.abs(area), Math.abs(municipality)) || 1;
  const width = (v: number) => `${(Math.abs(v) / max) * 100}%`;
  return (
    <svg className="mt-1 block h-5 w-full max-w-[12rem]" aria-hidden="true" focusable="false">
      <rect y="0" height="8" rx="2" width={width(area)} className="fill-teal-700" />
      <rect y="11" height="8" rx="2" width={width(municipality)} className="fill-gray-500" />
    </svg>
  );
}

/**
 * The profile as one table per ambition: what is shown (a share or rate, never a raw count beside a city total),
 * the area's figure beside the municipality's, and a status only where the area has a verdict of its own.
 */
export function ProfileTable({
  group,
  areaName,
  municipalityName,
  lang,
}: {
  group: ProfileGroup;
  areaName: string;
  municipalityName: string;
  lang: Lang;
}) {
  const t = wijkTexts(lang);
  return (
    <section aria-labelledby={`grp-${group.ambition}`} className="space-y-2" data-ambition={group.ambition}>
      <h2 id={`grp-${group.ambition}`} className="text-tremor-title font-semibold">
        {group.title}
      </h2>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={group.title}>
        {/* Fixed columns: the bars (SVG) would otherwise claim their intrinsic 300 px and push the city's column off a phone. */}
        <table className="w-full table-fixed border-collapse text-tremor-default">
          <caption className="sr-only">{t.caption(group.title, areaName)}</caption>
          <colgroup>
            <col className="w-[52%]" />
            <col className="w-[24%]" />
            <col className="w-[24%]" />
          </colgroup>
          <thead>
            <tr className="border-b border-tremor-border text-left">
              <th scope="col" className="px-2 py-1">
                {t.indicator}
              </th>
              <th scope="col" className="break-words px-2 py-1 text-right">
                {areaName}
              </th>
              <th scope="col" className="break-words px-2 py-1 text-right">
                {municipalityName}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((r) => (
              <tr key={r.id} className="border-b border-tremor-border align-top" data-indicator={r.id}>
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  <a href={href(lang, `/indicatoren/${r.id}`)} className="font-medium underline">
                    {r.title}
                  </a>
                  <span className="block text-tremor-label text-tremor-content-emphasis">
                    {[r.label, r.period, r.buurtLevel ? t.perBuurt : null].filter(Boolean).join(' · ')}
                  </span>
                  {r.status && (
                    <span className="mt-1 inline-block">
                      <StatusBadge status={r.status.status} label={r.status.statusLabel} scale={r.status.scale} />
                    </span>
                  )}
                  {r.bars && <Bars area={r.bars.area} municipality={r.bars.municipality} />}
                </th>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  <span className="font-semibold">{r.areaText}</span>
                  {r.countText && <span className="block text-tremor-label text-tremor-content-emphasis">{t.count(r.countText)}</span>}
                  {r.demo && <ExampleDataTag lang={lang} />}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">{r.municipalityText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
