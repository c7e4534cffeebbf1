import type { RunRequestView } from '@koers/api-contracts';
import { afterPoll, afterRequest, isFinished, isUnderWay, runRequestBody } from './run-request.view';

const QUEUED: RunRequestView = {
  id: '7',
  source: 'cbs',
  tableId: null,
  requestedBy: 'admin-token',
  requestedAt: '2026-11-28T10:00:00Z',
  status: 'queued',
  startedAt: null,
  finishedAt: null,
  runIds: [],
  errorMessage: null,
};

describe('run request view', () => {
  it.each([
    ['cbs', ' 83625NED ', { source: 'cbs', table: '83625NED' }],
    ['cbs', '   ', { source: 'cbs' }],
    ['inbox', '83625NED', { source: 'inbox' }],
  ] as const)('should ask source %p with table field %p as %p', (source, table, expected) => {
    expect(runRequestBody(source, table)).toEqual(expected);
  });

  it.each([
    ['queued', false],
    ['running', false],
    ['done', true],
    ['failed', true],
  ] as const)('should treat status %p as finished: %p', (status, expected) => {
    expect(isFinished(status)).toBe(expected);
  });

  it('should follow the request when the API accepts it and show the refusal when not', () => {
    expect(afterRequest({ kind: 'ok', request: QUEUED })).toEqual({ kind: 'following', request: QUEUED, trouble: null });
    expect(afterRequest({ kind: 'forbidden' })).toEqual({ kind: 'refused', failure: { kind: 'forbidden' } });
  });

  it('should keep the last view and look again when the API cannot answer for a moment', () => {
    const state = afterPoll(QUEUED, { kind: 'unreachable' });
    expect(state).toEqual({ kind: 'following', request: QUEUED, trouble: { kind: 'unreachable' } });
    expect(isUnderWay(state)).toBe(true);
  });

  it('should stop looking when the request is gone or the key no longer counts', () => {
    expect(afterPoll(QUEUED, { kind: 'failed', status: 404, message: null })).toEqual({
      kind: 'refused',
      failure: { kind: 'failed', status: 404, message: null },
    });
    expect(afterPoll(QUEUED, { kind: 'unauthorized' }).kind).toBe('refused');
  });

  it('should stop looking when the request is done', () => {
    const state = afterPoll(QUEUED, { kind: 'ok', request: { ...QUEUED, status: 'done', runIds: ['31'] } });
    expect(isUnderWay(state)).toBe(false);
  });
});
