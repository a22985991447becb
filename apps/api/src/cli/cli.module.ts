import { DynamicModule, Module } from '@nestjs/common';
import type { Settings } from '@sankofa/config';
import { ConfigModule } from '@sankofa/config';
import { DatabaseModule } from '@sankofa/db';
import { PubSubModule } from '../events/pubsub.module';
import { RedisModule } from '../redis/redis.module';
import { UsersModule } from '../users/users.module';
import { AuthoringModule } from '../authoring/authoring.module';
import { OpenModelsModule } from '../open-models/open-models.module';
import { CurriculaSeeder } from './curricula-seeder';
import { DemoAccounts } from './demo-accounts';

/** What the operator commands need: the database and accounts (Redis clients stay unconnected). */
@Module({})
export class CliModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(settings), DatabaseModule, RedisModule, PubSubModule, UsersModule, AuthoringModule, OpenModelsModule],
      providers: [DemoAccounts, CurriculaSeeder],
    };
  }
}
