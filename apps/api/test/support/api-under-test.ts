import type { INestApplication } from '@nestjs/common';
import type { Settings } from '@sankofa/config';
import { dataSourceOptions } from '@sankofa/db';
import { DatabaseKind, testSettings } from '@sankofa/testing';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApiApp, keepConnectionsAlive } from '../../src/bootstrap';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  setCookie: string[];
  raw: string;
}

export interface CallOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** A real API process-in-test: real database, real Redis, listening on a free port. */
export class ApiUnderTest {
  private constructor(
    readonly app: INestApplication,
    readonly settings: Settings,
    readonly url: string,
  ) {}

  static async start(kind: DatabaseKind, overrides: Partial<Settings> = {}): Promise<ApiUnderTest> {
    const settings = testSettings(kind, overrides);
    await migrate(settings);
    const app = await createApiApp(settings, { logger: false });
    keepConnectionsAlive(app);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new ApiUnderTest(app, settings, `http://127.0.0.1:${port}`);
  }

  async stop(): Promise<void> {
    await this.app.close();
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, options: CallOptions = {}): Promise<GraphQLResponse<T>> {
    return this.post(JSON.stringify({ query, variables }), options);
  }

  async post<T = Record<string, unknown>>(body: string, options: CallOptions = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body,
    });
    const raw = await res.text();
    let parsed: { data?: T; errors?: GraphQLResponse['errors'] } = {};
    try {
      parsed = JSON.parse(raw);
    } catch {
      // not JSON: left to the test to judge from `raw`
    }
    return { status: res.status, data: parsed.data, errors: parsed.errors, setCookie: res.headers.getSetCookie(), raw };
  }

  /** Signs up a fresh learner and returns its token, refresh cookie and id. */
  async signUp(overrides: Partial<{ email: string; password: string; displayName: string }> = {}): Promise<Account> {
    const input = { email: uniqueEmail(), password: 'a long enough passphrase', displayName: 'Test Learner', ...overrides };
    const res = await this.gql<{ signUp: { accessToken: string; user: { id: string; role: string } } }>(SIGN_UP, { input });
    if (!res.data?.signUp) throw new Error(`sign-up failed: ${res.raw}`);
    return { ...input, id: res.data.signUp.user.id, token: res.data.signUp.accessToken, cookie: refreshCookie(res.setCookie) };
  }

  /** A fresh account with the given role (promoted directly in the database, as an operator would). */
  async account(role: 'LEARNER' | 'INSTRUCTOR' | 'ADMIN'): Promise<Account> {
    const account = await this.signUp({ displayName: `Test ${role.toLowerCase()}` });
    if (role !== 'LEARNER') {
      const dataSource = this.app.get(DataSource);
      await dataSource.query(`UPDATE users SET role = ${dataSource.driver.options.type === 'postgres' ? '$1' : '?'} WHERE id = ${dataSource.driver.options.type === 'postgres' ? '$2' : '?'}`, [role, account.id]);
    }
    return account;
  }
}

export interface Account {
  id: string;
  email: string;
  password: string;
  displayName: string;
  token: string;
  cookie: string;
}

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken accessTokenExpiresAt user { id email displayName role locale } } }`;
export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken user { id email role } } }`;

export function uniqueEmail(prefix = 'learner'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}@example.org`;
}

/** `name=value` of the refresh cookie in a response's Set-Cookie headers ('' if absent). */
export function refreshCookie(setCookie: string[]): string {
  const header = setCookie.find((c) => c.startsWith('sankofa_refresh='));
  return header ? header.split(';')[0] : '';
}

export function errorCode(res: GraphQLResponse): unknown {
  return res.errors?.[0]?.extensions?.['code'];
}

async function migrate(settings: Settings): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(settings.database)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
