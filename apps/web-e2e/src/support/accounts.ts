import { displayNameProblem, emailProblem, passwordProblem } from '@sankofa/domain';
import { randomBytes } from 'node:crypto';

export interface Account {
  displayName: string;
  email: string;
  password: string;
}

/**
 * A new account's details, unique to this call, so every test owns its data and a rerun never
 * meets an account from before. They must pass the product's own rules.
 */
export function newAccount(label: string, displayName: string): Account {
  const id = randomBytes(4).toString('hex');
  const account = {
    displayName: `${displayName} ${id}`,
    email: `${label}-${id}@e2e.sankofa.test`,
    password: `akwaaba sankofa ${id}`,
  };
  const problem = emailProblem(account.email) ?? passwordProblem(account.password) ?? displayNameProblem(account.displayName);
  if (problem) throw new Error(`test account breaks an account rule: ${problem}`);
  return account;
}
