import { InputErrorReason } from '@sankofa/domain';
import { useState } from 'react';
import type { Problem } from '../../../shared/graphql/problem';
import { type ReasonProblem, reasonProblem } from '../model/reason';
import { invalidField } from '../model/staff-problem';

/**
 * The state every staff form shares: the reason typed, the reason's problem (checked here
 * first; the API's refusal of it is shown the same way), and a refusal that is not about one field.
 */
export function useReasonedAction() {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<ReasonProblem | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  return {
    reason,
    reasonError,
    problem,
    changeReason(value: string) {
      setReason(value);
      setReasonError(null);
    },
    /** The trimmed reason to send, or null (and the problem shown) when it breaks the rule. */
    checkedReason(): string | null {
      setProblem(null);
      const local = reasonProblem(reason);
      setReasonError(local);
      return local ? null : reason.trim();
    },
    /** Shows a refusal: on the reason field when the API names it, otherwise for the form. */
    refused(refusal: Problem) {
      if (invalidField(refusal) === 'reason') setReasonError(refusal.kind === 'graphql' && refusal.reason === InputErrorReason.TOO_LONG ? 'reasonTooLong' : 'reasonRequired');
      else setProblem(refusal);
    },
    reset() {
      setReason('');
      setReasonError(null);
      setProblem(null);
    },
  };
}

export type ReasonedAction = ReturnType<typeof useReasonedAction>;
