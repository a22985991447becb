import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseDocument, readCurriculaFolder } from '@sankofa/curriculum';
import { CourseEntity, UserEntity } from '@sankofa/db';
import { Role } from '@sankofa/domain';
import { DataSource } from 'typeorm';
import { CourseInvalidError, CourseStore, IncompatibleChange } from '../authoring/course-store.service';

export interface ImportReport {
  courses: Array<{ slug: string; version: number | null; incompatibleChanges: IncompatibleChange[] }>;
  tracks: string[];
}

/** Imports a whole curricula folder (courses, then tracks), optionally publishing each course. */
@Injectable()
export class CurriculaSeeder {
  constructor(
    private readonly store: CourseStore,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async importFolder(root: string, actor: UserEntity, publishChangelog: string | null): Promise<ImportReport> {
    const { courses, tracks, issues } = await readCurriculaFolder(root);
    if (issues.length) throw new CourseInvalidError(issues);
    const report: ImportReport = { courses: [], tracks: [] };
    // Originals first, so a translation finds the course it translates.
    for (const doc of [...courses].sort(byOriginalsFirst)) {
      await this.store.saveDraft(doc, actor);
      if (publishChangelog) {
        const published = await this.store.publish(doc.slug, publishChangelog, actor);
        report.courses.push({ slug: doc.slug, version: published.version.number, incompatibleChanges: published.incompatibleChanges });
      } else report.courses.push({ slug: doc.slug, version: null, incompatibleChanges: [] });
    }
    for (const track of tracks) {
      await this.store.saveTrack(track);
      report.tracks.push(track.slug);
    }
    return report;
  }

  /** First start in embedded mode: publish the shipped curricula, as the first admin. */
  async seedIfEmpty(root: string): Promise<ImportReport | null> {
    if (await this.db.getRepository(CourseEntity).exists()) return null;
    const admin = await this.db.getRepository(UserEntity).findOne({ where: { role: Role.ADMIN }, order: { createdAt: 'ASC' } });
    if (!admin) throw new Error('an admin account is needed to publish the shipped curricula (run seed-demo or create-admin first)');
    return this.importFolder(root, admin, 'First version shipped with Sankofa');
  }
}

function byOriginalsFirst(a: CourseDocument, b: CourseDocument): number {
  return Number(Boolean(a.translationOf)) - Number(Boolean(b.translationOf)) || a.slug.localeCompare(b.slug);
}
