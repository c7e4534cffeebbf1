import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { MunicipalityController } from './municipality.controller';
import { MunicipalityService } from './municipality.service';

@Module({
  imports: [RegionsModule],
  controllers: [MunicipalityController],
  providers: [MunicipalityService],
  exports: [MunicipalityService],
})
export class MunicipalityModule {}
