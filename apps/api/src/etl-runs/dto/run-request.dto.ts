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

  @ApiPropertyOptional({
    example: '84799NED',
    description:
      'Eén tabel: een CBS-tabel (ook een die Koers niet kent) of de tabel van een bestand (geoinzicht-kwb-gemeenten) / one table: a CBS table (also one Koers does not know) or a file table',
  })
  @IsOptional()
  // A CBS table id (84799NED) or a file table's id as its manifest declares it (lower case words with hyphens).
  @Matches(/^([0-9A-Za-z]{5,12}|[a-z0-9]+(-[a-z0-9]+){1,5})$/, {
    message: reason(
      'is geen tabelcode zoals 84799NED of geoinzicht-kwb-gemeenten',
      'is not a table id such as 84799NED or geoinzicht-kwb-gemeenten',
    ),
  })
  table?: string;
}

export const RUN_REQUESTS_LIMIT_DEFAULT = 20;

export class RunRequestsQueryDto extends LangQueryDto {
  @OptionalLimit(200, RUN_REQUESTS_LIMIT_DEFAULT)
  limit?: number;
}
