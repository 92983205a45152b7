/** Sample Packer / Image Builder failure logs, one per known signature (shapes from real customization logs). */
const op = '[3f5c9e2a-7d1b-4c88-9f0e-2b6a1d4e8c7f]';
const out = (l: string) => `${op} PACKER OUT ${l}`;
const err = (l: string) => `${op} PACKER ERR ${l}`;

const step = (name: string, lines: string[], exit = 100) => [
  '(telemetry) Starting provisioner shell',
  out(`==> azure-arm: Provisioning with shell script: ${name}`),
  ...lines,
  err(`==> azure-arm: Script exited with non-zero exit status: ${exit}. Allowed exit codes are: [0]`),
  err(
    `Build 'azure-arm' errored after 4 minutes 12 seconds: Script exited with non-zero exit status: ${exit}.`,
  ),
];

const PACKERIZER = (detail: string) =>
  `Failed while waiting for packerizer: Microservice has failed: Failed while processing request: Error when executing packerizer: ${detail}. During the image build, a failure has occurred, please review the build log to identify which build/customization step failed. For more troubleshooting steps go to https://aka.ms/azvmimagebuilderts. Image Build log location: https://abc123.blob.core.windows.net/packerlogs/6b1e/customization.log. OperationId: 0f9a. Use this operationId to search packer logs.`;

export interface FailureSample {
  log: string[];
  message: string;
}

export const FAILURE_SAMPLES: Record<string, FailureSample> = {
  'apt-lock': {
    log: step('/tmp/script_4312.sh', [
      out('    azure-arm: jumpbox: installing base packages'),
      err(
        '    azure-arm: E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1822 (unattended-upgr)',
      ),
      err(
        '    azure-arm: E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      ),
    ]),
    message: PACKERIZER('Packer build command has failed: exit status 1'),
  },
  'download-404': {
    log: step(
      '/tmp/script_7781.sh',
      [
        out('    azure-arm: jumpbox: downloading kubelogin 0.2.20'),
        err('    azure-arm: curl: (22) The requested URL returned error: 404'),
      ],
      22,
    ),
    message: PACKERIZER('Packer build command has failed: exit status 1'),
  },
  'checksum-mismatch': {
    log: step(
      '/tmp/script_9120.sh',
      [
        out('    azure-arm: jumpbox: verifying kubectl 1.36.5'),
        out('    azure-arm: kubectl: FAILED'),
        err('    azure-arm: sha256sum: WARNING: 1 computed checksum did NOT match'),
      ],
      1,
    ),
    message: PACKERIZER('Packer build command has failed: exit status 1'),
  },
  'subnet-join': {
    log: [
      out(
        "==> azure-arm: ERROR: -> LinkedAuthorizationFailed : The client '5d3c' with object id '5d3c' has permission to perform action 'Microsoft.Network/networkInterfaces/write' on scope '/subscriptions/s/resourceGroups/IT_rg/providers/Microsoft.Network/networkInterfaces/pkrni'; however, it does not have permission to perform action(s) 'Microsoft.Network/virtualNetworks/subnets/join/action' on the linked scope(s) '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-aib'.",
      ),
      err("Build 'azure-arm' errored after 41 seconds: error creating the network interface"),
    ],
    message: PACKERIZER('Packer build command has failed: exit status 1'),
  },
  'authorization-distribution': {
    log: [
      out('==> azure-arm: Capturing image ...'),
      err(
        "==> azure-arm: ERROR: -> AuthorizationFailed : The client '5d3c' does not have authorization to perform action 'Microsoft.Compute/images/write' over scope '/subscriptions/s/resourceGroups/rg-images/providers/Microsoft.Compute/images/jumpbox'.",
      ),
    ],
    message: `Failed in distributing 1 images out of total 1: {"code":"AuthorizationFailed","message":"The client '5d3c' does not have authorization to perform action 'Microsoft.Compute/images/write'."}`,
  },
  'ssh-timeout': {
    log: [
      out('==> azure-arm: Waiting for SSH to become available...'),
      err('==> azure-arm: Timeout waiting for SSH.'),
      err("Build 'azure-arm' errored after 21 minutes 3 seconds: Timeout waiting for SSH."),
    ],
    message: PACKERIZER('Packer build command has failed: exit status 1'),
  },
  'build-timeout': {
    log: [
      ...step('/tmp/script_2210.sh', [out('    azure-arm: jumpbox: apt-get upgrade (1412 packages)')]).slice(
        0,
        3,
      ),
      err('==> azure-arm: Build was cancelled: timeout of 60 minutes reached.'),
    ],
    message:
      "Failed while waiting for packerizer: Timeout waiting for microservice to complete: 'context deadline exceeded'",
  },
  'disk-full': {
    log: step('/tmp/script_5530.sh', [
      out('    azure-arm: jumpbox: installing the Azure CLI'),
      err('    azure-arm: E: Write error - write (28: No space left on device)'),
    ]),
    message: PACKERIZER('Packer build command has failed: exit status 1'),
  },
  'gallery-generation': {
    log: [out('==> azure-arm: Capturing image ...')],
    message:
      'Failed in distributing 1 images out of total 1: The Hyper-V generation of the source image (V2) does not match the gallery image definition (V1).',
  },
  'internal-error': {
    log: [out('==> azure-arm: Deleting the temporary resource group ...')],
    message: PACKERIZER('InternalOperationError: an internal error occurred while processing the build'),
  },
};
