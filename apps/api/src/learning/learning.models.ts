import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExerciseKind } from '@sankofa/domain';

@ObjectType()
export class GlossaryEntry {
  @Field() term!: string;
  @Field() definition!: string;
}

@ObjectType()
export class CheckYourself {
  @Field() question!: string;
  @Field() answer!: string;
}

@ObjectType()
export class ItemRef {
  @Field(() => String, { description: '"lesson" or "exercise".' }) type!: 'lesson' | 'exercise';
  @Field() slug!: string;
  @Field() title!: string;
}

/** A lesson of the latest published version, rendered to sanitized HTML at publication. */
@ObjectType('Lesson')
export class LessonModel {
  @Field(() => ID) id!: string;
  @Field() courseSlug!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => [String]) objectives!: string[];
  @Field(() => [String]) prerequisites!: string[];
  /** Open-model catalog slugs the lesson names (exposed as `models`, cards, by the open-models feature). */
  modelSlugs!: string[];
  @Field(() => [GlossaryEntry]) glossary!: GlossaryEntry[];
  @Field(() => CheckYourself) check!: CheckYourself;
  @Field(() => [String]) summary!: string[];
  @Field({ description: 'Sanitized HTML of the lesson body.' }) html!: string;
  @Field(() => ItemRef, { nullable: true }) previous!: ItemRef | null;
  @Field(() => ItemRef, { nullable: true }) next!: ItemRef | null;
  @Field({ description: 'Marked complete by the signed-in learner.' }) completed!: boolean;
}

@ObjectType('QuizOption')
export class QuizOptionModel {
  @Field() id!: string;
  @Field({ description: 'Sanitized HTML.' }) html!: string;
}

@ObjectType('QuizQuestion')
export class QuizQuestionModel {
  @Field() id!: string;
  @Field(() => String, { description: 'single, multiple, numeric or text.' }) type!: string;
  @Field({ description: 'Sanitized HTML.' }) promptHtml!: string;
  @Field(() => Float) points!: number;
  @Field(() => [QuizOptionModel], { description: 'Choices (single and multiple questions).' }) options!: QuizOptionModel[];
}

@ObjectType('DataFile')
export class DataFileModel {
  @Field() name!: string;
  @Field(() => Int) size!: number;
  @Field() sha256!: string;
  @Field({ description: 'Download address; content-addressed, so it can be cached for good.' }) url!: string;
}

@ObjectType('PredictionTask')
export class PredictionTaskModel {
  @Field() metric!: string;
  @Field() idColumn!: string;
  @Field() targetColumn!: string;
  @Field(() => Float, { nullable: true }) baselineScore!: number | null;
  @Field(() => String, { nullable: true }) baselineMethod!: string | null;
  @Field(() => Date, { nullable: true }) deadline!: Date | null;
  @Field(() => [DataFileModel], { description: 'Public files: training data and the rows to predict.' }) files!: DataFileModel[];
}

/** What a learner may see of an exercise: never its answer keys, cases, checkers or labels. */
@ObjectType('Exercise')
export class ExerciseModel {
  @Field(() => ID, { description: 'The exercise version (a submission names it).' }) id!: string;
  @Field() courseSlug!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => ExerciseKind) kind!: ExerciseKind;
  @Field({ description: 'Sanitized HTML of the task.' }) promptHtml!: string;
  @Field(() => [QuizQuestionModel], { nullable: true, description: 'Quiz: the questions, without answers.' }) questions!: QuizQuestionModel[] | null;
  @Field(() => String, { nullable: true, description: 'Python: the code the learner starts from.' }) starterCode!: string | null;
  @Field(() => Int, { nullable: true, description: 'Python: CPU seconds allowed per run.' }) timeLimitSeconds!: number | null;
  @Field(() => Int, { nullable: true, description: 'Submissions a learner may make; null when unlimited.' }) maxAttempts!: number | null;
  @Field(() => PredictionTaskModel, { nullable: true, description: 'Prediction: what to predict and how it is scored.' }) prediction!: PredictionTaskModel | null;
  @Field(() => ItemRef, { nullable: true }) previous!: ItemRef | null;
  @Field(() => ItemRef, { nullable: true }) next!: ItemRef | null;
}
