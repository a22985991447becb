import { InputErrorReason } from './error-codes';

/** Account rules shared by the API (authoritative) and the web forms (early feedback). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;

// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is proven by use.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

export function emailProblem(email: string): InputErrorReason | null {
  const value = normalizeEmail(email);
  if (!value) return InputErrorReason.REQUIRED;
  if (value.length > EMAIL_MAX_LENGTH) return InputErrorReason.TOO_LONG;
  return EMAIL_PATTERN.test(value) ? null : InputErrorReason.INVALID_EMAIL;
}

export function passwordProblem(password: string): InputErrorReason | null {
  if (!password) return InputErrorReason.REQUIRED;
  // Count code points, not UTF-16 units, so passphrases in any script are measured fairly.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return InputErrorReason.PASSWORD_TOO_SHORT;
  if (length > PASSWORD_MAX_LENGTH) return InputErrorReason.PASSWORD_TOO_LONG;
  return null;
}

export function displayNameProblem(name: string): InputErrorReason | null {
  const value = name.normalize('NFC').trim();
  if (!value) return InputErrorReason.REQUIRED;
  return [...value].length > DISPLAY_NAME_MAX_LENGTH ? InputErrorReason.TOO_LONG : null;
}
