import { Module } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { CbsAdapter } from './cbs.adapter';

@Module({
  providers: [{ provide: CbsAdapter, useFactory: (config: KoersConfig) => CbsAdapter.fromConfig(config), inject: [KOERS_CONFIG] }],
  exports: [CbsAdapter],
})
export class CbsModule {}
