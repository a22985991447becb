import { Role } from '@sankofa/domain';

export type NavKey = 'learn' | 'courses' | 'models' | 'teach' | 'grading' | 'users';

export interface Destination {
  key: NavKey;
  path: string;
  /** Roles that may open it. */
  roles: readonly Role[];
}

/** The signed-in areas, in navigation order. Route guards and the menu read the same list. */
export const DESTINATIONS: readonly Destination[] = [
  { key: 'learn', path: '/learn', roles: [Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN] },
  { key: 'courses', path: '/courses', roles: [Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN] },
  { key: 'models', path: '/models', roles: [Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN] },
  { key: 'teach', path: '/teach', roles: [Role.INSTRUCTOR, Role.ADMIN] },
  { key: 'grading', path: '/grading', roles: [Role.INSTRUCTOR, Role.ADMIN] },
  { key: 'users', path: '/admin/users', roles: [Role.ADMIN] },
];

export function destination(key: NavKey): Destination {
  return DESTINATIONS.find((d) => d.key === key) as Destination;
}

export function destinationsFor(role: Role): Destination[] {
  return DESTINATIONS.filter((d) => d.roles.includes(role));
}

/** Where a role lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case Role.LEARNER:
      return '/learn';
    case Role.INSTRUCTOR:
      return '/teach';
    case Role.ADMIN:
      return '/admin/users';
    default: {
      const unknown: never = role;
      throw new Error(`No home for role ${String(unknown)}`);
    }
  }
}

/**
 * A return path taken from the URL (`?next=`) is only followed when it stays on this site:
 * an absolute or protocol-relative URL would make sign-in an open redirect.
 */
export function safeReturnPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next === '/sign-up' || next.startsWith('/sign-up?')) return null;
  return next;
}
