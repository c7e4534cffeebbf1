import type { MunicipalityResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApiPerDataVersion } from './api-client';

/**
 * GET /municipality: the municipality Koers monitors, its province and peers by name, its publisher and contact.
 * Once per data version: its names change only when the region list is loaded again.
 */
export function getMunicipality(): Promise<ApiResult<MunicipalityResponse>> {
  return getFromApiPerDataVersion<MunicipalityResponse>('/municipality');
}

/** How pages name the municipality: by its name in the region list, and its publisher ("Gemeente Assen"). */
export interface MunicipalityNames {
  readonly name: string;
  readonly publisher: string;
}

// While the API cannot be reached a page still reads as a sentence; it then says the figures are unavailable.
const UNKNOWN: Record<Lang, MunicipalityNames> = {
  nl: { name: 'de gemeente', publisher: 'de gemeente' },
  en: { name: 'the municipality', publisher: 'the municipality' },
};

/** The municipality's names (its code until the region list is loaded), from the API's one answer of this render. */
export async function municipalityNames(lang: Lang): Promise<MunicipalityNames> {
  const answer = await getMunicipality();
  if (!answer.ok) return UNKNOWN[lang];
  const { municipality, publisher } = answer.data;
  return { name: municipality.name ?? municipality.code, publisher: publisher.name };
}

/** The municipality's name as the region list has it. */
export async function municipalityName(lang: Lang): Promise<string> {
  return (await municipalityNames(lang)).name;
}
