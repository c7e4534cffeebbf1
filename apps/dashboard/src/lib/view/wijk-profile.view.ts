import type { ProfileIndicatorView, RegionProfileResponse } from '@koers/api-contracts';
import { AMBITIONS, formatPeriod } from '@koers/indicators';
import { formatNumber, formatValue } from '../format/number.format';
import type { Lang } from '../i18n/lang';

/** One indicator of an area profile as the page shows it: the area's share or rate beside the municipality's. */
export interface ProfileRow {
  readonly id: string;
  readonly title: string;
  /** What is shown ("deel van de inwoners"); null when it is the indicator itself. */
  readonly label: string | null;
  readonly period: string;
  readonly areaText: string;
  readonly municipalityText: string;
  /** The count behind a share of the municipality ("12.060"), else null. */
  readonly countText: string | null;
  /** Both values for a pair of bars, when both exist and are comparable. */
  readonly bars: { readonly area: number; readonly municipality: number } | null;
  readonly status: ProfileIndicatorView['status'];
  readonly demo: boolean;
  readonly buurtLevel: boolean;
}

export interface ProfileGroup {
  readonly ambition: string;
  readonly title: string;
  readonly rows: readonly ProfileRow[];
}

function row(indicator: ProfileIndicatorView, lang: Lang): ProfileRow {
  const fmt = (value: number | null) => formatValue(value, indicator.unit, indicator.decimals, lang);
  const { value, municipalityValue } = indicator;
  return {
    id: indicator.id,
    title: indicator.title,
    label: indicator.label,
    period: indicator.period ? formatPeriod(indicator.period, lang) : '–',
    areaText: fmt(value),
    municipalityText: indicator.shown === 'share-of-municipality' ? '100%' : fmt(municipalityValue),
    countText: indicator.count === null ? null : formatNumber(indicator.count, 0, lang),
    bars: value !== null && municipalityValue !== null ? { area: value, municipality: municipalityValue } : null,
    status: indicator.status,
    demo: indicator.demo,
    buurtLevel: indicator.buurtLevel,
  };
}

/**
 * The profile's indicators grouped by ambition, in the vision's order; each with its share or rate beside the
 * municipality's. Indicators without a value for the area are not in the response, so none is shown empty.
 */
export function profileGroups(profile: Pick<RegionProfileResponse, 'indicators'>, lang: Lang): ProfileGroup[] {
  return AMBITIONS.map((ambition) => ({
    ambition: ambition.id,
    title: ambition.title[lang],
    rows: profile.indicators.filter((i) => i.ambition === ambition.id).map((i) => row(i, lang)),
  })).filter((group) => group.rows.length > 0);
}
