/** Injection token of the Redis-backed GraphQL PubSub. */
export const PUB_SUB = Symbol('PUB_SUB');
