/**
 * The SDK modules a run loads after its skip decision, by what its settings ask for (see docs/performance.md). The
 * preflight reads the VNet, NSGs, route tables, base image and providers over plain REST (arm-rest.ts), so a plain
 * full build loads neither the network, the compute nor the resources SDK; the preflight loads the resources SDK
 * itself when a provider must be registered.
 */
import type { Clients } from '../clients.js';
import type { Settings } from '../settings.js';

export function sdksAfterSkip(settings: Settings): Array<keyof Clients> {
  const keys: Array<keyof Clients> = ['imageBuilder', 'authorization', 'msi', 'storage'];
  // The gallery (definition, versions, compatibility, retention), managed image retention, the boot-test VM.
  if (settings.gallery || settings.keepImages || settings.keepVersions || settings.bootTest)
    keys.push('compute');
  // The boot-test VM's NIC.
  if (settings.bootTest) keys.push('network');
  // The resource groups (without the preflight, which checks them) and the staging group's contents.
  if (!settings.preflight || settings.gallery || settings.stagingResourceGroup) keys.push('resources');
  return keys;
}
