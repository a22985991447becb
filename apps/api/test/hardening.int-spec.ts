import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DATABASE_KINDS } from '@sankofa/testing';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IS_PUBLIC } from '../src/auth/auth.decorators';
import { ApiUnderTest, errorCode } from './support/api-under-test';

/** The only operations anyone may call without signing in. Adding one is a deliberate act. */
const PUBLIC_OPERATIONS = ['Mutation.refreshSession', 'Mutation.signIn', 'Mutation.signOut', 'Mutation.signUp', 'Query.health'];

describe('every operation is guarded unless explicitly public', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await ApiUnderTest.start('sqlite');
  });
  afterAll(() => api.stop());

  function operationsInSchema(): Array<{ key: string; field: GraphQLField<unknown, unknown>; root: string }> {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((t) => !!t)
      .flatMap((type) => Object.values(type!.getFields()).map((field) => ({ key: `${type!.name}.${field.name}`, field, root: type!.name })));
  }

  function resolverMethods(): Map<string, boolean> {
    const reflector = api.app.get(Reflector);
    const scanner = new MetadataScanner();
    const found = new Map<string, boolean>();
    const providers = [...api.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
    for (const wrapper of providers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        const type = Reflect.getMetadata('graphql:resolver_type', method);
        if (!['Query', 'Mutation', 'Subscription'].includes(type)) continue;
        const field = Reflect.getMetadata('graphql:resolver_name', method) ?? name;
        found.set(`${type}.${field}`, !!reflector.getAllAndOverride(IS_PUBLIC, [method, prototype.constructor]));
      }
    }
    return found;
  }

  it('serves exactly the committed schema.gql', () => {
    const served = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    const committed = fs.readFileSync(path.join(__dirname, '../schema.gql'), 'utf8').replace(/^#.*\n\n/, '');
    expect(served).toBe(committed);
  });

  it('marks exactly the allowed operations @Public()', () => {
    const methods = resolverMethods();
    const operations = operationsInSchema().map((o) => o.key);
    for (const key of operations) expect(methods.has(key) ? key : `no resolver method found for ${key}`).toBe(key);
    const publicOnes = operations.filter((key) => methods.get(key)).sort();
    expect(publicOnes).toEqual(PUBLIC_OPERATIONS);
  });

  it('answers UNAUTHENTICATED to every other query and mutation called without a token', async () => {
    const guarded = operationsInSchema().filter((o) => !PUBLIC_OPERATIONS.includes(o.key) && o.root !== 'Subscription');
    expect(guarded.length).toBeGreaterThan(0);
    for (const { key, field, root } of guarded) {
      const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${placeholder(a.type)}`);
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      const document = `${root === 'Query' ? 'query' : 'mutation'} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
      const res = await api.gql(document);
      // A nullable field answers { field: null } beside the error: no data either way.
      const data = res.data && Object.values(res.data).every((v) => v === null) ? null : (res.data ?? null);
      expect({ key, code: errorCode(res), data }).toEqual({ key, code: 'UNAUTHENTICATED', data: null });
    }
  });
});

/** A literal of the right shape for any input type, to reach the guard with valid arguments. */
function placeholder(type: GraphQLInputType): string {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return `[${placeholder(type.ofType)}]`;
  const named: GraphQLNamedType = type;
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${placeholder(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(named)) {
    if (named.name === 'Int' || named.name === 'Float') return '1';
    if (named.name === 'Boolean') return 'true';
    if (named.name === 'ID') return '"00000000-0000-4000-8000-000000000000"';
    return '"x"';
  }
  throw new Error(`no placeholder for ${String(type)}`);
}

describe.each(DATABASE_KINDS)('malformed and abusive requests on %s', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await ApiUnderTest.start(kind, { bodyLimitBytes: 64 * 1024 });
  });
  afterAll(() => api.stop());

  it('answers a body that is not JSON with 400 BAD_USER_INPUT and no stack trace', async () => {
    const res = await api.post('{"query": "{ health { status } ', {});
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.raw).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await api.gql(`query { health { status } }`, { padding: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses a query that is not GraphQL, or asks for unknown fields', async () => {
    expect(errorCode(await api.gql(`query {`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(`query { nothingHere }`))).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown fragment with BAD_USER_INPUT, not a server error', async () => {
    const res = await api.gql(`query { health { ...Missing } }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses queries whose estimated cost is over the limit', async () => {
    const aliases = Array.from({ length: 900 }, (_, i) => `h${i}:health{status database{status}redis{status}}`).join(' ');
    const res = await api.gql(`query { ${aliases} }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    expect(res.data ?? null).toBeNull();
  });

  it('refuses GET and form posts (CSRF prevention)', async () => {
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B%20health%20%7B%20status%20%7D%20%7D' });
    expect(form.status).toBe(400);
  });

  it('serves a placeholder page at / when the web app is not built, and 404 for missing files', async () => {
    const page = await fetch(`${api.url}/learn`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Sankofa');
    expect((await fetch(`${api.url}/assets/missing.js`)).status).toBe(404);
  });
});

describe('production mode', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await ApiUnderTest.start('sqlite', { production: true });
  });
  afterAll(() => api.stop());

  it('turns introspection off', async () => {
    const res = await api.gql(`query { __schema { types { name } } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('marks the refresh cookie Secure', async () => {
    const account = await api.signUp();
    expect(account.cookie).not.toBe('');
    const res = await api.gql(`mutation { refreshSession { accessToken } }`, {}, { cookie: account.cookie });
    expect(res.setCookie.find((c) => c.startsWith('sankofa_refresh='))).toMatch(/;\s*Secure/i);
  });
});
