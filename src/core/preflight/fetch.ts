/**
 * Reads everything the preflight checks look at, in at most ten requests (eleven with a staging group): the VNet (its subnets come with it,
 * skipped when the caller already read it), one GET per NSG and per route table on the subnets, the provider list
 * (resource types and their locations included), the role definitions, the caller's permissions at each scope and
 * the base image version. Independent reads run together. The network, image and provider reads are plain ARM GETs
 * (arm-rest.ts: same paths and api-versions as the generated clients, their model shape): a full build loads neither
 * the network, the compute nor the resources SDK for them.
 */
import { definitionId } from '../gallery/settings.js';
import type { NetworkSecurityGroup, RouteTable, Subnet, VirtualNetwork } from '@azure/arm-network';
import type { Provider } from '@azure/arm-resources';
import {
  API_VERSION,
  armPath,
  flattenProperties,
  platformImagePath,
  resourceGroupPath,
} from '../arm-rest.js';
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
function readProviders(input: PreflightInput, count: () => void): Promise<Provider[]> {
  const path = armPath('/subscriptions', input.settings.subscriptionId, 'providers');
  // As the resources SDK returns them: no `properties` to merge (a resource type's own `properties` stays).
  return input.rest.list<Provider>(path, API_VERSION.resources, input.signal, count);
}

type PurchasePlan = { name?: string; publisher?: string; product?: string };

/** The base image's plan (Marketplace terms), from the image version's `properties` as the compute SDK has it. */
async function readBaseImagePlan(input: PreflightInput): Promise<{ plan?: PurchasePlan }> {
  const base = input.baseImage;
  const path = platformImagePath(input.settings.subscriptionId, input.location, base, base.version);
  type Image = { properties?: { plan?: PurchasePlan } } | undefined;
  const image = await input.rest.get<Image>(path, API_VERSION.compute, input.signal);
  return { plan: image?.properties?.plan };
}

export async function fetchPreflightData(input: PreflightInput): Promise<PreflightData> {
  const { clients, settings, signal } = input;
  let requests = 0;
  const count = () => void requests++;
  const subnetRef = settings.buildSubnet;
  const vnetRead = input.vnet
    ? Promise.resolve<Fetched<VirtualNetwork>>({ value: input.vnet })
    : fetched(async () => {
        count();
        const path = resourceGroupPath(
          settings.subscriptionId,
          subnetRef.resourceGroup,
          'Microsoft.Network/virtualNetworks',
          subnetRef.vnetName,
        );
        return flattenProperties<VirtualNetwork>(await input.rest.get(path, API_VERSION.network, signal));
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
    fetched(() => (count(), readBaseImagePlan(input))),
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
  const { settings } = input;
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
  // Read in the run's subscription (a subnet's NSG and route table are in its VNet's), by lower-case group and name.
  const read = <T>(type: string, id: string) =>
    fetched(async () => {
      count();
      const [, group, name] = parts(id)!;
      return flattenProperties<T>(
        await input.rest.get(
          resourceGroupPath(input.settings.subscriptionId, group!, type, name!),
          API_VERSION.network,
          input.signal,
        ),
      );
    });
  const [nsgList, routeList] = await Promise.all([
    Promise.all(
      nsgIds.map((id) => read<NetworkSecurityGroup>('Microsoft.Network/networkSecurityGroups', id)),
    ),
    Promise.all(routeIds.map((id) => read<RouteTable>('Microsoft.Network/routeTables', id))),
  ]);
  return {
    nsgs: new Map(nsgIds.map((id, i) => [id, nsgList[i]!])),
    routeTables: new Map(routeIds.map((id, i) => [id, routeList[i]!])),
  };
}
