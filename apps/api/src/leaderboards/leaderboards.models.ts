import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class LeaderboardEntry {
  @Field(() => Int) rank!: number;
  @Field() displayName!: string;
  @Field(() => Float) publicScore!: number;
  @Field(() => Float, { nullable: true }) privateScore!: number | null;
  @Field() isMe!: boolean;
  @Field() submittedAt!: Date;
}

@ObjectType()
export class Leaderboard {
  @Field() metric!: string;
  @Field() higherIsBetter!: boolean;
  @Field(() => Date, { nullable: true }) deadline!: Date | null;
  @Field() privateRevealed!: boolean;
  @Field(() => [LeaderboardEntry]) entries!: LeaderboardEntry[];
  @Field({ description: 'The signed-in user’s own choice: their name is shown on leaderboards.' }) showMyName!: boolean;
}
