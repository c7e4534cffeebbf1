import { Module } from '@nestjs/common';
import { SourceAdapter } from './source-adapter';
import { SOURCE_ADAPTERS } from './source-adapters';

/**
 * Registers every source adapter in one list. A new source is a provider here and an entry in `inject`.
 * Sources arrive with their issues (CBS StatLine, the municipal inbox).
 */
@Module({
  providers: [{ provide: SOURCE_ADAPTERS, useFactory: (...adapters: SourceAdapter[]) => adapters, inject: [] }],
  exports: [SOURCE_ADAPTERS],
})
export class SourcesModule {}
