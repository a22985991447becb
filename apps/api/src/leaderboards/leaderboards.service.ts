import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EnrollmentEntity, ExerciseEntity, GradingRunEntity, SubmissionEntity, UserEntity } from '@sankofa/db';
import { ErrorCode, ExerciseKind, InputErrorReason, SubmissionStatus } from '@sankofa/domain';
import { higherIsBetter, type MetricName } from '@sankofa/grading';
import { DataSource, In } from 'typeorm';
import { AppError, BadInputError, NotFoundError } from '../common/app-error';
import { isCourseStaff } from '../common/course-staff';
import { CatalogService } from '../catalog/catalog.service';
import { privateRevealed } from '../submissions/submission-views';
import type { Leaderboard, LeaderboardEntry } from './leaderboards.models';

/** Shown instead of the name of a learner who opted out of leaderboards. */
export const ANONYMOUS = 'Anonymous learner';

interface Best {
  userId: string;
  publicScore: number;
  privateScore: number | null;
  submittedAt: Date;
}

/**
 * A prediction exercise's leaderboard: each learner's best scored submission. Ranked by the
 * public score until the deadline, by the private score after it (when private scores are
 * revealed to everyone). Learners who opted out appear without their name.
 */
@Injectable()
export class LeaderboardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  async leaderboard(courseSlug: string, exerciseSlug: string, viewer: UserEntity): Promise<Leaderboard> {
    const { course, version } = await this.catalog.publishedCourse(courseSlug);
    const exercise = await this.db.getRepository(ExerciseEntity).findOneBy({ versionId: version.id, slug: exerciseSlug });
    if (!exercise) throw new NotFoundError('This exercise');
    if (exercise.kind !== ExerciseKind.PREDICTION) throw new BadInputError('exerciseSlug', InputErrorReason.INVALID_VALUE, 'Only prediction exercises have a leaderboard.');
    const staff = await isCourseStaff(this.db, course.id, viewer);
    if (!staff && !(await this.db.getRepository(EnrollmentEntity).existsBy({ userId: viewer.id, courseId: course.id }))) {
      throw new AppError(ErrorCode.FORBIDDEN, 'Enroll in this course to see its leaderboards.');
    }
    const metric = exercise.publicSpec['metric'] as MetricName;
    const higher = higherIsBetter(metric);
    const revealed = privateRevealed(exercise, new Date());
    const better = (a: number, b: number) => (higher ? a > b : a < b);

    const best = new Map<string, Best>();
    for (const { submission, result } of await this.latestGradings(course.id, exerciseSlug)) {
      const publicScore = result?.publicScore;
      if (typeof publicScore !== 'number') continue;
      const rankBy = revealed ? (result?.privateScore ?? publicScore) : publicScore;
      const current = best.get(submission.userId);
      const currentRank = current ? (revealed ? (current.privateScore ?? current.publicScore) : current.publicScore) : null;
      if (currentRank === null || better(rankBy, currentRank)) {
        best.set(submission.userId, { userId: submission.userId, publicScore, privateScore: result?.privateScore ?? null, submittedAt: submission.createdAt });
      }
    }
    const rows = [...best.values()];
    const users = rows.length ? await this.db.getRepository(UserEntity).find({ where: { id: In(rows.map((r) => r.userId)) }, select: { id: true, displayName: true, showOnLeaderboards: true } }) : [];
    const userOf = new Map(users.map((u) => [u.id, u]));
    const key = (r: Best) => (revealed ? (r.privateScore ?? r.publicScore) : r.publicScore);
    rows.sort((a, b) => (key(a) === key(b) ? a.submittedAt.getTime() - b.submittedAt.getTime() : better(key(a), key(b)) ? -1 : 1));
    const entries: LeaderboardEntry[] = rows.map((r, i) => {
      const user = userOf.get(r.userId);
      return {
        rank: i + 1,
        displayName: user?.showOnLeaderboards ? user.displayName : ANONYMOUS,
        publicScore: r.publicScore,
        privateScore: revealed || staff ? r.privateScore : null,
        isMe: r.userId === viewer.id,
        submittedAt: r.submittedAt,
      };
    });
    const deadline = exercise.publicSpec['deadline'];
    return { metric, higherIsBetter: higher, deadline: typeof deadline === 'string' ? new Date(deadline) : null, privateRevealed: revealed, entries, showMyName: viewer.showOnLeaderboards };
  }

  /**
   * Each submission's latest completed grading that scored it. A regrade in progress leaves the
   * previous result on the board, and a grader fault (never the learner's doing) does not remove it;
   * a regrade that finds the file invalid does.
   */
  private async latestGradings(courseId: string, exerciseSlug: string): Promise<Array<GradingRunEntity & { submission: SubmissionEntity }>> {
    const finished = (await this.db
      .getRepository(GradingRunEntity)
      .createQueryBuilder('r')
      .innerJoinAndMapOne('r.submission', SubmissionEntity, 's', 's.id = r.submission_id')
      .where('s.course_id = :courseId AND s.exercise_slug = :exerciseSlug', { courseId, exerciseSlug })
      .andWhere('r.finished_at IS NOT NULL AND r.status <> :fault', { fault: SubmissionStatus.GRADER_FAULT })
      .orderBy('r.run_number', 'ASC')
      .getMany()) as Array<GradingRunEntity & { submission: SubmissionEntity }>;
    const latest = new Map(finished.map((run) => [run.submissionId, run]));
    return [...latest.values()].filter((run) => run.status === SubmissionStatus.PASSED || run.status === SubmissionStatus.FAILED);
  }

  async setVisibility(visible: boolean, user: UserEntity): Promise<boolean> {
    await this.db.getRepository(UserEntity).update({ id: user.id }, { showOnLeaderboards: visible });
    return visible;
  }
}
