/**
 * Documented Image Builder rules the recordings do not show (docs/simulator.md marks each one):
 * - PATCH (ImageTemplateUpdateParameters) changes only `identity`, `tags`, `properties.vmProfile` and
 *   `properties.distribute`; the distribute array must repeat every existing target (troubleshooting doc,
 *   "Deleting a distribution target is not allowed").
 * - Network topologies (networking doc `linux/image-builder-networking.md`): the proxy topology (a build subnet
 *   without `containerInstanceSubnetId`) needs `privateLinkServiceNetworkPolicies: Disabled` on the build subnet; an
 *   isolated build needs `containerInstanceSubnetId` in the same virtual network, delegated to
 *   `Microsoft.ContainerInstance/containerGroups`, and no `proxyVmSize`.
 */
import type { SimContext } from './context.js';
import { ArmError, idKey } from './http.js';
import type { ImageTemplate, Subnet } from './state.js';

type Obj = Record<string, unknown>;

const fail = (message: string) => new ArmError(400, 'ValidationFailed', `Validation failed: ${message}`);

const VM_PROFILE_UPDATABLE = new Set(['vmSize', 'osDiskSizeGB', 'userAssignedIdentities', 'vnetConfig']);

/** Validates a PATCH body and returns the updated template parts; throws ValidationFailed like Image Builder. */
export function applyPatch(t: ImageTemplate, body: Obj): void {
  const props = (body.properties ?? {}) as Obj;
  const unknown = [
    ...Object.keys(body).filter((k) => !['tags', 'identity', 'properties'].includes(k)),
    ...Object.keys(props)
      .filter((k) => k !== 'distribute' && k !== 'vmProfile')
      .map((k) => `properties.${k}`),
    ...Object.keys((props.vmProfile ?? {}) as Obj)
      .filter((k) => !VM_PROFILE_UPDATABLE.has(k))
      .map((k) => `properties.vmProfile.${k}`),
  ];
  if (unknown.length)
    throw fail(
      `only identity, tags, properties.distribute and properties.vmProfile (vmSize, osDiskSizeGB, userAssignedIdentities, vnetConfig) can be updated (got ${unknown.join(', ')}).`,
    );
  if (Array.isArray(props.distribute)) checkDistributeUpdate(t, props.distribute as Obj[]);
  if (body.tags) t.tags = body.tags as Record<string, string>;
  if (body.identity) t.identity = patchedIdentity(t, body.identity as Obj);
  if (props.vmProfile)
    t.properties.vmProfile = { ...(t.properties.vmProfile as Obj), ...(props.vmProfile as Obj) };
  if (props.distribute) t.properties.distribute = props.distribute;
}

function checkDistributeUpdate(t: ImageTemplate, targets: Obj[]): void {
  const names = new Set(targets.map((d) => String(d.runOutputName)));
  for (const existing of (t.properties.distribute ?? []) as Obj[]) {
    const name = String(existing.runOutputName);
    if (!names.has(name))
      throw fail(
        `Distribute target with Runoutput name ${name} not found in the update request. Deleting a distribution target is not allowed.`,
      );
  }
  targets.forEach((d, i) => {
    const required = ['type', 'runOutputName'].concat(
      d.type === 'ManagedImage'
        ? ['imageId', 'location']
        : d.type === 'SharedImage'
          ? ['galleryImageId']
          : [],
    );
    const missing = required.find((f) => d[f] === undefined || d[f] === '');
    if (missing) throw fail(`'ImageTemplate.properties.distribute[${i}]': Missing field ${missing}.`);
  });
}

function patchedIdentity(t: ImageTemplate, identity: Obj): ImageTemplate['identity'] {
  if (identity.type === 'None') return { type: 'None', userAssignedIdentities: {} };
  const next = { ...t.identity.userAssignedIdentities };
  for (const [key, value] of Object.entries((identity.userAssignedIdentities ?? {}) as Obj)) {
    const same = Object.keys(next).find((k) => idKey(k) === idKey(key));
    if (same) delete next[same];
    if (value !== null) next[key] = {};
  }
  return { type: String(identity.type ?? t.identity.type), userAssignedIdentities: next };
}

function findSubnet(ctx: SimContext, subnetId: string): { vnetId: string; subnet: Subnet } | undefined {
  const m = /^(.*\/virtualNetworks\/[^/]+)\/subnets\/([^/]+)$/i.exec(subnetId);
  if (!m) return undefined;
  const subnet = ctx.state.virtualNetworks
    .get(idKey(m[1]!))
    ?.subnets.find((s) => s.name.toLowerCase() === m[2]!.toLowerCase());
  return subnet ? { vnetId: m[1]!, subnet } : undefined;
}

/** Why the template's network cannot host a build (provisioning then fails), or undefined. */
export function networkProblem(ctx: SimContext, t: ImageTemplate): string | undefined {
  const vnet = ((t.properties.vmProfile as Obj | undefined)?.vnetConfig ?? {}) as Record<string, string>;
  if (!vnet.subnetId) return undefined;
  const build = findSubnet(ctx, vnet.subnetId);
  if (!build) return undefined; // submission checks already refuse an unknown subnet
  if (!vnet.containerInstanceSubnetId) {
    if (build.subnet.privateLinkServiceNetworkPolicies !== 'Disabled')
      return `The subnet '${vnet.subnetId}' must have privateLinkServiceNetworkPolicies disabled for the Image Builder proxy (private link service). See https://aka.ms/azvmimagebuildervnet.`;
    return undefined;
  }
  const aci = findSubnet(ctx, vnet.containerInstanceSubnetId);
  if (!aci) return undefined;
  if (idKey(aci.vnetId) !== idKey(build.vnetId))
    return `The container instance subnet '${vnet.containerInstanceSubnetId}' must be in the same virtual network as the build subnet '${vnet.subnetId}'.`;
  if (
    !(aci.subnet.delegations ?? []).some(
      (d) => d.toLowerCase() === 'microsoft.containerinstance/containergroups',
    )
  )
    return `The container instance subnet '${vnet.containerInstanceSubnetId}' must be delegated to Microsoft.ContainerInstance/containerGroups.`;
  return undefined;
}
