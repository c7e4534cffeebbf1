import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { DecimalInteger } from '../../common/query-params';
import { reason } from '../../common/validation';

export class ReportYearParams {
  @ApiProperty({ type: 'integer', minimum: 1000, maximum: 9999, example: 2025 })
  @DecimalInteger()
  @IsInt({ message: reason('moet een jaartal zijn', 'must be a year') })
  @Min(1000, { message: reason('moet een jaartal van vier cijfers zijn', 'must be a four-digit year') })
  @Max(9999, { message: reason('moet een jaartal van vier cijfers zijn', 'must be a four-digit year') })
  year!: number;
}

export class EditionParams extends ReportYearParams {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100_000, example: 1 })
  @DecimalInteger()
  @IsInt({ message: reason('moet een volgnummer zijn', 'must be a sequence number') })
  @Min(1, { message: reason('begint bij 1', 'starts at 1') })
  @Max(100_000, { message: reason('is te groot', 'is too large') })
  number!: number;
}

export class ReportQueryDto extends LangQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-03-01',
    description: 'De cijfers zoals gepubliceerd op die datum; standaard vandaag / the figures as published on that date; today by default',
  })
  @IsOptional()
  @IsCalendarDate()
  peildatum?: string;

  @ApiPropertyOptional({
    description: 'true: het concept, ook als er een vastgestelde editie is / the draft, also when an edition was adopted',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: reason('moet true of false zijn', 'must be true or false') })
  concept?: boolean;
}

export class AdoptEditionBodyDto {
  @ApiProperty({ example: 'de gemeenteraad' })
  @IsString()
  @MinLength(2, { message: reason('is te kort', 'is too short') })
  @MaxLength(200, { message: reason('is langer dan 200 tekens', 'is longer than 200 characters') })
  adoptedBy!: string;

  @ApiProperty({ format: 'date', example: '2026-11-26', description: 'Datum van de raadsvergadering / date of the council meeting' })
  @IsCalendarDate()
  councilMeeting!: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-11-26',
    description: 'Vastgesteld op; standaard vandaag / adopted on; today by default',
  })
  @IsOptional()
  @IsCalendarDate()
  adoptedOn?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Peildatum van de cijfers; standaard vandaag / reference date of the figures; today by default',
  })
  @IsOptional()
  @IsCalendarDate()
  peildatum?: string;
}
