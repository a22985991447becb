import { Role } from '@sankofa/domain';
import { useSession } from '../../auth/hooks/use-session';

/** Whether the signed-in user curates the catalog (instructors and admins; the API decides too). */
export function useCatalogStaff(): boolean {
  const session = useSession();
  return session.status === 'signedIn' && (session.user.role === Role.INSTRUCTOR || session.user.role === Role.ADMIN);
}
