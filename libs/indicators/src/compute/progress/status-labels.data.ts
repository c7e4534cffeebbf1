import type { ProgressMethod } from '../../types/indicator.types';
import type { GuardCode, ProgressStatus, ScaleClass } from '../../types/progress.types';
import type { LocalizedText } from '../../types/text.types';

/** Names of the statuses as shown on screen. */
export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, LocalizedText>> = {
  target_achieved: { nl: 'Doel bereikt', en: 'Target achieved' },
  substantial_progress: { nl: 'Aanzienlijke vooruitgang', en: 'Substantial progress' },
  moderate_progress: { nl: 'Matige vooruitgang', en: 'Moderate progress' },
  limited_progress: { nl: 'Beperkte vooruitgang', en: 'Limited progress' },
  no_change: { nl: 'Geen verandering', en: 'No change' },
  deterioration: { nl: 'Achteruitgang', en: 'Deterioration' },
  ahead: { nl: 'Voor op schema', en: 'Ahead of schedule' },
  on_course: { nl: 'Op koers', en: 'On course' },
  behind: { nl: 'Achter op schema', en: 'Behind schedule' },
  off_course: { nl: 'Buiten de marge', en: 'Outside the range' },
  not_available: { nl: 'Geen oordeel mogelijk', en: 'No judgement possible' },
  no_data: { nl: 'Geen data', en: 'No data' },
};

/** How each progress method judges, in one paragraph (docs/methodology.md §3 has the whole method). */
export const PROGRESS_METHOD_TEXT: Readonly<Record<ProgressMethod, LocalizedText>> = {
  'open-sdg': {
    nl:
      'Open SDG-methode: de gemiddelde groei per jaar van het basisjaar tot het laatste jaar met een cijfer. Met een doel wordt die groei ' +
      'vergeleken met de groei die nodig is om het doel op tijd te halen; zonder doel tellen de richting en de snelheid. Het laatste cijfer ' +
      'telt als de lijn door de laatste vijf jaren, zodat één uitschieter minder zwaar weegt. Voorbeelddata tellen nooit mee.',
    en:
      'Open SDG method: the average growth per year from the base year to the latest year with a figure. With a target that growth is ' +
      'compared with the growth needed to reach the target in time; without one, direction and pace count. The latest figure counts as ' +
      'the line through the last five years, so one odd year weighs less. Example data (voorbeelddata) never count.',
  },
  trajectory: {
    nl:
      'Doelpad: het doel legt per jaar een waarde vast (een rechte lijn, een opgeteld totaal of een bandbreedte). Het laatste cijfer wordt ' +
      'vergeleken met wat het pad in dat jaar vraagt, binnen een vaste marge. Voorbeelddata tellen nooit mee.',
    en:
      'Target path: the target sets a value for every year (a straight line, a running total or a corridor). The latest figure is compared ' +
      'with what the path asks for in that year, within a fixed margin. Example data (voorbeelddata) never count.',
  },
};

/** Names of the scale classes as shown on screen (roll-up). */
export const SCALE_LABELS: Readonly<Record<ScaleClass, LocalizedText>> = {
  target_achieved: PROGRESS_STATUS_LABELS.target_achieved,
  substantial_progress: PROGRESS_STATUS_LABELS.substantial_progress,
  moderate_progress: PROGRESS_STATUS_LABELS.moderate_progress,
  limited_progress: PROGRESS_STATUS_LABELS.limited_progress,
  deterioration: PROGRESS_STATUS_LABELS.deterioration,
  not_available: PROGRESS_STATUS_LABELS.not_available,
};

/** One sentence per guard code, for the "waarom deze status" panel. */
export const GUARD_TEXT: Readonly<Record<GuardCode, LocalizedText>> = {
  'no-data': { nl: 'Er zijn geen cijfers.', en: 'There are no figures.' },
  'no-data-since-base-year': {
    nl: 'Er zijn geen cijfers vanaf het basisjaar.',
    en: 'There are no figures from the base year on.',
  },
  'base-year-shifted': {
    nl: 'Het basisjaar ontbreekt; het eerstvolgende jaar met cijfers is als basis gebruikt.',
    en: 'The base year is missing; the next year with figures is used as base.',
  },
  'fewer-than-two-points': {
    nl: 'Er is maar één jaar met cijfers: een ontwikkeling vraagt minstens twee.',
    en: 'There is only one year with figures: a trend needs at least two.',
  },
  'base-value-zero-replaced': {
    nl: 'De basiswaarde is 0 en is voor de berekening vervangen door 0,001.',
    en: 'The base value is 0 and was replaced by 0.001 for the calculation.',
  },
  'target-zero-replaced': {
    nl: 'Het doel is 0 en is voor de berekening vervangen door 0,001.',
    en: 'The target is 0 and was replaced by 0.001 for the calculation.',
  },
  'sign-change': {
    nl: 'Basis- en laatste waarde hebben een verschillend teken: groei is dan niet te berekenen.',
    en: 'Base and latest value differ in sign: growth cannot be calculated.',
  },
  'target-sign-change': {
    nl: 'Basiswaarde en doel hebben een verschillend teken: het vereiste tempo is niet te berekenen.',
    en: 'Base value and target differ in sign: the required pace cannot be calculated.',
  },
  'required-growth-zero': {
    nl: 'Het doel is gelijk aan de basiswaarde: er is geen vereist tempo om mee te vergelijken.',
    en: 'The target equals the base value: there is no required pace to compare with.',
  },
  'target-year-not-after-base': {
    nl: 'Het doeljaar ligt niet na het basisjaar.',
    en: 'The target year is not after the base year.',
  },
  'target-year-passed': {
    nl: 'Het doeljaar is voorbij; het oordeel vergelijkt met het tempo dat tot dat jaar nodig was.',
    en: 'The target year has passed; the judgement compares with the pace that year required.',
  },
  'limit-applied': {
    nl: 'De grenzen zijn verlaagd omdat de waarde dicht bij haar natuurlijke grens ligt.',
    en: 'The thresholds were lowered because the value is close to its natural bound.',
  },
  'base-beyond-limit': {
    nl: 'De basiswaarde ligt al voorbij de natuurlijke grens; het oordeel kan vreemd uitvallen.',
    en: 'The base value is already beyond the natural bound; the judgement may be odd.',
  },
  'limit-ignored-with-target': {
    nl: 'Er is een doel, dus de natuurlijke grens speelt geen rol.',
    en: 'There is a target, so the natural bound is ignored.',
  },
  'noise-guard-trend': {
    nl: 'Het oordeel kijkt naar de lijn door de laatste jaren met cijfers (tot vijf), niet alleen naar het laatste jaar, zodat één uitschieter minder zwaar weegt.',
    en: 'The judgement looks at the line through the last years with figures (up to five), not only the last year, so one outlier weighs less.',
  },
  'noise-guard-changed-status': {
    nl: 'Op het laatste cijfer alleen zou de status anders zijn.',
    en: 'On the latest figure alone the status would differ.',
  },
  'noise-guard-skipped': {
    nl: 'Te weinig jaren voor een trend: het laatste cijfer is gebruikt zoals gepubliceerd.',
    en: 'Too few years for a trend: the latest figure is used as published.',
  },
  'noise-guard-window-mean': {
    nl: 'Het gemiddelde van de laatste jaren is beoordeeld, niet één jaar.',
    en: 'The mean of the last years is judged, not a single year.',
  },
  'flow-gap': {
    nl: 'Een of meer jaren sinds de start ontbreken: het totaal is onbekend.',
    en: 'One or more years since the start are missing: the total is unknown.',
  },
  'provisional-latest': { nl: 'Het laatste cijfer is voorlopig.', en: 'The latest figure is provisional.' },
  'non-annual-periods-ignored': {
    nl: 'Maand- en kwartaalcijfers tellen niet mee; het oordeel gebruikt jaarcijfers.',
    en: 'Monthly and quarterly figures are left out; the judgement uses yearly figures.',
  },
  'no-change-within-precision': {
    nl: 'Het verschil is kleiner dan de nauwkeurigheid waarin het cijfer wordt gepubliceerd: dat telt als geen verandering.',
    en: 'The difference is smaller than the precision the figure is published in: that counts as no change.',
  },
  'demo-data-ignored': {
    nl: 'Voorbeelddata tellen niet mee in het oordeel.',
    en: 'Example data (voorbeelddata) do not count in the judgement.',
  },
  'only-demo-data': {
    nl: 'Er zijn alleen voorbeelddata. Die tellen niet mee: geen oordeel tot de echte cijfers er zijn.',
    en: 'There are only example data (voorbeelddata). They do not count: no judgement until the real figures are in.',
  },
  'possible-data-error': {
    nl: 'Een cijfer wijkt zo sterk af dat het mogelijk een fout in de data is. Het telt niet als vooruitgang of achteruitgang tot het is nagekeken.',
    en: 'A figure differs so much that it may be a data error. It does not count as progress or deterioration until checked.',
  },
  'series-break': {
    nl: 'De cijfers komen vanaf een bepaald jaar uit een bron met een andere definitie. Het oordeel gebruikt alleen de jaren die met elkaar te vergelijken zijn.',
    en: 'From a certain year the figures come from a source with another definition. The judgement uses only the years that compare.',
  },
  'boundary-change': {
    nl: 'De grenzen van dit gebied zijn veranderd. Het oordeel gebruikt alleen de jaren met de huidige grenzen.',
    en: 'The boundaries of this area changed. The judgement uses only the years with the current boundaries.',
  },
  'stale-latest': {
    nl: 'Het laatste cijfer is verouderd: er had al een nieuwer cijfer moeten zijn.',
    en: 'The latest figure is out of date: a newer one should have been published by now.',
  },
  'outside-band-below': {
    nl: 'De waarde ligt onder de ondergrens van de afgesproken marge.',
    en: 'The value is below the lower bound of the agreed range.',
  },
  'outside-band-above': {
    nl: 'De waarde ligt boven de bovengrens van de afgesproken marge.',
    en: 'The value is above the upper bound of the agreed range.',
  },
};
