import { emailProblem, InputErrorReason } from '@sankofa/domain';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { fieldMessage } from '../../../shared/graphql/problem-message';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { TextField } from '../../../shared/ui/TextField';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { SignInMutation } from '../graphql/sign-in.mutation';
import { useAccountForm } from '../hooks/use-account-form';
import { useSession, useSessionStore } from '../hooks/use-session';
import { FormProblem } from './FormProblem';

const FIELDS = ['email', 'password'] as const;
// Only presence is checked here: length rules are for new passwords, not for signing in.
const validators = {
  email: emailProblem,
  password: (value: string) => (value ? null : InputErrorReason.REQUIRED),
};

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const store = useSessionStore();
  const session = useSession();
  const search = useSearch();
  const form = useAccountForm('sign-in', FIELDS, validators);
  const [{ pending }, signIn] = useMutation(SignInMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || !form.validate()) return;
    const outcome = await signIn({ input: { email: form.values.email.trim(), password: form.values.password } });
    // On success the public-page guard takes the user where they were going.
    if (outcome.ok) store.establish(outcome.data.signIn);
    else form.showProblem(outcome.problem);
  }

  const reason = session.status === 'signedOut' ? session.reason : 'none';
  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      <p>{t('auth.signIn.intro')}</p>
      {reason === 'expired' ? <StatusMessage tone="info">{t('auth.notices.expired')}</StatusMessage> : null}
      {reason === 'unreachable' ? (
        <StatusMessage tone="info">
          {t('auth.notices.unreachable')}{' '}
          <button type="button" className="link-button" onClick={() => void store.refresh()}>
            {t('auth.notices.retry')}
          </button>
        </StatusMessage>
      ) : null}
      <form className="stack" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormProblem problem={form.formProblem} />
        <TextField
          label={t('auth.fields.email')}
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={form.errors.email ? fieldMessage(t, 'email', form.errors.email) : undefined}
          {...form.inputProps('email')}
        />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          autoComplete="current-password"
          required
          error={form.errors.password ? fieldMessage(t, 'password', form.errors.password) : undefined}
          {...form.inputProps('password')}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {t('auth.signIn.submit')}
        </button>
        {pending ? (
          <p className="muted" role="status">
            {t('auth.signIn.pending')}
          </p>
        ) : null}
      </form>
      <p>
        {t('auth.signIn.noAccount')} <Link href={`/sign-up${search ? `?${search}` : ''}`}>{t('auth.signIn.signUpLink')}</Link>
      </p>
    </section>
  );
}
