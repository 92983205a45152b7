/**
 * Boot test of a new image: a throwaway VM from the image in a caller-given subnet (no public IP, password
 * authentication disabled, an SSH public key whose private half is never kept, Trusted Launch when asked), the
 * definition's validation run again through a managed Run Command (Compute `runCommands`), optionally a line-of-sight
 * check to the cluster's API server (DNS + HTTPS /version: any HTTP answer proves reachability), then the VM, its NIC
 * and its OS disk deleted. Resource names are derived from `name`, so the delete works after a failure or a cancel
 * even when a create never answered. Platform-free; explicit parameters.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { ComputeManagementClient } from '@azure/arm-compute';
import type { NetworkManagementClient } from '@azure/arm-network';
import type { Logger } from '../types.js';

export type BootTestResult = 'passed' | 'failed' | 'skipped';

export interface BootTestParams {
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  /** Resource group of the throwaway resources (the builder resource group). */
  resourceGroup: string;
  location: string;
  /** The managed image to boot. */
  imageId: string;
  subnetId: string;
  vmSize: string;
  /** Base name of the VM; the NIC and the OS disk are `<name>-nic` and `<name>-osdisk`. */
  name: string;
  /** The definition's validation script (validate.sh), run as root. */
  validationScript: string;
  /** FQDN of the cluster API server to prove line of sight to. */
  apiServer?: string;
  trustedLaunch: boolean;
  tags: Record<string, string>;
  logger: Logger;
  signal?: AbortSignal;
  /** Run Command timeout in seconds (default 900). */
  timeoutSeconds?: number;
}

export interface BootTestOutcome {
  result: BootTestResult;
  /** The command's output (stdout, then stderr), for the summary. */
  output: string;
  message: string;
}

export const BOOT_TEST_ADMIN = 'jumpboxtest';
export const nicName = (name: string) => `${name}-nic`;
export const osDiskName = (name: string) => `${name}-osdisk`;

/** The line-of-sight check appended to the validation (no TLS trust needed: any HTTP status proves the path). */
export function reachabilityScript(apiServer: string): string {
  const host = apiServer.replace(/^https?:\/\//, '').replace(/[/:].*$/, '');
  if (!/^[A-Za-z0-9.-]+$/.test(host)) throw new Error(`test-api-server "${apiServer}" is not a host name`);
  return [
    `getent hosts ${host} || { echo "jumpbox: DNS: ${host} does not resolve"; exit 1; }`,
    `code="$(curl --silent --insecure --output /dev/null --write-out '%{http_code}' --max-time 20 https://${host}/version || true)"`,
    `if [ "\${code:-000}" = 000 ]; then echo "jumpbox: ${host}:443 did not answer (timeout or refused)"; exit 1; fi`,
    `echo "jumpbox: API server ${host} reachable (HTTP \${code})"`,
  ].join('\n');
}

function throwawayPublicKey(): string {
  // The private key is discarded: password authentication is off, so nobody can sign in to the VM.
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const field = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  // SSH mpints are signed: a leading 0 keeps a high first bit from reading as negative.
  const mpint = (b64: string) => {
    const b = Buffer.from(b64, 'base64url');
    return field(b[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
  return `ssh-rsa ${blob.toString('base64')}`;
}

async function createVm(p: BootTestParams): Promise<void> {
  const opts = p.signal ? { abortSignal: p.signal } : {};
  const nic = await p.network.networkInterfaces.createOrUpdate(
    p.resourceGroup,
    nicName(p.name),
    {
      location: p.location,
      tags: p.tags,
      ipConfigurations: [
        { name: 'ipconfig1', subnet: { id: p.subnetId }, privateIPAllocationMethod: 'Dynamic' },
      ],
    },
    opts,
  );
  p.logger.info(`Boot test: NIC ${nicName(p.name)} in ${p.subnetId} (no public IP).`);
  await p.compute.virtualMachines.createOrUpdate(
    p.resourceGroup,
    p.name,
    {
      location: p.location,
      tags: p.tags,
      hardwareProfile: { vmSize: p.vmSize },
      storageProfile: {
        imageReference: { id: p.imageId },
        osDisk: { name: osDiskName(p.name), createOption: 'FromImage', deleteOption: 'Delete' },
      },
      osProfile: {
        computerName: p.name.slice(0, 63),
        adminUsername: BOOT_TEST_ADMIN,
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          ssh: {
            publicKeys: [
              { path: `/home/${BOOT_TEST_ADMIN}/.ssh/authorized_keys`, keyData: throwawayPublicKey() },
            ],
          },
        },
      },
      networkProfile: { networkInterfaces: [{ id: nic.id!, primary: true, deleteOption: 'Delete' }] },
      ...(p.trustedLaunch
        ? {
            securityProfile: {
              securityType: 'TrustedLaunch',
              uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
            },
          }
        : {}),
    },
    opts,
  );
  p.logger.info(`Boot test: VM ${p.name} (${p.vmSize}${p.trustedLaunch ? ', Trusted Launch' : ''}) is up.`);
}

async function runValidation(p: BootTestParams): Promise<BootTestOutcome> {
  const script = [p.validationScript, ...(p.apiServer ? [reachabilityScript(p.apiServer)] : [])].join('\n');
  const command = await p.compute.virtualMachineRunCommands.createOrUpdate(
    p.resourceGroup,
    p.name,
    'jumpbox-validate',
    {
      location: p.location,
      source: { script },
      asyncExecution: false,
      timeoutInSeconds: p.timeoutSeconds ?? 900,
    },
    p.signal ? { abortSignal: p.signal } : {},
  );
  const view =
    command.instanceView ??
    (
      await p.compute.virtualMachineRunCommands.getByVirtualMachine(
        p.resourceGroup,
        p.name,
        'jumpbox-validate',
        {
          expand: 'instanceView',
          ...(p.signal ? { abortSignal: p.signal } : {}),
        },
      )
    ).instanceView;
  const output = [view?.output ?? '', view?.error ?? ''].filter(Boolean).join('\n');
  const passed = view?.executionState === 'Succeeded' && view.exitCode === 0;
  return {
    result: passed ? 'passed' : 'failed',
    output,
    message: passed
      ? 'The image booted and passed its validation in the test subnet.'
      : `Validation failed in the test VM (state ${view?.executionState ?? 'unknown'}, exit code ${view?.exitCode ?? 'unknown'}).`,
  };
}

/** Creates the VM, runs the validation and returns the verdict. Does not delete: call deleteBootTestResources. */
export async function runBootTest(p: BootTestParams): Promise<BootTestOutcome> {
  await createVm(p);
  const outcome = await runValidation(p);
  (outcome.result === 'passed' ? p.logger.info : p.logger.warning)(
    `Boot test ${outcome.result}: ${outcome.message}`,
  );
  return outcome;
}

/** Deletes the VM, its NIC and its OS disk (each may not exist). Returns the names it deleted or found gone. */
export async function deleteBootTestResources(p: {
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  resourceGroup: string;
  name: string;
  logger: Logger;
  signal?: AbortSignal;
}): Promise<string[]> {
  const opts = p.signal ? { abortSignal: p.signal } : {};
  const steps: Array<[string, () => Promise<unknown>]> = [
    [
      p.name,
      () => p.compute.virtualMachines.delete(p.resourceGroup, p.name, { ...opts, forceDeletion: true }),
    ],
    [nicName(p.name), () => p.network.networkInterfaces.delete(p.resourceGroup, nicName(p.name), opts)],
    [osDiskName(p.name), () => p.compute.disks.delete(p.resourceGroup, osDiskName(p.name), opts)],
  ];
  const done: string[] = [];
  for (const [name, remove] of steps) {
    try {
      await remove();
      done.push(name);
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode === 404) done.push(name);
      else p.logger.warning(`Boot test: could not delete ${name}: ${(e as Error).message}`);
    }
  }
  p.logger.info(`Boot test: deleted ${done.join(', ')}.`);
  return done;
}
