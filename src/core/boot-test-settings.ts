/** The boot-test inputs (test-subnet-id, test-vm-size, test-api-server); see docs/github-action.md. */
import type { InputReader } from './input-reader.js';

export interface BootTestSettings {
  subnetId: string;
  vmSize: string;
  /** API server FQDN to prove line of sight to. */
  apiServer?: string;
}

const VM_SIZE_RE = /^Standard_[A-Za-z0-9_]+$/;

export function bootTestSettings(
  r: InputReader,
  subscriptionId: string,
  defaultVmSize: string,
): { bootTest?: BootTestSettings } {
  const subnet = r.subnet('test-subnet-id');
  if (!subnet) {
    // test-vm-size has a default (the task always sends it); an API server without a test VM is a mistake.
    if (r.get('test-api-server'))
      r.fail(
        'test-api-server',
        r.get('test-api-server'),
        'test-subnet-id as well: the check runs in the boot-test VM',
      );
    return {};
  }
  if (subnet.subscriptionId.toLowerCase() !== subscriptionId.toLowerCase())
    r.fail('test-subnet-id', subnet.id, `a subnet in the build's subscription (${subscriptionId})`);
  const vmSize = r.get('test-vm-size') ?? defaultVmSize;
  if (!VM_SIZE_RE.test(vmSize)) r.fail('test-vm-size', vmSize, 'a VM size such as Standard_B2s');
  const apiServer = r
    .get('test-api-server')
    ?.replace(/^https:\/\//, '')
    .replace(/\/+$/, '');
  if (
    apiServer !== undefined &&
    !/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(apiServer)
  )
    r.fail(
      'test-api-server',
      apiServer,
      "the cluster API server's host name, e.g. myaks-abc123.privatelink.eastus2.azmk8s.io",
    );
  return { bootTest: { subnetId: subnet.id, vmSize, ...(apiServer ? { apiServer } : {}) } };
}
