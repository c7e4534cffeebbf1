import { isRowIdNumber } from '../common/row-id.validator';
import { ValidationException } from '../common/validation.exception';
import type { ObservationCursor } from './observation-query';

/** An opaque cursor: the sort key of the last row of a page, as base64url JSON. */
export function encodeCursor(cursor: ObservationCursor): string {
  return Buffer.from(JSON.stringify([cursor.measureId, cursor.region, cursor.period])).toString('base64url');
}

/** Text PostgreSQL can hold (no NUL, no other control character) of at most `max` characters. */
function isKeyText(value: unknown, max: number): value is string {
  // eslint-disable-next-line no-control-regex
  return typeof value === 'string' && value.length <= max && !/[\u0000-\u001f\u007f]/.test(value);
}

function cursorOf(parsed: unknown): ObservationCursor | null {
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [measureId, region, period] = parsed as unknown[];
  // measure.id is an int4: a forged cursor must not reach PostgreSQL's cast.
  if (!isRowIdNumber(measureId, 'integer') || !isKeyText(region, 16) || !isKeyText(period, 8)) return null;
  return { measureId, region, period };
}

/** The cursor, or 400 naming `cursor` when it is not one this API made. */
export function decodeCursor(text: string): ObservationCursor {
  let cursor: ObservationCursor | null = null;
  try {
    cursor = cursorOf(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    // not JSON: the 400 below
  }
  if (cursor) return cursor;
  throw new ValidationException('cursor', {
    nl: 'is geen cursor van deze API (gebruik page.nextCursor)',
    en: 'is not a cursor of this API (use page.nextCursor)',
  });
}
