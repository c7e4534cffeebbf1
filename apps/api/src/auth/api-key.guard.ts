import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiRole } from '@koers/api-contracts';
import { bearerToken } from './api-key';
import { ApiKeyService, ROLE_RANK } from './api-key.service';
import { AuthException } from './auth.exception';
import { type AuthenticatedRequest, REQUIRED_ROLE } from './principal';

/** Checks the bearer key of routes marked with `@RequireRole(role)`. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<ApiRole | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (!required) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw AuthException.missingKey();
    const principal = await this.keys.verify(token);
    if (!principal) throw AuthException.invalidKey();
    if (ROLE_RANK[principal.role] < ROLE_RANK[required]) throw AuthException.forbidden(required, principal.role);
    request.principal = principal;
    return true;
  }
}
