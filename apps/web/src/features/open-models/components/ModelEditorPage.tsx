import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { type SaveOutcome, useModelSource } from '../hooks/use-model-source';
import { MODELS_ROUTE, modelPath } from '../model-paths';

type Failure = Extract<SaveOutcome, { ok: false }>;

/**
 * Staff write a model's data file as YAML (the format of catalog/models/*.yaml) in a plain
 * textarea; the API validates it and says what is wrong by field path, storing nothing until
 * it is right. `slug` null: a new model.
 */
export function ModelEditorPage({ slug }: { slug: string | null }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const editor = useModelSource(slug);
  const [failure, setFailure] = useState<Failure | null>(null);
  const title = slug ? t('models.editor.editTitle', { slug }) : t('models.editor.newTitle');
  usePageTitle(title);

  // Closing the tab with unsaved edits asks first (they are kept in this browser anyway).
  useEffect(() => {
    if (!editor.dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [editor.dirty]);

  async function onSave() {
    setFailure(null);
    const outcome = await editor.save();
    if (!outcome) return;
    if (outcome.ok) navigate(modelPath(outcome.model.slug));
    else setFailure(outcome);
  }

  const back = slug ? modelPath(slug) : MODELS_ROUTE;
  return (
    <section aria-labelledby="model-editor-title" className="model-editor">
      <p className="breadcrumb">
        <Link href={back}>{slug ? t('models.editor.backToModel') : t('models.catalog.title')}</Link>
      </p>
      <h1 id="model-editor-title">{title}</h1>
      <p className="muted">{t('models.editor.intro')}</p>
      {editor.loadProblem ? (
        <StatusMessage tone="error">
          {problemMessage(t, editor.loadProblem)}{' '}
          <button type="button" className="link-button" onClick={editor.reload}>
            {t('models.retry')}
          </button>
        </StatusMessage>
      ) : editor.text === null ? (
        <p className="muted" role="status">
          {t('models.editor.loading')}
        </p>
      ) : (
        <>
          {editor.recoveredAt ? (
            <div className="message message-info" role="status">
              {t('models.editor.recovered', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(editor.recoveredAt)) })}{' '}
              <button type="button" className="link-button" onClick={editor.discard}>
                {t('models.editor.discard')}
              </button>
            </div>
          ) : null}
          {failure ? <SaveFailure failure={failure} /> : null}
          <div className="field">
            <label htmlFor="model-source">{t('models.editor.source')}</label>
            <textarea
              id="model-source"
              className="code-input model-source"
              value={editor.text}
              rows={24}
              wrap="off"
              spellCheck={false}
              autoCapitalize="none"
              autoCorrect="off"
              aria-invalid={failure?.issues?.length ? true : undefined}
              aria-describedby={failure?.issues?.length ? 'model-issues' : undefined}
              onChange={(e) => editor.edit(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="button" className="button button-primary" disabled={editor.saving} onClick={() => void onSave()}>
              {editor.saving ? t('models.editor.saving') : t('models.editor.save')}
            </button>
            <span className="muted">{editor.dirty ? t('models.editor.unsaved') : t('models.editor.noChanges')}</span>
          </div>
        </>
      )}
    </section>
  );
}

function SaveFailure({ failure }: { failure: Failure }) {
  const { t } = useTranslation();
  if (!failure.issues) return <StatusMessage tone="error">{t('models.editor.saveFailed', { reason: problemMessage(t, failure.problem) })}</StatusMessage>;
  return (
    <div id="model-issues" className="message message-error" role="alert">
      <p>{t('models.editor.issues', { count: failure.issues.length })}</p>
      <ul>
        {failure.issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            {issue.path ? <code className="issue-field">{issue.path}</code> : null} {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
