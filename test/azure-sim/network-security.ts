/**
 * Microsoft.Network security and routing: network security groups (own rules plus Azure's default rules) and
 * route tables, as the build subnet references them. Field names follow the Network REST API
 * (`securityRules`/`defaultSecurityRules` with `properties.{protocol, sourceAddressPrefix(es), ...}`,
 * `routes[].properties.{addressPrefix, nextHopType, nextHopIpAddress}`).
 */
import { randomUUID } from 'node:crypto';
import { notFound, requireApiVersion, requireResourceGroup, rgId } from './arm.js';
import type { SimContext } from './context.js';
import { type SimResponse, idKey } from './http.js';
import type { SecurityRuleFixture, VirtualNetwork } from './state.js';
import { vnetId } from './state.js';

const json = (body: unknown): SimResponse => ({ status: 200, body });

const DEFAULT_RULES: SecurityRuleFixture[] = [
  {
    name: 'AllowVnetInBound',
    priority: 65000,
    direction: 'Inbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: 'VirtualNetwork',
  },
  {
    name: 'AllowAzureLoadBalancerInBound',
    priority: 65001,
    direction: 'Inbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: 'AzureLoadBalancer',
    destinationAddressPrefix: '*',
  },
  {
    name: 'DenyAllInBound',
    priority: 65500,
    direction: 'Inbound',
    access: 'Deny',
    protocol: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: '*',
  },
  {
    name: 'AllowVnetOutBound',
    priority: 65000,
    direction: 'Outbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: 'VirtualNetwork',
  },
  {
    name: 'AllowInternetOutBound',
    priority: 65001,
    direction: 'Outbound',
    access: 'Allow',
    protocol: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: 'Internet',
  },
  {
    name: 'DenyAllOutBound',
    priority: 65500,
    direction: 'Outbound',
    access: 'Deny',
    protocol: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: '*',
  },
];

/** ARM returns the singular and plural fields side by side, the unused one empty. */
function ruleBody(nsgId: string, r: SecurityRuleFixture, collection: string) {
  return {
    id: `${nsgId}/${collection}/${r.name}`,
    name: r.name,
    etag: `W/"${randomUUID()}"`,
    type: `Microsoft.Network/networkSecurityGroups/${collection}`,
    properties: {
      provisioningState: 'Succeeded',
      protocol: r.protocol,
      sourcePortRange: r.sourcePortRanges?.length ? undefined : (r.sourcePortRange ?? '*'),
      destinationPortRange: r.destinationPortRanges?.length ? undefined : (r.destinationPortRange ?? '*'),
      sourceAddressPrefix: r.sourceAddressPrefixes?.length ? undefined : r.sourceAddressPrefix,
      destinationAddressPrefix: r.destinationAddressPrefixes?.length ? undefined : r.destinationAddressPrefix,
      access: r.access,
      priority: r.priority,
      direction: r.direction,
      sourcePortRanges: r.sourcePortRanges ?? [],
      destinationPortRanges: r.destinationPortRanges ?? [],
      sourceAddressPrefixes: r.sourceAddressPrefixes ?? [],
      destinationAddressPrefixes: r.destinationAddressPrefixes ?? [],
    },
  };
}

/** Subnets of every VNet that reference a resource through the given field. */
function subnetsUsing(
  vnets: Iterable<VirtualNetwork>,
  id: string,
  field: 'networkSecurityGroupId' | 'routeTableId',
) {
  return [...vnets].flatMap((v) =>
    v.subnets
      .filter((s) => s[field] && idKey(s[field]) === idKey(id))
      .map((s) => ({ id: `${vnetId(v)}/subnets/${s.name}` })),
  );
}

export function registerNetworkSecurity(ctx: SimContext): void {
  const { router, state } = ctx;
  router.add({
    method: 'GET',
    pattern:
      '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/networkSecurityGroups/{nsg}',
    kind: 'networkSecurityGroups.get',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const id = `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Network/networkSecurityGroups/${req.params.nsg}`;
      const fixture = state.fixture.networkSecurityGroups?.find((n) => idKey(n.id) === idKey(id));
      const subnets = subnetsUsing(state.virtualNetworks.values(), id, 'networkSecurityGroupId');
      if (!fixture && !subnets.length)
        throw notFound('Microsoft.Network/networkSecurityGroups', req.params.nsg!, req.params.rg!);
      return json({
        id,
        name: req.params.nsg,
        type: 'Microsoft.Network/networkSecurityGroups',
        location: state.fixture.location,
        etag: `W/"${randomUUID()}"`,
        properties: {
          provisioningState: 'Succeeded',
          resourceGuid: randomUUID(),
          securityRules: (fixture?.securityRules ?? []).map((r) => ruleBody(id, r, 'securityRules')),
          defaultSecurityRules: DEFAULT_RULES.map((r) => ruleBody(id, r, 'defaultSecurityRules')),
          subnets,
        },
      });
    },
  });
  router.add({
    method: 'GET',
    pattern: '/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/routeTables/{table}',
    kind: 'routeTables.get',
    arm: true,
    handler: (req) => {
      requireApiVersion(req);
      requireResourceGroup(ctx, req.params.sub!, req.params.rg!);
      const id = `${rgId(req.params.sub!, req.params.rg!)}/providers/Microsoft.Network/routeTables/${req.params.table}`;
      const fixture = state.fixture.routeTables?.find((t) => idKey(t.id) === idKey(id));
      if (!fixture) throw notFound('Microsoft.Network/routeTables', req.params.table!, req.params.rg!);
      return json({
        id,
        name: req.params.table,
        type: 'Microsoft.Network/routeTables',
        location: state.fixture.location,
        etag: `W/"${randomUUID()}"`,
        properties: {
          provisioningState: 'Succeeded',
          disableBgpRoutePropagation: false,
          routes: fixture.routes.map((r) => ({
            id: `${id}/routes/${r.name}`,
            name: r.name,
            type: 'Microsoft.Network/routeTables/routes',
            properties: {
              provisioningState: 'Succeeded',
              addressPrefix: r.addressPrefix,
              nextHopType: r.nextHopType,
              ...(r.nextHopIpAddress ? { nextHopIpAddress: r.nextHopIpAddress } : {}),
            },
          })),
          subnets: subnetsUsing(state.virtualNetworks.values(), id, 'routeTableId'),
        },
      });
    },
  });
}
