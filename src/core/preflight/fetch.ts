/**
 * Reads everything the preflight checks look at, in at most ten requests (eleven with a staging group): the VNet (its subnets come with it,
 * skipped when the caller already read it), one GET per NSG and per route table on the subnets, the provider list
 * (resource types and their locations included), the role definitions, the caller's permissions at each scope and
 * the base image version. Independent reads run together.
 */
import { definitionId } from '../gallery/settings.js';
import type { Subnet, VirtualNetwork } from '@azure/arm-network';
import { normalizeId } from '../azure-ids.js';
import { type Clients, armError, isNotFound } from '../clients.js';
import { DEFAULTS } from '../settings.js';
import type { CallerPermission, Fetched, PreflightData, PreflightInput } from './types.js';

async function fetched<T>(read: () => Promise<T>): Promise<Fetched<T>> {
  try {
    return { value: await read() };
  } catch (e) {
    if (isNotFound(e)) return { notFound: true, error: armError(e).message };
    return { error: `${armError(e).code ?? 'error'}: ${armError(e).message}` };
  }
}

/** The subnet a subnet reference names, in a VNet that was read. */
export function findSubnet(vnet: VirtualNetwork | undefined, name: string): Subnet | undefined {
  return vnet?.subnets?.find((s) => s.name?.toLowerCase() === name.toLowerCase());
}

/** Scopes whose caller permissions matter: builder and image groups, the build VNet, a custom staging group. */
export function permissionScopes(input: Pick<PreflightInput, 'settings'>): string[] {
  const s = input.settings;
  const rg = (name: string) => `/subscriptions/${s.subscriptionId}/resourceGroups/${name}`;
  const image = s.imageResourceGroup
    ? rg(s.imageResourceGroup)
    : s.gallery
      ? definitionId(s.gallery)
      : undefined;
  const scopes = [rg(s.builderResourceGroup), image, s.buildSubnet.vnetId, s.stagingResourceGroup].filter(
    (x): x is string => !!x,
  );
  return [...new Map(scopes.map((x) => [normalizeId(x), x])).values()];
}

/** Built-in roles whose ids are the same in every subscription (the defaults): nothing to read. */
export const WELL_KNOWN_ROLES = new Set<string>([DEFAULTS.networkRole, DEFAULTS.imageRole]);

/** Role definitions to read (none when the run creates its own custom roles, nor for well-known built-ins). */
export function roleDefinitionIds(input: Pick<PreflightInput, 'settings'>): string[] {
  const s = input.settings;
  if (s.createCustomRoles) return [];
  return [
    ...new Set([s.networkRole, s.imageRole].filter((r) => !WELL_KNOWN_ROLES.has(r.guid)).map((r) => r.id)),
  ];
}

/** The caller's permissions at a resource group or a resource (one request; ARM rarely pages them). */
export async function readCallerPermissions(
  clients: Clients,
  scope: string,
  signal?: AbortSignal,
): Promise<CallerPermission[]> {
  const auth = clients.authorization.permissions;
  const options = { abortSignal: signal };
  const m =
    /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)(?:\/providers\/([^/]+)\/([^/]+)\/([^/]+))?$/i.exec(
      scope,
    );
  if (!m) throw new Error(`Unexpected scope ${scope}`);
  const pages = m[2]
    ? auth.listForResource(m[1]!, m[2], '', m[3]!, m[4]!, options)
    : auth.listForResourceGroup(m[1]!, options);
  const out: CallerPermission[] = [];
  for await (const p of pages)
    out.push({
      actions: p.actions ?? [],
      notActions: p.notActions ?? [],
      dataActions: p.dataActions ?? [],
      notDataActions: p.notDataActions ?? [],
    });
  return out;
}

/** One request for every provider with its resource types and their locations (a second only if ARM pages). */
async function readProviders(input: PreflightInput, count: () => void) {
  const all = [];
  let pages = 0;
  count();
  for await (const page of input.clients.resources.providers.list({ abortSignal: input.signal }).byPage()) {
    if (pages++) count();
    all.push(...page);
  }
  return all;
}

export async function fetchPreflightData(input: PreflightInput): Promise<PreflightData> {
  const { clients, settings, signal } = input;
  let requests = 0;
  const count = () => void requests++;
  const subnetRef = settings.buildSubnet;
  const base = input.baseImage;
  const vnetRead = input.vnet
    ? Promise.resolve<Fetched<VirtualNetwork>>({ value: input.vnet })
    : fetched(() => {
        count();
        return clients.network.virtualNetworks.get(subnetRef.resourceGroup, subnetRef.vnetName, {
          abortSignal: signal,
        });
      });
  const scopes = permissionScopes(input);
  const roles = roleDefinitionIds(input);
  const [vnet, providers, permissionList, roleList, baseImage] = await Promise.all([
    vnetRead,
    fetched(() => readProviders(input, count)),
    Promise.all(
      scopes.map((scope) => fetched(() => (count(), readCallerPermissions(clients, scope, signal)))),
    ),
    Promise.all(
      roles.map((id) =>
        fetched(async () => {
          count();
          const [, scope, guid] =
            /^(.*)\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(id)!;
          await clients.authorization.roleDefinitions.get(scope!, guid!, { abortSignal: signal });
          return true as const;
        }),
      ),
    ),
    fetched(async () => {
      count();
      const image = await clients.compute.virtualMachineImages.get(
        input.location,
        base.publisher,
        base.offer,
        base.sku,
        base.version,
        { abortSignal: signal },
      );
      return { plan: image.plan };
    }),
  ]);
  const { nsgs, routeTables } = await readSubnetAttachments(input, vnet.value, count);
  return {
    vnet,
    nsgs,
    routeTables,
    providers,
    roleDefinitions: new Map(roles.map((id, i) => [id, roleList[i]!])),
    permissions: new Map(scopes.map((scope, i) => [normalizeId(scope), permissionList[i]!])),
    baseImage,
    requests,
  };
}

/** One GET per distinct NSG and route table attached to the build (and container instance) subnets. */
async function readSubnetAttachments(
  input: PreflightInput,
  vnet: VirtualNetwork | undefined,
  count: () => void,
) {
  const { clients, settings, signal } = input;
  const subnets = [settings.buildSubnet, settings.containerInstanceSubnet]
    .filter((s) => s !== undefined)
    .map((ref) => findSubnet(vnet, ref.subnetName))
    .filter((s) => s !== undefined);
  const ids = (pick: (s: Subnet) => string | undefined) => [
    ...new Set(
      subnets
        .map(pick)
        .filter((x): x is string => Boolean(x))
        .map(normalizeId),
    ),
  ];
  const parts = (id: string) => /\/resourcegroups\/([^/]+)\/providers\/[^/]+\/[^/]+\/([^/]+)$/i.exec(id);
  const nsgIds = ids((s) => s.networkSecurityGroup?.id);
  const routeIds = ids((s) => s.routeTable?.id);
  const [nsgList, routeList] = await Promise.all([
    Promise.all(
      nsgIds.map((id) =>
        fetched(() => {
          count();
          const m = parts(id)!;
          return clients.network.networkSecurityGroups.get(m[1]!, m[2]!, { abortSignal: signal });
        }),
      ),
    ),
    Promise.all(
      routeIds.map((id) =>
        fetched(() => {
          count();
          const m = parts(id)!;
          return clients.network.routeTables.get(m[1]!, m[2]!, { abortSignal: signal });
        }),
      ),
    ),
  ]);
  return {
    nsgs: new Map(nsgIds.map((id, i) => [id, nsgList[i]!])),
    routeTables: new Map(routeIds.map((id, i) => [id, routeList[i]!])),
  };
}
