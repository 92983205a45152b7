/** CLI credentials: environment variables (secret, certificate or federated token file), else the Azure CLI login. */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from '../core/cloud.js';
import { lazyCredential } from '../core/token-cache.js';

/** @azure/identity, loaded on the first token request (a usage error or `--help` never loads it). */
const identity = () => import('@azure/identity');

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
  const secret = env.AZURE_CLIENT_SECRET;
  if (tenantId && clientId && secret) {
    return {
      credential: lazyCredential(
        async () => new (await identity()).ClientSecretCredential(tenantId, clientId, secret, msal),
      ),
      kind: 'service principal (AZURE_CLIENT_SECRET)',
    };
  }
  const certificatePath = env.AZURE_CLIENT_CERTIFICATE_PATH;
  if (tenantId && clientId && certificatePath) {
    return {
      credential: lazyCredential(async () => {
        const { ClientCertificateCredential } = await identity();
        return new ClientCertificateCredential(
          tenantId,
          clientId,
          {
            certificatePath: certificatePath,
            certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD,
          },
          msal,
        );
      }),
      kind: 'service principal (AZURE_CLIENT_CERTIFICATE_PATH)',
    };
  }
  const tokenFilePath = env.AZURE_FEDERATED_TOKEN_FILE;
  if (tenantId && clientId && tokenFilePath) {
    // The library re-reads the file when its copy is five minutes old: issuers (Kubernetes, azure/login) rotate
    // it well before the token in it expires.
    return {
      credential: lazyCredential(async () => {
        const { WorkloadIdentityCredential } = await identity();
        return new WorkloadIdentityCredential({ tenantId, clientId, tokenFilePath, ...msal });
      }),
      kind: 'workload identity (AZURE_FEDERATED_TOKEN_FILE)',
    };
  }
  return {
    credential: lazyCredential(
      async () => new (await identity()).AzureCliCredential(tenantId ? { tenantId } : {}),
    ),
    kind: 'Azure CLI login',
  };
}
