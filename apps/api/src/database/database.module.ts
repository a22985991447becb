import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Settings } from '@sankofa/config';
import { dataSourceOptions } from '@sankofa/db';
import { SETTINGS } from '../config/config.module';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [SETTINGS],
      useFactory: (settings: Settings) => dataSourceOptions(settings.database),
    }),
  ],
})
export class DatabaseModule {}
