/** The three roles of Sankofa. A user has exactly one. */
export enum Role {
  LEARNER = 'LEARNER',
  INSTRUCTOR = 'INSTRUCTOR',
  ADMIN = 'ADMIN',
}

export const ROLES: readonly Role[] = [Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
