import { ValidationException } from '../common/validation.exception';
import type { ObservationCursor } from './observation-query';

/** An opaque cursor: the sort key of the last row of a page, as base64url JSON. */
export function encodeCursor(cursor: ObservationCursor): string {
  return Buffer.from(JSON.stringify([cursor.measureId, cursor.region, cursor.period])).toString('base64url');
}

/** The cursor, or 400 naming `cursor` when it is not one this API made. */
export function decodeCursor(text: string): ObservationCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [measureId, region, period] = parsed as unknown[];
      if (Number.isInteger(measureId) && typeof region === 'string' && typeof period === 'string' && region.length <= 16 && period.length <= 8) {
        return { measureId: measureId as number, region, period };
      }
    }
  } catch {
    // falls through to the 400 below
  }
  throw new ValidationException('cursor', { nl: 'is geen cursor van deze API (gebruik page.nextCursor)', en: 'is not a cursor of this API (use page.nextCursor)' });
}
