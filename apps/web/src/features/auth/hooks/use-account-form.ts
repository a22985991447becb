import type { InputErrorReason } from '@sankofa/domain';
import { type ChangeEvent, type FocusEvent, useState } from 'react';
import type { Problem } from '../../../shared/graphql/problem';
import type { FieldName } from '../../../shared/graphql/problem-message';

export type Validators<F extends FieldName> = Record<F, (value: string) => InputErrorReason | null>;

export interface AccountForm<F extends FieldName> {
  values: Record<F, string>;
  /** Problems by field, as reasons: messages are translated at render, so they follow the language. */
  errors: Partial<Record<F, InputErrorReason>>;
  formProblem: Problem | null;
  inputProps(field: F): {
    id: string;
    name: F;
    value: string;
    onChange(event: ChangeEvent<HTMLInputElement>): void;
    onBlur(event: FocusEvent<HTMLInputElement>): void;
  };
  /** Runs the client checks; focuses the first bad field. True when the form may be sent. */
  validate(): boolean;
  /** Shows a server problem under its field when it names one of ours, else above the form. */
  showProblem(problem: Problem): void;
}

/**
 * State for the sign-in and sign-up forms. What the user typed always stays: errors are shown
 * next to the values, never instead of them.
 */
export function useAccountForm<F extends FieldName>(idPrefix: string, fields: readonly F[], validators: Validators<F>): AccountForm<F> {
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((f) => [f, ''])) as Record<F, string>);
  const [errors, setErrors] = useState<Partial<Record<F, InputErrorReason>>>({});
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const idOf = (field: F) => `${idPrefix}-${field}`;
  // Focus is moved from event handlers only, so looking the input up by id is enough.
  const focus = (field: F) => document.getElementById(idOf(field))?.focus();

  const setError = (field: F, reason: InputErrorReason | null) =>
    setErrors((current) => {
      if ((current[field] ?? null) === reason) return current;
      const next = { ...current };
      if (reason) next[field] = reason;
      else delete next[field];
      return next;
    });

  return {
    values,
    errors,
    formProblem,
    inputProps: (field) => ({
      id: idOf(field),
      name: field,
      value: values[field],
      onChange: (event) => {
        const value = event.target.value;
        setValues((current) => ({ ...current, [field]: value }));
        // The user is fixing it: stop flagging the field until it is checked again.
        setError(field, null);
      },
      onBlur: (event) => {
        // Checking an empty field on blur would scold someone who is only tabbing through.
        if (event.target.value) setError(field, validators[field](event.target.value));
      },
    }),
    validate: () => {
      const found: Partial<Record<F, InputErrorReason>> = {};
      for (const field of fields) {
        const reason = validators[field](values[field]);
        if (reason) found[field] = reason;
      }
      setErrors(found);
      setFormProblem(null);
      const first = fields.find((field) => found[field]);
      if (first) focus(first);
      return !first;
    },
    showProblem: (problem) => {
      const field = problem.kind === 'graphql' ? problem.field?.split('.').pop() : undefined;
      const known = fields.find((f) => f === field);
      if (problem.kind === 'graphql' && known && problem.reason) {
        setError(known, problem.reason);
        setFormProblem(null);
        focus(known);
      } else {
        setFormProblem(problem);
      }
    },
  };
}
