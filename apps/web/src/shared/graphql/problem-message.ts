import {
  DISPLAY_NAME_MAX_LENGTH,
  type InputErrorReason,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@sankofa/domain';
import type { TFunction } from 'i18next';
import en from '../i18n/locales/en.json';
import type { Problem } from './problem';

export type FieldName = 'displayName' | 'email' | 'password';

// Limits interpolated into messages come from the shared account rules, never from copies.
const limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } as const;
const fieldLimits: Record<FieldName, { min?: number; max?: number }> = {
  displayName: { max: DISPLAY_NAME_MAX_LENGTH },
  email: {},
  password: limits,
};

export function isFieldName(value: string | undefined): value is FieldName {
  return value === 'displayName' || value === 'email' || value === 'password';
}

type FieldMessages = (typeof en)['errors']['fields'];
type FieldMessageKey = { [F in FieldName]: `errors.fields.${F}.${keyof FieldMessages[F] & string}` }[FieldName];

/** The message for one field's problem, preferring the field's own wording. */
export function fieldMessage(t: TFunction, field: FieldName, reason: InputErrorReason): string {
  const options = { ...limits, ...fieldLimits[field] };
  // The English catalog is the reference: every catalog has its keys (a test checks it).
  const ownWording = Object.prototype.hasOwnProperty.call(en.errors.fields[field], reason);
  return ownWording ? t(`errors.fields.${field}.${reason}` as FieldMessageKey, options) : t(`errors.reasons.${reason}`, options);
}

/** A sentence for a problem that is not tied to one field. */
export function problemMessage(t: TFunction, problem: Problem): string {
  if (problem.kind === 'network') return t('errors.network');
  if (problem.code === 'RATE_LIMITED' && problem.retryAfterSeconds) {
    const seconds = problem.retryAfterSeconds;
    return seconds < 120
      ? t('errors.rateLimitedSeconds', { count: seconds })
      : t('errors.rateLimitedMinutes', { count: Math.ceil(seconds / 60) });
  }
  if (problem.reason) return t(`errors.reasons.${problem.reason}`, limits);
  return t(`errors.codes.${problem.code}`);
}
