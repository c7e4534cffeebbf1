import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { SourcesController } from './sources.controller';
import { SourcesService } from './sources.service';

@Module({ imports: [RegionsModule], controllers: [SourcesController], providers: [SourcesService] })
export class SourcesModule {}
