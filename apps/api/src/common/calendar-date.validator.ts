import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { isCalendarDate } from '@koers/indicators';
import { IsOptional, ValidateBy, type ValidationArguments } from 'class-validator';
import { reason } from './validation';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function dateReason(args: ValidationArguments): string {
  // Name the day when the form is right but the calendar has no such day (2025-02-30).
  if (typeof args.value === 'string' && DATE_SHAPE.test(args.value)) {
    return reason(
      `moet een kalenderdatum JJJJ-MM-DD zijn (${args.value} bestaat niet)`,
      `must be a calendar date YYYY-MM-DD (${args.value} does not exist)`,
    );
  }
  return reason('moet een kalenderdatum JJJJ-MM-DD zijn', 'must be a calendar date YYYY-MM-DD');
}

/** A real day of the calendar, `YYYY-MM-DD` (so not 2025-02-30, 2025-02-29 or 0000-01-01). */
export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) } },
    { message: dateReason },
  );
}

/** An optional date parameter. */
export function OptionalCalendarDate(description: string, example = '2025-06-01'): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ type: String, format: 'date', example, description }), IsOptional(), IsCalendarDate());
}
