import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { LeaderboardsResolver } from './leaderboards.resolver';
import { LeaderboardsService } from './leaderboards.service';

@Module({ imports: [CatalogModule], providers: [LeaderboardsService, LeaderboardsResolver] })
export class LeaderboardsModule {}
