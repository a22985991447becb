import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/graphql/problem-message';
import type { Problem } from '../../../shared/graphql/problem';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { type PublishResult, PublishCourseMutation } from '../graphql/publish-course.mutation';
import { useAuthoringText } from '../i18n/authoring-text';

interface PublishDialogProps {
  slug: string;
  onPublished: (result: PublishResult) => void;
  /** The API found issues the shown draft does not list (saved elsewhere meanwhile). */
  onInvalid: () => void;
  onClose: () => void;
}

/** Asks for the changelog line, publishes, then shows the version and any incompatible change. */
export function PublishDialog({ slug, onPublished, onInvalid, onClose }: PublishDialogProps) {
  const { t } = useTranslation();
  const a = useAuthoringText();
  const [changelog, setChangelog] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<PublishResult | null>(null);
  const [{ pending }, publish] = useMutation(PublishCourseMutation);
  const input = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => {
    if (result) closeButton.current?.focus();
  }, [result]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (!changelog.trim()) return setFieldError(a('publish.changelogRequired'));
    setFieldError(null);
    const outcome = await publish({ slug, changelog: changelog.trim() });
    if (outcome.ok) {
      setResult(outcome.data.publishCourse);
      onPublished(outcome.data.publishCourse);
    } else if (outcome.problem.kind === 'graphql' && outcome.problem.field === 'changelog') setFieldError(a('publish.changelogRequired'));
    else {
      setProblem(outcome.problem);
      if (outcome.problem.kind === 'graphql' && outcome.problem.code === 'BAD_USER_INPUT') onInvalid();
    }
  }

  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="publish-title" className="dialog">
        <h2 id="publish-title">{a('publish.title')}</h2>
        {result ? (
          <div className="stack">
            <p role="status">{a('publish.done', { version: result.version })}</p>
            {result.incompatibleChanges.length > 0 ? (
              <div className="message message-info">
                <p>{a('publish.incompatible')}</p>
                <ul>
                  {result.incompatibleChanges.map((c) => (
                    <li key={`${c.exercise}:${c.change}`}>
                      <code>{c.exercise}</code>: {c.change}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div className="actions">
              <button ref={closeButton} type="button" className="button" onClick={onClose}>
                {a('close')}
              </button>
            </div>
          </div>
        ) : (
          <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
            <div className="field">
              <label htmlFor="publish-changelog">{a('publish.changelog')}</label>
              <p id="publish-changelog-hint" className="field-hint">
                {a('publish.changelogHint')}
              </p>
              <input
                ref={input}
                id="publish-changelog"
                value={changelog}
                maxLength={500}
                onChange={(e) => setChangelog(e.target.value)}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={fieldError ? 'publish-changelog-error publish-changelog-hint' : 'publish-changelog-hint'}
              />
              {fieldError ? (
                <p id="publish-changelog-error" className="field-error">
                  {fieldError}
                </p>
              ) : null}
            </div>
            {problem ? (
              <p className="message message-error" role="alert">
                {problem.kind === 'graphql' && problem.code === 'BAD_USER_INPUT' ? a('publish.invalid') : problemMessage(t, problem)}
              </p>
            ) : null}
            <div className="actions">
              <button type="submit" className="button button-primary" disabled={pending}>
                {pending ? a('publish.publishing') : a('publish.confirm')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {a('cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
