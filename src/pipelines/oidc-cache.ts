/**
 * Assertion reuse for AzurePipelinesCredential. The library requests the Azure Pipelines OIDC token itself, but
 * MSAL evaluates the assertion callback twice per Entra token request, and the library cannot reuse a token: that
 * is two POSTs to the OIDC endpoint for every access token (measured against the simulator). Its documented
 * `httpClient` option lets this client answer the repeated OIDC POST from the shared cached-assertion helper
 * (`src/core/jwt.ts`, the same reuse rule as the GitHub flow) and pass every other request through unchanged.
 * The library still builds the request, parses the answer and reports errors.
 */
import {
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse,
  createDefaultHttpClient,
  createHttpHeaders,
} from '@azure/core-rest-pipeline';
import { cachedAssertion } from '../core/jwt.js';

class UnusableAnswer extends Error {
  constructor(readonly response: PipelineResponse) {
    super(`OIDC token request answered HTTP ${response.status}`);
  }
}

function oidcToken(response: PipelineResponse): string | undefined {
  try {
    const body = JSON.parse(response.bodyAsText ?? '') as { oidcToken?: unknown };
    return typeof body.oidcToken === 'string' && body.oidcToken ? body.oidcToken : undefined;
  } catch {
    return undefined;
  }
}

/** An HttpClient that reuses the OIDC token answered for `requestUri` while it stays valid. */
export function reusingOidcHttpClient(
  requestUri: string,
  inner: HttpClient = createDefaultHttpClient(),
): HttpClient {
  let pending: PipelineRequest | undefined;
  const token = cachedAssertion(async () => {
    const response = await inner.sendRequest(pending!);
    const value = response.status === 200 ? oidcToken(response) : undefined;
    if (!value) throw new UnusableAnswer(response);
    return value;
  });
  const base = requestUri.split('?')[0]!;
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      if (request.method !== 'POST' || request.url.split('?')[0] !== base) return inner.sendRequest(request);
      pending = request;
      try {
        const value = await token();
        return {
          request,
          status: 200,
          headers: createHttpHeaders({ 'content-type': 'application/json' }),
          bodyAsText: JSON.stringify({ oidcToken: value }),
        };
      } catch (e) {
        if (e instanceof UnusableAnswer) return e.response;
        throw e;
      }
    },
  };
}
