/**
 * The order of the work, and the only module that knows it:
 * resolve -> fingerprint -> skip? -> identity -> roles -> template -> build (poll + tail) -> results -> finally
 * (copy logs, revoke roles, clean up the template). One AbortSignal is threaded through every call.
 */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sameId } from './azure-ids.js';
import { type Clients, createClients, describeAzureError, isNotFound, armError } from './clients.js';
import {
  MANIFEST_BEGIN,
  SBOM_BEGIN,
  SBOM_END,
  MANIFEST_END,
  type RenderedDefinition,
  loadDefinition,
  parseManifest,
  renderDefinition,
} from './definition/index.js';
import { imageFingerprint, templateHash } from './fingerprint.js';
import { BuildLogs, scanLogFile } from './logs.js';
import { saveSbom } from './sbom-file.js';
import {
  customRoleDefinitions,
  ensureCustomRole,
  ensureIdentity,
  ensureRoleAssignment,
  removeRoleAssignment,
} from './roles.js';
import type { Settings } from './settings.js';
import { TAG, deleteTemplate, ensureTemplate, templateBody } from './template.js';
import type {
  BuildResult,
  Checkpoint,
  Logger,
  PhaseTiming,
  RoleAssignmentRecord,
  RunOptions,
  RunState,
} from './types.js';
import { formatElapsed, sleep } from './util.js';
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from './cloud.js';

const RUN_OUTPUT = 'aksJumpbox';
/** How long to wait for Canceled after POST cancel before giving up (the runner kills us ~10 s after SIGINT). */
const CANCEL_WAIT_MS = 5000;

interface Plan {
  location: string;
  rendered: RenderedDefinition;
  baseImageVersion: string;
  fingerprint: string;
  hash: string;
  body: Record<string, unknown>;
  templateName: string;
  imageName: string;
  imageId: string;
  identityId: string;
}

export async function runBuild(settings: Settings, options: RunOptions): Promise<BuildResult> {
  const started = Date.now();
  const { logger, signal } = options;
  const clients = createClients({
    credential: options.credential,
    cloud: options.cloud,
    subscriptionId: settings.subscriptionId,
    userAgentPrefix: options.userAgentPrefix,
    retry: options.retry,
  });
  const phases: PhaseTiming[] = [];
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await logger.group(name, fn);
    } finally {
      phases.push({ name, durationMs: Date.now() - t0 });
    }
  };
  const checkpoint: Checkpoint = { subscriptionId: settings.subscriptionId, revoke: [] };
  const save = () => options.onCheckpoint?.({ ...checkpoint, revoke: [...checkpoint.revoke] });

  const plan = await phase('Resolve', () => resolvePlan(clients, settings, options));
  const base: BuildResult = {
    state: 'Running',
    imageName: plan.imageName,
    templateName: plan.templateName,
    templateId: `/subscriptions/${settings.subscriptionId}/resourceGroups/${settings.builderResourceGroup}/providers/Microsoft.VirtualMachineImages/imageTemplates/${plan.templateName}`,
    identityId: plan.identityId,
    buildSkipped: false,
    fingerprint: plan.fingerprint,
    baseImageVersion: plan.baseImageVersion,
    tools: plan.rendered.tools.map((t) => ({ name: t.name, version: t.version })),
    egress: plan.rendered.egress,
    durationSeconds: 0,
    phases,
    rolesGranted: [],
    rolesRevoked: [],
    template: plan.body,
    dryRun: settings.dryRun,
  };
  const done = (r: Partial<BuildResult>): BuildResult => ({
    ...base,
    ...r,
    durationSeconds: Math.round((Date.now() - started) / 100) / 10,
  });

  if (!settings.forceRebuild) {
    const existing = await phase('Check for an unchanged image', () =>
      findImageWithFingerprint(clients, settings, plan, options),
    );
    if (existing) {
      logger.info(
        `An image with fingerprint ${plan.fingerprint.slice(0, 12)} already exists: ${existing}. Nothing to build (use force-rebuild to build anyway).`,
      );
      return done({ state: 'Skipped', buildSkipped: true, imageId: existing });
    }
  }

  if (settings.dryRun) {
    const network = settings.networkRole.id;
    const planned: RoleAssignmentRecord[] = [
      {
        id: '',
        scope: settings.buildSubnet.vnetId,
        roleDefinitionId: network,
        purpose: 'network',
        created: false,
      },
      {
        id: '',
        scope: `/subscriptions/${settings.subscriptionId}/resourceGroups/${settings.imageResourceGroup}`,
        roleDefinitionId: settings.imageRole.id,
        purpose: 'image',
        created: false,
      },
    ];
    logger.info('Dry run: no identity, role, template or build changes were made.');
    return done({ state: 'Skipped', rolesGranted: planned, message: 'Dry run: nothing was created.' });
  }

  const granted: RoleAssignmentRecord[] = [];
  const revoked: RoleAssignmentRecord[] = [];
  let state: RunState = 'Failed';
  let buildMayStillRun = false;
  let template: ImageTemplate | undefined;
  let logs: BuildLogs | undefined;
  const result: Partial<BuildResult> = {};
  try {
    const identity = await phase('Identity', () =>
      ensureIdentity(clients, {
        resourceGroup: settings.builderResourceGroup,
        name: settings.identityName,
        location: plan.location,
        tags: { ...settings.tags, [TAG.managedBy]: 'aks-jumpbox-image' },
        logger,
        signal,
      }),
    );
    result.identityId = identity.id;
    result.identityPrincipalId = identity.principalId;
    if (!sameId(identity.id, plan.identityId)) plan.identityId = identity.id;

    await phase('Roles', async () => {
      let networkRoleId = settings.networkRole.id;
      let imageRoleId = settings.imageRole.id;
      if (settings.createCustomRoles) {
        const roles = customRoleDefinitions(settings.subscriptionId, false);
        networkRoleId = await ensureCustomRole(clients, roles.network, { logger, signal });
        imageRoleId = await ensureCustomRole(clients, roles.image, { logger, signal });
      }
      const requests = [
        {
          scope: settings.buildSubnet.vnetId,
          roleDefinitionId: networkRoleId,
          principalId: identity.principalId,
          purpose: 'network' as const,
        },
        {
          scope: `/subscriptions/${settings.subscriptionId}/resourceGroups/${settings.imageResourceGroup}`,
          roleDefinitionId: imageRoleId,
          principalId: identity.principalId,
          purpose: 'image' as const,
        },
      ];
      if (
        settings.containerInstanceSubnet &&
        !sameId(settings.containerInstanceSubnet.vnetId, settings.buildSubnet.vnetId)
      ) {
        requests.push({
          scope: settings.containerInstanceSubnet.vnetId,
          roleDefinitionId: networkRoleId,
          principalId: identity.principalId,
          purpose: 'network',
        });
      }
      for (const request of requests) {
        const record = await ensureRoleAssignment(clients, request, {
          logger,
          signal,
          backoffMs: options.retry?.retryDelayInMs ?? 2000,
        });
        granted.push(record);
        if (record.created && shouldRevoke(settings, record)) {
          checkpoint.revoke.push(record.id);
          save();
        }
      }
    });

    checkpoint.templateId = base.templateId;
    save();
    const ensured = await phase('Template', () =>
      ensureTemplate(clients, {
        resourceGroup: settings.builderResourceGroup,
        name: plan.templateName,
        body: withIdentity(plan.body, plan.identityId),
        hash: plan.hash,
        nameFixedByUser: Boolean(settings.templateName),
        logger,
        signal,
        pollIntervalMs: pollMs(settings),
      }),
    );
    template = ensured.template;
    if (!ensured.created && !ensured.running)
      await refreshProvenance(clients, settings, plan, template, options);

    const outcome = await phase('Build', async () => {
      const staging = template!.exactStagingResourceGroup;
      const logOptions = {
        clients,
        credential: options.credential,
        cloud: options.cloud,
        stagingResourceGroupId: staging ?? '',
        logger,
        signal,
      };
      let ignoreFolders: Set<string> | undefined;
      if (staging && !ensured.running) {
        ignoreFolders = await new BuildLogs(logOptions).existingFolders().catch(() => new Set<string>());
      }
      // Recorded before the POST: a job killed right after it must still let the post step cancel the build.
      buildMayStillRun = true;
      checkpoint.buildStarted = true;
      save();
      if (ensured.running) {
        logger.info(
          `A build is already running on ${plan.templateName}; attaching to it instead of starting another.`,
        );
      } else {
        const poller = clients.imageBuilder.virtualMachineImageTemplates.run(
          settings.builderResourceGroup,
          plan.templateName,
          { abortSignal: signal, updateIntervalInMs: 60_000 },
        );
        await poller.submitted();
        // The run LRO stays in progress for the whole build: it is not awaited (awaiting would poll its operation
        // in the background for hours); progress comes from lastRunStatus below.
        logger.info(`Build started on ${plan.templateName}.`);
      }
      if (staging) logs = new BuildLogs({ ...logOptions, ignoreFolders });
      if (!settings.wait) {
        return {
          state: 'Running' as RunState,
          message: `The build continues in Azure; follow it with: aks-jumpbox-image status --builder-resource-group ${settings.builderResourceGroup} --template-name ${plan.templateName}`,
        };
      }
      return waitForBuild(clients, settings, plan, logs, options);
    });
    state = outcome.state;
    result.message = outcome.message;
    result.timedOut = outcome.timedOut;
    if (state !== 'Running') buildMayStillRun = false;
    result.stagingResourceGroup = template.exactStagingResourceGroup;

    if (state === 'Succeeded' || state === 'PartiallySucceeded') {
      try {
        const output = await clients.imageBuilder.virtualMachineImageTemplates.getRunOutput(
          settings.builderResourceGroup,
          plan.templateName,
          RUN_OUTPUT,
          { abortSignal: signal },
        );
        result.imageId = output.artifactId ?? plan.imageId;
      } catch (e) {
        logger.warning(
          `Could not read the run output (${armError(e).message}); assuming the image is ${plan.imageId}.`,
        );
        result.imageId = plan.imageId;
      }
    }
  } catch (e) {
    if (signal?.aborted) {
      state = 'Canceled';
    } else {
      throw await finishAndRethrow(e);
    }
  }

  if (state === 'Canceled' && buildMayStillRun) {
    await cancelBuild(clients, settings.builderResourceGroup, plan.templateName, logger);
    buildMayStillRun = false;
  }
  await finish();
  return done({ ...result, state, rolesGranted: granted, rolesRevoked: revoked });

  async function finish(): Promise<void> {
    const finalSignal = AbortSignal.timeout(60_000);
    if (logs && state !== 'Running') {
      await logger.group('Logs', async () => {
        try {
          const copied = await logs!.copyTo(options.workDir);
          Object.assign(result, copied);
          if (copied.logFile) {
            logger.info(`Customization log saved to ${copied.logFile}.`);
            const scanned = await scanLogFile(copied.logFile, {
              tailLines: 40,
              begin: MANIFEST_BEGIN,
              end: MANIFEST_END,
              sbomBegin: SBOM_BEGIN,
              sbomEnd: SBOM_END,
            });
            const sbomFile = await saveSbom(scanned.sbomText, options.workDir);
            if (sbomFile) result.sbomFile = sbomFile;
            const manifest = parseManifest(scanned.manifestText);
            if (manifest) {
              result.manifest = manifest;
              result.manifestFile = join(options.workDir, 'manifest.json');
              await writeFile(result.manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
            }
            if (state === 'Failed') result.logTail = scanned.tail;
          }
        } catch (e) {
          logger.warning(`Could not copy the customization log: ${armError(e).message}`);
        }
      });
    }
    if (!buildMayStillRun) {
      for (const record of granted) {
        if (!record.created || !shouldRevoke(settings, record)) continue;
        try {
          await removeRoleAssignment(clients, record.id, { logger, signal: finalSignal });
          revoked.push(record);
          checkpoint.revoke = checkpoint.revoke.filter((id) => id !== record.id);
        } catch (e) {
          logger.warning(`${(e as Error).message} The post step will try again.`);
        }
      }
    } else if (granted.length) {
      logger.info(
        'Roles are kept: the build is still running in Azure and needs them to distribute the image.',
      );
    }
    const cleanup =
      settings.cleanupTemplate === 'always' ||
      (settings.cleanupTemplate === 'on-success' &&
        (state === 'Succeeded' || state === 'PartiallySucceeded'));
    if (cleanup && template && !buildMayStillRun) {
      try {
        await deleteTemplate(clients, {
          resourceGroup: settings.builderResourceGroup,
          name: plan.templateName,
          logger,
          signal: finalSignal,
          pollIntervalMs: pollMs(settings),
        });
      } catch (e) {
        logger.warning((e as Error).message);
      }
    }
    checkpoint.buildStarted = buildMayStillRun;
    checkpoint.finished = true;
    save();
  }

  async function finishAndRethrow(e: unknown): Promise<Error> {
    state = 'Failed';
    if (buildMayStillRun) {
      await cancelBuild(clients, settings.builderResourceGroup, plan.templateName, logger);
      buildMayStillRun = false;
    }
    await finish();
    const error = e instanceof Error ? e : new Error(String(e));
    (error as Error & { result?: BuildResult }).result = done({
      ...result,
      state: 'Failed',
      rolesGranted: granted,
      rolesRevoked: revoked,
      message: error.message,
    });
    return error;
  }
}

const pollMs = (settings: Settings) => Math.round(settings.pollIntervalSeconds * 1000);

function shouldRevoke(settings: Settings, record: RoleAssignmentRecord): boolean {
  return settings.revokeRoles === 'all' || (settings.revokeRoles === 'image' && record.purpose === 'image');
}

function withIdentity(body: Record<string, unknown>, identityId: string): Record<string, unknown> {
  return { ...body, identity: { type: 'UserAssigned', userAssignedIdentities: { [identityId]: {} } } };
}

async function resolvePlan(clients: Clients, settings: Settings, options: RunOptions): Promise<Plan> {
  const { logger, signal } = options;
  for (const rg of new Set([settings.builderResourceGroup, settings.imageResourceGroup])) {
    try {
      await clients.resources.resourceGroups.get(rg, { abortSignal: signal });
    } catch (e) {
      if (isNotFound(e)) {
        throw new Error(
          `Resource group ${rg} does not exist in subscription ${settings.subscriptionId}. Create it first (az group create -n ${rg} -l <location>); this tool does not create resource groups.`,
          { cause: e },
        );
      }
      throw describeAzureError(e, `Reading resource group ${rg}`);
    }
  }
  const subnet = settings.buildSubnet;
  let location: string;
  try {
    const vnet = await clients.network.virtualNetworks.get(subnet.resourceGroup, subnet.vnetName, {
      abortSignal: signal,
    });
    location = settings.location ?? vnet.location!;
    const found = (vnet.subnets ?? []).find((s) => s.name?.toLowerCase() === subnet.subnetName.toLowerCase());
    if (!found)
      throw new Error(
        `Subnet ${subnet.subnetName} was not found in virtual network ${subnet.vnetId}. Check build-subnet-id.`,
      );
    if (
      settings.proxyVmSize &&
      found.privateLinkServiceNetworkPolicies &&
      found.privateLinkServiceNetworkPolicies !== 'Disabled'
    ) {
      logger.warning(
        `Subnet ${subnet.subnetName} has privateLinkServiceNetworkPolicies ${found.privateLinkServiceNetworkPolicies}; Image Builder's proxy VM needs it Disabled (az network vnet subnet update --private-link-service-network-policies Disabled).`,
      );
    }
  } catch (e) {
    if (isNotFound(e))
      throw new Error(`Virtual network ${subnet.vnetId} was not found. Check build-subnet-id.`, { cause: e });
    if (e instanceof Error && !('statusCode' in e)) throw e;
    throw describeAzureError(e, `Reading virtual network ${subnet.vnetName}`);
  }
  if (settings.location && !sameRegion(settings.location, location)) location = settings.location;

  const definition = await loadDefinition({ path: settings.definitionPath });
  const baseRef = settings.baseImage ?? renderBase(definition);
  let baseImageVersion = baseRef.version;
  if (baseRef.version === 'latest') {
    try {
      const versions = await clients.compute.virtualMachineImages.list(
        location,
        baseRef.publisher,
        baseRef.offer,
        baseRef.sku,
        { abortSignal: signal },
      );
      const names = versions
        .map((v) => v.name!)
        .filter(Boolean)
        .sort(compareVersions);
      if (!names.length) throw new Error('no versions');
      baseImageVersion = names[names.length - 1]!;
    } catch (e) {
      throw new Error(
        `Could not resolve the latest version of ${baseRef.publisher}:${baseRef.offer}:${baseRef.sku} in ${location}: ${armError(e).message}. Check base-image.`,
        { cause: e },
      );
    }
    logger.info(
      `Base image ${baseRef.publisher}:${baseRef.offer}:${baseRef.sku}:latest resolved to ${baseImageVersion}.`,
    );
  }
  const rendered = renderDefinition(definition, { baseImageVersion });
  const source = {
    type: 'PlatformImage',
    publisher: baseRef.publisher,
    offer: baseRef.offer,
    sku: baseRef.sku,
    version: baseImageVersion,
  };
  const optimize = { vmBoot: { state: 'Enabled' } };
  const fingerprint = imageFingerprint({
    source,
    customize: rendered.customize,
    validate: rendered.validate ?? null,
    osDiskSizeGb: settings.osDiskSizeGb,
    optimize,
  });
  const imageName = settings.imageName ?? `img-aks-jumpbox-${fingerprint.slice(0, 12)}`;
  const imageId = `/subscriptions/${settings.subscriptionId}/resourceGroups/${settings.imageResourceGroup}/providers/Microsoft.Compute/images/${imageName}`;
  const identityId = `/subscriptions/${settings.subscriptionId}/resourceGroups/${settings.builderResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${settings.identityName}`;
  const shapeTags = {
    [TAG.fingerprint]: fingerprint,
    [TAG.baseImageVersion]: `${baseRef.publisher}:${baseRef.offer}:${baseRef.sku}:${baseImageVersion}`,
    [TAG.definitionFingerprint]: rendered.definitionFingerprint,
  };
  const provenance = options.provenanceTags ?? {};
  const input = {
    location,
    identityId,
    source,
    customize: rendered.customize,
    validate: rendered.validate as Record<string, unknown> | undefined,
    optimize,
    imageId,
    runOutputName: RUN_OUTPUT,
    artifactTags: { ...rendered.tags, ...settings.tags, ...provenance, ...shapeTags },
    tags: {},
    buildTimeoutMinutes: settings.buildTimeoutMinutes,
    vmSize: settings.vmSize,
    osDiskSizeGb: settings.osDiskSizeGb,
    subnetId: subnet.id,
    containerInstanceSubnetId: settings.containerInstanceSubnet?.id,
    proxyVmSize: settings.proxyVmSize,
  };
  const hash = templateHash(templateBody(input));
  const templateName =
    settings.templateName ?? `it-aks-jumpbox-${fingerprint.slice(0, 12)}-${hash.slice(0, 8)}`;
  const body = templateBody({
    ...input,
    tags: {
      ...settings.tags,
      ...provenance,
      ...shapeTags,
      [TAG.templateHash]: hash,
      [TAG.managedBy]: 'aks-jumpbox-image',
    },
  });
  logger.info(
    `Fingerprint ${fingerprint} (base ${baseImageVersion}); template ${templateName}; image ${imageName}; location ${location}.`,
  );
  return {
    location,
    rendered,
    baseImageVersion,
    fingerprint,
    hash,
    body,
    templateName,
    imageName,
    imageId,
    identityId,
  };
}

function renderBase(definition: Parameters<typeof renderDefinition>[0]) {
  return renderDefinition(definition, { baseImageVersion: 'latest' }).baseImage;
}

const sameRegion = (a: string, b: string) =>
  a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

async function findImageWithFingerprint(
  clients: Clients,
  settings: Settings,
  plan: Plan,
  options: RunOptions,
): Promise<string | undefined> {
  for await (const image of clients.compute.images.listByResourceGroup(settings.imageResourceGroup, {
    abortSignal: options.signal,
  })) {
    if (image.tags?.[TAG.fingerprint] === plan.fingerprint && image.id) return image.id;
  }
  return undefined;
}

/** A reused template keeps the tags of the run that created it; refresh the provenance the next image gets. */
async function refreshProvenance(
  clients: Clients,
  settings: Settings,
  plan: Plan,
  template: ImageTemplate,
  options: RunOptions,
): Promise<void> {
  const wanted = (
    (plan.body.properties as Record<string, unknown>).distribute as Array<Record<string, unknown>>
  )[0]!;
  const current = template.distribute?.[0] as unknown as Record<string, unknown> | undefined;
  const same = JSON.stringify(current?.artifactTags ?? {}) === JSON.stringify(wanted.artifactTags);
  if (same) return;
  try {
    await clients.imageBuilder.virtualMachineImageTemplates.update(
      settings.builderResourceGroup,
      plan.templateName,
      { tags: plan.body.tags as Record<string, string>, properties: { distribute: [wanted] as never } },
      { abortSignal: options.signal, updateIntervalInMs: pollMs(settings) },
    );
    options.logger.debug("Updated the template tags and artifact tags with this run's provenance.");
  } catch (e) {
    options.logger.warning(`Could not update the template's provenance tags: ${armError(e).message}`);
  }
}

interface Outcome {
  state: RunState;
  message?: string;
  timedOut?: boolean;
}

async function waitForBuild(
  clients: Clients,
  settings: Settings,
  plan: Plan,
  logs: BuildLogs | undefined,
  options: RunOptions,
): Promise<Outcome> {
  const { logger, signal } = options;
  const ib = clients.imageBuilder.virtualMachineImageTemplates;
  const t0 = Date.now();
  const deadline = t0 + settings.waitTimeoutMinutes * 60_000;
  let last = '';
  let readErrors = 0;
  const tail = async () => {
    if (!logs || !settings.streamLog) return;
    try {
      const lines = await logs.tail();
      if (lines.length) logger.buildLog(lines);
    } catch (e) {
      logger.debug(`Reading the build log: ${armError(e).message}`);
    }
  };
  for (;;) {
    let t: ImageTemplate | undefined;
    try {
      t = await ib.get(settings.builderResourceGroup, plan.templateName, { abortSignal: signal });
      readErrors = 0;
    } catch (e) {
      if (signal?.aborted) throw e;
      readErrors++;
      const level = readErrors >= 3 ? 'warning' : 'debug';
      logger[level](
        `Reading the build status failed (${armError(e).message}); retrying (${readErrors} in a row).`,
      );
    }
    const status = t?.lastRunStatus;
    if (status) {
      const now = `${status.runState}${status.runSubState ? `/${status.runSubState}` : ''}`;
      if (now !== last) {
        logger.info(`[${formatElapsed(Date.now() - t0)}] ${now}`);
        last = now;
      }
      const runState = status.runState;
      if (runState && runState !== 'Running' && runState !== 'Canceling') {
        await tail();
        if (logs && settings.streamLog) {
          const rest = logs.flushPartial();
          if (rest.length) logger.buildLog(rest);
        }
        if (runState === 'Failed') logger.error(`The build failed: ${status.message || 'no message'}`);
        if (runState === 'PartiallySucceeded')
          logger.warning(`The build partially succeeded: ${status.message}`);
        return { state: runState as RunState, message: status.message || undefined };
      }
    }
    await tail();
    if (Date.now() > deadline) {
      const message = `Stopped waiting after ${settings.waitTimeoutMinutes} minutes; the build continues in Azure. Follow it with: aks-jumpbox-image status --builder-resource-group ${settings.builderResourceGroup} --template-name ${plan.templateName}`;
      logger.warning(message);
      return { state: 'Running', message, timedOut: true };
    }
    await sleep(Math.max(0, Math.min(pollMs(settings), deadline - Date.now() + 1)), signal);
  }
}

/** POSTs cancel at once, then waits (bounded) for Canceled. Uses its own signal: the caller's may be aborted. */
export async function cancelBuild(
  clients: Clients,
  resourceGroup: string,
  templateName: string,
  logger: Logger,
  /** The template as just read by the caller (saves reading it again); read here when absent. */
  current?: ImageTemplate,
): Promise<boolean> {
  const signal = AbortSignal.timeout(CANCEL_WAIT_MS + 5000);
  const ib = clients.imageBuilder.virtualMachineImageTemplates;
  try {
    // Only a running build can be canceled (the POST may not have reached Image Builder).
    const template = current ?? (await ib.get(resourceGroup, templateName, { abortSignal: signal }));
    if (template.lastRunStatus?.runState !== 'Running')
      return template.lastRunStatus?.runState === 'Canceling';
  } catch {
    // Unknown: try to cancel anyway.
  }
  try {
    const poller = ib.cancel(resourceGroup, templateName, { abortSignal: signal, updateIntervalInMs: 500 });
    await poller.submitted(); // not awaited further: Canceled is read from lastRunStatus below
    logger.warning(`Cancel requested for the build on ${templateName}.`);
  } catch (e) {
    logger.warning(`Could not cancel the build on ${templateName}: ${armError(e).message}`);
    return false;
  }
  const until = Date.now() + CANCEL_WAIT_MS;
  while (Date.now() < until) {
    try {
      const t = await ib.get(resourceGroup, templateName, { abortSignal: signal });
      const runState = t.lastRunStatus?.runState;
      if (runState && runState !== 'Running' && runState !== 'Canceling') {
        logger.info(`The build is ${runState}.`);
        return true;
      }
    } catch {
      // keep trying until the bound
    }
    await sleep(250);
  }
  logger.warning(
    `The build on ${templateName} is still canceling; Image Builder finishes it in the background.`,
  );
  return true;
}

/** For a post step: cancel a build left running by a cancelled job, and remove the listed role assignments. */
export async function finishAfterCancel(
  checkpoint: Checkpoint,
  options: {
    credential: TokenCredential;
    cloud: Cloud;
    logger: Logger;
    signal?: AbortSignal;
    retry?: RunOptions['retry'];
  },
): Promise<{ canceled: boolean; revoked: string[] }> {
  const clients = createClients({
    credential: options.credential,
    cloud: options.cloud,
    subscriptionId: checkpoint.subscriptionId,
    retry: options.retry,
  });
  let canceled = false;
  if (checkpoint.buildStarted && checkpoint.templateId) {
    const m =
      /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.VirtualMachineImages\/imageTemplates\/([^/]+)$/i.exec(
        checkpoint.templateId,
      );
    if (m) {
      try {
        const t = await clients.imageBuilder.virtualMachineImageTemplates.get(m[1]!, m[2]!, {
          abortSignal: options.signal,
        });
        if (t.lastRunStatus?.runState === 'Running')
          canceled = await cancelBuild(clients, m[1]!, m[2]!, options.logger, t);
      } catch (e) {
        options.logger.warning(`Could not check the build on ${m[2]}: ${armError(e).message}`);
      }
    }
  }
  const revoked: string[] = [];
  for (const id of checkpoint.revoke) {
    try {
      await removeRoleAssignment(clients, id, { logger: options.logger, signal: options.signal });
      revoked.push(id);
    } catch (e) {
      options.logger.warning((e as Error).message);
    }
  }
  return { canceled, revoked };
}
