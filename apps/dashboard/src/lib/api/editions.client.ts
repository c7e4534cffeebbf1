import type { AdoptEditionRequest, AdoptionView } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { type ApiFailure, failureOf } from './management.client';
import { query } from './query';

// The adoption of a council edition from the browser (the management context), through the dashboard's /api
// forwarder, with the signed-in administrator key. Answers with an outcome the page can show; never throws.

export type AdoptOutcome = { readonly kind: 'adopted'; readonly adoption: AdoptionView } | ApiFailure;

/** POST /reports/:year/editions: 201 with the adoption of the new edition. */
export async function adoptEdition(year: number, body: AdoptEditionRequest, key: string, lang: Lang): Promise<AdoptOutcome> {
  try {
    const response = await fetch(`/api/v1/reports/${year}/editions${query(lang)}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${key}` },
    });
    const reply = { status: response.status, body: await response.json().catch(() => null) };
    return reply.status === 201 ? { kind: 'adopted', adoption: reply.body as AdoptionView } : failureOf(reply);
  } catch {
    return failureOf(null);
  }
}
