import type { DataSourceHint, GuardCode, ProgressStatus } from '../../types/progress.types';
import type { Language, LocalizedText } from '../../types/text.types';
import type { OpenSdgOutcome } from './open-sdg.progress';
import { GUARD_TEXT, PROGRESS_STATUS_LABELS } from './status-labels.data';
import type { TrajectoryOutcome } from './trajectory.progress';
import { numberText, percentText } from '../../text/number-text';

/** A number for a sentence, in the reader's notation ("1.350", "−33.300"). */
const num = numberText;

/** A fraction as a percentage with two decimals: 0.0123 → "1,23%". */
function pct(fraction: number, lang: Language): string {
  return percentText(fraction, 2, lang);
}

function bilingual(make: (lang: Language) => string): LocalizedText {
  return { nl: make('nl'), en: make('en') };
}

function statusSentence(status: ProgressStatus): LocalizedText {
  const label = PROGRESS_STATUS_LABELS[status];
  return { nl: `Status: ${label.nl.toLowerCase()}.`, en: `Status: ${label.en.toLowerCase()}.` };
}

/** Joins sentences and appends one sentence per guard. */
export function joinSentences(parts: readonly LocalizedText[], guards: readonly GuardCode[]): LocalizedText {
  const all = [...parts, ...guards.map((guard) => GUARD_TEXT[guard])];
  return { nl: all.map((p) => p.nl).join(' '), en: all.map((p) => p.en).join(' ') };
}

/** "steeg gemiddeld 1,2% per jaar" / "daalde …" / "bleef gelijk": a change in words, its size without a sign. */
function changeWords(growth: number, lang: Language): string {
  if (Math.abs(growth) < 0.00005) return lang === 'nl' ? 'bleef het gelijk' : 'it stayed the same';
  const size = pct(Math.abs(growth), lang);
  if (lang === 'nl') return growth > 0 ? `steeg het gemiddeld ${size} per jaar` : `daalde het gemiddeld ${size} per jaar`;
  return growth > 0 ? `it rose on average ${size} a year` : `it fell on average ${size} a year`;
}

/**
 * The change from the base year to the latest year, with the published figures only. When the judgement used the
 * line through the last years (the noise guard), the sentence says so in words: the line's value is not shown, as
 * one number per year is what a reader can check against the source.
 */
function openSdgGrowthSentence(o: OpenSdgOutcome, publishedLatest: number, decimals: number, trend: boolean): LocalizedText {
  if (o.base === null || o.latest === null) {
    return { nl: '', en: '' };
  }
  const { base, latest } = o;
  // One year only: no "van 2017 (23,3) tot 2017 (23,3)"; the guard says a trend needs two years.
  if (base.year === latest.year) return { nl: '', en: '' };
  return bilingual((lang) => {
    const from = `${base.year} (${num(base.value, decimals, lang)})`;
    const to = `${latest.year} (${num(publishedLatest, decimals, lang)})`;
    if (o.observedGrowth === null) {
      return lang === 'nl' ? `Van ${from} tot ${to} is geen groei te berekenen.` : `From ${from} to ${to} no growth can be calculated.`;
    }
    const along = trend
      ? lang === 'nl'
        ? ', gemeten langs de lijn door de jaren met cijfers'
        : ', measured along the line through the years with figures'
      : '';
    return lang === 'nl'
      ? `Van ${from} tot ${to} ${changeWords(o.observedGrowth, lang)}${along}.`
      : `From ${from} to ${to} ${changeWords(o.observedGrowth, lang)}${along}.`;
  });
}

function openSdgPaceSentence(o: OpenSdgOutcome, decimals: number, projected: number | null): LocalizedText {
  const t = o.thresholds;
  if (o.progressValue === null) {
    return { nl: '', en: '' };
  }
  const p = o.progressValue;
  if (o.method === 1) {
    return bilingual((lang) =>
      lang === 'nl'
        ? `In de gewenste richting is dat ${pct(p, lang)} per jaar (grenzen ${pct(t.high, lang)} aanzienlijk, ${pct(t.med, lang)} matig, ${pct(t.low, lang)} beperkt).`
        : `In the desired direction that is ${pct(p, lang)} a year (thresholds ${pct(t.high, lang)} substantial, ${pct(t.med, lang)} moderate, ${pct(t.low, lang)} limited).`,
    );
  }
  const target = o.target;
  const required = o.requiredGrowth ?? 0;
  return bilingual((lang) => {
    const tv = target === null ? '' : `${num(target.value, decimals, lang)} (${target.year})`;
    const proj = projected === null ? '' : num(projected, decimals, lang);
    const grenzen = `${num(t.high, 2, lang)} / ${num(t.med, 2, lang)} / ${num(t.low, 2, lang)}`;
    return lang === 'nl'
      ? `Voor het doel ${tv} is ${pct(required, lang)} per jaar nodig; verhouding ${num(p, 2, lang)} (grenzen ${grenzen}). In dit tempo is de waarde in ${target?.year} ${proj}.`
      : `The target ${tv} needs ${pct(required, lang)} a year; ratio ${num(p, 2, lang)} (thresholds ${grenzen}). At this pace the value in ${target?.year} is ${proj}.`;
  });
}

/** The sentence of an Open SDG result. */
export function openSdgText(
  o: OpenSdgOutcome,
  publishedLatest: number,
  decimals: number,
  trend: boolean,
  projected: number | null,
  guards: readonly GuardCode[],
): LocalizedText {
  const parts = [openSdgGrowthSentence(o, publishedLatest, decimals, trend), openSdgPaceSentence(o, decimals, projected)];
  if (o.targetAchieved && o.target !== null) {
    const target = o.target;
    parts.unshift(
      bilingual((lang) =>
        lang === 'nl'
          ? `Het doel ${num(target.value, decimals, lang)} (${target.year}) is bereikt.`
          : `The target ${num(target.value, decimals, lang)} (${target.year}) has been reached.`,
      ),
    );
  }
  return joinSentences([...parts.filter((p) => p.nl !== ''), statusSentence(o.status)], guards);
}

function trajectorySentence(o: TrajectoryOutcome, decimals: number, publishedLatest: number | null): LocalizedText {
  const latest = o.latest;
  // A straight path shows the published figure of the latest year; the guard sentence says when the line was used.
  const value = o.variant === 'linear-path' ? (publishedLatest ?? o.valueUsed) : o.valueUsed;
  if (latest === null || value === null) {
    return { nl: '', en: '' };
  }
  return bilingual((lang) => {
    const v = num(value, decimals, lang);
    const req = o.required === null ? '' : `${num(o.required.value, decimals, lang)} (± ${num(o.required.tolerance, decimals, lang)})`;
    switch (o.variant) {
      case 'cumulative-flow':
        return lang === 'nl'
          ? `Van ${o.base?.year} tot en met ${latest.year} in totaal ${v}; volgens de opgave nodig: ${req}.`
          : `From ${o.base?.year} to ${latest.year} a total of ${v}; required by the target: ${req}.`;
      case 'linear-path':
        return lang === 'nl'
          ? `Waarde in ${latest.year}: ${v}; het rechte pad van ${num(o.base?.value ?? 0, decimals, lang)} (${o.base?.year}) naar ${num(o.target?.value ?? 0, decimals, lang)} (${o.target?.year}) vraagt ${req}.`
          : `Value in ${latest.year}: ${v}; the straight path from ${num(o.base?.value ?? 0, decimals, lang)} (${o.base?.year}) to ${num(o.target?.value ?? 0, decimals, lang)} (${o.target?.year}) requires ${req}.`;
      case 'band': {
        const bound = (value: number | null | undefined) => (value === null || value === undefined ? '…' : num(value, decimals, lang));
        const band =
          lang === 'nl'
            ? `van ${bound(o.band?.lower)} tot ${bound(o.band?.upper)}`
            : `from ${bound(o.band?.lower)} to ${bound(o.band?.upper)}`;
        const period = o.base?.year === latest.year ? `${latest.year}` : `${o.base?.year}–${latest.year}`;
        return lang === 'nl'
          ? `Gemiddelde ${period}: ${v}; de afgesproken marge loopt ${band}.`
          : `Mean ${period}: ${v}; the agreed range runs ${band}.`;
      }
      default: {
        const unknown: never = o.variant;
        return String(unknown);
      }
    }
  });
}

/** The sentence of a trajectory result. */
export function trajectoryText(
  o: TrajectoryOutcome,
  decimals: number,
  guards: readonly GuardCode[],
  publishedLatest: number | null = null,
): LocalizedText {
  const parts = [trajectorySentence(o, decimals, publishedLatest), statusSentence(o.status)];
  return joinSentences(
    parts.filter((p) => p.nl !== ''),
    guards,
  );
}

function hintText(hint: DataSourceHint, lang: Language): string {
  const source = hint.source;
  if (source.kind === 'cbs') {
    return source.tables.map((t) => (t.api === 'file' ? `CBS ${t.tableId}` : `CBS ${t.tableId} (${t.key})`)).join(', ');
  }
  const filter = Object.entries(source.filter)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return lang === 'nl'
    ? `upload "${source.uploadKind}", kolom ${source.field} (${filter}; ${source.producer})`
    : `upload "${source.uploadKind}", column ${source.field} (${filter}; ${source.producer})`;
}

/** The sentence for "geen data": where the figures would come from. */
export function noDataText(hints: readonly DataSourceHint[], guards: readonly GuardCode[]): LocalizedText {
  const text = bilingual((lang) => {
    const list = hints.map((hint) => `${hint.measure}: ${hintText(hint, lang)}`).join('; ');
    return lang === 'nl' ? `Geen data: nog geen cijfers geladen. Bron: ${list}.` : `No data: no figures loaded yet. Source: ${list}.`;
  });
  return joinSentences([text], guards);
}

/** The sentence of a result that a guard stopped before any method ran (only voorbeelddata, a possible error). */
export function guardOnlyText(guards: readonly GuardCode[]): LocalizedText {
  return joinSentences([], guards);
}
