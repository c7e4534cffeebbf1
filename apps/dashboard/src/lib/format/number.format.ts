import { type Unit, numberText } from '@koers/indicators';
import type { Lang } from '../i18n/lang';

// All number and date formatting of the dashboard, so NL pages show 70.769, 1,5% and 27 november 2026 and EN pages
// 70,769, 1.5% and 27 November 2026. Numbers go through libs/indicators' numberText (the notation of the generated
// sentences too); dates through Intl.

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

function dateTimeFormats(options: Intl.DateTimeFormatOptions): Record<Lang, Intl.DateTimeFormat> {
  const inDutchTime = { ...options, timeZone: 'Europe/Amsterdam' };
  return { nl: new Intl.DateTimeFormat(LOCALE.nl, inDutchTime), en: new Intl.DateTimeFormat(LOCALE.en, inDutchTime) };
}

const DATE_FORMAT = dateTimeFormats({ day: 'numeric', month: 'long', year: 'numeric' });
const TIME_FORMAT = dateTimeFormats({ hour: '2-digit', minute: '2-digit', hour12: false });

/**
 * A number with a fixed count of decimals, in the one notation of Koers (`numberText` of libs/indicators, also used
 * inside generated sentences): "1.350", "−33.300", "0,88"; an en dash for missing (never 0).
 */
export function formatNumber(value: number | null | undefined, decimals: number, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberText(value, decimals, lang);
}

/** A percentage given in percent (1.5 → "1,5%", −2 → "−2,0%"). */
export function formatPercent(value: number | null | undefined, decimals: number, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${numberText(value, decimals, lang)}%`;
}

const UNIT_SUFFIX: Record<Unit, Record<Lang, string>> = {
  count: { nl: '', en: '' },
  percent: { nl: '%', en: '%' },
  'percentage-points': { nl: ' procentpunt', en: ' percentage points' },
  m3: { nl: ' m³', en: ' m³' },
  kwh: { nl: ' kWh', en: ' kWh' },
  'eur-thousand': { nl: ' × € 1.000', en: ' × € 1,000' },
  km: { nl: ' km', en: ' km' },
  ha: { nl: ' ha', en: ' ha' },
  m2: { nl: ' m²', en: ' m²' },
  'per-1000': { nl: ' per 1.000', en: ' per 1,000' },
  'per-household': { nl: ' per huishouden', en: ' per household' },
  'index-0-1': { nl: '', en: '' },
};

/** The unit as written after a number, without the leading space ("m²", "per 1.000"); empty for a count. */
export function unitLabel(unit: Unit, lang: Lang): string {
  return UNIT_SUFFIX[unit][lang].trim();
}

/** A value in the indicator's unit, e.g. "10,5%", "70.769", "1,06 per huishouden". */
export function formatValue(value: number | null | undefined, unit: Unit, decimals: number, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'percent') return formatPercent(value, decimals, lang);
  return `${formatNumber(value, decimals, lang)}${UNIT_SUFFIX[unit][lang]}`;
}

/** A change with its sign ("+1.234", "−0,4 procentpunt"); percent values change in percentage points. */
export function formatChange(change: number | null, unit: Unit, decimals: number, lang: Lang): string {
  if (change === null || !Number.isFinite(change)) return '–';
  const rounded = Number(change.toFixed(decimals));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  const magnitude = Math.abs(change);
  const suffix = unit === 'percent' ? UNIT_SUFFIX['percentage-points'][lang] : UNIT_SUFFIX[unit][lang];
  return `${sign}${formatNumber(magnitude, decimals, lang)}${suffix}`;
}

/** A date as "27 november 2026" (NL) or "27 November 2026" (EN); en dash when missing or invalid. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '–';
  return DATE_FORMAT[lang].format(date);
}

/** A moment as "27 november 2026 14:05" (NL) or "27 November 2026 14:05" (EN), Dutch time; en dash when missing. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  const date = formatDate(iso, lang);
  if (date === '–') return date;
  const time = TIME_FORMAT[lang].format(new Date(iso!));
  return `${date} ${time}`;
}

/** A file size: "812 bytes", "12,3 kB", "1,5 MB" (1 kB = 1,024 bytes, as file managers count). */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0, lang)} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1, lang)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), 1, lang)} MB`;
}
