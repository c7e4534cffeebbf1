// The controlled vocabularies DCAT-AP-NL 3.0 asks for (the EU's authority tables and IANA's media types): the one
// home of these IRIs in the catalogue.

const EU = 'http://publications.europa.eu/resource/authority';

/** The EU data themes the catalogue uses: every Koers dataset is statistics about a region and its inhabitants. */
export const THEMES = { regions: `${EU}/data-theme/REGI`, society: `${EU}/data-theme/SOCI` } as const;

export const ACCESS_PUBLIC = `${EU}/access-right/PUBLIC`;
export const LICENCE_CC_BY_4 = `${EU}/licence/CC_BY_4_0`;
export const LANGUAGES = { nl: `${EU}/language/NLD`, en: `${EU}/language/ENG` } as const;

/** A media type as IANA registers it. */
export function mediaTypeIri(mediaType: string): string {
  return `https://www.iana.org/assignments/media-types/${mediaType.split(';')[0]!.trim()}`;
}

/** EU frequency codes by days between releases (`releaseIntervalDays` of the sources), for dct:accrualPeriodicity. */
const FREQUENCIES: ReadonlyMap<number, string> = new Map([
  [730, 'BIENNIAL'],
  [365, 'ANNUAL'],
  [182, 'ANNUAL_2'],
  [91, 'QUARTERLY'],
  [30, 'MONTHLY'],
  [7, 'WEEKLY'],
  [1, 'DAILY'],
]);

/** The EU frequency of a release interval; irregular when the source says so, else unknown. */
export function frequencyIri(intervalDays: number | null, irregular: boolean): string {
  const code = intervalDays === null ? (irregular ? 'IRREG' : 'UNKNOWN') : (FREQUENCIES.get(intervalDays) ?? 'UNKNOWN');
  return `${EU}/frequency/${code}`;
}
