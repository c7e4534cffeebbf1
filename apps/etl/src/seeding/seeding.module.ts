import { Module } from '@nestjs/common';
import { RunnerModule } from '../runner/runner.module';
import { FileSourcesModule } from '../sources/files/file-sources.module';
import { MunicipalModule } from '../sources/municipal/municipal.module';
import { SnapshotSeeder } from './snapshot.seeder';

@Module({ imports: [RunnerModule, MunicipalModule, FileSourcesModule], providers: [SnapshotSeeder], exports: [SnapshotSeeder] })
export class SeedingModule {}
