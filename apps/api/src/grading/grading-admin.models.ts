import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SubmissionStatus } from '@sankofa/domain';

@ObjectType()
export class GradingQueueStatus {
  @Field(() => Int) waiting!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) delayed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) workers!: number;
}

@ObjectType()
export class GradingFailure {
  @Field(() => ID) submissionId!: string;
  @Field(() => Int) runNumber!: number;
  @Field() courseSlug!: string;
  @Field() exerciseSlug!: string;
  @Field(() => SubmissionStatus) status!: SubmissionStatus;
  @Field() message!: string;
  @Field() at!: Date;
}
