import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RUNNABLE_SOURCE_IDS, type RunnableSourceId } from '@koers/loading';
import { IsOptional, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit } from '../../common/query-params';
import { IsOneOf, reason } from '../../common/validation';

/** `POST /etl/runs`: a source the ETL runs, optionally one table of it. */
export class RunRequestBodyDto {
  @ApiProperty({ enum: RUNNABLE_SOURCE_IDS, example: 'cbs' })
  @IsOneOf(RUNNABLE_SOURCE_IDS)
  source!: RunnableSourceId;

  @ApiPropertyOptional({ example: '84799NED', description: 'Eén CBS-tabel, ook een die Koers niet kent / one CBS table, also one Koers does not know' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{5,12}$/, { message: reason('is geen CBS-tabelcode zoals 84799NED', 'is not a CBS table id such as 84799NED') })
  table?: string;
}

export const RUN_REQUESTS_LIMIT_DEFAULT = 20;

export class RunRequestsQueryDto extends LangQueryDto {
  @OptionalLimit(200, RUN_REQUESTS_LIMIT_DEFAULT)
  limit?: number;
}
