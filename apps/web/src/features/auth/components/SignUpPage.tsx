import { displayNameProblem, emailProblem, PASSWORD_MIN_LENGTH, passwordProblem } from '@sankofa/domain';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { fieldMessage } from '../../../shared/graphql/problem-message';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { TextField } from '../../../shared/ui/TextField';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { SignUpMutation } from '../graphql/sign-up.mutation';
import { useAccountForm } from '../hooks/use-account-form';
import { useSessionStore } from '../hooks/use-session';
import { FormProblem } from './FormProblem';

const FIELDS = ['displayName', 'email', 'password'] as const;
const validators = { displayName: displayNameProblem, email: emailProblem, password: passwordProblem };

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.signUp.title'));
  const store = useSessionStore();
  const search = useSearch();
  const form = useAccountForm('sign-up', FIELDS, validators);
  const [{ pending }, signUp] = useMutation(SignUpMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !form.validate()) return;
    const outcome = await signUp({
      input: {
        displayName: form.values.displayName.trim(),
        email: form.values.email.trim(),
        password: form.values.password,
        locale: i18n.language,
      },
    });
    if (outcome.ok) store.establish(outcome.data.signUp);
    else form.showProblem(outcome.problem);
  }

  const error = (field: (typeof FIELDS)[number]) => {
    const reason = form.errors[field];
    return reason ? fieldMessage(t, field, reason) : undefined;
  };
  return (
    <section className="narrow" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
      <p>{t('auth.signUp.intro')}</p>
      <form className="stack" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormProblem problem={form.formProblem} />
        <TextField
          label={t('auth.fields.displayName')}
          hint={t('auth.fields.displayNameHint')}
          type="text"
          autoComplete="nickname"
          required
          error={error('displayName')}
          {...form.inputProps('displayName')}
        />
        <TextField
          label={t('auth.fields.email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={error('email')}
          {...form.inputProps('email')}
        />
        <TextField
          label={t('auth.fields.password')}
          hint={t('auth.fields.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
          error={error('password')}
          {...form.inputProps('password')}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('auth.signUp.submit')}
        </button>
        {pending ? (
          <p className="muted" role="status">
            {t('auth.signUp.pending')}
          </p>
        ) : null}
      </form>
      <p>
        {t('auth.signUp.haveAccount')} <Link href={`/sign-in${search ? `?${search}` : ''}`}>{t('auth.signUp.signInLink')}</Link>
      </p>
    </section>
  );
}
