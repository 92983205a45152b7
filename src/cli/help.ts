/** The CLI's help: one page per command, flags with their defaults, and the exit codes each command uses. */
import { DEFAULTS, INPUT_NAMES, type InputName } from '../core/settings.js';

/** The definition command's usage (here rather than in definition.ts, so help loads no definition code). */
export const DEFINITION_USAGE = `definition pin FILE [--update] [--report FILE]
                        fill in sha256 values of a definition file (needs internet access); --update first
                        moves each tool to its newest verified release and --report writes a Markdown table
definition outdated [FILE]
                        pinned vs newest release of every tool (default: the built-in definition);
                        exit 0 when current, 1 when something is outdated or could not be checked
  --release-source NAME=URL   override a release source (github, githubApi, kubernetes, hashicorp)`;

/** The permissions command's help (here, so help loads no permissions code). */
export const PERMISSIONS_HELP = `Flags: the build flags (see build --help), and
  --assignee OBJECT_ID             object id of the CI principal in the az commands (default: a placeholder)
Prints every action the run performs for these settings (feature, scope, the built-in role that grants it), then
the least-privilege setup: a custom role per scope with the actions the run needs there, Role Based Access Control
Administrator with a condition (only the network/image roles, only to service principals) where the run assigns
roles, Storage Blob Data Reader on staging-resource-group for the build log; as JSON (--json) and az commands.
Nothing is read from or written to Azure.`;

/** Every core input as a flag: its default (as the user would type it) and what it means. */
export const INPUT_FLAGS: Record<InputName, { default?: string; help: string }> = {
  'subscription-id': { default: "the subnet's subscription", help: 'subscription of the build' },
  'build-subnet-id': { help: 'required: subnet the build VMs join' },
  'container-instance-subnet-id': {
    help: 'isolated builds: a subnet delegated to Azure Container Instances',
  },
  'builder-resource-group': { help: 'required: existing resource group for the identity and the template' },
  'image-resource-group': { help: 'required: existing destination resource group of the image' },
  location: { default: "the VNet's location", help: 'region of the template and the image' },
  'identity-name': { default: DEFAULTS.identityName, help: 'user-assigned identity of the template' },
  'network-role-id': { default: `${DEFAULTS.networkRole} (Network Contributor)`, help: 'role at the VNet' },
  'image-role-id': { default: `${DEFAULTS.imageRole} (Contributor)`, help: 'role at the image group' },
  'create-custom-roles': { default: 'false', help: 'create least-privilege custom roles instead' },
  'base-image': { default: 'Canonical:ubuntu-24_04-lts:server:latest', help: 'publisher:offer:sku:version' },
  'vm-size': { default: DEFAULTS.vmSize, help: 'build VM size' },
  'proxy-vm-size': { default: DEFAULTS.proxyVmSize, help: 'proxy VM size' },
  'os-disk-size-gb': { default: '0 (source size)', help: 'OS disk size of the build VM' },
  'build-timeout-minutes': { default: String(DEFAULTS.buildTimeoutMinutes), help: 'Image Builder timeout' },
  definition: { default: 'the built-in jump box', help: 'path to a jump box definition file' },
  'image-name': { default: 'derived from the fingerprint', help: 'name of the managed image' },
  'template-name': { default: 'derived from the fingerprint', help: 'name of the image template' },
  'gallery-image-id': {
    help: 'Compute Gallery image definition id: publish a new version (docs/gallery.md)',
  },
  'replication-regions': {
    help: "extra regions for the version (the definition's region is always included)",
  },
  'replica-count': { default: '1', help: 'replicas of the version per region' },
  'storage-account-type': { default: 'Standard_LRS', help: 'Standard_LRS, Standard_ZRS or Premium_LRS' },
  'gallery-image-version': { default: 'automatic', help: 'an explicit x.y.z version' },
  'gallery-major-version': { help: 'with automatic numbering: the major version to number under' },
  'exclude-from-latest': { default: 'false', help: 'exclude the version from latest (pre-release)' },
  'managed-image': { default: 'true without a gallery', help: 'also distribute a managed image' },
  'keep-versions': { default: 'all', help: 'keep this many versions this tool created; delete older ones' },
  'keep-images': {
    default: 'all',
    help: 'keep this many managed images this tool created; delete older ones',
  },
  'staging-resource-group': { help: "Image Builder's staging group: empty, in the template's region" },
  'error-handling': {
    default: 'cleanup',
    help: 'abort keeps a failed build VM (it costs until the template is deleted)',
  },
  'force-rebuild': { default: 'false', help: 'build even when an image with the fingerprint exists' },
  wait: { default: 'true', help: 'false: start the build and return (exit 0, state Running)' },
  'wait-timeout-minutes': { default: 'build timeout + 30', help: 'stop waiting (exit 4); the build goes on' },
  'poll-interval-seconds': { default: String(DEFAULTS.pollIntervalSeconds), help: 'status poll interval' },
  'revoke-roles': { default: DEFAULTS.revokeRoles, help: 'none, image or all: roles removed at the end' },
  'upload-log': { default: 'true', help: 'CI only (the CLI keeps the log in --out)' },
  'log-artifact-name': { default: DEFAULTS.logArtifactName, help: 'CI only' },
  'log-retention-days': { help: 'CI only (GitHub: artifact retention, 1-90)' },
  'stream-log': { default: 'true', help: 'show the live customization log (off: a heartbeat line instead)' },
  'require-log': { default: 'false', help: 'stop before the build when the build log is unreadable' },
  'cleanup-template': { default: DEFAULTS.cleanupTemplate, help: 'never, on-success or always' },
  'dry-run': { default: 'false', help: 'plan only: no writes' },
  preflight: { default: 'true', help: 'read-only checks of the network, roles and quotas before any write' },
  'test-subnet-id': { help: 'boot test: a subnet for a throwaway VM from the new image (no public IP)' },
  'test-vm-size': { default: 'Standard_B2s', help: 'boot test: the VM size' },
  'test-api-server': { help: "boot test: the cluster's API server FQDN, reached over HTTPS from the VM" },
  tags: { help: 'key=value pairs (comma separated) for the identity, template and image' },
};

const COMMON = `Sign-in and output:
  --subscription-id ID             subscription (status, logs, cancel: required, or AZURE_SUBSCRIPTION_ID)
  --tenant-id, --client-id         override AZURE_TENANT_ID / AZURE_CLIENT_ID
  --environment NAME               AzureCloud (default), AzureUSGovernment, AzureChinaCloud
  --resource-manager-endpoint URL, --authority-host URL   other clouds
  --json                           machine-readable result on stdout (human text goes to stderr)
  --verbose                        debug lines
Credentials: AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET | AZURE_CLIENT_CERTIFICATE_PATH |
AZURE_FEDERATED_TOKEN_FILE, otherwise the Azure CLI login (az login). Colours only on a terminal, never with NO_COLOR.`;

const TEMPLATE_FLAGS = `  --builder-resource-group RG      required
  --template-name NAME             required (printed by build and plan)
  --subscription-id ID             required (or AZURE_SUBSCRIPTION_ID)`;

function inputFlags(names: readonly InputName[]): string {
  return names
    .map((n) => {
      const f = INPUT_FLAGS[n];
      const head = `  --${n}`.padEnd(33);
      return `${head}${f.help}${f.default ? ` (default: ${f.default})` : ''}`;
    })
    .join('\n');
}

const CI_ONLY: readonly string[] = ['upload-log', 'log-artifact-name', 'log-retention-days'];
const BUILD_INPUTS = INPUT_NAMES.filter((n) => !CI_ONLY.includes(n));

export const COMMANDS: Record<string, { summary: string; usage: string; body: () => string; exits: string }> =
  {
    build: {
      summary: 'ensure identity, roles and template; run the build; copy the log',
      usage:
        'aks-jumpbox-image build --build-subnet-id ID --builder-resource-group RG --image-resource-group RG [flags]',
      body: () =>
        `Flags:\n${inputFlags(BUILD_INPUTS)}\n  --out DIR                        where the log and manifest go (default: a temporary directory)\n  --heartbeat-seconds N            a progress line after N quiet seconds (default: 180)`,
      exits:
        '0 succeeded, partially succeeded, skipped, or started (--wait false); 1 failed; 2 bad usage or settings; 3 canceled; 4 still running after --wait-timeout-minutes',
    },
    plan: {
      summary: 'resolve settings, identity, roles and the template without writing anything',
      usage:
        'aks-jumpbox-image plan --build-subnet-id ID --builder-resource-group RG --image-resource-group RG [flags]',
      body: () =>
        `Flags: the build flags (see build --help), and\n  --out DIR                        also write template.json there`,
      exits: '0 planned; 1 failed (e.g. a resource group is missing); 2 bad usage or settings',
    },
    permissions: {
      summary: 'print the least-privilege role setup of the CI principal for these settings (no sign-in)',
      usage:
        'aks-jumpbox-image permissions --build-subnet-id ID --builder-resource-group RG --image-resource-group RG [flags] [--json]',
      body: () => PERMISSIONS_HELP,
      exits: '0 printed; 2 bad usage or settings',
    },
    status: {
      summary: 'show the last run of a template',
      usage: 'aks-jumpbox-image status --subscription-id ID --builder-resource-group RG --template-name NAME',
      body: () => `Flags:\n${TEMPLATE_FLAGS}`,
      exits:
        '0 the last run succeeded, partially succeeded or is still running (or no run yet); 1 it failed or the template cannot be read; 2 bad usage; 3 it was canceled',
    },
    logs: {
      summary: "download the customization (and validation) log of a template's last run",
      usage:
        'aks-jumpbox-image logs --subscription-id ID --builder-resource-group RG --template-name NAME [--out DIR]',
      body: () =>
        `Flags:\n${TEMPLATE_FLAGS}\n  --out DIR                        where to save the logs (default: the current directory)`,
      exits:
        '0 the log was saved; 1 no log was found (no run yet, or the template was deleted) or it could not be read; 2 bad usage',
    },
    cancel: {
      summary: 'cancel a running build',
      usage: 'aks-jumpbox-image cancel --subscription-id ID --builder-resource-group RG --template-name NAME',
      body: () => `Flags:\n${TEMPLATE_FLAGS}`,
      exits: '0 canceled, or nothing was running; 1 failed; 2 bad usage',
    },
    definition: {
      summary: 'definition pin|outdated: keep the pins of a definition file current (needs internet access)',
      usage: 'aks-jumpbox-image definition pin FILE [--update] [--report FILE] | definition outdated [FILE]',
      body: () => DEFINITION_USAGE,
      exits:
        '0 pinned (pin) or every tool current (outdated); 1 a download or verification failed, or a tool is outdated or its release source unreadable; 2 bad usage or an invalid definition',
    },
  };

export function commandHelp(command: string): string {
  const c = COMMANDS[command]!;
  return `Usage: ${c.usage}\n\n${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.\n\n${c.body()}\n\n${command === 'definition' ? '' : `${COMMON}\n\n`}Exit codes: ${c.exits}.\n`;
}

export function generalHelp(): string {
  const list = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
    .join('\n');
  return `Usage: aks-jumpbox-image <command> [flags]\n\nCommands:\n${list}\n\nRun "aks-jumpbox-image <command> --help" for a command's flags, defaults and exit codes.\n`;
}
