import type { ApiLanguage, ApiProblem } from '@koers/api-contracts';
import type { LocalizedText } from '@koers/indicators';

/** The media type of every error response (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The statuses the API answers errors with, each with its phrase: a problem's `title` (its type is about:blank). */
export const PROBLEM_TITLES = {
  400: { nl: 'Ongeldig verzoek', en: 'Bad Request' },
  401: { nl: 'Niet geautoriseerd', en: 'Unauthorized' },
  403: { nl: 'Geen toegang', en: 'Forbidden' },
  404: { nl: 'Niet gevonden', en: 'Not Found' },
  409: { nl: 'Conflict', en: 'Conflict' },
  413: { nl: 'Verzoek te groot', en: 'Content Too Large' },
  415: { nl: 'Mediatype niet ondersteund', en: 'Unsupported Media Type' },
  422: { nl: 'Inhoud niet te verwerken', en: 'Unprocessable Content' },
  429: { nl: 'Te veel verzoeken', en: 'Too Many Requests' },
  500: { nl: 'Interne serverfout', en: 'Internal Server Error' },
  503: { nl: 'Dienst niet beschikbaar', en: 'Service Unavailable' },
} as const satisfies Readonly<Record<number, LocalizedText>>;

export type ProblemStatus = keyof typeof PROBLEM_TITLES;

function isProblemStatus(status: number): status is ProblemStatus {
  return Object.prototype.hasOwnProperty.call(PROBLEM_TITLES, status);
}

/** The phrase of a status in a language; a status the API does not list keeps its number. */
export function problemTitle(status: number, lang: ApiLanguage): string {
  return isProblemStatus(status) ? PROBLEM_TITLES[status][lang] : `HTTP ${status}`;
}

export interface ProblemParts {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly instance: string;
  readonly invalidParam?: { readonly name: string; readonly reason: string };
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** A problem body: the standard members first, then the extension members (which cannot replace them). */
export function problemOf(parts: ProblemParts, lang: ApiLanguage): ApiProblem {
  const standard: ApiProblem = {
    status: parts.status,
    title: problemTitle(parts.status, lang),
    detail: parts.detail,
    instance: parts.instance,
    code: parts.code,
    ...(parts.invalidParam ? { 'invalid-params': [parts.invalidParam] } : {}),
  };
  return { ...parts.extensions, ...standard };
}
