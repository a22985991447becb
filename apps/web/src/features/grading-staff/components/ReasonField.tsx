import { useTranslation } from 'react-i18next';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH, type ReasonProblem } from '../model/reason';
import '../i18n/grading-messages';

export interface ReasonFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: ReasonProblem | null;
}

/** Why staff regrade or change a score: required, kept in the record, shown to the learner. */
export function ReasonField({ id, value, onChange, error }: ReasonFieldProps) {
  const { t } = useTranslation();
  const message = error ? t(`grading.errors.${error}`, { min: REASON_MIN_LENGTH, max: REASON_MAX_LENGTH }) : null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{t('grading.reason')}</label>
      <p id={hintId} className="field-hint">
        {t('grading.reasonHint')}
      </p>
      <textarea
        id={id}
        rows={2}
        aria-required="true"
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {message ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
