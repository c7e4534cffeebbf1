import { Module } from '@nestjs/common';
import { IndicatorDataModule } from '../indicator-data/indicator-data.module';
import { RegionProfilesController } from './region-profiles.controller';
import { RegionProfilesService } from './region-profiles.service';

@Module({ imports: [IndicatorDataModule], controllers: [RegionProfilesController], providers: [RegionProfilesService] })
export class RegionProfilesModule {}
