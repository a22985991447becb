import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import { Role } from '@sankofa/domain';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthoredCourseModel, CourseDraftModel, CourseFileInput, CreateCourseInput, MarkdownPreviewModel, PublishResultModel } from './authoring.models';
import { AuthoringService } from './authoring.service';

@Roles(Role.INSTRUCTOR, Role.ADMIN)
@Resolver()
export class AuthoringResolver {
  constructor(private readonly authoring: AuthoringService) {}

  @Query(() => [AuthoredCourseModel], { description: 'Courses the instructor owns (admins: every course).' })
  myCourses(@CurrentUser() user: UserEntity): Promise<AuthoredCourseModel[]> {
    return this.authoring.myCourses(user);
  }

  @Query(() => CourseDraftModel, { description: 'The draft of a course the instructor owns: its files and issues.' })
  courseDraft(@Args('slug') slug: string, @CurrentUser() user: UserEntity): Promise<CourseDraftModel> {
    return this.authoring.draft(slug, user);
  }

  @Query(() => MarkdownPreviewModel, { description: 'Renders Markdown as publication will (live preview in the editor).' })
  previewMarkdown(@Args('markdown') markdown: string, @Args('language', { type: () => String, nullable: true }) language: string | null): MarkdownPreviewModel {
    return this.authoring.preview(markdown, language);
  }

  @Mutation(() => CourseDraftModel, { description: 'Creates a course with a first draft holding its course.yaml.' })
  createCourse(@Args('input') input: CreateCourseInput, @CurrentUser() user: UserEntity): Promise<CourseDraftModel> {
    return this.authoring.create(input, user);
  }

  @Mutation(() => CourseDraftModel, { description: 'Replaces the draft with these files (saved even with issues).' })
  saveCourseDraft(@Args('slug') slug: string, @Args('files', { type: () => [CourseFileInput] }) files: CourseFileInput[], @CurrentUser() user: UserEntity): Promise<CourseDraftModel> {
    return this.authoring.save(slug, files, user);
  }

  @Mutation(() => PublishResultModel, { description: 'Publishes the draft as the next numbered version.' })
  publishCourse(@Args('slug') slug: string, @Args('changelog') changelog: string, @CurrentUser() user: UserEntity): Promise<PublishResultModel> {
    return this.authoring.publish(slug, changelog, user);
  }

  @Mutation(() => AuthoredCourseModel, { description: 'Withdraws a course from the catalog, or (archived: false) brings it back.' })
  archiveCourse(@Args('slug') slug: string, @Args('archived', { defaultValue: true }) archived: boolean, @CurrentUser() user: UserEntity): Promise<AuthoredCourseModel> {
    return this.authoring.setArchived(slug, archived, user);
  }
}
