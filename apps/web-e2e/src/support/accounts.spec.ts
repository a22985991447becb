import { displayNameProblem, emailProblem, passwordProblem } from '@sankofa/domain';
import { newAccount } from './accounts';

describe('newAccount', () => {
  it('makes details that pass the account rules', () => {
    const account = newAccount('learner', 'Amina Learner');
    expect(emailProblem(account.email)).toBeNull();
    expect(passwordProblem(account.password)).toBeNull();
    expect(displayNameProblem(account.displayName)).toBeNull();
    expect(account.email).toMatch(/^learner-[0-9a-f]{8}@e2e\.sankofa\.test$/);
    expect(account.displayName).toMatch(/^Amina Learner [0-9a-f]{8}$/);
  });

  it('never repeats itself', () => {
    const emails = new Set(Array.from({ length: 50 }, () => newAccount('x', 'X').email));
    expect(emails.size).toBe(50);
  });

  it('refuses details the product would reject', () => {
    expect(() => newAccount('x', 'X'.repeat(200))).toThrow(/account rule/);
  });
});
