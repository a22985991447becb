import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CourseLevel, CourseStatus, ExerciseKind } from '@sankofa/domain';
import { ConnectionType } from '../graphql/pagination';

registerEnumType(CourseLevel, { name: 'CourseLevel' });
registerEnumType(CourseStatus, { name: 'CourseStatus' });
registerEnumType(ExerciseKind, { name: 'ExerciseKind' });

@ObjectType()
export class CourseProgress {
  @Field(() => Int) lessonsCompleted!: number;
  @Field(() => Int) lessonsTotal!: number;
  @Field(() => Int, { description: 'Exercises with a passing grade (grading arrives with submissions).' }) exercisesPassed!: number;
  @Field(() => Int) exercisesTotal!: number;
  @Field(() => Int, { description: 'Completed lessons and passed exercises over all items, 0–100.' }) percent!: number;
}

@ObjectType('OutlineItem')
export class OutlineItemModel {
  @Field(() => String, { description: '"lesson" or "exercise".' }) type!: 'lesson' | 'exercise';
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => Int, { nullable: true, description: 'Lessons: estimated minutes.' }) minutes!: number | null;
  @Field(() => ExerciseKind, { nullable: true }) exerciseKind!: ExerciseKind | null;
  @Field({ description: 'Lessons: marked complete by the signed-in learner.' }) completed!: boolean;
}

@ObjectType('CourseModule')
export class CourseModuleModel {
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => [OutlineItemModel]) items!: OutlineItemModel[];
}

@ObjectType('CourseRef')
export class CourseRefModel {
  @Field() slug!: string;
  @Field() title!: string;
  @Field() language!: string;
}

/** A course as learners see it: the latest published version. */
@ObjectType('Course')
export class CourseModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field(() => CourseStatus) status!: CourseStatus;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'BCP 47 tag.' }) language!: string;
  @Field(() => CourseLevel) level!: CourseLevel;
  @Field(() => Float) estimatedHours!: number;
  @Field(() => [String]) tags!: string[];
  @Field({ description: 'SPDX id of the course text licence.' }) licence!: string;
  @Field(() => Int, { description: 'Number of the version shown.' }) version!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => CourseRefModel, { nullable: true, description: 'The original, when this course is a translation.' }) translationOf!: CourseRefModel | null;
  @Field(() => [CourseRefModel], { description: 'Published translations of this course.' }) translations!: CourseRefModel[];
  @Field(() => Int) lessonCount!: number;
  @Field(() => Int) exerciseCount!: number;
  @Field({ description: 'Whether the signed-in user is enrolled.' }) enrolled!: boolean;
  @Field(() => CourseProgress, { nullable: true, description: 'The signed-in learner’s progress, when enrolled.' }) progress!: CourseProgress | null;
}

@ObjectType()
export class CourseConnection extends ConnectionType(CourseModel, 'Course') {}

@ObjectType('CourseDetail')
export class CourseDetailModel extends CourseModel {
  @Field(() => [CourseModuleModel]) modules!: CourseModuleModel[];
}

@ObjectType('Track')
export class TrackModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field() language!: string;
  @Field(() => [CourseModel], { description: 'Published courses, in order.' }) courses!: CourseModel[];
}
