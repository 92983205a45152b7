/**
 * Failures explained: the customizer or validation step that failed (from the Packer log), its exit code and the
 * last lines of its own output, and hints for known Image Builder and Packer failure signatures. Platform-free;
 * the summary renders what `explainFailure` returns. Every hint's fix names a setting (an input) or a role.
 */

export interface FailureSignature {
  id: string;
  /** Short cause, shown in bold. */
  title: string;
  /** Tested against the log lines and the run's message. */
  pattern: RegExp;
  /** What to change: names an input (in backticks) or a role. */
  fix: string;
}

export const FAILURE_SIGNATURES: readonly FailureSignature[] = [
  {
    id: 'apt-lock',
    title: 'apt/dpkg was locked by another process',
    pattern: /Could not get lock \/var\/lib\/(?:dpkg|apt)|dpkg frontend lock|dpkg was interrupted/i,
    fix: 'Usually unattended-upgrades on first boot. Make the custom steps of your `definition` wait for the lock (`apt-get -o DPkg::Lock::Timeout=600`), as the default steps do, and run again.',
  },
  {
    id: 'download-404',
    title: 'a download returned 404',
    pattern: /\b404\b[^\n]*(?:Not Found|error)|returned error: 404|ERROR 404/i,
    fix: 'The pinned version or URL no longer exists upstream: update the tool versions in your `definition` (`aks-jumpbox-image definition pin`), or pin `base-image` to a version that still exists.',
  },
  {
    id: 'checksum-mismatch',
    title: 'a download did not match its checksum',
    pattern:
      /checksum (?:mismatch|did not match)|computed checksum did NOT match|Hash Sum mismatch|sha256sum: WARNING/i,
    fix: 'The file changed upstream or a proxy rewrote it: re-pin the tool in your `definition` (`aks-jumpbox-image definition pin`) and check the egress path of `build-subnet-id`.',
  },
  {
    id: 'subnet-join',
    title: 'Image Builder could not join the build subnet',
    pattern: /subnets\/join\/action|LinkedAuthorizationFailed/i,
    fix: 'The build identity needs the network role on the build VNet: `network-role-id` (default Network Contributor) at the VNet of `build-subnet-id`; keep `revoke-roles` at `image` or `none` while builds run.',
  },
  {
    id: 'authorization-distribution',
    title: 'the build identity may not write the image (AuthorizationFailed at distribution)',
    pattern:
      /AuthorizationFailed[\s\S]*(?:distribut|Microsoft\.Compute\/(?:images|galleries))|distribut[\s\S]*AuthorizationFailed/i,
    fix: 'Grant the image role (`image-role-id`, default Contributor) on `image-resource-group`; a role assigned seconds before the build can take minutes to apply, so run again if it was just granted.',
  },
  {
    id: 'ssh-timeout',
    title: 'the builder could not reach the build VM over SSH',
    pattern: /Timeout waiting for SSH|ssh: handshake failed|:22: i\/o timeout|waiting for SSH[^\n]*timeout/i,
    fix: 'Allow the proxy VM to reach the build VM on TCP 22 in the NSG of `build-subnet-id` (and inbound 60000-60001 from AzureLoadBalancer for the private link), keep its privateLinkServiceNetworkPolicies Disabled, or use `container-instance-subnet-id`.',
  },
  {
    id: 'build-timeout',
    title: 'the build timeout was reached',
    pattern: /timeout of \d+ minutes reached|context deadline exceeded|Build was cancelled: timeout/i,
    fix: 'Raise `build-timeout-minutes` (and `wait-timeout-minutes`), or use a larger `vm-size`.',
  },
  {
    id: 'disk-full',
    title: 'the build VM ran out of disk space',
    pattern: /No space left on device|ENOSPC|not enough free (?:disk )?space/i,
    fix: 'Set `os-disk-size-gb` above the base image size (for example 64).',
  },
  {
    id: 'gallery-generation',
    title: 'the image generation does not match the gallery image definition',
    pattern: /Hyper-?V ?generation|generation of the (?:source )?image[^\n]*does not match/i,
    fix: "Use a `base-image` of the gallery definition's generation (V2 for the default Ubuntu 24.04 Gen2), or a `gallery-image-id` whose definition has that generation.",
  },
  {
    id: 'internal-error',
    title: 'Image Builder failed internally',
    pattern: /InternalOperationError|InternalServerError|\bInternalError\b/,
    fix: "Run again: a failed template is replaced, and with `force-rebuild` a new build starts. If it repeats, open a support case with the run's operation id; set `cleanup-template` to `never` to keep the logs.",
  },
];

export interface FailedStep {
  /** The step as the log names it (customizer script or validation). */
  name: string;
  kind: 'customizer' | 'validation';
  exitCode?: number;
  /** The step's own output (Packer prefixes removed), last lines only. */
  output: string[];
}

export interface FailureExplanation {
  step?: FailedStep;
  hints: FailureSignature[];
}

const STEP_START =
  /==> azure-arm: (?:Provisioning with (?:[\w-]+ )?(?:script|shell|powershell|file)[^:]*: (.+)|Running validation (.+?)(?: \.\.\.)?$)/;
const EXIT = /non-zero exit status: (\d+)|exit status (\d+)/;
const PACKER_PREFIX = /^(?:\[[^\]]*\] )?PACKER (?:OUT|ERR) /;

/** Strips Image Builder's `[<operation>] PACKER OUT` and Packer's `azure-arm:` prefixes. */
export function stepOutputLine(line: string): string | undefined {
  const packer = line.replace(PACKER_PREFIX, '');
  const own = /^\s+azure-arm: ?(.*)$/.exec(packer);
  return own ? own[1] : undefined;
}

/** The last step started in `lines`, its exit code and its own output (at most `maxLines`). */
export function failedStep(lines: readonly string[], maxLines = 15): FailedStep | undefined {
  let start = -1;
  let match: RegExpExecArray | null = null;
  for (let i = lines.length - 1; i >= 0 && start < 0; i--) {
    match = STEP_START.exec(lines[i]!.replace(PACKER_PREFIX, ''));
    if (match) start = i;
  }
  if (start < 0 || !match) return undefined;
  const after = lines.slice(start + 1);
  const exit = after.map((l) => EXIT.exec(l)).find((m) => m);
  const output = after.map(stepOutputLine).filter((l): l is string => l !== undefined);
  return {
    name: (match[1] ?? match[2] ?? '').trim(),
    kind: match[2] ? 'validation' : 'customizer',
    ...(exit ? { exitCode: Number(exit[1] ?? exit[2]) } : {}),
    output: output.slice(-maxLines),
  };
}

/** The failing step and the matching known signatures, from the log lines and the run's message. */
export function explainFailure(lines: readonly string[], message = ''): FailureExplanation {
  const text = `${lines.join('\n')}\n${message}`;
  const step = failedStep(lines);
  return { ...(step ? { step } : {}), hints: FAILURE_SIGNATURES.filter((s) => s.pattern.test(text)) };
}

/** Image Builder's generic advice, appended to most failure messages. The summary shows it once at most. */
export const PACKERIZER_GENERIC =
  /\s*During the image build,? a failure has occurred,? please review the build log to identify which build\/customization step failed\.\s*For more troubleshooting steps go to https:\/\/aka\.ms\/azvmimagebuilderts\.?/i;
