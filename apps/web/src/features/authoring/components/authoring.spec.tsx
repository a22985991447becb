import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type GraphqlBody, graphqlError, instructor, sessionFor } from '../../../test/fake-api';
import { changeLanguage } from '../../../shared/i18n/i18n';
import { renderApp } from '../../../test/render-app';
import type { AuthoredCourse } from '../graphql/authored-course.fragment';
import type { CourseDraft, CourseIssue } from '../graphql/course-draft.fragment';
import { keepEdits } from '../model/draft-storage';

const course = (overrides: Partial<AuthoredCourse> = {}): AuthoredCourse => ({
  id: 'c0a80101-0000-4000-8000-00000000c001',
  slug: 'python-for-data',
  status: 'DRAFT',
  title: 'Python for Data Work',
  language: 'en',
  latestVersion: 0,
  updatedAt: '2026-03-01T10:00:00.000Z',
  owners: [instructor.email],
  ...overrides,
});

const COURSE_YAML = 'slug: python-for-data\ntitle: Python for Data Work\nmodules:\n  - slug: basics\n    title: Basics\n    items:\n      - lesson: numpy-arrays\n';
const LESSON = '---\ntitle: NumPy arrays\nminutes:\n---\n\n## Arrays\n';

function draft(overrides: Partial<CourseDraft> = {}, files: Record<string, string> = { 'course.yaml': COURSE_YAML, 'lessons/numpy-arrays.md': LESSON }): CourseDraft {
  return {
    course: course(),
    files: Object.entries(files).map(([path, content]) => ({ path, content, encoding: 'utf8', size: content.length })),
    issues: [],
    publishable: true,
    ...overrides,
  };
}

const minutesIssue: CourseIssue = { file: 'lessons/numpy-arrays.md', line: 3, field: 'minutes', message: 'minutes must be a number from 1 to 240.' };

// Two shared cores: the first render of a page can take more than the default second.
const slow = { timeout: 5000 };

// The area is loaded lazily: load it once up front so no test pays for the transform.
beforeAll(async () => {
  await import('./authoring-routes');
});

function renderTeach(path: string, handlers: Record<string, (v: Record<string, unknown>) => GraphqlBody> = {}) {
  const api = createFakeApi({ RefreshSession: sessionFor(instructor), SignOut: () => ({ data: { signOut: true } }), ...handlers });
  return renderApp({ path, api });
}

describe('my courses', () => {
  it('lists the courses with status, version and a way to create one', async () => {
    renderTeach('/teach', {
      MyCourses: () => ({ data: { myCourses: [course(), course({ id: 'c2', slug: 'nlp-basics', title: 'NLP basics', status: 'PUBLISHED', latestVersion: 3 })] } }),
    });
    const list = await screen.findByRole('list', { name: 'Your teaching' }, slow);
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('link', { name: 'Python for Data Work' }).getAttribute('href')).toBe('/teach/courses/python-for-data');
    expect(within(items[0]).getByText('Draft')).toBeTruthy();
    expect(within(items[0]).getByText(/Not published yet/)).toBeTruthy();
    expect(within(items[1]).getByText('Published')).toBeTruthy();
    expect(within(items[1]).getByText(/Version 3/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New course' }).getAttribute('href')).toBe('/teach/new');
  });

  it('speaks French when the learner interface does', async () => {
    await changeLanguage('fr');
    renderTeach('/teach', { MyCourses: () => ({ data: { myCourses: [course()] } }) });
    expect(await screen.findByRole('link', { name: 'Nouveau cours' }, slow)).toBeTruthy();
    expect(screen.getByText('Brouillon')).toBeTruthy();
  });

  it('says so when there is none', async () => {
    renderTeach('/teach', { MyCourses: () => ({ data: { myCourses: [] } }) });
    expect(await screen.findByRole('heading', { name: 'No courses yet' }, slow)).toBeTruthy();
  });
});

describe('new course', () => {
  it('checks the slug as it is typed and every field on submit', async () => {
    const app = renderTeach('/teach/new');
    const slug = await screen.findByLabelText('Slug', {}, slow);
    await userEvent.type(slug, 'Python');
    expect(screen.getByText(/Use 3–64 lower-case letters/)).toBeTruthy();
    expect(slug.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(slug);
    await userEvent.type(slug, 'python-for-data');
    expect(screen.queryByText(/Use 3–64 lower-case letters/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Create course' }));
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Summary').getAttribute('aria-invalid')).toBe('true');
    expect(app.api.calls('CreateCourse')).toHaveLength(0);
  });

  it('creates the course and opens its editor; a taken slug is shown on the field', async () => {
    let taken = true;
    const app = renderTeach('/teach/new', {
      CreateCourse: () => (taken ? graphqlError('BAD_USER_INPUT', { field: 'slug', reason: 'INVALID_VALUE' }) : { data: { createCourse: draft({}, { 'course.yaml': 'slug: python-for-data\nmodules: []\n' }) } }),
      CourseDraft: () => ({ data: { courseDraft: draft({}, { 'course.yaml': 'slug: python-for-data\nmodules: []\n' }) } }),
    });
    await userEvent.type(await screen.findByLabelText('Slug', {}, slow), 'python-for-data');
    await userEvent.type(screen.getByLabelText('Title'), 'Python for Data Work');
    await userEvent.type(screen.getByLabelText('Summary'), 'Arrays and tables.');
    await userEvent.selectOptions(screen.getByLabelText('Level'), 'INTERMEDIATE');
    await userEvent.click(screen.getByRole('button', { name: 'Create course' }));
    expect(await screen.findByText(/This slug may be taken already/, {}, slow)).toBeTruthy();
    taken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Create course' }));
    await waitFor(() => expect(app.currentPath()).toBe('/teach/courses/python-for-data'));
    expect(app.api.calls('CreateCourse')[1].variables).toEqual({
      input: { slug: 'python-for-data', title: 'Python for Data Work', summary: 'Arrays and tables.', language: 'en', level: 'INTERMEDIATE' },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Modules' }, slow)).toBeTruthy();
  });
});

describe('course editor', () => {
  it('saves every file and shows the issues by file and line, with a click to the line', async () => {
    const app = renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: draft() } }),
      SaveCourseDraft: (v) => ({
        data: { saveCourseDraft: draft({ issues: [minutesIssue], publishable: false }, Object.fromEntries((v['files'] as { path: string; content: string }[]).map((f) => [f.path, f.content]))) },
      }),
    });
    const editor = await screen.findByLabelText('Editing course.yaml', {}, slow);
    fireEvent.change(editor, { target: { value: `${COURSE_YAML}estimatedHours: 6\n` } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: '1 issue' }, slow)).toBeTruthy();
    const files = app.api.calls('SaveCourseDraft')[0].variables['files'] as { path: string; content: string }[];
    expect(files.map((f) => f.path).sort()).toEqual(['course.yaml', 'lessons/numpy-arrays.md']);
    expect(files.find((f) => f.path === 'course.yaml')?.content).toContain('estimatedHours: 6');
    expect(screen.getByRole('button', { name: 'Publish…' }).hasAttribute('disabled')).toBe(true);

    // The summary opens the file at the first issue's line.
    const summary = screen.getByRole('region', { name: '1 issue' });
    await userEvent.click(within(summary).getByRole('button', { name: 'lessons/numpy-arrays.md' }));
    const lesson = (await screen.findByLabelText('Editing lessons/numpy-arrays.md', {}, slow)) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(lesson));
    expect(lesson.selectionStart).toBe(LESSON.indexOf('minutes:'));
    lesson.setSelectionRange(0, 0);
    expect(screen.getByText('minutes must be a number from 1 to 240.')).toBeTruthy();
    expect(screen.getByText('minutes', { selector: 'code' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Line 3' }));
    expect(document.activeElement).toBe(lesson);
    expect(lesson.selectionStart).toBe(LESSON.indexOf('minutes:'));
  });

  it('saves with Ctrl-S', async () => {
    const app = renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: draft() } }),
      SaveCourseDraft: () => ({ data: { saveCourseDraft: draft() } }),
    });
    await screen.findByLabelText('Editing course.yaml', {}, slow);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(app.api.calls('SaveCourseDraft')).toHaveLength(1));
    expect(await screen.findByText('Draft saved.', {}, slow)).toBeTruthy();
  });

  it('enables Publish only for a saved, publishable draft, and asks for the changelog', async () => {
    const app = renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: draft() } }),
      PublishCourse: () => ({
        data: { publishCourse: { version: 2, incompatibleChanges: [{ exercise: 'mean-and-spread', change: 'cases changed' }], course: course({ status: 'PUBLISHED', latestVersion: 2 }) } },
      }),
    });
    const editor = await screen.findByLabelText('Editing course.yaml', {}, slow);
    const publish = screen.getByRole('button', { name: 'Publish…' });
    expect(publish.hasAttribute('disabled')).toBe(false);
    fireEvent.change(editor, { target: { value: `${COURSE_YAML}# edited\n` } });
    expect(publish.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('You have unsaved changes. Save before publishing.')).toBeTruthy();
    fireEvent.change(editor, { target: { value: COURSE_YAML } });
    await userEvent.click(publish);

    const dialog = screen.getByRole('dialog', { name: 'Publish a new version' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(within(dialog).getByText('Describe the change in one line.')).toBeTruthy();
    expect(app.api.calls('PublishCourse')).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText('What changed'), 'New lesson on arrays');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await within(dialog).findByText('Version 2 is published.')).toBeTruthy();
    expect(within(dialog).getByText(/cases changed/)).toBeTruthy();
    expect(app.api.calls('PublishCourse')[0].variables).toEqual({ slug: 'python-for-data', changelog: 'New lesson on arrays' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('link', { name: 'Preview as a learner: version 2' }).getAttribute('href')).toBe('/courses/python-for-data');
  });

  it('shows the issues found at publication time, reloading the draft', async () => {
    let stored = draft();
    const app = renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: stored } }),
      PublishCourse: () => {
        stored = draft({ issues: [minutesIssue], publishable: false });
        return graphqlError('BAD_USER_INPUT', { reason: 'INVALID_VALUE', field: 'files', issues: [minutesIssue] });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Publish…' }, slow));
    await userEvent.type(screen.getByLabelText('What changed'), 'Fix typos');
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('The draft has issues: fix them and save before publishing.', {}, slow)).toBeTruthy();
    await waitFor(() => expect(app.api.calls('CourseDraft')).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: '1 issue' }, slow)).toBeTruthy();
  });

  it('asks before leaving with unsaved edits', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const app = renderTeach('/teach/courses/python-for-data', { CourseDraft: () => ({ data: { courseDraft: draft() } }), MyCourses: () => ({ data: { myCourses: [course()] } }) });
    fireEvent.change(await screen.findByLabelText('Editing course.yaml', {}, slow), { target: { value: `${COURSE_YAML}# draft\n` } });
    await userEvent.click(screen.getByRole('link', { name: '← Your courses' }));
    expect(app.currentPath()).toBe('/teach/courses/python-for-data');
    await userEvent.click(screen.getByRole('link', { name: '← Your courses' }));
    expect(app.currentPath()).toBe('/teach');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(localStorage.getItem('sankofa.authoring.unsaved.python-for-data')).toContain('# draft');
  });

  it('keeps unsaved edits in localStorage and puts them back after a reload', async () => {
    keepEdits('python-for-data', [
      { path: 'course.yaml', content: `${COURSE_YAML}estimatedHours: 9\n`, encoding: 'utf8' },
      { path: 'lessons/numpy-arrays.md', content: LESSON, encoding: 'utf8' },
    ]);
    renderTeach('/teach/courses/python-for-data', { CourseDraft: () => ({ data: { courseDraft: draft() } }) });
    const editor = (await screen.findByLabelText('Editing course.yaml', {}, slow)) as HTMLTextAreaElement;
    expect(editor.value).toContain('estimatedHours: 9');
    expect(screen.getByText(/Unsaved changes from .* were recovered/)).toBeTruthy();
    fireEvent.change(editor, { target: { value: `${COURSE_YAML}estimatedHours: 10\n` } });
    await waitFor(() => expect(localStorage.getItem('sankofa.authoring.unsaved.python-for-data')).toContain('estimatedHours: 10'));

    await userEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(editor.value).toBe(COURSE_YAML);
    await waitFor(() => expect(localStorage.getItem('sankofa.authoring.unsaved.python-for-data')).toBeNull());
  });

  it('keeps the edits when saving fails', async () => {
    renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: draft() } }),
      SaveCourseDraft: () => graphqlError('INTERNAL'),
    });
    const editor = await screen.findByLabelText('Editing course.yaml', {}, slow);
    fireEvent.change(editor, { target: { value: `${COURSE_YAML}# kept\n` } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/The draft was not saved/, {}, slow)).toBeTruthy();
    expect(localStorage.getItem('sankofa.authoring.unsaved.python-for-data')).toContain('# kept');
  });

  it('reorders items and adds a lesson from its template into a module', async () => {
    const app = renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: draft() } }),
      SaveCourseDraft: () => ({ data: { saveCourseDraft: draft() } }),
    });
    await screen.findByLabelText('Editing course.yaml', {}, slow);
    await userEvent.type(screen.getByLabelText('Slug', { selector: '#item-slug' }), 'pandas-tables');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    const lesson = (await screen.findByLabelText('Editing lessons/pandas-tables.md', {}, slow)) as HTMLTextAreaElement;
    expect(lesson.value).toContain('objectives:');
    await userEvent.click(screen.getByRole('button', { name: 'Move pandas-tables up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(app.api.calls('SaveCourseDraft')).toHaveLength(1));
    const files = app.api.calls('SaveCourseDraft')[0].variables['files'] as { path: string; content: string }[];
    expect(files.find((f) => f.path === 'course.yaml')?.content).toContain('    items:\n      - lesson: pandas-tables\n      - lesson: numpy-arrays\n');
    expect(files.some((f) => f.path === 'lessons/pandas-tables.md')).toBe(true);
  });

  it('previews Markdown through the API, debounced, without the front matter', async () => {
    const app = renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: draft() } }),
      PreviewMarkdown: (v) => ({ data: { previewMarkdown: { html: `<p>${String(v['markdown']).length} chars</p>`, problems: [] } } }),
    });
    await screen.findByLabelText('Editing course.yaml', {}, slow);
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Files' })).getByRole('button', { name: 'lessons/numpy-arrays.md' }));
    expect(await screen.findByText(/chars$/, {}, slow)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'NumPy arrays' })).toBeTruthy();
    expect(app.api.calls('PreviewMarkdown')[0].variables).toEqual({ markdown: '\n## Arrays\n', language: 'en' });
  });

  it('archives and restores after a confirmation', async () => {
    const app = renderTeach('/teach/courses/python-for-data', {
      CourseDraft: () => ({ data: { courseDraft: draft({ course: course({ status: 'PUBLISHED', latestVersion: 1 }) }) } }),
      ArchiveCourse: (v) => ({ data: { archiveCourse: course({ status: v['archived'] ? 'ARCHIVED' : 'PUBLISHED', latestVersion: 1 }) } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Archive…' }, slow));
    expect(screen.getByText(/Archive this course\?/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Archive course' }));
    expect(await screen.findByText('Archived', {}, slow)).toBeTruthy();
    expect(app.api.calls('ArchiveCourse')[0].variables).toEqual({ slug: 'python-for-data', archived: true });
    await userEvent.click(screen.getByRole('button', { name: 'Restore…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Restore course' }));
    expect(await screen.findByText('Published', {}, slow)).toBeTruthy();
    expect(app.api.calls('ArchiveCourse')[1].variables).toEqual({ slug: 'python-for-data', archived: false });
  });
});
