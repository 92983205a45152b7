/** Gallery image versions of one definition: listing, the fingerprint skip, and per-region replication after a build. */
import { compareVersions } from '../util.js';
import type { GalleryImageVersion } from '@azure/arm-compute';
import { type Clients, armError, describeAzureError, isNotFound } from '../clients.js';
import { TAG } from '../template.js';
import type { GalleryTarget } from './settings.js';

export interface VersionInfo {
  id: string;
  name: string;
  tags: Record<string, string>;
  provisioningState?: string;
  excludeFromLatest: boolean;
  /** Publication time (ms since epoch), or 0 when unknown. */
  publishedAt: number;
}

export interface RegionReplication {
  region: string;
  state: string;
  message?: string;
}

const toInfo = (v: GalleryImageVersion): VersionInfo => ({
  id: v.id ?? '',
  name: v.name ?? '',
  tags: v.tags ?? {},
  provisioningState: v.provisioningState,
  excludeFromLatest: v.publishingProfile?.excludeFromLatest ?? false,
  publishedAt: v.publishingProfile?.publishedDate?.getTime() ?? v.systemData?.createdAt?.getTime() ?? 0,
});

export async function listVersions(
  clients: Clients,
  gallery: GalleryTarget,
  signal?: AbortSignal,
): Promise<VersionInfo[]> {
  const out: VersionInfo[] = [];
  try {
    for await (const v of clients.compute.galleryImageVersions.listByGalleryImage(
      gallery.resourceGroup,
      gallery.galleryName,
      gallery.imageName,
      { abortSignal: signal },
    ))
      out.push(toInfo(v));
  } catch (e) {
    if (isNotFound(e))
      throw new Error(
        `gallery-image-id: the image definition ${gallery.imageId} (or its gallery or resource group) does not exist. Create it first (az sig image-definition create ...; see docs/gallery.md).`,
        { cause: e },
      );
    throw describeAzureError(e, `Listing the versions of ${gallery.imageId}`);
  }
  return out;
}

/** A version of this definition built from the same fingerprint, unless its provisioning failed. */
export function versionWithFingerprint(
  versions: VersionInfo[],
  fingerprint: string,
): VersionInfo | undefined {
  return versions
    .filter((v) => v.tags[TAG.fingerprint] === fingerprint && v.provisioningState !== 'Failed')
    .sort(newestFirst)[0];
}

export function newestFirst(a: VersionInfo, b: VersionInfo): number {
  return b.publishedAt - a.publishedAt || compareVersions(b.name, a.name);
}

const VERSION_ID_RE =
  /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i;

export const versionNameOf = (id: string): string | undefined => VERSION_ID_RE.exec(id)?.[4];

/** Reads the version with `$expand=ReplicationStatus`: one entry per target region. */
export async function readReplication(
  clients: Clients,
  versionId: string,
  signal?: AbortSignal,
): Promise<RegionReplication[]> {
  const m = VERSION_ID_RE.exec(versionId);
  if (!m) throw new Error(`Not a gallery image version id: ${versionId}`);
  try {
    const v = await clients.compute.galleryImageVersions.get(m[1]!, m[2]!, m[3]!, m[4]!, {
      expand: 'ReplicationStatus',
      abortSignal: signal,
    });
    const summary = v.replicationStatus?.summary ?? [];
    if (summary.length)
      return summary.map((s) => ({
        region: (s.region ?? '').replace(/\s/g, '').toLowerCase(),
        state: s.state ?? 'Unknown',
        ...(s.details ? { message: s.details } : {}),
      }));
    return (v.publishingProfile?.targetRegions ?? []).map((r) => ({
      region: r.name.replace(/\s/g, '').toLowerCase(),
      state: 'Unknown',
    }));
  } catch (e) {
    throw new Error(`Reading the replication status of ${versionId} failed: ${armError(e).message}`, {
      cause: e,
    });
  }
}

/** Run state after a gallery distribution: a region that failed replication makes it PartiallySucceeded. */
export function replicationOutcome(regions: RegionReplication[]): { failed: string[]; message?: string } {
  const failed = regions.filter((r) => r.state === 'Failed').map((r) => r.region);
  if (!failed.length) return { failed };
  const details = regions
    .filter((r) => r.state === 'Failed')
    .map((r) => `${r.region}${r.message ? ` (${r.message})` : ''}`)
    .join(', ');
  return {
    failed,
    message: `Replication of the gallery image version failed in ${details}; the version is usable in the other regions. Re-run to replicate again, or remove the region from replication-regions.`,
  };
}
