import { ApiPropertyOptional } from '@nestjs/swagger';
import { RUN_STATUSES, type RunStatus } from '@koers/db';
import { IsOptional, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit } from '../../common/query-params';
import { IsRowId } from '../../common/row-id.validator';
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

  @ApiPropertyOptional({ type: String, description: 'page.nextCursor van de vorige pagina / of the previous page' })
  @IsOptional()
  @IsRowId('bigint', reason('is geen cursor van deze API (gebruik page.nextCursor)', 'is not a cursor of this API (use page.nextCursor)'))
  cursor?: string;

  @OptionalLimit(500, RUNS_LIMIT_DEFAULT)
  limit?: number;
}
