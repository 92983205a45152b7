/** CLI credentials: environment variables (secret, certificate or federated token file), else the Azure CLI login. */
import type { TokenCredential } from '@azure/core-auth';
import {
  AzureCliCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  WorkloadIdentityCredential,
} from '@azure/identity';
import type { Cloud } from '../core/index.js';

export interface CliCredential {
  credential: TokenCredential;
  kind: string;
}

export function cliCredential(
  env: NodeJS.ProcessEnv,
  cloud: Cloud,
  flags: { tenantId?: string; clientId?: string },
): CliCredential {
  const tenantId = flags.tenantId ?? env.AZURE_TENANT_ID;
  const clientId = flags.clientId ?? env.AZURE_CLIENT_ID;
  const msal = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: !cloud.knownAuthority };
  if (tenantId && clientId && env.AZURE_CLIENT_SECRET) {
    return {
      credential: new ClientSecretCredential(tenantId, clientId, env.AZURE_CLIENT_SECRET, msal),
      kind: 'service principal (AZURE_CLIENT_SECRET)',
    };
  }
  if (tenantId && clientId && env.AZURE_CLIENT_CERTIFICATE_PATH) {
    return {
      credential: new ClientCertificateCredential(
        tenantId,
        clientId,
        {
          certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH,
          certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD,
        },
        msal,
      ),
      kind: 'service principal (AZURE_CLIENT_CERTIFICATE_PATH)',
    };
  }
  if (tenantId && clientId && env.AZURE_FEDERATED_TOKEN_FILE) {
    // The library re-reads the file when its copy is five minutes old: issuers (Kubernetes, azure/login) rotate
    // it well before the token in it expires.
    return {
      credential: new WorkloadIdentityCredential({
        tenantId,
        clientId,
        tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE,
        ...msal,
      }),
      kind: 'workload identity (AZURE_FEDERATED_TOKEN_FILE)',
    };
  }
  return { credential: new AzureCliCredential(tenantId ? { tenantId } : {}), kind: 'Azure CLI login' };
}
