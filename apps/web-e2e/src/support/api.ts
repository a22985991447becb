import type { Account } from './accounts';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { user { id email role } }
}`;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Creates a learner through the public GraphQL API, as the web app does, for tests whose subject
 * is something else (signing in, the admin's user list). Returns the new user's id.
 */
export async function signUpViaApi(baseUrl: string, account: Account): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_UP, variables: { input: account } }),
  });
  const body = (await response.json()) as GraphQLResponse<{ signUp: { user: { id: string; role: string } } }>;
  if (body.errors?.length || !body.data) {
    const problems = body.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ');
    throw new Error(`signUp for ${account.email} failed (HTTP ${response.status}): ${problems ?? 'no data'}`);
  }
  if (body.data.signUp.user.role !== 'LEARNER') throw new Error(`signUp created a ${body.data.signUp.user.role}, not a LEARNER`);
  return body.data.signUp.user.id;
}
