import { Module } from '@nestjs/common';
import { LoadingModule } from '@koers/loading/nest';
import { FileSourcesModule } from '../sources/files/file-sources.module';
import { MunicipalModule } from '../sources/municipal/municipal.module';
import { SnapshotSeeder } from './snapshot.seeder';

@Module({ imports: [LoadingModule, MunicipalModule, FileSourcesModule], providers: [SnapshotSeeder], exports: [SnapshotSeeder] })
export class SeedingModule {}
