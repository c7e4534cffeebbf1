import { ApiPropertyOptional } from '@nestjs/swagger';
import { RUN_STATUSES, type RunStatus } from '@koers/db';
import { IsOptional, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit } from '../../common/query-params';
import { IsOneOf, reason } from '../../common/validation';

export const RUNS_LIMIT_DEFAULT = 50;

export class EtlRunsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ example: 'cbs' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: reason('is geen bron-id zoals cbs', 'is not a source id such as cbs') })
  source?: string;

  @ApiPropertyOptional({ enum: RUN_STATUSES })
  @IsOptional()
  @IsOneOf(RUN_STATUSES)
  status?: RunStatus;

  @ApiPropertyOptional({ description: 'page.nextCursor van de vorige pagina / of the previous page' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,18}$/, { message: reason('is geen cursor van deze API', 'is not a cursor of this API') })
  cursor?: string;

  @OptionalLimit(500, RUNS_LIMIT_DEFAULT)
  limit?: number;
}
