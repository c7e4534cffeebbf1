import { Module } from '@nestjs/common';
import { RunnerModule } from '../runner/runner.module';
import { MunicipalModule } from '../sources/municipal/municipal.module';
import { SnapshotSeeder } from './snapshot.seeder';

@Module({ imports: [RunnerModule, MunicipalModule], providers: [SnapshotSeeder], exports: [SnapshotSeeder] })
export class SeedingModule {}
