import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SETTINGS, Settings } from '@sankofa/config';
import { dataSourceOptions } from './data-source-options';

/** TypeORM for a Nest application (API or grader), configured from the validated settings. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [SETTINGS],
      useFactory: (settings: Settings) => dataSourceOptions(settings.database),
    }),
  ],
})
export class DatabaseModule {}
