import { ExerciseKind } from '@sankofa/domain';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatScore } from '../format';
import type { CaseResult, GradingResult, QuestionResult, Submission, SubmissionProblem } from '../graphql/submission.fragment';
import '../../learn/i18n/learner-messages';
import '../submissions.css';

export interface GradingResultViewProps {
  submission: Pick<Submission, 'kind' | 'score' | 'override'>;
  result: GradingResult;
  /** "Question 2" rather than a question id: the position of a question in the quiz. */
  questionNumber: (questionId: string) => number | null;
}

/** Why a submission got its status: scores, each check, each answer, each problem in a file. */
export function GradingResultView({ submission, result, questionNumber }: GradingResultViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const score = (value: number) => formatScore(value, submission.kind, language);
  return (
    <div className="grading-result">
      {result.message ? <p>{result.message}</p> : null}
      <dl className="facts">
        {submission.kind === ExerciseKind.PREDICTION ? (
          <>
            {result.publicScore !== null ? <Fact term={`${t('submission.publicScore')} (${result.metric ?? ''})`} value={score(result.publicScore)} /> : null}
            {result.privateScore !== null ? <Fact term={t('submission.privateScore')} value={score(result.privateScore)} /> : null}
          </>
        ) : submission.score !== null ? (
          <Fact term={t('submission.score')} value={score(submission.score)} />
        ) : null}
        <Fact term={t('submission.duration')} value={formatDuration(result.durationMs, language)} />
      </dl>
      {submission.override ? (
        <p className="muted">{t('submission.override', { score: score(submission.override.score), name: submission.override.byName, reason: submission.override.reason })}</p>
      ) : null}
      {result.errorDetail ? (
        <details className="result-detail" open>
          <summary>{t('submission.errorDetail')}</summary>
          <ScrollablePre text={result.errorDetail} />
        </details>
      ) : null}
      {result.cases.length > 0 ? <CaseList cases={result.cases} /> : null}
      {result.questions.length > 0 ? <QuestionList questions={result.questions} questionNumber={questionNumber} /> : null}
      {result.problems.length > 0 ? <ProblemTable problems={result.problems} /> : null}
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** Learner output and tracebacks keep their lines; long ones scroll inside the box. */
function ScrollablePre({ text }: { text: string }) {
  // Focusable so keyboard users can scroll long lines sideways.
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
  return <pre className="result-output" tabIndex={0}>{text}</pre>;
}

function Verdict({ passed, passedText, failedText }: { passed: boolean; passedText: string; failedText: string }) {
  return (
    <span className={`verdict ${passed ? 'verdict-passed' : 'verdict-failed'}`}>
      <span aria-hidden="true">{passed ? '✓' : '✗'}</span> {passed ? passedText : failedText}
    </span>
  );
}

function CaseList({ cases }: { cases: CaseResult[] }) {
  const { t } = useTranslation();
  const passed = cases.filter((c) => c.passed).length;
  return (
    <section className="result-section">
      <h3>{t('submission.checks')}</h3>
      <p>{t('submission.checksPassed', { passed, count: cases.length })}</p>
      <ul className="result-list">
        {cases.map((c) => (
          <li key={c.name}>
            <Verdict passed={c.passed} passedText={t('submission.passed')} failedText={t('submission.failed')} /> {c.name}
            {c.message ? <p className="case-message">{c.message}</p> : null}
            {c.stdout ? (
              <details className="result-detail">
                <summary>{t('submission.output')}</summary>
                <ScrollablePre text={c.stdout} />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuestionList({ questions, questionNumber }: { questions: QuestionResult[]; questionNumber: (questionId: string) => number | null }) {
  const { t, i18n } = useTranslation();
  const points = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (
    <section className="result-section">
      <h3>{t('submission.answers')}</h3>
      <ul className="result-list">
        {questions.map((q) => {
          const number = questionNumber(q.questionId);
          return (
            <li key={q.questionId}>
              <strong>{number !== null ? t('exercise.questionNumber', { number }) : q.questionId}</strong>{' '}
              <Verdict passed={q.correct} passedText={t('submission.correct')} failedText={t('submission.incorrect')} />{' '}
              <span className="muted">{t('submission.questionScore', { score: points.format(q.score), count: q.points })}</span>
              {q.feedback ? <p className="case-message">{q.feedback}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ProblemTable({ problems }: { problems: SubmissionProblem[] }) {
  const { t } = useTranslation();
  return (
    <section className="result-section">
      <h3>{t('submission.problems')}</h3>
      <div className="table-scroll">
        <table className="result-table">
          <thead>
            <tr>
              <th scope="col">{t('submission.row')}</th>
              <th scope="col">{t('submission.column')}</th>
              <th scope="col">{t('submission.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={`${p.row ?? ''}-${p.column ?? ''}-${i}`}>
                <td>{p.row ?? t('submission.wholeFile')}</td>
                <td>{p.column ? <code>{p.column}</code> : '—'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
