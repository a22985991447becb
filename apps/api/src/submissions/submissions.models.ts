import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import { ConnectionType } from '../graphql/pagination';

registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description: 'QUEUED and RUNNING are pending; every other status is the outcome of a grading run.',
});

@InputType()
export class QuizAnswerInput {
  @Field() questionId!: string;
  @Field(() => [String], { nullable: true, description: 'Single and multiple choice: the chosen option ids.' }) optionIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Numeric and text questions: the answer as typed.' }) value?: string | null;
}

@InputType()
export class SubmitExerciseInput {
  @Field() courseSlug!: string;
  @Field() exerciseSlug!: string;
  @Field({ description: 'A UUID the client makes once per submission: sending it again returns the same submission.' }) idempotencyKey!: string;
  @Field(() => String, { nullable: true, description: 'Python: the module (at most 64 KB).' }) code?: string | null;
  @Field(() => [QuizAnswerInput], { nullable: true, description: 'Quiz: one answer per question answered.' }) answers?: QuizAnswerInput[] | null;
  @Field(() => String, { nullable: true, description: 'Prediction: the CSV file as text (at most 5 MB).' }) predictionsCsv?: string | null;
}

@ObjectType()
export class CaseResult {
  @Field() name!: string;
  @Field() passed!: boolean;
  @Field({ description: 'Why it failed: expected vs got, the hint, the learner’s own traceback lines.' }) message!: string;
  @Field({ description: 'What the code printed during the case (capped).' }) stdout!: string;
  @Field(() => Float) durationMs!: number;
}

@ObjectType()
export class QuestionResult {
  @Field() questionId!: string;
  @Field(() => Float) score!: number;
  @Field(() => Float) points!: number;
  @Field() correct!: boolean;
  @Field(() => String, { nullable: true }) feedback!: string | null;
}

@ObjectType()
export class SubmissionProblem {
  @Field(() => Int, { nullable: true, description: 'Row as a spreadsheet shows it (the header is row 1).' }) row!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field() message!: string;
}

@ObjectType({ description: 'The outcome of one completed grading run.' })
export class GradingResult {
  @Field(() => SubmissionStatus) status!: SubmissionStatus;
  @Field(() => Float, { description: '0–1 for quizzes and Python; the metric over the public rows for predictions.' }) score!: number;
  @Field() passed!: boolean;
  @Field(() => Int) durationMs!: number;
  @Field(() => String, { nullable: true, description: 'One line in plain words.' }) message!: string | null;
  @Field(() => String, { nullable: true, description: 'Syntax and runtime errors: the message and the learner’s own traceback lines.' }) errorDetail!: string | null;
  @Field(() => [CaseResult]) cases!: CaseResult[];
  @Field(() => [QuestionResult]) questions!: QuestionResult[];
  @Field(() => [SubmissionProblem]) problems!: SubmissionProblem[];
  @Field(() => String, { nullable: true }) metric!: string | null;
  @Field(() => Float, { nullable: true }) publicScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Revealed after the exercise’s deadline; null before.' }) privateScore!: number | null;
}

@ObjectType()
export class GradingRun {
  @Field(() => Int) runNumber!: number;
  @Field(() => SubmissionStatus) status!: SubmissionStatus;
  @Field() reason!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => GradingResult, { nullable: true }) result!: GradingResult | null;
}

@ObjectType()
export class ScoreOverride {
  @Field(() => Float) score!: number;
  @Field() reason!: string;
  @Field() byName!: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class Submission {
  @Field(() => ID) id!: string;
  @Field() courseSlug!: string;
  @Field() exerciseSlug!: string;
  @Field(() => ExerciseKind) kind!: ExerciseKind;
  @Field(() => SubmissionStatus, { description: 'The latest grading run’s status.' }) status!: SubmissionStatus;
  @Field(() => Int, { nullable: true, description: 'While QUEUED: how many gradings are ahead of this one.' }) queuePosition!: number | null;
  @Field(() => Int) attemptNumber!: number;
  @Field(() => Float, { nullable: true, description: 'The latest result’s score, or an override’s.' }) score!: number | null;
  @Field(() => Boolean, { nullable: true }) passed!: boolean | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => GradingResult, { nullable: true, description: 'The latest completed grading run’s result.' }) result!: GradingResult | null;
  @Field(() => [GradingRun]) runs!: GradingRun[];
  @Field(() => ScoreOverride, { nullable: true }) override!: ScoreOverride | null;
  @Field(() => String, { nullable: true, description: 'What was submitted: the code, or the quiz answers as JSON; null for predictions files.' }) code!: string | null;
  @Field() learnerName!: string;
}

@ObjectType()
export class SubmissionConnection extends ConnectionType(Submission, 'Submission') {}
