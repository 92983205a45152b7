/** The build subnet, the topology (proxy VM or isolated with container instances) and the outbound path. */
import type { Subnet } from '@azure/arm-network';
import type { SubnetRef } from '../azure-ids.js';
import { normalizeId } from '../azure-ids.js';
import { parseIpv4Prefix } from './cidr.js';
import { findSubnet } from './fetch.js';
import { type CheckContext, type CheckResult, fail, pass, warn } from './types.js';

/** Addresses Azure reserves in every subnet. */
const RESERVED = 5;
/** Proxy topology: load balancer, proxy VM, private link service, build VM. */
const PROXY_ADDRESSES = 4;
const ACI_DELEGATION = 'Microsoft.ContainerInstance/containerGroups';

export const subnetPrefixes = (s: Subnet): string[] =>
  s.addressPrefixes?.length ? s.addressPrefixes : s.addressPrefix ? [s.addressPrefix] : [];

export function ipv4Ranges(s: Subnet) {
  return subnetPrefixes(s)
    .map(parseIpv4Prefix)
    .filter((r) => r !== undefined);
}

/** The subnet, or a failed check saying why it cannot be looked at. */
function lookup(c: CheckContext, ref: SubnetRef, id: string, title: string, input: string) {
  const vnet = c.data.vnet;
  if (vnet.notFound) return fail(id, title, `Virtual network ${ref.vnetId} was not found: check ${input}.`);
  if (vnet.error) return fail(id, title, `Could not read virtual network ${ref.vnetName}: ${vnet.error}`);
  const subnet = findSubnet(vnet.value, ref.subnetName);
  if (!subnet)
    return fail(
      id,
      title,
      `Subnet ${ref.subnetName} does not exist in virtual network ${ref.vnetName}: check ${input}.`,
    );
  return subnet;
}

function sizeCheck(
  id: string,
  title: string,
  ref: SubnetRef,
  subnet: Subnet,
  needed: number,
  input: string,
): CheckResult {
  const ranges = ipv4Ranges(subnet);
  if (!ranges.length)
    return fail(
      id,
      title,
      `Subnet ${ref.subnetName} has no IPv4 prefix (${subnetPrefixes(subnet).join(', ') || 'none'}); Image Builder needs an IPv4 subnet: choose another ${input}.`,
    );
  const largest = ranges.reduce((a, b) => (a.bits <= b.bits ? a : b));
  if (largest.bits > 28)
    return fail(
      id,
      title,
      `Subnet ${ref.subnetName} is a /${largest.bits}; Image Builder needs at least a /28: use a larger subnet for ${input}.`,
    );
  const used = subnet.ipConfigurations?.length ?? 0;
  const free = ranges.reduce((n, r) => n + (r.end - r.start + 1 - RESERVED), 0) - used;
  if (free < needed)
    return fail(
      id,
      title,
      `Subnet ${ref.subnetName} has ${free} free addresses (${used} IP configurations in use); the build needs ${needed}: free addresses or use a larger subnet for ${input}.`,
    );
  return pass(
    id,
    title,
    `Subnet ${ref.subnetName} (/${largest.bits}, IPv4) has ${free} free addresses; ${needed} needed.`,
  );
}

export function checkSubnet(c: CheckContext): CheckResult {
  const id = 'subnet';
  const title = 'Build subnet';
  const ref = c.settings.buildSubnet;
  if (ref.subscriptionId.toLowerCase() !== c.settings.subscriptionId.toLowerCase())
    return fail(
      id,
      title,
      `build-subnet-id is in subscription ${ref.subscriptionId}, not ${c.settings.subscriptionId}: Image Builder needs the subnet in the template's subscription.`,
    );
  const subnet = lookup(c, ref, id, title, 'build-subnet-id');
  if ('status' in subnet) return subnet;
  const needed = c.settings.proxyVmSize ? PROXY_ADDRESSES : 1;
  return sizeCheck(id, title, ref, subnet, needed, 'build-subnet-id');
}

export function checkTopology(c: CheckContext): CheckResult {
  const s = c.settings;
  if (!s.containerInstanceSubnet) {
    const id = 'proxy-topology';
    const title = 'Proxy topology';
    const subnet = lookup(c, s.buildSubnet, id, title, 'build-subnet-id');
    if ('status' in subnet) return subnet;
    const policy = subnet.privateLinkServiceNetworkPolicies ?? 'Enabled';
    if (policy !== 'Disabled')
      return fail(
        id,
        title,
        `privateLinkServiceNetworkPolicies is ${policy} on subnet ${s.buildSubnet.subnetName}; the proxy VM's private link service needs it Disabled: az network vnet subnet update --ids ${s.buildSubnet.id} --private-link-service-network-policies Disabled`,
      );
    return pass(
      id,
      title,
      `privateLinkServiceNetworkPolicies is Disabled on ${s.buildSubnet.subnetName}; proxy VM ${s.proxyVmSize}.`,
    );
  }
  return checkIsolated(c, s.containerInstanceSubnet);
}

function checkIsolated(c: CheckContext, aci: SubnetRef): CheckResult {
  const id = 'isolated-topology';
  const title = 'Isolated topology (container instance subnet)';
  const s = c.settings;
  if (normalizeId(aci.vnetId) !== normalizeId(s.buildSubnet.vnetId))
    return fail(
      id,
      title,
      `container-instance-subnet-id must be in the build VNet ${s.buildSubnet.vnetName}.`,
    );
  if (aci.subnetName.toLowerCase() === s.buildSubnet.subnetName.toLowerCase())
    return fail(id, title, 'container-instance-subnet-id must be a different subnet from build-subnet-id.');
  if (s.proxyVmSize)
    return fail(
      id,
      title,
      'proxy-vm-size must not be set with container-instance-subnet-id (isolated builds have no proxy VM).',
    );
  const subnet = lookup(c, aci, id, title, 'container-instance-subnet-id');
  if ('status' in subnet) return subnet;
  const delegated = (subnet.delegations ?? []).some(
    (d) => d.serviceName?.toLowerCase() === ACI_DELEGATION.toLowerCase(),
  );
  if (!delegated)
    return fail(
      id,
      title,
      `Subnet ${aci.subnetName} is not delegated to ${ACI_DELEGATION}: az network vnet subnet update --ids ${aci.id} --delegations ${ACI_DELEGATION}`,
    );
  const size = sizeCheck(id, title, aci, subnet, 1, 'container-instance-subnet-id');
  if (size.status !== 'pass') return size;
  return pass(
    id,
    title,
    `Subnet ${aci.subnetName} is in the build VNet and delegated to ${ACI_DELEGATION}; no proxy VM.`,
  );
}

/** Outbound path of each subnet the build uses. */
export function checkOutbound(c: CheckContext): CheckResult[] {
  const s = c.settings;
  const refs = [s.buildSubnet, s.containerInstanceSubnet].filter((r) => r !== undefined);
  return refs.map((ref, i) => {
    const id = i === 0 ? 'outbound' : 'outbound-aci';
    const title = i === 0 ? 'Outbound path (build subnet)' : 'Outbound path (container instance subnet)';
    const subnet = lookup(c, ref, id, title, i === 0 ? 'build-subnet-id' : 'container-instance-subnet-id');
    if ('status' in subnet) return subnet;
    return outboundOf(c, ref, subnet, id, title);
  });
}

function outboundOf(c: CheckContext, ref: SubnetRef, subnet: Subnet, id: string, title: string): CheckResult {
  const name = ref.subnetName;
  const tableId = subnet.routeTable?.id;
  if (tableId) {
    const table = c.data.routeTables.get(normalizeId(tableId));
    if (!table?.value)
      return warn(
        id,
        title,
        `Could not read route table ${tableId} of ${name} (${table?.error ?? 'not read'}); make sure it leads to the Internet or a firewall that allows the egress list.`,
      );
    const defaultRoute = (table.value.routes ?? []).find((r) => r.addressPrefix === '0.0.0.0/0');
    const hop = defaultRoute?.nextHopType;
    if (hop === 'None')
      return fail(
        id,
        title,
        `Route ${defaultRoute!.name} in ${table.value.name} drops 0.0.0.0/0 (next hop None): the build cannot reach its package sources; route it to a firewall or the Internet.`,
      );
    if (hop === 'VirtualAppliance' || hop === 'VirtualNetworkGateway')
      return warn(
        id,
        title,
        `Route table ${table.value.name} sends 0.0.0.0/0 to ${hop}${defaultRoute!.nextHopIpAddress ? ` ${defaultRoute!.nextHopIpAddress}` : ''}: the firewall must allow the definition's egress list (aks-jumpbox-image plan prints it).`,
      );
  }
  if (subnet.natGateway?.id)
    return pass(
      id,
      title,
      `Subnet ${name} reaches the Internet through NAT gateway ${subnet.natGateway.id.split('/').pop()}.`,
    );
  if (subnet.defaultOutboundAccess === false)
    return fail(
      id,
      title,
      `Subnet ${name} is private (defaultOutboundAccess false) with no NAT gateway or route to a firewall, so the build cannot reach its package sources: attach a NAT gateway (az network vnet subnet update --ids ${ref.id} --nat-gateway <name>) or route 0.0.0.0/0 to a firewall.`,
    );
  return pass(
    id,
    title,
    `Subnet ${name} uses default outbound access${tableId ? ' (its route table does not redirect 0.0.0.0/0)' : ''}.`,
  );
}
