import type { Client } from '@urql/core';
import { createContext, type ReactNode, useContext } from 'react';

const GraphqlClientContext = createContext<Client | null>(null);

export function GraphqlClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <GraphqlClientContext.Provider value={client}>{children}</GraphqlClientContext.Provider>;
}

export function useGraphqlClient(): Client {
  const client = useContext(GraphqlClientContext);
  if (!client) throw new Error('useGraphqlClient needs a GraphqlClientProvider');
  return client;
}
