import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { SignInPage } from '../features/auth/components/SignInPage';
import { SignUpPage } from '../features/auth/components/SignUpPage';
import { LearnHome } from '../features/learn/components/LearnHome';
import { destination } from '../features/navigation/destinations';
import { TeachHome } from '../features/teach/components/TeachHome';
import { LandingRoute, PageLoading, PublicOnly, RequireRole } from './guards';
import { NotFoundPage } from './NotFoundPage';

// Only admins need the user directory: it stays out of everyone else's download.
const UsersPage = lazy(() => import('../features/admin-users/components/UsersPage').then((m) => ({ default: m.UsersPage })));

const learn = destination('learn');
const teach = destination('teach');
const users = destination('users');

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <LandingRoute />
      </Route>
      <Route path="/sign-in">
        <PublicOnly>
          <SignInPage />
        </PublicOnly>
      </Route>
      <Route path="/sign-up">
        <PublicOnly>
          <SignUpPage />
        </PublicOnly>
      </Route>
      <Route path={learn.path}>
        <RequireRole roles={learn.roles}>
          <LearnHome />
        </RequireRole>
      </Route>
      <Route path={teach.path}>
        <RequireRole roles={teach.roles}>
          <TeachHome />
        </RequireRole>
      </Route>
      <Route path={users.path}>
        <RequireRole roles={users.roles}>
          <Suspense fallback={<PageLoading />}>
            <UsersPage />
          </Suspense>
        </RequireRole>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
