import { SUBMISSION_LIMITS } from '@sankofa/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import type { QuizAnswerInput } from '../../submissions/graphql/submit-exercise.mutation';
import type { QuizQuestion } from '../graphql/exercise.query';
import '../../learn/i18n/learner-messages';

type Answer = { optionIds: string[] } | { value: string };

export interface QuizFormProps {
  questions: QuizQuestion[];
  language: string;
  /** The submit control; null while the learner cannot submit (not enrolled). */
  submitControl: ReactNode;
  onSubmit: (answers: QuizAnswerInput[]) => void;
}

/**
 * The quiz as a form. Answers stay in the page after a submission or a refusal, so a learner can
 * change one and submit again. The API never sends the key: grading happens on submit.
 */
export function QuizForm({ questions, language, submitControl, onSubmit }: QuizFormProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [empty, setEmpty] = useState(false);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // Only answered questions are sent: an unanswered one simply scores nothing.
    const given = questions.flatMap((q): QuizAnswerInput[] => {
      const answer = answers[q.id];
      if (!answer) return [];
      if ('optionIds' in answer) return answer.optionIds.length ? [{ questionId: q.id, optionIds: answer.optionIds }] : [];
      return answer.value.trim() ? [{ questionId: q.id, value: answer.value }] : [];
    });
    setEmpty(given.length === 0);
    if (given.length > 0) onSubmit(given);
  }

  const setAnswer = (questionId: string, answer: Answer) => setAnswers((current) => ({ ...current, [questionId]: answer }));

  return (
    <form className="quiz" aria-label={t('exercise.questions')} onSubmit={handleSubmit} noValidate>
      <ol className="quiz-questions">
        {questions.map((question, index) => {
          const promptId = `question-${question.id}-prompt`;
          return (
            <li key={question.id}>
              <fieldset className="quiz-question" aria-labelledby={promptId}>
                <div id={promptId} className="quiz-prompt">
                  <p className="quiz-number">
                    {t('exercise.questionNumber', { number: index + 1 })} · {t('exercise.points', { count: question.points })}
                    {question.type === 'multiple' ? ` · ${t('exercise.chooseAll')}` : ''}
                  </p>
                  <div lang={language} dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
                </div>
                <QuestionInput question={question} answer={answers[question.id]} onAnswer={(answer) => setAnswer(question.id, answer)} label={t('exercise.yourAnswer')} language={language} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      {empty ? <StatusMessage tone="error">{t('exercise.noAnswer')}</StatusMessage> : null}
      {submitControl}
    </form>
  );
}

interface QuestionInputProps {
  question: QuizQuestion;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  label: string;
  language: string;
}

function QuestionInput({ question, answer, onAnswer, label, language }: QuestionInputProps) {
  const name = `answer-${question.id}`;
  const chosen = answer && 'optionIds' in answer ? answer.optionIds : [];
  const typed = answer && 'value' in answer ? answer.value : '';
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const single = question.type === 'single';
      const toggle = (optionId: string, checked: boolean) =>
        onAnswer({ optionIds: single ? [optionId] : checked ? [...chosen, optionId] : chosen.filter((id) => id !== optionId) });
      return (
        <ul className="quiz-options">
          {question.options.map((option) => {
            const id = `${name}-${option.id}`;
            return (
              <li key={option.id}>
                <input
                  id={id}
                  type={single ? 'radio' : 'checkbox'}
                  name={name}
                  value={option.id}
                  checked={chosen.includes(option.id)}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                />
                {/* eslint-disable-next-line jsx-a11y/label-has-associated-control -- its text is the option's sanitized HTML */}
                <label htmlFor={id} lang={language} dangerouslySetInnerHTML={{ __html: option.html }} />
              </li>
            );
          })}
        </ul>
      );
    }
    case 'numeric':
    case 'text':
      return (
        <div className="field">
          <label htmlFor={name}>{label}</label>
          <input
            id={name}
            name={name}
            type="text"
            inputMode={question.type === 'numeric' ? 'decimal' : undefined}
            autoComplete="off"
            lang={question.type === 'text' ? language : undefined}
            maxLength={SUBMISSION_LIMITS.quizAnswerChars}
            value={typed}
            onChange={(event) => onAnswer({ value: event.target.value })}
          />
        </div>
      );
    default: {
      const unknown: never = question.type;
      throw new Error(`Unknown question type ${String(unknown)}`);
    }
  }
}
