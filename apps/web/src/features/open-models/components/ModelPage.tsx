import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { PageLoading } from '../../../app/guards';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { QueryProblem } from '../../learn/components/QueryProblem';
import { itemPath } from '../../learn/course-paths';
import { useQuery } from '../../learn/hooks/use-query';
import type { OpenModelDetail } from '../graphql/open-model-detail.fragment';
import type { DevicePreset } from '../graphql/open-model.types';
import { useCatalogStaff } from '../hooks/use-catalog-staff';
import { OpenModelQuery } from '../graphql/open-model.query';
import { DEFAULT_CONTEXT } from '../model/catalog-filter';
import { formatFileSize, formatInteger, formatMonth } from '../model/format';
import { MODELS_ROUTE, modelEditPath } from '../model-paths';
import { LicenceSummary } from './LicenceSummary';
import { MemorySection } from './MemorySection';
import { ModelHistory } from './ModelHistory';
import { ModelSize } from './ModelResultCard';
import { ProvenanceSection } from './ProvenanceSection';
import { useModalityLabel, useTaskLabel } from './labels';

/** Languages shown before the rest are folded away (some models list two hundred). */
const LANGUAGES_SHOWN = 24;

/** One model: facts, licence in plain words, memory table, languages, variants, sources, lessons. */
export function ModelPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { state, reload } = useQuery(OpenModelQuery, { slug, contextLength: DEFAULT_CONTEXT });
  usePageTitle(state.phase === 'ready' && state.data.openModel ? state.data.openModel.name : t('models.model.title'));
  if (state.phase === 'loading') return <PageLoading />;
  if (state.phase === 'failed') return <QueryProblem problem={state.problem} onRetry={reload} title={t('models.model.title')} />;
  if (!state.data.openModel) return <NotFoundPage />;
  return <ModelView model={state.data.openModel} devices={state.data.devicePresets} />;
}

function ModelView({ model, devices }: { model: OpenModelDetail; devices: DevicePreset[] }) {
  const { t, i18n } = useTranslation();
  const taskLabel = useTaskLabel();
  const modalityLabel = useModalityLabel();
  const staff = useCatalogStaff();
  const number = (n: number) => formatInteger(n, i18n.language);

  return (
    <article aria-labelledby="model-title" className="model-page">
      <p className="breadcrumb">
        <Link href={MODELS_ROUTE}>{t('models.catalog.title')}</Link>
      </p>
      <h1 id="model-title">{model.name}</h1>
      <p className="lead">
        {model.organization}
        {model.family ? ` · ${model.family}` : null}
      </p>
      {model.description ? <p>{model.description}</p> : null}
      {staff ? (
        <p>
          <Link href={modelEditPath(model.slug)}>{t('models.model.edit')}</Link>
        </p>
      ) : null}

      <dl className="facts model-facts">
        <div>
          <dt>{t('models.model.size')}</dt>
          <dd>
            <ModelSize model={model} />
            {model.parameterCount && model.parameterWording ? ` · ${t('models.model.cardWording', { wording: model.parameterWording })}` : null}
            {model.parameterCount ? <span className="muted"> ({t('models.model.exactCount', { exact: number(model.parameterCount) })})</span> : null}
          </dd>
        </div>
        {model.released ? (
          <div>
            <dt>{t('models.model.released')}</dt>
            <dd>{formatMonth(model.released, i18n.language)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('models.model.tasks')}</dt>
          <dd>{model.tasks.map((task) => taskLabel(task)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('models.model.modality')}</dt>
          <dd>{modalityLabel(model.modality)}</dd>
        </div>
        <div>
          <dt>{t('models.model.context')}</dt>
          <dd>{model.contextLength ? t('models.model.tokens', { count: model.contextLength, tokens: number(model.contextLength) }) : t('models.model.notPublished')}</dd>
        </div>
      </dl>
      <p className="model-links">
        <a href={model.cardUrl} rel="noreferrer">
          {t('models.model.card')}
        </a>
        {model.paperUrl ? (
          <>
            {' · '}
            <a href={model.paperUrl} rel="noreferrer">
              {t('models.model.paper')}
            </a>
          </>
        ) : null}
        {model.codeUrl ? (
          <>
            {' · '}
            <a href={model.codeUrl} rel="noreferrer">
              {t('models.model.code')}
            </a>
          </>
        ) : null}
      </p>

      <LicenceSummary licence={model.licence} open={model.open} />
      <MemorySection slug={model.slug} profile={model.memoryProfile} initial={model.memory} devices={devices} maxContext={model.contextLength} />
      <LanguagesSection languages={model.languages} />
      <LessonsSection lessons={model.lessons} />

      {model.variants.length > 0 ? (
        <section aria-labelledby="variants-title">
          <h2 id="variants-title">{t('models.variants.title')}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('models.variants.format')}</th>
                  <th scope="col">{t('models.variants.quantization')}</th>
                  <th scope="col">{t('models.variants.size')}</th>
                  <th scope="col">{t('models.variants.publisher')}</th>
                </tr>
              </thead>
              <tbody>
                {model.variants.map((variant) => (
                  <tr key={`${variant.url}-${variant.quantization}`}>
                    <th scope="row">
                      <a href={variant.url} rel="noreferrer">
                        {variant.format}
                      </a>
                    </th>
                    <td>{variant.quantization}</td>
                    <td>{variant.fileSizeBytes ? formatFileSize(variant.fileSizeBytes, i18n.language) : '—'}</td>
                    <td>{variant.official ? t('models.variants.official') : t('models.variants.community')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {model.notes.length > 0 ? (
        <section aria-labelledby="notes-title" className="lesson-box">
          <h2 id="notes-title">{t('models.notes.title')}</h2>
          <ul>
            {model.notes.map((note) => (
              <li key={`${note.field}-${note.text}`}>
                <code>{note.field}</code>: {note.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ProvenanceSection sources={model.sources} facts={model.facts} />
      {staff ? <ModelHistory slug={model.slug} /> : null}
    </article>
  );
}

function LanguagesSection({ languages }: Pick<OpenModelDetail, 'languages'>) {
  const { t } = useTranslation();
  const african = languages.filter((l) => l.african).length;
  const item = (language: OpenModelDetail['languages'][number]) => (
    <li key={language.code}>
      {language.name}
      {language.african ? <strong className="african-mark"> {t('models.languages.africanMark')}</strong> : null}{' '}
      <span className="muted">
        <code>{language.code}</code>
      </span>
    </li>
  );
  return (
    <section aria-labelledby="languages-title">
      <h2 id="languages-title">{t('models.languages.title', { count: languages.length })}</h2>
      {languages.length === 0 ? (
        <p>{t('models.languages.none')}</p>
      ) : (
        <>
          {african > 0 ? <p>{t('models.languages.african', { count: african })}</p> : null}
          <ul className="language-list">{languages.slice(0, LANGUAGES_SHOWN).map(item)}</ul>
          {languages.length > LANGUAGES_SHOWN ? (
            <details>
              <summary>{t('models.languages.more', { count: languages.length - LANGUAGES_SHOWN })}</summary>
              <ul className="language-list">{languages.slice(LANGUAGES_SHOWN).map(item)}</ul>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

function LessonsSection({ lessons }: Pick<OpenModelDetail, 'lessons'>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="model-lessons-title">
      <h2 id="model-lessons-title">{t('models.lessons.title')}</h2>
      {lessons.length === 0 ? (
        <p>{t('models.lessons.none')}</p>
      ) : (
        <ul>
          {lessons.map((lesson) => (
            <li key={`${lesson.courseSlug}/${lesson.lessonSlug}`}>
              <Link href={itemPath(lesson.courseSlug, { type: 'lesson', slug: lesson.lessonSlug })} lang={lesson.language}>
                {lesson.lessonTitle}
              </Link>{' '}
              <span className="muted" lang={lesson.language}>
                · {lesson.courseTitle}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
