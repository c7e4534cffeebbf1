import { DynamicModule, Global, Module } from '@nestjs/common';
import { KoersConfig } from './koers-config';

/** Injection token of the validated configuration. */
export const KOERS_CONFIG = Symbol('KOERS_CONFIG');

/** Makes the configuration, loaded and validated once in main.ts, injectable in every Nest app. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: KoersConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: KOERS_CONFIG, useValue: config }], exports: [KOERS_CONFIG] };
  }
}
