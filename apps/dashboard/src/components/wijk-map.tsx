import type { RegionValueView } from '@koers/api-contracts';
import type { Unit } from '@koers/indicators';
import { formatValue } from '../lib/format/number.format';
import type { Lang } from '../lib/i18n/lang';
import { dictionary } from '../lib/i18n/dictionary';
import { classOf } from '../lib/view/geo-projection.view';
import { wijkShapes } from '../lib/view/wijk-geometry.view';

// Sequential teal scale (light → dark); missing is hatched grey so "no value" never looks like "low".
const FILLS = ['#ccfbf1', '#5eead4', '#14b8a6', '#0f766e', '#134e4a'];
const WIDTH = 480;
const HEIGHT = 420;

/**
 * A server-rendered choropleth of the wijken given (boundaries 2024 from CBS via geoinzicht; see geo/PROVENANCE.md);
 * without bundled boundaries for them, a sentence saying there is no map.
 */
export function WijkMap({
  regions,
  unit,
  decimals,
  lang,
  summary,
  linkWijk,
}: {
  regions: readonly RegionValueView[];
  unit: Unit;
  decimals: number;
  lang: Lang;
  summary: string;
  linkWijk: (code: string) => string;
}) {
  const t = dictionary(lang);
  const byCode = new Map(regions.map((r) => [r.region.code, r]));
  const values = regions.map((r) => r.value).filter((v): v is number => v !== null);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const shapes = wijkShapes(new Set(byCode.keys()), WIDTH, HEIGHT);
  if (shapes.length === 0)
    return (
      <p className="text-tremor-default" data-testid="wijk-map-missing">
        {t.wijken.noMap}
      </p>
    );
  return (
    <figure data-testid="wijk-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-lg" role="group" aria-label={summary}>
        <defs>
          <pattern id="missing" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f3f4f6" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#9ca3af" strokeWidth="2" />
          </pattern>
        </defs>
        {shapes.map((shape) => {
          const region = byCode.get(shape.code);
          const value = region?.value ?? null;
          const cls = classOf(value, min, max, FILLS.length);
          const label = `${region?.region.name ?? shape.name}: ${value === null ? t.indicator.noValue : formatValue(value, unit, decimals, lang)}`;
          return (
            <a key={shape.code} href={linkWijk(shape.code)} aria-label={label}>
              <path
                d={shape.path}
                fill={cls === null ? 'url(#missing)' : FILLS[cls]}
                stroke="#ffffff"
                strokeWidth={1.5}
                className="hover:opacity-80 focus:outline-none"
              >
                <title>{label}</title>
              </path>
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex items-center gap-2 text-tremor-label text-tremor-content-emphasis">
        <span>{values.length ? formatValue(min, unit, decimals, lang) : ''}</span>
        {FILLS.map((fill) => (
          // SVG fills, not style attributes, which the Content-Security-Policy refuses.
          <svg key={fill} width="24" height="12" aria-hidden="true" focusable="false">
            <rect width="24" height="12" fill={fill} />
          </svg>
        ))}
        <span>{values.length ? formatValue(max, unit, decimals, lang) : ''}</span>
        <span className="ml-3 inline-flex items-center gap-1">
          <svg width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" fill="url(#missing)" stroke="#9ca3af" />
          </svg>
          {t.indicator.noValue}
        </span>
      </figcaption>
    </figure>
  );
}
