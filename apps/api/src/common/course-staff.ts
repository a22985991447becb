import { CourseOwnerEntity, type UserEntity } from '@sankofa/db';
import { Role } from '@sankofa/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** Admins, and the instructors who own the course: who may change it and see all its learners' work. */
export async function isCourseStaff(db: DataSource | EntityManager, courseId: string, user: Pick<UserEntity, 'id' | 'role'>): Promise<boolean> {
  if (user.role === Role.ADMIN) return true;
  return user.role === Role.INSTRUCTOR && db.getRepository(CourseOwnerEntity).existsBy({ courseId, userId: user.id });
}
