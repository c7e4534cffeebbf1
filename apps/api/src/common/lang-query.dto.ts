import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ApiLanguage } from '@koers/api-contracts';
import { LANGUAGES } from './language';
import { reason } from './validation';

/** `?lang=nl|en`: every endpoint answers in Dutch unless English is asked for. */
export class LangQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'nl', description: 'Taal van de teksten / language of the texts' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: reason('moet nl of en zijn', 'must be nl or en') })
  lang?: ApiLanguage;
}

/** The requested language, Dutch by default. */
export function languageOf(query: LangQueryDto): ApiLanguage {
  return query.lang ?? 'nl';
}
