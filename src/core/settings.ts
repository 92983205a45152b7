/**
 * One typed settings object, parsed and validated once, before any request. Adapters hand in raw strings
 * keyed by the action's kebab-case input names; `nameOf` renders a key the way the user wrote it
 * (e.g. `buildSubnetId` in Azure Pipelines) so every error names the input the user can fix.
 */
import { GUID_RE, type SubnetRef, parseSubnetId, roleDefinitionId, roleGuid } from './azure-ids.js';
import type { BaseImageRef } from './definition/types.js';

export const DEFAULTS = {
  identityName: 'mi-aks-jumpbox-imagebuilder',
  networkRole: '4d97b98b-1d4f-4787-a291-c67834d212e7', // Network Contributor
  imageRole: 'b24988ac-6180-42a0-ab88-20f7382dd24c', // Contributor
  vmSize: 'Standard_D2ds_v5',
  proxyVmSize: 'Standard_A1_v2',
  buildTimeoutMinutes: 60,
  pollIntervalSeconds: 15,
  revokeRoles: 'image',
  cleanupTemplate: 'never',
  logArtifactName: 'aks-jumpbox-customization-log',
} as const;

export type RevokeRoles = 'none' | 'image' | 'all';
export type CleanupTemplate = 'never' | 'on-success' | 'always';

export interface RoleRef {
  guid: string;
  id: string;
}

export interface Settings {
  subscriptionId: string;
  buildSubnet: SubnetRef;
  containerInstanceSubnet?: SubnetRef;
  builderResourceGroup: string;
  imageResourceGroup: string;
  /** Undefined: the build VNet's location. */
  location?: string;
  identityName: string;
  networkRole: RoleRef;
  imageRole: RoleRef;
  createCustomRoles: boolean;
  /** Undefined: the definition's base image. */
  baseImage?: BaseImageRef;
  vmSize: string;
  /** Undefined when a container-instance subnet is used (no proxy VM then). */
  proxyVmSize?: string;
  osDiskSizeGb: number;
  buildTimeoutMinutes: number;
  waitTimeoutMinutes: number;
  pollIntervalSeconds: number;
  definitionPath?: string;
  imageName?: string;
  templateName?: string;
  forceRebuild: boolean;
  wait: boolean;
  revokeRoles: RevokeRoles;
  cleanupTemplate: CleanupTemplate;
  streamLog: boolean;
  uploadLog: boolean;
  logArtifactName: string;
  dryRun: boolean;
  /** Run the preflight checks before the first write (false: experts skip them). */
  preflight: boolean;
  tags: Record<string, string>;
}

/** Raw inputs keyed by the action's input names (kebab-case). Empty strings count as unset. */
export type RawInputs = Partial<Record<InputName, string | undefined>>;

export const INPUT_NAMES = [
  'subscription-id',
  'build-subnet-id',
  'container-instance-subnet-id',
  'builder-resource-group',
  'image-resource-group',
  'location',
  'identity-name',
  'network-role-id',
  'image-role-id',
  'create-custom-roles',
  'base-image',
  'vm-size',
  'proxy-vm-size',
  'os-disk-size-gb',
  'build-timeout-minutes',
  'definition',
  'image-name',
  'template-name',
  'gallery-image-id',
  'replication-regions',
  'force-rebuild',
  'wait',
  'wait-timeout-minutes',
  'poll-interval-seconds',
  'revoke-roles',
  'upload-log',
  'log-artifact-name',
  'stream-log',
  'cleanup-template',
  'dry-run',
  'preflight',
  'tags',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Inputs declared for features that have not landed yet: setting them fails clearly instead of being ignored. */
export const NOT_SUPPORTED_YET: Partial<Record<InputName, string>> = {
  'gallery-image-id': 'distribution to an Azure Compute Gallery',
  'replication-regions': 'gallery replication regions',
};

export interface ParseOptions {
  /** How to print an input name in messages (default: as is). */
  nameOf?: (input: InputName) => string;
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

const RG_RE = /^[-\w._()]{1,90}$/;
const NAME_RE = /^[A-Za-z0-9-_.]{1,64}$/;
const LOCATION_RE = /^[a-z0-9]{2,40}$/;
const VM_SIZE_RE = /^Standard_[A-Za-z0-9_]+$/;

export function parseSettings(raw: RawInputs, options: ParseOptions = {}): Settings {
  const nameOf = options.nameOf ?? ((n: InputName) => n);
  const get = (n: InputName): string | undefined => {
    const v = raw[n]?.trim();
    return v ? v : undefined;
  };
  const fail = (n: InputName, value: string | undefined, expected: string): never => {
    throw new SettingsError(
      `${nameOf(n)}: ${value === undefined ? 'is required' : `"${value}" is not valid`} (expected ${expected}).`,
    );
  };
  const bool = (n: InputName, def: boolean): boolean => {
    const v = get(n);
    if (v === undefined) return def;
    if (/^(true|yes|1)$/i.test(v)) return true;
    if (/^(false|no|0)$/i.test(v)) return false;
    return fail(n, v, 'true or false');
  };
  const num = (n: InputName, def: number, min: number, max: number, integer = true): number => {
    const v = get(n);
    if (v === undefined) return def;
    const x = Number(v);
    if (!Number.isFinite(x) || (integer && !Number.isInteger(x)) || x < min || x > max) {
      return fail(n, v, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
    }
    return x;
  };
  const choice = <T extends string>(n: InputName, def: T, allowed: readonly T[]): T => {
    const v = get(n);
    if (v === undefined) return def;
    const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    return found ?? fail(n, v, `one of ${allowed.join(', ')}`);
  };
  const subnet = (n: InputName): SubnetRef | undefined => {
    const v = get(n);
    if (v === undefined) return undefined;
    return (
      parseSubnetId(v) ??
      fail(
        n,
        v,
        'a subnet resource id: /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>',
      )
    );
  };
  const role = (n: InputName, def: string, subscriptionId: string): RoleRef => {
    const v = get(n) ?? def;
    const guid =
      roleGuid(v) ?? fail(n, v, 'a role definition GUID or id, e.g. 4d97b98b-1d4f-4787-a291-c67834d212e7');
    return { guid, id: roleDefinitionId(subscriptionId, guid) };
  };

  for (const [input, feature] of Object.entries(NOT_SUPPORTED_YET) as Array<[InputName, string]>) {
    if (get(input) !== undefined) {
      throw new SettingsError(
        `${nameOf(input)}: ${feature} is not supported yet; remove this input (managed images are distributed to image-resource-group).`,
      );
    }
  }

  const buildSubnet =
    subnet('build-subnet-id') ??
    fail('build-subnet-id', undefined, 'the resource id of the subnet the build VMs join');
  const subscriptionId = get('subscription-id') ?? buildSubnet.subscriptionId;
  if (!GUID_RE.test(subscriptionId)) fail('subscription-id', subscriptionId, 'a subscription GUID');
  if (buildSubnet.subscriptionId.toLowerCase() !== subscriptionId.toLowerCase()) {
    fail(
      'subscription-id',
      subscriptionId,
      `the subscription of build-subnet-id (${buildSubnet.subscriptionId}): Image Builder needs the subnet in the template's subscription`,
    );
  }
  const containerInstanceSubnet = subnet('container-instance-subnet-id');
  if (containerInstanceSubnet) {
    if (containerInstanceSubnet.vnetId.toLowerCase() !== buildSubnet.vnetId.toLowerCase()) {
      fail(
        'container-instance-subnet-id',
        containerInstanceSubnet.id,
        'a subnet in the same virtual network as build-subnet-id',
      );
    }
    if (containerInstanceSubnet.subnetName.toLowerCase() === buildSubnet.subnetName.toLowerCase()) {
      fail(
        'container-instance-subnet-id',
        containerInstanceSubnet.id,
        'a different subnet from build-subnet-id',
      );
    }
    if (get('proxy-vm-size')) {
      fail(
        'proxy-vm-size',
        get('proxy-vm-size'),
        'no value: isolated builds with container-instance-subnet-id have no proxy VM',
      );
    }
  }
  const rg = (n: InputName) => {
    const v = get(n) ?? fail(n, undefined, 'the name of an existing resource group');
    return RG_RE.test(v) ? v : fail(n, v, 'a resource group name (letters, digits, -_.() up to 90)');
  };
  const builderResourceGroup = rg('builder-resource-group');
  const imageResourceGroup = rg('image-resource-group');

  const location = get('location');
  if (location && !LOCATION_RE.test(location))
    fail('location', location, 'an Azure region name such as eastus2');

  const identityName = get('identity-name') ?? DEFAULTS.identityName;
  if (!/^[A-Za-z0-9][A-Za-z0-9-_]{2,127}$/.test(identityName))
    fail('identity-name', identityName, 'a managed identity name (3-128 letters, digits, - and _)');

  let baseImage: BaseImageRef | undefined;
  const baseImageRaw = get('base-image');
  if (baseImageRaw) {
    const parts = baseImageRaw.split(':');
    if (parts.length !== 4 || parts.some((p) => !p) || !/^(latest|\d+(\.\d+)*)$/.test(parts[3]!)) {
      fail(
        'base-image',
        baseImageRaw,
        'publisher:offer:sku:version, e.g. Canonical:ubuntu-24_04-lts:server:latest',
      );
    }
    baseImage = { publisher: parts[0]!, offer: parts[1]!, sku: parts[2]!, version: parts[3]! };
  }

  const vmSize = get('vm-size') ?? DEFAULTS.vmSize;
  if (!VM_SIZE_RE.test(vmSize)) fail('vm-size', vmSize, 'a VM size such as Standard_D2ds_v5');
  const proxyVmSize = containerInstanceSubnet ? undefined : (get('proxy-vm-size') ?? DEFAULTS.proxyVmSize);
  if (proxyVmSize && !VM_SIZE_RE.test(proxyVmSize))
    fail('proxy-vm-size', proxyVmSize, 'a VM size such as Standard_A1_v2');

  const buildTimeoutMinutes = num('build-timeout-minutes', DEFAULTS.buildTimeoutMinutes, 6, 960);
  const waitTimeoutMinutes = num('wait-timeout-minutes', buildTimeoutMinutes + 30, 0.05, 24 * 60, false);
  const pollIntervalSeconds = num('poll-interval-seconds', DEFAULTS.pollIntervalSeconds, 0.1, 600, false);

  const name = (n: InputName) => {
    const v = get(n);
    if (v !== undefined && !NAME_RE.test(v)) fail(n, v, 'a name of 1-64 letters, digits, -, _ and .');
    return v;
  };

  const tags: Record<string, string> = {};
  const tagsRaw = get('tags');
  if (tagsRaw) {
    for (const entry of tagsRaw
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const eq = entry.indexOf('=');
      const key = eq > 0 ? entry.slice(0, eq).trim() : '';
      if (!key || key.length > 512 || /[<>%&\\?/]/.test(key))
        fail('tags', entry, 'key=value pairs separated by commas or new lines; keys without <>%&\\?/');
      tags[key] = entry.slice(eq + 1).trim();
    }
  }

  const logArtifactName = get('log-artifact-name') ?? DEFAULTS.logArtifactName;
  if (/[":<>|*?\r\n\\/]/.test(logArtifactName))
    fail('log-artifact-name', logArtifactName, 'an artifact name without " : < > | * ? \\ / or line breaks');

  return {
    subscriptionId,
    buildSubnet,
    containerInstanceSubnet,
    builderResourceGroup,
    imageResourceGroup,
    location,
    identityName,
    networkRole: role('network-role-id', DEFAULTS.networkRole, subscriptionId),
    imageRole: role('image-role-id', DEFAULTS.imageRole, subscriptionId),
    createCustomRoles: bool('create-custom-roles', false),
    baseImage,
    vmSize,
    proxyVmSize,
    osDiskSizeGb: num('os-disk-size-gb', 0, 0, 4095),
    buildTimeoutMinutes,
    waitTimeoutMinutes,
    pollIntervalSeconds,
    definitionPath: get('definition'),
    imageName: name('image-name'),
    templateName: name('template-name'),
    forceRebuild: bool('force-rebuild', false),
    wait: bool('wait', true),
    revokeRoles: choice<RevokeRoles>('revoke-roles', DEFAULTS.revokeRoles, ['none', 'image', 'all']),
    cleanupTemplate: choice<CleanupTemplate>('cleanup-template', DEFAULTS.cleanupTemplate, [
      'never',
      'on-success',
      'always',
    ]),
    streamLog: bool('stream-log', true),
    uploadLog: bool('upload-log', true),
    logArtifactName,
    dryRun: bool('dry-run', false),
    preflight: bool('preflight', true),
    tags,
  };
}
