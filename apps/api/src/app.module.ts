import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AppErrorFilter } from './common/app-error.filter';
import type { Settings } from '@sankofa/config';
import { AuthModule } from './auth/auth.module';
import { AuthoringModule } from './authoring/authoring.module';
import { CatalogModule } from './catalog/catalog.module';
import { LearningModule } from './learning/learning.module';
import { OpenModelsModule } from './open-models/open-models.module';
import { LeaderboardsModule } from './leaderboards/leaderboards.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { ConfigModule } from '@sankofa/config';
import { DatabaseModule } from '@sankofa/db';
import { PubSubModule } from './events/pubsub.module';
import { GradingModule } from './grading/grading.module';
import { GraphQLConfigModule } from './graphql/graphql-config.module';
import { HealthModule } from './health/health.module';
import { RedisModule } from './redis/redis.module';
import { UsersModule } from './users/users.module';

/** The whole API. One folder per feature; infrastructure modules first. */
@Module({})
export class AppModule {
  static forRoot(settings?: Settings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(settings),
        DatabaseModule,
        RedisModule,
        PubSubModule,
        GradingModule,
        GraphQLConfigModule,
        AuthModule,
        UsersModule,
        HealthModule,
        AuthoringModule,
        CatalogModule,
        LearningModule,
        SubmissionsModule,
        LeaderboardsModule,
        OpenModelsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}
