import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../learn/format';
import { formatDateTime } from '../../submissions/format';
import type { PredictionTask } from '../graphql/exercise.query';
import '../../learn/i18n/learner-messages';

/** What a prediction exercise asks for, how it is scored, and the data it comes with. */
export function PredictionTaskView({ task }: { task: PredictionTask }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 });
  return (
    <section aria-labelledby="task-title">
      <h2 id="task-title">{t('exercise.task')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('exercise.metric')}</dt>
          <dd>
            <code>{task.metric}</code>
          </dd>
        </div>
        <div>
          <dt>{t('exercise.targetColumn')}</dt>
          <dd>
            <code>{task.targetColumn}</code>
          </dd>
        </div>
        <div>
          <dt>{t('exercise.idColumn')}</dt>
          <dd>
            <code>{task.idColumn}</code>
          </dd>
        </div>
        {task.baselineScore !== null ? (
          <div>
            <dt>{t('exercise.baseline')}</dt>
            <dd>
              {number.format(task.baselineScore)}
              {task.baselineMethod ? ` (${task.baselineMethod})` : ''}
            </dd>
          </div>
        ) : null}
        {task.deadline ? (
          <div>
            <dt>{t('exercise.deadline')}</dt>
            <dd>{formatDateTime(task.deadline, i18n.language)}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('exercise.files')}</h3>
      <ul className="file-list">
        {task.files.map((file) => (
          <li key={file.name}>
            <a href={file.url} download>
              <code>{file.name.slice(file.name.lastIndexOf('/') + 1)}</code>
            </a>{' '}
            <span className="muted">{formatBytes(file.size, i18n.language)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
