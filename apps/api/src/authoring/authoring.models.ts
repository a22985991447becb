import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CourseLevel, CourseStatus } from '@sankofa/domain';

@ObjectType('AuthoredCourse')
export class AuthoredCourseModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field(() => CourseStatus) status!: CourseStatus;
  @Field({ description: 'Title of the draft (or of the latest version when the draft has none).' }) title!: string;
  @Field() language!: string;
  @Field(() => Int, { description: 'Number of the latest published version; 0 before the first.' }) latestVersion!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [String], { description: 'E-mail addresses of the owning instructors.' }) owners!: string[];
}

@ObjectType('CourseFile')
export class CourseFileModel {
  @Field({ description: 'Path inside the course folder, e.g. "lessons/numpy-arrays.md".' }) path!: string;
  @Field({ description: 'The text, or base64 for binary files.' }) content!: string;
  @Field({ description: '"utf8" or "base64".' }) encoding!: string;
  @Field(() => Int) size!: number;
}

@ObjectType('CourseIssue')
export class CourseIssueModel {
  @Field() file!: string;
  @Field(() => Int, { nullable: true }) line!: number | null;
  @Field({ description: 'Field path inside the file, e.g. "[2].expect.tolerance"; empty for the whole file.' }) field!: string;
  @Field() message!: string;
}

/** The editable draft of a course: the files of its course folder, and what is wrong with them. */
@ObjectType('CourseDraft')
export class CourseDraftModel {
  @Field(() => AuthoredCourseModel) course!: AuthoredCourseModel;
  @Field(() => [CourseFileModel]) files!: CourseFileModel[];
  @Field(() => [CourseIssueModel], { description: 'Every problem with file, line and field; publication needs none.' }) issues!: CourseIssueModel[];
  @Field() publishable!: boolean;
}

@ObjectType('IncompatibleChange')
export class IncompatibleChangeModel {
  @Field() exercise!: string;
  @Field() change!: string;
}

@ObjectType('PublishResult')
export class PublishResultModel {
  @Field(() => AuthoredCourseModel) course!: AuthoredCourseModel;
  @Field(() => Int) version!: number;
  @Field(() => [IncompatibleChangeModel], { description: 'Exercise changes that make earlier submissions incomparable.' }) incompatibleChanges!: IncompatibleChangeModel[];
}

@ObjectType('MarkdownPreview')
export class MarkdownPreviewModel {
  @Field({ description: 'Sanitized HTML, rendered by the same pipeline as publication.' }) html!: string;
  @Field(() => [String], { description: 'Formulas that did not parse, with their line.' }) problems!: string[];
}

@InputType()
export class CourseFileInput {
  @Field() path!: string;
  @Field() content!: string;
  @Field({ defaultValue: 'utf8', description: '"utf8" or "base64".' }) encoding!: string;
}

@InputType()
export class CreateCourseInput {
  @Field({ description: '3–64 lower-case letters, digits and dashes; never changes.' }) slug!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'BCP 47 tag, e.g. "en", "fr", "sw".' }) language!: string;
  @Field(() => CourseLevel) level!: CourseLevel;
}
