import { useTranslation } from 'react-i18next';
import type { QuizQuestion } from '../graphql/exercise.query';
import '../../learn/i18n/learner-messages';

/**
 * The quiz as a form the learner can fill in to think the questions through; answers stay in
 * the page (the API never sends the key, and submission comes with grading).
 */
export function QuizPreview({ questions, language }: { questions: QuizQuestion[]; language: string }) {
  const { t } = useTranslation();
  return (
    <form className="quiz" aria-label={t('exercise.questions')} onSubmit={(event) => event.preventDefault()}>
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
                <QuestionInput question={question} label={t('exercise.yourAnswer')} language={language} />
              </fieldset>
            </li>
          );
        })}
      </ol>
    </form>
  );
}

function QuestionInput({ question, label, language }: { question: QuizQuestion; label: string; language: string }) {
  const name = `answer-${question.id}`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        <ul className="quiz-options">
          {question.options.map((option) => {
            const id = `${name}-${option.id}`;
            return (
              <li key={option.id}>
                <input id={id} type={question.type === 'single' ? 'radio' : 'checkbox'} name={name} value={option.id} />
                {/* eslint-disable-next-line jsx-a11y/label-has-associated-control -- its text is the option's sanitized HTML */}
                <label htmlFor={id} lang={language} dangerouslySetInnerHTML={{ __html: option.html }} />
              </li>
            );
          })}
        </ul>
      );
    case 'numeric':
      return (
        <div className="field">
          <label htmlFor={name}>{label}</label>
          <input id={name} name={name} type="text" inputMode="decimal" autoComplete="off" />
        </div>
      );
    case 'text':
      return (
        <div className="field">
          <label htmlFor={name}>{label}</label>
          <input id={name} name={name} type="text" autoComplete="off" lang={language} />
        </div>
      );
    default: {
      const unknown: never = question.type;
      throw new Error(`Unknown question type ${String(unknown)}`);
    }
  }
}
