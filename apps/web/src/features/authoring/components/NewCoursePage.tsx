import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { problemMessage } from '../../../shared/graphql/problem-message';
import type { Problem } from '../../../shared/graphql/problem';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { TextField } from '../../../shared/ui/TextField';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { type CourseLevel, CreateCourseMutation } from '../graphql/create-course.mutation';
import { isValidSlug } from '../model/course-modules';
import { useAuthoringText } from '../i18n/authoring-text';

type Field = 'slug' | 'title' | 'summary' | 'language';
const LEVELS: readonly CourseLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function localErrors(values: Record<Field, string>): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!isValidSlug(values.slug)) errors.slug = values.slug ? 'slugFormat' : 'required';
  if (!values.title.trim()) errors.title = 'required';
  else if (values.title.trim().length > 120) errors.title = 'titleLong';
  if (!values.summary.trim()) errors.summary = 'required';
  else if (values.summary.trim().length > 500) errors.summary = 'summaryLong';
  if (!LANGUAGE_TAG.test(values.language.trim())) errors.language = 'language';
  return errors;
}

/** Creates a course (its course.yaml) and opens it in the editor. */
export function NewCoursePage() {
  const { t } = useTranslation();
  const a = useAuthoringText();
  usePageTitle(a('create.title'));
  const [, navigate] = useLocation();
  const [values, setValues] = useState<Record<Field, string>>({ slug: '', title: '', summary: '', language: 'en' });
  const [level, setLevel] = useState<CourseLevel>('BEGINNER');
  const [submitted, setSubmitted] = useState(false);
  const [serverField, setServerField] = useState<{ field: Field; problem: Problem } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ pending }, create] = useMutation(CreateCourseMutation);

  const errors = localErrors(values);
  // The slug is checked as it is typed; the other fields once the form was sent.
  const shown = (field: Field): string | undefined => {
    if (serverField?.field === field) return a('create.errors.server', { message: problemMessage(t, serverField.problem) });
    const key = errors[field];
    if (!key || (!submitted && !(field === 'slug' && values.slug))) return undefined;
    return a(`create.errors.${key as 'required' | 'slugFormat' | 'titleLong' | 'summaryLong' | 'language'}`);
  };

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (serverField?.field === field) setServerField(null);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (Object.keys(errors).length > 0) return;
    const outcome = await create({
      input: { slug: values.slug, title: values.title.trim(), summary: values.summary.trim(), language: values.language.trim(), level },
    });
    if (outcome.ok) {
      navigate(`/teach/courses/${outcome.data.createCourse.course.slug}`);
      return;
    }
    const field = outcome.problem.kind === 'graphql' ? outcome.problem.field : undefined;
    if (field === 'slug' || field === 'title' || field === 'summary' || field === 'language') setServerField({ field, problem: outcome.problem });
    else setProblem(outcome.problem);
  }

  return (
    <section aria-labelledby="new-course-title" className="authoring narrow">
      <p>
        <Link href="/teach">{a('backToCourses')}</Link>
      </p>
      <h1 id="new-course-title">{a('create.title')}</h1>
      <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="course-slug"
          label={a('create.slug')}
          hint={a('create.slugHint')}
          value={values.slug}
          onChange={(e) => set('slug')(e.target.value)}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={64}
          error={shown('slug')}
        />
        <TextField id="course-title" label={a('create.titleField')} value={values.title} maxLength={200} onChange={(e) => set('title')(e.target.value)} error={shown('title')} />
        <div className="field">
          <label htmlFor="course-summary">{a('create.summary')}</label>
          <textarea
            id="course-summary"
            rows={3}
            value={values.summary}
            onChange={(e) => set('summary')(e.target.value)}
            aria-invalid={shown('summary') ? true : undefined}
            aria-describedby={shown('summary') ? 'course-summary-error' : undefined}
          />
          {shown('summary') ? (
            <p id="course-summary-error" className="field-error">
              {shown('summary')}
            </p>
          ) : null}
        </div>
        <TextField
          id="course-language"
          label={a('create.language')}
          hint={a('create.languageHint')}
          value={values.language}
          maxLength={35}
          onChange={(e) => set('language')(e.target.value)}
          error={shown('language')}
        />
        <div className="field">
          <label htmlFor="course-level">{a('create.level')}</label>
          <select id="course-level" value={level} onChange={(e) => setLevel(e.target.value as CourseLevel)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {a(`levels.${l}`)}
              </option>
            ))}
          </select>
        </div>
        {problem ? <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage> : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? a('create.creating') : a('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
