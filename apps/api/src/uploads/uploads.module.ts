import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';

/**
 * SEAM — the municipal upload endpoints (issue 5/6: `POST /api/v1/uploads/{vacancy,employment,jobseekers}`, the
 * templates) are built here by the import service's engineer. Nothing is registered yet. What is ready for them:
 * - `@RequireRole('editor')` from `auth/require-role.decorator` (401 without a key, 403 below editor), with
 *   `@Principal()` giving the uploader (`uploaded_file.uploaded_by`);
 * - the global ValidationPipe, the error filter (add an `uploads.exception.ts` and its codes to ERROR_STATUS), and
 *   cache invalidation: a committed upload raises `uploaded_file.id` / `observation.id`, which DataVersionService
 *   notices within `dataVersionTtlMs`.
 */
@Module({ imports: [AuthModule] })
export class UploadsModule {}
