import { Module } from '@nestjs/common';
import { RegionDirectoryService } from './region-directory.service';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  controllers: [RegionsController],
  providers: [RegionDirectoryService, RegionsService],
  exports: [RegionDirectoryService],
})
export class RegionsModule {}
