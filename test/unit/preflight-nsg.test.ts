import { describe, expect, it } from 'vitest';
import { parseIpv4Prefix } from '../../src/core/preflight/cidr.js';
import { type Endpoint, type Flow, type NsgRule, evaluateFlow } from '../../src/core/preflight/nsg.js';

const subnet: Endpoint = {
  label: 'build subnet',
  tags: ['VirtualNetwork'],
  ranges: [parseIpv4Prefix('10.240.0.0/28')!],
};
const lb: Endpoint = {
  label: 'AzureLoadBalancer',
  tags: ['AzureLoadBalancer'],
  ranges: [parseIpv4Prefix('168.63.129.16')!],
};
const internet: Endpoint = { label: 'Internet', tags: ['Internet'], ranges: [] };
const flow = (direction: Flow['direction'], port: number, source: Endpoint, destination: Endpoint): Flow => ({
  direction,
  protocol: 'Tcp',
  port,
  source,
  destination,
});
const probe = flow('Inbound', 60001, lb, subnet);
const ssh = flow('Inbound', 22, subnet, subnet);
const https = flow('Outbound', 443, subnet, internet);

const r = (name: string, priority: number, over: Partial<NsgRule>): NsgRule => ({
  name,
  priority,
  direction: 'Inbound',
  access: 'Deny',
  protocol: '*',
  sourceAddressPrefix: '*',
  destinationAddressPrefix: '*',
  sourcePortRange: '*',
  destinationPortRange: '*',
  ...over,
});

// [case, rules, flow, expected access, deciding rule, partial denies]
const table: Array<[string, NsgRule[], Flow, 'Allow' | 'Deny', string, string[]]> = [
  [
    'no rules: the default AllowAzureLoadBalancerInBound admits the probe',
    [],
    probe,
    'Allow',
    'AllowAzureLoadBalancerInBound',
    [],
  ],
  ['no rules: AllowVnetInBound admits SSH within the VNet', [], ssh, 'Allow', 'AllowVnetInBound', []],
  ['no rules: AllowInternetOutBound admits HTTPS', [], https, 'Allow', 'AllowInternetOutBound', []],
  [
    'a Deny-all at 4096 blocks the probe (before the defaults)',
    [r('DenyAll', 4096, {})],
    probe,
    'Deny',
    'DenyAll',
    [],
  ],
  [
    'priority shadowing: an Allow at 100 wins over a Deny at 200',
    [
      r('DenyProbe', 200, { destinationPortRange: '60001' }),
      r('AllowProbe', 100, {
        access: 'Allow',
        sourceAddressPrefix: 'AzureLoadBalancer',
        destinationPortRange: '60001',
      }),
    ],
    probe,
    'Allow',
    'AllowProbe',
    [],
  ],
  [
    'priority shadowing: a Deny at 100 wins over an Allow at 200',
    [
      r('DenyProbe', 100, { destinationPortRange: '60000-60010' }),
      r('AllowProbe', 200, { access: 'Allow', destinationPortRange: '60001' }),
    ],
    probe,
    'Deny',
    'DenyProbe',
    [],
  ],
  [
    'port lists: 60001 in destinationPortRanges',
    [r('DenyList', 300, { destinationPortRange: undefined, destinationPortRanges: ['22', '60000-60001'] })],
    probe,
    'Deny',
    'DenyList',
    [],
  ],
  [
    'a port range that misses the port does not match',
    [r('DenyHigh', 300, { destinationPortRange: '60002-65535' })],
    probe,
    'Allow',
    'AllowAzureLoadBalancerInBound',
    [],
  ],
  [
    'service tag: a Deny from VirtualNetwork does not match the load balancer',
    [r('DenyVnet', 300, { sourceAddressPrefix: 'VirtualNetwork' })],
    probe,
    'Allow',
    'AllowAzureLoadBalancerInBound',
    [],
  ],
  [
    'service tag: a Deny from VirtualNetwork blocks SSH within the VNet',
    [r('DenyVnet', 300, { sourceAddressPrefix: 'VirtualNetwork', destinationPortRange: '22' })],
    ssh,
    'Deny',
    'DenyVnet',
    [],
  ],
  [
    'plural prefixes: a CIDR list containing the subnet',
    [
      r('DenyPrefixes', 300, {
        sourceAddressPrefix: undefined,
        sourceAddressPrefixes: ['192.168.0.0/16', '10.240.0.0/24'],
      }),
    ],
    ssh,
    'Deny',
    'DenyPrefixes',
    [],
  ],
  [
    'a CIDR that overlaps only part of the subnet cannot decide: reported as partial',
    [r('DenyHalf', 300, { sourceAddressPrefix: '10.240.0.0/29', destinationPortRange: '22' })],
    ssh,
    'Allow',
    'AllowVnetInBound',
    ['DenyHalf'],
  ],
  [
    'outbound: Deny to Internet blocks HTTPS',
    [r('DenyInternet', 400, { direction: 'Outbound', destinationAddressPrefix: 'Internet' })],
    https,
    'Deny',
    'DenyInternet',
    [],
  ],
  [
    'outbound: Deny to a public range is partial, a Deny-all below it decides',
    [
      r('DenySomePublic', 400, { direction: 'Outbound', destinationAddressPrefix: '20.0.0.0/8' }),
      r('DenyAllOut', 4000, { direction: 'Outbound' }),
    ],
    https,
    'Deny',
    'DenyAllOut',
    ['DenySomePublic'],
  ],
  [
    'outbound: an Allow to the Storage tag covers only part of the Internet, DenyAllOutBound-like rule decides',
    [
      r('AllowStorage', 100, { direction: 'Outbound', access: 'Allow', destinationAddressPrefix: 'Storage' }),
      r('DenyAllOut', 4000, { direction: 'Outbound' }),
    ],
    https,
    'Deny',
    'DenyAllOut',
    [],
  ],
  [
    'outbound: a Deny to a private range does not touch Internet traffic',
    [r('DenyPrivate', 400, { direction: 'Outbound', destinationAddressPrefix: '172.16.0.0/12' })],
    https,
    'Allow',
    'AllowInternetOutBound',
    [],
  ],
  [
    'protocol: a Udp Deny does not match a Tcp flow',
    [r('DenyUdp', 100, { protocol: 'Udp' })],
    probe,
    'Allow',
    'AllowAzureLoadBalancerInBound',
    [],
  ],
  [
    'direction: an Outbound Deny-all does not match an inbound flow',
    [r('DenyAllOut', 100, { direction: 'Outbound' })],
    probe,
    'Allow',
    'AllowAzureLoadBalancerInBound',
    [],
  ],
  [
    'a source port restriction covers part of the flow only',
    [r('DenySrcPort', 100, { sourcePortRange: '1024-2048' })],
    probe,
    'Allow',
    'AllowAzureLoadBalancerInBound',
    ['DenySrcPort'],
  ],
  [
    'application security groups never hold Image Builder VMs',
    [r('DenyAsg', 100, { sourceAddressPrefix: undefined, sourceApplicationSecurityGroups: [{ id: 'asg' }] })],
    probe,
    'Allow',
    'AllowAzureLoadBalancerInBound',
    [],
  ],
];

describe('NSG evaluation as Azure does it', () => {
  it.each(table)('%s', (_name, rules, f, access, decidedBy, partial) => {
    const v = evaluateFlow(rules, f);
    expect(v.access).toBe(access);
    expect(v.decidedBy?.name).toBe(decidedBy);
    expect(v.partialDenies.map((p) => p.name)).toEqual(partial);
  });

  it('Deny-all defaults: with the Allow defaults overridden by a custom default list, nothing passes', () => {
    const denyOnly = [r('DenyAllInBound', 65500, {})];
    expect(evaluateFlow([], probe, denyOnly)).toMatchObject({
      access: 'Deny',
      decidedBy: { name: 'DenyAllInBound', priority: 65500 },
    });
  });

  it('parses prefixes and rejects what is not IPv4', () => {
    expect(parseIpv4Prefix('10.240.0.5/28')).toMatchObject({
      bits: 28,
      end: parseIpv4Prefix('10.240.0.15')!.start,
    });
    expect(parseIpv4Prefix('fd00::/64')).toBeUndefined();
    expect(parseIpv4Prefix('VirtualNetwork')).toBeUndefined();
    expect(parseIpv4Prefix('300.1.1.1')).toBeUndefined();
  });
});
