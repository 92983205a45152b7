/**
 * One typed settings object, parsed and validated once, before any request, from raw strings keyed by the action's
 * input names; `nameOf` renders a key as the user wrote it (`buildSubnetId` in Azure Pipelines) for the errors.
 */
import { GUID_RE, type SubnetRef } from './azure-ids.js';
import { type BootTestSettings, bootTestSettings } from './boot-test-settings.js';
import { InputReader, SettingsError } from './input-reader.js';
import type { BaseImageRef } from './definition/types.js';
import { type DistributionSettings, parseDistribution } from './gallery/settings.js';

export const DEFAULTS = {
  identityName: 'mi-aks-jumpbox-imagebuilder',
  networkRole: '4d97b98b-1d4f-4787-a291-c67834d212e7', // Network Contributor
  imageRole: 'b24988ac-6180-42a0-ab88-20f7382dd24c', // Contributor
  vmSize: 'Standard_D2ds_v5',
  testVmSize: 'Standard_B2s',
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

export interface Settings extends DistributionSettings {
  subscriptionId: string;
  buildSubnet: SubnetRef;
  containerInstanceSubnet?: SubnetRef;
  builderResourceGroup: string;
  /** Destination of the managed image; undefined for a gallery-only build (managed-image false). */
  imageResourceGroup?: string;
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
  requireLog: boolean; // stop before the build starts when the caller cannot read the build log
  logArtifactName: string;
  /** Days the log artifact is kept (GitHub: 1-90; unset: the repository's setting). */
  logRetentionDays?: number;
  dryRun: boolean;
  /** Run the preflight checks before the first write (false: experts skip them). */
  preflight: boolean;
  tags: Record<string, string>;
  /** Boot test of the new image (test-subnet-id set). */
  bootTest?: BootTestSettings;
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
  'replica-count',
  'storage-account-type',
  'gallery-image-version',
  'gallery-major-version',
  'exclude-from-latest',
  'managed-image',
  'keep-versions',
  'keep-images',
  'staging-resource-group',
  'error-handling',
  'force-rebuild',
  'wait',
  'wait-timeout-minutes',
  'poll-interval-seconds',
  'revoke-roles',
  'upload-log',
  'log-artifact-name',
  'log-retention-days',
  'stream-log',
  'require-log',
  'cleanup-template',
  'dry-run',
  'preflight',
  'tags',
  'test-subnet-id',
  'test-vm-size',
  'test-api-server',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Inputs declared for features that have not landed yet: setting them fails clearly instead of being ignored. */
export const NOT_SUPPORTED_YET: Partial<Record<InputName, string>> = {};

export interface ParseOptions {
  /** How to print an input name in messages (default: as is). */
  nameOf?: (input: InputName) => string;
}

export { SettingsError, type BootTestSettings };

/** Azure allows 50 tags per resource; the image and template also carry the tool's fingerprint and provenance. */
const MAX_USER_TAGS = 40;
const LOCATION_RE = /^[a-z0-9]{2,40}$/;
const VM_SIZE_RE = /^Standard_[A-Za-z0-9_]+$/;

export function parseSettings(raw: RawInputs, options: ParseOptions = {}): Settings {
  const r = new InputReader(raw, options.nameOf);
  for (const [input, feature] of Object.entries(NOT_SUPPORTED_YET) as Array<[InputName, string]>) {
    if (r.get(input) !== undefined) {
      throw new SettingsError(`${r.nameOf(input)}: ${feature} is not supported yet; remove this input.`);
    }
  }
  const network = networkSettings(r);
  const subscriptionId = network.subscriptionId;
  const buildTimeoutMinutes = r.num('build-timeout-minutes', DEFAULTS.buildTimeoutMinutes, 6, 960);
  const builderResourceGroup = r.resourceGroup('builder-resource-group');
  const distribution = parseDistribution(r, subscriptionId);
  const wait = r.bool('wait', true);
  const cleanups: CleanupTemplate[] = ['never', 'on-success', 'always'];
  const cleanupTemplate = r.choice<CleanupTemplate>('cleanup-template', DEFAULTS.cleanupTemplate, cleanups);
  if (!wait && cleanupTemplate !== 'never')
    r.fail(
      'cleanup-template',
      cleanupTemplate,
      `never with ${r.nameOf('wait')} false: the template cannot be deleted while its build runs, and no step waits for the end`,
    );
  return {
    ...network,
    builderResourceGroup,
    imageResourceGroup:
      distribution.managedImage || r.get('image-resource-group') !== undefined
        ? r.resourceGroup('image-resource-group')
        : undefined,
    ...distribution,
    location: location(r),
    identityName: identityName(r),
    networkRole: r.role('network-role-id', DEFAULTS.networkRole, subscriptionId),
    imageRole: r.role('image-role-id', DEFAULTS.imageRole, subscriptionId),
    createCustomRoles: r.bool('create-custom-roles', false),
    baseImage: baseImage(r),
    ...vmSizes(r, Boolean(network.containerInstanceSubnet)),
    ...bootTestSettings(r, subscriptionId, DEFAULTS.testVmSize),
    osDiskSizeGb: r.num('os-disk-size-gb', 0, 0, 4095),
    buildTimeoutMinutes,
    waitTimeoutMinutes: r.num('wait-timeout-minutes', buildTimeoutMinutes + 30, 0.05, 24 * 60, false),
    pollIntervalSeconds: r.num('poll-interval-seconds', DEFAULTS.pollIntervalSeconds, 0.1, 600, false),
    definitionPath: r.get('definition'),
    imageName: r.imageName('image-name'),
    templateName: r.templateName('template-name'),
    forceRebuild: r.bool('force-rebuild', false),
    wait,
    revokeRoles: r.choice<RevokeRoles>('revoke-roles', DEFAULTS.revokeRoles, ['none', 'image', 'all']),
    cleanupTemplate,
    streamLog: r.bool('stream-log', true),
    uploadLog: r.bool('upload-log', true),
    requireLog: r.bool('require-log', false),
    logArtifactName: logArtifactName(r),
    logRetentionDays: r.get('log-retention-days') ? r.num('log-retention-days', 0, 1, 90) : undefined,
    dryRun: r.bool('dry-run', false),
    preflight: r.bool('preflight', true),
    tags: tags(r),
  };
}

/** The build subnet, its subscription, and the optional isolated-build (container instance) subnet. */
function networkSettings(
  r: InputReader,
): Pick<Settings, 'subscriptionId' | 'buildSubnet' | 'containerInstanceSubnet'> {
  const buildSubnet =
    r.subnet('build-subnet-id') ??
    r.fail('build-subnet-id', undefined, 'the resource id of the subnet the build VMs join');
  const subscriptionId = r.get('subscription-id') ?? buildSubnet.subscriptionId;
  if (!GUID_RE.test(subscriptionId)) r.fail('subscription-id', subscriptionId, 'a subscription GUID');
  if (buildSubnet.subscriptionId.toLowerCase() !== subscriptionId.toLowerCase()) {
    r.fail(
      'subscription-id',
      subscriptionId,
      `the subscription of build-subnet-id (${buildSubnet.subscriptionId}): Image Builder needs the subnet in the template's subscription`,
    );
  }
  const aci = r.subnet('container-instance-subnet-id');
  if (aci) {
    const n = 'container-instance-subnet-id';
    if (aci.vnetId.toLowerCase() !== buildSubnet.vnetId.toLowerCase())
      r.fail(n, aci.id, 'a subnet in the same virtual network as build-subnet-id');
    if (aci.subnetName.toLowerCase() === buildSubnet.subnetName.toLowerCase())
      r.fail(n, aci.id, 'a different subnet from build-subnet-id');
    if (r.get('proxy-vm-size'))
      r.fail(
        'proxy-vm-size',
        r.get('proxy-vm-size'),
        'no value: isolated builds with container-instance-subnet-id have no proxy VM',
      );
  }
  return { subscriptionId, buildSubnet, containerInstanceSubnet: aci };
}

function location(r: InputReader): string | undefined {
  const value = r.get('location');
  if (value && !LOCATION_RE.test(value)) r.fail('location', value, 'an Azure region name such as eastus2');
  return value;
}

function identityName(r: InputReader): string {
  const value = r.get('identity-name') ?? DEFAULTS.identityName;
  if (!/^[A-Za-z0-9][A-Za-z0-9-_]{2,127}$/.test(value))
    r.fail('identity-name', value, 'a managed identity name (3-128 letters, digits, - and _)');
  return value;
}

function baseImage(r: InputReader): BaseImageRef | undefined {
  const raw = r.get('base-image');
  if (!raw) return undefined;
  const parts = raw.split(':');
  if (parts.length !== 4 || parts.some((p) => !p) || !/^(latest|\d+(\.\d+)*)$/.test(parts[3]!))
    r.fail('base-image', raw, 'publisher:offer:sku:version, e.g. Canonical:ubuntu-24_04-lts:server:latest');
  return { publisher: parts[0]!, offer: parts[1]!, sku: parts[2]!, version: parts[3]! };
}

function vmSizes(r: InputReader, isolated: boolean): Pick<Settings, 'vmSize' | 'proxyVmSize'> {
  const vmSize = r.get('vm-size') ?? DEFAULTS.vmSize;
  if (!VM_SIZE_RE.test(vmSize)) r.fail('vm-size', vmSize, 'a VM size such as Standard_D2ds_v5');
  const proxyVmSize = isolated ? undefined : (r.get('proxy-vm-size') ?? DEFAULTS.proxyVmSize);
  if (proxyVmSize && !VM_SIZE_RE.test(proxyVmSize))
    r.fail('proxy-vm-size', proxyVmSize, 'a VM size such as Standard_A1_v2');
  return { vmSize, proxyVmSize };
}

function tags(r: InputReader): Record<string, string> {
  const result: Record<string, string> = {};
  const raw = r.get('tags');
  if (!raw) return result;
  for (const entry of raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = entry.indexOf('=');
    const key = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!key || key.length > 512 || /[<>%&\\?/]/.test(key))
      r.fail('tags', entry, 'key=value pairs separated by commas or new lines; keys without <>%&\\?/');
    const value = entry.slice(eq + 1).trim();
    if (value.length > 256) r.fail('tags', entry, `a value of at most 256 characters for tag ${key}`);
    result[key] = value;
  }
  if (Object.keys(result).length > MAX_USER_TAGS)
    r.fail(
      'tags',
      `${Object.keys(result).length} tags`,
      `at most ${MAX_USER_TAGS} tags: Azure allows 50 per resource and this tool adds up to ${50 - MAX_USER_TAGS} of its own`,
    );
  return result;
}

function logArtifactName(r: InputReader): string {
  const value = r.get('log-artifact-name') ?? DEFAULTS.logArtifactName;
  if (/[":<>|*?\r\n\\/]/.test(value))
    r.fail('log-artifact-name', value, 'an artifact name without " : < > | * ? \\ / or line breaks');
  return value;
}
