/** The network security groups on the build (and container instance) subnets, against the flows a build needs. */
import type { NetworkSecurityGroup, Subnet } from '@azure/arm-network';
import { normalizeId } from '../azure-ids.js';
import { parseIpv4Prefix } from './cidr.js';
import { findSubnet } from './fetch.js';
import { type Endpoint, type Flow, type NsgRule, DEFAULT_RULES, describeFlow, evaluateFlow } from './nsg.js';
import { ipv4Ranges } from './subnet-checks.js';
import { type CheckContext, type CheckResult, fail, pass, warn } from './types.js';

const LOAD_BALANCER: Endpoint = {
  label: 'AzureLoadBalancer',
  tags: ['AzureLoadBalancer'],
  ranges: [parseIpv4Prefix('168.63.129.16/32')!],
};
const INTERNET: Endpoint = { label: 'Internet', tags: ['Internet'], ranges: [] };

const inVnet = (label: string, subnet: Subnet): Endpoint => ({
  label,
  tags: ['VirtualNetwork'],
  ranges: ipv4Ranges(subnet),
});

const tcp = (direction: Flow['direction'], port: number, source: Endpoint, destination: Endpoint): Flow => ({
  direction,
  protocol: 'Tcp',
  port,
  source,
  destination,
});

/** The flows a build needs through the NSG of the build subnet (and of the container instance subnet). */
export function requiredFlows(build: Subnet, aci?: Subnet): { build: Flow[]; aci: Flow[] } {
  const b = inVnet('VirtualNetwork (build subnet)', build);
  const web = [tcp('Outbound', 443, b, INTERNET), tcp('Outbound', 80, b, INTERNET)];
  if (!aci) {
    return {
      build: [
        tcp('Inbound', 60001, LOAD_BALANCER, b),
        tcp('Inbound', 60001, b, b),
        tcp('Inbound', 22, b, b),
        tcp('Outbound', 22, b, b),
        ...web,
      ],
      aci: [],
    };
  }
  const a = inVnet('VirtualNetwork (container instance subnet)', aci);
  return {
    build: [tcp('Inbound', 22, a, b), ...web],
    aci: [tcp('Outbound', 22, a, b), tcp('Outbound', 443, a, INTERNET)],
  };
}

export function nsgRules(nsg: NetworkSecurityGroup): { rules: NsgRule[]; defaults: NsgRule[] } {
  const norm = (r: NonNullable<NetworkSecurityGroup['securityRules']>[number]): NsgRule => ({
    ...r,
    name: r.name ?? '(unnamed)',
    priority: r.priority ?? 0,
    direction: r.direction ?? 'Inbound',
    access: r.access ?? 'Allow',
    protocol: r.protocol ?? '*',
  });
  const defaults = nsg.defaultSecurityRules?.length ? nsg.defaultSecurityRules.map(norm) : DEFAULT_RULES;
  return { rules: (nsg.securityRules ?? []).map(norm), defaults };
}

/** Evaluates flows against one NSG: fail naming each blocking rule, warn for partial blocks. */
export function evaluateNsg(
  id: string,
  title: string,
  nsg: NetworkSecurityGroup,
  flows: Flow[],
): CheckResult {
  const { rules, defaults } = nsgRules(nsg);
  const blocked: string[] = [];
  const partial: string[] = [];
  for (const flow of flows) {
    const v = evaluateFlow(rules, flow, defaults);
    const refs = (list: Array<{ name: string; priority: number }>) =>
      list.map((r) => `rule ${r.name} (priority ${r.priority})`).join(', ');
    if (v.access === 'Deny')
      blocked.push(
        `${describeFlow(flow)} is denied by ${v.decidedBy ? refs([v.decidedBy]) : 'no allowing rule'}`,
      );
    else if (v.partialDenies.length)
      partial.push(`${describeFlow(flow)} is partly denied by ${refs(v.partialDenies)}`);
  }
  const name = nsg.name ?? 'the NSG';
  if (blocked.length)
    return fail(
      id,
      title,
      `NSG ${name}: ${blocked.join('; ')}. Add an Allow rule with a lower priority number than each of them.`,
    );
  if (partial.length)
    return warn(
      id,
      title,
      `NSG ${name}: ${partial.join('; ')}; check that these do not cover the build's destinations.`,
    );
  return pass(
    id,
    title,
    `NSG ${name} allows the ${flows.length} flows the build needs (${flows.map((f) => `${f.direction === 'Inbound' ? 'in' : 'out'} ${f.port}`).join(', ')}).`,
  );
}

export function checkNsgs(c: CheckContext): CheckResult[] {
  const s = c.settings;
  const build = findSubnet(c.data.vnet.value, s.buildSubnet.subnetName);
  if (!build) return []; // the subnet check reports it
  const aci = s.containerInstanceSubnet
    ? findSubnet(c.data.vnet.value, s.containerInstanceSubnet.subnetName)
    : undefined;
  const flows = requiredFlows(build, aci);
  const targets: Array<[string, string, Subnet | undefined, Flow[]]> = [
    ['nsg', 'NSG (build subnet)', build, flows.build],
    ['nsg-aci', 'NSG (container instance subnet)', aci, flows.aci],
  ];
  const out: CheckResult[] = [];
  for (const [id, title, subnet, list] of targets) {
    if (!subnet || !list.length) continue;
    const nsgId = subnet.networkSecurityGroup?.id;
    if (!nsgId) {
      out.push(pass(id, title, `No NSG on subnet ${subnet.name}: nothing filters the build's traffic.`));
      continue;
    }
    const read = c.data.nsgs.get(normalizeId(nsgId));
    if (!read?.value) {
      out.push(
        warn(
          id,
          title,
          `Could not read NSG ${nsgId} (${read?.error ?? 'not read'}); check it allows ${list.map(describeFlow).join('; ')}.`,
        ),
      );
      continue;
    }
    out.push(evaluateNsg(id, title, read.value, list));
  }
  return out;
}
