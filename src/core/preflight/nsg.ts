/**
 * Network security group evaluation as Azure does it, for one flow at a time (pure: no I/O).
 * Rules of the flow's direction are read in priority order (lowest number first), the default rules last;
 * the first rule that matches the whole flow decides. A rule that matches only part of it (a public prefix for
 * "Internet", a source port range, an unknown service tag) cannot decide: a Deny of that kind is reported as a
 * partial block and evaluation goes on.
 */
import { type Range, contains, isPrivate, overlaps, parseIpv4Prefix } from './cidr.js';

export interface NsgRule {
  name: string;
  priority: number;
  direction: 'Inbound' | 'Outbound' | string;
  access: 'Allow' | 'Deny' | string;
  protocol: string;
  sourceAddressPrefix?: string;
  sourceAddressPrefixes?: string[];
  destinationAddressPrefix?: string;
  destinationAddressPrefixes?: string[];
  sourcePortRange?: string;
  sourcePortRanges?: string[];
  destinationPortRange?: string;
  destinationPortRanges?: string[];
  sourceApplicationSecurityGroups?: unknown[];
  destinationApplicationSecurityGroups?: unknown[];
}

/** One side of a flow: the service tags it belongs to and its addresses (none known for "Internet"). */
export interface Endpoint {
  label: string;
  tags: string[];
  ranges: Range[];
}

export interface Flow {
  direction: 'Inbound' | 'Outbound';
  protocol: 'Tcp' | 'Udp';
  port: number;
  source: Endpoint;
  destination: Endpoint;
}

export interface RuleRef {
  name: string;
  priority: number;
}

export interface Verdict {
  access: 'Allow' | 'Deny';
  /** The rule that decided (undefined only for an empty rule list, which Azure never has). */
  decidedBy?: RuleRef;
  /** Deny rules above the deciding one that block part of the flow. */
  partialDenies: RuleRef[];
}

/** Azure's default rules (present on every NSG; `defaultSecurityRules` in the API). */
export const DEFAULT_RULES: NsgRule[] = [
  rule('AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  rule('AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'),
  rule('DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'),
  rule('AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'),
  rule('AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'),
  rule('DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*'),
];

function rule(
  name: string,
  priority: number,
  direction: string,
  access: string,
  source: string,
  destination: string,
): NsgRule {
  return {
    name,
    priority,
    direction,
    access,
    protocol: '*',
    sourceAddressPrefix: source,
    destinationAddressPrefix: destination,
    sourcePortRange: '*',
    destinationPortRange: '*',
  };
}

type Match = 0 | 1 | 2; // none, part of the flow, all of it
const ANY = new Set(['*', 'any', '0.0.0.0/0']);

function matchProtocol(protocol: string | undefined, flow: Flow): Match {
  const p = (protocol ?? '*').toLowerCase();
  return ANY.has(p) || p === flow.protocol.toLowerCase() ? 2 : 0;
}

function portMatch(range: string, port: number): boolean {
  const r = range.trim();
  if (ANY.has(r.toLowerCase())) return true;
  const m = /^(\d+)\s*-\s*(\d+)$/.exec(r);
  if (m) return Number(m[1]) <= port && port <= Number(m[2]);
  return Number(r) === port;
}

const listOf = (one: string | undefined, many: string[] | undefined): string[] =>
  many?.length ? many : one !== undefined && one !== '' ? [one] : [];

function matchDestinationPort(r: NsgRule, port: number): Match {
  const ranges = listOf(r.destinationPortRange, r.destinationPortRanges);
  return ranges.length === 0 || ranges.some((x) => portMatch(x, port)) ? 2 : 0;
}

/** The flow's source port is ephemeral: only "any" covers all of it. */
function matchSourcePort(r: NsgRule): Match {
  const ranges = listOf(r.sourcePortRange, r.sourcePortRanges);
  return ranges.length === 0 || ranges.some((x) => ANY.has(x.trim().toLowerCase())) ? 2 : 1;
}

function matchPrefix(prefix: string, endpoint: Endpoint): Match {
  const p = prefix.trim();
  if (ANY.has(p.toLowerCase())) return 2;
  const cidr = parseIpv4Prefix(p);
  if (!cidr) {
    if (p.includes(':')) return 0; // IPv6: the build is IPv4
    const tag = p.split('.')[0]!.toLowerCase();
    if (endpoint.tags.some((t) => t.toLowerCase() === tag)) return 2;
    // Another service tag (Storage, AzureCloud, ...) covers part of the Internet, nothing of the VNet.
    return endpoint.tags.includes('Internet') ? 1 : 0;
  }
  if (!endpoint.ranges.length) return isPrivate(cidr) ? 0 : 1;
  if (endpoint.ranges.every((r) => contains(cidr, r))) return 2;
  return endpoint.ranges.some((r) => overlaps(cidr, r)) ? 1 : 0;
}

function matchAddresses(
  one: string | undefined,
  many: string[] | undefined,
  asgs: unknown[] | undefined,
  e: Endpoint,
): Match {
  // Image Builder's VMs are never members of an application security group.
  if (asgs?.length) return 0;
  const prefixes = listOf(one, many);
  if (!prefixes.length) return 0;
  return Math.max(...prefixes.map((p) => matchPrefix(p, e))) as Match;
}

export function ruleMatch(r: NsgRule, flow: Flow): Match {
  return Math.min(
    matchProtocol(r.protocol, flow),
    matchDestinationPort(r, flow.port),
    matchSourcePort(r),
    matchAddresses(
      r.sourceAddressPrefix,
      r.sourceAddressPrefixes,
      r.sourceApplicationSecurityGroups,
      flow.source,
    ),
    matchAddresses(
      r.destinationAddressPrefix,
      r.destinationAddressPrefixes,
      r.destinationApplicationSecurityGroups,
      flow.destination,
    ),
  ) as Match;
}

/** Evaluates a flow against an NSG's rules; default rules are added when the list has none of its own. */
export function evaluateFlow(rules: NsgRule[], flow: Flow, defaults: NsgRule[] = DEFAULT_RULES): Verdict {
  const ordered = [...rules, ...defaults]
    .filter((r) => r.direction.toLowerCase() === flow.direction.toLowerCase())
    .sort((a, b) => a.priority - b.priority);
  const partialDenies: RuleRef[] = [];
  for (const r of ordered) {
    const m = ruleMatch(r, flow);
    if (m === 0) continue;
    const ref = { name: r.name, priority: r.priority };
    const deny = r.access.toLowerCase() === 'deny';
    if (m === 2) return { access: deny ? 'Deny' : 'Allow', decidedBy: ref, partialDenies };
    if (deny) partialDenies.push(ref);
  }
  return { access: 'Deny', partialDenies };
}

export const describeFlow = (f: Flow): string =>
  `${f.direction.toLowerCase()} ${f.protocol.toUpperCase()} ${f.port} from ${f.source.label} to ${f.destination.label}`;
