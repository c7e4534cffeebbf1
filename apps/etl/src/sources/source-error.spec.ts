import { SourceError, SourceErrorDetails, SourceFailure, backoffDelayMs, classifySourceFailure, parseRetryAfterMs } from './source-error';

describe('classifySourceFailure', () => {
  it.each<[string, SourceFailure, string, string]>([
    ['HTTP 500', { type: 'http', status: 500 }, 'retriable', 'server-error'],
    ['HTTP 503', { type: 'http', status: 503 }, 'retriable', 'server-error'],
    ['HTTP 429', { type: 'http', status: 429 }, 'retriable', 'rate-limited'],
    ['HTTP 408', { type: 'http', status: 408 }, 'retriable', 'timeout'],
    ['HTTP 400', { type: 'http', status: 400 }, 'fatal', 'client-error'],
    ['HTTP 403', { type: 'http', status: 403 }, 'fatal', 'client-error'],
    ['HTTP 404', { type: 'http', status: 404 }, 'fatal', 'not-found'],
    ['the 10k refusal (HTTP 500)', { type: 'http', status: 500, refusal: 'result-too-large' }, 'fatal', 'result-too-large'],
    ['ECONNRESET', { type: 'network', code: 'ECONNRESET' }, 'retriable', 'connection-reset'],
    ['ECONNREFUSED', { type: 'network', code: 'ECONNREFUSED' }, 'retriable', 'network'],
    ['EAI_AGAIN', { type: 'network', code: 'EAI_AGAIN' }, 'retriable', 'network'],
    ['ENOTFOUND', { type: 'network', code: 'ENOTFOUND' }, 'fatal', 'bad-config'],
    ['an unknown network code', { type: 'network', code: 'EWHATEVER' }, 'fatal', 'network'],
    ['a timeout', { type: 'timeout' }, 'retriable', 'timeout'],
    ['a truncated body', { type: 'truncated-body' }, 'retriable', 'truncated-body'],
    ['an invalid request', { type: 'invalid-request' }, 'fatal', 'bad-config'],
  ])('should classify %s', (_name, failure, kind, code) => {
    expect(classifySourceFailure(failure)).toEqual({ kind, code });
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-02-17T10:00:00Z');

  it.each<[string | undefined, number | undefined]>([
    ['2', 2_000],
    ['0', 0],
    ['1.5', 1_500],
    ['Tue, 17 Feb 2026 10:00:30 GMT', 30_000],
    ['Tue, 17 Feb 2026 09:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('should read %p as %p ms', (header, expected) => {
    expect(parseRetryAfterMs(header, now)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  const policy = { baseMs: 100, maxMs: 1_000 };

  it.each<[number, number, number]>([
    [0, 0, 50],
    [0, 0.999, 100],
    [1, 0, 100],
    [2, 0.5, 300],
    [3, 0, 400],
    [4, 0, 500], // capped at 1,000 → half fixed
    [10, 1, 1_000],
  ])('should wait retry %p with random %p for %p ms', (retry, random, expected) => {
    expect(backoffDelayMs(retry, policy, () => random)).toBe(expected);
  });
});

describe('SourceError.causeNl', () => {
  it.each<[string, SourceError['code'], SourceErrorDetails, string]>([
    [
      'a 503 after three attempts',
      'server-error',
      { source: 'cbs', status: 503, attempts: 3 },
      'CBS gaf een serverfout (HTTP 503), ook na 3 pogingen',
    ],
    [
      'a 429 that asked for a wait',
      'rate-limited',
      { source: 'cbs', status: 429, retryAfterMs: 7_000, attempts: 3 },
      'CBS weigerde tijdelijk verzoeken omdat er te veel kwamen (HTTP 429); CBS vroeg 7 s te wachten, ook na 3 pogingen',
    ],
    ['a timeout on the first attempt', 'timeout', { source: 'cbs', attempts: 1 }, 'CBS antwoordde niet op tijd (time-out)'],
    [
      'a looping next link',
      'schema-mismatch',
      { source: 'cbs', field: '@odata.nextLink' },
      'CBS verwees met de link naar de volgende pagina terug naar een pagina die al gelezen was',
    ],
    [
      'a key missing from a row',
      'schema-mismatch',
      { source: 'cbs', field: 'value[0].AantalInwoners_5' },
      'Het antwoord van CBS heeft niet de vorm die Koers verwacht: de bron is veranderd (veld "value[0].AantalInwoners_5")',
    ],
    [
      'a changed unit',
      'unit-changed',
      { source: 'cbs', field: 'M000352' },
      'De eenheid van een onderwerp is bij CBS veranderd, zodat nieuwe cijfers niet met de oude te vergelijken zijn (veld "M000352")',
    ],
    ['a source without a name', 'network', {}, 'De bron was niet bereikbaar (netwerkfout)'],
  ])('should state the cause in Dutch when the error is %s', (_name, code, details, causeNl) => {
    expect(new SourceError('retriable', code, 'technical', details).causeNl).toBe(causeNl);
  });
});
