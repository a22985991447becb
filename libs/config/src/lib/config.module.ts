import { Global, Module } from '@nestjs/common';
import { loadSettingsOrExit, Settings } from './settings';

/** Injection token of the validated settings. */
export const SETTINGS = Symbol('SETTINGS');

@Global()
@Module({})
export class ConfigModule {
  /** Settings are validated once at start; tests pass their own. */
  static forRoot(settings?: Settings) {
    return {
      module: ConfigModule,
      providers: [{ provide: SETTINGS, useFactory: () => settings ?? loadSettingsOrExit() }],
      exports: [SETTINGS],
    };
  }
}
