import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RUNNABLE_SOURCE_IDS, type RunnableSourceId } from '@koers/loading';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LangQueryDto } from '../../common/lang-query.dto';
import { OptionalLimit } from '../../common/query-params';
import { reason } from '../../common/validation';

const SOURCES = RUNNABLE_SOURCE_IDS.join(', ');

/** `POST /etl/runs`: a source the ETL runs, optionally one table of it. */
export class RunRequestBodyDto {
  @ApiProperty({ enum: RUNNABLE_SOURCE_IDS, example: 'cbs' })
  @IsIn(RUNNABLE_SOURCE_IDS, { message: reason(`moet een van ${SOURCES} zijn`, `must be one of ${SOURCES}`) })
  source!: RunnableSourceId;

  @ApiPropertyOptional({ example: '84799NED', description: 'Eén CBS-tabel, ook een die Koers niet kent / one CBS table, also one Koers does not know' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{5,12}$/, { message: reason('is geen CBS-tabelcode zoals 84799NED', 'is not a CBS table id such as 84799NED') })
  table?: string;
}


export class RunRequestsQueryDto extends LangQueryDto {
  @OptionalLimit(200, 20)
  limit?: number;
}
