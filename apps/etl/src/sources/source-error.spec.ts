import { SourceFailure, backoffDelayMs, classifySourceFailure, parseRetryAfterMs } from './source-error';

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
