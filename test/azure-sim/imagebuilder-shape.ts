/**
 * How Image Builder shapes a template, as recorded from real Azure (test/azure-sim/recordings): the PUT answer echoes
 * the body in `Creating` with service defaults filled in; after provisioning, `source.exactVersion` is resolved,
 * script customizers carry a `sha256Checksum`, and `exactStagingResourceGroup` is `IT_<rg>_<template>_<guid>` with the
 * `<rg>_<template>` part cut to 40 characters. Ids use `/resourcegroups/`; identity keys are echoed as sent.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SimContext } from './context.js';
import type { ImageTemplate } from './state.js';

type Obj = Record<string, unknown>;

/** The stored `properties` of a new template: the request's, with the defaults real Azure echoes (recorded). */
export function withServiceDefaults(properties: Obj): Obj {
  const p = structuredClone(properties);
  const source = (p.source ?? {}) as Obj;
  if (source.type === 'PlatformImage') source.exactVersion = source.version;
  if (source.type === 'SharedImageVersion') source.exactVersion = source.imageVersionId;
  for (const c of (p.customize ?? []) as Obj[]) if (c.sha256Checksum === '') delete c.sha256Checksum;
  for (const d of (p.distribute ?? []) as Obj[]) {
    d.artifactTags ??= {};
    if (d.type === 'SharedImage' && !('versioning' in d)) d.versioning = null;
  }
  p.buildTimeoutInMinutes ??= 0;
  const vm = (p.vmProfile ?? {}) as Obj;
  vm.vmSize ??= '';
  vm.osDiskSizeGB ??= 0;
  if (vm.vnetConfig) (vm.vnetConfig as Obj).proxyVmSize ??= '';
  p.vmProfile = vm;
  p.stagingResourceGroup ??= '';
  return p;
}

/** What provisioning resolves (recorded): the platform image version behind `latest`, script checksums. */
export function resolveOnProvision(ctx: SimContext, t: ImageTemplate): void {
  const source = (t.properties.source ?? {}) as Obj;
  if (source.type === 'PlatformImage' && String(source.version).toLowerCase() === 'latest') {
    const key = `${String(source.publisher)}:${String(source.offer)}:${String(source.sku)}`.toLowerCase();
    const found = Object.entries(ctx.state.fixture.platformImages).find(([k]) => k.toLowerCase() === key);
    const newest = found?.[1].at(-1);
    if (newest) source.exactVersion = newest;
  }
  for (const c of (t.properties.customize ?? []) as Obj[]) {
    const uri = c.scriptUri ?? c.sourceUri;
    // The simulator cannot download the script: a stable stand-in for its checksum.
    if (typeof uri === 'string' && !c.sha256Checksum)
      c.sha256Checksum = createHash('sha256').update(uri).digest('hex');
  }
}

/** `IT_<rg>_<template>_<guid>`, the `<rg>_<template>` part cut to 40 characters (recorded). */
export function stagingResourceGroupName(resourceGroup: string, templateName: string): string {
  return `IT_${`${resourceGroup}_${templateName}`.slice(0, 40)}_${randomUUID()}`;
}

/** Ids as Image Builder answers them: `/resourcegroups/` in lower case, the rest as created (recorded). */
export const answeredId = (id: string) => id.replace(/\/resourceGroups\//i, '/resourcegroups/');

export function templateBody(ctx: SimContext, t: ImageTemplate, hideRunStatus = false): Obj {
  const identities: Record<string, Record<string, string>> = {};
  for (const key of Object.keys(t.identity.userAssignedIdentities)) {
    const identity = ctx.state.identities.get(key.replace(/\/+/g, '/').toLowerCase());
    // Recorded: the PUT answer (Creating) echoes `{}`; the ids appear once provisioned.
    const known = identity && t.provisioningState !== 'Creating';
    identities[key] = known ? { principalId: identity.principalId, clientId: identity.clientId } : {};
  }
  return {
    id: answeredId(t.id),
    name: t.name,
    type: 'Microsoft.VirtualMachineImages/imageTemplates',
    location: t.location,
    tags: t.tags,
    identity: { type: t.identity.type, userAssignedIdentities: identities },
    properties: {
      ...t.properties,
      provisioningState: t.provisioningState,
      ...(t.provisioningError ? { provisioningError: t.provisioningError } : {}),
      ...(t.lastRunStatus && !hideRunStatus ? { lastRunStatus: t.lastRunStatus } : {}),
      exactStagingResourceGroup: t.exactStagingResourceGroup ?? '',
    },
  };
}
