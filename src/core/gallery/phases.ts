/**
 * The distribution steps of a run, with explicit parameters so the orchestrator only calls them: the skip
 * check, the checks before any write, the role scopes, the result after the build, and retention.
 */
import type { ArmRest } from '../arm-rest.js';
import { type Clients, armError, describeAzureError, isNotFound } from '../clients.js';
import type { AssignmentRequest } from '../roles.js';
import type { Settings } from '../settings.js';
import type { BuildResult, Logger, RunState } from '../types.js';
import { type BaseImageInfo, type DefinitionInfo, assertCompatible, checkCompatibility } from './compat.js';
import { GALLERY_RUN_OUTPUT } from './distribute.js';
import { type RetentionResult, pruneGalleryVersions, pruneManagedImages } from './retention.js';
import { definitionId } from './settings.js';
import { checkStagingGroup } from './staging.js';
import {
  listVersions,
  readReplication,
  replicationOutcome,
  versionNameOf,
  versionWithFingerprint,
} from './versions.js';

const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';

interface Ctx {
  clients: Clients;
  settings: Settings;
  logger: Logger;
  signal?: AbortSignal;
}

/** Skip unchanged: the id of a version of the definition (or of a managed image) with this fingerprint. */
export async function findGalleryVersion(
  ctx: Ctx,
  fingerprint: string,
): Promise<{ id: string; version: string } | undefined> {
  if (!ctx.settings.gallery) return undefined;
  const found = versionWithFingerprint(
    await listVersions(ctx.clients, ctx.settings.gallery, ctx.signal),
    fingerprint,
  );
  return found ? { id: found.id, version: found.name } : undefined;
}

/** Everything checked before the first write: gallery compatibility and the staging group. */
export async function checkBeforeWrites(
  ctx: Ctx & { rest: ArmRest },
  options: {
    definition?: DefinitionInfo;
    base: BaseImageInfo;
    location: string;
    templateName: string;
  },
): Promise<{ stagingExists: boolean }> {
  const { settings } = ctx;
  if (settings.gallery && options.definition) {
    const problems = await checkCompatibility(ctx.clients, {
      gallery: settings.gallery,
      definition: options.definition,
      base: options.base,
      location: options.location,
      rest: ctx.rest,
      signal: ctx.signal,
    });
    if (settings.gallery.version && (await versionExists(ctx, settings.gallery.version)))
      problems.push(
        `gallery-image-version ${settings.gallery.version} already exists in this definition (versions cannot be overwritten); choose a higher version, or leave gallery-image-version unset for automatic numbering.`,
      );
    assertCompatible(settings.gallery, problems);
    ctx.logger.info(`Image definition ${settings.gallery.imageId} is compatible with the build.`);
  }
  if (!settings.stagingResourceGroup) return { stagingExists: false };
  const staging = await checkStagingGroup(ctx.clients, {
    id: settings.stagingResourceGroup,
    location: options.location,
    templateName: options.templateName,
    signal: ctx.signal,
  });
  ctx.logger.info(
    staging.exists
      ? `Staging resource group ${settings.stagingResourceGroup} is ${staging.inUseByTemplate ? 'already used by this template' : 'empty and in the template region'}.`
      : `Staging resource group ${settings.stagingResourceGroup} does not exist; Image Builder creates it (and deletes it with the template).`,
  );
  return { stagingExists: staging.exists };
}

async function versionExists(ctx: Ctx, version: string): Promise<boolean> {
  const g = ctx.settings.gallery!;
  try {
    await ctx.clients.compute.galleryImageVersions.get(g.resourceGroup, g.galleryName, g.imageName, version, {
      abortSignal: ctx.signal,
    });
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw describeAzureError(e, `Reading gallery image version ${version}`);
  }
}

/** Where the identity needs roles for distribution: the image group, the gallery definition, the staging group. */
export function distributionRoleRequests(
  settings: Settings,
  principalId: string,
  imageRoleId: string,
  stagingExists: boolean,
): AssignmentRequest[] {
  const out: AssignmentRequest[] = [];
  if (settings.managedImage && settings.imageResourceGroup)
    out.push({
      scope: `/subscriptions/${settings.subscriptionId}/resourceGroups/${settings.imageResourceGroup}`,
      roleDefinitionId: imageRoleId,
      principalId,
      purpose: 'image',
    });
  if (settings.gallery)
    out.push({
      scope: definitionId(settings.gallery),
      roleDefinitionId: imageRoleId,
      principalId,
      purpose: 'image',
    });
  if (settings.stagingResourceGroup && stagingExists)
    out.push({
      scope: settings.stagingResourceGroup,
      roleDefinitionId: `/subscriptions/${settings.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${CONTRIBUTOR}`,
      principalId,
      purpose: 'staging',
    });
  return out;
}

/** After a (partially) successful build: the version id from the run output, then per-region replication. */
export async function galleryResult(
  ctx: Ctx,
  options: { templateName: string; state: RunState; message?: string },
): Promise<Pick<BuildResult, 'imageId' | 'galleryImageVersion' | 'replication' | 'state' | 'message'>> {
  const { clients, settings, logger, signal } = ctx;
  let versionId: string | undefined;
  try {
    const output = await clients.imageBuilder.virtualMachineImageTemplates.getRunOutput(
      settings.builderResourceGroup,
      options.templateName,
      GALLERY_RUN_OUTPUT,
      { abortSignal: signal },
    );
    versionId = output.artifactId;
  } catch (e) {
    logger.warning(`Could not read the gallery run output (${armError(e).message}).`);
  }
  if (!versionId) return { state: options.state, message: options.message };
  const result = { imageId: versionId, galleryImageVersion: versionNameOf(versionId) };
  try {
    const replication = await readReplication(clients, versionId, signal);
    for (const r of replication)
      logger.info(`Replication to ${r.region}: ${r.state}${r.message ? ` (${r.message})` : ''}`);
    const outcome = replicationOutcome(replication);
    if (!outcome.failed.length)
      return { ...result, replication, state: options.state, message: options.message };
    logger.warning(outcome.message!);
    return { ...result, replication, state: 'PartiallySucceeded', message: outcome.message };
  } catch (e) {
    logger.warning((e as Error).message);
    return { ...result, state: options.state, message: options.message };
  }
}

/** keep-versions / keep-images after a successful build (or, with dry run, what a build would prune). */
export async function applyRetention(
  ctx: Ctx,
  current: { galleryVersionId?: string; managedImageId?: string; dryRun: boolean },
): Promise<RetentionResult | undefined> {
  const { clients, settings, logger, signal } = ctx;
  const results: RetentionResult[] = [];
  // A dry run has no new artifact yet: the build would add one, so one fewer existing artifact is kept.
  const keep = (n: number) => (current.dryRun ? n - 1 : n);
  try {
    if (settings.gallery && settings.keepVersions)
      results.push(
        await pruneGalleryVersions(clients, {
          gallery: settings.gallery,
          keep: keep(settings.keepVersions),
          currentId: current.galleryVersionId ?? '',
          dryRun: current.dryRun,
          logger,
          signal,
        }),
      );
    if (settings.managedImage && settings.imageResourceGroup && settings.keepImages)
      results.push(
        await pruneManagedImages(clients, {
          resourceGroup: settings.imageResourceGroup,
          keep: keep(settings.keepImages),
          currentId: current.managedImageId ?? '',
          dryRun: current.dryRun,
          logger,
          signal,
        }),
      );
  } catch (e) {
    logger.warning(`Retention was not applied: ${armError(e).message}`);
  }
  if (!results.length) return undefined;
  const failed = results.flatMap((r) => r.failed ?? []);
  return {
    deleted: results.flatMap((r) => r.deleted),
    kept: results.flatMap((r) => r.kept),
    ...(failed.length ? { failed } : {}),
    ...(current.dryRun ? { dryRun: true } : {}),
  };
}
