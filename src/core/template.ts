/** The ImageTemplate body, and ensuring it exists exactly once (templates are immutable in Image Builder). */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { type Clients, armError, describeAzureError, isNotFound } from './clients.js';
import type { Logger } from './types.js';
import { sleep } from './util.js';

export const TAG = {
  fingerprint: 'jumpbox-fingerprint',
  templateHash: 'jumpbox-template-hash',
  baseImageVersion: 'jumpbox-base-image-version',
  definitionFingerprint: 'jumpbox-definition-fingerprint',
  managedBy: 'managed-by',
} as const;

export interface TemplateBodyInput {
  location: string;
  identityId: string;
  source: Record<string, unknown>;
  customize: Array<Record<string, unknown>>;
  validate?: Record<string, unknown>;
  optimize?: Record<string, unknown>;
  /** The managed image to distribute (undefined: gallery only). */
  imageId?: string;
  runOutputName: string;
  /** Further distribute entries (e.g. the Compute Gallery `SharedImage`), after the managed image. */
  extraDistribute?: Array<Record<string, unknown>>;
  /** Resource id of a customer-chosen staging group. */
  stagingResourceGroup?: string;
  /** `errorHandling` for customizer and validation errors (default cleanup). */
  errorHandling?: 'cleanup' | 'abort';
  artifactTags: Record<string, string>;
  tags: Record<string, string>;
  buildTimeoutMinutes: number;
  vmSize: string;
  osDiskSizeGb: number;
  subnetId: string;
  containerInstanceSubnetId?: string;
  proxyVmSize?: string;
}

/** The REST body (top level: location, tags, identity, properties) in the 2025-10-01 shape. */
export function templateBody(input: TemplateBodyInput): Record<string, unknown> {
  const vnetConfig: Record<string, string> = { subnetId: input.subnetId };
  if (input.containerInstanceSubnetId) vnetConfig.containerInstanceSubnetId = input.containerInstanceSubnetId;
  if (input.proxyVmSize) vnetConfig.proxyVmSize = input.proxyVmSize;
  const properties: Record<string, unknown> = {
    source: input.source,
    customize: input.customize,
    ...(input.validate ? { validate: input.validate } : {}),
    ...(input.optimize ? { optimize: input.optimize } : {}),
    distribute: [
      ...(input.imageId
        ? [
            {
              type: 'ManagedImage',
              imageId: input.imageId,
              location: input.location,
              runOutputName: input.runOutputName,
              artifactTags: input.artifactTags,
            },
          ]
        : []),
      ...(input.extraDistribute ?? []),
    ],
    ...(input.stagingResourceGroup ? { stagingResourceGroup: input.stagingResourceGroup } : {}),
    errorHandling: {
      onCustomizerError: input.errorHandling ?? 'cleanup',
      onValidationError: input.errorHandling ?? 'cleanup',
    },
    buildTimeoutInMinutes: input.buildTimeoutMinutes,
    vmProfile: { vmSize: input.vmSize, osDiskSizeGB: input.osDiskSizeGb, vnetConfig },
  };
  return {
    location: input.location,
    tags: input.tags,
    identity: { type: 'UserAssigned', userAssignedIdentities: { [input.identityId]: {} } },
    properties,
  };
}

/** The SDK's flattened model of a REST body. */
export function toSdkModel(body: Record<string, unknown>): ImageTemplate {
  const { properties, ...top } = body as { properties: Record<string, unknown> };
  return { ...top, ...properties } as unknown as ImageTemplate;
}

export interface EnsureTemplateResult {
  template: ImageTemplate;
  created: boolean;
  /** True when a build was already running on the existing template (attach instead of starting one). */
  running: boolean;
}

export interface EnsureTemplateOptions {
  resourceGroup: string;
  name: string;
  body: Record<string, unknown>;
  hash: string;
  nameFixedByUser: boolean;
  /** The command that cancels a build on this template (named in the error when one blocks the replacement). */
  cancelCommand: string;
  logger: Logger;
  signal?: AbortSignal;
  pollIntervalMs: number;
  /** Called when Image Builder answers this run's PUT with 201: the template is this run's, even if its creation
   * cannot be followed to the end (the run then still owes its cleanup). */
  onCreated?: () => void;
}

export async function ensureTemplate(
  clients: Clients,
  options: EnsureTemplateOptions,
): Promise<EnsureTemplateResult> {
  const { resourceGroup, name, logger, signal } = options;
  const ib = clients.imageBuilder.virtualMachineImageTemplates;
  let existing: ImageTemplate | undefined;
  try {
    existing = await ib.get(resourceGroup, name, { abortSignal: signal });
  } catch (e) {
    if (!isNotFound(e)) throw describeAzureError(e, `Reading image template ${name}`);
  }
  if (existing) {
    const current = await settled(clients, existing, options);
    const reused = current && (await reuseOrDelete(clients, current, options));
    if (reused) return reused;
  }
  try {
    let created = false;
    const template = await ib.createOrUpdate(resourceGroup, name, toSdkModel(options.body), {
      abortSignal: signal,
      updateIntervalInMs: options.pollIntervalMs,
      // 201 to this PUT (not 200, not 409): this request created the template, no other run's did.
      onResponse: (r) => {
        if (created || r.request.method !== 'PUT' || String(r.status) !== '201') return;
        created = true;
        options.onCreated?.();
      },
    });
    logger.info(`Created image template ${template.id}.`);
    return { template, created: true, running: false };
  } catch (e) {
    const { code, message } = armError(e);
    if (code === 'Conflict') {
      // Another run created it between our read and our PUT: wait for it, and reuse it when it is the same.
      logger.info(`Image template ${name} was created concurrently by another run; waiting for it.`);
      const other = await settled(
        clients,
        await ib.get(resourceGroup, name, { abortSignal: signal }),
        options,
      );
      if (other?.tags?.[TAG.templateHash] === options.hash && other.provisioningState === 'Succeeded')
        return { template: other, created: false, running: isRunning(other) };
      throw describeAzureError(
        e,
        `Creating image template ${name} (another run created it with other content)`,
      );
    }
    let detail = message;
    try {
      const failed = await ib.get(resourceGroup, name, { abortSignal: signal });
      if (failed.provisioningError?.message) detail = failed.provisioningError.message;
    } catch {
      // keep the LRO message
    }
    throw new Error(`Creating image template ${name} failed: ${detail}`, { cause: e });
  }
}

export const isRunning = (t: ImageTemplate): boolean =>
  t.lastRunStatus?.runState === 'Running' || t.lastRunStatus?.runState === 'Canceling';

/** How long to wait for a template another run is creating or deleting. */
const SETTLE_MS = 15 * 60_000;

/** Which template, and how to wait for it. */
interface TemplateWaitOptions {
  resourceGroup: string;
  name: string;
  logger: Logger;
  signal?: AbortSignal;
  pollIntervalMs: number;
}

/**
 * Waits while the template is being created, updated or deleted (by another run), or its build is being cancelled:
 * replacing it then would destroy that run's template, and attaching to a cancelled build would end this run
 * Canceled. Returns it as it settled (undefined: it was deleted meanwhile).
 */
export async function settled(
  clients: Clients,
  template: ImageTemplate,
  options: TemplateWaitOptions,
): Promise<ImageTemplate | undefined> {
  // A build being cancelled is not one to attach to (it ends Canceled): wait for the cancel to end, then build.
  const canceling = (t: ImageTemplate) => t.lastRunStatus?.runState === 'Canceling';
  const busy = (t: ImageTemplate) =>
    ['Creating', 'Updating', 'Deleting'].includes(t.provisioningState ?? '') || canceling(t);
  if (!busy(template)) return template;
  const what = canceling(template) ? 'has a build Canceling' : `is ${template.provisioningState}`;
  options.logger.info(`Image template ${options.name} ${what} (another run); waiting for it to settle.`);
  const until = Date.now() + SETTLE_MS;
  let current = template;
  while (busy(current) && Date.now() < until) {
    await sleep(Math.max(options.pollIntervalMs, 100), options.signal);
    try {
      current = await clients.imageBuilder.virtualMachineImageTemplates.get(
        options.resourceGroup,
        options.name,
        {
          abortSignal: options.signal,
        },
      );
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw describeAzureError(e, `Reading image template ${options.name}`);
    }
  }
  return current;
}

/** Reuses an equal, provisioned template; otherwise deletes it (templates are immutable) and returns undefined. */
async function reuseOrDelete(
  clients: Clients,
  existing: ImageTemplate,
  options: EnsureTemplateOptions,
): Promise<EnsureTemplateResult | undefined> {
  const { resourceGroup, name, logger, signal } = options;
  const runState = existing.lastRunStatus?.runState;
  const running = isRunning(existing);
  const same = existing.tags?.[TAG.templateHash] === options.hash;
  if (same && existing.provisioningState === 'Succeeded') {
    logger.info(`Reusing image template ${name} (same content, hash ${options.hash.slice(0, 12)}).`);
    return { template: existing, created: false, running };
  }
  if (running) {
    throw new Error(
      `Image template ${name} differs from the requested content but a build is running on it (${runState}); it cannot be replaced until that build ends. Wait for it, cancel it (${options.cancelCommand}), or choose another template-name.`,
    );
  }
  const why =
    existing.provisioningState === 'Failed'
      ? `its provisioning failed (${existing.provisioningError?.message ?? 'no message'})`
      : same
        ? `it is ${existing.provisioningState}`
        : `its content differs${options.nameFixedByUser ? ' (template-name is fixed)' : ''}`;
  logger.info(
    `Replacing image template ${name}: ${why}. Templates cannot be updated in place, so it is deleted and created again.`,
  );
  await deleteTemplate(clients, {
    resourceGroup,
    name,
    logger,
    signal,
    pollIntervalMs: options.pollIntervalMs,
  });
  return undefined;
}

export async function deleteTemplate(clients: Clients, options: TemplateWaitOptions): Promise<void> {
  try {
    await clients.imageBuilder.virtualMachineImageTemplates.delete(options.resourceGroup, options.name, {
      abortSignal: options.signal,
      updateIntervalInMs: options.pollIntervalMs,
    });
    options.logger.info(`Deleted image template ${options.name}.`);
  } catch (e) {
    if (isNotFound(e) || (armError(e).statusCode === 409 && (await beingDeleted(clients, options)))) return;
    throw describeAzureError(e, `Deleting image template ${options.name}`);
  }
}

/** After a 409 on DELETE: whether another run is deleting the template (or already has). */
async function beingDeleted(
  clients: Clients,
  options: { resourceGroup: string; name: string; logger: Logger; signal?: AbortSignal },
): Promise<boolean> {
  try {
    const now = await clients.imageBuilder.virtualMachineImageTemplates.get(
      options.resourceGroup,
      options.name,
      {
        abortSignal: options.signal,
      },
    );
    if (now.provisioningState !== 'Deleting') return false;
  } catch (e) {
    if (!isNotFound(e)) return false;
  }
  options.logger.info(`Image template ${options.name} is being deleted by another run.`);
  return true;
}
