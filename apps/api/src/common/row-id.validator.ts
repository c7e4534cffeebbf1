import { ApiProperty } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { ValidateBy } from 'class-validator';
import { reason } from './validation';

/** The id columns the API looks rows up by, and the largest id each holds (PostgreSQL's int4 and int8). */
const ID_MAX = { integer: 2_147_483_647n, bigint: 9_223_372_036_854_775_807n } as const;

export type IdColumn = keyof typeof ID_MAX;

/** A positive decimal integer written the one way: no sign, no leading zero, no exponent, no hex, no spaces. */
const CANONICAL = /^[1-9][0-9]{0,18}$/;

/** True for the text of an id the column can hold: `1` … `9223372036854775807` for a bigint. */
export function isRowIdText(value: unknown, column: IdColumn): value is string {
  return typeof value === 'string' && CANONICAL.test(value) && BigInt(value) <= ID_MAX[column];
}

/** True for an id carried as a JSON number (a cursor's): a whole number from 1 to the column's largest id. */
export function isRowIdNumber(value: unknown, column: IdColumn): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && BigInt(value as number) <= ID_MAX[column];
}

/** The refusal of an id, naming the range. */
export function rowIdReason(column: IdColumn): string {
  const max = ID_MAX[column].toString();
  return reason(
    `moet een positief geheel getal van 1 tot en met ${max} zijn, zonder voorloopnullen`,
    `must be a positive whole number from 1 to ${max}, without leading zeros`,
  );
}

/**
 * A row id as text, checked against the column's range: ids are kept as text in the API (a bigint does not fit a
 * JavaScript number), and PostgreSQL never sees one it cannot cast. `message` overrides the reason (a cursor).
 */
export function IsRowId(column: IdColumn, message: string = rowIdReason(column)): PropertyDecorator {
  return ValidateBy(
    { name: 'isRowId', constraints: [column], validator: { validate: (value: unknown) => isRowIdText(value, column) } },
    { message },
  );
}

/** `/:id` of a bigint row id, as OpenAPI and the validation pipe see it. */
export function RowIdPathParameter(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      type: String,
      pattern: CANONICAL.source,
      example: '1',
      description: 'Positief geheel getal, tot 2^63 / positive whole number, below 2^63',
    }),
    IsRowId('bigint'),
  );
}
