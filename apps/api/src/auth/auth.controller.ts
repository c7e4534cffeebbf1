import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiKeyListResponse, CreatedApiKeyResponse, WhoAmIResponse } from '@koers/api-contracts';
import { LangQueryDto } from '../common/lang-query.dto';
import { type ApiPrincipal, ApiKeyService } from './api-key.service';
import { AuthException } from './auth.exception';
import { CreateKeyDto, KeyPrefixParams } from './dto/create-key.dto';
import { Principal, RequireRole } from './require-role.decorator';
import { Answers, AnswersNothing, Fails } from '../openapi/documented.decorators';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly keys: ApiKeyService) {}

  @Get('whoami')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'De rol van de sleutel waarmee je belt / the role of the calling key' })
  @Answers('WhoAmIResponse')
  whoami(@Query() _query: LangQueryDto, @Principal() principal: ApiPrincipal): WhoAmIResponse {
    return { role: principal.role, prefix: principal.prefix, name: principal.name };
  }

  @Post('keys')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Maak een API-sleutel (eenmalig getoond) / create an API key (shown once)' })
  @Answers('CreatedApiKeyResponse', {
    status: 201,
    description: 'De nieuwe sleutel; alleen zijn hash wordt bewaard / the new key; only its hash is stored',
  })
  create(@Query() _query: LangQueryDto, @Body() body: CreateKeyDto): Promise<CreatedApiKeyResponse> {
    return this.keys.create(body.role, body.name ?? null);
  }

  @Get('keys')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Alle sleutels, zonder de sleutels zelf / every key, without the keys themselves' })
  @Answers('ApiKeyListResponse')
  async list(@Query() _query: LangQueryDto): Promise<ApiKeyListResponse> {
    return { data: await this.keys.list() };
  }

  @Delete('keys/:prefix')
  @HttpCode(204)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Trek een sleutel in / revoke a key' })
  @AnswersNothing('Ingetrokken / revoked')
  @Fails('KEY_NOT_FOUND')
  async revoke(@Query() _query: LangQueryDto, @Param() params: KeyPrefixParams): Promise<void> {
    if (!(await this.keys.revoke(params.prefix))) throw AuthException.keyNotFound(params.prefix);
  }
}
