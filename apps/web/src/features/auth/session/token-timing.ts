/** When to refresh an access token and when it expires, both on this device's clock. */
export interface TokenTiming {
  refreshAt: number;
  expiresAt: number;
}

const MIN_LIFETIME_MS = 5_000;
const MAX_LIFETIME_MS = 24 * 60 * 60 * 1000;
const REFRESH_MARGIN_MS = 60_000;

/** The lifetime a JWT declares (`exp - iat`, both by the server's clock), or null. */
export function jwtLifetimeMs(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const claims = JSON.parse(atob(base64)) as { exp?: unknown; iat?: unknown };
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return null;
    return (claims.exp - claims.iat) * 1000;
  } catch {
    return null;
  }
}

/**
 * Phones often have clocks that are minutes or hours off, so the server's expiry instant cannot
 * be compared with `Date.now()`. The token's own lifetime (a duration) is measured from the
 * moment it arrived instead; the server's instant is only a fallback. The refresh happens a
 * minute early (or half-way for short lifetimes), which also absorbs slow responses.
 */
export function tokenTiming(accessToken: string, expiresAtIso: string, receivedAt: number): TokenTiming {
  const declared = jwtLifetimeMs(accessToken) ?? Date.parse(expiresAtIso) - receivedAt;
  const lifetime = Math.min(Math.max(Number.isFinite(declared) ? declared : MIN_LIFETIME_MS, MIN_LIFETIME_MS), MAX_LIFETIME_MS);
  return {
    expiresAt: receivedAt + lifetime,
    refreshAt: receivedAt + Math.max(lifetime - REFRESH_MARGIN_MS, lifetime / 2),
  };
}
