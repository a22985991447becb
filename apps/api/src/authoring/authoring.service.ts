import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { renderMarkdown } from '@sankofa/content-rendering';
import { CourseEntity, CourseOwnerEntity, CourseVersionEntity, UserEntity } from '@sankofa/db';
import { InputErrorReason, Role } from '@sankofa/domain';
import { stringify } from 'yaml';
import { DataSource, In, IsNull } from 'typeorm';
import { BadInputError } from '../common/app-error';
import { AuthoredCourseModel, CourseDraftModel, CourseFileInput, CreateCourseInput, MarkdownPreviewModel, PublishResultModel } from './authoring.models';
import { CourseStore, DraftState } from './course-store.service';
import { decodeFileContent, encodeFileContent } from '@sankofa/db';

export const MAX_PREVIEW_BYTES = 200 * 1024;

/** Instructors' side of curricula, over the course store: their courses, drafts, publication. */
@Injectable()
export class AuthoringService {
  constructor(
    private readonly store: CourseStore,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Courses the instructor owns; admins see every course. */
  async myCourses(actor: UserEntity): Promise<AuthoredCourseModel[]> {
    const courses =
      actor.role === Role.ADMIN
        ? await this.db.getRepository(CourseEntity).find({ order: { slug: 'ASC' } })
        : await this.db
            .getRepository(CourseEntity)
            .createQueryBuilder('c')
            .innerJoin(CourseOwnerEntity, 'o', 'o.course_id = c.id AND o.user_id = :userId', { userId: actor.id })
            .orderBy('c.slug', 'ASC')
            .getMany();
    return this.describe(courses);
  }

  async draft(slug: string, actor: UserEntity): Promise<CourseDraftModel> {
    return this.draftModel(await this.store.draft(slug, actor));
  }

  /** A new course: its draft starts with the course.yaml of the given metadata. */
  async create(input: CreateCourseInput, actor: UserEntity): Promise<CourseDraftModel> {
    if (await this.db.getRepository(CourseEntity).existsBy({ slug: input.slug })) {
      throw new BadInputError('slug', InputErrorReason.INVALID_VALUE, 'A course with this slug exists already; choose another.');
    }
    const courseYaml = stringify({
      slug: input.slug,
      title: input.title.trim(),
      summary: input.summary.trim(),
      language: input.language.trim(),
      level: input.level.toLowerCase(),
      estimatedHours: 1,
      tags: [],
      instructors: [actor.email],
      licence: 'CC-BY-SA-4.0',
      modules: [],
    });
    return this.draftModel(await this.store.saveDraftFiles(input.slug, new Map([['course.yaml', new Uint8Array(Buffer.from(courseYaml, 'utf8'))]]), actor));
  }

  async save(slug: string, files: CourseFileInput[], actor: UserEntity): Promise<CourseDraftModel> {
    const map = new Map<string, Uint8Array>();
    for (const f of files) {
      if (map.has(f.path)) throw new BadInputError('files', InputErrorReason.INVALID_VALUE, `"${f.path}" is given twice.`);
      if (f.encoding !== 'utf8' && f.encoding !== 'base64') throw new BadInputError('files', InputErrorReason.INVALID_VALUE, 'A file encoding is "utf8" or "base64".');
      map.set(f.path, new Uint8Array(decodeFileContent(f)));
    }
    return this.draftModel(await this.store.saveDraftFiles(slug, map, actor));
  }

  async publish(slug: string, changelog: string, actor: UserEntity): Promise<PublishResultModel> {
    const result = await this.store.publish(slug, changelog, actor);
    const [course] = await this.describe([result.course]);
    return { course, version: result.version.number ?? 0, incompatibleChanges: result.incompatibleChanges };
  }

  async setArchived(slug: string, archived: boolean, actor: UserEntity): Promise<AuthoredCourseModel> {
    const [course] = await this.describe([await this.store.setArchived(slug, archived, actor)]);
    return course;
  }

  preview(markdown: string, language: string | null | undefined): MarkdownPreviewModel {
    if (Buffer.byteLength(markdown) > MAX_PREVIEW_BYTES) throw new BadInputError('markdown', InputErrorReason.TOO_LONG, 'Preview at most 200 KB at a time.');
    const rendered = renderMarkdown(markdown, { language: language ?? undefined });
    return { html: rendered.html, problems: rendered.mathErrors.map((e) => `line ${e.line}: ${e.message}`) };
  }

  private async draftModel(state: DraftState): Promise<CourseDraftModel> {
    const [course] = await this.describe([state.course]);
    return {
      course,
      files: [...state.files].map(([path, bytes]) => ({ path, size: bytes.length, ...encodeFileContent(bytes) })),
      issues: state.issues.map((i) => ({ file: i.file, line: i.line ?? null, field: i.field, message: i.message })),
      publishable: state.issues.length === 0,
    };
  }

  private async describe(courses: CourseEntity[]): Promise<AuthoredCourseModel[]> {
    if (!courses.length) return [];
    const ids = courses.map((c) => c.id);
    const [drafts, published, owners] = await Promise.all([
      this.db.getRepository(CourseVersionEntity).find({ where: { courseId: In(ids), number: IsNull() }, select: { courseId: true, title: true, language: true, updatedAt: true } }),
      this.db.getRepository(CourseVersionEntity).find({ where: { id: In(courses.flatMap((c) => (c.publishedVersionId ? [c.publishedVersionId] : []))) }, select: { id: true, title: true, language: true } }),
      this.db.getRepository(CourseOwnerEntity).find({ where: { courseId: In(ids) }, relations: { user: true } }),
    ]);
    return courses.map((c) => {
      const draft = drafts.find((d) => d.courseId === c.id);
      const latest = published.find((p) => p.id === c.publishedVersionId);
      return {
        id: c.id,
        slug: c.slug,
        status: c.status,
        title: draft?.title || latest?.title || c.slug,
        language: draft?.language || latest?.language || 'en',
        latestVersion: c.latestVersionNumber,
        updatedAt: draft?.updatedAt ?? c.updatedAt,
        owners: owners.filter((o) => o.courseId === c.id).map((o) => o.user?.email ?? '').filter(Boolean).sort(),
      };
    });
  }
}
