import { Module } from '@nestjs/common';
import { CBS_SOURCE_ID, FILES_SOURCE_ID, INBOX_SOURCE_ID, SourceRunner } from '@koers/loading';
import { LoadingModule } from '@koers/loading/nest';
import { CbsAdapter } from './cbs/cbs.adapter';
import { CbsModule } from './cbs/cbs.module';
import { ETL_JOBS, type EtlJobs, adapterJob } from './etl-jobs';
import { FileSourcesAdapter } from './files/file-sources.adapter';
import { FileSourcesModule } from './files/file-sources.module';
import { InboxScanJob } from './municipal/inbox-scan.job';
import { MunicipalModule } from './municipal/municipal.module';

/**
 * Registers every job of the ETL under its source id, in one place (`ETL_JOBS`). A new source is a module import
 * here, its id in libs/loading's `RUNNABLE_SOURCE_IDS`, and its entry below (the compiler asks for it).
 */
@Module({
  imports: [LoadingModule, CbsModule, MunicipalModule, FileSourcesModule],
  providers: [
    {
      provide: ETL_JOBS,
      useFactory: (runner: SourceRunner, cbs: CbsAdapter, files: FileSourcesAdapter, inbox: InboxScanJob): EtlJobs => ({
        [CBS_SOURCE_ID]: adapterJob(cbs, runner),
        [FILES_SOURCE_ID]: adapterJob(files, runner),
        [INBOX_SOURCE_ID]: inbox,
      }),
      inject: [SourceRunner, CbsAdapter, FileSourcesAdapter, InboxScanJob],
    },
  ],
  exports: [ETL_JOBS, FileSourcesModule],
})
export class SourcesModule {}
