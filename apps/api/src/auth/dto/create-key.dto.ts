import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiRole } from '@koers/api-contracts';
import { API_ROLES } from '@koers/db';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { reason } from '../../common/validation';

export class CreateKeyDto {
  @ApiProperty({ enum: API_ROLES })
  @IsIn(API_ROLES, { message: reason('moet viewer, editor of admin zijn', 'must be viewer, editor or admin') })
  role!: ApiRole;

  @ApiPropertyOptional({ maxLength: 100, description: 'Waarvoor de sleutel is / what the key is for' })
  @IsOptional()
  @IsString({ message: reason('moet tekst zijn', 'must be text') })
  @MaxLength(100, { message: reason('is langer dan 100 tekens', 'is longer than 100 characters') })
  name?: string;
}

export class KeyPrefixParams {
  @ApiProperty({ example: 'koers_1a2b3c4d' })
  @Matches(/^koers_[0-9a-f]{8}$/, {
    message: reason('is geen sleutelprefix zoals koers_1a2b3c4d', 'is not a key prefix such as koers_1a2b3c4d'),
  })
  prefix!: string;
}
