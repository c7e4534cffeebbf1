import type { LocalizedText } from '../types/text.types';

/** A licence as downloads, citations and chart images name it. */
export interface DataLicence {
  /** The SPDX identifier. */
  readonly id: string;
  /** The short name written beside a figure ("CC BY 4.0"). */
  readonly short: string;
  readonly title: LocalizedText;
  readonly url: string;
}

/**
 * The licence of everything Koers publishes: its figures, downloads and chart images. CBS publishes its open data
 * under CC BY 4.0, and Koers passes the same terms on: use freely, name the source.
 */
export const DATA_LICENCE: DataLicence = {
  id: 'CC-BY-4.0',
  short: 'CC BY 4.0',
  title: { nl: 'Creative Commons Naamsvermelding 4.0 Internationaal', en: 'Creative Commons Attribution 4.0 International' },
  url: 'https://creativecommons.org/licenses/by/4.0/',
};
