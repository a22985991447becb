import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { SignInPage } from '../features/auth/components/SignInPage';
import { SignUpPage } from '../features/auth/components/SignUpPage';
import { EXERCISE_SUBMISSIONS_ROUTE, SUBMISSION_REVIEW_ROUTE } from '../features/grading-staff/grading-paths';
import { destination } from '../features/navigation/destinations';
import { MODEL_COMPARE_ROUTE, MODEL_EDIT_ROUTE, MODEL_NEW_ROUTE, MODEL_ROUTE, MODELS_ROUTE } from '../features/open-models/model-paths';
import { LandingRoute, PageLoading, PublicOnly, RequireRole } from './guards';
import { NotFoundPage } from './NotFoundPage';

// Only admins need the user directory: it stays out of everyone else's download.
const UsersPage = lazy(() => import('../features/admin-users/components/UsersPage').then((m) => ({ default: m.UsersPage })));
// Course authoring (editor, templates, previews) is for instructors and admins only.
const authoring = () => import('../features/authoring/components/authoring-routes');
const MyCoursesPage = lazy(() => authoring().then((m) => ({ default: m.MyCoursesPage })));
const NewCoursePage = lazy(() => authoring().then((m) => ({ default: m.NewCoursePage })));
const CourseEditorPage = lazy(() => authoring().then((m) => ({ default: m.CourseEditorPage })));
// The grading tools (queue, learners' submissions, regrades and overrides) are staff-only too.
const gradingStaff = () => import('../features/grading-staff/components/grading-routes');
const GradingPage = lazy(() => gradingStaff().then((m) => ({ default: m.GradingPage })));
const ExerciseSubmissionsPage = lazy(() => gradingStaff().then((m) => ({ default: m.ExerciseSubmissionsPage })));
const SubmissionReviewPage = lazy(() => gradingStaff().then((m) => ({ default: m.SubmissionReviewPage })));
// The open-model catalog (search, model pages, comparison, curation) is its own download.
const openModels = () => import('../features/open-models/components/open-models-routes');
const ModelCatalogPage = lazy(() => openModels().then((m) => ({ default: m.ModelCatalogPage })));
const ModelPage = lazy(() => openModels().then((m) => ({ default: m.ModelPage })));
const ComparePage = lazy(() => openModels().then((m) => ({ default: m.ComparePage })));
const ModelEditorPage = lazy(() => openModels().then((m) => ({ default: m.ModelEditorPage })));

// Learner pages load on demand so the first download stays small for every role.
const LearnHome = lazy(() => import('../features/learn/components/LearnHome').then((m) => ({ default: m.LearnHome })));
const CatalogPage = lazy(() => import('../features/catalog/components/CatalogPage').then((m) => ({ default: m.CatalogPage })));
const CoursePage = lazy(() => import('../features/course/components/CoursePage').then((m) => ({ default: m.CoursePage })));
const LessonPage = lazy(() => import('../features/lesson/components/LessonPage').then((m) => ({ default: m.LessonPage })));
const ExercisePage = lazy(() => import('../features/exercise/components/ExercisePage').then((m) => ({ default: m.ExercisePage })));

const learn = destination('learn');
const courses = destination('courses');
const models = destination('models');
const teach = destination('teach');
const grading = destination('grading');
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
          <Suspense fallback={<PageLoading />}>
            <LearnHome />
          </Suspense>
        </RequireRole>
      </Route>
      <Route path={courses.path}>
        <RequireRole roles={courses.roles}>
          <Suspense fallback={<PageLoading />}>
            <CatalogPage />
          </Suspense>
        </RequireRole>
      </Route>
      <Route<{ slug: string }> path={`${courses.path}/:slug`}>
        {(params) => (
          <RequireRole roles={courses.roles}>
            <Suspense fallback={<PageLoading />}>
              <CoursePage key={params.slug} slug={params.slug} />
            </Suspense>
          </RequireRole>
        )}
      </Route>
      <Route<{ slug: string; lesson: string }> path={`${courses.path}/:slug/lessons/:lesson`}>
        {(params) => (
          <RequireRole roles={courses.roles}>
            <Suspense fallback={<PageLoading />}>
              <LessonPage key={`${params.slug}/${params.lesson}`} courseSlug={params.slug} lessonSlug={params.lesson} />
            </Suspense>
          </RequireRole>
        )}
      </Route>
      <Route<{ slug: string; exercise: string }> path={`${courses.path}/:slug/exercises/:exercise`}>
        {(params) => (
          <RequireRole roles={courses.roles}>
            <Suspense fallback={<PageLoading />}>
              <ExercisePage key={`${params.slug}/${params.exercise}`} courseSlug={params.slug} exerciseSlug={params.exercise} />
            </Suspense>
          </RequireRole>
        )}
      </Route>
      <Route path={MODELS_ROUTE}>
        <RequireRole roles={models.roles}>
          <Suspense fallback={<PageLoading />}>
            <ModelCatalogPage />
          </Suspense>
        </RequireRole>
      </Route>
      <Route path={MODEL_COMPARE_ROUTE}>
        <RequireRole roles={models.roles}>
          <Suspense fallback={<PageLoading />}>
            <ComparePage />
          </Suspense>
        </RequireRole>
      </Route>
      <Route path={MODEL_NEW_ROUTE}>
        <RequireRole roles={teach.roles}>
          <Suspense fallback={<PageLoading />}>
            <ModelEditorPage slug={null} />
          </Suspense>
        </RequireRole>
      </Route>
      <Route<{ slug: string }> path={MODEL_EDIT_ROUTE}>
        {(params) => (
          <RequireRole roles={teach.roles}>
            <Suspense fallback={<PageLoading />}>
              <ModelEditorPage key={params.slug} slug={params.slug} />
            </Suspense>
          </RequireRole>
        )}
      </Route>
      <Route<{ slug: string }> path={MODEL_ROUTE}>
        {(params) => (
          <RequireRole roles={models.roles}>
            <Suspense fallback={<PageLoading />}>
              <ModelPage key={params.slug} slug={params.slug} />
            </Suspense>
          </RequireRole>
        )}
      </Route>
      <Route path={teach.path}>
        <RequireRole roles={teach.roles}>
          <Suspense fallback={<PageLoading />}>
            <MyCoursesPage />
          </Suspense>
        </RequireRole>
      </Route>
      <Route path={`${teach.path}/new`}>
        <RequireRole roles={teach.roles}>
          <Suspense fallback={<PageLoading />}>
            <NewCoursePage />
          </Suspense>
        </RequireRole>
      </Route>
      <Route<{ slug: string }> path={`${teach.path}/courses/:slug`}>
        {(params) => (
          <RequireRole roles={teach.roles}>
            <Suspense fallback={<PageLoading />}>
              <CourseEditorPage key={params.slug} slug={params.slug} />
            </Suspense>
          </RequireRole>
        )}
      </Route>
      <Route path={grading.path}>
        <RequireRole roles={grading.roles}>
          <Suspense fallback={<PageLoading />}>
            <GradingPage />
          </Suspense>
        </RequireRole>
      </Route>
      <Route<{ slug: string; exercise: string }> path={EXERCISE_SUBMISSIONS_ROUTE}>
        {(params) => (
          <RequireRole roles={grading.roles}>
            <Suspense fallback={<PageLoading />}>
              <ExerciseSubmissionsPage key={`${params.slug}/${params.exercise}`} courseSlug={params.slug} exerciseSlug={params.exercise} />
            </Suspense>
          </RequireRole>
        )}
      </Route>
      <Route<{ id: string }> path={SUBMISSION_REVIEW_ROUTE}>
        {(params) => (
          <RequireRole roles={grading.roles}>
            <Suspense fallback={<PageLoading />}>
              <SubmissionReviewPage key={params.id} id={params.id} />
            </Suspense>
          </RequireRole>
        )}
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
