import { Module } from '@nestjs/common';
import { IndicatorDataModule } from '../indicator-data/indicator-data.module';
import { AmbitionsController } from './ambitions.controller';
import { AmbitionsService } from './ambitions.service';

@Module({ imports: [IndicatorDataModule], controllers: [AmbitionsController], providers: [AmbitionsService] })
export class AmbitionsModule {}
