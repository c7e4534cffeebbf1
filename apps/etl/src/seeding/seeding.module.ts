import { Module } from '@nestjs/common';
import { RunnerModule } from '../runner/runner.module';
import { SnapshotSeeder } from './snapshot.seeder';

@Module({ imports: [RunnerModule], providers: [SnapshotSeeder], exports: [SnapshotSeeder] })
export class SeedingModule {}
