/**
 * Retention after a successful build: delete older gallery versions / managed images that this tool created
 * (tagged managed-by and with a fingerprint) for the same definition / destination group. Never the one just
 * built, never anything without the tool's tags, never the last version not excluded from latest.
 */
import type { Clients } from '../clients.js';
import { armError } from '../clients.js';
import { TAG } from '../template.js';
import type { Logger } from '../types.js';
import type { GalleryTarget } from './settings.js';
import { type VersionInfo, listVersions, newestFirst } from './versions.js';

export const MANAGED_BY = 'aks-jumpbox-image';

export interface RetentionResult {
  deleted: string[];
  kept: string[];
  /** Deletions that failed (left in place), with the reason. */
  failed?: string[];
  /** Dry run: what would be deleted. */
  dryRun?: boolean;
}

export interface Artifact {
  id: string;
  tags: Record<string, string>;
  /** ms since epoch, 0 when unknown. */
  createdAt: number;
  name: string;
  excludeFromLatest?: boolean;
}

const createdByTool = (a: Artifact) =>
  a.tags[TAG.managedBy] === MANAGED_BY && Boolean(a.tags[TAG.fingerprint]);

/** Pure selection: which of `all` to delete so that `keep` tool-created artifacts remain (the current one included). */
export function selectForDeletion(
  all: Artifact[],
  keep: number,
  currentId: string,
  guardLatest: boolean,
): { remove: Artifact[]; keep: Artifact[] } {
  const order = (a: Artifact, b: Artifact) =>
    b.createdAt - a.createdAt || b.name.localeCompare(a.name, 'en', { numeric: true });
  const mine = all.filter(createdByTool).sort(order);
  const current = mine.find((a) => a.id.toLowerCase() === currentId.toLowerCase());
  const others = mine.filter((a) => a !== current);
  const kept = current ? [current, ...others.slice(0, Math.max(0, keep - 1))] : others.slice(0, keep);
  let remove = others.filter((a) => !kept.includes(a));
  if (guardLatest) {
    const left = all.filter((a) => !remove.includes(a));
    if (!left.some((a) => !a.excludeFromLatest)) {
      const spare = remove.find((a) => !a.excludeFromLatest);
      if (spare) {
        remove = remove.filter((a) => a !== spare);
        kept.push(spare);
      }
    }
  }
  return { remove, keep: kept };
}

const fromVersion = (v: VersionInfo): Artifact => ({
  id: v.id,
  tags: v.tags,
  createdAt: v.publishedAt,
  name: v.name,
  excludeFromLatest: v.excludeFromLatest,
});

/** How many tool-created artifacts to keep, which one is current, and whether to only say what would go. */
interface PruneOptions {
  keep: number;
  currentId: string;
  dryRun: boolean;
  logger: Logger;
  signal?: AbortSignal;
}

export async function pruneGalleryVersions(
  clients: Clients,
  options: PruneOptions & { gallery: GalleryTarget },
): Promise<RetentionResult> {
  const { gallery, logger, signal } = options;
  const versions = (await listVersions(clients, gallery, signal)).filter(
    (v) => v.provisioningState !== 'Creating',
  );
  const chosen = selectForDeletion(
    versions.sort(newestFirst).map(fromVersion),
    options.keep,
    options.currentId,
    true,
  );
  return apply(chosen, options.dryRun, logger, async (a) => {
    await clients.compute.galleryImageVersions.delete(
      gallery.resourceGroup,
      gallery.galleryName,
      gallery.imageName,
      a.name,
      { abortSignal: signal, updateIntervalInMs: 2000 },
    );
  });
}

export async function pruneManagedImages(
  clients: Clients,
  options: PruneOptions & { resourceGroup: string },
): Promise<RetentionResult> {
  const images: Artifact[] = [];
  for await (const i of clients.compute.images.listByResourceGroup(options.resourceGroup, {
    abortSignal: options.signal,
  }))
    images.push({
      id: i.id ?? '',
      tags: i.tags ?? {},
      createdAt: i.systemData?.createdAt?.getTime() ?? 0,
      name: i.name ?? '',
    });
  const chosen = selectForDeletion(images, options.keep, options.currentId, false);
  return apply(chosen, options.dryRun, options.logger, async (a) => {
    await clients.compute.images.delete(options.resourceGroup, a.name, {
      abortSignal: options.signal,
      updateIntervalInMs: 2000,
    });
  });
}

async function apply(
  chosen: { remove: Artifact[]; keep: Artifact[] },
  dryRun: boolean,
  logger: Logger,
  remove: (a: Artifact) => Promise<void>,
): Promise<RetentionResult> {
  const kept = chosen.keep.map((a) => a.id);
  if (dryRun) {
    for (const a of chosen.remove) logger.info(`Retention (dry run): would delete ${a.id}.`);
    return { deleted: chosen.remove.map((a) => a.id), kept, dryRun: true };
  }
  const deleted: string[] = [];
  const failed: string[] = [];
  for (const a of chosen.remove) {
    try {
      await remove(a);
      deleted.push(a.id);
      logger.info(`Retention: deleted ${a.id}.`);
    } catch (e) {
      failed.push(`${a.id}: ${armError(e).message}`);
      logger.warning(`Retention: could not delete ${a.id}: ${armError(e).message}`);
    }
  }
  return { deleted, kept, ...(failed.length ? { failed } : {}) };
}
