import { ExecutionContext, SetMetadata, UseGuards, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { Fails } from '../openapi/documented.decorators';
import type { ApiRole } from '@koers/api-contracts';
import { ApiKeyGuard } from './api-key.guard';
import type { ApiPrincipal } from './api-key.service';
import { type AuthenticatedRequest, REQUIRED_ROLE } from './principal';

/**
 * Only for callers with a valid bearer key of at least this role: 401 without (or with an unknown) key, 403 with
 * a key of a lower role. Reading is public, so read endpoints carry no role.
 */
export function RequireRole(role: ApiRole): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(REQUIRED_ROLE, role), UseGuards(ApiKeyGuard), ApiBearerAuth(), Fails('UNAUTHORIZED', 'FORBIDDEN'));
}

/** The caller of a route guarded with {@link RequireRole}. */
export const Principal = createParamDecorator((_data: unknown, context: ExecutionContext): ApiPrincipal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('@Principal() used on a route without @RequireRole()');
  return principal;
});
