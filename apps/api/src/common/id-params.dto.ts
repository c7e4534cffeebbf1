import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { reason } from './validation';

const POSITIVE_WHOLE = reason('moet een positief geheel getal zijn', 'must be a positive whole number');

/** `/:id` of a row the database numbers (a run, a run request, an uploaded file). */
export class IdParams {
  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt({ message: POSITIVE_WHOLE })
  @Min(1, { message: POSITIVE_WHOLE })
  id!: number;
}
