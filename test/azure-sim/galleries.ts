/**
 * Azure Compute Gallery (image definitions and versions, per-region replication with `$expand=ReplicationStatus`),
 * Image Builder's `SharedImage` distribution into it, the subscription's regions and a resource group's
 * resources (`subscription.ts`). Registered with one line in index.ts; Image Builder calls `checkSharedImageTargets` (PUT) and
 * `distributeToGallery` (end of a build).
 */
import { notFound, requireApiVersion, requireResourceGroup, rgId } from './arm.js';
import type { SimContext } from './context.js';
import { ArmError, type SimRequest, type SimResponse, idKey } from './http.js';
import type { GalleryImageDefinition, GalleryImageVersion, ImageTemplate } from './state.js';
import { displayName, registerSubscription } from './subscription.js';

const json = (body: unknown, status = 200): SimResponse => ({ status, body });

/** Generation, architecture and security features of a platform image SKU (by the SKU's name). */
export function platformImageTraits(sku: string): {
  hyperVGeneration: string;
  architecture: string;
  securityType?: string;
} {
  if (/arm64/i.test(sku)) return { hyperVGeneration: 'V2', architecture: 'Arm64' };
  if (/gen1/i.test(sku) || (/lts$/i.test(sku) && !/gen2/i.test(sku)))
    return { hyperVGeneration: 'V1', architecture: 'x64' };
  return {
    hyperVGeneration: 'V2',
    architecture: 'x64',
    securityType: 'TrustedLaunchAndConfidentialVmSupported',
  };
}

const DEFINITION_PATH =
  '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{gallery}/images/{image}';
const definitionIdOf = (req: SimRequest) =>
  `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Compute/galleries/${req.params.gallery}/images/${req.params.image}`;
const definitionNotFound = (req: SimRequest) =>
  notFound('Microsoft.Compute/galleries/images', `${req.params.gallery}/${req.params.image}`, req.params.rg!);

export function registerGalleries(ctx: SimContext): void {
  const { router, state } = ctx;
  const definitionPath = DEFINITION_PATH;
  router.add({
    method: 'GET',
    pattern: definitionPath,
    kind: 'galleryImages.get',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const g = state.galleryImages.get(idKey(definitionIdOf(req)));
      if (!g) throw definitionNotFound(req);
      return json(definitionBody(g));
    },
  });
  router.add({
    method: 'GET',
    pattern: `${definitionPath}/versions`,
    kind: 'galleryImageVersions.list',
    arm: true,
    handler: (req) => {
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const parent = idKey(definitionIdOf(req));
      if (!state.galleryImages.has(parent)) throw definitionNotFound(req);
      return json({
        value: [...state.galleryImageVersions.values()]
          .filter((v) => idKey(v.id).startsWith(`${parent}/versions/`))
          .map((v) => versionBody(v, false)),
      });
    },
  });
  registerVersion(ctx);
  registerSubscription(ctx);
}

/** One version: GET (with `$expand=ReplicationStatus`) and DELETE. */
function registerVersion(ctx: SimContext): void {
  const { router, state } = ctx;
  const definitionPath = DEFINITION_PATH;
  const findVersion = (req: SimRequest) => {
    const v = state.galleryImageVersions.get(idKey(`${definitionIdOf(req)}/versions/${req.params.version}`));
    if (!v)
      throw notFound(
        'Microsoft.Compute/galleries/images/versions',
        `${req.params.gallery}/${req.params.image}/${req.params.version}`,
        req.params.rg!,
      );
    return v;
  };
  router.add({
    method: 'GET',
    pattern: `${definitionPath}/versions/{version}`,
    kind: 'galleryImageVersions.get',
    arm: true,
    handler: (req) =>
      json(versionBody(findVersion(req), /replicationstatus/i.test(req.query.get('$expand') ?? ''))),
  });
  router.add({
    method: 'DELETE',
    pattern: `${definitionPath}/versions/{version}`,
    kind: 'galleryImageVersions.delete',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      const existed = state.galleryImageVersions.delete(
        idKey(`${definitionIdOf(req)}/versions/${req.params.version}`),
      );
      return { status: existed ? 200 : 204 };
    },
  });
}

function definitionBody(g: GalleryImageDefinition) {
  return {
    id: g.id,
    name: g.name,
    type: 'Microsoft.Compute/galleries/images',
    location: g.location,
    tags: {},
    properties: {
      osType: g.osType,
      osState: g.osState ?? 'Generalized',
      hyperVGeneration: g.hyperVGeneration,
      ...(g.architecture ? { architecture: g.architecture } : {}),
      ...(g.securityType ? { features: [{ name: 'SecurityType', value: g.securityType }] } : {}),
      identifier: { publisher: 'contoso', offer: 'jumpbox', sku: g.name },
      provisioningState: 'Succeeded',
    },
  };
}

function versionBody(v: GalleryImageVersion, expand: boolean) {
  const regions = v.targetRegions.map((name) => ({
    name,
    ...(v.replication?.[name] ?? { state: 'Completed' }),
  }));
  return {
    id: v.id,
    name: v.name,
    type: 'Microsoft.Compute/galleries/images/versions',
    location: v.location,
    tags: v.tags,
    properties: {
      provisioningState: v.provisioningState ?? 'Succeeded',
      publishingProfile: {
        targetRegions: v.targetRegions.map((name) => ({
          name: displayName(name),
          regionalReplicaCount: v.replicaCount ?? 1,
          storageAccountType: v.storageAccountType ?? 'Standard_LRS',
        })),
        replicaCount: v.replicaCount ?? 1,
        excludeFromLatest: v.excludeFromLatest ?? false,
        publishedDate: v.publishedDate ?? '2026-01-01T00:00:00.0000000+00:00',
        storageAccountType: v.storageAccountType ?? 'Standard_LRS',
      },
      storageProfile: { osDiskImage: { hostCaching: 'ReadWrite', sizeInGB: 30 } },
      ...(expand
        ? {
            replicationStatus: {
              aggregatedState: regions.some((r) => r.state === 'Failed') ? 'Failed' : 'Completed',
              summary: regions.map((r) => ({
                region: displayName(r.name),
                state: r.state,
                ...('details' in r && r.details ? { details: r.details } : {}),
                progress: r.state === 'Completed' ? 100 : 0,
              })),
            },
          }
        : {}),
    },
  };
}

const validation = (msg: string) => new ArmError(400, 'ValidationFailed', `Validation failed: ${msg}`);

/** Template PUT: a SharedImage target must exist and match the source (generation, architecture, security type). */
export function checkSharedImageTargets(ctx: SimContext, properties: Record<string, unknown>): void {
  const source = (properties.source ?? {}) as Record<string, string>;
  const traits = source.type === 'PlatformImage' ? platformImageTraits(source.sku ?? '') : undefined;
  for (const d of (properties.distribute ?? []) as Array<Record<string, unknown>>) {
    if (d.type !== 'SharedImage') continue;
    if (d.replicationRegions && d.targetRegions)
      throw validation("'replicationRegions' cannot be specified together with 'targetRegions'.");
    const definitionId = String(d.galleryImageId).replace(/\/versions\/[^/]+$/i, '');
    const g = ctx.state.galleryImages.get(idKey(definitionId));
    if (!g) throw validation(`the gallery image '${definitionId}' was not found.`);
    if (g.securityType === 'TrustedLaunch' || g.securityType === 'ConfidentialVM')
      throw validation(
        `gallery image '${definitionId}' has security type ${g.securityType}, which Image Builder does not support as a distribution target.`,
      );
    if (traits && traits.hyperVGeneration !== g.hyperVGeneration)
      throw validation(
        `cross-generation distribution is not supported: source is ${traits.hyperVGeneration}, gallery image '${definitionId}' is ${g.hyperVGeneration}.`,
      );
    if (traits && traits.architecture.toLowerCase() !== (g.architecture ?? 'x64').toLowerCase())
      throw validation(
        `the source architecture ${traits.architecture} does not match gallery image '${definitionId}' (${g.architecture ?? 'x64'}).`,
      );
  }
}

/** End of a build: creates the version (artifactTags, numbering, per-region replication). A problem string fails the run. */
export function distributeToGallery(
  ctx: SimContext,
  t: ImageTemplate,
  d: Record<string, unknown>,
): string | undefined {
  const { state } = ctx;
  const requested = String(d.galleryImageId);
  const explicit = /\/versions\/([^/]+)$/i.exec(requested)?.[1];
  const definitionId = requested.replace(/\/versions\/[^/]+$/i, '');
  const existing = [...state.galleryImageVersions.values()].filter((v) =>
    idKey(v.id).startsWith(`${idKey(definitionId)}/versions/`),
  );
  if (explicit && existing.some((v) => v.name === explicit))
    return `Gallery image version '${explicit}' already exists in '${definitionId}'.`;
  const version =
    explicit ??
    nextVersion(
      existing.map((v) => v.name),
      (d.versioning as { major?: number } | undefined)?.major,
    );
  const regions = (
    (d.targetRegions as Array<{ name: string; replicaCount?: number; storageAccountType?: string }>) ?? [
      { name: t.location },
    ]
  ).map((r) => ({ ...r, name: r.name.replace(/\s/g, '').toLowerCase() }));
  const replication: Record<string, { state: string; details?: string }> = {};
  for (const r of regions) {
    const failure = state.replicationFailures.get(r.name);
    if (failure) replication[r.name] = { state: 'Failed', details: failure };
  }
  const id = `${definitionId}/versions/${version}`;
  state.galleryImageVersions.set(idKey(id), {
    id,
    name: version,
    location: state.galleryImages.get(idKey(definitionId))?.location ?? t.location,
    tags: (d.artifactTags as Record<string, string>) ?? {},
    targetRegions: regions.map((r) => r.name),
    excludeFromLatest: Boolean(d.excludeFromLatest),
    publishedDate: new Date().toISOString(),
    provisioningState: 'Succeeded',
    replicaCount: regions[0]?.replicaCount ?? 1,
    storageAccountType: regions[0]?.storageAccountType ?? 'Standard_LRS',
    replication,
  });
  t.runOutputs.set(String(d.runOutputName), { artifactId: id, provisioningState: 'Succeeded' });
  return undefined;
}

/** `Latest` versioning: the next patch above the newest version (within `major` when given). */
function nextVersion(names: string[], major?: number): string {
  const parsed = names
    .map((n) => n.split('.').map(Number) as [number, number, number])
    .filter((p) => p.length === 3 && (major === undefined || major < 0 || p[0] === major))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const last = parsed[parsed.length - 1];
  if (!last) return `${major !== undefined && major >= 0 ? major : 1}.0.0`;
  return `${last[0]}.${last[1]}.${last[2] + 1}`;
}
