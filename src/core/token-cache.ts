/** The access-token cache in front of every credential the adapters build (platform-free; the adapter masks). */
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';

/**
 * Caches access tokens per scope set (and tenant) and refreshes them shortly before expiry: at most two minutes
 * early, and never earlier than half-way through a token's life (so very short-lived tokens are still reused).
 * Concurrent callers share one request; a request with `claims` (a CAE challenge) always goes through. Every new
 * token is passed to `mask`. Besides sparing Entra, this keeps federated sign-ins to one OIDC assertion per new
 * access token: MSAL asks the assertion source on every getToken call, cache hit or not.
 */
export function cachingCredential(
  inner: TokenCredential,
  mask: (secret: string) => void,
): TokenCredential & Prefetching {
  const cache = new Map<string, { token: AccessToken; obtainedAt: number }>();
  const pending = new Map<string, Promise<AccessToken | null>>();
  const prefetched = new Map<string, Promise<AccessToken | null>>();
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
  const keyOf = (scopes: string | string[], options?: GetTokenOptions) =>
    `${[scopes].flat().join(' ')}|${options?.tenantId ?? ''}`;
  return {
    prefetch(scopes: string | string[]): void {
      const request = this.getToken(scopes);
      // Settled or not, the next request for these scopes takes its outcome: a failed sign-in is tried once.
      prefetched.set(keyOf(scopes), request);
      request.catch(() => undefined);
    },
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const key = keyOf(scopes, options);
      const early = options?.claims ? undefined : prefetched.get(key);
      if (early) {
        prefetched.delete(key);
        return early;
      }
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

/** A credential that can start a token request before anything needs it (the caching credential above). */
export interface Prefetching {
  prefetch(scopes: string | string[]): void;
}

/**
 * Starts the first access token (for the GitHub and Azure Pipelines OIDC sign-ins: the ID token, then Entra) now,
 * while the run's modules load, when the credential supports it; the run's first request then shares it.
 */
export function prefetchToken(credential: TokenCredential, scopes: string | string[]): void {
  (credential as Partial<Prefetching>).prefetch?.(scopes);
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
