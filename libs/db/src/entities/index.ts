import { ApiKeyEntity } from './api-key.entity';
import { DataCheckEntity } from './data-check.entity';
import { EtlRunEntity } from './etl-run.entity';
import { MeasureEntity } from './measure.entity';
import { ObservationEntity } from './observation.entity';
import { RegionEntity } from './region.entity';
import { RejectedRowEntity } from './rejected-row.entity';
import { ReportEditionEntity } from './report-edition.entity';
import { RunRequestEntity } from './run-request.entity';
import { SourceFileEntity } from './source-file.entity';
import { SourceTableEntity } from './source-table.entity';
import { UploadedFileEntity } from './uploaded-file.entity';

export * from './api-key.entity';
export * from './data-check.entity';
export * from './etl-run.entity';
export * from './measure.entity';
export * from './observation.entity';
export * from './region.entity';
export * from './rejected-row.entity';
export * from './report-edition.entity';
export * from './run-request.entity';
export * from './source-file.entity';
export * from './source-table.entity';
export * from './uploaded-file.entity';

/** Every entity, registered once here for the data source and for Nest's TypeORM module. */
export const ENTITIES = [
  RegionEntity,
  SourceTableEntity,
  MeasureEntity,
  ObservationEntity,
  EtlRunEntity,
  RejectedRowEntity,
  UploadedFileEntity,
  ApiKeyEntity,
  RunRequestEntity,
  DataCheckEntity,
  SourceFileEntity,
  ReportEditionEntity,
];
