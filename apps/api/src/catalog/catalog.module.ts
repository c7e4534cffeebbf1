import { Module } from '@nestjs/common';
import { DownloadsModule } from '../downloads/downloads.module';
import { MunicipalityModule } from '../municipality/municipality.module';
import { RegionsModule } from '../regions/regions.module';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({ imports: [DownloadsModule, RegionsModule, MunicipalityModule], controllers: [CatalogController], providers: [CatalogService] })
export class CatalogModule {}
