/**
 * OIDC assertions, platform-free: the one JWT-claims reader and the one cached-assertion helper of the sign-in
 * flows (the GitHub adapter's ClientAssertionCredential callback uses both; Azure Pipelines signs in with
 * @azure/identity's AzurePipelinesCredential, which requests its own assertions, behind the token cache of
 * `token-cache.ts`).
 */

/** Decodes the payload of a JWT without verifying it (only to log non-secret claims and read its expiry). */
export function jwtClaims(token: string): Record<string, unknown> {
  try {
    const part = token.split('.')[1] ?? '';
    const claims: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export interface CachedAssertionOptions {
  /** Called once per new assertion (mask it, log its claims). */
  onAssertion?: (token: string, claims: Record<string, unknown>) => void;
  /** Clock (tests). */
  now?: () => number;
}

/** How long before its expiry an assertion stops being reused: a minute, or half its life when that is shorter. */
export function reuseUntil(claims: Record<string, unknown>): number | undefined {
  const { iat, exp } = claims;
  if (typeof exp !== 'number') return undefined;
  const lifetimeMs = typeof iat === 'number' ? (exp - iat) * 1000 : 300_000;
  return exp * 1000 - Math.min(60_000, lifetimeMs / 2);
}

/**
 * Wraps an assertion source (an OIDC token request) for a ClientAssertionCredential. MSAL evaluates the callback
 * on every token request, even when it then answers from its cache: an assertion is reused while it stays valid
 * (see `reuseUntil`), concurrent callers share one request, and a token without `exp` is never reused.
 */
export function cachedAssertion(
  fetchAssertion: () => Promise<string>,
  options: CachedAssertionOptions = {},
): () => Promise<string> {
  const now = options.now ?? Date.now;
  let current: { token: string; until: number } | undefined;
  let inFlight: Promise<string> | undefined;
  const refresh = async () => {
    const token = await fetchAssertion();
    const claims = jwtClaims(token);
    options.onAssertion?.(token, claims);
    const until = reuseUntil(claims);
    current = until === undefined ? undefined : { token, until };
    return token;
  };
  return () => {
    if (current && now() < current.until) return Promise.resolve(current.token);
    inFlight ??= refresh().finally(() => (inFlight = undefined));
    return inFlight;
  };
}
