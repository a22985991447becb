import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import { CurrentUser } from '../auth/auth.decorators';
import { Leaderboard } from './leaderboards.models';
import { LeaderboardsService } from './leaderboards.service';

@Resolver()
export class LeaderboardsResolver {
  constructor(private readonly leaderboards: LeaderboardsService) {}

  @Query(() => Leaderboard, { description: 'A prediction exercise’s leaderboard: enrolled learners and course staff.' })
  leaderboard(@Args('courseSlug') courseSlug: string, @Args('exerciseSlug') exerciseSlug: string, @CurrentUser() user: UserEntity): Promise<Leaderboard> {
    return this.leaderboards.leaderboard(courseSlug, exerciseSlug, user);
  }

  @Mutation(() => Boolean, { description: 'Shows or hides the signed-in user’s name on leaderboards; returns the new setting.' })
  setLeaderboardVisibility(@Args('visible') visible: boolean, @CurrentUser() user: UserEntity): Promise<boolean> {
    return this.leaderboards.setVisibility(visible, user);
  }
}
