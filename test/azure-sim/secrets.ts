/**
 * Every secret the simulator issued or was shown: access tokens, GitHub and Azure Pipelines ID tokens, the client
 * assertions and client secrets sent to the token endpoint, the OIDC request and job tokens, the clients' secrets,
 * the storage account keys (listKeys and Azurite's accounts) and any SAS (`sig=`) in an answer. The e2e tests
 * search everything they saw for these (test/helpers/secrets.ts).
 */
export interface IssuedSecret {
  category: string;
  value: string;
}

export class IssuedSecrets {
  private readonly values = new Map<string, string>();

  add(category: string, value: unknown): void {
    if (typeof value === 'string' && value.length >= 8 && !this.values.has(value))
      this.values.set(value, category);
  }

  /** Records what a request sent and what its answer issued. */
  observe(kind: string, requestText: string, responseBody: unknown): void {
    if (kind === 'entra.token') {
      const form = new URLSearchParams(requestText);
      this.add('client secret', form.get('client_secret'));
      this.add('client assertion', form.get('client_assertion'));
    }
    const body = (responseBody ?? {}) as Record<string, unknown>;
    if (kind === 'entra.token') this.add('access token', body.access_token);
    if (kind === 'oidc.github') this.add('GitHub ID token', body.value);
    if (kind === 'oidc.azurePipelines') this.add('Azure Pipelines ID token', body.oidcToken);
    if (kind === 'storageAccounts.listKeys')
      for (const k of (body.keys as Array<{ value?: string }> | undefined) ?? [])
        this.add('storage key', k.value);
    for (const sas of JSON.stringify(responseBody ?? null).match(/[?&]sig=[^"&\s]+/g) ?? [])
      this.add('SAS', sas);
  }

  list(): IssuedSecret[] {
    return [...this.values].map(([value, category]) => ({ category, value }));
  }
}
