/** Azure clouds: authority host, ARM endpoint, token scopes and OIDC audience, with explicit overrides. */
import { SettingsError } from './input-reader.js';

export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud';

export interface Cloud {
  name: CloudName | 'Custom';
  authorityHost: string;
  resourceManagerEndpoint: string;
  /** Scope for ARM tokens (`<endpoint>/.default`). */
  armScope: string;
  /** Scope for Storage data-plane tokens. */
  storageScope: string;
  /** Default audience of federated (OIDC) assertions. */
  tokenExchangeAudience: string;
  /** False for custom authorities: MSAL instance discovery must then be disabled (it would call Microsoft's public host). */
  knownAuthority: boolean;
}

const CLOUDS: Record<CloudName, Omit<Cloud, 'knownAuthority'>> = {
  AzureCloud: {
    name: 'AzureCloud',
    authorityHost: 'https://login.microsoftonline.com',
    resourceManagerEndpoint: 'https://management.azure.com',
    armScope: 'https://management.azure.com/.default',
    storageScope: 'https://storage.azure.com/.default',
    tokenExchangeAudience: 'api://AzureADTokenExchange',
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    authorityHost: 'https://login.microsoftonline.us',
    resourceManagerEndpoint: 'https://management.usgovcloudapi.net',
    armScope: 'https://management.usgovcloudapi.net/.default',
    storageScope: 'https://storage.azure.us/.default',
    tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    authorityHost: 'https://login.chinacloudapi.cn',
    resourceManagerEndpoint: 'https://management.chinacloudapi.cn',
    armScope: 'https://management.chinacloudapi.cn/.default',
    storageScope: 'https://storage.azure.cn/.default',
    tokenExchangeAudience: 'api://AzureADTokenExchangeChina',
  },
};

export const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[];

export interface CloudOptions {
  /** `AzureCloud` (default), `AzureUSGovernment` or `AzureChinaCloud` (case-insensitive). */
  environment?: string;
  resourceManagerEndpoint?: string;
  authorityHost?: string;
  audience?: string;
}

const trimSlash = (s: string) => s.replace(/\/+$/, '');

function httpsUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(`${name}: "${value}" is not a URL (expected e.g. https://management.azure.com).`);
  }
  if (url.protocol !== 'https:')
    throw new SettingsError(
      `${name}: "${value}" must use https (Azure SDKs refuse bearer tokens over http).`,
    );
  return trimSlash(url.toString());
}

/** Resolves the cloud; explicit endpoints override the named cloud (and turn off MSAL instance discovery). */
export function resolveCloud(options: CloudOptions = {}): Cloud {
  const env = options.environment?.trim() || 'AzureCloud';
  const name = CLOUD_NAMES.find((n) => n.toLowerCase() === env.toLowerCase());
  if (!name)
    throw new SettingsError(
      `environment: "${env}" is not a known cloud (expected one of ${CLOUD_NAMES.join(', ')}).`,
    );
  const base = CLOUDS[name];
  const arm = options.resourceManagerEndpoint?.trim()
    ? httpsUrl(options.resourceManagerEndpoint.trim(), 'resource-manager-endpoint')
    : undefined;
  const authority = options.authorityHost?.trim()
    ? httpsUrl(options.authorityHost.trim(), 'authority-host')
    : undefined;
  const custom =
    (arm && arm !== base.resourceManagerEndpoint) || (authority && authority !== base.authorityHost);
  return {
    ...base,
    name: custom ? 'Custom' : name,
    authorityHost: authority ?? base.authorityHost,
    resourceManagerEndpoint: arm ?? base.resourceManagerEndpoint,
    armScope: `${arm ?? base.resourceManagerEndpoint}/.default`,
    storageScope: base.storageScope,
    tokenExchangeAudience: options.audience?.trim() || base.tokenExchangeAudience,
    knownAuthority: !authority || authority === base.authorityHost,
  };
}
