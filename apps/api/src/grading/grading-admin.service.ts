import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseEntity, CourseOwnerEntity, GradingRunEntity, SubmissionEntity, type UserEntity } from '@sankofa/db';
import { InputErrorReason, Role } from '@sankofa/domain';
import { DataSource } from 'typeorm';
import { BadInputError } from '../common/app-error';
import type { GradingFailure, GradingQueueStatus } from './grading-admin.models';
import { GradingQueue } from './grading-queue.service';

/** What operators and instructors see of grading: the queue's state and the runs the grader failed on. */
@Injectable()
export class GradingAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: GradingQueue,
  ) {}

  async status(): Promise<GradingQueueStatus> {
    const [counts, workers] = await Promise.all([this.queue.counts(), this.queue.workerCount()]);
    return { waiting: counts.waiting, active: counts.active, delayed: counts.delayed, failed: counts.failed, workers };
  }

  /** Runs that met a grader fault (retried or not), newest first; instructors see their own courses'. */
  async recentFailures(first: number, viewer: UserEntity): Promise<GradingFailure[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new BadInputError('first', InputErrorReason.INVALID_VALUE, 'first must be between 1 and 100.');
    const query = this.db
      .getRepository(GradingRunEntity)
      .createQueryBuilder('r')
      .innerJoinAndMapOne('r.submission', SubmissionEntity, 's', 's.id = r.submission_id')
      .innerJoinAndMapOne('s.course', CourseEntity, 'c', 'c.id = s.course_id')
      .where('r.fault_message IS NOT NULL')
      .orderBy('r.created_at', 'DESC')
      .take(first);
    if (viewer.role !== Role.ADMIN) query.innerJoin(CourseOwnerEntity, 'o', 'o.course_id = s.course_id AND o.user_id = :viewerId', { viewerId: viewer.id });
    const runs = (await query.getMany()) as Array<GradingRunEntity & { submission: SubmissionEntity & { course: CourseEntity } }>;
    return runs.map((r) => ({
      submissionId: r.submissionId,
      runNumber: r.runNumber,
      courseSlug: r.submission.course.slug,
      exerciseSlug: r.submission.exerciseSlug,
      status: r.status,
      message: r.faultMessage ?? '',
      at: r.finishedAt ?? r.startedAt ?? r.createdAt,
    }));
  }
}
