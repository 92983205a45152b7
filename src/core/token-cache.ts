/** The access-token cache in front of every credential the adapters build (platform-free; the adapter masks). */
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';

/**
 * Caches access tokens per scope set (and tenant) and refreshes them shortly before expiry: at most two minutes
 * early, and never earlier than half-way through a token's life (so very short-lived tokens are still reused).
 * Concurrent callers share one request; a request with `claims` (a CAE challenge) always goes through. Every new
 * token is passed to `mask`. Besides sparing Entra, this keeps federated sign-ins to one OIDC assertion per new
 * access token: MSAL asks the assertion source on every getToken call, cache hit or not.
 */
export function cachingCredential(inner: TokenCredential, mask: (secret: string) => void): TokenCredential {
  const cache = new Map<string, { token: AccessToken; obtainedAt: number }>();
  const pending = new Map<string, Promise<AccessToken | null>>();
  const fresh = (key: string): AccessToken | undefined => {
    const hit = cache.get(key);
    if (!hit) return undefined;
    const lifetime = hit.token.expiresOnTimestamp - hit.obtainedAt;
    const margin = Math.min(120_000, lifetime / 2);
    const refreshAt = Math.min(
      hit.token.refreshAfterTimestamp ?? Infinity,
      hit.token.expiresOnTimestamp - margin,
    );
    return Date.now() < refreshAt ? hit.token : undefined;
  };
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const key = `${[scopes].flat().join(' ')}|${options?.tenantId ?? ''}`;
      if (!options?.claims) {
        const hit = fresh(key) ?? pending.get(key);
        if (hit) return hit;
      }
      const request = (async () => {
        const obtainedAt = Date.now();
        const token = await inner.getToken(scopes, options);
        if (token) {
          mask(token.token);
          cache.set(key, { token, obtainedAt });
        }
        return token;
      })();
      pending.set(key, request);
      try {
        return await request;
      } finally {
        pending.delete(key);
      }
    },
  };
}

/**
 * A credential built on its first token request, so the module that provides it (@azure/identity) is loaded only
 * by a run that signs in: a run that fails input validation never pays for it. A failed build is retried next time.
 */
export function lazyCredential(make: () => Promise<TokenCredential>): TokenCredential {
  let made: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      made ??= make().catch((e: unknown) => {
        made = undefined;
        throw e;
      });
      return (await made).getToken(scopes, options);
    },
  };
}
