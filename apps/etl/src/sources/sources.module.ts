import { Module } from '@nestjs/common';
import { CbsAdapter } from './cbs/cbs.adapter';
import { CbsModule } from './cbs/cbs.module';
import { FileSourcesAdapter } from './files/file-sources.adapter';
import { FileSourcesModule } from './files/file-sources.module';
import { InboxAdapter } from './municipal/inbox.adapter';
import { MunicipalModule } from './municipal/municipal.module';
import { SourceAdapter } from '@koers/loading';
import { SOURCE_ADAPTERS } from './source-adapters';

/**
 * Registers every source adapter in one list. A new source is a module import here and an entry in `inject`.
 */
@Module({
  imports: [CbsModule, MunicipalModule, FileSourcesModule],
  providers: [{ provide: SOURCE_ADAPTERS, useFactory: (...adapters: SourceAdapter[]) => adapters, inject: [CbsAdapter, InboxAdapter, FileSourcesAdapter] }],
  exports: [SOURCE_ADAPTERS, FileSourcesModule],
})
export class SourcesModule {}
