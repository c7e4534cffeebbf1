import type { Request } from 'express';
import type { ApiPrincipal } from './api-key.service';

/** Metadata key of the role a route requires. */
export const REQUIRED_ROLE = 'koers:required-role';

/** The request of a guarded route, with the caller the guard identified. */
export interface AuthenticatedRequest extends Request {
  principal?: ApiPrincipal;
}
