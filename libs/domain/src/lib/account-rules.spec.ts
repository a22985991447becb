import { emailProblem, normalizeEmail, passwordProblem, displayNameProblem } from './account-rules';
import { InputErrorReason } from './error-codes';

describe('account rules', () => {
  it('normalizes e-mail addresses', () => {
    expect(normalizeEmail('  Ada@Example.ORG ')).toBe('ada@example.org');
  });

  it.each([
    ['', InputErrorReason.REQUIRED],
    ['no-at-sign', InputErrorReason.INVALID_EMAIL],
    ['a b@c.de', InputErrorReason.INVALID_EMAIL],
    ['a@b', InputErrorReason.INVALID_EMAIL],
    [`${'a'.repeat(250)}@b.co`, InputErrorReason.TOO_LONG],
    ['amina@example.ng', null],
  ])('email %j -> %s', (email, problem) => {
    expect(emailProblem(email)).toBe(problem);
  });

  it('measures passwords in code points', () => {
    expect(passwordProblem('')).toBe(InputErrorReason.REQUIRED);
    expect(passwordProblem('short')).toBe(InputErrorReason.PASSWORD_TOO_SHORT);
    expect(passwordProblem('ẹ̀kọ́ ẹ̀kọ́ ẹ̀')).toBeNull();
    expect(passwordProblem('x'.repeat(201))).toBe(InputErrorReason.PASSWORD_TOO_LONG);
  });

  it('requires a display name of bounded length', () => {
    expect(displayNameProblem('   ')).toBe(InputErrorReason.REQUIRED);
    expect(displayNameProblem('Kwame Nkrumah')).toBeNull();
    expect(displayNameProblem('a'.repeat(81))).toBe(InputErrorReason.TOO_LONG);
  });
});
