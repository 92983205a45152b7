/**
 * Distribution settings: Compute Gallery (SharedImage), the optional managed image, retention, the staging group
 * and error handling. Parsed by `parseSettings` with its helpers, so every message names the input and the fix.
 */
import type { InputName } from '../settings.js';

export type StorageAccountType = 'Standard_LRS' | 'Standard_ZRS' | 'Premium_LRS';
export type ErrorHandling = 'cleanup' | 'abort';

export interface GalleryTarget {
  /** The image definition id (`.../galleries/<g>/images/<i>`), as the user wrote it. */
  imageId: string;
  subscriptionId: string;
  resourceGroup: string;
  galleryName: string;
  imageName: string;
  /** Extra regions; the definition's region is always added (resolved before the build). */
  replicationRegions: string[];
  replicaCount: number;
  storageAccountType: StorageAccountType;
  /** An explicit `x.y.z`; undefined: `Latest` versioning. */
  version?: string;
  /** With `Latest` versioning: the major version to number under (undefined: any). */
  majorVersion?: number;
  excludeFromLatest: boolean;
}

export interface DistributionSettings {
  gallery?: GalleryTarget;
  /** Whether a managed image is distributed too (default: only without a gallery). */
  managedImage: boolean;
  /** Undefined: keep all. */
  keepVersions?: number;
  keepImages?: number;
  /** Resource id of Image Builder's staging group (`stagingResourceGroup`). */
  stagingResourceGroup?: string;
  errorHandling: ErrorHandling;
}

export interface ParseHelpers {
  get(n: InputName): string | undefined;
  fail(n: InputName, value: string | undefined, expected: string): never;
  bool(n: InputName, def: boolean): boolean;
  num(n: InputName, def: number, min: number, max: number): number;
  choice<T extends string>(n: InputName, def: T, allowed: readonly T[]): T;
}

const DEFINITION_RE =
  /^\/subscriptions\/([0-9a-fA-F-]{36})\/resourceGroups\/([-\w._()]{1,90})\/providers\/Microsoft\.Compute\/galleries\/([A-Za-z0-9_.]{1,80})\/images\/([-\w.]{1,80})$/i;
const VERSION_RE = /^\d{1,9}\.\d{1,9}\.\d{1,9}$/;
const REGION_RE = /^[a-z0-9]{2,40}$/;
const RG_RE = /^[-\w._()]{1,90}$/;

export function parseDistribution(h: ParseHelpers, subscriptionId: string): DistributionSettings {
  const gallery = parseGallery(h, subscriptionId);
  const managedImage = h.bool('managed-image', !gallery);
  if (!managedImage && !gallery)
    h.fail(
      'managed-image',
      'false',
      'true unless gallery-image-id is set (the build would distribute nothing)',
    );
  const keep = (n: InputName, needs: boolean, what: string) => {
    if (h.get(n) === undefined) return undefined;
    if (!needs) h.fail(n, h.get(n), what);
    return h.num(n, 0, 1, 1000);
  };
  return {
    gallery,
    managedImage,
    keepVersions: keep(
      'keep-versions',
      Boolean(gallery),
      'no value: it applies to gallery-image-id, which is not set',
    ),
    keepImages: keep(
      'keep-images',
      managedImage,
      'no value: it applies to managed images, and managed-image is false',
    ),
    stagingResourceGroup: parseStaging(h, subscriptionId),
    errorHandling: h.choice<ErrorHandling>('error-handling', 'cleanup', ['cleanup', 'abort']),
  };
}

/** Inputs that only mean something with a gallery, and their defaults (a default value is not an error). */
const GALLERY_ONLY: Partial<Record<InputName, string>> = {
  'replication-regions': '',
  'replica-count': '1',
  'storage-account-type': 'standard_lrs',
  'gallery-image-version': '',
  'gallery-major-version': '',
  'exclude-from-latest': 'false',
};

function parseGallery(h: ParseHelpers, subscriptionId: string): GalleryTarget | undefined {
  const raw = h.get('gallery-image-id');
  if (raw === undefined) {
    for (const [n, def] of Object.entries(GALLERY_ONLY) as Array<[InputName, string]>) {
      const v = h.get(n);
      if (v !== undefined && v.toLowerCase() !== def)
        h.fail(n, v, 'no value: it applies to gallery-image-id, which is not set');
    }
    return undefined;
  }
  const m = DEFINITION_RE.exec(raw);
  if (!m)
    h.fail(
      'gallery-image-id',
      raw,
      'an image definition id: /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Compute/galleries/<gallery>/images/<definition> (without /versions/...; use gallery-image-version for an explicit version)',
    );
  const [, sub, resourceGroup, galleryName, imageName] = m as unknown as string[];
  if (sub!.toLowerCase() !== subscriptionId.toLowerCase())
    h.fail(
      'gallery-image-id',
      raw,
      `an image definition in subscription ${subscriptionId}, the build's subscription`,
    );
  const regions = (h.get('replication-regions') ?? '')
    .split(/[\n,]+/)
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  for (const r of regions)
    if (!REGION_RE.test(r))
      h.fail('replication-regions', r, 'Azure region names such as eastus2, separated by commas');
  const version = h.get('gallery-image-version');
  if (version !== undefined && !VERSION_RE.test(version))
    h.fail(
      'gallery-image-version',
      version,
      'an explicit version x.y.z such as 1.4.0 (leave unset for automatic numbering)',
    );
  const major = h.get('gallery-major-version');
  if (major !== undefined && version !== undefined)
    h.fail('gallery-major-version', major, 'no value when gallery-image-version is set');
  return {
    imageId: raw,
    subscriptionId: sub!,
    resourceGroup: resourceGroup!,
    galleryName: galleryName!,
    imageName: imageName!,
    replicationRegions: [...new Set(regions)],
    replicaCount: h.num('replica-count', 1, 1, 100),
    storageAccountType: h.choice<StorageAccountType>('storage-account-type', 'Standard_LRS', [
      'Standard_LRS',
      'Standard_ZRS',
      'Premium_LRS',
    ]),
    version,
    majorVersion: major === undefined ? undefined : h.num('gallery-major-version', 0, 0, 999_999_999),
    excludeFromLatest: h.bool('exclude-from-latest', false),
  };
}

function parseStaging(h: ParseHelpers, subscriptionId: string): string | undefined {
  const raw = h.get('staging-resource-group');
  if (raw === undefined) return undefined;
  const m = /^\/subscriptions\/([0-9a-fA-F-]{36})\/resourceGroups\/([^/]+)$/i.exec(raw);
  const name = m ? m[2]! : raw;
  if (m && m[1]!.toLowerCase() !== subscriptionId.toLowerCase())
    h.fail(
      'staging-resource-group',
      raw,
      `a resource group in subscription ${subscriptionId}, the template's subscription`,
    );
  if (!RG_RE.test(name))
    h.fail(
      'staging-resource-group',
      raw,
      'a resource group name or id (an empty group in the template region, or one Image Builder creates)',
    );
  return `/subscriptions/${subscriptionId}/resourceGroups/${name}`;
}

/** The definition id in canonical casing for requests and role scopes. */
export const definitionId = (g: GalleryTarget): string =>
  `/subscriptions/${g.subscriptionId}/resourceGroups/${g.resourceGroup}/providers/Microsoft.Compute/galleries/${g.galleryName}/images/${g.imageName}`;
