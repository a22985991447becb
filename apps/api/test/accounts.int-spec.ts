import { DATABASE_KINDS } from '@sankofa/testing';
import { Account, ApiUnderTest, errorCode, refreshCookie, SIGN_IN, SIGN_UP, uniqueEmail } from './support/api-under-test';

const ME = `query { me { id email displayName role locale } }`;
const REFRESH = `mutation { refreshSession { accessToken user { id role } } }`;
const SIGN_OUT = `mutation { signOut }`;

describe.each(DATABASE_KINDS)('accounts on %s', (kind) => {
  let api: ApiUnderTest;

  beforeAll(async () => {
    api = await ApiUnderTest.start(kind, { signInFailuresPer15Min: 3 });
  });
  afterAll(() => api.stop());

  describe('signUp', () => {
    it('creates a learner, returns an access token and sets an httpOnly refresh cookie', async () => {
      const email = uniqueEmail();
      const res = await api.gql<{ signUp: { accessToken: string; user: { email: string; role: string; locale: string } } }>(SIGN_UP, {
        input: { email: `  ${email.toUpperCase()} `, password: 'a long enough passphrase', displayName: ' Amina Yusuf ', locale: 'fr' },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.signUp.user).toEqual({ id: expect.any(String), email, displayName: 'Amina Yusuf', role: 'LEARNER', locale: 'fr' });
      const cookie = res.setCookie.find((c) => c.startsWith('sankofa_refresh='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/graphql/i);
      const me = await api.gql<{ me: { email: string } }>(ME, {}, { token: res.data!.signUp.accessToken });
      expect(me.data?.me.email).toBe(email);
    });

    it.each([
      [{ email: 'not-an-email' }, 'email', 'INVALID_EMAIL'],
      [{ email: '' }, 'email', 'REQUIRED'],
      [{ password: 'short' }, 'password', 'PASSWORD_TOO_SHORT'],
      [{ password: 'x'.repeat(201) }, 'password', 'PASSWORD_TOO_LONG'],
      [{ displayName: '   ' }, 'displayName', 'REQUIRED'],
      [{ displayName: 'n'.repeat(81) }, 'displayName', 'TOO_LONG'],
      [{ locale: 'not a locale!' }, 'locale', 'INVALID_VALUE'],
    ])('rejects %j with BAD_USER_INPUT on %s (%s) and stores nothing', async (override, field, reason) => {
      const email = uniqueEmail();
      const res = await api.gql(SIGN_UP, { input: { email, password: 'a long enough passphrase', displayName: 'Kwesi', ...override } });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason });
      expect(refreshCookie(res.setCookie)).toBe('');
      if (!('email' in override)) {
        const retry = await api.gql(SIGN_IN, { input: { email, password: 'a long enough passphrase' } });
        expect(errorCode(retry)).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses a second account for the same address, whatever its case', async () => {
      const first = await api.signUp();
      const res = await api.gql(SIGN_UP, { input: { email: first.email.toUpperCase(), password: 'another passphrase here', displayName: 'Twin' } });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL_TAKEN' });
    });

    it('rejects a missing argument as BAD_USER_INPUT without reaching the resolver', async () => {
      const res = await api.gql(`mutation { signUp(input: { email: "a@b.co", password: "long enough pass" }) { accessToken } }`);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });
  });

  describe('signIn', () => {
    let account: Account;
    beforeAll(async () => {
      account = await api.signUp();
    });

    it('signs in with the right password, case-insensitively on the address', async () => {
      const res = await api.gql<{ signIn: { accessToken: string; user: { id: string } } }>(SIGN_IN, { input: { email: account.email.toUpperCase(), password: account.password } });
      expect(res.data?.signIn.user.id).toBe(account.id);
      expect(refreshCookie(res.setCookie)).not.toBe('');
    });

    it('answers a wrong password and an unknown address alike', async () => {
      const wrong = await api.gql(SIGN_IN, { input: { email: account.email, password: 'not the password' } });
      const unknown = await api.gql(SIGN_IN, { input: { email: uniqueEmail('nobody'), password: 'not the password' } });
      for (const res of [wrong, unknown]) {
        expect(res.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      }
      expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    });

    it('rate-limits repeated failures for an address, even with the right password, with the wait', async () => {
      const victim = await api.signUp();
      for (let i = 0; i < 3; i++) {
        expect(errorCode(await api.gql(SIGN_IN, { input: { email: victim.email, password: `guess number ${i}` } }))).toBe('UNAUTHENTICATED');
      }
      const blocked = await api.gql(SIGN_IN, { input: { email: victim.email, password: victim.password } });
      expect(blocked.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(blocked.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
      // Other accounts are not affected.
      const other = await api.signUp();
      expect((await api.gql(SIGN_IN, { input: { email: other.email, password: other.password } })).errors).toBeUndefined();
    });
  });

  describe('me', () => {
    it('requires a valid token', async () => {
      expect(errorCode(await api.gql(ME))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(ME, {}, { token: 'not.a.token' }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(ME, {}, { headers: { authorization: 'Basic abc' } }))).toBe('UNAUTHENTICATED');
    });

    it('refuses a token signed with another secret', async () => {
      const other = await ApiUnderTest.start(kind);
      try {
        const foreign = await other.signUp();
        expect(errorCode(await api.gql(ME, {}, { token: foreign.token }))).toBe('UNAUTHENTICATED');
      } finally {
        await other.stop();
      }
    });

    it('returns the signed-in user and never the password hash', async () => {
      const account = await api.signUp();
      const res = await api.gql<{ me: Record<string, unknown> }>(ME, {}, { token: account.token });
      expect(res.data?.me).toMatchObject({ id: account.id, email: account.email, role: 'LEARNER' });
      expect(errorCode(await api.gql(`query { me { passwordHash } }`, {}, { token: account.token }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('sessions', () => {
    it('needs the refresh cookie', async () => {
      expect(errorCode(await api.gql(REFRESH))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(REFRESH, {}, { cookie: 'sankofa_refresh=forged' }))).toBe('UNAUTHENTICATED');
    });

    it('rotates the refresh token on every use', async () => {
      const account = await api.signUp();
      const first = await api.gql<{ refreshSession: { accessToken: string; user: { id: string } } }>(REFRESH, {}, { cookie: account.cookie });
      expect(first.data?.refreshSession.user.id).toBe(account.id);
      const rotated = refreshCookie(first.setCookie);
      expect(rotated).not.toBe('');
      expect(rotated).not.toBe(account.cookie);
      const second = await api.gql(REFRESH, {}, { cookie: rotated });
      expect(second.errors).toBeUndefined();
    });

    it('revokes the whole session when a rotated token is replayed', async () => {
      const account = await api.signUp();
      const first = await api.gql(REFRESH, {}, { cookie: account.cookie });
      const current = refreshCookie(first.setCookie);
      expect(errorCode(await api.gql(REFRESH, {}, { cookie: account.cookie }))).toBe('UNAUTHENTICATED');
      // The thief's replay also ends the legitimate holder's session.
      expect(errorCode(await api.gql(REFRESH, {}, { cookie: current }))).toBe('UNAUTHENTICATED');
    });

    it('signs out: the cookie is cleared and cannot be used again', async () => {
      const account = await api.signUp();
      const out = await api.gql<{ signOut: boolean }>(SIGN_OUT, {}, { cookie: account.cookie });
      expect(out.data?.signOut).toBe(true);
      expect(out.setCookie.join(';')).toMatch(/sankofa_refresh=;/);
      expect(errorCode(await api.gql(REFRESH, {}, { cookie: account.cookie }))).toBe('UNAUTHENTICATED');
    });

    it('signing out without a session is harmless', async () => {
      expect((await api.gql<{ signOut: boolean }>(SIGN_OUT)).data?.signOut).toBe(true);
    });
  });
});
