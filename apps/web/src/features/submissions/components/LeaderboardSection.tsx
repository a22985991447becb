import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { useQuery } from '../../learn/hooks/use-query';
import { formatDateTime, formatMetric } from '../format';
import { type Leaderboard, LeaderboardQuery } from '../graphql/leaderboard.query';
import { SetLeaderboardVisibilityMutation } from '../graphql/set-leaderboard-visibility.mutation';
import { LoadProblem } from './LoadProblem';
import '../../learn/i18n/learner-messages';
import '../submissions.css';

export interface LeaderboardSectionProps {
  courseSlug: string;
  exerciseSlug: string;
}

/** A prediction exercise's leaderboard: each learner's best score, and the learner's own choice to be named. */
export function LeaderboardSection({ courseSlug, exerciseSlug }: LeaderboardSectionProps) {
  const { t } = useTranslation();
  const { state, reload } = useQuery(LeaderboardQuery, { courseSlug, exerciseSlug });
  const [chosen, setChosen] = useState<boolean | null>(null);
  const visible = chosen ?? (state.phase === 'ready' ? state.data.leaderboard.showMyName : null);
  return (
    <section aria-labelledby="leaderboard-title" className="leaderboard">
      <h2 id="leaderboard-title">{t('submission.leaderboard.title')}</h2>
      {state.phase === 'loading' ? <p className="muted">{t('submission.leaderboard.loading')}</p> : null}
      {state.phase === 'failed' ? <LoadProblem problem={state.problem} onRetry={reload} /> : null}
      {state.phase === 'ready' ? <LeaderboardTable board={state.data.leaderboard} /> : null}
      {visible !== null ? (
        <VisibilityToggle
          visible={visible}
          onSaved={(next) => {
            setChosen(next);
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

function LeaderboardTable({ board }: { board: Leaderboard }) {
  const { t, i18n } = useTranslation();
  const score = (value: number) => formatMetric(value, i18n.language);
  return (
    <>
      <p>{t(board.higherIsBetter ? 'submission.leaderboard.higherIsBetter' : 'submission.leaderboard.lowerIsBetter', { metric: board.metric })}</p>
      {board.privateRevealed ? (
        <p className="muted">{t('submission.leaderboard.privateRevealed')}</p>
      ) : board.deadline ? (
        <p className="muted">{t('submission.leaderboard.privateHidden', { date: formatDateTime(board.deadline, i18n.language) })}</p>
      ) : null}
      {board.entries.length === 0 ? (
        <p className="muted">{t('submission.leaderboard.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="result-table">
            <thead>
              <tr>
                <th scope="col">{t('submission.leaderboard.rank')}</th>
                <th scope="col">{t('submission.leaderboard.learner')}</th>
                <th scope="col">{t('submission.publicScore')}</th>
                {board.privateRevealed ? <th scope="col">{t('submission.privateScore')}</th> : null}
                <th scope="col">{t('submission.leaderboard.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {board.entries.map((entry) => (
                <tr key={entry.rank} className={entry.isMe ? 'leaderboard-me' : undefined}>
                  <td>{entry.rank}</td>
                  <td>
                    {entry.displayName}
                    {entry.isMe ? <strong> ({t('submission.leaderboard.you')})</strong> : null}
                  </td>
                  <td>{score(entry.publicScore)}</td>
                  {board.privateRevealed ? <td>{entry.privateScore !== null ? score(entry.privateScore) : '—'}</td> : null}
                  <td>
                    <time dateTime={entry.submittedAt}>{formatDateTime(entry.submittedAt, i18n.language)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function VisibilityToggle({ visible, onSaved }: { visible: boolean; onSaved: (visible: boolean) => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, save] = useMutation(SetLeaderboardVisibilityMutation);

  async function onChange(next: boolean) {
    setProblem(null);
    setSaved(false);
    const outcome = await save({ visible: next });
    if (!outcome.ok) return setProblem(outcome.problem);
    setSaved(true);
    onSaved(outcome.data.setLeaderboardVisibility);
  }

  return (
    <div className="leaderboard-visibility">
      <div className="checkbox-field">
        <input id="leaderboard-visible" type="checkbox" checked={visible} disabled={saving.pending} onChange={(event) => void onChange(event.target.checked)} />
        <label htmlFor="leaderboard-visible">{t('submission.leaderboard.showMe')}</label>
      </div>
      <p role="status" className="muted">
        {saved ? t(visible ? 'submission.leaderboard.shown' : 'submission.leaderboard.hidden') : ''}
      </p>
      {problem ? <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage> : null}
    </div>
  );
}
