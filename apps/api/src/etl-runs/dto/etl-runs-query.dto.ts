import { ApiPropertyOptional } from '@nestjs/swagger';
import { RUN_STATUSES, type RunStatus } from '@koers/db';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit } from '../../common/query-params';
import { reason } from '../../common/validation';

export class EtlRunsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ example: 'cbs' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: reason('is geen bron-id zoals cbs', 'is not a source id such as cbs') })
  source?: string;

  @ApiPropertyOptional({ enum: RUN_STATUSES })
  @IsOptional()
  @IsIn(RUN_STATUSES, { message: reason(`moet een van ${RUN_STATUSES.join(', ')} zijn`, `must be one of ${RUN_STATUSES.join(', ')}`) })
  status?: RunStatus;

  @ApiPropertyOptional({ description: 'page.nextCursor van de vorige pagina / of the previous page' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,18}$/, { message: reason('is geen cursor van deze API', 'is not a cursor of this API') })
  cursor?: string;

  @OptionalLimit(500, 50)
  limit?: number;
}
